"""Importing a month's paper sign-in sheet: good cells in, every bad cell reported, nothing lost."""
from __future__ import annotations

from datetime import datetime

import pytest
from openpyxl import Workbook, load_workbook

from db.errors import CunwuError, RefusedError
from desktop.core.care import enrolment, places, report
from desktop.core.care.importer import import_register
from tests.care_helpers import born_years_before, person


@pytest.fixture
def home(store):
    pid = places.add_place(store, name="高家湾幸福院", kind="幸福院", meal_subsidy_fen=300)
    people = {n: person(store, n, born_years_before(75)) for n in ("王秀英", "李桂兰", "张德胜", "刘淑珍")}
    for n in ("王秀英", "李桂兰", "张德胜"):
        enrolment.enrol(store, pid, people[n], "2026-01-01")
    enrolment.enrol(store, pid, people["刘淑珍"], "2026-02-10")
    person(store, "赵春生", born_years_before(70), gender="男")     # in the roster, not enrolled
    return pid, people


def sheet(path, rows, title="高家湾幸福院2026年2月签到表", days=31):
    wb = Workbook()
    ws = wb.active
    ws.title = "2月"
    ws.append([title])
    ws.append(["序号", "姓名", *range(1, days + 1), "合计"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_good_sheet_imports_with_place_and_month_from_title(store, home, tmp_path):
    pid, people = home
    f = sheet(tmp_path / "feb.xlsx", [
        [1, "王秀英", "√", "√", 2, None, "×"],      # Feb 1 is a Sunday: imported, warned
        [2, "李桂兰 ", None, "✓", "", "到"],
        ["", "临时来访", None, 3, 2],
        ["", "合计", 2, 3, 3],
    ])
    res = import_register(store, f)
    assert res.place["id"] == pid and res.month == "2026-02"
    assert res.errors == [] and res.error_file is None
    assert (res.cells, res.people, res.meals, res.visitor_days) == (5, 2, 6, 2)
    assert any("周日不开放" in w for w in res.warnings)
    r = report.monthly_report(store, pid, "2026-02")
    assert (r["attendance"], r["meals"], r["visitors"]) == (5, 6, 5)


def test_bad_cells_reported_and_kept_in_error_workbook(store, home, tmp_path):
    pid, people = home
    f = sheet(tmp_path / "feb.xlsx", [
        [1, "王秀英", "√", "√", None] + [None] * 27 + ["√"],   # day 31: February has no 31st
        [2, "王秀瑛", "√"],                                      # a typo: not in the roster
        [3, "赵春生", "√", "√"],                                 # in the roster, not enrolled
        [4, "刘淑珍", None, "√"] + [None] * 8 + ["√"],           # enrolled from Feb 10: day 2 outside
        [5, "张德胜", "√", "好"],                                # unreadable mark
    ], days=31)
    res = import_register(store, f)
    reasons = {(e.row, e.column): e.reason for e in res.errors}
    assert "2026年2月没有 31 日" in reasons[(3, "AG")]
    assert "花名册里没有“王秀瑛”" in reasons[(4, "")]
    assert "没有在高家湾幸福院入托" in reasons[(5, "")]
    assert "不在 刘淑珍 的入托期内" in reasons[(6, "D")]
    assert "无法识别“好”" in reasons[(7, "D")]
    assert len(res.errors) == 5
    assert res.cells == 4          # 王秀英 x2, 刘淑珍 day 11, 张德胜 day 1
    messages = [e.message() for e in res.errors]
    assert "第 4 行（王秀瑛）：花名册里没有“王秀瑛”" in messages[1]
    # the error workbook keeps every mark that was not imported, in the same layout
    wb = load_workbook(res.error_file)
    ws = wb["未导入"]
    assert ws["A1"].value == "高家湾幸福院2026年2月签到表"
    names = [ws.cell(r, 2).value for r in range(3, ws.max_row + 1)]
    assert names == ["王秀英", "王秀瑛", "赵春生", "刘淑珍", "张德胜"]
    assert ws["AG3"].value == "√" and ws["C3"].value is None          # imported cells are not repeated
    assert ws["C4"].value == "√" and ws["C5"].value == "√" and ws["D5"].value == "√"
    assert ws["D7"].value == "好" and ws["D7"].comment is not None
    assert wb["错误明细"].max_row == 6


def test_reimport_counts_nothing_twice(store, home, tmp_path):
    pid, people = home
    f = sheet(tmp_path / "feb.xlsx", [[1, "王秀英", "√", "√"], ["", "临时来访", None, 3]])
    first = import_register(store, f)
    assert first.cells == 2 and first.backup and first.backup.exists()     # backed up before writing
    again = import_register(store, f)
    assert again.cells == 0 and again.backup is None                     # nothing new: nothing to back up
    assert [e.reason for e in again.errors].count("当天已登记过出勤，同一天不重复计入") == 2
    assert any("临时来访" in e.reason for e in again.errors)
    assert report.monthly_report(store, pid, "2026-02")["attendance"] == 2


def test_dry_run_writes_nothing(store, home, tmp_path):
    pid, _ = home
    f = sheet(tmp_path / "feb.xlsx", [[1, "王秀英", "√", "√"]])
    res = import_register(store, f, dry_run=True)
    assert res.cells == 2 and store.scalar("SELECT COUNT(*) FROM care_attendance") == 0
    assert res.backup is None


def test_same_name_needs_id_column(store, home, tmp_path):
    pid, people = home
    twin = person(store, "王秀英", born_years_before(80))
    enrolment.enrol(store, pid, twin, "2026-01-01")
    f = sheet(tmp_path / "feb.xlsx", [[1, "王秀英", "√"]])
    res = import_register(store, f)
    assert "有 2 个在托人员叫“王秀英”" in res.errors[0].reason
    wb = Workbook()
    ws = wb.active
    ws.append(["高家湾幸福院 2026年2月"])
    ws.append(["姓名", "身份证号", *range(1, 29)])
    id_number = store.get("person", twin)["id_number"] or ""
    ws.append(["王秀英", id_number[-4:], "√"])
    wb.save(tmp_path / "ids.xlsx")
    if id_number:
        res = import_register(store, tmp_path / "ids.xlsx")
        assert res.errors == [] and res.cells == 1
        assert store.scalar("SELECT person_id FROM care_attendance") == twin


def test_date_headers_and_explicit_place_month(store, home, tmp_path):
    pid, _ = home
    wb = Workbook()
    ws = wb.active
    ws.append(["签到表"])
    ws.append(["姓名", *[datetime(2026, 3, d) for d in range(1, 8)]])
    ws.append(["王秀英", None, 1, 1, 1])
    wb.save(tmp_path / "mar.xlsx")
    with pytest.raises(RefusedError, match="--place"):
        import_register(store, tmp_path / "mar.xlsx")
    places.add_place(store, name="托育点", kind="托育点")
    res = import_register(store, tmp_path / "mar.xlsx", place="幸福院")
    assert res.month == "2026-03" and res.cells == 3 and res.meals == 3


def test_unreadable_files_refused_plainly(store, home, tmp_path):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not excel")
    with pytest.raises(CunwuError, match="已损坏，或不是 Excel 文件"):
        import_register(store, bad)
    with pytest.raises(CunwuError, match="找不到文件"):
        import_register(store, tmp_path / "old.xls")
    wb = Workbook()
    wb.active.append(["名单"])
    wb.save(tmp_path / "nohead.xlsx")
    with pytest.raises(CunwuError, match="没有找到表头"):
        import_register(store, tmp_path / "nohead.xlsx")


def test_csv_sheet_and_one_sheet_per_month(store, home, tmp_path):
    pid, _ = home
    csv_file = tmp_path / "三月.csv"
    csv_file.write_text("高家湾幸福院2026年3月签到表\n姓名,1,2,3,4,5,6\n王秀英,,√,√,,,\n", encoding="gbk")
    res = import_register(store, csv_file)
    assert (res.month, res.cells, res.errors) == ("2026-03", 2, [])
    wb = Workbook()
    for month in (1, 11, 4):
        ws = wb.create_sheet(f"{month}月")
        ws.append([f"高家湾幸福院2026年{month}月签到表"])
        ws.append(["姓名", *range(1, 31)])
        ws.append(["王秀英", *(["√"] * month)])
    wb.remove(wb["Sheet"])
    wb.save(tmp_path / "year.xlsx")
    res = import_register(store, tmp_path / "year.xlsx", month="2026-01")
    assert res.month == "2026-01" and res.cells == 1          # 1月, not 11月
    res = import_register(store, tmp_path / "year.xlsx", month="2026-04")
    assert res.month == "2026-04" and res.cells == 4


def test_an_absurd_visitor_count_is_one_bad_cell_not_a_refused_sheet(store, home, tmp_path):
    """Found by the care sheet fuzz campaign: a phone number in the 临时来访 row refused the
    whole sheet with no row or column named."""
    f = sheet(tmp_path / "feb.xlsx", [[1, "王秀英", None, "√"], ["", "临时来访", 2, 13800138000, 600],
                                      ["", "临时来访", None, None, 600]])
    res = import_register(store, f)
    assert res.cells == 1 and res.visitor_days == 2
    reasons = {(e.row, e.column): e.reason for e in res.errors}
    assert set(reasons) == {(4, "D"), (5, "E")}            # the phone number; 600 + 600 on day 3
    assert all("一天最多 1000" in why for why in reasons.values())
