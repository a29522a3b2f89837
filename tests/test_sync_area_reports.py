"""The monthly report carries the funds and red-white parts, with the area's own figures."""
from __future__ import annotations

from desktop.core.funds.report import build_report
from desktop.core.redwhite import event_queries
from desktop.core.sync import registry


def test_funds_and_redwhite_parts_match_their_areas(demo_store):
    month = "2026-03"
    funds = registry.REPORT_PARTS["funds"][1](demo_store, month)
    totals = build_report(demo_store, month)["totals"]
    assert funds["本月收入（分）"] == totals["income_fen"] and funds["期末余额（分）"] == totals["closing_fen"]
    rw = registry.REPORT_PARTS["redwhite"][1](demo_store, month)
    held = event_queries.list_events(demo_store, date_from="2026-03-01", date_to="2026-03-31")
    assert rw["事项数"] == len(held) == sum(rw["按类别"].values())
    assert rw["符合标准"] + rw["超标"] <= rw["事项数"]
