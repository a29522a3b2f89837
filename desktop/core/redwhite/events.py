"""Events reported to the council: the plan (事前申报), decision, pledge, visits, actuals.

Every write validates first and runs in one transaction, so a refused step leaves the
event as it was. Verdicts are computed, never stored: they follow from the figures and the
standards version in force on the event's start date (see standards.py). Lists, one event
in full and lookups by what the clerk typed: event_queries.py.
"""
from __future__ import annotations

from datetime import date

from db import Store
from db.errors import NotFoundError, RefusedError, ValidationError
from desktop.core.redwhite import checks, members, standards
from desktop.core.redwhite.codes import DECISIONS, FIGURES, check_kind
from desktop.core.redwhite.dates import days_between, parse_date

FIGURE_KEYS = tuple(f.key for f in FIGURES)
MAX_EVENT_DAYS = 15         # longer than this is a typing mistake, not a banquet


# ------------------------------------------------------------------ validation
def _host(store: Store, person_id: str | None) -> dict:
    if not person_id:
        raise ValidationError("请选择办事的户主或当事人（必须是花名册中的村民）。", field="host_person_id")
    # The host is a villager of this installation's own roster (a township file also holds
    # its villages' rosters, which are theirs, not the township's).
    row = store.one("SELECT p.id, p.name, p.status, p.phone, p.merged_into FROM person p "
                    "WHERE p.id=? AND p.site_id=?", (person_id, store.site_id))
    if row is None:
        raise NotFoundError("办事人不在本村花名册中，请先在花名册登记或选择正确的人。")
    if row["status"] == "死亡":
        raise RefusedError(f"{row['name']} 在花名册中已登记死亡，不能作为办事人；丧事请填写主办的家属。")
    if row["status"] == "已合并":
        raise RefusedError(f"{row['name']} 是已合并的重复记录，请选择合并后的那条记录。")
    return dict(row)


def clean_figures(values: dict, *, kind: str, stage: str) -> dict:
    """Validated figures; money in fen. Negative, non-integer or absurd numbers are refused.
    A figure given as None or blank is unknown (stored NULL, shown 未填), never 0: only the
    family's own word may say "no 彩礼"."""
    word = "实际" if stage == "actual" else "申报"
    bad = set(values) - set(FIGURE_KEYS) - {"note"}
    if bad:
        raise ValidationError(f"{word}数字没有这些项目：{', '.join(sorted(bad))}")
    out: dict = {}
    for fig in FIGURES:
        if fig.key not in values:
            continue
        value = values[fig.key]
        if value is None or (isinstance(value, str) and not value.strip()):
            out[fig.key] = None
            continue
        out[fig.key] = fig.check(value, subject=f"{word}的“{fig.label}”", field=fig.key)
    if out.get("bride_price_fen") and kind != "婚事":
        raise ValidationError(f"只有婚事才登记彩礼，{kind}的彩礼应为 0。", field="bride_price_fen")
    _check_guests(out, word)
    if out.get("days") is not None and out["days"] > MAX_EVENT_DAYS:
        raise ValidationError(f"{word}办事天数 {out['days']} 天不合常理（最多 {MAX_EVENT_DAYS} 天）。", field="days")
    if "note" in values:
        out["note"] = str(values["note"] or "").strip()
    return out


def _check_guests(figures: dict, word: str) -> None:
    if figures.get("tables") and figures.get("guests") and figures["guests"] > figures["tables"] * 20:
        raise ValidationError(f"{word}宾客 {figures['guests']} 人、酒席 {figures['tables']} 桌，平均每桌超过 20 人，"
                              "请检查。", field="guests")


def _today() -> str:
    return date.today().isoformat()


