"""资金账户: each fund with its balance; budget against actual for the year."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.funds import accounts, matching
from desktop.ui.funds.dialogs import BudgetDialog, FundDialog, MatchDialog
from desktop.ui.kit.empty import EmptyState
from desktop.ui.kit.rows import RowsModel, make_table, selected_row


class FundsTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("新建资金账户"))
        self.budget_button = QPushButton(self.tr("设置预算"))
        self.match_button = QPushButton(self.tr("捐助配套规则"))
        bar.addWidget(self.add_button)
        bar.addWidget(self.budget_button)
        bar.addWidget(self.match_button)
        bar.addStretch(1)
        self.total = QLabel()
        bar.addWidget(self.total)
        layout.addLayout(bar)
        self.model = RowsModel([("name", self.tr("资金名称"), "text"), ("source", self.tr("来源"), "term"),
                                ("purpose", self.tr("用途"), "text"), ("opening_fen", self.tr("期初余额"), "money"),
                                ("income_fen", self.tr("累计收入"), "money"),
                                ("expense_fen", self.tr("累计支出"), "money"),
                                ("balance_fen", self.tr("余额"), "money"), ("drafts", self.tr("草稿"), "text")])
        self.table = make_table(self.model)
        layout.addWidget(self.table, 3)
        self.empty = EmptyState(
            self.tr("还没有资金账户"),
            self.tr("先为村里管的每一笔钱建一个资金账户（如 村级组织运转经费、上级专项资金），填上期初余额，"
                    "之后才能记收支、做四议两公开和财务公开。"),
            [(self.tr("新建资金账户…"), self._add)], name="funds_empty")
        self.empty.hide()
        layout.addWidget(self.empty, 3)
        self.matching = QLabel()
        self.matching.setWordWrap(True)
        layout.addWidget(self.matching)
        self.budget_title = QLabel()
        layout.addWidget(self.budget_title)
        self.budget_model = RowsModel([("fund_name", self.tr("资金"), "text"), ("category", self.tr("科目"), "term"),
                                       ("budget_fen", self.tr("年度预算"), "money"),
                                       ("actual_fen", self.tr("实际支出"), "money"),
                                       ("remaining_fen", self.tr("预算余额"), "money"),
                                       ("percent", self.tr("执行率 %"), "text")])
        self.budget_table = make_table(self.budget_model)
        layout.addWidget(self.budget_table, 2)
        self.add_button.clicked.connect(self._add)
        self.budget_button.clicked.connect(self._budget)
        self.match_button.clicked.connect(self._match)

    def refresh(self) -> None:
        from desktop.core.money import yuan
        rows = accounts.list_funds(self.ctx.store)
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not rows)
        for w in (self.table, self.budget_title, self.budget_table):
            w.setVisible(bool(rows))
        self.total.setText(self.tr("资金余额合计：{amount} 元").format(
            amount=yuan(sum(r["balance_fen"] for r in rows))))
        lines = [self.tr("社会捐助配套（{fund}，捐助:配套 {ratio}，{source}）：应配套 {due} 元，已到位 {received} 元，"
                         "尚欠 {owed} 元").format(fund=m["fund"], ratio=m["ratio"], source=m["source"],
                                                 due=yuan(m["due_fen"]), received=yuan(m["received_fen"]),
                                                 owed=yuan(m["owed_fen"]))
                 for m in matching.status(self.ctx.store)]
        self.matching.setText("\n".join(lines))
        self.matching.setVisible(bool(lines))
        year = date.today().year
        self.budget_title.setText(self.tr("{year} 年预算执行情况").format(year=year))
        self.budget_model.set_rows([b for b in accounts.budget_vs_actual(self.ctx.store, year)
                                    if b["direction"] == "expense"])
        self.budget_table.resizeColumnsToContents()

    def selected(self) -> dict | None:
        return selected_row(self.table, self.model)

    def _add(self) -> None:
        FundDialog(self.ctx.store, self).exec()

    def _budget(self) -> None:
        fund = self.selected()
        if fund is None:
            return
        BudgetDialog(self.ctx.store, fund, self).exec()

    def _match(self) -> None:
        fund = self.selected()
        if fund is None:
            return
        MatchDialog(self.ctx.store, fund, self).exec()
