"""红白理事会 page: events, standards, council members, statistics, hall money (one tab each)."""
from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.ui.redwhite.events_tab import EventsTab
from desktop.ui.redwhite.hall_tab import HallTab
from desktop.ui.redwhite.members_tab import MembersTab
from desktop.ui.redwhite.standards_tab import StandardsTab
from desktop.ui.redwhite.stats_tab import StatsTab


class Page(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.events = EventsTab(ctx)
        self.standards = StandardsTab(ctx)
        self.members = MembersTab(ctx)
        self.stats = StatsTab(ctx)
        self.hall = HallTab(ctx)
        self.tabs.addTab(self.events, self.tr("红白事登记"))
        self.tabs.addTab(self.standards, self.tr("村规民约标准"))
        self.tabs.addTab(self.members, self.tr("理事会成员"))
        self.tabs.addTab(self.stats, self.tr("统计"))
        self.tabs.addTab(self.hall, self.tr("服务中心资金"))
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())

    def refresh(self) -> None:
        """Refresh only the visible tab: the others refresh when shown."""
        tab = self.tabs.currentWidget()
        if hasattr(tab, "refresh"):
            tab.refresh()
