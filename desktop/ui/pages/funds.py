"""资金与财务公开 page: funds, ledger, 四议两公开 decisions, closing and supervision, disclosure."""
from __future__ import annotations

from desktop.ui.funds.closing_tab import ClosingTab
from desktop.ui.funds.decisions_tab import DecisionsTab
from desktop.ui.funds.disclosure_tab import DisclosureTab
from desktop.ui.funds.funds_tab import FundsTab
from desktop.ui.funds.ledger_tab import LedgerTab
from desktop.ui.funds.powers_tab import PowersTab
from desktop.ui.kit.pages import TabbedPage


class Page(TabbedPage):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.add_tabs([("funds", FundsTab, self.tr("资金账户")), ("ledger", LedgerTab, self.tr("收支账目")),
                       ("decisions", DecisionsTab, self.tr("四议两公开")),
                       ("closing", ClosingTab, self.tr("结账与监督")),
                       ("disclosure", DisclosureTab, self.tr("财务公开")),
                       ("powers", PowersTab, self.tr("小微权力清单"))])
