"""What sync knows about the other areas' tables and report parts, and the one way an area
tells it: `register_sync(...)`, called once by the area's package when it is imported.

    register_sync(labels={"funds_entry": "收支凭证"}, report=("funds", "资金与财务公开", funds_part))

- labels: table -> readable name, for import summaries and refusals;
- reference: township-owned tables (-> name) every village receives (red-white standards);
- local_only: tables that describe this installation and never leave it (user accounts);
- report: (name, label, fn(store, 'YYYY-MM') -> dict) a part of the monthly report (上报).
"""
from __future__ import annotations

from typing import Any, Callable

ReportFn = Callable[[Any, str], dict]

# Tables that describe this installation itself or its sync bookkeeping: never sent.
LOCAL_ONLY: set[str] = {"site", "sync_key", "sync_origin", "sync_ack", "sync_exchange", "sync_conflict",
                        "sync_refusal", "sync_head"}
# Township-owned tables that always flow down to the villages (areas add theirs).
REFERENCE_TABLES: set[str] = {"sync_peer", "sync_reference"}
# Readable names for the plain-language import summary (areas add theirs).
TABLE_LABELS: dict[str, str] = {
    "village_group": "村民小组", "grid": "网格", "settings": "设置", "sync_peer": "同步对象",
    "sync_reference": "参考数据标记", "sync_report": "月度上报", "sync_report_review": "上报审核意见",
}
# Monthly report parts: name -> (Chinese label, function), shown in PART_ORDER, then as registered.
REPORT_PARTS: dict[str, tuple[str, ReportFn]] = {}
PART_ORDER = ("population", "care", "funds", "redwhite")


def register_sync(*, labels: dict[str, str] | None = None, reference: dict[str, str] | None = None,
                  local_only: tuple[str, ...] | list[str] = (),
                  report: tuple[str, str, ReportFn] | None = None) -> None:
    for table, label in (reference or {}).items():
        REFERENCE_TABLES.add(table)
        TABLE_LABELS[table] = label
    TABLE_LABELS.update(labels or {})
    LOCAL_ONLY.update(local_only)
    if report is not None:
        name, label, fn = report
        REPORT_PARTS[name] = (label, fn)


def report_parts() -> list[tuple[str, str, ReportFn]]:
    """(name, label, fn) of every registered part, in the order the report shows them."""
    rank = {name: i for i, name in enumerate(PART_ORDER)}
    names = sorted(REPORT_PARTS, key=lambda n: (rank.get(n, len(rank)), list(REPORT_PARTS).index(n)))
    return [(n, *REPORT_PARTS[n]) for n in names]


def table_label(table: str) -> str:
    return TABLE_LABELS.get(table, table)
