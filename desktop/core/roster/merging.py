"""Merging a duplicate record of a person into the one kept (status 已合并); `lifecycle.restore`
undoes it."""
from __future__ import annotations

from datetime import date as Date

from db import Store
from db.errors import RefusedError
from desktop.core import events
from desktop.core.roster import people
from desktop.core.roster.life_records import (end_open_groups, household_record, log_household_event,
                                              log_person_event, person_record, require_reason)
from desktop.core.roster.lifecycle import RESIDENT, event_date

_FILLABLE = ("gender", "birth_date", "id_number", "phone")


def merge(store: Store, duplicate_id: str, keep_id: str, *, reason: str,
          on: str | Date | None = None) -> str:
    """Mark `duplicate_id` as a duplicate of `keep_id` (status 已合并, merged_into).

    Empty fields of the kept record are filled from the duplicate; the duplicate's open
    special groups are carried over (unless the kept record already has that group) and
    ended on the duplicate; a household link or headship passes to the kept record when
    it has none. The duplicate row itself stays, so `restore` can undo the merge."""
    reason = require_reason(reason, "合并重复记录")
    if duplicate_id == keep_id:
        raise RefusedError("不能把一个人合并到他自己。")
    with store.transaction():
        dup = person_record(store, duplicate_id)
        keep = person_record(store, keep_id)
        if dup["status"] == "已合并":
            raise RefusedError(f"{dup['name']} 已经合并到其他记录，不能再次合并。")
        if keep["status"] == "已合并":
            raise RefusedError(f"{keep['name']} 本身是已合并的重复记录，请合并到保留的那条记录。")
        if keep["status"] == "死亡":
            raise RefusedError(f"{keep['name']} 已登记死亡，不能把记录合并到已死亡的人。")
        for field, label in (("id_number", "身份证号"), ("birth_date", "出生日期"), ("gender", "性别")):
            if dup[field] and keep[field] and dup[field] != keep[field]:
                raise RefusedError(f"两条记录的{label}不同（{_shown(field, dup[field])} 与 "
                                   f"{_shown(field, keep[field])}），可能不是同一个人；请先更正再合并。")
        day = event_date(on, label="合并日期")
        fill = {f: dup[f] for f in _FILLABLE if dup[f] and not keep[f]}
        if dup["note"] and dup["note"] not in keep["note"]:
            fill["note"] = (keep["note"] + "；" if keep["note"] else "") + dup["note"]
        if not keep["household_id"] and dup["household_id"] and dup["status"] in RESIDENT:
            fill["household_id"] = dup["household_id"]
            fill["relation"] = dup["relation"]
        # Free the duplicate's ID number first: the same number may not be on two living records.
        store.update("person", duplicate_id, {"status": "已合并", "status_date": day,
                                              "status_reason": reason, "merged_into": keep_id})
        if fill:
            people.update_person(store, keep_id, **fill)
        if dup["household_id"]:
            hh = household_record(store, dup["household_id"])
            if hh["head_person_id"] == duplicate_id:
                keep_hh = fill.get("household_id", keep["household_id"])
                if keep_hh == hh["id"] and keep["status"] in RESIDENT:
                    store.update("person", keep_id, {"relation": "户主"})
                    store.update("household", hh["id"], {"head_person_id": keep_id})
                    log_household_event(store, hh["id"], "更换户主", day, reason, person_id=keep_id,
                                   other_person_id=duplicate_id)
                else:
                    store.update("household", hh["id"], {"head_person_id": None})
                    log_household_event(store, hh["id"], "户主离户", day, reason, other_person_id=duplicate_id)
        kept_kinds = {r[0] for r in store.query(
            "SELECT kind FROM person_group WHERE person_id=? AND end_date IS NULL", (keep_id,))}
        carried = []
        for g in store.query("SELECT * FROM person_group WHERE person_id=? AND end_date IS NULL",
                             (duplicate_id,)):
            if g["kind"] not in kept_kinds:
                carried.append(store.insert("person_group", {
                    "person_id": keep_id, "kind": g["kind"], "detail": g["detail"],
                    "start_date": g["start_date"],
                    "note": (g["note"] + "；" if g["note"] else "") + "由重复记录合并而来"}))
                kept_kinds.add(g["kind"])
        ended = end_open_groups(store, duplicate_id, day)
        ev = log_person_event(store, duplicate_id, "合并", day, reason, from_status=dup["status"],
                         to_status="已合并", other_person_id=keep_id,
                         detail={"ended_groups": ended, "carried_groups": carried,
                                 "filled": sorted(fill)})
        log_person_event(store, keep_id, "合并入", day, reason, other_person_id=duplicate_id,
                    detail={"filled": sorted(fill)} if fill else None)
        events.publish(store, "person.left", person_id=duplicate_id, status="已合并", date=day, reason=reason)
    return ev


def _shown(field: str, value: str) -> str:
    from desktop.core.roster.idcard import mask
    return mask(value) if field == "id_number" else value
