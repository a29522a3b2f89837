"""Warnings the 监委会 sees when a period is closed and reviewed (issue 17).

None of these refuses anything: they are what a supervisor should look at.
  split     payments to one payee, or with one summary, within the village's window of
            days (config.split_window_days) that together pass the 四议两公开 threshold,
            none of them citing a decision: a payment likely split to stay under it
  budget    a budget line spent over 100%
  future    an entry dated after the day it was recorded or posted (the clerk confirmed it)
  reopened  a decision whose published result was reopened and not yet published again
Each warning: kind, label, message (Chinese, for the CLI and the printout), date, the
vouchers it concerns, and the figures the message is made of (`facts`), from which the
GUI words it in the interface's language.
"""
from __future__ import annotations

from datetime import date, timedelta

from db import Store
from desktop.core.funds import accounts, config, decisions
from desktop.core.funds.common import Period
from desktop.core.money import yuan

LABELS = {"split": "疑似拆分支出", "budget": "预算超支", "future": "未来日期凭证", "reopened": "结果重新打开未再公开"}


def for_period(store: Store, period: str) -> list[dict]:
    p = Period(period)
    return (_splits(store, p.start, p.end) + _budget(store, p) + _future(store, p.start, p.end)
            + _reopened(store))


def _splits(store: Store, start: str, end: str) -> list[dict]:
    limit = config.threshold_fen(store)
    window = config.split_window_days(store)
    # Payments near the period are looked at too, so a split across its first days is seen.
    look_from = (date.fromisoformat(start) - timedelta(days=window)).isoformat()
    rows = [dict(r) for r in store.query(
        "SELECT e.id, e.voucher_no, e.entry_date, e.amount_fen, e.counterparty, e.summary FROM funds_entry e "
        "WHERE e.site_id=? AND e.status='posted' AND e.direction='expense' AND e.reverses_id IS NULL "
        "AND e.decision_id IS NULL AND e.entry_date BETWEEN ? AND ? "
        "AND NOT EXISTS (SELECT 1 FROM funds_entry r WHERE r.reverses_id=e.id) ORDER BY e.entry_date, e.voucher_seq",
        (store.site_id, look_from, end))]
    out, seen = [], set()
    for field, what in (("counterparty", "收款人"), ("summary", "摘要")):
        groups: dict[str, list[dict]] = {}
        for r in rows:
            key = r[field].strip()
            if key:
                groups.setdefault(key, []).append(r)
        for key, items in groups.items():
            i = 0
            while i < len(items):
                # The longest run starting at item i within `window` days.
                last = date.fromisoformat(items[i]["entry_date"]) + timedelta(days=window)
                j = i
                while j + 1 < len(items) and date.fromisoformat(items[j + 1]["entry_date"]) <= last:
                    j += 1
                run = items[i:j + 1]
                total = sum(r["amount_fen"] for r in run)
                ids = frozenset(r["id"] for r in run)
                # One split found by payee and by summary (or by a larger run) is one warning.
                overlap = any(ids <= other or other <= ids for other in seen)
                if len(run) > 1 and total > limit and run[-1]["entry_date"] >= start and not overlap:
                    seen.add(ids)
                    vouchers = [r["voucher_no"] for r in run]
                    out.append({"kind": "split", "label": LABELS["split"], "date": run[-1]["entry_date"],
                                "vouchers": vouchers, "amount_fen": total,
                                "facts": {"by": field, "key": key, "first": run[0]["entry_date"],
                                          "last": run[-1]["entry_date"], "count": len(run), "limit_fen": limit},
                                "message": f"{what}“{key}”在 {run[0]['entry_date']} 至 {run[-1]['entry_date']} 的 "
                                           f"{len(run)} 笔支出（{'、'.join(vouchers)}）合计 {yuan(total)} 元，超过须经"
                                           f"“四议两公开”的 {yuan(limit)} 元，均未引用议事事项：可能是拆分支出。"})
                    i = j + 1
                else:
                    i += 1
    return out


def _budget(store: Store, p: Period) -> list[dict]:
    out = []
    for b in accounts.budget_vs_actual(store, p.year, until=p.end):
        if b["direction"] == "expense" and b["actual_fen"] > b["budget_fen"]:
            pct = "—" if not b["budget_fen"] else f"{b['actual_fen'] * 100 / b['budget_fen']:.1f}%"
            out.append({"kind": "budget", "label": LABELS["budget"], "date": p.end, "vouchers": [],
                        "amount_fen": b["actual_fen"] - b["budget_fen"],
                        "facts": {"fund": b["fund_name"], "category": b["category"], "year": p.year, "percent": pct,
                                  "budget_fen": b["budget_fen"], "actual_fen": b["actual_fen"]},
                        "message": f"资金“{b['fund_name']}”{p.year} 年“{b['category']}”预算 {yuan(b['budget_fen'])} 元，"
                                   f"实际支出 {yuan(b['actual_fen'])} 元，执行率 {pct}，超出 "
                                   f"{yuan(b['actual_fen'] - b['budget_fen'])} 元。"})
    return out


def _future(store: Store, start: str, end: str) -> list[dict]:
    out = []
    for r in store.query(
            "SELECT voucher_no, id, entry_date, amount_fen, summary, status, posted_at, substr(created_at, 1, 10) AS made "
            "FROM funds_entry WHERE site_id=? AND entry_date BETWEEN ? AND ? AND reverses_id IS NULL "
            "AND entry_date > COALESCE(posted_at, substr(created_at, 1, 10)) ORDER BY entry_date",
            (store.site_id, start, end)):
        when = r["posted_at"] or r["made"]
        name = r["voucher_no"] or f"草稿 {r['id'][:8]}"
        out.append({"kind": "future", "label": LABELS["future"], "date": r["entry_date"], "vouchers": [name],
                    "amount_fen": r["amount_fen"],
                    "facts": {"summary": r["summary"], "recorded_on": when},
                    "message": f"凭证 {name}（{r['summary']}，{yuan(r['amount_fen'])} 元）日期 {r['entry_date']}，"
                               f"晚于记账日 {when}：记账员确认记入未来日期。"})
    return out


def _reopened(store: Store) -> list[dict]:
    out = []
    for d in decisions.list_decisions(store):
        if d["result_reopened"]:
            reopen = [e for e in d["events"] if e["kind"] == "reopen"][-1]
            out.append({"kind": "reopened", "label": LABELS["reopened"], "date": reopen["event_date"],
                        "vouchers": [], "amount_fen": d["spent_fen"],
                        "facts": {"title": d["title"], "reason": reopen["reason"]},
                        "message": f"议事事项“{d['title']}”的实施结果于 {reopen['event_date']} 重新打开"
                                   f"（{reopen['reason']}），追加支出后尚未重新公开。"})
    return out
