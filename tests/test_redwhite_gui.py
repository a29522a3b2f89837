"""The red-white page with real widgets: red rows, the live check, saving and refusing."""
from __future__ import annotations

import pytest

from desktop.core import village
from desktop.core.redwhite import event_queries, events, members, standards
from desktop.core.roster import people
from desktop.ui.context import AppContext


@pytest.fixture
def ctx(store, db_path):
    g1 = village.groups(store)[0]["id"]
    hh = people.add_household(store, hh_no="0101", group_id=g1)
    people.add_person(store, household_id=hh, name="韩振华", gender="男", relation="户主", birth_date="1950-05-05")
    standards.adopt_example(store, "2025-01-01")
    members.add_member(store, role="会长", name="赵会长", term_start="2024-01-01")
    return AppContext(store, db_path)


@pytest.fixture
def warnings(message_boxes):
    """Message boxes are modal; conftest answers them and keeps what they said."""
    return message_boxes.said("warning")


def test_event_list_highlights_exceeded_rows_in_red(qtbot, demo_store, tmp_path):
    from PySide6.QtCore import Qt
    from desktop.ui.pages.redwhite import Page
    from desktop.ui.redwhite.events_tab import RED_BG
    page = Page(AppContext(demo_store, tmp_path / "demo.sqlite"))
    qtbot.addWidget(page)
    tab = page.events
    tab.year.setCurrentIndex(tab.year.findData(None))      # all years
    model = tab.model
    assert model.rowCount() == len(event_queries.list_events(demo_store))
    over = [i for i, r in enumerate(model.rows) if r["verdict"]["within_standards"] is False]
    fine = [i for i, r in enumerate(model.rows) if r["verdict"]["within_standards"] is True]
    assert over and fine
    bg = model.data(model.index(over[0], 0), Qt.BackgroundRole)
    assert bg is not None and bg.color() == RED_BG
    assert "超过标准" in model.data(model.index(over[0], 9)) or "不办" in model.data(model.index(over[0], 9))
    assert model.data(model.index(fine[0], 0), Qt.BackgroundRole) is None
    for i in range(page.tabs.count()):       # every tab builds and refreshes on the demo village
        page.tabs.setCurrentIndex(i)
    assert page.stats.kind_chart.chart().series()[0].count() == 3


def test_new_event_dialog_checks_live_and_saves(qtbot, ctx, warnings):
    from desktop.ui.redwhite.event_dialog import EventDialog
    dialog = EventDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentText("婚事")
    dialog.host.query.setText("韩振华")
    assert dialog.host.person_id() is not None
    dialog.start.set_iso("2025-06-01")
    dialog.end.set_iso("2025-06-01")
    dialog.report.set_iso("2025-05-20")
    dialog.plan.widgets["tables"].setValue(25)
    dialog.plan.widgets["cost_per_table_fen"].setText("280")
    assert "酒席 25 桌，超过标准 20 桌" in dialog.findings.text()
    assert dialog.limit_labels["tables"].text() == "20 桌"
    dialog.plan.widgets["tables"].setValue(18)
    assert "超过标准" not in dialog.findings.text()
    dialog.decision.setCurrentText("同意")
    dialog.decision_date.set_iso("2025-05-21")
    dialog.pledge.setChecked(True)
    dialog.pledge_date.set_iso("2025-05-21")
    dialog.save()
    assert warnings == []
    saved = event_queries.list_events(ctx.store)
    assert len(saved) == 1
    ev = saved[0]
    assert (ev["plan"]["tables"], ev["plan"]["cost_per_table_fen"], ev["decision"], ev["pledge_signer"]) == \
        (18, 280_00, "同意", "韩振华")


