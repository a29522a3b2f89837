"""收支账目: the ledger of a period, with 记一笔, 过账, 冲销, 删除草稿, 附件 and 村民质询."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (QComboBox, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QVBoxLayout, QWidget)

from desktop.core.funds import accounts, ledger
from desktop.core.funds.common import Period
from desktop.core.money import yuan
from desktop.ui.funds.dialogs import AttachmentsDialog, EntryDialog, QueryDialog, ReverseDialog
from desktop.ui.kit.rows import RowsModel, make_table, selected_row
from desktop.ui.ops import run_op
from desktop.ui.flow_row import FlowRow


class LedgerTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        filters = FlowRow()
        self.fund = QComboBox()
        self.period = QLineEdit(str(date.today().year))
        self.period.setMaximumWidth(100)
        self.period.setToolTip(self.tr("2026（全年）、2026-Q1（季度）或 2026-03（月）"))
        self.status = QComboBox()
        self.status.addItem(self.tr("全部"), None)
        self.status.addItem(self.tr("草稿"), "draft")
        self.status.addItem(self.tr("已过账"), "posted")
        filters.addWidget(QLabel(self.tr("资金")))
        filters.addWidget(self.fund, 1)
        filters.addWidget(QLabel(self.tr("期间")))
        filters.addWidget(self.period)
        filters.addWidget(QLabel(self.tr("状态")))
        filters.addWidget(self.status)
        show = QPushButton(self.tr("查询"))
        filters.addWidget(show)
        layout.addLayout(filters)
        actions = FlowRow()
        self.add_button = QPushButton(self.tr("记一笔"))
        self.edit_button = QPushButton(self.tr("修改草稿"))
        self.post_button = QPushButton(self.tr("过账"))
        self.reverse_button = QPushButton(self.tr("冲销"))
        self.delete_button = QPushButton(self.tr("删除草稿"))
        self.files_button = QPushButton(self.tr("附件"))
        self.query_button = QPushButton(self.tr("村民质询"))
        for b in (self.add_button, self.edit_button, self.post_button, self.reverse_button, self.delete_button, self.files_button,
                  self.query_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.summary = QLabel()
        actions.addWidget(self.summary)
        layout.addLayout(actions)
        self.model = RowsModel([
            ("voucher", self.tr("凭证号"), "text"), ("entry_date", self.tr("日期"), "text"),
            ("fund_name", self.tr("资金"), "text"), ("direction_label", self.tr("收支"), "text"),
            ("category", self.tr("科目"), "term"), ("amount_fen", self.tr("金额"), "money"),
            ("counterparty", self.tr("收/付款单位或个人"), "text"), ("summary", self.tr("摘要"), "text"),
            ("decision_title", self.tr("议事事项"), "text"), ("note", self.tr("备注"), "text")])
        self.model.muted = lambda r: r["status"] == "draft"
        self.table = make_table(self.model)
        self.table.setAlternatingRowColors(True)
        layout.addWidget(self.table)
        show.clicked.connect(self.reload)
        self.period.returnPressed.connect(self.reload)
        self.add_button.clicked.connect(self._add)
        self.edit_button.clicked.connect(self._edit)
        self.post_button.clicked.connect(self._post)
        self.reverse_button.clicked.connect(self._reverse)
        self.delete_button.clicked.connect(self._delete)
        self.files_button.clicked.connect(self._files)
        self.query_button.clicked.connect(self._query)
        self.table.doubleClicked.connect(lambda _i: self._files())

    def refresh(self) -> None:
        current = self.fund.currentData()
        self.fund.blockSignals(True)
        self.fund.clear()
        self.fund.addItem(self.tr("全部资金"), None)
        for f in accounts.list_funds(self.ctx.store):
            self.fund.addItem(f["name"], f["id"])
        if current:
            self.fund.setCurrentIndex(max(0, self.fund.findData(current)))
        self.fund.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        p = None
        if self.period.text().strip():
            read = run_op(self, None, Period, self.period.text())
            if not read:
                return
            p = read.value
        rows = ledger.list_entries(self.ctx.store, fund_id=self.fund.currentData(), start=p.start if p else None,
                                   end=p.end if p else None, status=self.status.currentData())
        for r in rows:
            r["voucher"] = r["voucher_no"] or self.tr("草稿")
            r["direction_label"] = self.tr("收入") if r["direction"] == "income" else self.tr("支出")
            notes = []
            if r["reverses_voucher"]:
                notes.append(self.tr("冲销 {v}").format(v=r["reverses_voucher"]))
            if r["reversed_by"]:
                notes.append(self.tr("已被 {v} 冲销").format(v=r["reversed_by"]))
            if r["attachments"]:
                notes.append(self.tr("附件 {n}").format(n=r["attachments"]))
            if r["queries"]:
                notes.append(self.tr("质询 {n}").format(n=r["queries"]))
            r["note"] = "；".join(notes)
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        posted = [r for r in rows if r["status"] == "posted"]
        income = sum(r["amount_fen"] for r in posted if r["direction"] == "income")
        expense = sum(r["amount_fen"] for r in posted if r["direction"] == "expense")
        self.summary.setText(self.tr("已过账 {n} 张：收入 {i} 元，支出 {e} 元；草稿 {d} 张").format(
            n=len(posted), i=yuan(income), e=yuan(expense), d=len(rows) - len(posted)))

    def selected(self) -> dict | None:
        return selected_row(self.table, self.model)

    def _add(self) -> None:
        EntryDialog(self.ctx.store, self, fund_id=self.fund.currentData()).exec()

    def _edit(self) -> None:
        e = self.selected()
        if e is None:
            return
        if e["status"] == "posted":
            QMessageBox.information(self, self.tr("修改"), self.tr(
                "凭证 {v} 已过账，不能修改；如有错误请冲销后重记。").format(v=e["voucher_no"]))
            return
        EntryDialog(self.ctx.store, self, draft=e).exec()

    def _post(self) -> None:
        e = self.selected()
        if e is None:
            return
        if e["status"] == "posted":
            QMessageBox.information(self, self.tr("过账"), self.tr("凭证 {v} 已过账。").format(v=e["voucher_no"]))
            return
        answer = QMessageBox.question(self, self.tr("过账"), self.tr(
            "过账后凭证不能再修改或删除，只能冲销。确定过账“{s}”{a} 元吗？").format(s=e["summary"], a=yuan(e["amount_fen"])))
        if answer != QMessageBox.Yes:
            return
        run_op(self, "funds", ledger.post_entry, self.ctx.store, e["id"])

    def _reverse(self) -> None:
        e = self.selected()
        if e is None:
            return
        if e["status"] != "posted":
            QMessageBox.information(self, self.tr("冲销"), self.tr("草稿凭证不用冲销，可以直接删除后重记。"))
            return
        ReverseDialog(self.ctx.store, e, self).exec()

    def _delete(self) -> None:
        e = self.selected()
        if e is None:
            return
        if QMessageBox.question(self, self.tr("删除草稿"), self.tr("删除草稿“{s}”吗？").format(s=e["summary"])) \
                != QMessageBox.Yes:
            return
        run_op(self, "funds", ledger.delete_draft, self.ctx.store, e["id"])

    def _files(self) -> None:
        e = self.selected()
        if e is None:
            return
        AttachmentsDialog(self.ctx.store, "funds_entry", e["id"],
                          self.tr("附件：{v} {s}").format(v=e["voucher"], s=e["summary"]), self).exec()
        self.reload()

    def _query(self) -> None:
        e = self.selected()
        if e is None:
            return
        QueryDialog(self.ctx.store, e, self).exec()
