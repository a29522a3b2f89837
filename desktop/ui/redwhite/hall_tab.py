"""The hall money (红白事服务中心资金): the year's fees, donations and spending."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from desktop.core.redwhite import hall
from desktop.core.money import yuan
from desktop.ui.core_labels import core_label
from desktop.ui.ops import run_op
from desktop.ui.redwhite.widgets import MoneyEdit, year_combo
from desktop.ui.kit.editors import DateEdit
from desktop.ui.kit.dialogs import dialog_buttons


class HallEntryDialog(QDialog):
    def __init__(self, store, direction: str, parent=None):
        super().__init__(parent)
        self.store, self.direction = store, direction
        self.setWindowTitle(self.tr("登记收入") if direction == "income" else self.tr("登记支出"))
        form = QFormLayout(self)
        self.category = QComboBox()
        for category in hall.INCOME_CATEGORIES if direction == "income" else hall.EXPENSE_CATEGORIES:
            self.category.addItem(core_label(category), category)
        self.amount = MoneyEdit("金额")
        self.day = DateEdit(date.today().isoformat())
        self.summary = QLineEdit()
        self.counterparty = QLineEdit()
        form.addRow(self.tr("类别"), self.category)
        form.addRow(self.tr("金额（元）"), self.amount)
        form.addRow(self.tr("日期"), self.day)
        form.addRow(self.tr("摘要"), self.summary)
        form.addRow(self.tr("交款人/收款单位"), self.counterparty)
        buttons = dialog_buttons(self, self.save, save=True)
        form.addRow(buttons)

    def save(self) -> None:
        if run_op(self, "redwhite", lambda: hall.add_hall_money(
                self.store, direction=self.direction, category=self.category.currentData(),
                amount_fen=self.amount.fen("amount_fen"), entry_date=self.day.iso(), summary=self.summary.text(),
                counterparty=self.counterparty.text())):
            self.accept()


class HallTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.year = year_combo()
        bar.addWidget(QLabel(self.tr("年份")))
        bar.addWidget(self.year)
        bar.addStretch(1)
        self.income_button = QPushButton(self.tr("登记收入"))
        self.expense_button = QPushButton(self.tr("登记支出"))
        bar.addWidget(self.income_button)
        bar.addWidget(self.expense_button)
        layout.addLayout(bar)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("日期"), self.tr("收支"), self.tr("类别"), self.tr("金额（元）"),
                                              self.tr("摘要"), self.tr("交款人/收款单位")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        note = QLabel(self.tr("每笔收支同时记入村级资金账本中的“红白事服务中心资金”，在“资金与财务公开”中一并公开。"))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.year.currentIndexChanged.connect(self.refresh)
        self.income_button.clicked.connect(lambda: self._add("income"))
        self.expense_button.clicked.connect(lambda: self._add("expense"))
        self.refresh()

    def refresh(self) -> None:
        year = self.year.currentData()
        data = hall.hall_summary(self.ctx.store, year)
        money = {k: f"{yuan(data[k])} {core_label('元')}" for k in ("opening_fen", "income_fen", "expense_fen", "closing_fen")}
        self.summary.setText(self.tr("%1 年：上年结余 %2，收入 %3，支出 %4，年末结余 %5；服务红白事 %6 起。")
                             .replace("%1", str(year)).replace("%2", money["opening_fen"])
                             .replace("%3", money["income_fen"]).replace("%4", money["expense_fen"])
                             .replace("%5", money["closing_fen"]).replace("%6", str(data["events_served"])))
        rows = hall.hall_rows(self.ctx.store, year)
        self.table.setRowCount(len(rows))
        for r, m in enumerate(rows):
            values = [m["entry_date"], core_label(hall.DIRECTIONS[m["direction"]]), core_label(m["category"]),
                      yuan(m["amount_fen"]), m["summary"], m["counterparty"]]
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                if c == 3:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def _add(self, direction: str) -> None:
        HallEntryDialog(self.ctx.store, direction, self).exec()
