"""The sync page on real installations: peers, export and import with a progress job, summaries."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from desktop.core.sync import exchange, importing, reports
from desktop.ui.context import AppContext
from desktop.ui.pages.sync import Page

MONTH = date.today().strftime("%Y-%m")


def test_village_page_exports_and_township_page_imports_with_summary(qtbot, sites, tmp_path):
    village_page = Page(AppContext(sites.a, sites.a.path))
    qtbot.addWidget(village_page)
    village_page.show()      # on screen: it shows each announced change
    village_page.resize(1100, 700)
    tab = village_page.exchange
    # The key fingerprint (for checking a key card) shows only under 显示详细信息.
    assert "甲村" in tab.identity.text() and "指纹" not in tab.identity.text()
    assert tab.peers_table.isColumnHidden(2)
    tab.details.setChecked(True)
    assert "指纹" in tab.identity.text() and not tab.peers_table.isColumnHidden(2)
    tab.details.setChecked(False)
    assert tab.peers_table.rowCount() == 1 and tab.peers_table.item(0, 0).text() == "牛家梁镇"
    pending = int(tab.peers_table.item(0, 5).text())
    assert pending == exchange.pending_count(sites.a, exchange.peers.find_peer(sites.a, "牛家梁镇")) > 0
    assert village_page.township is None
    village_page.reports.submit_btn.click()
    assert reports.report(sites.a, MONTH)["status"] == "submitted"
    with qtbot.waitSignal(tab.exported, timeout=30000) as blocker:
        tab.export_to(str(sites.dir))
    path = blocker.args[0]["path"]
    assert "已导出第 1 号数据包" in tab.result.text()
    assert tab.log_table.rowCount() == 1
    village_page.grab().save(str(tmp_path / "village_sync.png"))

    page = Page(AppContext(sites.t, sites.t.path))
    qtbot.addWidget(page)
    page.show()      # on screen: it shows each announced change
    page.resize(1100, 700)
    t_tab = page.exchange
    job = t_tab.import_from(path, dry_run=True)
    with qtbot.waitSignal(job.done, timeout=30000):
        pass
    assert t_tab.result.text().startswith("预览")
    with qtbot.waitSignal(t_tab.imported, timeout=30000) as blocker:
        t_tab.import_from(path)
    assert "已新增" in t_tab.result.text() and "人员" in t_tab.result.text()
    page.refresh()   # the worker wrote through its own connection; the page reads the GUI's
    names = [t_tab.peers_table.item(r, 0).text() for r in range(t_tab.peers_table.rowCount())]
    assert names == ["甲村", "乙村"]
    assert t_tab.peers_table.item(0, 4).text() != "（从未）"
    assert page.township is not None
    assert page.reports.table.rowCount() == 1 and page.reports.table.item(0, 2).text() == "已上报"
    population = page.township.views.widget(0)
    assert population.item(0, 0).text() == "甲村" and population.item(2, 0).text() == "合计"
    page.reports.table.selectRow(0)
    page.reports.review("returned", "请核对高龄人数")
    assert page.reports.table.item(0, 2).text() == "已退回"
    pdf = tmp_path / "summary.pdf"
    assert page.township.print_to(str(pdf)) and pdf.stat().st_size > 1000
    xlsx = page.township.export_to(str(tmp_path / "summary.xlsx"))
    assert xlsx.endswith(".xlsx")
    page.tabs.setCurrentIndex(2)
    page.grab().save(str(tmp_path / "township_sync.png"))


def test_refused_import_shows_the_reason_and_changes_nothing(qtbot, sites, tmp_path, monkeypatch):
    path = exchange.export_bundle(sites.t, "甲村", sites.dir)["path"]
    page = Page(AppContext(sites.b, sites.b.path))
    qtbot.addWidget(page)
    page.show()      # on screen: it shows each announced change
    job = page.exchange.import_from(path)
    with qtbot.waitSignal(job.error, timeout=30000):
        pass
    assert "不是发给本机" in page.exchange.result.text()


def test_township_exports_to_every_village_at_once(qtbot, sites):
    page = Page(AppContext(sites.t, sites.t.path))
    qtbot.addWidget(page)
    page.show()      # on screen: it shows each announced change
    job = page.exchange.export_all_to(str(sites.dir))
    with qtbot.waitSignal(job.done, timeout=30000):
        pass
    names = sorted(p.name for p in sites.dir.iterdir())
    assert names == ["牛家梁镇-至-乙村-0001.cwbundle", "牛家梁镇-至-甲村-0001.cwbundle"]
    assert "已导出 2 个数据包" in page.exchange.result.text()
    summary = importing.import_bundle(sites.b, sites.dir / names[0])
    assert summary["added"]["sync_peer"] == 2


def test_conflicts_dialog_lists_what_was_overridden(qtbot, sites):
    import json
    import time
    from desktop.core.sync import reference
    a, t = sites.a, sites.t
    t.set_setting("notice.header", "旧")
    row_id = t.scalar("SELECT id FROM settings WHERE key='notice.header' AND site_id=?", (t.site_id,))
    reference.mark(t, "settings", row_id)
    importing.import_bundle(a, exchange.export_bundle(t, "甲村", sites.dir)["path"])
    a.allow_foreign_writes = True
    a.update("settings", row_id, {"value": json.dumps("村改", ensure_ascii=False)})
    a.allow_foreign_writes = False
    time.sleep(0.01)
    t.set_setting("notice.header", "镇改")
    importing.import_bundle(a, exchange.export_bundle(t, "甲村", sites.dir)["path"])
    page = Page(AppContext(a, a.path))
    qtbot.addWidget(page)
    page.show()      # on screen: it shows each announced change
    dialog = page.exchange.conflicts_dialog()
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 4).text() == "牛家梁镇" and "村改" in dialog.table.item(0, 5).text()


def test_township_marks_reference_data_on_the_sync_page_and_villages_receive_it(qtbot, sites, monkeypatch, message_boxes):
    from desktop.core.sync import reference
    t = sites.t
    t.set_setting("township.standard_template", {"tables": 20})
    t.set_setting("township.private_note", "不下发")
    wanted = t.scalar("SELECT id FROM settings WHERE key='township.standard_template'")
    page = Page(AppContext(t, t.path))
    qtbot.addWidget(page)
    page.show()      # on screen: it shows each announced change
    tab = page.reference
    assert tab is not None and page.tabs.indexOf(tab) >= 0
    assert "参考数据标记" in tab.always.text()          # always-sent tables are named, not hidden
    tab.table_box.setCurrentIndex(tab.table_box.findData("settings"))
    tab.record_box.setCurrentIndex(tab.record_box.findData(wanted))
    assert "township.standard_template" in tab.record_box.currentText()
    qtbot.mouseClick(tab.mark_btn, Qt.LeftButton)
    assert [(m["table_name"], m["record_id"]) for m in reference.marks(t)] == [("settings", wanted)]
    assert tab.marks_table.rowCount() == 1 and "township.standard_template" in tab.marks_table.item(0, 1).text()
    importing.import_bundle(sites.a, exchange.export_bundle(t, "甲村", sites.dir)["path"])
    assert sites.a.scalar("SELECT COUNT(*) FROM settings WHERE id=?", (wanted,)) == 1
    assert sites.a.scalar("SELECT COUNT(*) FROM settings WHERE key='township.private_note'") == 0
    # Unmarking: nothing chosen says so; the chosen mark goes, and the core agrees.
    shown = message_boxes.said("information")
    tab.marks_table.setCurrentCell(-1, -1)
    assert tab.unmark_selected() is False and shown
    tab.marks_table.selectRow(0)
    qtbot.mouseClick(tab.unmark_btn, Qt.LeftButton)
    assert reference.marks(t) == [] and tab.marks_table.rowCount() == 0


def test_village_sync_page_has_no_reference_tab(qtbot, sites):
    page = Page(AppContext(sites.a, sites.a.path))
    qtbot.addWidget(page)
    page.show()      # on screen: it shows each announced change
    assert page.reference is None


def test_import_summary_on_screen_says_what_the_core_says(qapp):
    """The page rebuilds the summary sentence for translation; in Chinese it must equal the core's."""
    from desktop.core.sync.import_summary import describe as core_describe
    from desktop.ui.sync.summary_text import describe
    base = {"sender": "甲村", "bundle_no": 3, "change_count": 12, "added": {"person": 3, "household": 1},
            "updated": {"person": 2}, "deleted": {"grid": 1},
            "ignored": {"duplicate": 1, "own": 1, "missing": 2, "unknown": 1, "redacted": 1},
            "conflicts": [{"incoming_won": True}, {"incoming_won": False}],
            "restored_gap": {"peer_holds": 5, "sent_again": 7}}
    nothing = dict(base, added={}, updated={}, deleted={}, conflicts=[], restored_gap=None,
                   ignored=dict.fromkeys(base["ignored"], 0))
    for summary in (base, dict(base, dry_run=True), dict(base, already_imported=True), nothing):
        assert describe(summary) == core_describe(summary)


