"""村务监督委员会: review and sign-off of a closed period; villagers' queries on entries.

A sign-off covers exactly the months it names (a month, or the three of a quarter), all
closed, and keeps the figures it saw; a quarter's sheet says which months were signed by
whom and which were not (`coverage`).
"""
from __future__ import annotations

from db import Store
from db.errors import NotFoundError, RefusedError, ValidationError
from desktop.core.funds import periods
from desktop.core.funds.common import Period, optional_text, required_text, today
from desktop.core.inputs.dates import parse_day
from desktop.core.security.users import acting_as


def sign_off(store: Store, period: str, *, reviewer: str, signed_on=None, remarks: str = "") -> str:
    """A 监委会 member signs off a month or quarter once its months are closed (结账)."""
    p = Period(period)
    # Recorded under the logged-in 监委会 member; only that role signs (security.users.acting_as).
    reviewer = acting_as(store, reviewer, roles=("supervisor",), act="审核签字", label="监委会签字人")
    reviewer = required_text(reviewer, field="reviewer", label="监委会签字人", max_len=40)
    signed_on = parse_day(signed_on or today(), field="signed_on", label="签字日期")
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
        totals = signed_figures(store, p.month_keys)
        return store.insert("funds_signoff", {
            "period": p.text, "reviewer": reviewer, "signed_on": signed_on, "remarks": remarks,
            "months": ",".join(p.month_keys), **totals})


def signed_figures(store: Store, months: list[str]) -> dict:
    """What a sign-off of these months sees: their posted entries and the closing balance."""
    figures = [periods.month_figures(store, m) for m in months]
    return {"entry_count": sum(f["entry_count"] for f in figures),
            "income_fen": sum(f["income_fen"] for f in figures),
            "expense_fen": sum(f["expense_fen"] for f in figures), "closing_fen": figures[-1]["closing_fen"]}


def signoff_months(row: dict) -> list[str]:
    """The months a sign-off covers (files signed before issue 17: those of its period)."""
    return row["months"].split(",") if row.get("months") else Period(row["period"]).month_keys


def coverage(store: Store, period: str) -> list[dict]:
    """For each month of `period`: closed or not, and who signed it off when."""
    p = Period(period)
    closed = periods.closed_periods(store)
    by_month: dict[str, list[dict]] = {k: [] for k in p.month_keys}
    for s in signoffs(store, p.text):
        for m in signoff_months(s):
            if m in by_month:
                by_month[m].append({"reviewer": s["reviewer"], "signed_on": s["signed_on"], "period": s["period"]})
    return [{"month": k, "label": f"{int(k[5:])}月", "closed": k in closed or k[:4] in closed,
             "signers": by_month[k]} for k in p.month_keys]


def coverage_line(cov: list[dict]) -> str:
    """'1月：王监委（2026-02-05）签字；2月、3月：未经监委会审核签字' — runs of months alike are joined."""
    groups = coverage_groups(cov)
    if len(cov) == 1:
        return groups[0][0]
    return "；".join(f"{'、'.join(labels)}：{text}" for text, labels in groups)


def coverage_groups(cov: list[dict]) -> list[tuple[str, list[str]]]:
    """(what was signed, the months it holds for), runs of months alike together: the parts of
    coverage_line, for a screen that puts them in its own language."""
    groups: list[tuple[str, list[str]]] = []
    for c in cov:
        if c["signers"]:
            text = "、".join(f"{s['reviewer']}（{s['signed_on']}）" for s in c["signers"]) + "审核签字"
        elif c["closed"]:
            text = "已结账，未经监委会审核签字"
        else:
            text = "未结账，未经监委会审核签字"
        if groups and groups[-1][0] == text:
            groups[-1][1].append(c["label"])
        else:
            groups.append((text, [c["label"]]))
    return groups


def signoffs(store: Store, period: str | None = None) -> list[dict]:
    """All sign-offs, or those covering at least one month of `period`."""
    rows = [dict(r) for r in store.query("SELECT * FROM funds_signoff WHERE site_id=? ORDER BY signed_on, period, "
                                         "reviewer", (store.site_id,))]
    if period:
        wanted = set(Period(period).month_keys)
        rows = [r for r in rows if wanted & set(signoff_months(r))]
    return rows


def add_query(store: Store, entry_id: str, question: str, *, asked_by: str = "", asked_on=None) -> str:
    if store.one("SELECT 1 FROM funds_entry WHERE id=?", (entry_id,)) is None:
        raise NotFoundError(f"找不到凭证（{entry_id}）。")
    return store.insert("funds_query", {
        "entry_id": entry_id,
        "question": required_text(question, field="question", label="村民质询内容", max_len=2000),
        "asked_by": optional_text(asked_by, field="asked_by", label="提问人", max_len=40),
        "asked_on": parse_day(asked_on or today(), field="asked_on", label="提问日期")})


def queries_in(store: Store, start: str, end: str) -> list[dict]:
    """The 质询 of a period: asked or answered in it, or about an entry dated in it."""
    return [dict(r) for r in store.query(
        "SELECT q.*, e.voucher_no, e.summary, e.entry_date FROM funds_query q JOIN funds_entry e ON e.id=q.entry_id "
        "WHERE q.site_id=:s AND (q.asked_on BETWEEN :a AND :b OR q.answered_on BETWEEN :a AND :b "
        "OR e.entry_date BETWEEN :a AND :b) ORDER BY q.asked_on, q.created_at",
        {"s": store.site_id, "a": start, "b": end})]


def answer_query(store: Store, query_id: str, answer: str, *, answered_by: str = "", answered_on=None) -> None:
    row = store.one("SELECT * FROM funds_query WHERE id=?", (query_id,))
    if row is None:
        raise NotFoundError(f"找不到村民质询（{query_id}）。")
    answered_on = parse_day(answered_on or today(), field="answered_on", label="答复日期")
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


def month_overview(store: Store, count: int = 24, *, today_: str | None = None) -> list[dict]:
    """The last `count` months, newest first: posted entries, drafts, closed or not, ended or
    not, and the sign-offs covering each (reviewer, day) — the closing tab's rows."""
    from datetime import date
    from desktop.core.funds.common import month_end
    now = date.fromisoformat(today_ or today())
    closed = periods.closed_periods(store)
    stats = {r[0]: (r[1], r[2]) for r in store.query(
        "SELECT substr(entry_date, 1, 7), SUM(status='posted'), SUM(status='draft') FROM funds_entry "
        "WHERE site_id=? GROUP BY substr(entry_date, 1, 7)", (store.site_id,))}
    signed: dict[str, list[tuple[str, str]]] = {}
    for s in signoffs(store):
        for month in signoff_months(s):
            signed.setdefault(month, []).append((s["reviewer"], s["signed_on"]))
    rows = []
    y, m = now.year, now.month
    for _ in range(count):
        key = f"{y}-{m:02d}"
        posted, drafts = stats.get(key, (0, 0))
        rows.append({"period": key, "posted": posted or 0, "drafts": drafts or 0,
                     "is_closed": key in closed or str(y) in closed, "signers": signed.get(key, []),
                     "ended": month_end(y, m) < now})
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    return rows
