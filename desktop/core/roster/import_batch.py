"""The batched half of the roster import: rows that can only add new people.

A county sheet is mostly new people in new households. Such a row cannot match anyone
in the file (its 身份证号 is in none of the file's records, its household is new or was
made by this import), so it is checked against sets loaded once instead of queried row
by row, and written with `Store.insert_many` in batches inside the import's transaction,
through the same change log and hash chain. A new household is one logged insert that
already names its 户主 (no separate update). The checks are those of the careful path
(import_careful.py) in the same order, so every row gives the same result, notes and error
either way; any row that might touch a record already in the file goes the careful way
(after the pending batch is written, so that path sees everything before it).
"""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from db import Store
from db.errors import RefusedError, ValidationError
from db.store import new_id
from desktop.core.roster import groups, people
from desktop.core.roster.import_clean import group_key, row_signature

if TYPE_CHECKING:
    from desktop.core.roster.import_clean import Row
    from desktop.core.roster.import_rows import Importer

BATCH = 5000
# Columns a new person row always gets (their schema defaults where the sheet is silent),
# so that a batch is one INSERT shape and rows go in in sheet order.
_PERSON_DEFAULTS = {"household_id": None, "gender": None, "id_number": None, "birth_date": None,
                    "relation": "", "phone": "", "note": "", "id_reversed": "", "group_id": None}
_HOUSEHOLD_COLUMNS = ("id", "hh_no", "address", "group_id", "grid_id", "phone", "note", "head_person_id")


class NewRecords:
    """What the file held when the import started, and the new records not yet written."""

    def __init__(self, store: Store):
        self.store = store
        site = store.site_id
        self.known_ids = {r[0] for r in store.conn.execute(
            "SELECT id_number FROM person WHERE site_id=? AND id_number IS NOT NULL", (site,))}
        self.known_hh_nos = {r[0] for r in store.conn.execute("SELECT hh_no FROM household")}
        numbers = [int(r[0]) for r in store.conn.execute(
            "SELECT hh_no FROM household WHERE site_id=? AND hh_no GLOB '[0-9]*' AND hh_no NOT GLOB '*[^0-9]*'",
            (site,))]
        self.highest_number = max(numbers, default=0)
        self.households: dict[str, dict] = {}      # id -> household not yet written (the importer's dict)
        self.people: list[dict] = []
        self.memberships: list[dict] = []
        self.names: dict[str, str] = {}            # person id -> name, for people not yet written

    def full(self) -> bool:
        return len(self.people) >= BATCH

    def flush(self) -> None:
        """Write what is pending (inside the import's transaction)."""
        if self.households:
            self.store.insert_many("household", [{k: h[k] for k in _HOUSEHOLD_COLUMNS}
                                                 for h in self.households.values()])
        if self.people:
            for p in self.people:
                # The household's group as it is now (a later 户主 row may have changed it), so
                # that migration 0016's trigger finds nothing to correct.
                household = self.households.get(p["household_id"])
                if household is not None:
                    p["group_id"] = household["group_id"]
            self.store.insert_many("person", self.people)
        if self.memberships:
            self.store.insert_many("person_group", self.memberships)
        self.households, self.people, self.memberships, self.names = {}, [], [], {}

    def head_name(self, person_id: str) -> str | None:
        if person_id in self.names:
            return self.names[person_id]
        row = self.store.one("SELECT name FROM person WHERE id=?", (person_id,))
        return row[0] if row else None


