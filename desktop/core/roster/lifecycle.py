"""A person's and a household's life in the roster: moving out, death, working away,
moving between households, dissolving a household, changing its head (merging duplicates:
merging.py).

Rules the clerk relies on:
- Nothing is deleted. Each change sets the status with its date and reason and writes
  a `person_event` (or `household_event`) row; life_history.py reads them back.
- Every function runs in ONE transaction: the status, the event, ended special-group
  memberships and the other areas' reactions (events published here) commit together.
- Domain events (desktop.core.events), published inside that transaction:
    "person.left"  person_id, status ("死亡" | "迁出" | "已合并"), date ("YYYY-MM-DD"), reason
    "person.moved" person_id, from_household_id, to_household_id, date
    "person.restored" person_id, status (the status given back), date, reason
- Refusals are RefusedError / ValidationError with a plain Chinese message.
"""
from __future__ import annotations

import json
from datetime import date as Date
from typing import Any

from db import Store
from db.errors import RefusedError, ValidationError
from desktop.core import events
from desktop.core.inputs.dates import parse_day
from desktop.core.roster import codes
from desktop.core.roster.life_records import (end_open_groups, household_record, log_household_event,
                                              log_person_event, person_record, require_reason)

# People who belong to a household now (迁出 people keep their household link as history).
RESIDENT = ("在册", "外出务工")
# Statuses that end a person's presence in the village, and the event published for them.
LEFT = ("迁出", "死亡", "已合并")


# ------------------------------------------------------------------ helpers
def event_date(value: str | Date | None, *, field: str = "date", label: str = "日期") -> str:
    """Normalise a date (None means today); refuse bad or future dates."""
    if value in (None, ""):
        return Date.today().isoformat()
    return parse_day(value, field=field, label=label, latest=Date.today())


def _not_before_birth(person: dict, day: str, what: str) -> None:
    if person.get("birth_date") and day < person["birth_date"]:
        raise ValidationError(f"{what}日期 {day} 早于 {person['name']} 的出生日期 {person['birth_date']}。",
                              field="date")


def _not_before_status(person: dict, day: str, what: str) -> None:
    if person.get("status_date") and day < person["status_date"]:
        raise ValidationError(
            f"{what}日期 {day} 早于 {person['name']} 上一次登记“{person['status']}”的日期 "
            f"{person['status_date']}。", field="date")


def _set_status(store: Store, person: dict, status: str, day: str, reason: str) -> None:
    store.update("person", person["id"], {"status": status, "status_date": day, "status_reason": reason})


def _head_leaves(store: Store, person: dict, day: str, reason: str, new_head_id: str | None) -> None:
    """The person stops being a member: hand the household to `new_head_id`, or leave it headless."""
    hh_id = person.get("household_id")
    if not hh_id:
        return
    hh = household_record(store, hh_id)
    if hh["head_person_id"] != person["id"]:
        if new_head_id:
            raise RefusedError(f"{person['name']} 不是户主，无需指定新户主。")
        return
    if new_head_id:
        _change_head(store, hh_id, new_head_id, day=day, reason=reason or "原户主离户",
                     old_head_relation=None, relations=None, old_head_leaving=True)
    elif _living_members_except(store, hh_id, person["id"]):
        # Others stay without a named successor: headless until the clerk names one.
        store.update("household", hh_id, {"head_person_id": None})
        log_household_event(store, hh_id, "户主离户", day, reason, other_person_id=person["id"])
    else:
        # The last member left: the household keeps its last head as history.
        log_household_event(store, hh_id, "户主离户", day, reason, other_person_id=person["id"])


def _living_members_except(store: Store, household_id: str, person_id: str) -> list[dict]:
    return [dict(r) for r in store.query(
        "SELECT id, name FROM person WHERE household_id=? AND id<>? AND status IN ('在册','外出务工')",
        (household_id, person_id))]


def _status_refusal(person: dict, action: str) -> RefusedError:
    st = person["status"]
    why = {"死亡": "已登记死亡", "已合并": "是已合并的重复记录", "迁出": "已迁出",
           "外出务工": "正在外出务工", "在册": "在册"}[st]
    return RefusedError(f"{person['name']} {why}，不能{action}。")


