"""The care page with real widgets: the register grid driven by the keyboard alone."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from desktop.core.care import enrolment, places, register
from desktop.ui.context import AppContext
from desktop.ui.pages.care import Page
from tests.care_helpers import born_years_before, person


@pytest.fixture
def page(qtbot, store, db_path):
    home = places.add_place(store, name="幸福院", kind="幸福院", capacity=10, meal_subsidy_fen=300)
    a = person(store, "王秀英", born_years_before(80))
    b = person(store, "李德胜", born_years_before(70), gender="男")
    enrolment.enrol(store, home, a, "2026-03-01")
    enrolment.enrol(store, home, b, "2026-03-05")
    p = Page(AppContext(store, db_path))
    qtbot.addWidget(p)
    p.bar.month.setDate(QDate(2026, 3, 1))
    p.show()
    return p, home, a, b


def _row_of(model, name):
    return next(i for i, r in enumerate(model.register.rows) if r.name == name)


def test_keyboard_only_month_entry_with_live_totals(qtbot, page):
    p, home, a, b = page
    grid, model = p.register.grid, p.register.model
    assert model.rowCount() == 2 + 4 and model.columnCount() == 31 + 2
    wang, li = _row_of(model, "王秀英"), _row_of(model, "李德胜")
    grid.setFocus()
    grid.setCurrentIndex(model.index(wang, 1))                    # 2 March, a Monday
    qtbot.keyClick(grid, Qt.Key_Space)
    assert model.data(model.index(wang, 1)) == "√"
    qtbot.keyClick(grid, Qt.Key_2)                                # two meals
    assert model.data(model.index(wang, 1)) == "√2"
    qtbot.keyClick(grid, Qt.Key_Y)                                # 助浴
    assert model.data(model.index(wang, 1)) == "√2Y"
    qtbot.keyClick(grid, Qt.Key_Right)
    qtbot.keyClick(grid, Qt.Key_Space)                            # 3 March
    days, meals = 31, 32
    assert model.data(model.index(wang, days)) == "2"             # row total: days attended
    assert model.data(model.index(wang, meals)) == "2"
    # li is not enrolled before 5 March: refused with the reason, nothing written
    qtbot.keyClick(grid, Qt.Key_Down) if li > wang else qtbot.keyClick(grid, Qt.Key_Up)
    qtbot.keyClick(grid, Qt.Key_Space)
    assert "不能记出勤" in p.register.status.text() or "不在入托期内" in p.register.status.text()
    assert model.data(model.index(li, 2)) == ""
    # whole day present on 5 March (Ctrl+D), column total follows
    grid.setCurrentIndex(model.index(wang, 4))
    qtbot.keyClick(grid, Qt.Key_D, Qt.ControlModifier)
    assert model.data(model.index(wang, 4)) == "√" and model.data(model.index(li, 4)) == "√"
    n = model.people
    assert model.data(model.index(n + 2, 4)) == "2"                # 在托出勤 that day
    assert model.data(model.index(n + 2, days)) == "4"             # month total
    # Delete clears, totals follow
    qtbot.keyClick(grid, Qt.Key_Delete)
    assert model.data(model.index(wang, 4)) == "" and model.data(model.index(n + 2, days)) == "3"
    # everything went through the store
    reg = register.month_register(p.store, home, "2026-03")
    cells = {(r.name, d): c for r in reg.rows for d, c in r.cells.items()}
    assert cells[("王秀英", "2026-03-02")].meals == 2 and cells[("王秀英", "2026-03-02")].services == ("助浴",)
    assert set(cells) == {("王秀英", "2026-03-02"), ("王秀英", "2026-03-03"), ("李德胜", "2026-03-05")}


def test_closed_day_warns_in_status_line(qtbot, page):
    p, home, a, b = page
    wang = _row_of(p.register.model, "王秀英")
    p.register.grid.setFocus()
    p.register.grid.setCurrentIndex(p.register.model.index(wang, 0))                # 1 March 2026 is a Sunday
    qtbot.keyClick(p.register.grid, Qt.Key_Space)
    assert "周日不开放" in p.register.status.text()
    assert p.register.model.data(p.register.model.index(wang, 0)) == "√"


def test_walk_in_row_is_typed_in(qtbot, page):
    p, home, a, b = page
    model = p.register.model
    idx = model.index(model.people, 1)
    assert model.setData(idx, "4")
    assert register.month_register(p.store, home, "2026-03").visitors == {"2026-03-02": (4, 0)}
    assert model.data(model.index(model.people, 31)) == "4"


def test_report_tab_and_places_tab_show_figures(qtbot, page):
    p, home, a, b = page
    register.save_cells(p.store, home, [(a, "2026-03-02", register.Cell(True, 1))])
    p.tabs.setCurrentIndex(2)
    figures = {p.report.report_view.figures.item(r, 0).text(): p.report.report_view.figures.item(r, 1).text()
               for r in range(p.report.report_view.figures.rowCount())}
    assert figures["在托出勤（人次）"] == "1" and figures["应拨补贴合计（元）"] == "3.00"
    assert p.report.report_view.trend.chart().series()
    p.report.by_year.setChecked(True)
    assert p.report.report_view.people.rowCount() == 12
    p.tabs.setCurrentIndex(3)
    assert p.places.place_table.item(0, 0).text() == "幸福院"
    p.tabs.setCurrentIndex(1)
    assert p.enrolments.table.rowCount() == 2


def test_place_and_enrol_dialogs_call_the_core(qtbot, page):
    from desktop.ui.care.dialogs import EnrolDialog, PlaceDialog
    p, home, a, b = page
    d = PlaceDialog(p.store, None, p)
    qtbot.addWidget(d)
    d.name.setText("高家湾托育点")
    d.kind.setCurrentText("托育点")
    assert [c.text() for c in d.service_checks] == ["保育", "午餐"]
    assert (d.min_age.value(), d.max_age.value()) == (0, 3)
    d.meal.setText("abc")
    d._accept()
    assert "每餐补贴“abc”格式不对" in d.error.text() and d.result() == 0      # stays open, input kept
    d.meal.setText("2.5")
    d._accept()
    kid = places.resolve_place(p.store, "高家湾托育点")
    assert kid["meal_subsidy_fen"] == 250 and kid["services"] == "保育、午餐"
    e = EnrolDialog(p.store, places.get_place(p.store, home), p)
    qtbot.addWidget(e)
    e.query.setText("王秀英")
    assert e.results.count() == 1 and e.results.item(0).text().endswith("（已在托）")
    e.results.item(0).setSelected(True)
    e._accept()
    assert "已在幸福院登记入托" in e.error.text()


def test_import_job_result_shown_and_grid_moves_to_that_month(qtbot, page, tmp_path, message_boxes):
    from openpyxl import Workbook
    from desktop.ui.care.register_tab import import_job
    p, home, a, b = page
    wb = Workbook()
    ws = wb.active
    ws.append(["幸福院 2026年4月签到表"])
    ws.append(["姓名", *range(1, 31)])
    ws.append(["王秀英", "√", "√", 2])
    ws.append(["查无此人", "√"])
    wb.save(tmp_path / "apr.xlsx")
    result = import_job(p.store, lambda *args: None, str(tmp_path / "apr.xlsx"), None, None)
    shown = message_boxes.said("information")
    p.register.import_done(result)
    assert "导入 3 人次" in shown[0] and "有 1 处未导入" in shown[0] and "查无此人" in shown[0]
    # The error file by its name (it lies beside the sheet), not its whole path.
    assert Path(result["error_file"]).name in shown[0] and str(tmp_path) not in shown[0]
    assert p.bar.month_text() == "2026-04"
    wang = _row_of(p.register.model, "王秀英")
    assert p.register.model.data(p.register.model.index(wang, 2)) == "√2"


def test_print_preview_of_the_monthly_report(qtbot, page, tmp_path):
    from pypdf import PdfReader
    p, home, a, b = page
    register.save_cells(p.store, home, [(a, "2026-03-02", register.Cell(True, 1))])
    p.tabs.setCurrentIndex(2)
    p.report.detail_button.click()
    dialog = p.report.print_dialog
    qtbot.addWidget(dialog)
    assert dialog.preview.page_count >= 1
    dialog.save_to(tmp_path / "d.pdf")
    text = "".join(pg.extract_text() for pg in PdfReader(tmp_path / "d.pdf").pages)
    assert "王秀英" in text and "出勤明细" in text
    dialog.close()
    p.report.pdf_button.click()
    assert p.report.print_dialog.preview.page_count == 1
    p.report.print_dialog.close()


def test_places_tab_lists_and_removes_holidays(qtbot, page):
    p, home, a, b = page
    places.set_day(p.store, home, "2026-10-01", False, "国庆节放假")
    p.tabs.setCurrentIndex(3)
    assert p.places.day_table.rowCount() == 1 and p.places.day_table.item(0, 2).text() == "国庆节放假"
    p.places.day_table.selectRow(0)
    p.places._remove_day()
    assert p.places.day_table.rowCount() == 0 and places.list_days(p.store, home) == []


def test_pay_a_month_and_retire_a_place_from_the_page(qtbot, page, monkeypatch):
    from desktop.ui.care import dialogs
    p, home, a, b = page
    register.save_cells(p.store, home, [(a, "2026-03-02", register.Cell(True, 1)),
                                        (b, "2026-03-06", register.Cell(True, 2))])
    p.tabs.setCurrentIndex(2)
    p.report.refresh()
    # Due: 3 meals × 3.00 = 9.00 yuan; the dialog offers the unpaid 9.00, the clerk saves it.
    monkeypatch.setattr(dialogs.PaymentDialog, "exec", lambda self: self._accept() or self.result())
    p.report._pay()
    paid = p.store.one("SELECT amount_fen, month, funds_entry_id FROM care_subsidy_payment")
    assert (paid["amount_fen"], paid["month"]) == (900, "2026-03") and paid["funds_entry_id"]
    figures = {p.report.report_view.figures.item(r, 0).text(): p.report.report_view.figures.item(r, 1).text()
               for r in range(p.report.report_view.figures.rowCount())}
    assert figures["已拨补贴（元）"] == "9.00" and figures["未拨补贴（元）"] == "0.00"
    # Retiring is refused while two are enrolled, and allowed once they have left.
    p.tabs.setCurrentIndex(3)
    p.places.refresh()
    p.places.place_table.selectRow(0)
    p.places.retire_place_button.click()
    assert places.get_place(p.store, home)["active"] == 1
    for row in p.store.query("SELECT id FROM care_enrolment"):
        enrolment.end_enrolment(p.store, row["id"], "2026-03-31")
    p.places.retire_place_button.click()
    assert places.get_place(p.store, home)["active"] == 0


def test_report_export_is_said_on_the_report_tab_not_on_the_register(qtbot, page, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QLabel
    p, home, a, b = page
    register.save_cells(p.store, home, [(a, "2026-03-02", register.Cell(True, 1))])
    target = tmp_path / "exports" / "幸福院2026-03.xlsx"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kw: (str(target), ""))
    p.tabs.setCurrentIndex(2)
    before = p.register.status.text()
    p.report._export_xlsx()
    assert target.exists()
    assert p.register.status.text() == before          # the register tab's line says nothing of it
    names = [label.text() for label in p.report.saved.findChildren(QLabel, "saved_file_name")]
    assert names == ["已导出：幸福院2026-03.xlsx"] and p.report.saved.isVisibleTo(p)
    assert str(target.parent) not in names[0]
