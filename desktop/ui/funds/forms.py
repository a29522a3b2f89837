"""The form every funds dialog is: fields, then 确定 runs its `save()` (core calls) through
ops.run_op; a refusal keeps it open with the core's message and nothing written, success
announces one change to the funds area. Also the choices several forms share."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QVBoxLayout

from desktop.core.funds import powers
from desktop.core.security import users
from desktop.ui.ops import run_op


class FormDialog(QDialog):
    """A form with 确定/取消; subclasses implement `save()` which may raise a CunwuError."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.outer = QVBoxLayout(self)
        self.form = QFormLayout()
        self.outer.addLayout(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("确定"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.result_value = None

    def finish_layout(self) -> None:
        self.outer.addWidget(self.buttons)

    def _accept(self) -> None:
        done = run_op(self, "funds", self.save)
        if done:
            self.result_value = done.value
            self.accept()

    def save(self):
        raise NotImplementedError


def power_combo(store, current: str | None = None) -> QComboBox:
    """The village's 小微权力清单 as a choice (first item: none)."""
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("Funds", "（不关联）"), None)
    for p in powers.list_powers(store):
        combo.addItem(f"{p['seq']}. {p['name']}", p["id"])
    if current:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def as_logged_in_user(store, field: QLineEdit) -> None:
    """With users, a sign-off or an answer is the logged-in user's own: shown, not typed."""
    me = users.session_name(store)
    if me:
        field.setText(me)
        field.setReadOnly(True)
