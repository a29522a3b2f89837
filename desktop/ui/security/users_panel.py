"""User management (admins): add, disable, reset a password, change a role."""
from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QInputDialog,
                               QLineEdit, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget, QAbstractItemView)

from desktop.core.security import policy, users
from desktop.ui.core_labels import core_label
from desktop.ui.flow_row import FlowRow
from desktop.ui.ops import run_op


class AddUserDialog(QDialog):
    def __init__(self, parent=None, first: bool = False):
        super().__init__(parent)
        self.setWindowTitle(self.tr("添加用户"))
        form = QFormLayout(self)
        self.username = QLineEdit()
        self.display = QLineEdit()
        self.role = QComboBox()
        for key, label in policy.ROLE_LABELS.items():
            self.role.addItem(core_label(label), key)
        if first:
            self.role.setCurrentIndex(0)
            self.role.setEnabled(False)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        self.password2 = QLineEdit()
        self.password2.setEchoMode(QLineEdit.Password)
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("姓名"), self.display)
        form.addRow(self.tr("角色"), self.role)
        form.addRow(self.tr("密码"), self.password)
        form.addRow(self.tr("再输一次密码"), self.password2)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _check(self) -> None:
        if self.password.text() != self.password2.text():
            QMessageBox.warning(self, self.tr("请检查"), self.tr("两次输入的密码不一样。"))
            return
        self.accept()


class UsersPanel(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        ctx.follow(self)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("users_table")
        self.table.setHorizontalHeaderLabels([self.tr("用户名"), self.tr("姓名"), self.tr("角色"), self.tr("状态")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        layout.addWidget(self.table)
        row = FlowRow()
        for text, slot, name in [(self.tr("添加用户"), self.add_user, "users_add"),
                                 (self.tr("停用/启用"), self.toggle_user, "users_toggle"),
                                 (self.tr("重设密码"), self.reset_password, "users_reset")]:
            b = QPushButton(text)
            b.setObjectName(name)
            b.clicked.connect(slot)
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        rows = users.list_users(self.ctx.store)
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            values = [r["username"], r["display_name"], core_label(policy.ROLE_LABELS.get(r["role"], r["role"])),
                      self.tr("启用") if r["active"] else self.tr("已停用")]
            for j, v in enumerate(values):
                self.table.setItem(i, j, QTableWidgetItem(v))

    def _selected(self) -> str | None:
        row = self.table.currentRow()
        return self.table.item(row, 0).text() if row >= 0 else None

    def _run(self, fn) -> bool:
        return bool(run_op(self, "users", fn))

    def add_user(self) -> None:
        first = not users.has_users(self.ctx.store)
        dialog = AddUserDialog(self, first=first)
        if dialog.exec() != QDialog.Accepted:
            return
        ok = self._run(lambda: users.add_user(self.ctx.store, dialog.username.text(), dialog.password.text(),
                                              dialog.role.currentData(), dialog.display.text()))
        if ok and first:
            users.apply_session(self.ctx.store, dialog.username.text().strip(), "admin")
            QMessageBox.information(self, self.tr("已设置"), self.tr("已建立管理员。下次启动村务通时需要登录。"))

    def toggle_user(self) -> None:
        name = self._selected()
        if not name:
            return
        active = next(r["active"] for r in users.list_users(self.ctx.store) if r["username"] == name)
        self._run(lambda: users.set_active(self.ctx.store, name, not active))

    def reset_password(self) -> None:
        name = self._selected()
        if not name:
            return
        password, ok = QInputDialog.getText(self, self.tr("重设密码"), self.tr("新密码："), QLineEdit.Password)
        if ok:
            self._run(lambda: users.set_password(self.ctx.store, name, password))
