"""The careful half of the roster import: a row that may touch a record already in the file.

Matched to a person by 身份证号, else by household (户号) and name; what differs is
updated through the roster's own write functions (people, lifecycle, groups), one row
at a time inside the row's savepoint (import_rows.py), so that a bad row rolls back alone.
Empty cells never erase what the roster holds.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import cn2an

from db.errors import ValidationError
from desktop.core import village
from desktop.core.roster import groups, idcard, lifecycle, people
from desktop.core.roster.import_clean import Row, group_key, row_signature
from desktop.core.roster.names import clean_name

if TYPE_CHECKING:
    from desktop.core.roster.import_rows import Importer


def apply_row(imp: "Importer", row: Row) -> tuple[str, list[str], dict[str, str]]:
    """Match the row to the roster and add or update what it says: (action, notes, preview values)."""
    notes = list(row.notes)
    hh = _household_for(imp, row, notes)       # (household dict | None, is_new)
    household, hh_changed = hh
    signature = row_signature(household, row)
    twin = imp.signatures.get(signature) if signature is not None else None
    if twin is not None:
        raise ValidationError(f"与第 {twin} 行内容完全相同（重复行）。", field="name")
    match = _match(imp, row, household)
    if match is not None:
        earlier = imp.touched.get(match["id"])
        if earlier is not None:
            raise ValidationError(f"与第 {earlier} 行是同一人（{match['name']}），同一人只能出现一次。",
                                  field="name")
    values = dict(row.person)
    if household is not None:
        values["household_id"] = household["id"]
    if match is None:
        person_id = people.add_person(imp.store, **values)
        action = "add"
        if row.status and row.status != "在册":
            _set_new_status(imp, person_id, row.status)
    else:
        person_id = match["id"]
        changes = {k: v for k, v in values.items() if match[k] != v}
        diff: dict = {}
        if "household_id" in changes:
            # A move between households keeps its history (lifecycle), not a bare update.
            target = changes.pop("household_id")
            if match["household_id"] and match["status"] in lifecycle.RESIDENT:
                old = imp.store.one("SELECT hh_no FROM household WHERE id=?", (match["household_id"],))
                lifecycle.move_household(imp.store, person_id, target,
                                         relation=changes.pop("relation", match["relation"] or "其他"),
                                         reason=f"从 {imp.source_name} 导入")
                notes.append(f"户号由 {old[0] if old else '?'} 改为 {household['hh_no']}")
                diff["household_id"] = target
            elif not match["household_id"]:
                changes["household_id"] = target
            else:
                notes.append(f"此人状态为“{match['status']}”，户号未按表修改")
        if changes:
            # validate_person treats a missing gender as "clear it": pass the current one.
            changes.setdefault("gender", match["gender"])
            diff.update(people.update_person(imp.store, person_id, **changes))
        action = "update" if diff else "unchanged"
        if row.status and row.status != match["status"]:
            notes.append(f"表中户籍状态为“{row.status}”，系统中为“{match['status']}”，未修改"
                         "（迁出、死亡等请在人员页办理）")
        if household is not None and values.get("relation") == "户主" and not household["head_person_id"]:
            people.set_head(imp.store, household["id"], person_id)
            household["head_person_id"] = person_id
            action = "update"
    if _apply_specials(imp, person_id, row.specials, notes, row.special_since) and action == "unchanged":
        action = "update"
    if (household is not None and values.get("relation") == "户主" and household["head_person_id"]
            and household["head_person_id"] != person_id):
        head = imp.store.one("SELECT name FROM person WHERE id=?", (household["head_person_id"],))
        notes.append(f"户号 {household['hh_no']} 的户主已是 {head[0] if head else '?'}，本行也填为户主，请核对")
    if household is not None and not household["head_person_id"] and values.get("relation") == "户主":
        household["head_person_id"] = person_id
    if hh_changed and action == "unchanged":
        action = "update"
    imp.touched[person_id] = row.number
    if signature is not None:
        imp.signatures[signature] = row.number
    imp.remember_household(row, household)
    return action, notes, imp.display(row, household)


def _household_for(imp: "Importer", row: Row, notes: list[str]) -> tuple[dict | None, bool]:
    """The row's household, created if new."""
    is_head = row.person.get("relation") == "户主"
    key = imp.household_key(row)
    if key is None:
        return None, False
    group_id = _group_id(imp, row.group, notes) if row.group else None
    if key[0] == "no":
        household = imp.households.get(key[1]) or people.household_by_no(imp.store, key[1])
        household = dict(household) if household else None
    else:
        household = _block_household(imp, key[1], row)
    if household is None:
        hh_no = row.hh_no or imp.free_hh_no()
        if not row.hh_no:
            notes.append(f"表中没有户号，已自动编为 {hh_no}")
        hid = people.add_household(imp.store, hh_no=hh_no, address=row.address, group_id=group_id)
        imp.result.households_added += 1
        return dict(imp.store.get("household", hid)), False
    changes: dict[str, Any] = {}
    first_time = household["id"] not in imp.hh_applied
    if first_time or is_head:
        if group_id and household["group_id"] != group_id:
            changes["group_id"] = group_id
        if row.address and household["address"] != row.address:
            changes["address"] = row.address
    if changes:
        people.update_household(imp.store, household["id"], **changes)
        household = {**household, **changes}
        imp.result.households_updated += 1
    return household, bool(changes)


