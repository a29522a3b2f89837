"""The funds and red-white parts of the monthly report (上报). Numbers only, so the township
can add villages up; care registers its own part (desktop.core.care.township)."""
from __future__ import annotations

from db import Store
from desktop.core.sync import reports


@reports.register("funds", "资金与财务公开")
def funds_part(store: Store, month: str) -> dict:
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


@reports.register("redwhite", "红白理事会")
def redwhite_part(store: Store, month: str) -> dict:
    from desktop.core.redwhite import events as ev_mod
    first, last = reports.month_bounds(month)
    events = ev_mod.list_events(store, date_from=first.isoformat(), date_to=last.isoformat())
    kinds: dict[str, int] = {}
    for e in events:
        kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    verdicts = [e.get("verdict") or {} for e in events]
    return {"事项数": len(events), "按类别": kinds,
            "按时申报": sum(1 for v in verdicts if not v.get("late")),
            "符合标准": sum(1 for v in verdicts if v.get("compliance") is True),
            "超标": sum(1 for v in verdicts if v.get("compliance") is False)}
