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
