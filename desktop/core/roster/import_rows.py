"""The roster import's engine: each sheet row cleaned, matched to the roster and applied.

A row that adds a new person to a new household (or to one this import created) goes
to the batch writer (import_batch.py): checked against sets loaded once and written in
batches. A row that may touch a record already in the file takes the careful path
below, one savepoint per row, so that a bad row rolls back alone.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import cn2an

from db import Store
from db.errors import CunwuError, ValidationError
from desktop.core import village
from desktop.core.roster import codes, groups, idcard, lifecycle, people
from desktop.core.roster import excel_fields as F
from desktop.core.roster.excel_table import RawTable
from desktop.core.roster.import_batch import NewRecords, add_new
from desktop.core.roster.import_result import ImportResult, PreviewRow
from desktop.core.roster.names import clean_name

_FOOTER = re.compile(r"^(合计|总计|小计|制表|填表|审核|负责人|村委会|备注[:：]|说明[:：]|注[:：])")


@dataclass
class Row:
    """One source row, cleaned."""
    number: int
    person: dict[str, Any]          # name, gender, ethnicity, id_number, birth_date, relation, phone, note: the non-empty ones
    id_info: idcard.IdInfo | None
    year_month: tuple | None
    hh_no: str
    group: str
    address: str
    status: str | None
    specials: list[tuple[str, str]]
    notes: list[str]
    special_since: dict[str, str] | None = None     # kind -> start date the sheet gives


class Importer:
    def __init__(self, store: Store, table: RawTable, mapping: dict[int, str], *, batched: bool = False,
                 preview: bool = False):
        self.store = store
        self.preview = preview          # build a PreviewRow per row (the wizard's preview; not the import)
        # New people in batches (import_batch.py); without it every row takes the careful path.
        self.new = NewRecords(store) if batched else None
        self.table = table
        self.mapping = dict(sorted(mapping.items()))
        self.keys = tuple(dict.fromkeys(self.mapping.values()))
        self.result = ImportResult(total_rows=0)
        self.source_name = table.path.name
        self.seen_ids: dict[str, int] = {}           # id number -> first row with it
        self.touched: dict[str, int] = {}            # person id -> row that matched it
        self.signatures: dict[bytes, int] = {}       # cleaned row (row_signature) -> first row with exactly that
        self.households: dict[str, dict] = {}        # hh_no -> household row (as dict)
        self.blocks: dict[int, tuple[str, str]] = {}  # head row -> household (id, 户号) (no 户号 in the sheet)
        self.hh_applied: set[str] = set()            # households whose address/group this import set
        self.groups = {_group_key(g["name"]): g["id"] for g in village.groups(store)}
        self.carry: dict[str, Any] = {}              # household of the previous row (merged cells)
        self.next_hh_no: int | None = None           # for households the sheet left unnumbered
        header_texts = [F.normalise_header(h) for h in table.headers]
        self.header_texts = header_texts
        self.ignore_cols = {c for c, h in enumerate(header_texts) if h in ("序号", "编号")}
        self.name_cols = [c for c, k in self.mapping.items() if k == "name"]

    # ---------------------------------------------------------------- rows
    def process(self, number: int, cells: list[Any]) -> PreviewRow | None:
        filled = [(c, v) for c, v in enumerate(cells) if not F.is_blank(v)]
        skip = self._skip_reason(cells, filled)
        if skip is not None:
            if skip:
                self.result.skipped.append((number, skip))
            return None
        self.result.total_rows += 1
        # Field key -> its columns' non-blank values, in column order (blank cells say nothing).
        raw: dict[str, list[Any]] = {key: [] for key in self.keys}
        mapping = self.mapping
        for col, value in filled:
            key = mapping.get(col)
            if key is not None:
                raw[key].append(value)
        saved = self._snapshot()
        try:
            row = self._clean(number, raw)
            applied = add_new(self, row) if self.new is not None else None
        except CunwuError as exc:
            return self._failed(number, raw, cells, exc, saved)
        if applied is None:
            if self.new is not None:
                self.new.flush()        # outside the row's error handling: a failure here fails the import
            try:
                with self.store.transaction():
                    applied = self._apply(row)
            except CunwuError as exc:
                return self._failed(number, raw, cells, exc, saved)
        elif self.new.full():
            self.new.flush()
        action, notes, values = applied
        if action == "add":
            self.result.added += 1
        elif action == "update":
            self.result.updated += 1
        else:
            self.result.unchanged += 1
        if notes:
            self.result.notes.append((number, "；".join(notes)))
        if not self.preview:
            return None
        return PreviewRow(number, values, action, "；".join(notes), list(cells))

    def finish(self) -> None:
        """Write what the batch still holds (before the import's transaction commits)."""
        if self.new is not None:
            self.new.flush()

    def _failed(self, number: int, raw: dict[str, list[Any]], cells: list[Any], exc: CunwuError,
                saved: tuple) -> PreviewRow:
        self._restore(saved)
        reason = exc.message if isinstance(exc, ValidationError) else str(exc)
        self.result.errors.append((number, reason, list(cells)))
        self._carry_failed(number, raw)
        if not self.preview:
            return None
        return PreviewRow(number, self._display_raw(raw), "error", reason, list(cells))

    def _snapshot(self) -> tuple:
        r = self.result
        return dict(self.groups), len(r.groups_added), r.households_added, r.households_updated, r.undated_groups

    def _restore(self, saved: tuple) -> None:
        """A failed row's savepoint was rolled back; forget what it created."""
        (self.groups, n_groups, self.result.households_added, self.result.households_updated,
         self.result.undated_groups) = saved
        del self.result.groups_added[n_groups:]

    def _skip_reason(self, cells: list[Any], filled: list[tuple[int, Any]]) -> str | None:
        """None: a data row. '': blank (not reported). Text: skipped, with why.
        filled: the row's non-blank cells, (column, value)."""
        if not filled or all(c in self.ignore_cols and F.code_text(v).isdecimal() for c, v in filled):
            return ""          # empty, or only a pre-printed 序号
        name_cells = [cells[c] for c in self.name_cols if c < len(cells) and not F.is_blank(cells[c])]
        if name_cells and F.normalise_header(name_cells[0]) == self.header_texts[self.name_cols[0]]:
            # A page header repeated inside the sheet (printed sheets repeat it on every page)?
            same = sum(1 for c, v in filled if c < len(self.header_texts)
                       and F.normalise_header(v) == self.header_texts[c])
            if same >= max(2, len(filled) - 1):
                return "重复的表头行"
        first = F.text(filled[0][1])
        name_blank = not name_cells
        if name_blank and _FOOTER.match(first):
            return "表尾说明行"
        return None

    def _clean(self, number: int, raw: dict[str, list[Any]]) -> Row:
        def one(key: str) -> Any:
            vals = raw.get(key)
            return vals[0] if vals else None

        notes: list[str] = []
        person: dict[str, Any] = {}
        name = one("name")
        if name is None:
            raise ValidationError("姓名为空。", field="name")
        person["name"] = F.text(name)
        info = None
        id_raw = one("id_number")
        if id_raw is not None:
            info = idcard.parse(F.id_number_raw(id_raw))
            person["id_number"] = info.number
            if info.upgraded:
                notes.append(f"15 位身份证号已升级为 18 位 {info.number}")
            notes.extend(info.warnings)
            first = self.seen_ids.get(info.number)
            if first is not None:
                raise ValidationError(f"身份证号 {info.number} 与第 {first} 行重复，同一人只能出现一次。",
                                      field="id_number")
            self.seen_ids[info.number] = number
        g = F.gender(one("gender"))
        if g:
            person["gender"] = g
        eth = F.ethnicity(one("ethnicity"))
        if eth:
            person["ethnicity"] = eth
        born = F.birth_date(one("birth_date"))
        year_month = None
        if isinstance(born, F.YearMonth):
            year_month = born
            if info is not None:
                y, m = born
                if y != info.birth_date.year or (m is not None and m != info.birth_date.month):
                    raise ValidationError(f"身份证号中的出生日期是 {info.birth_date}，但出生年月填写的是 "
                                          f"{F.text(one('birth_date'))}。", field="birth_date")
            else:
                notes.append("只有出生年月，没有具体日期，出生日期未登记")
        elif born is not None:
            person["birth_date"] = born.isoformat()
        rel = F.text(one("relation"))
        note_parts = [F.text(v) for v in raw.get("note", [])]
        if rel:
            label = codes.relation_label(rel)
            if label is None:
                if len(rel) > 8:
                    raise ValidationError(f"与户主关系“{rel}”无法识别。", field="relation")
                # 侄子, 外甥, 曾孙...: kept as 其他, the sheet's word kept in the note.
                label = "其他"
                note_parts.append(f"与户主关系：{rel}")
                notes.append(f"与户主关系“{rel}”不在代码表中，登记为“其他”并写入备注")
            person["relation"] = label
        phone = F.code_text(one("phone"))
        if phone:
            person["phone"] = phone
        if note_parts:
            person["note"] = "；".join(note_parts)
        specials: list[tuple[str, str]] = []
        since: dict[str, str] = {}
        for v in raw.get("special", []):
            for kind, detail, day in F.special_list(v):
                specials.append((kind, detail))
                if day:
                    since.setdefault(kind, day)
        for key in raw:
            if key.startswith("special:"):
                kind = key.split(":", 1)[1]
                parts = [F.special_cell(kind, v) for v in raw[key]]
                parts = [p for p in parts if p]
                if parts:
                    specials.append((kind, "".join(d for _, d, _ in parts)))
                    for _, _, day in parts:
                        if day:
                            since.setdefault(kind, day)
        for key in raw:
            if key.startswith("special_since:"):
                # 低保纳入日期: a date there also says the person is in 低保.
                kind = key.split(":", 1)[1]
                days = [F.since_date(v) for v in raw[key] if not F.is_blank(v)]
                if days:
                    since[kind] = days[0]
                    if kind not in {k for k, _ in specials}:
                        specials.append((kind, ""))
        generic = [F.since_date(v) for v in raw.get("special_since", []) if not F.is_blank(v)]
        if generic:
            marked = [k for k, _ in specials if k != groups.DERIVED]
            if not marked:
                notes.append(f"表中有特殊群体起始日期 {generic[0]}，但本行没有特殊群体，未使用")
            for kind in marked:
                since.setdefault(kind, generic[0])
        return Row(number, person, info, year_month, F.code_text(one("hh_no")), F.text(one("group")),
                    F.text(one("address")), F.status(one("status")), _dedupe(specials), notes, since)

    # ------------------------------------------------------------- writes
    def _apply(self, row: Row) -> tuple[str, list[str], dict[str, str]]:
        notes = list(row.notes)
        hh = self._household_for(row, notes)       # (household dict | None, is_new)
        household, hh_changed = hh
        signature = row_signature(household, row)
        twin = self.signatures.get(signature)
        if twin is not None:
            raise ValidationError(f"与第 {twin} 行内容完全相同（重复行）。", field="name")
        match = self._match(row, household)
        if match is not None:
            earlier = self.touched.get(match["id"])
            if earlier is not None:
                raise ValidationError(f"与第 {earlier} 行是同一人（{match['name']}），同一人只能出现一次。",
                                      field="name")
        values = dict(row.person)
        if household is not None:
            values["household_id"] = household["id"]
        if match is None:
            person_id = people.add_person(self.store, **values)
            action = "add"
            if row.status and row.status != "在册":
                self._set_new_status(person_id, row.status)
        else:
            person_id = match["id"]
            changes = {k: v for k, v in values.items() if match[k] != v}
            diff: dict = {}
            if "household_id" in changes:
                # A move between households keeps its history (lifecycle), not a bare update.
                target = changes.pop("household_id")
                if match["household_id"] and match["status"] in lifecycle.RESIDENT:
                    old = self.store.one("SELECT hh_no FROM household WHERE id=?", (match["household_id"],))
                    lifecycle.move_household(self.store, person_id, target,
                                             relation=changes.pop("relation", match["relation"] or "其他"),
                                             reason=f"从 {self.source_name} 导入")
                    notes.append(f"户号由 {old[0] if old else '?'} 改为 {household['hh_no']}")
                    diff["household_id"] = target
                elif not match["household_id"]:
                    changes["household_id"] = target
                else:
                    notes.append(f"此人状态为“{match['status']}”，户号未按表修改")
            if changes:
                # validate_person treats a missing gender as "clear it": pass the current one.
                changes.setdefault("gender", match["gender"])
                diff.update(people.update_person(self.store, person_id, **changes))
            action = "update" if diff else "unchanged"
            if row.status and row.status != match["status"]:
                notes.append(f"表中户籍状态为“{row.status}”，系统中为“{match['status']}”，未修改"
                             "（迁出、死亡等请在人员页办理）")
            if household is not None and values.get("relation") == "户主" and not household["head_person_id"]:
                people.set_head(self.store, household["id"], person_id)
                household["head_person_id"] = person_id
                action = "update"
        if self._apply_specials(person_id, row.specials, notes, row.special_since) and action == "unchanged":
            action = "update"
        if (household is not None and values.get("relation") == "户主" and household["head_person_id"]
                and household["head_person_id"] != person_id):
            head = self.store.one("SELECT name FROM person WHERE id=?", (household["head_person_id"],))
            notes.append(f"户号 {household['hh_no']} 的户主已是 {head[0] if head else '?'}，本行也填为户主，请核对")
        if household is not None and not household["head_person_id"] and values.get("relation") == "户主":
            household["head_person_id"] = person_id
        if hh_changed and action == "unchanged":
            action = "update"
        self.touched[person_id] = row.number
        self.signatures[signature] = row.number
        self.remember_household(row, household)
        return action, notes, self.display(row, household)

    def _household_for(self, row: Row, notes: list[str]) -> tuple[dict | None, bool]:
        """The row's household, created if new."""
        is_head = row.person.get("relation") == "户主"
        key = self.household_key(row)
        if key is None:
            return None, False
        group_id = self._group_id(row.group, notes) if row.group else None
        if key[0] == "no":
            household = self.households.get(key[1]) or people.household_by_no(self.store, key[1])
            household = dict(household) if household else None
        else:
            household = self._block_household(key[1], row)
        if household is None:
            hh_no = row.hh_no or self.free_hh_no()
            if not row.hh_no:
                notes.append(f"表中没有户号，已自动编为 {hh_no}")
            hid = people.add_household(self.store, hh_no=hh_no, address=row.address, group_id=group_id)
            self.result.households_added += 1
            return dict(self.store.get("household", hid)), False
        changes: dict[str, Any] = {}
        first_time = household["id"] not in self.hh_applied
        if first_time or is_head:
            if group_id and household["group_id"] != group_id:
                changes["group_id"] = group_id
            if row.address and household["address"] != row.address:
                changes["address"] = row.address
        if changes:
            people.update_household(self.store, household["id"], **changes)
            household = {**household, **changes}
            self.result.households_updated += 1
        return household, bool(changes)

    def household_key(self, row: Row) -> tuple | None:
        """("no", 户号) or ("block", row of its 户主) or None. A row inherits the previous row's
        household when 户号 is blank (merged cells) unless it is a 户主, who starts a household
        of its own."""
        if row.hh_no:
            return ("no", row.hh_no)
        if row.person.get("relation") == "户主":
            return ("block", row.number)
        if self.carry.get("key") is None:
            return None
        if self.carry.get("failed"):
            raise ValidationError(f"本行没有户号，所在户的第 {self.carry['row']} 行有错误，无法确定属于哪一户。",
                                  field="hh_no")
        row.group = row.group or self.carry.get("group", "")
        row.address = row.address or self.carry.get("address", "")
        return self.carry["key"]

    def _block_household(self, head_row: int, row: Row) -> dict | None:
        block = self.blocks.get(head_row)
        if block is not None:
            return dict(self.store.get("household", block[0]))
        if row.id_info is not None:
            head = self.store.one("SELECT household_id FROM person WHERE id_number=? AND site_id=? "
                                  "AND household_id IS NOT NULL ORDER BY status IN ('死亡','已合并')",
                                  (row.id_info.number, self.store.site_id))
            if head is not None:
                return dict(self.store.get("household", head[0]))
        return None

    def free_hh_no(self) -> str:
        """The next unused numeric 户号 (0001, 0002, ...), for households the sheet left unnumbered."""
        if self.next_hh_no is None:
            if self.new is None:
                numbers = [int(r[0]) for r in self.store.query(
                    "SELECT hh_no FROM household WHERE site_id=? AND hh_no GLOB '[0-9]*' "
                    "AND hh_no NOT GLOB '*[^0-9]*'", (self.store.site_id,))]
            else:       # the file's numbers when the import began, and those it made since
                numbers = [self.new.highest_number] + [int(n) for n in self.households if n.isascii()
                                                       and n.isdecimal() and n not in self.new.known_hh_nos]
            self.next_hh_no = max(numbers, default=0) + 1
        n = self.next_hh_no
        while self.hh_no_taken(f"{n:04d}"):
            n += 1
        self.next_hh_no = n + 1
        return f"{n:04d}"

    def hh_no_taken(self, hh_no: str) -> bool:
        if self.new is None:
            return self.store.one("SELECT 1 FROM household WHERE hh_no=?", (hh_no,)) is not None
        # Every household this import made is in self.households once its row succeeded.
        return hh_no in self.new.known_hh_nos or hh_no in self.households

    def _group_id(self, name: str, notes: list[str]) -> str:
        key = _group_key(name)
        gid = self.groups.get(key)
        if gid is None:
            label = f"{cn2an.an2cn(name)}组" if name.isdecimal() and len(name.lstrip("0")) <= 4 else name
            gid = village.add_group(self.store, label)
            self.groups[key] = gid
            self.result.groups_added.append(label)
            notes.append(f"新建了村民小组“{label}”")
        return gid

    def _match(self, row: Row, household: dict | None):
        if row.id_info is not None:
            found = self.store.one(
                "SELECT * FROM person WHERE id_number=? AND site_id=? "
                "ORDER BY status IN ('死亡','已合并'), updated_at DESC", (row.id_info.number, self.store.site_id))
            if found is not None:
                name = clean_name(row.person["name"])
                if found["name"] != name:
                    # The same number on another name: a mistyped ID far more often than a renaming.
                    hh = self.store.one("SELECT hh_no FROM household WHERE id=?", (found["household_id"],))
                    raise ValidationError(
                        f"身份证号 {idcard.mask(row.id_info.number)} 已登记为 {found['name']}"
                        f"（户号 {hh[0] if hh else '无'}），与本行姓名“{name}”不同。"
                        "如是改名，请在人员页修改姓名；否则请核对身份证号。", field="id_number")
                return found
        if household is None:
            return None
        same = [r for r in self.store.query(
            "SELECT * FROM person WHERE household_id=? AND name=? AND status<>'已合并'",
            (household["id"], clean_name(row.person["name"]))) if r["id"] not in self.touched]
        if not same:
            return None
        if row.id_info is not None:
            without_id = [r for r in same if not r["id_number"]]
            if not without_id:
                found = same[0]
                raise ValidationError(
                    f"户号 {household['hh_no']} 中已有 {found['name']}（身份证号 {idcard.mask(found['id_number'])}），"
                    "与本行身份证号不同。如是同一人，请先在人员页改正身份证号；如是两个人，请核对姓名。",
                    field="id_number")
            same = without_id
        # Namesakes in one household (father and son): tell them apart by what the row gives.
        for key in ("relation", "birth_date", "gender"):
            if len(same) <= 1:
                break
            value = row.person.get(key)
            narrowed = [r for r in same if value and r[key] == value]
            if narrowed:
                same = narrowed
        if len(same) > 1:
            raise ValidationError(f"户号 {household['hh_no']} 中有 {len(same)} 个叫“{same[0]['name']}”的人，"
                                  "无法确定是哪一个，请在表中填写身份证号。", field="name")
        return same[0]

    def _set_new_status(self, person_id: str, status: str) -> None:
        """A newly added person the sheet lists as away, moved out or dead: recorded through
        the roster's lifecycle (dated today, the reason saying the real date is unknown)."""
        reason = f"从 {self.source_name} 导入，表中状态为“{status}”，实际日期不详"
        if status == "外出务工":
            lifecycle.start_away(self.store, person_id, reason=reason)
        elif status == "迁出":
            lifecycle.move_out(self.store, person_id, reason=reason)
        elif status == "死亡":
            lifecycle.record_death(self.store, person_id, reason=reason)
        else:
            raise ValidationError(f"新登记的人员不能直接设为“{status}”。", field="status")

    def _apply_specials(self, person_id: str, specials: list[tuple[str, str]], notes: list[str],
                        since: dict[str, str] | None = None) -> bool:
        """Add the memberships the sheet marks, from the start it gives (else 自导入起); never
        ends one the sheet leaves blank. A membership an earlier import left undated gets the
        sheet's start date."""
        changed = False
        since = since or {}
        for kind, detail in specials:
            if kind == groups.DERIVED:
                continue          # 高龄 follows from the birth date
            detail = groups.clean_detail(kind, detail)
            start = since.get(kind)
            have = self.store.one("SELECT id, detail, start_date, note FROM person_group WHERE person_id=? "
                                  "AND kind=? AND end_date IS NULL", (person_id, kind))
            if have is not None and (not detail or have["detail"] == detail):
                if start and start != have["start_date"] and groups.start_unknown(have["note"]):
                    groups.set_start_date(self.store, have["id"], start)
                    notes.append(f"{kind}的开始日期按表补填为 {start}")
                    changed = True
                continue
            if have is not None:
                groups.end_membership(self.store, have["id"], reason=f"导入表中改为“{detail}”")
                notes.append(f"{kind}由“{have['detail']}”改为“{detail}”")
            groups.add_membership(self.store, person_id, kind, detail=detail, start=start,
                                  note=groups.import_note(self.source_name, bool(start)))
            self.result.undated_groups += not start
            changed = True
        return changed

    def remember_household(self, row: Row, household: dict | None) -> None:
        if household is None:
            self.carry = {}
            return
        self.households[household["hh_no"]] = household
        self.hh_applied.add(household["id"])
        if not row.hh_no and row.person.get("relation") == "户主":
            self.blocks[row.number] = (household["id"], household["hh_no"])
        key = ("no", household["hh_no"])
        self.carry = {"key": key, "row": row.number, "group": row.group, "address": row.address}

    def _carry_failed(self, number: int, raw: dict[str, list[Any]]) -> None:
        """A failed row still tells which household the rows below it belong to."""
        hh_no = F.code_text(next((v for v in raw.get("hh_no", []) if not F.is_blank(v)), None))
        rel = F.text(next((v for v in raw.get("relation", []) if not F.is_blank(v)), None))
        if hh_no:
            self.carry = {"key": ("no", hh_no), "row": number,
                          "group": F.text(next((v for v in raw.get("group", []) if not F.is_blank(v)), None)),
                          "address": F.text(next((v for v in raw.get("address", []) if not F.is_blank(v)), None))}
        elif codes.relation_label(rel) == "户主":
            self.carry = {"key": ("block", number), "row": number, "failed": True}

    # ------------------------------------------------------------ display
    def display(self, row: Row, household: dict | None) -> dict[str, str]:
        if not self.preview:
            return {}
        p = row.person
        out = {k: str(v) for k, v in p.items() if v is not None}
        if row.id_info is not None:
            out.setdefault("gender", row.id_info.gender)
            out.setdefault("birth_date", row.id_info.birth_date.isoformat())
        if "ethnicity" in out:
            out["ethnicity"] = codes.ETHNICITIES.get(out["ethnicity"], out["ethnicity"])
        if household is not None:
            out["hh_no"] = household["hh_no"]
        if row.group:
            out["group"] = row.group
        if row.address:
            out["address"] = row.address
        if row.status:
            out["status"] = row.status
        if row.specials:
            since = row.special_since or {}
            out["special"] = "、".join(k + (f"（{d}）" if d else "") + (f" {since[k]} 起" if k in since else "")
                                       for k, d in row.specials)
        return out

    def _display_raw(self, raw: dict[str, list[Any]]) -> dict[str, str]:
        return {k: "；".join(F.text(v) for v in vals if not F.is_blank(v)) for k, vals in raw.items()}


def _dedupe(specials: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out: dict[str, str] = {}
    for kind, detail in specials:
        if kind not in out or (detail and not out[kind]):
            out[kind] = detail
    return list(out.items())


def row_signature(household: dict | None, row: Row) -> bytes:
    """What makes two rows the same row: their household and every cleaned value. A digest,
    not the values: a county sheet has 100,000 rows to remember (the chance of two different
    rows sharing a 128-bit digest is nil)."""
    text = repr((household["id"] if household else None, sorted(row.person.items())))
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


@lru_cache(maxsize=1024)
def _group_key(name: str) -> str:
    """'1组', '一组', '第一村民小组', '1' -> '一': how the same group is written differently."""
    t = re.sub(r"\s+", "", F.fold_ascii(name or ""))
    t = t.replace("村民小组", "组").replace("小组", "组")
    if t.startswith("第"):
        t = t[1:]
    if t.endswith("组") and len(t) > 1:
        t = t[:-1]
    if t.isdecimal() and len(t.lstrip("0")) <= 4:   # group numbers are small; a stray 1e16 stays as typed
        t = cn2an.an2cn(str(int(t)))
    return t