def _check_dates(kind: str, start: str, end: str, report: str) -> None:
    if end < start:
        raise ValidationError(f"结束日期 {end} 早于开始日期 {start}。", field="end_date")
    if days_between(start, end) + 1 > MAX_EVENT_DAYS:
        raise ValidationError(f"办事 {days_between(start, end) + 1} 天不合常理（最多 {MAX_EVENT_DAYS} 天）。",
                              field="end_date")
    if report > _today():
        raise ValidationError(f"申报日期 {report} 晚于今天，申报日期应为家属实际来申报的那一天。",
                              field="report_date")
    if days_between(report, start) > 366:
        raise ValidationError(f"申报日期 {report} 比办事日期 {start} 早一年以上，请检查。", field="report_date")
    if report > end and days_between(end, report) > 90:
        raise ValidationError(f"申报日期 {report} 在事项结束 {end} 三个月以后，请检查日期。", field="report_date")


def _event(store: Store, event_id: str) -> dict:
    row = store.one("SELECT * FROM redwhite_event WHERE id=?", (event_id,))
    if row is None:
        raise NotFoundError(f"找不到红白事项（{event_id}）。")
    return dict(row)


def figures_of(store: Store, event_id: str, stage: str) -> dict | None:
    """The event's figures of one stage ("plan" or "actual"), None when not recorded."""
    row = store.one("SELECT * FROM redwhite_figures WHERE event_id=? AND stage=?", (event_id, stage))
    return dict(row) if row else None


def _judged(store: Store, ev: dict) -> bool:
    return ev["decision"] is not None or figures_of(store, ev["id"], "actual") is not None


def _plan_open(store: Store, ev: dict) -> bool:
    """The plan may still change: not yet judged, or the council asked the family to cut back
    (劝导/不同意) and the event has not been held (no actual figures)."""
    if figures_of(store, ev["id"], "actual") is not None:
        return False
    return ev["decision"] in (None, "劝导", "不同意")


def _not_cancelled(ev: dict) -> None:
    if ev["cancelled"]:
        raise RefusedError("该事项已取消，不能再登记。")


def _step_date(ev: dict, day: str, *, label: str, field: str, not_before: tuple[str, str] | None = None) -> None:
    """A step of the council's work happens after the report (or a later step) and not in the future."""
    first_label, first = not_before or ("申报日期", ev["report_date"])
    if day < first:
        raise ValidationError(f"{label} {day} 早于{first_label} {first}。", field=field)
    if day > _today():
        raise ValidationError(f"{label} {day} 晚于今天。", field=field)


def _open_for_step(store: Store, event_id: str, day: str, *, label: str, field: str) -> dict:
    """The event, not cancelled, for a council step (decision, pledge, visit) dated `day`."""
    ev = _event(store, event_id)
    _not_cancelled(ev)
    _step_date(ev, day, label=label, field=field)
    return ev


def _serving_member(store: Store, ref: str, day: str, *, doing: str) -> dict:
    member = members.find_member(store, ref)
    if not members.serving(store, member["id"], day):
        raise RefusedError(f"{member['name']} 在 {day} 不在理事会任期内，不能{doing}。")
    return member


# ------------------------------------------------------------------ writing
class DuplicateEventError(RefusedError):
    """The same host already reported the same kind of event on the same day: most likely the
    same event typed twice (it would be counted twice). Saving anyway needs allow_duplicate."""

    def __init__(self, twin: dict):
        self.twin_id = twin["id"]
        super().__init__(f"{twin['host_name']} 在 {twin['start_date']} 的{twin['kind']}已经登记过（编号 "
                         f"{twin['id'][:8]}，申报日期 {twin['report_date']}），再登记一次会重复统计。"
                         "如确是另一件事，请确认后再保存。")


def duplicate_of(store: Store, *, kind: str, host_person_id: str, start_date: str,
                 exclude_id: str | None = None) -> dict | None:
    """An event (not cancelled) of the same host, kind and start date, if any."""
    row = store.one("SELECT e.id, e.kind, e.start_date, e.report_date, p.name AS host_name "
                    "FROM redwhite_event e JOIN person p ON p.id = e.host_person_id "
                    "WHERE e.site_id=? AND e.kind=? AND e.host_person_id=? AND e.start_date=? "
                    "AND e.cancelled=0 AND e.id IS NOT ? ORDER BY e.created_at LIMIT 1",
                    (store.site_id, kind, host_person_id, start_date, exclude_id))
    return dict(row) if row else None


