"""公告设置: bilingual printing, 公示期, 监督电话, 文号 format, allowance standards."""
from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLineEdit,
                               QSpinBox, QVBoxLayout)

from desktop.core.notices import settings as notice_settings
from desktop.core.money import yuan
from desktop.core.inputs.money import parse_money
from desktop.ui.ops import run_op


class NoticeSettingsDialog(QDialog):
    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("公告设置"))
        s = notice_settings.load(store)
        form = QFormLayout()
        self.bilingual = QCheckBox(self.tr("公告的固定文字同时印中文和朝鲜文（中文在前）"))
        self.bilingual.setChecked(s.bilingual)
        self.days = QSpinBox()
        self.days.setRange(1, 60)
        self.days.setValue(s.disclosure_days)
        self.days.setSuffix(self.tr(" 天"))
        self.contact = QLineEdit(s.contact)
        self.contact.setPlaceholderText(self.tr("如 0912-3456789"))
        self.number_format = QLineEdit(s.number_format)
        self.number_format.setToolTip(self.tr("{year} 代表年份，{n} 代表当年序号"))
        form.addRow(self.tr("双语公告"), self.bilingual)
        form.addRow(self.tr("公示期"), self.days)
        form.addRow(self.tr("监督电话"), self.contact)
        form.addRow(self.tr("文号格式"), self.number_format)

        money = QGroupBox(self.tr("补贴标准（元/人/月，公示时使用）"))
        mform = QFormLayout(money)
        self.dibao = self._money(s.dibao)
        self.tekun = {k: self._money(s.tekun.get(k)) for k in notice_settings.TEKUN_KINDS}
        self.elderly = {k: self._money(s.elderly.get(k)) for k in notice_settings.ELDERLY_BANDS}
        mform.addRow(self.tr("低保（每人）"), self.dibao)
        mform.addRow(self.tr("特困供养 分散供养"), self.tekun["分散供养"])
        mform.addRow(self.tr("特困供养 集中供养"), self.tekun["集中供养"])
        mform.addRow(self.tr("高龄补贴 80–89 岁"), self.elderly["80"])
        mform.addRow(self.tr("高龄补贴 90–99 岁"), self.elderly["90"])
        mform.addRow(self.tr("高龄补贴 100 岁以上"), self.elderly["100"])

        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(money)
        layout.addWidget(buttons)

    def _money(self, fen: int | None) -> QLineEdit:
        edit = QLineEdit("" if fen is None else yuan(fen).replace(",", ""))
        edit.setPlaceholderText(self.tr("未设置"))
        return edit

    def values(self) -> notice_settings.NoticeSettings:
        def fen(edit: QLineEdit, label: str) -> int | None:
            text = edit.text().strip()
            return parse_money(text, field="amount", label=label, allow_zero=True) if text else None
        tekun = {k: fen(e, self.tr("特困供养") + k) for k, e in self.tekun.items()}
        elderly = {k: fen(e, self.tr("高龄补贴")) for k, e in self.elderly.items()}
        return notice_settings.NoticeSettings(
            bilingual=self.bilingual.isChecked(), disclosure_days=self.days.value(),
            contact=self.contact.text(), number_format=self.number_format.text(),
            dibao=fen(self.dibao, self.tr("低保金额")),
            tekun={k: v for k, v in tekun.items() if v is not None},
            elderly={k: v for k, v in elderly.items() if v is not None})

    def accept(self) -> None:
        if run_op(self, "notices", lambda: notice_settings.save(self.store, self.values())):
            super().accept()
