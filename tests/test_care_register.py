"""The daily register and the tallies built from it."""
from __future__ import annotations

import json

import pytest

from db.errors import RefusedError, ValidationError
from desktop.core.care import enrolment, places, register, report
from desktop.core.care.register import Cell
from tests.care_helpers import born_years_before, group, person


@pytest.fixture
def setup(store):
    home = places.add_place(store, name="幸福院", kind="幸福院", capacity=30, meal_subsidy_fen=300,
                            person_subsidy_fen=1000)
    a = person(store, "王秀英", born_years_before(82))
    b = person(store, "李德胜", born_years_before(68), gender="男")
    c = person(store, "赵桂兰", born_years_before(71))
    enrolment.enrol(store, home, a, "2026-01-01")
    enrolment.enrol(store, home, b, "2026-03-10")
    enrolment.enrol(store, home, c, "2026-01-01", end_date="2026-03-15")
    group(store, b, "空巢老人")
    group(store, c, "特困供养")
    return store, home, a, b, c


def test_register_grid_rows_and_days(setup):
    store, home, a, b, c = setup
    reg = register.month_register(store, home, "2026-03")
    assert len(reg.days) == 31 and reg.days[0] == "2026-03-01"
    assert {r.name for r in reg.rows} == {"王秀英", "李德胜", "赵桂兰"}
    row_b = next(r for r in reg.rows if r.person_id == b)
    assert not row_b.enrolled_on("2026-03-09") and row_b.enrolled_on("2026-03-10")
    assert reg.opening["2026-03-01"] == (False, "周日不开放")
    assert reg.opening["2026-03-02"] == (True, "")


def test_attendance_outside_enrolment_refused(setup):
    store, home, a, b, c = setup
    with pytest.raises(RefusedError, match="2026-03-09 不在 李德胜 的入托期内（2026-03-10至今）"):
        register.save_cells(store, home, [(b, "2026-03-09", Cell(True))])
    with pytest.raises(RefusedError, match="不在 赵桂兰 的入托期内"):
        register.save_cells(store, home, [(c, "2026-03-16", Cell(True, 1))])
    stranger = person(store, "孙海军", born_years_before(70), gender="男")
    with pytest.raises(RefusedError, match="没有在幸福院登记入托.*临时来访"):
        register.save_cells(store, home, [(stranger, "2026-03-02", Cell(True))])
    # nothing of a refused batch is written
    with pytest.raises(RefusedError):
        register.save_cells(store, home, [(a, "2026-03-02", Cell(True)), (b, "2026-03-02", Cell(True))])
    assert store.scalar("SELECT COUNT(*) FROM care_attendance") == 0


def test_closed_day_is_warned_not_refused(setup):
    store, home, a, b, c = setup
    out = register.save_cells(store, home, [(a, "2026-03-01", Cell(True, 1))])
    assert out.warnings == ["2026-03-01 周日不开放，仍记了 王秀英 的出勤，请确认。"]
    assert store.scalar("SELECT COUNT(*) FROM care_attendance") == 1


def test_same_day_twice_refused_by_attend(setup):
    store, home, a, b, c = setup
    register.record_attendance(store, home, "2026-03-11", [a, b], meals=1)
    with pytest.raises(RefusedError, match="王秀英 在 2026-03-11 已登记过出勤"):
        register.record_attendance(store, home, "2026-03-11", [a])
    with pytest.raises(RefusedError, match="出现了两次"):
        register.record_attendance(store, home, "2026-03-12", [a, a])
    assert store.scalar("SELECT SUM(meals) FROM care_attendance") == 2


def test_meals_and_services_checked(setup):
    store, home, a, b, c = setup
    with pytest.raises(ValidationError, match="用餐次数 5 不合理"):
        register.save_cells(store, home, [(a, "2026-03-02", Cell(True, 5))])
    with pytest.raises(ValidationError, match="不提供“保育”"):
        register.save_cells(store, home, [(a, "2026-03-02", Cell(True, 0, ("保育",)))])
    places.update_place(store, home, services="文娱")
    with pytest.raises(RefusedError, match="没有开展助餐服务"):
        register.save_cells(store, home, [(a, "2026-03-02", Cell(True, 1))])


def test_cells_edit_clear_and_imply_presence(setup):
    store, home, a, b, c = setup
    register.save_cells(store, home, [(a, "2026-03-02", Cell(False, 2, ("助浴",)))])
    reg = register.month_register(store, home, "2026-03")
    cell = next(r for r in reg.rows if r.person_id == a).cells["2026-03-02"]
    assert cell == Cell(True, 2, ("助浴",))
    register.save_cells(store, home, [(a, "2026-03-02", Cell())])
    assert store.scalar("SELECT COUNT(*) FROM care_attendance") == 0
    ops = [r["op"] for r in store.query("SELECT op FROM change_log WHERE table_name='care_attendance'")]
    assert ops == ["insert", "delete"]


def test_whole_day_present_skips_people_not_enrolled(setup):
    store, home, a, b, c = setup
    register.save_cells(store, home, [(a, "2026-03-03", Cell(True, 2))])
    reg = register.month_register(store, home, "2026-03")
    edits = register.whole_day_present(reg, "2026-03-03", meals=1)
    assert {p for p, _, _ in edits} == {c}             # a already present, b not yet enrolled
    register.save_cells(store, home, edits)
    reg = register.month_register(store, home, "2026-03")
    assert reg.day_totals("2026-03-03") == (2, 3)