def add_new(imp: "Importer", row: "Row") -> tuple[str, list[str], dict[str, str]] | None:
    """Apply a row that can only add a person; None when it needs the careful path."""
    new: NewRecords = imp.new
    if row.status and row.status != "在册":
        return None                 # recorded through the lifecycle (careful path)
    if row.id_info is not None and row.id_info.number in new.known_ids:
        return None                 # may be someone in the file
    is_head = row.person.get("relation") == "户主"
    key = imp.household_key(row)
    group_id = None
    if key is not None and row.group:
        group_id = imp.groups.get(group_key(row.group))
        if group_id is None:
            return None             # a new 村民小组 is made on the careful path
    household: dict | None = None
    changes: dict[str, Any] = {}
    made = False
    if key is not None:
        if key[0] == "no":
            household = imp.households.get(key[1])
            if household is None and key[1] in new.known_hh_nos:
                return None         # a household already in the file
        else:
            block = imp.blocks.get(key[1])
            if block is not None:
                household = imp.households.get(block[1])
        if household is not None:
            pending = household["id"] in new.households
            if household["hh_no"] in new.known_hh_nos:
                return None
            if not pending and is_head:
                return None         # may set or question the head of a written household
            if household["id"] not in imp.hh_applied or is_head:
                if group_id and household["group_id"] != group_id:
                    changes["group_id"] = group_id
                if row.address and household["address"] != row.address:
                    changes["address"] = row.address
            if changes and not pending:
                return None
        else:
            notes_hh = _new_household(imp, row, group_id)
            household, made = notes_hh
    notes = list(row.notes)
    if made and not row.hh_no:
        notes.append(f"表中没有户号，已自动编为 {household['hh_no']}")
    signature = row_signature(household, row)
    twin = imp.signatures.get(signature) if signature is not None else None
    if twin is not None:
        raise ValidationError(f"与第 {twin} 行内容完全相同（重复行）。", field="name")
    values = {"ethnicity": "01", **row.person}
    if household is not None:
        values["household_id"] = household["id"]
    person = people.clean_person(values, new=True, id_info=row.id_info)
    person.update(people.search_columns(person))
    person_id = new_id()
    memberships = _memberships(imp, person_id, person, row.specials, row.special_since or {})
    # Checked: from here on the row is written.
    new.people.append({**_PERSON_DEFAULTS, **person, "id": person_id,
                       "group_id": household["group_id"] if household is not None else None})
    new.names[person_id] = person["name"]
    new.memberships += memberships
    imp.result.undated_groups += sum(1 for m in memberships if groups.start_unknown(m["note"]))
    if made:
        new.households[household["id"]] = household
        imp.result.households_added += 1
    if changes:
        household.update(changes)
        imp.result.households_updated += 1
    if household is not None and is_head:
        head = household["head_person_id"]
        if not head:
            household["head_person_id"] = person_id      # folded into the household's insert
        elif head != person_id:
            notes.append(f"户号 {household['hh_no']} 的户主已是 {new.head_name(head) or '?'}，本行也填为户主，请核对")
    imp.touched[person_id] = row.number
    if signature is not None:
        imp.signatures[signature] = row.number
    imp.remember_household(row, household)
    return "add", notes, imp.display(row, household)


def _new_household(imp: "Importer", row: "Row", group_id: str | None) -> tuple[dict, bool]:
    """The household a row starts (people.add_household's checks, without its look-up)."""
    hh_no = str(row.hh_no or imp.free_hh_no() or "").strip()
    if not hh_no:
        raise ValidationError("户号不能为空。", field="hh_no")
    if len(hh_no) > 30:
        raise ValidationError(f"户号“{hh_no}”太长（最多 30 个字符）。", field="hh_no")
    if imp.hh_no_taken(hh_no):
        raise ValidationError(f"户号“{hh_no}”已经存在。", field="hh_no")
    return {"id": new_id(), "site_id": imp.store.site_id, "hh_no": hh_no, "address": row.address.strip(),
            "group_id": group_id, "grid_id": None, "head_person_id": None, "phone": "", "status": "active",
            "note": ""}, True


def _memberships(imp: "Importer", person_id: str, person: dict, specials: list[tuple[str, str]],
                 since: dict[str, str]) -> list[dict]:
    """The special groups the sheet marks for a new person (groups.add_membership's checks),
    from the start the sheet gives, else from today marked 自导入起."""
    out: list[dict] = []
    if not specials:
        return out
    name = person["name"]
    today = date.today().isoformat()
    for kind, detail in specials:
        if kind == groups.DERIVED:
            continue          # 高龄 follows from the birth date
        detail = groups.clean_detail(kind, detail)
        kind = groups.kind_label(kind)
        if kind == groups.DERIVED:
            raise RefusedError(f"高龄由出生日期自动判断（年满 {groups.high_age(imp.store)} 周岁），无需手工登记。")
        detail = groups.clean_detail(kind, detail)
        start = since.get(kind)
        if any(m["kind"] == kind for m in out):
            raise RefusedError(f"{name} 已是{kind}（自 {start or today} 起），如需更改请先结束原记录。")
        if start and person.get("birth_date") and start < person["birth_date"]:
            raise ValidationError(f"开始日期 {start} 早于出生日期 {person['birth_date']}。", field="start")
        out.append({"person_id": person_id, "kind": kind, "detail": detail, "start_date": start or today,
                    "note": groups.import_note(imp.source_name, bool(start))})
    return out
