"""The red-white part of the monthly report (上报): numbers only, so the township can add villages up."""
from __future__ import annotations

from db import Store


def report_part(store: Store, month: str) -> dict:
    from desktop.core.redwhite import event_queries
    from desktop.core.sync.reports import month_bounds
    first, last = month_bounds(month)
    events = event_queries.list_events(store, date_from=first.isoformat(), date_to=last.isoformat())
    kinds: dict[str, int] = {}
    for e in events:
        kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    verdicts = [e.get("verdict") or {} for e in events]
    return {"事项数": len(events), "按类别": kinds,
            "按时申报": sum(1 for v in verdicts if not v.get("late")),
            "符合标准": sum(1 for v in verdicts if v.get("compliance") is True),
            "超标": sum(1 for v in verdicts if v.get("compliance") is False)}
