"""四议两公开 decisions: a matter passes the village's configured stages in order.

Each stage records its date, minutes, and for a vote the members entitled to attend,
those present and the votes. A vote passes with two thirds of members present and
more than half of those present in favour. A meeting without two thirds present is
refused and nothing is recorded (it may be held again); a vote with a quorum that
does not pass is recorded with its counts when the clerk says so (`failed=True`) and
ends the matter as 未通过. A matter may be withdrawn (已撤回) with a reason.

Money (issue 17): a payment citing a decision must be dated on or after the resolution;
when the village's process has a 决议公开 stage, that stage must be recorded and the
village's minimum 公示 days must have passed by the payment's date; once the 实施结果公开
is recorded, a further charge (or a reversal) needs the result reopened (logged, with a
reason), and the result must then be published again.
"""
from __future__ import annotations

import json

from db import Store
from db.errors import NotFoundError, RefusedError, ValidationError
from desktop.core.funds import config
from desktop.core.funds.common import optional_text, required_text, today
from desktop.core.inputs.dates import parse_day
from desktop.core.money import yuan
from desktop.core.inputs.money import check_fen

from datetime import date, timedelta

IN_PROGRESS, RESOLVED, COMPLETED, ENDED = "进行中", "已决议", "已完成", "已终止"
FAILED, WITHDRAWN = "未通过", "已撤回"
CLOSED = (ENDED, FAILED, WITHDRAWN)        # no further stage, no payment


def add_decision(store: Store, title: str, amount_fen: int, *, description: str = "",
                 fund_id: str | None = None, stages: list[dict] | None = None, power_id: str | None = None) -> str:
    title = required_text(title, field="title", label="议事事项", max_len=100)
    check_fen(amount_fen, field="amount", label="事项金额", allow_zero=True)
    description = optional_text(description, field="description", label="事项说明")
    stage_list = config.validate_stages(stages) if stages is not None else config.stages(store)
    if fund_id is not None and store.one("SELECT 1 FROM funds_fund WHERE id=?", (fund_id,)) is None:
        raise NotFoundError(f"找不到资金账户（{fund_id}）。")
    if power_id is not None and store.one("SELECT 1 FROM funds_power WHERE id=?", (power_id,)) is None:
        raise NotFoundError(f"找不到小微权力（{power_id}）。")
    return store.insert("funds_decision", {
        "title": title, "description": description, "amount_fen": amount_fen, "fund_id": fund_id,
        "power_id": power_id,
        "stages": json.dumps(stage_list, ensure_ascii=False)})


def get_decision(store: Store, decision_id: str) -> dict:
    row = store.one("SELECT * FROM funds_decision WHERE id=?", (decision_id,))
    if row is None:
        raise NotFoundError(f"找不到议事事项（{decision_id}）。")
    d = dict(row)
    d["stages"] = json.loads(d["stages"])
    d["resolution_index"] = next(i for i, s in enumerate(d["stages"]) if s["resolution"])
    d["announce_index"] = config.announce_index(d["stages"])
    d["result_index"] = config.result_index(d["stages"])
    return d


def resolve_decision(store: Store, ref: str) -> dict:
    """By id, by exact title, or by a unique id prefix (the CLI shows 8 characters)."""
    row = store.one("SELECT id FROM funds_decision WHERE id=? OR title=?", (ref, ref))
    if row is None and ref and len(ref) >= 4:
        rows = store.query("SELECT id FROM funds_decision WHERE id LIKE ?", (ref + "%",))
        row = rows[0] if len(rows) == 1 else None
    if row is None:
        raise NotFoundError(f"找不到议事事项“{ref}”。")
    return get_decision(store, row[0])


def stage_records(store: Store, decision_id: str) -> list[dict]:
    return [dict(r) for r in store.query(
        "SELECT * FROM funds_decision_stage WHERE decision_id=? ORDER BY stage_index", (decision_id,))]


def is_resolved(decision: dict) -> bool:
    return decision["status"] not in CLOSED and decision["stages_done"] > decision["resolution_index"]


def next_stage(decision: dict) -> dict | None:
    i = decision["stages_done"]
    return decision["stages"][i] if i < len(decision["stages"]) and decision["status"] not in CLOSED else None


def _closed_why(d: dict) -> str:
    return {ENDED: "已终止", FAILED: "表决未通过", WITHDRAWN: "已撤回"}.get(d["status"], d["status"])


