"""资金与财务公开 page: funds, ledger, 四议两公开 decisions, closing and supervision, disclosure."""
from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.ui.funds.closing_tab import ClosingTab
from desktop.ui.funds.decisions_tab import DecisionsTab
from desktop.ui.funds.disclosure_tab import DisclosureTab
from desktop.ui.funds.funds_tab import FundsTab
from desktop.ui.funds.ledger_tab import LedgerTab


class Page(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.funds = FundsTab(ctx)
        self.ledger = LedgerTab(ctx)
        self.decisions = DecisionsTab(ctx)
        self.closing = ClosingTab(ctx)
        self.disclosure = DisclosureTab(ctx)
        self.tabs.addTab(self.funds, self.tr("资金账户"))
        self.tabs.addTab(self.ledger, self.tr("收支账目"))
        self.tabs.addTab(self.decisions, self.tr("四议两公开"))
        self.tabs.addTab(self.closing, self.tr("结账与监督"))
        self.tabs.addTab(self.disclosure, self.tr("财务公开"))
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        ctx.data_changed.connect(self._changed)

    def _changed(self, area: str) -> None:
        if area == "funds" and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Only the visible tab: the others refresh when shown."""
        tab = self.tabs.currentWidget()
        if hasattr(tab, "refresh"):
            tab.refresh()