def test_township_imports_a_whole_stick_of_village_bundles_at_once(qtbot, sites):
    """Issue 14 follow-up: the GUI took one file at a time; a stick holds every village's bundle."""
    from tests.support.sync_sites import people_of
    for village in (sites.a, sites.b):
        exchange.export_bundle(village, "牛家梁镇", sites.dir)
    (sites.dir / "坏的-0001.cwbundle").write_bytes(b"not a bundle")
    expected = {s.site_id: people_of(s, s.site_id) for s in (sites.a, sites.b)}
    assert all(expected.values())
    assert all(people_of(sites.t, site_id) == [] for site_id in expected)
    page = Page(AppContext(sites.t, sites.t.path))
    qtbot.addWidget(page)
    page.show()      # on screen: it shows each announced change
    tab = page.exchange
    seen = []
    tab.imported.connect(seen.append)
    job = tab.import_many_from([str(sites.dir)])
    with qtbot.waitSignal(job.done, timeout=60000):
        pass
    for site_id, rows in expected.items():
        assert people_of(sites.t, site_id) == rows
    assert sorted(s["sender"] for s in seen) == ["乙村", "甲村"]
    text = tab.result.text().splitlines()
    assert text[0] == "共 3 个数据包，1 个没有导入（原因见下）。"
    assert any(line.startswith("【坏的-0001.cwbundle】没有导入：") for line in text[1:])
    assert sum(line.startswith("【甲村-至-牛家梁镇") or line.startswith("【乙村-至-牛家梁镇") for line in text) == 2
    assert tab.log_table.rowCount() == 2          # two imports in the exchange log
