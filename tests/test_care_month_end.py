"""Issue 18, care points 1-8: tallies that hold up at month's end. Figures by hand."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from openpyxl import Workbook, load_workbook

from db.errors import ValidationError
from desktop.core import checks as all_checks
from desktop.core.care import enrolment, places, register, report
from desktop.core.care.importer import import_register
from desktop.core.care.register import Cell
from desktop.core.roster import lifecycle
from tests.care_helpers import born_years_before, person


@pytest.fixture
def home(store):
    pid = places.add_place(store, name="高家湾幸福院", kind="幸福院", meal_subsidy_fen=350,
                           person_subsidy_fen=2_000, open_weekdays="每天")
    return pid


# ------------------------------------------------------------------ 1: capacity over time
def test_capacity_checked_on_every_day_of_the_enrolment(store):
    nursery = places.add_place(store, name="高家湾托育点", kind="托育点", capacity=1)
    late = person(store, "王小宝", "2025-01-05")
    early = person(store, "李小花", "2025-02-01")
    assert enrolment.enrol(store, nursery, late, "2026-03-01").warnings == []
    # Enrolled from 02-01, open-ended: from 03-01 two children share one place.
    out = enrolment.enrol(store, nursery, early, "2026-02-01")
    assert out.warnings == ["高家湾托育点核定名额 1 人，2026-03-01 已有 1 人在托，登记后将超员（2 人）。"]
    # Ending before 03-01 fits.
    other = person(store, "赵小明", "2025-03-01")
    store.delete("care_enrolment", out.id)
    assert enrolment.enrol(store, nursery, other, "2026-02-01", end_date="2026-02-28").warnings == []


# ------------------------------------------------------------------ 2: attendance after a death
def test_attendance_after_death_is_not_counted_or_paid_and_is_flagged(store, home):
    elder = person(store, "孙桂芳", born_years_before(78))
    enrolment.enrol(store, home, elder, "2026-03-01")
    for day in ("2026-03-19", "2026-03-23"):
        register.save_cells(store, home, [(elder, day, Cell(True, 1))])
    lifecycle.record_death(store, elder, on="2026-03-20")
    r = report.monthly_report(store, home, "2026-03")
    # Only 03-19 counts: 1 人次, 1 餐次; subsidy 1 × 350 + 1 person-month × 2,000 = 2,350 fen.
    assert (r["attendance"], r["meals"], r["subsidy"]["total_fen"]) == (1, 1, 2_350)
    assert len(r["flags"]) == 1 and "2026-03-23" in r["flags"][0] and "已于 2026-03-20 死亡" in r["flags"][0]
    found = [c for c in all_checks.run_checks(store) if c["name"] == "托老托幼出勤都在入托期内"]
    assert found[0]["ok"] is False and "2026-03-23" in found[0]["detail"]
    reg = register.month_register(store, home, "2026-03")
    assert any("2026-03-23" in f for f in reg.flags())
    with pytest.raises(Exception, match="不在 孙桂芳 的入托期内"):
        register.save_cells(store, home, [(elder, "2026-03-24", Cell(True, 1))])


# ------------------------------------------------------------------ 4: future days, grown-up children
def test_future_attendance_refused(store, home):
    elder = person(store, "周德明", born_years_before(70), gender="男")
    enrolment.enrol(store, home, elder, "2026-01-01")
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    for day in ("2099-03-03", tomorrow):
        with pytest.raises(ValidationError, match="今天以后"):
            register.save_cells(store, home, [(elder, day, Cell(True, 1))])
    with pytest.raises(ValidationError, match="今天以后"):
        register.set_visitors(store, home, "2099-03-03", 5)
    assert store.scalar("SELECT COUNT(*) FROM care_attendance") == 0


def test_child_grown_past_the_range_is_warned(store):
    nursery = places.add_place(store, name="高家湾托育点", kind="托育点", open_weekdays="每天")
    child = person(store, "吴小乐", "2022-06-10")
    enrolment.enrol(store, nursery, child, "2025-01-02")          # 2 years old then
    out = register.save_cells(store, nursery, [(child, "2025-06-09", Cell(True))])
    assert not any("年龄范围" in w for w in out.warnings)          # the day before turning 3... still 2
    out = register.save_cells(store, nursery, [(child, "2026-06-10", Cell(True))])   # 4 years old
    assert any("已 4 岁，超过高家湾托育点的年龄范围 0–3 岁" in w for w in out.warnings)


# ------------------------------------------------------------------ 7: sign-in sheets
def _sheet(path, rows, merges=()):
    wb = Workbook()
    ws = wb.active
    ws.append(["高家湾幸福院2026年2月签到表"])
    ws.append(["序号", "姓名", *range(1, 29), "合计"])
    for r in rows:
        ws.append(r)
    for m in merges:
        ws.merge_cells(m)
    wb.save(path)
    return path


def test_total_row_in_a_merged_cell_and_meal_marks(store, home, tmp_path):
    a = person(store, "王秀英", born_years_before(75))
    enrolment.enrol(store, home, a, "2026-01-01")
    f = _sheet(tmp_path / "feb.xlsx", [
        [1, "王秀英", "餐", "2餐", "√"],
        ["合计", None, 1, 1, 1],                  # label in 序号, merged across 序号 and 姓名
    ], merges=["A4:B4"])
    res = import_register(store, f)
    assert res.errors == []
    # 餐 = 1 meal, 2餐 = 2 meals, √ = the default 1 meal: 3 人次, 4 餐次.
    r = report.monthly_report(store, home, "2026-02")
    assert (r["attendance"], r["meals"]) == (3, 4)


def test_reimported_visitor_cells_named_by_row_and_column_and_marked(store, home, tmp_path):
    f = _sheet(tmp_path / "feb.xlsx", [["", "临时来访", None, 3, 2]])
    assert import_register(store, f).visitor_days == 2
    again = import_register(store, f)
    where = sorted((e.row, e.column) for e in again.errors)
    assert where == [(3, "D"), (3, "E")]
    assert all("第 3 行" in e.message() for e in again.errors)
    ws = load_workbook(again.error_file)["未导入"]
    assert ws["D3"].value == 3 and ws["E3"].value == 2 and ws["D3"].comment is not None
    assert report.monthly_report(store, home, "2026-02")["visitors"] == 5      # 3 + 2, not 10


# ------------------------------------------------------------------ 3: rates with effective dates
def _march(store, home):
    """Six elders, each 10 days with 1 meal (60), one of them 2 and 3 meals on two days: 63 meals."""
    elders = [person(store, f"老人{n}", born_years_before(72)) for n in "甲乙丙丁戊己"]
    for e in elders:
        enrolment.enrol(store, home, e, "2026-03-01")
    edits = []
    for e in elders:                          # each comes 10 days with 1 meal: 60 meals
        edits += [(e, f"2026-03-{d:02d}", Cell(True, 1)) for d in range(2, 12)]
    edits[0] = (elders[0], "2026-03-02", Cell(True, 2))      # 61
    edits[1] = (elders[0], "2026-03-03", Cell(True, 3))      # 63
    register.save_cells(store, home, edits)
    return elders


def test_changing_a_rate_keeps_past_months(store, home):
    _march(store, home)
    # 63 meals × 3.50 = 220.50 yuan + 6 person-months × 20.00 = 120.00 -> 340.50 yuan = 34,050 fen.
    assert report.monthly_report(store, home, "2026-03")["subsidy"]["total_fen"] == 34_050
    changed = places.update_place(store, home, meal_subsidy_fen="4", rate_from="2026-04-01")
    assert places.changed_labels(changed) == ["每餐补贴（2026-04-01 起）"]
    # Rewriting March would give 63 × 4.00 + 120.00 = 372.00 yuan (37,200 fen): March keeps 34,050.
    assert report.monthly_report(store, home, "2026-03")["subsidy"]["total_fen"] == 34_050
    assert report.monthly_report(store, home, "2026-04")["subsidy"]["meal_fen"] == 400
    # The place list shows the rate in force today (the demo's list said 4.00 after a rise to 4.50).
    listed = places.list_places(store)[0]
    assert (listed["meal_now_fen"], listed["meal_subsidy_fen"]) == (400, 350)


def test_rate_changed_mid_month_pays_each_day_at_its_rate(store, home):
    elder = person(store, "钱老汉", born_years_before(80), gender="男")
    enrolment.enrol(store, home, elder, "2026-03-01")
    register.save_cells(store, home, [(elder, "2026-03-10", Cell(True, 2)), (elder, "2026-03-20", Cell(True, 1))])
    from desktop.core.care import rates
    rates.set_rates(store, home, "2026-03-15", meal_subsidy_fen=500)
    sub = report.monthly_report(store, home, "2026-03")["subsidy"]
    # 2 × 3.50 + 1 × 5.00 = 12.00 yuan of meals; one person-month at the 03-01 rate 20.00.
    assert (sub["meal_total_fen"], sub["person_total_fen"], sub["rate_changed"]) == (1_200, 2_000, True)


# ------------------------------------------------------------------ 5: one meaning of 在托
def test_one_definition_of_enrolled_in_form_summary_and_township(store, home):
    from desktop.core.care.notices import collect_monthly_report
    from desktop.core.care.township import township_part
    stay = [person(store, f"长住{n}", born_years_before(70)) for n in "甲乙丙丁戊"]
    gone = person(store, "中途退托", born_years_before(70))
    for p in stay + [gone]:
        enrolment.enrol(store, home, p, "2026-02-01")
    enrolment.end_enrolment(store, store.scalar("SELECT id FROM care_enrolment WHERE person_id=?", (gone,)),
                            "2026-03-10")
    # In March: 6 enrolled on some day, 5 at the month's end. One number, the same everywhere.
    form = collect_monthly_report(store, home, "2026-03")
    summary = report.monthly_summary(store, "2026-03")
    assert form.places[0].enrolled == 6 and summary["places"][0]["enrolled"] == 6
    assert township_part(store, "2026-03")["托老"]["在托人数"] == 6
    assert "本月内任何一天在托" in form.definitions and form.definitions == summary["definition"]


# ------------------------------------------------------------------ 8: retire a place; Chinese field names
def test_retire_place_and_chinese_field_names(capsys, store, home, db_path):
    from desktop.cli import main
    elder = person(store, "郑大爷", born_years_before(75), gender="男")
    enrolment.enrol(store, home, elder, "2026-01-01")
    store.close()
    code = main(["--db", str(db_path), "care", "place", "retire", "高家湾幸福院", "--date", "2026-03-31"])
    assert code == 1 and "还有 1 人" in capsys.readouterr().err
    assert main(["--db", str(db_path), "care", "leave", "高家湾幸福院", "郑大爷", "--date", "2026-03-31"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "care", "place", "edit", "高家湾幸福院", "--capacity", "30"]) == 0
    out = capsys.readouterr().out
    assert "核定名额" in out and "capacity" not in out
    assert main(["--db", str(db_path), "care", "place", "retire", "高家湾幸福院", "--date", "2026-03-31"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "care", "place", "list", "--json"]) == 0
    assert "高家湾幸福院" not in capsys.readouterr().out
    assert main(["--db", str(db_path), "care", "place", "list", "--all", "--json"]) == 0
    assert "高家湾幸福院" in capsys.readouterr().out


# ------------------------------------------------------------------ 9: the Yulin model
def test_subsidy_paid_is_a_fund_entry_for_the_place_and_month(store, home):
    from desktop.core.care import payments
    from desktop.core.care.notices import collect_monthly_report
    from desktop.core.care.township import township_part
    _march(store, home)                                   # due 34,050 fen (see above)
    out = payments.record_payment(store, home, "2026-03", 30_000, paid_date="2026-04-15")
    assert out.warnings == []
    row = store.one("SELECT * FROM care_subsidy_payment WHERE id=?", (out.id,))
    entry = store.one("SELECT * FROM funds_entry WHERE id=?", (row["funds_entry_id"],))
    assert (row["month"], row["amount_fen"]) == ("2026-03", 30_000)
    assert (entry["direction"], entry["amount_fen"], entry["status"]) == ("income", 30_000, "posted")
    assert "高家湾幸福院 2026-03" in entry["summary"]
    sub = report.monthly_report(store, home, "2026-03")["subsidy"]
    assert (sub["paid_fen"], sub["unpaid_fen"]) == (30_000, 4_050)
    assert township_part(store, "2026-03")["托老"]["已拨补贴（分）"] == 30_000
    assert collect_monthly_report(store, home, "2026-03").places[0].subsidy_paid == 30_000
    # Paying 50.00 more than the 40.50 still due is warned about.
    more = payments.record_payment(store, home, "2026-03", 5_000, paid_date="2026-04-20")
    assert more.warnings and "超出应拨数" in more.warnings[0]
    from desktop.core.care import rates
    with pytest.raises(Exception, match="已经拨付"):
        rates.set_rates(store, home, "2026-03-01", meal_subsidy_fen=100)


def test_service_rates_fees_and_visitor_meals_and_services(store, home):
    from desktop.core.care import rates
    rates.set_rates(store, home, "2026-03-01", visitor_meal_subsidy_fen=200, meal_fee_fen=150,
                    service_subsidy={"助浴": 1_000}, service_fee={"助浴": 500})
    elder = person(store, "冯奶奶", born_years_before(82))
    enrolment.enrol(store, home, elder, "2026-03-01")
    register.save_cells(store, home, [(elder, "2026-03-05", Cell(True, 1, ("助浴",))),
                                      (elder, "2026-03-06", Cell(True, 2))])
    register.set_visitors(store, home, "2026-03-05", 40, 10, services={"助医/体检": 25, "文娱": 40})
    r = report.monthly_report(store, home, "2026-03")
    sub, fees = r["subsidy"], r["fees"]
    # Meals 3 × 3.50 = 10.50; person 20.00; visitor meals 10 × 2.00 = 20.00; 助浴 1 × 10.00: 60.50 yuan.
    assert (sub["meal_total_fen"], sub["person_total_fen"], sub["visitor_meal_total_fen"]) == (1_050, 2_000, 2_000)
    assert sub["services_fen"] == {"助浴": 1_000} and sub["total_fen"] == 6_050
    # 自付: (3 + 10) meals × 1.50 = 19.50; 助浴 1 × 5.00: 24.50 yuan.
    assert (fees["meal_total_fen"], fees["services_fen"], fees["total_fen"]) == (1_950, {"助浴": 500}, 2_450)
    assert r["visitor_services"] == {"助医/体检": 25, "文娱": 40}
    with pytest.raises(ValidationError, match="不合理"):
        register.set_visitors(store, home, "2026-03-06", 5, 0, services={"文娱": 6})


def test_staff_and_volunteers_with_hours(store, home):
    from desktop.core.care import helpers
    from desktop.core.care.township import township_part
    cook = helpers.add_helper(store, home, name="厨师老马", role="工作人员", start_date="2026-01-01")
    villager = person(store, "志愿者小韩", born_years_before(30))
    volunteer = helpers.add_helper(store, home, person_id=villager, role="志愿者", start_date="2026-03-01")
    for day in ("2026-03-02", "2026-03-03"):
        helpers.record_hours(store, cook, day, "8")
    helpers.record_hours(store, volunteer, "2026-03-07", "2.5")
    helpers.record_hours(store, volunteer, "2026-03-07", "3")         # corrected, not added
    with pytest.raises(Exception, match="不在服务期内"):
        helpers.record_hours(store, volunteer, "2026-02-27", "2")
    h = report.monthly_report(store, home, "2026-03")["helpers"]
    assert h["工作人员"] == {"people": 1, "minutes": 960, "hours": 16.0}
    assert h["志愿者"] == {"people": 1, "minutes": 180, "hours": 3.0}
    part = township_part(store, "2026-03")["托老"]
    assert (part["志愿者"], part["志愿服务分钟"], part["工作人员服务分钟"]) == (1, 180, 960)


def test_cli_rates_pay_helpers_and_walk_in_services(capsys, store, home, db_path):
    from desktop.cli import main
    _march(store, home)
    person(store, "吴大妈", born_years_before(58))
    store.close()

    def run(*args):
        code = main(["--db", str(db_path), "care", *args])
        out = capsys.readouterr()
        return code, out.out, out.err
    code, out, err = run("place", "rates", "高家湾幸福院", "--from", "2026-04-01", "--meal-subsidy", "4",
                         "--service-subsidy", "助浴=10", "--meal-fee", "2")
    assert code == 0, err
    assert "2026-04-01 起：每餐补贴 4.00 元" in out and "助浴补贴 10.00 元/人次" in out
    code, _, err = run("place", "rates", "高家湾幸福院", "--from", "2026-04-01", "--service-subsidy", "保育=3")
    assert code == 1 and "不提供“保育”" in err
    code, out, err = run("pay", "高家湾幸福院", "--month", "2026-03", "--amount", "340.5", "--date", "2026-04-10")
    assert code == 0, err
    assert "¥340.50" in out and err == ""                 # exactly what is due: no warning
    code, out, _ = run("summary", "--month", "2026-03", "--json")
    import json
    place = json.loads(out)["places"][0]
    assert (place["subsidy_fen"], place["paid_fen"]) == (34_050, 34_050)
    code, _, err = run("visitors", "高家湾幸福院", "2026-03-10", "30", "--service", "助医/体检=28")
    assert code == 0, err
    code, _, err = run("helper", "add", "高家湾幸福院", "马桂花", "--role", "工作人员", "--outsider",
                       "--start", "2026-03-01")
    assert code == 0, err
    assert run("helper", "hours", "高家湾幸福院", "马桂花", "2026-03-10", "7.5")[0] == 0
    code, out, _ = run("helper", "list", "高家湾幸福院", "--json")
    assert json.loads(out)[0]["minutes"] == 450
    # A villager is found in the roster (the command once called a lookup that no longer existed).
    code, _, err = run("helper", "add", "高家湾幸福院", "吴大妈", "--role", "志愿者", "--start", "2026-03-01")
    assert code == 0, err
    code, out, _ = run("helper", "list", "高家湾幸福院", "--json")
    assert {h["name"]: bool(h["person_id"]) for h in json.loads(out)} == {"马桂花": False, "吴大妈": True}
    code, _, err = run("helper", "add", "高家湾幸福院", "查无此人", "--role", "志愿者")
    assert code == 1 and "查无此人" in err and "Traceback" not in err


# ------------------------------------------------------------------ 6: groups dated by an import
def test_groups_registered_by_an_import_are_marked_not_silently_zero(store, home):
    elder = person(store, "褚大娘", born_years_before(76))
    enrolment.enrol(store, home, elder, "2026-02-01")
    register.save_cells(store, home, [(elder, "2026-02-10", Cell(True, 1))])
    # The roster sheet was imported on 03-05: 空巢 dated that day, its real start unknown.
    store.insert("person_group", {"person_id": elder, "kind": "空巢老人", "start_date": "2026-03-05",
                                  "note": "从 花名册.xlsx 导入"})
    feb = report.monthly_report(store, home, "2026-02")
    assert feb["shares"]["空巢"] == {"count": 0, "percent": 0.0, "since_import": 1}
    assert any("自导入起" in f and "空巢" in f for f in feb["flags"])
    # A membership the clerk dated herself is not marked.
    other = person(store, "卫大爷", born_years_before(77), gender="男")
    enrolment.enrol(store, home, other, "2026-02-01")
    register.save_cells(store, home, [(other, "2026-02-11", Cell(True, 1))])
    store.insert("person_group", {"person_id": other, "kind": "留守老人", "start_date": "2026-03-01"})
    feb = report.monthly_report(store, home, "2026-02")
    assert feb["shares"]["留守"] == {"count": 0, "percent": 0.0}


# ------------------------------------------------------------------ the year read once
def test_yearly_report_months_and_year_by_hand(store, home):
    """The yearly report tallies its months out of one read of the year: each month and the
    year must still give the figures of separate readings (rates by date, groups by month)."""
    from desktop.core.care import rates
    from tests.care_helpers import group
    rates.set_rates(store, home, "2025-02-15", meal_subsidy_fen=500, service_subsidy={"文娱": 100})
    a = person(store, "甲奶奶", born_years_before(81, "2025-01-01"))   # 81: 高龄 all year
    b = person(store, "乙大爷", born_years_before(70, "2025-01-01"), gender="男")
    for p in (a, b):
        enrolment.enrol(store, home, p, "2025-01-01")
    group(store, b, "空巢老人", "2024-01-01")
    store.update("person_group", store.scalar("SELECT id FROM person_group WHERE person_id=?", (b,)),
                 {"end_date": "2025-01-31"})
    register.save_cells(store, home, [(a, "2025-01-10", Cell(True, 1)), (b, "2025-01-10", Cell(True, 2)),
                                      (a, "2025-02-20", Cell(True, 1, ("文娱",))), (b, "2025-03-03", Cell(True, 1))])
    y = report.yearly_report(store, home, 2025)
    jan, feb, mar = y["months"][:3]
    # January: 2 people, 2 人次, 3 餐次 × 3.50 = 10.50 + 2 person-months × 20.00 = 50.50 yuan.
    assert (jan["served"], jan["attendance"], jan["meals"], jan["subsidy"]["total_fen"]) == (2, 2, 3, 5_050)
    assert jan["shares"]["空巢"] == {"count": 1, "percent": 50.0}
    # February: 1 餐 at 5.00 (from 02-15) + 文娱 1.00 + 1 person-month 20.00 = 26.00 yuan; 空巢 ended 01-31.
    assert (feb["served"], feb["subsidy"]["total_fen"], feb["services"]["文娱"]) == (1, 2_600, 1)
    assert feb["shares"]["空巢"] == {"count": 0, "percent": 0.0}
    # March: 乙 alone, 1 餐 × 5.00 + 20.00 = 25.00 yuan; nobody 高龄.
    assert (mar["served"], mar["subsidy"]["total_fen"], mar["shares"]["高龄"]["count"]) == (1, 2_500, 0)
    assert mar["shares"]["空巢"]["count"] == 0          # ended 01-31
    assert all(m["attendance"] == 0 for m in y["months"][3:])
    # The year: 2 people, 4 人次, 5 餐次; 50.50 + 26.00 + 25.00 = 101.50 yuan; 4 person-months.
    assert (y["served"], y["attendance"], y["meals"], y["subsidy"]["person_months"]) == (2, 4, 5, 4)
    assert y["subsidy"]["total_fen"] == 10_150
    assert y["shares"]["空巢"] == {"count": 1, "percent": 50.0} and y["shares"]["高龄"]["count"] == 1
    # Each month of the year reads as its own monthly report does.
    for month in y["months"]:
        alone = report.monthly_report(store, home, month["month"])
        assert {k: alone[k] for k in month if k != "month"} == {k: v for k, v in month.items() if k != "month"}
