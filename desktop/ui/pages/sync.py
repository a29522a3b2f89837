"""同步与上报: exchange bundles with the township (or the villages), monthly reports, township summary."""
from __future__ import annotations

from desktop.core.sync import peers
from desktop.ui.sync.exchange_tab import ExchangeTab
from desktop.ui.sync.reference_tab import ReferenceTab
from desktop.ui.sync.reports_tab import ReportsTab
from desktop.ui.sync.township_tab import TownshipTab
from desktop.ui.kit.pages import TabbedPage


class Page(TabbedPage):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.set_title(self.tr("<h2>同步与上报</h2>"))
        self.township = self.reference = None
        self.add_tabs([("exchange", ExchangeTab, self.tr("数据交换")), ("reports", ReportsTab, self.tr("月度上报"))])
        if peers.my_role(ctx.store) == "township":
            self.add_tabs([("township", TownshipTab, self.tr("乡镇汇总")),
                           ("reference", ReferenceTab, self.tr("下发参考数据"))])

    def refresh(self) -> None:
        """Every tab: an import or export can change each of them (peers, reports, totals, marks)."""
        for tab in (getattr(self, "exchange", None), getattr(self, "reports", None), self.township, self.reference):
            if tab is not None:
                tab.refresh()
