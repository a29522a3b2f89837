"""The demo village's care data obeys the care rules and gives reports real figures."""
from __future__ import annotations

from datetime import date

from desktop.core.care import places, register, report


def _last_month() -> str:
    t = date.today()
    return f"{t.year - (t.month == 1)}-{(t.month - 2) % 12 + 1:02d}"


def _month_before(month: str) -> str:
    y, m = int(month[:4]), int(month[5:7])
    return f"{y - (m == 1):04d}-{(m - 2) % 12 + 1:02d}"


def test_demo_places_have_real_monthly_figures(demo_store):
    listed = {p["kind"]: p for p in places.list_places(demo_store)}
    assert set(listed) == {"幸福院", "托育点", "幼儿园"}
    month = _last_month()
    home = report.monthly_report(demo_store, listed["幸福院"]["id"], month)
    assert home["served"] >= 10 and home["attendance"] > home["served"] and home["meals"] > 0
    assert home["services"]["文娱"] > 0 and home["shares"]["高龄"]["count"] > 0
    # The demo raised the meal subsidy from 4.00 to 4.50 two months ago; 助浴 10.00, 助洁 8.00 a time,
    # walk-in meals 1.00; the last full month is not paid yet, the month before it is, in full.
    sub = home["subsidy"]
    assert sub["total_fen"] == home["meals"] * 450 + sub["person_months"] * 3000 + \
        home["services"]["助浴"] * 1000 + home["services"]["助洁"] * 800 + home["visitor_meals"] * 100
    assert sub["paid_fen"] == 0 and sub["unpaid_fen"] == sub["total_fen"]
    before = report.monthly_report(demo_store, listed["幸福院"]["id"], _month_before(month))["subsidy"]
    assert before["paid_fen"] == before["total_fen"] > 0
    assert home["fees"]["meal_total_fen"] == (home["meals"] + home["visitor_meals"]) * 200
    assert home["helpers"]["工作人员"]["people"] == 2 and home["helpers"]["志愿者"]["people"] > 0
    assert home["visitor_services"]["助医/体检"] > 0
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


def test_care_part_of_the_township_monthly_report(demo_store):
    from desktop.core.sync import reports
    month = _last_month()
    part = reports.build(demo_store, month)["care"]
    home = next(p for p in places.list_places(demo_store) if p["kind"] == "幸福院")
    r = report.monthly_report(demo_store, home["id"], month)
    assert part["托老"]["场所数"] == 1 and part["托幼"]["场所数"] == 2
    assert part["托老"]["出勤人次"] == r["attendance"] and part["托老"]["应拨补贴（分）"] == r["subsidy"]["total_fen"]
    assert part["托老"]["服务对象"]["高龄"] == r["shares"]["高龄"]["count"]
    leaves = reports.numeric_leaves({"care": part})
    assert leaves["care.托幼.用餐餐次"] > 0
    assert all(isinstance(v, int) for v in leaves.values())       # counts and fen only: they add up


def test_notices_registry_prints_the_village_care_report(demo_store):
    from pypdf import PdfReader
    import io
    from desktop.core.notices import registry
    data, pdf = registry.render(demo_store, "care", {"month": _last_month()})
    assert {p.kind for p in data.places} == {"幸福院", "托育点", "幼儿园"}
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "托老托幼服务月报表" in text and "高家湾村农村幸福院" in text and "高家湾村托育点" in text
    one, _ = registry.render(demo_store, "care", {"month": _last_month(), "place": "幸福院"})
    assert [p.place for p in one.places] == ["高家湾村农村幸福院"] and one.title == "托老服务月报表"