# ------------------------------------------------------------- status changes
def move_out(store: Store, person_id: str, *, on: str | Date | None = None, reason: str = "",
             destination: str = "", new_head_id: str | None = None) -> str:
    """迁出: the person leaves the village; special groups end; returns the event id."""
    with store.transaction():
        person = person_record(store, person_id)
        if person["status"] not in RESIDENT:
            raise _status_refusal(person, "办理迁出")
        day = event_date(on, label="迁出日期")
        _not_before_birth(person, day, "迁出")
        _not_before_status(person, day, "迁出")
        _head_leaves(store, person, day, reason, new_head_id)
        ended = end_open_groups(store, person_id, day)
        _set_status(store, person, "迁出", day, reason.strip())
        ev = log_person_event(store, person_id, "迁出", day, reason.strip(), from_status=person["status"],
                         to_status="迁出", from_household_id=person["household_id"],
                         detail={"destination": destination.strip(), "ended_groups": ended})
        events.publish(store, "person.left", person_id=person_id, status="迁出", date=day,
                       reason=reason.strip())
    return ev


def record_death(store: Store, person_id: str, *, on: str | Date | None = None, reason: str = "",
                 new_head_id: str | None = None) -> str:
    """死亡: the date may not be before birth nor in the future; returns the event id."""
    with store.transaction():
        person = person_record(store, person_id)
        if person["status"] in ("死亡", "已合并"):
            raise _status_refusal(person, "登记死亡")
        day = event_date(on, label="死亡日期")
        _not_before_birth(person, day, "死亡")
        _not_before_status(person, day, "死亡")
        if person["status"] in RESIDENT:
            _head_leaves(store, person, day, reason, new_head_id)
        ended = end_open_groups(store, person_id, day)
        _set_status(store, person, "死亡", day, reason.strip())
        ev = log_person_event(store, person_id, "死亡", day, reason.strip(), from_status=person["status"],
                         to_status="死亡", detail={"ended_groups": ended})
        events.publish(store, "person.left", person_id=person_id, status="死亡", date=day,
                       reason=reason.strip())
    return ev


def start_away(store: Store, person_id: str, *, on: str | Date | None = None, reason: str = "",
               place: str = "") -> str:
    """外出务工: still a member of the household and the village; groups stay."""
    with store.transaction():
        person = person_record(store, person_id)
        if person["status"] != "在册":
            raise _status_refusal(person, "登记外出务工")
        day = event_date(on, label="外出日期")
        _not_before_birth(person, day, "外出")
        _not_before_status(person, day, "外出")
        _set_status(store, person, "外出务工", day, reason.strip())
        return log_person_event(store, person_id, "外出务工", day, reason.strip(), from_status="在册",
                           to_status="外出务工", detail={"place": place.strip()} if place.strip() else None)


def end_away(store: Store, person_id: str, *, on: str | Date | None = None, reason: str = "") -> str:
    """返乡: back from working away, status 在册 again."""
    with store.transaction():
        person = person_record(store, person_id)
        if person["status"] != "外出务工":
            raise RefusedError(f"{person['name']} 现在不是“外出务工”状态（而是“{person['status']}”），"
                               "无需登记返乡。")
        day = event_date(on, label="返乡日期")
        _not_before_status(person, day, "返乡")
        _set_status(store, person, "在册", day, reason.strip())
        return log_person_event(store, person_id, "返乡", day, reason.strip(), from_status="外出务工",
                           to_status="在册")


