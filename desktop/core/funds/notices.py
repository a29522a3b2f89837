"""Collectors for the notices registry: 财务公开表, 决议公告, 实施结果公告, 会议通知.

Each returns a dataclass of desktop.core.notices.contracts; `render_pdf` turns one into
A4 PDF bytes with the notices engine (its templates own the layout of every notice).
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from db import Store
from db.errors import RefusedError, ValidationError
from desktop.core.chain_code import notice_code
from desktop.core.funds import decisions
from desktop.core.money import yuan
from desktop.core.funds.report import build_report
from desktop.core.notices.contracts import (
    CategoryLine, DecisionStatus, DisclosureEntry, DisclosureQuery, FinancialDisclosure, FundSummary, MatchingLine,
    MeetingNotice,
    ResolutionNotice, ResultLine, ResultNotice, StageRecord)
from desktop.core.notices.publication import publication_for

DIRECTION_WORD = {"income": "收入", "expense": "支出"}


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def disclosure_from_report(store: Store, rep: dict, *, issued_on: date | None = None,
                           number: str | None = "") -> FinancialDisclosure:
    pub = publication_for(store, issued_on=issued_on, number=number, disclosure=True)
    signed = rep["signoffs"]
    return FinancialDisclosure(
        publication=pub, period_label=rep["label"], period_start=_day(rep["start"]), period_end=_day(rep["end"]),
        funds=[FundSummary(fund=f["name"], source=f["source"], opening=f["opening_fen"], income=f["income_fen"],
                           spending=f["expense_fen"], closing=f["closing_fen"], budget=f["budget_fen"])
               for f in rep["funds"]],
        categories=[CategoryLine(fund=c["fund"], direction=DIRECTION_WORD[c["direction"]], category=c["category"],
                                 amount=c["amount_fen"], budget=c["budget_fen"]) for c in rep["categories"]],
        entries=[DisclosureEntry(entry_date=_day(e["date"]), voucher_no=e["voucher_no"], fund=e["fund"],
                                 category=e["category"], summary=e["summary"],
                                 income=e["amount_fen"] if e["direction"] == "income" else 0,
                                 spending=e["amount_fen"] if e["direction"] == "expense" else 0,
                                 counterparty=e["counterparty"], decision=e["decision"]) for e in rep["entries"]],
        decisions=[DecisionStatus(title=d["title"], amount=d["amount_fen"], stage=d["stage"],
                                  stage_date=_day(d["stage_date"]),
                                  note=f"{d['status']}，已支出 {yuan(d['spent_fen'])} 元" if d["spent_fen"]
                                  else d["status"]) for d in rep["decisions"]],
        supervisor_remarks="\n".join(dict.fromkeys(s["remarks"] for s in signed if s["remarks"])),
        supervisor_name="、".join(dict.fromkeys(s["reviewer"] for s in signed)),
        supervisor_signed_on=_day(signed[-1]["signed_on"]) if signed else None,
        queries=[DisclosureQuery(asked_on=_day(q["asked_on"]), question=q["question"], answer=q["answer"],
                                 answered_on=_day(q["answered_on"]), voucher_no=q["voucher_no"] or "")
                 for q in rep.get("queries", [])],
        matching=[MatchingLine(fund=m["fund"], ratio=m["ratio"], source=m["source"], donated=m["donated_fen"],
                               due=m["due_fen"], received=m["received_fen"], owed=m["owed_fen"])
                  for m in rep.get("matching", [])],
        signoff_coverage=rep.get("coverage_line", ""))


def collect_disclosure(store: Store, period: str, fund: str | None = None, issued_on: date | None = None,
                       number: str | None = "") -> FinancialDisclosure:
    """财务公开表 for a period; `fund` (name or id) limits it to one fund."""
    from desktop.core.funds.accounts import resolve_fund
    fund_id = resolve_fund(store, fund)["id"] if fund else None
    rep = build_report(store, period, fund_id=fund_id)
    data = disclosure_from_report(store, rep, issued_on=issued_on, number=number)
    data.publication.books_code = notice_code(store)
    if fund_id:
        data.title = f"{rep['funds'][0]['name'] if rep['funds'] else ''}收支公开表"
    return data


def _stages(store: Store, decision_id: str) -> list[StageRecord]:
    out = []
    for r in decisions.stage_records(store, decision_id):
        result = r["outcome"] or ("通过" if r["in_favour"] is not None else
                                  ("已完成" if r["minutes"] == "" else r["minutes"][:40]))
        out.append(StageRecord(stage=r["stage_name"], held_on=_day(r["held_on"]), expected=r["members"],
                               present=r["present"], votes_for=r["in_favour"], votes_against=r["against"],
                               abstain=r["abstain"], result=result))
    return out


def collect_resolution(store: Store, decision: str, issued_on: date | None = None,
                       number: str | None = None) -> ResolutionNotice:
    d = decisions.resolve_decision(store, decision)
    if not decisions.is_resolved(d):
        raise RefusedError(f"议事事项“{d['title']}”还没有形成决议，不能发布决议公告。")
    records = decisions.stage_records(store, d["id"])
    resolution = records[d["resolution_index"]]
    fund = store.one("SELECT name, source FROM funds_fund WHERE id=?", (d["fund_id"],)) if d["fund_id"] else None
    text = resolution["minutes"] or d["description"] or f"同意{d['title']}，金额 {yuan(d['amount_fen'])} 元。"
    return ResolutionNotice(
        publication=replace(publication_for(store, issued_on=issued_on or _day(resolution["held_on"]), number=number,
                                            disclosure=True), books_code=notice_code(store)),
        matter=d["title"], amount=d["amount_fen"] or None, resolution=text,
        stages=_stages(store, d["id"])[:d["resolution_index"] + 1],
        funding=f"{fund['name']}（{fund['source']}）" if fund else "")


def collect_result(store: Store, decision: str, issued_on: date | None = None, number: str | None = None,
                   outcome: str = "") -> ResultNotice:
    d = decisions.resolve_decision(store, decision)
    if not decisions.is_resolved(d):
        raise RefusedError(f"议事事项“{d['title']}”还没有形成决议，没有实施结果可公开。")
    rows = store.query("SELECT entry_date, counterparty, summary, amount_fen FROM funds_entry WHERE decision_id=? "
                       "AND direction='expense' AND status='posted' ORDER BY entry_date, voucher_seq", (d["id"],))
    if not rows:
        raise RefusedError(f"议事事项“{d['title']}”还没有已过账的支出，暂无实施结果可公开。")
    records = decisions.stage_records(store, d["id"])
    if not outcome:
        review = [r for r in records if r["stage_name"] in ("实施结果公开", "监委会监督评议") and r["minutes"]]
        outcome = review[-1]["minutes"] if review else ""
    return ResultNotice(
        publication=replace(publication_for(store, issued_on=issued_on, number=number, disclosure=True),
                            books_code=notice_code(store)),
        matter=d["title"], approved_amount=d["amount_fen"] or None,
        lines=[ResultLine(paid_on=_day(r[0]), payee=r[1], summary=r[2], amount=r[3]) for r in rows],
        outcome=outcome, stages=_stages(store, d["id"]))


def collect_meeting(store: Store, decision: str, held_at: datetime | str | None = None, place: str = "村委会会议室",
                    attendees: str = "", issued_on: date | None = None, number: str | None = None) -> MeetingNotice:
    """会议通知 for the decision's next voting stage (e.g. calling the 村民代表会议)."""
    d = decisions.resolve_decision(store, decision)
    stage = decisions.next_stage(d)
    if stage is None:
        raise RefusedError(f"议事事项“{d['title']}”已没有待开的会议。")
    if isinstance(held_at, str):
        try:
            held_at = datetime.fromisoformat(held_at)
        except ValueError:
            raise ValidationError(f"会议时间“{held_at}”格式不对，应为 2026-03-05 09:00。", field="held_at") from None
    meeting = stage["name"].replace("审议", "").replace("决议", "").replace("商议", "") or stage["name"]
    return MeetingNotice(
        publication=publication_for(store, issued_on=issued_on, number=number),
        meeting=meeting, held_at=held_at or datetime.now().replace(minute=0, second=0, microsecond=0),
        place=place, attendees=attendees or f"全体{meeting}成员、村务监督委员会成员",
        agenda=[f"{stage['name']}：{d['title']}（金额 {yuan(d['amount_fen'])} 元）"], matter=d["title"])


def render_pdf(data) -> bytes:
    """A4 PDF bytes for one of the contracts above, through the notices engine."""
    from desktop.core.notices import render
    return render(data)
