"""Import wizard and export, end to end on real files and a real database."""
from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from desktop.core.roster import idcard
from desktop.core.roster.excel_table import read_table
from desktop.ui.context import AppContext
from desktop.ui.roster import export as roster_export
from desktop.ui.roster.import_wizard import ImportWizard
from desktop.ui.roster.table_model import RosterFilter


@pytest.fixture
def sheet(tmp_path):
    good1 = idcard.make("610802", date(1960, 3, 5), 11, True)
    good2 = idcard.make("610802", date(1963, 7, 9), 12, False)
    bad = good1[:-1] + ("0" if good1[-1] != "0" else "1")
    full_width = idcard.make("610802", date(1990, 1, 2), 13, True).translate(
        str.maketrans("0123456789", "０１２３４５６７８９"))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["高家湾村花名册（2025年）"])
    ws.append(["户编号", "组别", "姓名", "与户主关系", "性别", "公民身份号码", "联系电话", "家庭住址"])
    ws.append(["T001", "一组", "吉𠮷祥", "户主", "男", good1, "13900000001", "一组1号"])
    ws.append(["T001", "一组", "阿卜杜·热合曼", "子", "男", full_width, "", "一组1号"])
    ws.append(["T001", "一组", "王秀英", "配偶", "女", good2, "", "一组1号"])
    ws.append(["T002", "二组", "李四", "户主", "男", bad, "", "二组7号"])
    path = tmp_path / "花名册.xlsx"
    wb.save(path)
    return path


def _wait_job(qtbot, wizard):
    qtbot.waitUntil(lambda: wizard.job is not None and not wizard.job.thread.isRunning(), timeout=20000)
    qtbot.wait(20)


def test_import_wizard_end_to_end(qtbot, store, db_path, sheet, monkeypatch, message_boxes):
    warnings = message_boxes.said("warning")
    ctx = AppContext(store, db_path)
    changed = []
    ctx.data_changed.connect(changed.append)
    wiz = ImportWizard(ctx)
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.file_page.path.setText(str(sheet))
    wiz.next()
    _wait_job(qtbot, wiz)
    assert wiz.currentPage() is wiz.mapping_page
    page = wiz.mapping_page
    assert "表头在第 2 行" in page.header_info.text()
    assert page.mapping() == {0: "hh_no", 1: "group", 2: "name", 3: "relation", 4: "gender", 5: "id_number",
                              6: "phone", 7: "address"}
    # The clerk can change a column's field; the preview follows, still nothing written.
    page.set_field(7, None)
    assert 7 not in page.mapping()
    page.set_field(7, "address")
    actions = {p.row_number: (p.action, p.reason) for p in page.preview_rows}
    assert [actions[n][0] for n in (3, 4, 5)] == ["add", "add", "add"]
    assert actions[6][0] == "error" and "校验位" in actions[6][1]
    assert page.preview.item(3, 1).text() == "错误"
    assert "校验位" in page.preview.item(3, 2).text()     # the reason, next to what will happen
    assert store.scalar("SELECT COUNT(*) FROM person") == 0
    # A mapping without 姓名 is refused on the page itself.
    page.set_field(2, None)
    assert not page.isComplete() and "姓名" in page.problem.text()
    page.set_field(2, "name")
    assert page.isComplete()

    wiz.next()     # 开始导入
    _wait_job(qtbot, wiz)
    assert wiz.currentPage() is wiz.summary_page
    r = wiz.result
    assert (r.added, r.households_added, len(r.errors)) == (3, 1, 1)
    assert r.error_workbook is not None and r.error_workbook.exists()
    assert r.error_workbook.parent == sheet.parent
    summary = wiz.summary_page
    assert "新增 3 人" in summary.summary.text() and "有 1 行有错误" in summary.summary.text()
    assert summary.errors.item(0).text().startswith("第 6 行：")
    # The error workbook by name with its folder button; its full path only behind 详细信息.
    assert str(sheet.parent) not in summary.summary.text()
    names = [label.text() for label in summary.files.findChildren(QLabel, "saved_file_name")]
    assert names == ["错误行已另存为：" + r.error_workbook.name, "导入前的备份：" + r.backup.name]
    assert all(b.isVisibleTo(wiz) for b in summary.files.findChildren(QPushButton, "saved_file_open"))
    assert not summary.files.details.text.isVisibleTo(wiz)
    summary.files.details.toggle.click()
    assert str(r.error_workbook) in summary.files.details.text.text()
    assert str(r.backup) in summary.files.details.text.text()
    names = {row[0] for row in store.query("SELECT name FROM person")}
    assert names == {"吉𠮷祥", "阿卜杜·热合曼", "王秀英"}
    assert changed == ["roster"] and warnings == []


def test_export_filtered_roster_from_the_page(qtbot, demo_store, tmp_path, monkeypatch):
    ctx = AppContext(demo_store, tmp_path / "demo.sqlite")
    flt = RosterFilter(group="三组")
    out = tmp_path / "三组.xlsx"
    shown = []
    monkeypatch.setattr(roster_export, "_done", lambda parent, result: shown.append(result))  # closing box
    job = roster_export.start_export(None, ctx, flt, out)
    with qtbot.waitSignal(job.done, timeout=20000):
        pass
    expected = demo_store.scalar("SELECT COUNT(*) FROM person p JOIN household h ON h.id=p.household_id "
                                 "JOIN village_group g ON g.id=h.group_id WHERE g.name='三组'")
    table = read_table(out)
    assert len(list(table.data_rows())) == expected
    col = table.headers.index("村民小组")
    assert {cells[col] for _n, cells in table.data_rows()} == {"三组"}
    assert shown == [(expected, str(out))]
