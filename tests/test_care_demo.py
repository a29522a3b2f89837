"""The demo village's care data obeys the care rules and gives reports real figures."""
from __future__ import annotations

from datetime import date

from desktop.core.care import places, register, report


def _last_month() -> str:
    t = date.today()
    return f"{t.year - (t.month == 1)}-{(t.month - 2) % 12 + 1:02d}"


def test_demo_places_have_real_monthly_figures(demo_store):
    listed = {p["kind"]: p for p in places.list_places(demo_store)}
    assert set(listed) == {"幸福院", "托育点", "幼儿园"}
    month = _last_month()
    home = report.monthly_report(demo_store, listed["幸福院"]["id"], month)
    assert home["served"] >= 10 and home["attendance"] > home["served"] and home["meals"] > 0
    assert home["services"]["文娱"] > 0 and home["shares"]["高龄"]["count"] > 0
    assert home["subsidy"]["total_fen"] == home["meals"] * 400 + home["subsidy"]["person_months"] * 3000
    kids = report.monthly_report(demo_store, listed["托育点"]["id"], month)
    assert kids["attendance"] > 0 and set(kids["shares"]) == {"留守", "困境儿童", "孤儿"}
    for p in listed.values():
        reg = register.month_register(demo_store, p["id"], month)
        assert reg.flags() == []                                    # all attendance inside enrolments
        closed = {d for d, (ok, _) in reg.opening.items() if not ok}
        assert not any(d in closed for r in reg.rows for d in r.cells)
    summary = report.monthly_summary(demo_store, month)
    assert summary["totals"]["elderly"]["attendance"] == home["attendance"]
    assert demo_store.scalar("SELECT COUNT(*) FROM change_log WHERE table_name='care_attendance'") == \
        demo_store.scalar("SELECT COUNT(*) FROM care_attendance")
