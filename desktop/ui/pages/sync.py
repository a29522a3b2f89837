"""同步与上报: exchange bundles with the township (or the villages), monthly reports, township summary."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.core.sync import peers
from desktop.ui.sync.exchange_tab import ExchangeTab
from desktop.ui.sync.reference_tab import ReferenceTab
from desktop.ui.sync.reports_tab import ReportsTab
from desktop.ui.sync.township_tab import TownshipTab


class Page(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("<h2>同步与上报</h2>"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.exchange = ExchangeTab(ctx)
        self.reports = ReportsTab(ctx)
        self.tabs.addTab(self.exchange, self.tr("数据交换"))
        self.tabs.addTab(self.reports, self.tr("月度上报"))
        self.township = self.reference = None
        if peers.my_role(ctx.store) == "township":
            self.township = TownshipTab(ctx)
            self.tabs.addTab(self.township, self.tr("乡镇汇总"))
            self.reference = ReferenceTab(ctx)
            self.tabs.addTab(self.reference, self.tr("下发参考数据"))
        self.exchange.imported.connect(lambda _summary: self.refresh())

    def refresh(self) -> None:
        self.exchange.refresh()
        self.reports.refresh()
        for tab in (self.township, self.reference):
            if tab is not None:
                tab.refresh()