def advance(store: Store, decision_id: str, *, held_on=None, minutes: str = "", members: int | None = None,
            present: int | None = None, in_favour: int | None = None, against: int | None = None,
            abstain: int | None = None, recorded_by: str = "", stage_name: str | None = None,
            today_: str | None = None, failed: bool = False, attach: list | tuple = ()) -> dict:
    """Record the next stage. `stage_name`, when given, must be that next stage (a guard
    against recording out of order). `failed`: the vote was held with a quorum and did
    not pass; it is recorded with its counts and the matter ends as 未通过. `attach`: files
    (minutes, photos) kept with the stage record, in the same transaction.
    Returns the stage record."""
    with store.transaction():
        d = get_decision(store, decision_id)
        if d["status"] in CLOSED:
            raise RefusedError(f"议事事项“{d['title']}”{_closed_why(d)}，不能继续。")
        stage = next_stage(d)
        if stage is None:
            raise RefusedError(f"议事事项“{d['title']}”的各环节都已完成。")
        if stage_name is not None and stage_name.strip() != stage["name"]:
            raise RefusedError(f"议事环节须按顺序进行：“{d['title']}”下一步是“{stage['name']}”，"
                               f"不是“{stage_name.strip()}”。")
        held_on = parse_day(held_on or today(), field="held_on", label=f"{stage['name']}日期")
        if held_on > (today_ or today()):
            raise ValidationError(f"{stage['name']}日期 {held_on} 晚于今天。", field="held_on")
        previous = stage_records(store, decision_id)
        if previous and held_on < previous[-1]["held_on"]:
            raise ValidationError(f"{stage['name']}日期 {held_on} 早于上一环节“{previous[-1]['stage_name']}”"
                                  f"的日期 {previous[-1]['held_on']}。", field="held_on")
        minutes = optional_text(minutes, field="minutes", label="会议记录", max_len=5000)
        counts = _check_counts(stage, members, present, in_favour, against, abstain, failed=failed)
        record = {"decision_id": decision_id, "stage_index": d["stages_done"], "stage_name": stage["name"],
                  "held_on": held_on, "minutes": minutes, "recorded_by": recorded_by or store.actor,
                  "outcome": FAILED if failed else "", **counts}
        record["id"] = store.insert("funds_decision_stage", record)
        if attach:
            from desktop.core.funds import attachments
            for path in attach:
                attachments.attach(store, "funds_decision_stage", record["id"], path)
        if failed:
            note = (d["note"] + "\n" if d["note"] else "") + (
                f"{stage['name']}未通过（{held_on}：应到 {counts['members']}，实到 {counts['present']}，"
                f"赞成 {counts['in_favour']}，反对 {counts['against'] or 0}，弃权 {counts['abstain'] or 0}）")
            store.update("funds_decision", decision_id, {"status": FAILED, "note": note})
            return record
        done = d["stages_done"] + 1
        status = COMPLETED if done == len(d["stages"]) else RESOLVED if done > d["resolution_index"] else IN_PROGRESS
        store.update("funds_decision", decision_id, {"stages_done": done, "status": status})
    return record


def _count(value, field: str, label: str) -> int | None:
    if value is None or value == "":
        return None
    try:
        n = int(value)
    except (TypeError, ValueError):
        raise ValidationError(f"{label}必须是整数（收到“{value}”）。", field=field) from None
    if n < 0:
        raise ValidationError(f"{label}不能为负数。", field=field)
    return n