def duplicate_events(store: Store, site_id: str | None = None) -> list[list[dict]]:
    """Groups of events (not cancelled) sharing host, kind and start date: for `cunwu check`
    and the events list, which warn of them."""
    rows = store.query(
        "SELECT e.id, e.kind, e.start_date, e.host_person_id, p.name AS host_name FROM redwhite_event e "
        "JOIN person p ON p.id = e.host_person_id WHERE e.site_id=? AND e.cancelled=0 AND "
        "(SELECT COUNT(*) FROM redwhite_event o WHERE o.site_id=e.site_id AND o.cancelled=0 AND o.kind=e.kind "
        " AND o.host_person_id=e.host_person_id AND o.start_date=e.start_date) > 1 "
        "ORDER BY e.start_date, e.host_person_id, e.kind, e.created_at", (site_id or store.site_id,))
    groups: dict[tuple, list[dict]] = {}
    for r in rows:
        groups.setdefault((r["host_person_id"], r["kind"], r["start_date"]), []).append(dict(r))
    return list(groups.values())


def add_event(store: Store, *, kind: str, host_person_id: str, start_date, report_date, plan: dict,
              end_date=None, place: str = "", subject: str = "", phone: str = "", note: str = "",
              allow_duplicate: bool = False) -> str:
    """Register an event with its plan (事前申报). Returns the event id. A second event of the
    same host, kind and day is refused (DuplicateEventError) unless allow_duplicate."""
    kind = check_kind(kind)
    start = parse_date(start_date, field="start_date", label="开始日期")
    end = parse_date(end_date, field="end_date", label="结束日期", required=False) or start
    report = parse_date(report_date, field="report_date", label="申报日期")
    _check_dates(kind, start, end, report)
    figures = clean_figures(plan or {}, kind=kind, stage="plan")
    if figures.get("days") is None:       # the dates say how many days it is planned for
        figures["days"] = days_between(start, end) + 1
    with store.transaction():
        host = _host(store, host_person_id)
        twin = duplicate_of(store, kind=kind, host_person_id=host["id"], start_date=start)
        if twin and not allow_duplicate:
            raise DuplicateEventError(twin)
        event_id = store.insert("redwhite_event", {
            "kind": kind, "host_person_id": host["id"], "subject": (subject or "").strip(),
            "start_date": start, "end_date": end, "place": (place or "").strip(),
            "report_date": report, "phone": (phone or host["phone"] or "").strip(), "note": note or ""})
        store.insert("redwhite_figures", {"event_id": event_id, "stage": "plan", "recorded_date": report,
                                          **figures})
    return event_id


DATE_FIELDS = {"start_date": "开始日期", "end_date": "结束日期", "report_date": "申报日期"}


