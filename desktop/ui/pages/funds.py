"""资金与财务公开 page: funds, ledger, 四议两公开 decisions, closing and supervision, disclosure."""
from __future__ import annotations

from desktop.ui.funds.closing_tab import ClosingTab
from desktop.ui.funds.decisions_tab import DecisionsTab
from desktop.ui.funds.disclosure_tab import DisclosureTab
from desktop.ui.funds.funds_tab import FundsTab
from desktop.ui.funds.ledger_tab import LedgerTab
from desktop.ui.widgets import TabbedPage


class Page(TabbedPage):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.funds = self.add_tab(FundsTab(ctx), self.tr("资金账户"))
        self.ledger = self.add_tab(LedgerTab(ctx), self.tr("收支账目"))
        self.decisions = self.add_tab(DecisionsTab(ctx), self.tr("四议两公开"))
        self.closing = self.add_tab(ClosingTab(ctx), self.tr("结账与监督"))
        self.disclosure = self.add_tab(DisclosureTab(ctx), self.tr("财务公开"))
        ctx.data_changed.connect(self._changed)

    def _changed(self, area: str) -> None:
        if area == "funds" and self.isVisible():
            self.refresh()
