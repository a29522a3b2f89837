"""The ledger invariants, proved from the data for `cunwu check` and the tests."""
from __future__ import annotations

from db import Store
from desktop.core.funds import accounts
from desktop.core.money import yuan


def check_ledger(store: Store) -> list[dict]:
    """Results in the `cunwu check` form: name, ok, detail."""
    if not store.initialised:
        return []
    problems: list[str] = []
    funds = store.query("SELECT * FROM funds_fund WHERE site_id=?", (store.site_id,))
    listed = {f["id"]: f["balance_fen"] for f in accounts.list_funds(store, include_inactive=True)}
    for f in funds:
        # Recomputed here from the rows, independently of the query the program shows.
        total = f["opening_fen"]
        running_by_day: dict[str, int] = {}
        for e in store.query("SELECT direction, amount_fen, entry_date FROM funds_entry "
                             "WHERE fund_id=? AND status='posted'", (f["id"],)):
            signed = e["amount_fen"] if e["direction"] == "income" else -e["amount_fen"]
            total += signed
            running_by_day[e["entry_date"]] = running_by_day.get(e["entry_date"], 0) + signed
        if listed.get(f["id"]) != total:
            problems.append(f"资金“{f['name']}”显示余额 {yuan(listed.get(f['id']) or 0)} 元与凭证合计 {yuan(total)} 元不符")
        running = f["opening_fen"]
        for day in sorted(running_by_day):
            running += running_by_day[day]
            if running < 0:
                problems.append(f"资金“{f['name']}”在 {day} 余额为负（{yuan(running)} 元）")
                break
    for row in store.query("SELECT voucher_year, COUNT(*), COUNT(DISTINCT voucher_seq), MIN(voucher_seq), "
                           "MAX(voucher_seq) FROM funds_entry WHERE site_id=? AND status='posted' "
                           "GROUP BY voucher_year", (store.site_id,)):
        year, count, distinct, low, high = row
        if year is None or count != distinct or low != 1 or high != count:
            problems.append(f"{year} 年凭证号不连续或重复（{count} 张，编号 {low}–{high}）")
    bad_reversals = store.scalar(
        "SELECT COUNT(*) FROM funds_entry r JOIN funds_entry o ON o.id=r.reverses_id "
        "WHERE r.amount_fen <> -o.amount_fen OR r.direction <> o.direction OR r.fund_id <> o.fund_id "
        "OR o.status <> 'posted'")
    if bad_reversals:
        problems.append(f"{bad_reversals} 张冲销凭证与原凭证不对应")
    entries = store.scalar("SELECT COUNT(*) FROM funds_entry WHERE status='posted'")
    changed = closed_period_changes(store)
    closed = store.scalar("SELECT COUNT(*) FROM funds_period_close WHERE site_id=? AND closing_fen IS NOT NULL",
                          (store.site_id,))
    signed = store.scalar("SELECT COUNT(*) FROM funds_signoff WHERE site_id=?", (store.site_id,))
    return [{"name": "资金账目平衡", "ok": not problems,
             "detail": "；".join(problems) if problems else
             f"{len(funds)} 个资金账户，{entries} 张已过账凭证，余额与凭证合计一致，凭证号连续"},
            {"name": "已结账月份未变动", "ok": not changed,
             "detail": "；".join(changed) if changed else
             f"{closed} 个已结账期间、{signed} 次监委会签字的账目与结账、签字时一致"}]


_FIGURES = (("entry_count", "凭证数", None), ("income_fen", "收入", yuan), ("expense_fen", "支出", yuan),
            ("closing_fen", "期末余额", yuan))


def _differences(then: dict, now: dict) -> list[str]:
    out = []
    for key, label, fmt in _FIGURES:
        if then.get(key) is not None and then[key] != now[key]:
            show = fmt or str
            out.append(f"{label}由 {show(then[key])} 变为 {show(now[key])}")
    return out


def closed_period_changes(store: Store) -> list[str]:
    """Closed months and sign-offs whose books no longer match the figures they kept."""
    from desktop.core.funds import supervision
    from desktop.core.funds.common import Period
    out = []
    for row in store.query("SELECT * FROM funds_period_close WHERE site_id=? AND closing_fen IS NOT NULL "
                           "ORDER BY period", (store.site_id,)):
        p = Period(row["period"])
        now = supervision.signed_figures(store, p.month_keys)
        diff = _differences(dict(row), now)
        if diff:
            out.append(f"已结账的{p.label}结账后账目变动：{'，'.join(diff)}")
    for s in supervision.signoffs(store):
        now = supervision.signed_figures(store, supervision.signoff_months(s))
        diff = _differences(s, now)
        if diff:
            out.append(f"{s['reviewer']} {s['signed_on']} 签字的{Period(s['period']).label}签字后账目变动：{'，'.join(diff)}")
    return out
