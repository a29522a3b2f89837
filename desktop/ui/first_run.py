"""First start with an empty file: the demo village, or an empty village of one's own."""
from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox,
                               QRadioButton, QVBoxLayout)

from db.errors import CunwuError
from desktop.core import village


class FirstRunDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("欢迎使用村务通"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("这是一个新的数据文件。请选择：")))
        self.demo = QRadioButton(self.tr("先看看示范村（合成数据，可随时换成本村数据）"))
        self.empty = QRadioButton(self.tr("建立本村的空白数据"))
        self.demo.setChecked(True)
        layout.addWidget(self.demo)
        layout.addWidget(self.empty)
        form = QFormLayout()
        self.name = QLineEdit()
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("12 位统计用区划代码"))
        self.township = QLineEdit()
        form.addRow(self.tr("村名"), self.name)
        form.addRow(self.tr("区划代码"), self.code)
        form.addRow(self.tr("所属乡镇"), self.township)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("开始"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        try:
            if self.demo.isChecked():
                from desktop.core.demo import create_demo
                create_demo(self.ctx.store)
            else:
                village.init_site(self.ctx.store, name=self.name.text(), division_code=self.code.text(),
                                  township=self.township.text())
        except CunwuError as exc:
            QMessageBox.warning(self, self.tr("请检查"), str(exc))
            return
        self.accept()
