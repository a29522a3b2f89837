"""Month and year closing (结账): a closed period takes no new entries, drafts or postings."""
from __future__ import annotations

from db import Store
from db.errors import RefusedError, ValidationError
from desktop.core.funds.common import Period, optional_text, parse_date, today


def closed_periods(store: Store) -> set[str]:
    return {r[0] for r in store.query("SELECT period FROM funds_period_close WHERE site_id=?", (store.site_id,))}


def is_closed(store: Store, day: str) -> bool:
    return bool(store.one("SELECT 1 FROM funds_period_close WHERE site_id=? AND period IN (?, ?)",
                          (store.site_id, day[:7], day[:4])))


def require_open(store: Store, day: str, *, what: str = "记账") -> None:
    if is_closed(store, day):
        closed = day[:4] if store.one("SELECT 1 FROM funds_period_close WHERE site_id=? AND period=?",
                                      (store.site_id, day[:4])) else day[:7]
        raise RefusedError(f"{closed} 已结账，不能再{what}（日期 {day}）。如需更正，请在未结账的月份做冲销凭证。")


def close_period(store: Store, period: str, *, closed_on=None, note: str = "", closed_by: str = "",
                 today_: str | None = None) -> list[str]:
    """Close a month ('2026-03') or a year ('2026', which closes its open months too).

    Refused while drafts are dated inside, before the period has ended, or when already closed.
    Returns the periods newly closed.
    """
    p = Period(period)
    if p.kind == "quarter":
        raise ValidationError("结账按月或按年进行，请写 2026-03 或 2026。", field="period")
    now = today_ or today()
    closed_on = parse_date(closed_on or now, field="closed_on", label="结账日期")
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
        keys = [k for k in p.month_keys if k not in already] + ([p.text] if p.kind == "year" else [])
        store.insert_many("funds_period_close", [
            {"period": k, "closed_on": closed_on, "closed_by": closed_by or store.actor, "note": note}
            for k in keys])
    return keys


def months_closed(store: Store, period: str) -> bool:
    p = Period(period)
    closed = closed_periods(store)
    return str(p.year) in closed or all(k in closed for k in p.month_keys)
