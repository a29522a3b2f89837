"""村务监督委员会: review and sign-off of a closed period; villagers' queries on entries."""
from __future__ import annotations

from db import Store
from db.errors import NotFoundError, RefusedError, ValidationError
from desktop.core.funds import periods
from desktop.core.funds.common import Period, optional_text, parse_date, required_text, today
from desktop.core.security.users import acting_as


def sign_off(store: Store, period: str, *, reviewer: str, signed_on=None, remarks: str = "") -> str:
    """A 监委会 member signs off a month or quarter once its months are closed (结账)."""
    p = Period(period)
    # Recorded under the logged-in 监委会 member; only that role signs (security.users.acting_as).
    reviewer = acting_as(store, reviewer, roles=("supervisor",), act="审核签字", label="监委会签字人")
    reviewer = required_text(reviewer, field="reviewer", label="监委会签字人", max_len=40)
    signed_on = parse_date(signed_on or today(), field="signed_on", label="签字日期")
    remarks = optional_text(remarks, field="remarks", label="审核意见", max_len=2000)
    if p.kind == "year":
        raise ValidationError("监委会按月或按季度审核签字，请写 2026-03 或 2026-Q1。", field="period")
    if signed_on <= p.end:
        raise ValidationError(f"签字日期 {signed_on} 应在{p.label}结束（{p.end}）之后。", field="signed_on")
    with store.transaction():
        if not periods.months_closed(store, p.text):
            raise RefusedError(f"{p.label}尚未全部结账，监委会应审核结账后的账目，请先结账。")
        if store.one("SELECT 1 FROM funds_signoff WHERE site_id=? AND period=? AND reviewer=?",
                     (store.site_id, p.text, reviewer)):
            raise RefusedError(f"{reviewer} 已为{p.label}签过字。")
        totals = store.one(
            "SELECT COUNT(*), COALESCE(SUM(CASE WHEN direction='income' THEN amount_fen END), 0), "
            "COALESCE(SUM(CASE WHEN direction='expense' THEN amount_fen END), 0) FROM funds_entry "
            "WHERE site_id=? AND status='posted' AND entry_date BETWEEN ? AND ?", (store.site_id, p.start, p.end))
        return store.insert("funds_signoff", {
            "period": p.text, "reviewer": reviewer, "signed_on": signed_on, "remarks": remarks,
            "entry_count": totals[0], "income_fen": totals[1], "expense_fen": totals[2]})


def signoffs(store: Store, period: str | None = None) -> list[dict]:
    if period:
        p = Period(period)
        rows = store.query("SELECT * FROM funds_signoff WHERE site_id=? AND period=? ORDER BY signed_on, reviewer",
                           (store.site_id, p.text))
        if not rows and p.kind == "quarter":
            # No review of the quarter as a whole: show those of its months.
            marks = ",".join("?" * len(p.month_keys))
            rows = store.query(f"SELECT * FROM funds_signoff WHERE site_id=? AND period IN ({marks}) "
                               "ORDER BY signed_on, reviewer", (store.site_id, *p.month_keys))
    else:
        rows = store.query("SELECT * FROM funds_signoff WHERE site_id=? ORDER BY period, signed_on",
                           (store.site_id,))
    return [dict(r) for r in rows]


def add_query(store: Store, entry_id: str, question: str, *, asked_by: str = "", asked_on=None) -> str:
    if store.one("SELECT 1 FROM funds_entry WHERE id=?", (entry_id,)) is None:
        raise NotFoundError(f"找不到凭证（{entry_id}）。")
    return store.insert("funds_query", {
        "entry_id": entry_id,
        "question": required_text(question, field="question", label="村民质询内容", max_len=2000),
        "asked_by": optional_text(asked_by, field="asked_by", label="提问人", max_len=40),
        "asked_on": parse_date(asked_on or today(), field="asked_on", label="提问日期")})


def answer_query(store: Store, query_id: str, answer: str, *, answered_by: str = "", answered_on=None) -> None:
    row = store.one("SELECT * FROM funds_query WHERE id=?", (query_id,))
    if row is None:
        raise NotFoundError(f"找不到村民质询（{query_id}）。")
    answered_on = parse_date(answered_on or today(), field="answered_on", label="答复日期")
    # The answer is the office's, recorded under the logged-in user who gave it.
    answered_by = acting_as(store, answered_by, roles=("admin", "clerk"), act="答复村民质询", label="答复人") or ""
    if answered_on < row["asked_on"]:
        raise ValidationError(f"答复日期 {answered_on} 早于提问日期 {row['asked_on']}。", field="answered_on")
    store.update("funds_query", query_id, {
        "answer": required_text(answer, field="answer", label="答复内容", max_len=2000),
        "answered_by": optional_text(answered_by, field="answered_by", label="答复人", max_len=40),
        "answered_on": answered_on})


def queries(store: Store, entry_id: str | None = None) -> list[dict]:
    sql = ("SELECT q.*, e.voucher_no, e.summary FROM funds_query q JOIN funds_entry e ON e.id=q.entry_id "
           "WHERE q.site_id=?")
    params: list = [store.site_id]
    if entry_id:
        sql += " AND q.entry_id=?"
        params.append(entry_id)
    return [dict(r) for r in store.query(sql + " ORDER BY q.asked_on, q.created_at", params)]
