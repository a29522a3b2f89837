"""First start with an empty file: look at the demo village, or set up one's own village.

The demo lives in its own file in its own folder (demo/demo.sqlite beside the data file),
so synthetic people never mix with the village's real roster and the demo's backups
(demo/backups/) never sit with the village's; the real file stays empty and this dialog
comes back at the next start until the clerk sets up the village.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QRadioButton, QVBoxLayout, QWidget)

from db.errors import ValidationError
from desktop.core import village
from desktop.ui.errors import show_error
from desktop.ui.ops import run_op
from desktop.ui.kit.dialogs import dialog_buttons

def demo_path_for(db_path: Path) -> Path:
    """Where the demo village of this data file lives: a folder of its own."""
    from desktop.paths import demo_db_path
    return demo_db_path(db_path)


def split_groups(text: str) -> list[str]:
    for sep in "，,、;；\n":
        text = text.replace(sep, " ")
    return [g for g in text.split() if g]


class FirstRunDialog(QDialog):
    """After exec(): `choice` is "demo" or "village"; for "village" the store is initialised."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.choice: str | None = None
        self.setWindowTitle(self.tr("欢迎使用村务通"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("欢迎使用村务通"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        intro = QLabel(self.tr("还没有本村的数据。请选择："))
        layout.addWidget(intro)
        self.demo = QRadioButton(self.tr("先看看示范村“高家湾村”（合成数据，单独存放，不影响本村数据）"))
        self.empty = QRadioButton(self.tr("建立本村的数据（之后可从 Excel 花名册导入）"))
        self.demo.setChecked(True)
        layout.addWidget(self.demo)
        layout.addWidget(self.empty)
        self.form_box = QWidget()
        form = QFormLayout(self.form_box)
        form.setContentsMargins(24, 0, 0, 0)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("如：高家湾村"))
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("12 位统计用区划代码，可向乡镇索取"))
        self.code.setMaxLength(12)
        self.township = QLineEdit()
        self.county = QLineEdit()
        self.county.setPlaceholderText(self.tr("如：陕西省榆林市榆阳区"))
        self.groups = QLineEdit()
        self.groups.setPlaceholderText(self.tr("用顿号分开，如：一组、二组、三组"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        form.addRow(self.tr("村名："), self.name)
        form.addRow(self.tr("区划代码："), self.code)
        form.addRow(self.tr("所属乡镇："), self.township)
        form.addRow(self.tr("所属县（区）："), self.county)
        form.addRow(self.tr("村民小组："), self.groups)
        form.addRow(self.message)
        layout.addWidget(self.form_box)
        self.buttons = dialog_buttons(self, self._accept, ok_text=self.tr("开始"), cancel_text=self.tr("退出"))
        layout.addWidget(self.buttons)
        self.demo.toggled.connect(self._update)
        for edit in (self.name, self.code):
            edit.textChanged.connect(self._update)
        self._update()

    def _problem(self) -> str:
        if not self.name.text().strip():
            return self.tr("请填写村名。")
        code = self.code.text().strip()
        if not (len(code) == 12 and code.isdecimal()):
            return self.tr("区划代码应为 12 位数字（现在 %1 位）。").replace("%1", str(len(code)))
        return ""

    def _update(self) -> None:
        own = self.empty.isChecked()
        self.form_box.setEnabled(own)
        problem = self._problem() if own else ""
        self.message.setText(problem if (self.name.text() or self.code.text()) else "")
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(not problem)

    def _accept(self) -> None:
        if self.demo.isChecked():
            self.choice = "demo"
            self.accept()
            return
        def refused(exc) -> None:       # a field's problem under the form, anything else in a box
            if isinstance(exc, ValidationError):
                self.message.setText(exc.message)
            else:
                show_error(self, exc)
        if run_op(self, "village", village.init_site, self.ctx.store, name=self.name.text(),
                  division_code=self.code.text(), township=self.township.text(), county=self.county.text(),
                  groups=split_groups(self.groups.text()), on_refused=refused):
            self.choice = "village"
            self.accept()


def create_demo_with_wait_cursor(store) -> None:
    from desktop.core.demo import create_demo
    QGuiApplication.setOverrideCursor(Qt.WaitCursor)
    try:
        create_demo(store)
    finally:
        QGuiApplication.restoreOverrideCursor()
