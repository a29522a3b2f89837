"""Month and year closing (结账), in calendar order.

A closed month takes no new entries, drafts or postings, and neither does any month
before the latest closed one: a closed month's balances can only be what they were
when it was closed. A month closes only when every earlier month with entries is
closed; empty months before it are closed with it. Each closed month keeps the
figures it was closed with (count, income, spending, closing balance of all funds),
so `cunwu check` finds a closed month whose books changed afterwards.
"""
from __future__ import annotations

from db import Store
from db.errors import RefusedError, ValidationError
from desktop.core.funds.common import Period, month_end, optional_text, today
from desktop.core.inputs.dates import parse_day


def closed_periods(store: Store) -> set[str]:
    return {r[0] for r in store.query("SELECT period FROM funds_period_close WHERE site_id=?", (store.site_id,))}


def latest_closed_month(store: Store) -> str | None:
    return store.scalar("SELECT MAX(period) FROM funds_period_close WHERE site_id=? AND length(period)=7",
                        (store.site_id,))


def is_closed(store: Store, day: str) -> bool:
    latest = latest_closed_month(store)
    return bool(latest and day[:7] <= latest) or bool(store.one(
        "SELECT 1 FROM funds_period_close WHERE site_id=? AND period IN (?, ?)", (store.site_id, day[:7], day[:4])))


def require_open(store: Store, day: str, *, what: str = "记账") -> None:
    if not is_closed(store, day):
        return
    if store.one("SELECT 1 FROM funds_period_close WHERE site_id=? AND period IN (?, ?)",
                 (store.site_id, day[:7], day[:4])):
        closed = day[:4] if store.one("SELECT 1 FROM funds_period_close WHERE site_id=? AND period=?",
                                      (store.site_id, day[:4])) else day[:7]
        raise RefusedError(f"{closed} 已结账，不能再{what}（日期 {day}）。如需更正，请在未结账的月份做冲销凭证。")
    latest = latest_closed_month(store)
    raise RefusedError(f"账目已结账到 {latest}，不能再{what}日期更早的凭证（日期 {day}）：那会改变已结账月份的余额。"
                       "如需更正，请在未结账的月份做冲销凭证。")


def month_figures(store: Store, month: str) -> dict:
    """Posted entries of the month and the closing balance of all funds at its end."""
    y, m = int(month[:4]), int(month[5:7])
    start, end = f"{month}-01", month_end(y, m).isoformat()
    row = store.one(
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN direction='income' THEN amount_fen END), 0), "
        "COALESCE(SUM(CASE WHEN direction='expense' THEN amount_fen END), 0) FROM funds_entry "
        "WHERE site_id=? AND status='posted' AND entry_date BETWEEN ? AND ?", (store.site_id, start, end))
    closing = store.scalar(
        "SELECT COALESCE((SELECT SUM(opening_fen) FROM funds_fund WHERE site_id=:s AND opening_date <= :e), 0) + "
        "COALESCE((SELECT SUM(CASE direction WHEN 'income' THEN amount_fen ELSE -amount_fen END) FROM funds_entry "
        "WHERE site_id=:s AND status='posted' AND entry_date <= :e), 0)", {"s": store.site_id, "e": end})
    return {"entry_count": row[0], "income_fen": row[1], "expense_fen": row[2], "closing_fen": closing}


def months_between(first: str, last: str) -> list[str]:
    """'2026-01'..'2026-03' inclusive."""
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y}-{m:02d}" <= last:
        out.append(f"{y}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def close_period(store: Store, period: str, *, closed_on=None, note: str = "", closed_by: str = "",
                 today_: str | None = None) -> list[str]:
    """Close a month ('2026-03') or a year ('2026', which closes its open months too).

    Refused while drafts are dated inside, before the period has ended, when already closed,
    or while an earlier month with entries is still open. Returns the periods newly closed
    (earlier months without entries are closed with it).
    """
    p = Period(period)
    if p.kind == "quarter":
        raise ValidationError("结账按月或按年进行，请写 2026-03 或 2026。", field="period")
    now = today_ or today()
    closed_on = parse_day(closed_on or now, field="closed_on", label="结账日期")
    note = optional_text(note, field="note", label="备注", max_len=500)
    if p.end >= now:
        raise RefusedError(f"{p.label}还没有结束（到 {p.end}），不能结账。")
    with store.transaction():
        already = closed_periods(store)
        if p.text in already or (p.kind == "month" and p.text[:4] in already):
            raise RefusedError(f"{p.label}已经结账了。")
        drafts = store.scalar("SELECT COUNT(*) FROM funds_entry WHERE status='draft' AND entry_date BETWEEN ? AND ?",
                              (p.start, p.end))
        if drafts:
            raise RefusedError(f"{p.label}还有 {drafts} 笔草稿凭证未过账，请先过账或删除后再结账。")
        first_key = p.month_keys[0]
        open_before = [r[0] for r in store.query(
            "SELECT DISTINCT substr(entry_date, 1, 7) AS m FROM funds_entry WHERE site_id=? AND entry_date < ? "
            "ORDER BY m", (store.site_id, f"{first_key}-01")) if r[0] not in already and r[0][:4] not in already]
        if open_before:
            shown = "、".join(open_before[:6]) + ("等" if len(open_before) > 6 else "")
            raise RefusedError(f"结账须按月份顺序：{shown} 有凭证还没有结账，请先结这些月份，再结{p.label}。")
        latest = latest_closed_month(store)
        earliest = store.scalar("SELECT MIN(substr(entry_date, 1, 7)) FROM funds_entry WHERE site_id=?",
                                (store.site_id,))
        gap_from = None
        if latest:
            gap_from = months_between(latest, first_key)[1:2]
            gap_from = gap_from[0] if gap_from else None
        elif earliest and earliest < first_key:
            gap_from = earliest
        gap = [k for k in months_between(gap_from, first_key)[:-1]] if gap_from and gap_from < first_key else []
        keys = [k for k in gap + p.month_keys if k not in already]
        rows = [{"period": k, "closed_on": closed_on, "closed_by": closed_by or store.actor, "note": note,
                 **month_figures(store, k)} for k in keys]
        if p.kind == "year":
            rows.append({"period": p.text, "closed_on": closed_on, "closed_by": closed_by or store.actor,
                         "note": note, **_year_figures(store, p)})
            keys.append(p.text)
        store.insert_many("funds_period_close", rows)
    return keys


def _year_figures(store: Store, p: Period) -> dict:
    months = [month_figures(store, k) for k in p.month_keys]
    return {"entry_count": sum(m["entry_count"] for m in months), "income_fen": sum(m["income_fen"] for m in months),
            "expense_fen": sum(m["expense_fen"] for m in months), "closing_fen": months[-1]["closing_fen"]}


def months_closed(store: Store, period: str) -> bool:
    p = Period(period)
    closed = closed_periods(store)
    return str(p.year) in closed or all(k in closed for k in p.month_keys)