def _block_household(imp: "Importer", head_row: int, row: Row) -> dict | None:
    block = imp.blocks.get(head_row)
    if block is not None:
        return dict(imp.store.get("household", block[0]))
    if row.id_info is not None:
        head = imp.store.one("SELECT household_id FROM person WHERE id_number=? AND site_id=? "
                              "AND household_id IS NOT NULL ORDER BY status IN ('死亡','已合并')",
                              (row.id_info.number, imp.store.site_id))
        if head is not None:
            return dict(imp.store.get("household", head[0]))
    return None


def _group_id(imp: "Importer", name: str, notes: list[str]) -> str:
    key = group_key(name)
    gid = imp.groups.get(key)
    if gid is None:
        label = f"{cn2an.an2cn(name)}组" if name.isdecimal() and len(name.lstrip("0")) <= 4 else name
        gid = village.add_group(imp.store, label)
        imp.groups[key] = gid
        imp.result.groups_added.append(label)
        notes.append(f"新建了村民小组“{label}”")
    return gid


def _match(imp: "Importer", row: Row, household: dict | None):
    if row.id_info is not None:
        found = imp.store.one(
            "SELECT * FROM person WHERE id_number=? AND site_id=? "
            "ORDER BY status IN ('死亡','已合并'), updated_at DESC", (row.id_info.number, imp.store.site_id))
        if found is not None:
            name = clean_name(row.person["name"])
            if found["name"] != name:
                # The same number on another name: a mistyped ID far more often than a renaming.
                hh = imp.store.one("SELECT hh_no FROM household WHERE id=?", (found["household_id"],))
                raise ValidationError(
                    f"身份证号 {idcard.mask(row.id_info.number)} 已登记为 {found['name']}"
                    f"（户号 {hh[0] if hh else '无'}），与本行姓名“{name}”不同。"
                    "如是改名，请在人员页修改姓名；否则请核对身份证号。", field="id_number")
            return found
    if household is None:
        return None
    same = [r for r in imp.store.query(
        "SELECT * FROM person WHERE household_id=? AND name=? AND status<>'已合并'",
        (household["id"], clean_name(row.person["name"]))) if r["id"] not in imp.touched]
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


def _set_new_status(imp: "Importer", person_id: str, status: str) -> None:
    """A newly added person the sheet lists as away, moved out or dead: recorded through
    the roster's lifecycle (dated today, the reason saying the real date is unknown)."""
    reason = f"从 {imp.source_name} 导入，表中状态为“{status}”，实际日期不详"
    if status == "外出务工":
        lifecycle.start_away(imp.store, person_id, reason=reason)
    elif status == "迁出":
        lifecycle.move_out(imp.store, person_id, reason=reason)
    elif status == "死亡":
        lifecycle.record_death(imp.store, person_id, reason=reason)
    else:
        raise ValidationError(f"新登记的人员不能直接设为“{status}”。", field="status")


def _apply_specials(imp: "Importer", person_id: str, specials: list[tuple[str, str]], notes: list[str],
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
        have = imp.store.one("SELECT id, detail, start_date, note FROM person_group WHERE person_id=? "
                              "AND kind=? AND end_date IS NULL", (person_id, kind))
        if have is not None and (not detail or have["detail"] == detail):
            if start and start != have["start_date"] and groups.start_unknown(have["note"]):
                groups.set_start_date(imp.store, have["id"], start)
                notes.append(f"{kind}的开始日期按表补填为 {start}")
                changed = True
            continue
        if have is not None:
            groups.end_membership(imp.store, have["id"], reason=f"导入表中改为“{detail}”")
            notes.append(f"{kind}由“{have['detail']}”改为“{detail}”")
        groups.add_membership(imp.store, person_id, kind, detail=detail, start=start,
                              note=groups.import_note(imp.source_name, bool(start)))
        imp.result.undated_groups += not start
        changed = True
    return changed