def restore(store: Store, person_id: str, *, reason: str, on: str | Date | None = None) -> str:
    """Undo a wrongly recorded status (死亡, 迁出, 外出务工, 已合并): the person gets back the
    status they had before it; special groups ended by that change are reopened, and for
    a merge the memberships copied onto the kept record are ended again."""
    reason = require_reason(reason, "更正状态")
    with store.transaction():
        person = person_record(store, person_id)
        if person["status"] == "在册":
            raise RefusedError(f"{person['name']} 状态为“在册”，没有需要更正的状态。")
        day = event_date(on, label="更正日期")
        last = store.one(
            "SELECT * FROM person_event WHERE person_id=? AND to_status=? ORDER BY event_date DESC, "
            "created_at DESC LIMIT 1", (person_id, person["status"]))
        back_to = (last["from_status"] if last and last["from_status"] else "在册")
        detail = json.loads(last["detail"]) if last and last["detail"] else {}
        if back_to in (person["status"], "已合并"):
            back_to = "在册"
        if person["id_number"] and back_to in codes.LIVING_STATUSES:
            clash = store.one("SELECT name FROM person WHERE id_number=? AND site_id=? AND id<>? "
                              "AND status NOT IN ('死亡','已合并')",
                              (person["id_number"], store.site_id, person_id))
            if clash:
                raise RefusedError(f"身份证号相同的 {clash[0]} 已在册，不能恢复 {person['name']}；"
                                   "请先核对两条记录。")
        if person["household_id"] and back_to in RESIDENT:
            hh = household_record(store, person["household_id"])
            if hh["status"] == "dissolved":
                raise RefusedError(f"{person['name']} 原来所在的户（{hh['hh_no']}）已解散，请先恢复该户"
                                   "或把此人迁入其他户。")
        for gid in detail.get("ended_groups", []):
            store.update("person_group", gid, {"end_date": None})
        for gid in detail.get("carried_groups", []):
            store.update("person_group", gid, {"end_date": day})
        changes: dict[str, Any] = {"status": back_to, "status_date": day, "status_reason": reason}
        if person["merged_into"]:
            changes["merged_into"] = None
        store.update("person", person_id, changes)
        ev = log_person_event(store, person_id, "更正", day, reason, from_status=person["status"],
                         to_status=back_to, other_person_id=person["merged_into"],
                         detail={"undone_event": last["id"]} if last else None)
        events.publish(store, "person.restored", person_id=person_id, status=back_to, date=day,
                       reason=reason)
    return ev


# ---------------------------------------------------------------- households
def move_household(store: Store, person_id: str, to_household_id: str, *, relation: str,
                   on: str | Date | None = None, reason: str = "", new_head_id: str | None = None) -> str:
    """户间迁移: the person joins another household with a new 与户主关系.

    relation "户主" makes them the head (refused if that household already has a living head).
    If they headed their old household, `new_head_id` names its new head (else it is headless)."""
    with store.transaction():
        person = person_record(store, person_id)
        if person["status"] not in RESIDENT:
            raise _status_refusal(person, "在户之间迁移")
        target = household_record(store, to_household_id)
        if target["status"] == "dissolved":
            raise RefusedError(f"户 {target['hh_no']} 已解散，不能迁入。")
        if person["household_id"] == to_household_id:
            raise RefusedError(f"{person['name']} 已在户 {target['hh_no']} 中。")
        label = codes.relation_label(relation)
        if label is None:
            raise ValidationError(f"与户主关系“{relation}”无法识别（可填：{'、'.join(codes.RELATIONS)}）。",
                                  field="relation")
        day = event_date(on, label="迁移日期")
        _not_before_birth(person, day, "迁移")
        if label == "户主" and target["head_person_id"]:
            head = person_record(store, target["head_person_id"])
            if head["status"] in RESIDENT:
                raise RefusedError(f"户 {target['hh_no']} 已有户主 {head['name']}，请先更换户主或选择其他关系。")
        _head_leaves(store, person, day, reason, new_head_id)
        store.update("person", person_id, {"household_id": to_household_id, "relation": label})
        if label == "户主":
            store.update("household", to_household_id, {"head_person_id": person_id})
            log_household_event(store, to_household_id, "更换户主", day, reason, person_id=person_id,
                           other_person_id=target["head_person_id"])
        ev = log_person_event(store, person_id, "户间迁移", day, reason.strip(),
                         from_household_id=person["household_id"], to_household_id=to_household_id,
                         detail={"relation": label, "old_relation": person["relation"]})
        events.publish(store, "person.moved", person_id=person_id,
                       from_household_id=person["household_id"], to_household_id=to_household_id, date=day)
    return ev