def test_refused_save_leaves_nothing_half_written(qtbot, ctx, warnings):
    from desktop.ui.redwhite.event_dialog import EventDialog
    dialog = EventDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.host.query.setText("韩振华")
    dialog.start.set_iso("2025-06-01")
    dialog.end.set_iso("2025-06-01")
    dialog.report.set_iso("2025-05-20")
    dialog.plan.widgets["tables"].setValue(10)
    dialog.has_actual.setChecked(True)
    dialog.actual_date.set_iso("2025-05-25")          # before the event: refused
    before = ctx.store.scalar("SELECT COUNT(*) FROM change_log")
    dialog.save()
    assert warnings and "事还没办" in warnings[0]
    assert ctx.store.scalar("SELECT COUNT(*) FROM redwhite_event") == 0
    assert ctx.store.scalar("SELECT COUNT(*) FROM change_log") == before


def test_unknown_host_refused_in_dialog(qtbot, ctx, warnings):
    from desktop.ui.redwhite.event_dialog import EventDialog
    dialog = EventDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.host.query.setText("不存在的人")
    dialog.save()
    assert warnings and "花名册" in warnings[0]


def test_standards_tab_locks_a_version_that_judged_events(qtbot, ctx, warnings):
    from desktop.ui.redwhite.standards_tab import StandardsTab
    host = ctx.store.scalar("SELECT id FROM person")
    event_id = events.add_event(ctx.store, kind="寿宴", host_person_id=host, start_date="2025-03-01",
                                report_date="2025-02-20", plan={"tables": 3})
    tab = StandardsTab(ctx)
    qtbot.addWidget(tab)
    assert tab.cells["婚事"]["max_tables"].isEnabled()
    tab.cells["婚事"]["max_bride_price_fen"].setText("-5")
    tab.save()
    assert warnings and "负数" in warnings[0]
    tab.cells["婚事"]["max_bride_price_fen"].setText("30000")
    tab.cells["婚事"]["max_tables"].setText("16")
    tab.save()
    assert standards.version_for(ctx.store, "2025-05-01")["standards"]["婚事"]["max_tables"] == 16
    events.record_actual(ctx.store, event_id, {"tables": 3}, recorded_date="2025-03-02")
    tab.refresh()
    assert not tab.cells["婚事"]["max_tables"].isEnabled()
    assert tab.cells["婚事"]["rules"].isEnabled()
    assert "不能再改" in tab.banner.text()
    tab.cells["婚事"]["max_cost_per_table_fen"].setEnabled(True)     # even if a number got typed,
    tab.cells["婚事"]["max_cost_per_table_fen"].setText("500")       # only the wording is saved
    tab.save()
    assert standards.version_for(ctx.store, "2025-05-01")["standards"]["婚事"]["max_cost_per_table_fen"] == 300_00