def update_event(store: Store, event_id: str, *, plan: dict | None = None, allow_duplicate: bool = False,
                 **changes) -> dict:
    """Correct an event. Kind, dates and host are fixed once the council judged it; the plan
    stays open to amendment after 劝导/不同意 until the event is held (the family cut back).
    Plan figures not named keep their values."""
    allowed = {"kind", "host_person_id", "subject", "start_date", "end_date", "place", "report_date",
               "phone", "note"}
    bad = set(changes) - allowed
    if bad:
        raise ValidationError(f"红白事项没有这些字段：{', '.join(sorted(bad))}")
    with store.transaction():
        ev = _event(store, event_id)
        _not_cancelled(ev)
        basis = {"kind", "host_person_id", "start_date", "end_date", "report_date"}
        touched = {k for k in basis & set(changes) if changes[k] != ev[k]}
        if touched and _judged(store, ev) or plan and not _plan_open(store, ev):
            raise RefusedError("理事会已对该事项作出决定或已登记实际数字，不能再改类别、日期、办事人或申报数字"
                               "（如确需更改，请取消该事项后重新申报）。")
        clean = {k: str(v or "").strip() for k, v in changes.items() if k in ("subject", "place", "phone")}
        if "note" in changes:
            clean["note"] = changes["note"] or ""
        if "kind" in changes:
            clean["kind"] = check_kind(changes["kind"])
        if "host_person_id" in changes:
            clean["host_person_id"] = _host(store, changes["host_person_id"])["id"]
        for key, label in DATE_FIELDS.items():
            if key in changes:
                clean[key] = parse_date(changes[key], field=key, label=label)
        merged = {**ev, **clean}
        _check_dates(merged["kind"], merged["start_date"], merged["end_date"], merged["report_date"])
        if {"kind", "host_person_id", "start_date"} & set(clean) and not allow_duplicate:
            twin = duplicate_of(store, kind=merged["kind"], host_person_id=merged["host_person_id"],
                                start_date=merged["start_date"], exclude_id=event_id)
            if twin:
                raise DuplicateEventError(twin)
        diff = store.update("redwhite_event", event_id, clean)
        if plan is not None or "report_date" in clean or "kind" in clean:
            current = figures_of(store, event_id, "plan")
            figures = clean_figures(plan or {}, kind=merged["kind"], stage="plan")
            if "bride_price_fen" not in figures and merged["kind"] != "婚事" and current["bride_price_fen"]:
                raise ValidationError(f"只有婚事才登记彩礼，改为{merged['kind']}前请把彩礼改为 0。",
                                      field="bride_price_fen")
            figures["recorded_date"] = merged["report_date"]
            diff.update({f"plan.{k}": v for k, v in store.update("redwhite_figures", current["id"], figures).items()})
    return diff


def record_actual(store: Store, event_id: str, actual: dict, *, recorded_date) -> str:
    """The figures after the event (事后). Recorded again: the earlier actuals are corrected."""
    day = parse_date(recorded_date, field="recorded_date", label="登记日期")
    with store.transaction():
        ev = _event(store, event_id)
        _not_cancelled(ev)
        plan = figures_of(store, event_id, "plan")
        if plan is None:
            raise RefusedError("该事项没有事前申报，不能登记实际数字。")
        if day < ev["start_date"]:
            raise ValidationError(f"实际数字的登记日期 {day} 早于事项开始日期 {ev['start_date']}：事还没办，"
                                  "不能登记实际数字。", field="recorded_date")
        _step_date(ev, day, label="实际数字的登记日期", field="recorded_date",
                   not_before=("申报日期", plan["recorded_date"]))
        figures = clean_figures(actual or {}, kind=ev["kind"], stage="actual")
        current = figures_of(store, event_id, "actual")
        if current:
            # A correction changes the figures it names and keeps every other one.
            if "tables" in figures or "guests" in figures:
                _check_guests({**current, **figures}, "实际")
            store.update("redwhite_figures", current["id"], {**figures, "recorded_date": day})
            return current["id"]
        if figures.get("days") is None:
            figures["days"] = days_between(ev["start_date"], ev["end_date"]) + 1
        return store.insert("redwhite_figures", {"event_id": event_id, "stage": "actual",
                                                 "recorded_date": day, **figures})