def change_head(store: Store, household_id: str, new_head_id: str, *, on: str | Date | None = None,
                reason: str = "", old_head_relation: str | None = None,
                relations: dict[str, str] | None = None) -> str:
    """更换户主. The new head must be a current member; `old_head_relation` is the former
    head's new 与户主关系 (when they stay), `relations` updates other members' relations."""
    with store.transaction():
        return _change_head(store, household_id, new_head_id, day=event_date(on, label="更换日期"),
                            reason=reason, old_head_relation=old_head_relation, relations=relations,
                            old_head_leaving=False)


def _change_head(store: Store, household_id: str, new_head_id: str, *, day: str, reason: str,
                 old_head_relation: str | None, relations: dict[str, str] | None,
                 old_head_leaving: bool) -> str:
    """change_head inside a running transaction; `old_head_leaving`: the old head is
    leaving (death, move) so needs no new relation."""
    hh = household_record(store, household_id)
    if hh["status"] == "dissolved":
        raise RefusedError(f"户 {hh['hh_no']} 已解散，不能更换户主。")
    new = person_record(store, new_head_id)
    if new["household_id"] != household_id:
        raise RefusedError(f"{new['name']} 不在户 {hh['hh_no']} 中，不能设为户主。")
    if new["status"] not in RESIDENT:
        raise _status_refusal(new, "设为户主")
    if hh["head_person_id"] == new_head_id:
        raise RefusedError(f"{new['name']} 已经是户 {hh['hh_no']} 的户主。")
    old_id = hh["head_person_id"]
    updates = dict(relations or {})
    if old_head_relation and old_id:
        updates[old_id] = old_head_relation
    elif old_id and old_id not in updates and not old_head_leaving:
        old = person_record(store, old_id)
        if old["status"] in RESIDENT and old["relation"] == "户主":
            raise ValidationError(f"原户主 {old['name']} 仍在户中，请填写其与新户主的关系。",
                                  field="old_head_relation")
    for pid, rel in updates.items():
        member = person_record(store, pid)
        if member["household_id"] != household_id:
            raise RefusedError(f"{member['name']} 不在户 {hh['hh_no']} 中。")
        label = codes.relation_label(rel)
        if label is None or label == "户主":
            raise ValidationError(f"{member['name']} 的与户主关系“{rel}”无法识别或不能是户主。",
                                  field="relation")
        store.update("person", pid, {"relation": label})
    store.update("person", new_head_id, {"relation": "户主"})
    store.update("household", household_id, {"head_person_id": new_head_id})
    log_person_event(store, new_head_id, "成为户主", day, reason.strip(), to_household_id=household_id,
                other_person_id=old_id, detail={"old_relation": new["relation"]})
    return log_household_event(store, household_id, "更换户主", day, reason.strip(), person_id=new_head_id,
                          other_person_id=old_id)


def dissolve_household(store: Store, household_id: str, *, reason: str,
                       on: str | Date | None = None) -> str:
    """解散 (销户) a household nobody lives in any more; its history stays."""
    reason = require_reason(reason, "销户")
    with store.transaction():
        hh = household_record(store, household_id)
        if hh["status"] == "dissolved":
            raise RefusedError(f"户 {hh['hh_no']} 已经解散。")
        living = _living_members_except(store, household_id, "")
        if living:
            names = "、".join(p["name"] for p in living[:5]) + ("等" if len(living) > 5 else "")
            raise RefusedError(f"户 {hh['hh_no']} 还有 {len(living)} 名在册成员（{names}），"
                               "请先办理迁出、死亡或户间迁移，再解散。")
        day = event_date(on, label="解散日期")
        store.update("household", household_id, {"status": "dissolved", "status_date": day,
                                                 "status_reason": reason})
        return log_household_event(store, household_id, "解散", day, reason)


def reopen_household(store: Store, household_id: str, *, reason: str, on: str | Date | None = None) -> str:
    """Undo a dissolution recorded by mistake."""
    reason = require_reason(reason, "恢复户")
    with store.transaction():
        hh = household_record(store, household_id)
        if hh["status"] != "dissolved":
            raise RefusedError(f"户 {hh['hh_no']} 没有解散，无需恢复。")
        day = event_date(on, label="恢复日期")
        store.update("household", household_id, {"status": "active", "status_date": day,
                                                 "status_reason": reason})
        return log_household_event(store, household_id, "恢复", day, reason)