def _check_counts(stage, members, present, in_favour, against, abstain, *, failed: bool = False) -> dict:
    members = _count(members, "members", "应到人数")
    present = _count(present, "present", "实到人数")
    in_favour = _count(in_favour, "in_favour", "赞成票")
    against = _count(against, "against", "反对票")
    abstain = _count(abstain, "abstain", "弃权票")
    name = stage["name"]
    if members is not None and present is not None and present > members:
        raise ValidationError(f"{name}：实到 {present} 人多于应到 {members} 人。", field="present")
    if stage["kind"] == "vote":
        for value, field, label in ((members, "members", "应到人数"), (present, "present", "实到人数"),
                                    (in_favour, "in_favour", "赞成票")):
            if value is None:
                raise ValidationError(f"{name}须填写{label}。", field=field)
        if members == 0:
            raise ValidationError(f"{name}：应到人数不能为零。", field="members")
        votes = in_favour + (against or 0) + (abstain or 0)
        if votes > present:
            raise ValidationError(f"{name}：赞成、反对、弃权合计 {votes} 票，多于实到 {present} 人。",
                                  field="in_favour")
        if present * 3 < members * 2:
            need = -(-members * 2 // 3)
            raise RefusedError(f"{name}未通过：应到 {members} 人，实到 {present} 人，不足三分之二"
                               f"（至少需 {need} 人到会）。")
        passed = in_favour * 2 > present
        if failed and passed:
            raise ValidationError(f"{name}：赞成 {in_favour} 票，超过到会 {present} 人的半数，表决已通过，"
                                  "不能记为未通过。", field="in_favour")
        if not passed and not failed:
            raise RefusedError(f"{name}未通过：赞成 {in_favour} 票，未超过到会 {present} 人的半数。"
                               "如表决确未通过，请记录为“未通过”（命令行加 --failed），事项随之结束。")
    elif failed:
        raise ValidationError(f"“{name}”环节不表决，不能记为未通过。", field="failed")
    elif any(v is not None for v in (in_favour, against, abstain)):
        raise ValidationError(f"“{name}”环节不表决，不用填写票数。", field="in_favour")
    return {"members": members, "present": present, "in_favour": in_favour, "against": against,
            "abstain": abstain}


def withdraw(store: Store, decision_id: str, reason: str, *, on=None) -> None:
    """撤回: stop a matter with a reason (logged); its stages and history stay."""
    reason = required_text(reason, field="reason", label="撤回原因", max_len=500)
    on = parse_day(on or today(), field="on", label="撤回日期")
    with store.transaction():
        d = get_decision(store, decision_id)
        if d["status"] == COMPLETED or d["status"] in CLOSED:
            state = "已完成" if d["status"] == COMPLETED else _closed_why(d)
            raise RefusedError(f"议事事项“{d['title']}”{state}，不能撤回。")
        note = (d["note"] + "\n" if d["note"] else "") + f"撤回（{on}）：{reason}"
        store.update("funds_decision", decision_id, {"status": WITHDRAWN, "note": note})
        store.insert("funds_decision_event", {"decision_id": decision_id, "kind": "withdraw", "event_date": on,
                                              "reason": reason, "recorded_by": store.actor})


def end_decision(store: Store, decision_id: str, reason: str) -> None:
    """Kept for callers of the old name: a stopped matter is now withdrawn (撤回)."""
    withdraw(store, decision_id, reason)


def result_published(d: dict) -> bool:
    """The 实施结果公开 is recorded and not reopened."""
    return d["result_index"] is not None and d["stages_done"] > d["result_index"] and not d["result_reopened"]


def reopen_result(store: Store, decision_id: str, reason: str, *, on=None) -> None:
    """Reopen a published result so a further charge may be made (logged with the reason)."""
    reason = required_text(reason, field="reason", label="重新打开的原因", max_len=500)
    on = parse_day(on or today(), field="on", label="重新打开日期")
    with store.transaction():
        d = get_decision(store, decision_id)
        if not result_published(d):
            raise RefusedError(f"议事事项“{d['title']}”的实施结果尚未公开（或已重新打开），不用重新打开。")
        store.update("funds_decision", decision_id, {"result_reopened": 1})
        store.insert("funds_decision_event", {"decision_id": decision_id, "kind": "reopen", "event_date": on,
                                              "reason": reason, "recorded_by": store.actor})


def republish_result(store: Store, decision_id: str, *, on=None, minutes: str = "") -> None:
    """Publish the result again after the further charges; closes the reopening."""
    on = parse_day(on or today(), field="on", label="重新公开日期")
    minutes = optional_text(minutes, field="minutes", label="说明", max_len=2000)
    with store.transaction():
        d = get_decision(store, decision_id)
        if not d["result_reopened"]:
            raise RefusedError(f"议事事项“{d['title']}”的实施结果没有重新打开，无需重新公开。")
        last = store.scalar("SELECT MAX(entry_date) FROM funds_entry WHERE decision_id=? AND status='posted'",
                            (decision_id,))
        if last and on < last:
            raise ValidationError(f"重新公开日期 {on} 早于最后一笔支出的日期 {last}。", field="on")
        store.update("funds_decision", decision_id, {"result_reopened": 0})
        store.insert("funds_decision_event", {"decision_id": decision_id, "kind": "republish", "event_date": on,
                                              "reason": minutes, "recorded_by": store.actor})


def events(store: Store, decision_id: str) -> list[dict]:
    return [dict(r) for r in store.query("SELECT * FROM funds_decision_event WHERE decision_id=? "
                                         "ORDER BY event_date, created_at", (decision_id,))]


def spent_fen(store: Store, decision_id: str) -> int:
    """Net posted spending citing this decision (reversals included)."""
    return store.scalar("SELECT COALESCE(SUM(amount_fen), 0) FROM funds_entry WHERE decision_id=? "
                        "AND direction='expense' AND status='posted'", (decision_id,))


def check_payment(store: Store, amount_fen: int, decision_id: str | None, entry_date: str | None = None) -> None:
    """The 四议两公开 rule for a payment: above the threshold it must cite a resolved
    decision; a cited decision must be resolved, published for the village's minimum
    days before the payment's date, its result not published, and not overspent."""
    limit = config.threshold_fen(store)
    if decision_id is None:
        if amount_fen > limit:
            raise RefusedError(f"支出 {yuan(amount_fen)} 元超过本村 {yuan(limit)} 元的标准，必须引用已形成决议的"
                               "“四议两公开”议事事项。")
        return
    d = get_decision(store, decision_id)
    if not is_resolved(d):
        reached = d["stages"][d["stages_done"] - 1]["name"] if d["stages_done"] else "尚未开始"
        why = _closed_why(d) if d["status"] in CLOSED else f"目前进行到：{reached}"
        raise RefusedError(f"议事事项“{d['title']}”还没有到“{d['stages'][d['resolution_index']]['name']}”"
                           f"环节（{why}），不能据此支出。")
    records = stage_records(store, decision_id)
    if entry_date is not None:
        resolved_on = records[d["resolution_index"]]["held_on"]
        if entry_date < resolved_on:
            raise RefusedError(f"支出日期 {entry_date} 早于议事事项“{d['title']}”的决议日期 {resolved_on}，"
                               "不能先支出后决议。")
    if d["announce_index"] is not None:
        name = d["stages"][d["announce_index"]]["name"]
        if d["stages_done"] <= d["announce_index"]:
            raise RefusedError(f"议事事项“{d['title']}”已形成决议，但还没有记录“{name}”：决议须先公开，才能据此支出。")
        if entry_date is not None:
            published = records[d["announce_index"]]["held_on"]
            days = config.publication_days(store)
            earliest = (date.fromisoformat(published) + timedelta(days=days)).isoformat()
            if entry_date < earliest:
                raise RefusedError(f"议事事项“{d['title']}”的决议于 {published} 公开，本村规定公示满 {days} 天后"
                                   f"才能支出（最早 {earliest}），支出日期 {entry_date} 太早。")
    check_result_open(store, d)
    spent = spent_fen(store, decision_id)
    if spent + amount_fen > d["amount_fen"]:
        raise RefusedError(f"议事事项“{d['title']}”决议金额 {yuan(d['amount_fen'])} 元，已支出 {yuan(spent)} 元，"
                           f"再支出 {yuan(amount_fen)} 元将超出决议金额。")


def check_result_open(store: Store, d: dict) -> None:
    """After 实施结果公开 the published spending stands until the result is reopened."""
    if result_published(d):
        rec = stage_records(store, d["id"])[d["result_index"]]
        raise RefusedError(f"议事事项“{d['title']}”的{rec['stage_name']}已于 {rec['held_on']} 记录，实际支出已公开；"
                           "如需追加支出或冲销，请先“重新打开实施结果”（说明原因），记账后重新公开。")


def list_decisions(store: Store) -> list[dict]:
    out = []
    for r in store.query("SELECT id FROM funds_decision WHERE site_id=? ORDER BY created_at", (store.site_id,)):
        d = get_decision(store, r[0])
        d["records"] = stage_records(store, r[0])
        d["spent_fen"] = spent_fen(store, r[0])
        d["reached"] = d["stages"][d["stages_done"] - 1]["name"] if d["stages_done"] else ""
        d["next"] = (next_stage(d) or {}).get("name", "")
        d["events"] = events(store, r[0])
        out.append(d)
    return out
