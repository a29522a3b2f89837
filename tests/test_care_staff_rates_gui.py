"""The care page's 工作人员和志愿者 and 补贴标准 tabs with real widgets (offscreen): what the
clerk types reaches the store through the core, and the tables show it. Figures by hand."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QDate

from desktop.core.care import enrolment, places, register, report
from desktop.ui.care.helpers_tab import EndServiceDialog, HelperDialog, HoursDialog
from desktop.ui.care.rates_tab import RateDialog
from desktop.ui.context import AppContext
from desktop.ui.pages.care import Page
from tests.care_helpers import born_years_before, person


@pytest.fixture
def page(qtbot, store, db_path):
    home = places.add_place(store, name="幸福院", kind="幸福院", capacity=10, meal_subsidy_fen=300,
                            person_subsidy_fen=2_000, services=["助餐", "文娱", "助浴"])
    elder = person(store, "王秀英", born_years_before(80))
    enrolment.enrol(store, home, elder, "2026-03-01")
    person(store, "韩志强", born_years_before(35), gender="男")
    p = Page(AppContext(store, db_path))
    qtbot.addWidget(p)
    p.bar.month.setDate(QDate(2026, 3, 1))
    p.show()
    return p, home, elder


def _table(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def _accepting(monkeypatch, dialog_class, fill):
    """exec() of the dialog fills its fields as the clerk would and presses 确定."""
    def run(self):
        fill(self)
        self._accept()
        return self.result()
    monkeypatch.setattr(dialog_class, "exec", run)


def test_staff_and_volunteers_listed_added_and_their_hours(qtbot, page, monkeypatch):
    p, home, elder = page
    p.tabs.setCurrentWidget(p.helpers)
    tab = p.helpers
    assert tab.table.rowCount() == 0 and not tab.hours_button.isEnabled()

    def villager(d):
        d.role.setCurrentIndex(d.role.findData("志愿者"))
        d.name.setText("韩志强")
        d.start.setDate(QDate(2026, 3, 1))
    _accepting(monkeypatch, HelperDialog, villager)
    announced = []
    p.ctx.data_changed.connect(announced.append)
    tab.add_button.click()
    assert announced == ["care"]                 # once, by the dialog's run_op

    def outsider(d):
        d.role.setCurrentIndex(d.role.findData("工作人员"))
        d.name.setText("厨师老马")
        d.outsider.setChecked(True)
        d.start.setDate(QDate(2026, 1, 1))
    _accepting(monkeypatch, HelperDialog, outsider)
    tab.add_button.click()
    rows = p.store.query("SELECT name, role, person_id FROM care_helper ORDER BY name")
    assert [(r["name"], r["role"], r["person_id"] is not None) for r in rows] == [
        ("厨师老马", "工作人员", False), ("韩志强", "志愿者", True)]

    # A name not in the roster (without 不是本村) is refused inside the dialog, nothing written.
    d = HelperDialog(p.store, places.get_place(p.store, home), p)
    qtbot.addWidget(d)
    d.name.setText("查无此人")
    d._accept()
    assert d.result() == 0 and "查无此人" in d.error.text()
    assert p.store.scalar("SELECT COUNT(*) FROM care_helper") == 2

    ids = {r["name"]: r["id"] for r in p.store.query("SELECT id, name FROM care_helper")}
    for name, day, hours in (("韩志强", "2026-03-10", "2.5"), ("厨师老马", "2026-03-11", "8"),
                             ("厨师老马", "2026-04-01", "8")):
        d = HoursDialog(p.store, tab._rows, ids[name], day, p)
        qtbot.addWidget(d)
        d.hours.setText(hours)
        d._accept()
        assert d.result() == 1, d.error.text()
    d = HoursDialog(p.store, tab._rows, ids["韩志强"], "2026-03-12", p)
    qtbot.addWidget(d)
    d.hours.setText("三个钟")
    d._accept()
    assert d.result() == 0 and "服务时长“三个钟”无法识别" in d.error.text()

    tab.load(p.bar.place(), "2026-03")
    # Sorted by role then name: 工作人员 first. March: 老马 8 h of 16 h in all; 韩志强 2.5 h.
    assert [r[:2] + r[5:] for r in _table(tab.table)] == [["厨师老马", "工作人员", "8", "16"],
                                                          ["韩志强", "志愿者", "2.5", "2.5"]]
    assert [item.text() for item in tab.summary_items if not item.isHidden()] == [
        "本月：工作人员 1 人 8 小时；", "志愿者 1 人 2.5 小时"]
    tab.table.selectRow(0)
    assert _table(tab.days_table) == [["2026-03-11", "8"]]
    # The month's report counts the same hours.
    h = report.monthly_report(p.store, home, "2026-03")["helpers"]
    assert (h["工作人员"]["minutes"], h["志愿者"]["minutes"]) == (480, 150)


def test_the_month_summary_breaks_between_its_items_only(qtbot, page):
    """Each role's figures are a label of their own that never wraps: on a narrow row the
    summary goes below the buttons whole, and narrower still onto two lines between its items;
    never inside one (a single wrapped label broke "64 小时" in two on a 1024-pixel screen)."""
    from PySide6.QtCore import QRect
    from desktop.core.care import helpers
    from desktop.ui.screen_fit import fit_contents
    p, home, elder = page
    p.tabs.setCurrentWidget(p.helpers)
    tab = p.helpers
    tab.load(p.bar.place(), "2026-03")
    assert [item.text() for item in tab.summary_items if not item.isHidden()] == ["本月：无服务记录"]
    cook = helpers.add_helper(p.store, home, name="厨师老马", role="工作人员", start_date="2026-01-01")
    helper = helpers.add_helper(p.store, home, name="韩志强", role="志愿者", start_date="2026-01-01")
    helpers.record_hours(p.store, cook, "2026-03-11", "8")
    helpers.record_hours(p.store, helper, "2026-03-12", "2.5")
    tab.load(p.bar.place(), "2026-03")
    fit_contents(p)             # what the main window does to a page: every other label wraps
    shown = [item for item in tab.summary_items if not item.isHidden()]
    assert [item.text() for item in shown] == ["本月：工作人员 1 人 8 小时；", "志愿者 1 人 2.5 小时"]
    assert not any(item.wordWrap() for item in shown)
    one_line = shown[0].sizeHint().height()
    text_width = [item.fontMetrics().horizontalAdvance(item.text()) for item in shown]
    row = tab.layout().itemAt(0).layout()       # the buttons' row, the summary at its end
    for width, lines in ((10_000, 1), (max(text_width) + 20, 2)):
        row.setGeometry(QRect(0, 0, width, row.heightForWidth(width)))
        if width < 10_000:      # the buttons and the summary no longer fit one line: it is below them
            assert tab.summary.y() > tab.add_button.y()
        assert tab.summary.height() >= lines * one_line
        for item, needed in zip(shown, text_width):
            assert item.width() >= needed and item.height() == one_line, item.text()   # whole, on one line
        assert (shown[1].y() > shown[0].y()) == (lines == 2)


def test_a_helper_s_service_is_ended_and_resumed(qtbot, page, cli, db_path):
    p, home, elder = page
    from desktop.core.care import helpers
    tab = p.helpers
    cook = helpers.add_helper(p.store, home, name="厨师老马", role="工作人员", start_date="2026-01-01")
    helpers.record_hours(p.store, cook, "2026-03-11", "8")
    tab.load(p.bar.place(), "2026-03")
    tab.table.selectRow(0)
    assert tab.end_button.isEnabled()

    def end_on(day):
        d = EndServiceDialog(p.store, tab.selected(), p)
        qtbot.addWidget(d)
        d.end.setDate(day)
        d._accept()
        return d
    # Hours on 03-11 lie after an end on 03-10: refused, named, nothing written.
    d = end_on(QDate(2026, 3, 10))
    assert d.result() == 0 and "2026-03-10 以后还有 1 天的服务记录（最早 2026-03-11）" in d.error.text()
    assert p.store.scalar("SELECT end_date FROM care_helper") is None
    d = end_on(QDate(2025, 12, 31))
    assert d.result() == 0 and "早于开始服务日期 2026-01-01" in d.error.text()
    assert end_on(QDate(2026, 3, 31)).result() == 1
    tab.load(p.bar.place(), "2026-03")
    assert _table(tab.table)[0][3:5] == ["2026-01-01", "2026-03-31"]
    # After the end, new hours are refused by the same rule as before the start.
    d = HoursDialog(p.store, tab._rows, cook, "2026-04-01", p)
    qtbot.addWidget(d)
    d.hours.setText("8")
    d._accept()
    assert d.result() == 0 and "不在服务期内（2026-01-01 至 2026-03-31）" in d.error.text()
    # Serving again: the end is cleared.
    tab.table.selectRow(0)
    d = EndServiceDialog(p.store, tab.selected(), p)
    qtbot.addWidget(d)
    assert not d.resume.isHidden()
    d.resume.setChecked(True)
    d._accept()
    assert d.result() == 1 and p.store.scalar("SELECT end_date FROM care_helper") is None
    # The CLI calls the same core function.
    code, out, err = cli("care", "helper", "end", "幸福院", "厨师老马", "2026-03-05", "--db", db_path)
    assert code == 1 and "2026-03-05 以后还有 1 天的服务记录" in err and "Traceback" not in err
    code, out, err = cli("care", "helper", "end", "幸福院", "厨师老马", "2026-03-20", "--db", db_path)
    assert code == 0 and "厨师老马 的服务到 2026-03-20 结束" in out
    assert p.store.scalar("SELECT end_date FROM care_helper") == "2026-03-20"
    code, out, err = cli("care", "helper", "end", "幸福院", "厨师老马", "--resume", "--db", db_path)
    assert code == 0 and p.store.scalar("SELECT end_date FROM care_helper") is None


def test_rate_history_shown_and_a_new_rate_from_a_date(qtbot, page, monkeypatch):
    p, home, elder = page
    register.save_cells(p.store, home, [(elder, "2026-03-02", register.Cell(True, 2, ("助浴",))),
                                        (elder, "2026-04-02", register.Cell(True, 1, ("助浴",)))])
    p.tabs.setCurrentWidget(p.rates)
    tab = p.rates
    assert _table(tab.table) == [["建立时", "3.00", "20.00", "0.00", "0.00", "", ""]]

    def april(d):
        d.effective.setDate(QDate(2026, 4, 1))
        d.money["meal_subsidy_fen"].setText("4")
        d.service_edits["service_subsidy", "助浴"].setText("10")
        d.service_edits["service_fee", "助浴"].setText("5")
    _accepting(monkeypatch, RateDialog, april)
    tab.add_button.click()
    assert _table(tab.table) == [["建立时", "3.00", "20.00", "0.00", "0.00", "", ""],
                                 ["2026-04-01", "4.00", "20.00", "0.00", "0.00", "助浴 10.00", "助浴 5.00"]]
    # The 场所设置 table shows the rate in force today.
    p.places.refresh()
    headers = [p.places.place_table.horizontalHeaderItem(c).text() for c in range(p.places.place_table.columnCount())]
    assert p.places.place_table.item(0, headers.index("每餐补贴（元）")).text() == "4.00"
    # March keeps its rates: 2 meals × 3.00 + 20.00 = 26.00 yuan; April: 1 × 4.00 + 助浴 10.00 + 20.00 = 34.00.
    assert report.monthly_report(p.store, home, "2026-03")["subsidy"]["total_fen"] == 2_600
    assert report.monthly_report(p.store, home, "2026-04")["subsidy"]["total_fen"] == 3_400

    # The dialog starts at the rates in force on its date.
    d = RateDialog(p.store, places.get_place(p.store, home), p)
    qtbot.addWidget(d)
    d.effective.setDate(QDate(2026, 4, 15))
    assert d.money["meal_subsidy_fen"].text() == "4.00"
    d.effective.setDate(QDate(2026, 3, 15))
    assert d.money["meal_subsidy_fen"].text() == "3.00"
    # Once March is paid its rates cannot change: refused in the dialog, nothing written.
    from desktop.core.care import payments
    payments.record_payment(p.store, home, "2026-03", 2_600, paid_date="2026-04-05")
    d.money["meal_subsidy_fen"].setText("5")
    d._accept()
    assert d.result() == 0 and "2026-03 的补贴已经拨付" in d.error.text()
    assert p.store.scalar("SELECT COUNT(*) FROM care_rate") == 1
    d.money["meal_subsidy_fen"].setText("abc")
    d.effective.setDate(QDate(2026, 5, 1))
    d.money["meal_subsidy_fen"].setText("abc")
    d._accept()
    assert d.result() == 0 and "每餐补贴“abc”" in d.error.text()
