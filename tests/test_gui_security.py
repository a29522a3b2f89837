"""Login dialog, user management and backup panel on real widgets."""
from __future__ import annotations

from desktop.core.security import backups, users
from desktop.ui.context import AppContext
from desktop.ui.security.backup_panel import BackupPanel
from desktop.ui.security.login import LoginDialog
from desktop.ui.security.users_panel import UsersPanel


def test_login_dialog_refuses_then_accepts(qtbot, store):
    users.add_user(store, "admin", "admin-pass", "admin")
    d = LoginDialog(store)
    qtbot.addWidget(d)
    d.username.setText("admin")
    d.password.setText("wrong")
    d.try_login()
    assert "密码不对" in d.message.text() and d.user is None
    d.password.setText("admin-pass")
    d.try_login()
    assert d.user["role"] == "admin" and store.role == "admin"


def test_users_panel_lists_users(qtbot, store, db_path):
    users.add_user(store, "admin", "admin-pass", "admin", "王主任")
    users.add_user(store, "clerk", "clerk-pass", "clerk", "李会计")
    panel = UsersPanel(AppContext(store, db_path))
    qtbot.addWidget(panel)
    assert panel.table.rowCount() == 2
    texts = {panel.table.item(r, 2).text() for r in range(2)}
    assert texts == {"管理员", "村务员"}


def test_backup_panel_warns_then_backs_up(qtbot, store, db_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.Ok)
    panel = BackupPanel(AppContext(store, db_path))
    qtbot.addWidget(panel)
    assert "还没有备份" in panel.status.text() and "7 天" in panel.status.text()
    panel.backup_now()
    assert backups.last_backup_time(store) is not None
    assert "最近一次备份" in panel.status.text() and "7 天" not in panel.status.text()
