"""Settings page and main window: edits persist in the file, shortcuts reach the roster."""
from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.core import open_store, village
from desktop.core.roster import groups as special_groups
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.settings import Page as SettingsPage


def test_settings_edits_persist_in_the_file(qtbot, store, db_path, message_boxes):
    seen = message_boxes.said("warning")
    ctx = AppContext(store, db_path)
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()         # on screen: the page shows each saved change
    assert page.v_code.isReadOnly() and page.v_code.text() == "610802103201"
    page.v_name.setText("新名村")
    page.v_county.setText("榆阳区")
    page.high_age.setValue(85)
    page.save_village()
    assert page.saved_note.text() == "已保存。"
    page.g_name.setText("三组")
    page.g_leader.setText("李组长")
    page.add_group()
    page.group_table.setCurrentCell(0, 0)
    assert page.g_name.text() == "一组"
    page.g_name.setText("第一组")
    page.save_group()
    page.d_name.setText("三组网格")
    page.d_group.setCurrentIndex(page.d_group.findText("三组"))
    page.d_keeper.setText("王网格")
    page.add_grid()
    page.g_name.setText("二组")          # a duplicate name is refused with a message, not a traceback
    page.add_group()
    assert seen and "已存在" in seen[0]
    store.close()

    again = open_store(db_path)
    info = village.site_info(again)
    assert (info["name"], info["county"], info["division_code"]) == ("新名村", "榆阳区", "610802103201")
    assert special_groups.high_age(again) == 85
    assert [(g["name"], g["leader"]) for g in village.groups(again)] == [("第一组", ""), ("二组", ""), ("三组", "李组长")]
    grid = village.grids(again)[0]
    assert (grid["name"], grid["keeper"]) == ("三组网格", "王网格")
    assert grid["group_id"] == village.group_id_by_name(again, "三组")
    again.close()


def test_window_title_shortcuts_and_about(qtbot, demo_store, tmp_path):
    ctx = AppContext(demo_store, tmp_path / "demo.sqlite")
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitActive(w)
    assert w.windowTitle() == "村务通 — 高家湾村（牛家梁镇）【示范数据】"
    qtbot.keyClick(w.windowHandle(), Qt.Key_F, Qt.ControlModifier)
    roster = w.pages["roster"]
    assert w.stack.currentWidget() is roster
    assert roster.search.hasFocus()
    qtbot.keyClick(w.windowHandle(), Qt.Key_8, Qt.ControlModifier)
    settings = w.stack.currentWidget()
    assert settings is w.pages["settings"]
    from PySide6.QtWidgets import QPlainTextEdit
    licences = settings.findChild(QPlainTextEdit, "settings_licences").toPlainText()
    assert "WenQuanYi" in licences and "hanazono" in licences.lower()
    # QTest leaves Ctrl "held" in the application's modifier state after a click on a window;
    # release it so later tests' selections are not Ctrl-extended.
    from PySide6.QtWidgets import QApplication
    qtbot.keyRelease(w.windowHandle(), Qt.Key_Control)
    assert QApplication.keyboardModifiers() == Qt.NoModifier


def test_an_escaped_error_becomes_a_message_and_a_log_entry(qapp, tmp_path, monkeypatch, message_boxes):
    from desktop.ui import errors
    monkeypatch.setenv("CUNWU_DATA_DIR", str(tmp_path))
    shown = message_boxes.said("critical", "warning")
    try:
        {}["missing"]
    except KeyError as exc:
        errors._hook(type(exc), exc, exc.__traceback__)
    assert "内部错误" in shown[0] and str(tmp_path / "cunwu-errors.log") in shown[0]
    assert "KeyError" in (tmp_path / "cunwu-errors.log").read_text(encoding="utf-8")
    from db.errors import RefusedError
    errors._hook(RefusedError, RefusedError("已迁出，不能登记外出务工。"), None)
    assert shown[1] == "已迁出，不能登记外出务工。"


def test_settings_show_the_backup_folder_the_clerk_chose(qtbot, store, db_path, tmp_path):
    """After choosing a USB folder, the settings page shows that folder, not the default one."""
    from PySide6.QtWidgets import QLabel, QLineEdit
    from db.backup import default_backup_dir
    from desktop.core.security import backups
    usb = tmp_path / "U盘" / "村务通备份"
    backups.set_backup_folder(store, usb)
    page = SettingsPage(AppContext(store, db_path))
    qtbot.addWidget(page)
    shown = [w.text() for w in page.findChildren(QLabel) + page.findChildren(QLineEdit)]
    assert any(str(usb) in t for t in shown)
    assert not any(str(default_backup_dir(db_path)) in t for t in shown)