def decide(store: Store, event_id: str, decision: str, *, decision_date, by_member_id: str,
           note: str = "") -> dict:
    """The council's decision on the plan: 同意 / 劝导 / 不同意, by a serving member."""
    if decision not in DECISIONS:
        raise ValidationError(f"理事会意见应为：{'、'.join(DECISIONS)}，现在是“{decision}”。", field="decision")
    day = parse_date(decision_date, field="decision_date", label="决定日期")
    with store.transaction():
        ev = _open_for_step(store, event_id, day, label="决定日期", field="decision_date")
        member = _serving_member(store, by_member_id, day, doing="代表理事会作出决定")
        if decision == "同意":
            verdict = verdict_of(store, ev)
            if verdict["plan_findings"]:
                first = verdict["plan_findings"][0]["message"]
                raise RefusedError(f"申报内容超出标准（{first}），理事会不能直接“同意”；请选择“劝导”或“不同意”，"
                                   "或让家属修改申报。")
        return store.update("redwhite_event", event_id, {
            "decision": decision, "decision_date": day, "decision_by": member["id"],
            "decision_note": (note or "").strip()})


def sign_pledge(store: Store, event_id: str, *, pledge_date, signer: str = "") -> dict:
    """The family signed the 承诺书 (printed from the notices)."""
    day = parse_date(pledge_date, field="pledge_date", label="承诺书签订日期")
    with store.transaction():
        ev = _open_for_step(store, event_id, day, label="承诺书签订日期", field="pledge_date")
        signer = (signer or "").strip() or _host(store, ev["host_person_id"])["name"]
        return store.update("redwhite_event", event_id, {"pledge_date": day, "pledge_signer": signer})


def add_visit(store: Store, event_id: str, *, visit_date, member_id: str, finding: str = "") -> str:
    """A council member (usually the 监事) went to see the event."""
    day = parse_date(visit_date, field="visit_date", label="监督日期")
    with store.transaction():
        _open_for_step(store, event_id, day, label="监督日期", field="visit_date")
        member = _serving_member(store, member_id, day, doing="登记现场监督")
        return store.insert("redwhite_visit", {"event_id": event_id, "visit_date": day,
                                               "member_id": member["id"], "finding": (finding or "").strip()})


def handle_violation(store: Store, event_id: str, *, action: str, action_date, note: str = "") -> dict:
    """How an event that went beyond the standards was handled (批评教育, 公开通报, ...)."""
    action = (action or "").strip()
    if not action:
        raise ValidationError("请填写处理方式（如 批评教育、公开通报）。", field="violation_action")
    day = parse_date(action_date, field="violation_date", label="处理日期")
    with store.transaction():
        ev = _event(store, event_id)
        actual = figures_of(store, event_id, "actual")
        if actual is None:
            raise RefusedError("尚未登记实际数字，无法认定超标，不能登记违规处理。")
        if not verdict_of(store, ev)["actual_findings"]:
            raise RefusedError("该事项实际数字没有超过标准，无需登记违规处理。")
        _step_date(ev, day, label="处理日期", field="violation_date",
                   not_before=("实际数字登记日期", actual["recorded_date"]))
        return store.update("redwhite_event", event_id, {"violation_action": action, "violation_date": day,
                                                         "violation_note": (note or "").strip()})


def cancel_event(store: Store, event_id: str, reason: str) -> dict:
    """The family called it off (or it was reported twice). Kept, but out of the statistics."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("请写明取消原因。", field="note")
    with store.transaction():
        ev = _event(store, event_id)
        if figures_of(store, event_id, "actual"):
            raise RefusedError("该事项已登记实际数字，说明已经办了，不能取消。")
        note = (ev["note"] + "\n" if ev["note"] else "") + f"已取消：{reason}"
        return store.update("redwhite_event", event_id, {"cancelled": 1, "note": note})


# ------------------------------------------------------------------ verdict
def verdict_of(store: Store, ev: dict, timeline: standards.Timeline | None = None, plan: dict | None = None,
               actual: dict | None = None, *, load: bool = True) -> dict:
    """The verdict under the standards of the event's own village (see standards.py)."""
    version = (timeline or standards.Timeline(store, ev["site_id"])).on(ev["start_date"])
    if load:
        plan = figures_of(store, ev["id"], "plan")
        actual = figures_of(store, ev["id"], "actual")
    return checks.evaluate(ev["kind"], version, ev["start_date"], ev["report_date"], plan, actual)