def test_pdf_dialog_previews_saves_and_records_history(qtbot, ctx, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    from desktop.core.redwhite import notices
    from desktop.ui.redwhite.widgets import PdfDialog
    data = notices.collect_annual(ctx.store, year=2025)
    pdf = notices.render_annual(data, store=ctx.store)
    dialog = PdfDialog(ctx.store, pdf, "2025年度红白理事会工作总结", "redwhite-annual",
                       notices.annual_publication(ctx.store))
    qtbot.addWidget(dialog)
    assert dialog.viewer.page_count >= 1
    target = tmp_path / "annual.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))
    assert dialog.save() == str(target)
    assert target.read_bytes() == pdf
    row = ctx.store.one("SELECT kind, action, target FROM notices_history")
    assert tuple(row) == ("redwhite-annual", "save", str(target))


def test_opening_and_saving_unchanged_event_writes_nothing_and_fees_reach_the_ledger(qtbot, ctx, warnings):
    from desktop.ui.redwhite.event_dialog import EventDialog
    host = ctx.store.scalar("SELECT id FROM person")
    chair = ctx.store.scalar("SELECT id FROM redwhite_member")
    event_id = events.add_event(ctx.store, kind="婚事", host_person_id=host, start_date="2025-05-10",
                                report_date="2025-04-20", plan={"tables": 12, "cost_per_table_fen": 250_00})
    events.decide(ctx.store, event_id, "同意", decision_date="2025-04-21", by_member_id=chair)
    events.sign_pledge(ctx.store, event_id, pledge_date="2025-04-21")
    events.record_actual(ctx.store, event_id, {"tables": 12, "cost_per_table_fen": 250_00},
                         recorded_date="2025-05-11")
    before = ctx.store.scalar("SELECT COUNT(*) FROM change_log")
    dialog = EventDialog(ctx, event_id)
    qtbot.addWidget(dialog)
    dialog.save()
    assert warnings == []
    assert ctx.store.scalar("SELECT COUNT(*) FROM change_log") == before
    dialog = EventDialog(ctx, event_id)
    qtbot.addWidget(dialog)
    dialog.fee_amount.setText("240")
    dialog.fee_date.set_iso("2025-05-11")
    dialog.add_fee.click()
    assert warnings == [] and dialog.fees.count() == 1
    assert ctx.store.scalar("SELECT status FROM funds_entry WHERE amount_fen=24000") == "posted"


def test_empty_village_adopts_the_example_from_the_standards_tab(qtbot, store, db_path):
    from desktop.ui.pages.redwhite import Page
    page = Page(AppContext(store, db_path))      # on screen: the page shows each announced change
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.standards)
    tab = page.standards
    assert "尚未设置" in tab.banner.text() and not tab.save_button.isEnabled()
    tab.example_button.click()
    version = standards.versions(store)[0]
    assert version["title"] == "示例（请按本村村规民约修改）"
    assert "示例" in tab.banner.text() and tab.cells["婚事"]["max_tables"].text() == "20"


def test_member_dialog_links_a_villager_and_refuses_a_second_chair(qtbot, ctx, warnings):
    from desktop.ui.redwhite.members_tab import MemberDialog, MembersTab
    dialog = MemberDialog(ctx.store)
    qtbot.addWidget(dialog)
    dialog.role.setCurrentText("理事")
    dialog.person.query.setText("韩振华")
    dialog.start.set_iso("2025-01-01")
    dialog.save()
    assert warnings == []
    linked = [m for m in members.list_members(ctx.store) if m["person_id"]]
    assert [m["name"] for m in linked] == ["韩振华"]
    again = MemberDialog(ctx.store)
    qtbot.addWidget(again)
    again.role.setCurrentText("会长")
    again.outsider.setChecked(True)
    again.name.setText("钱新会长")
    again.start.set_iso("2025-01-01")
    again.save()
    assert warnings and "只能有一位会长" in warnings[0]
    tab = MembersTab(ctx)
    qtbot.addWidget(tab)
    assert tab.table.rowCount() == 2


def test_baseline_dialog_refuses_a_bad_cell_saves_nothing_and_selects_it(qtbot, ctx, warnings):
    from desktop.core.redwhite import stats
    from desktop.ui.redwhite.stats_tab import BaselineDialog
    before = stats.baseline(ctx.store)
    dialog = BaselineDialog(ctx.store)
    qtbot.addWidget(dialog)
    dialog.table.item(0, 0).setText("12")           # 婚事: fine
    dialog.table.item(1, 0).setText("-3")           # 丧事: refused
    dialog.save()
    assert warnings and "丧事的平均桌数不能是负数" in warnings[-1]
    assert (dialog.table.currentRow(), dialog.table.currentColumn()) == (1, 0)
    assert stats.baseline(ctx.store) == before      # 婚事's 12 was not half-saved
    dialog.table.item(1, 0).setText("8")
    dialog.table.item(1, 2).setText("一千块")
    dialog.save()
    assert "丧事的平均彩礼" in warnings[-1] and dialog.table.currentColumn() == 2
    dialog.table.item(1, 2).setText("")              # empty means 0
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    after = stats.baseline(ctx.store)
    assert after["婚事"]["tables"] == 12 and after["丧事"]["tables"] == 8 and after["丧事"]["bride_price_fen"] == 0
