"""The funds part of the monthly report (上报): numbers only, so the township can add villages up."""
from __future__ import annotations

from db import Store


def report_part(store: Store, month: str) -> dict:
    from desktop.core.funds.report import build_report
    r = build_report(store, month)
    t = r["totals"]
    statuses: dict[str, int] = {}
    for d in r["decisions"]:
        statuses[d["status"]] = statuses.get(d["status"], 0) + 1
    return {
        "资金数": len(r["funds"]), "期初余额（分）": t["opening_fen"], "本月收入（分）": t["income_fen"],
        "本月支出（分）": t["expense_fen"], "期末余额（分）": t["closing_fen"],
        "本月已结账": 1 if r["closed"] else 0, "未过账草稿": r["drafts"],
        "监委会签字": len(r["signoffs"]), "决策事项": statuses,
    }