def test_walk_in_visitors(setup):
    store, home, a, b, c = setup
    register.set_visitors(store, home, "2026-03-02", 4, 3)
    out = register.set_visitors(store, home, "2026-03-08", 2)
    assert "周日不开放" in out.warnings[0]
    with pytest.raises(ValidationError, match="不合理"):
        register.set_visitors(store, home, "2026-03-03", 1, 9)
    reg = register.month_register(store, home, "2026-03")
    assert reg.visitors == {"2026-03-02": (4, 3), "2026-03-08": (2, 0)}


def test_flags_attendance_left_after_a_death(setup):
    store, home, a, b, c = setup
    register.save_cells(store, home, [(a, "2026-03-20", Cell(True, 1))])
    enrolment.end_for_person(store, a, "2026-03-18", "死亡")
    flags = register.month_register(store, home, "2026-03").flags()
    assert flags == ["王秀英 2026-03-20 有出勤记录，但不在入托期内，请核对。"]


def test_monthly_report_figures(setup):
    store, home, a, b, c = setup
    register.save_cells(store, home, [(a, "2026-03-02", Cell(True, 1, ("助浴",))),
                                      (a, "2026-03-03", Cell(True, 2, ("助浴", "文娱"))),
                                      (b, "2026-03-10", Cell(True, 1)),
                                      (c, "2026-03-02", Cell(True, 0, ("助医/体检",)))])
    register.set_visitors(store, home, "2026-03-02", 3, 2)
    places.set_day(store, home, "2026-03-04", False, "停水")
    r = report.monthly_report(store, home, "2026-03")
    assert r["open_days"] == 21        # 22 weekdays in March 2026, one closed
    assert (r["enrolled"], r["enrolled_at_end"], r["joined"], r["left"]) == (3, 2, 1, 1)
    assert (r["served"], r["attendance"], r["visitors"], r["attendance_total"]) == (3, 4, 3, 7)
    assert (r["meals"], r["visitor_meals"], r["meals_total"]) == (4, 2, 6)
    assert r["services"] == {"助浴": 2, "助洁": 0, "助医/体检": 1, "文娱": 1}
    assert r["shares"]["高龄"] == {"count": 1, "percent": 33.3}        # a is 82
    assert r["shares"]["空巢"]["count"] == 1 and r["shares"]["五保"]["count"] == 1
    assert r["shares"]["留守"] == {"count": 0, "percent": 0.0}
    assert r["subsidy"]["meal_total_fen"] == 4 * 300                   # walk-in meals not subsidised
    assert r["subsidy"]["person_total_fen"] == 3 * 1000
    assert r["subsidy"]["total_fen"] == 4200
    wang = next(p for p in r["people"] if p["name"] == "王秀英")
    assert (wang["days"], wang["meals"], wang["services"]) == (2, 3, {"助浴": 2, "文娱": 1})
    day2 = next(d for d in r["daily"] if d["day"] == "2026-03-02")
    assert (day2["attendance"], day2["meals"], day2["visitors"]) == (2, 1, 3)
    assert next(d for d in r["daily"] if d["day"] == "2026-03-04")["note"] == "停水"
    json.dumps(r)   # JSON-safe


def test_yearly_report_and_village_summary(setup):
    store, home, a, b, c = setup
    register.save_cells(store, home, [(a, "2026-02-02", Cell(True, 1)), (a, "2026-03-02", Cell(True, 1)),
                                      (b, "2026-03-10", Cell(True, 1))])
    y = report.yearly_report(store, home, 2026)
    assert [m["attendance"] for m in y["months"][:4]] == [0, 1, 2, 0]
    assert y["served"] == 2 and y["attendance"] == 3
    assert y["subsidy"]["person_months"] == 3 and y["subsidy"]["total_fen"] == 3 * 300 + 3 * 1000
    kids = places.add_place(store, name="托育点", kind="托育点")
    s = report.monthly_summary(store, "2026-03")
    assert {p["name"] for p in s["places"]} == {"幸福院", "托育点"}
    assert s["totals"]["elderly"]["attendance"] == 2 and s["totals"]["children"]["places"] == 1
    assert next(p for p in s["places"] if p["id"] == kids)["shares"] == {
        "留守": {"count": 0, "percent": 0.0}, "困境儿童": {"count": 0, "percent": 0.0},
        "孤儿": {"count": 0, "percent": 0.0}}
    json.dumps(s)


def test_notices_collector_fills_the_contract(setup):
    from desktop.core.care.notices import collect_care, collect_monthly_report
    from desktop.core.notices.contracts import CareMonthlyReport
    store, home, a, b, c = setup
    register.save_cells(store, home, [(a, "2026-03-02", Cell(True, 1, ("助浴",))), (b, "2026-03-10", Cell(True, 2))])
    data = collect_monthly_report(store, home, "2026-03")
    assert isinstance(data, CareMonthlyReport) and data.month == "2026-03"
    (pm,) = data.places
    # 在托 = enrolled on any day of March: a, b (from 03-10) and c (until 03-15).
    assert (pm.served, pm.attendance, pm.meals, pm.enrolled) == (2, 2, 3, 3)
    assert pm.subsidy_due == 3 * 300 + 2 * 1000 == data.total_subsidy
    assert pm.shares == {"高龄": 1, "空巢": 1, "留守": 0, "五保": 0}
    assert "每餐 3.00 元 × 3 餐次" in pm.subsidy_basis
    assert data.publication.village_name == "测试村" and data.title == "托老服务月报表"
    places.add_place(store, name="托育点", kind="托育点")
    both = collect_care(store, month="2026-03")
    assert [p.place for p in both.places] == ["幸福院", "托育点"] and both.title == "托老托幼服务月报表"
