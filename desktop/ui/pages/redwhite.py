"""红白理事会 page: events, standards, council members, statistics, hall money (one tab each)."""
from __future__ import annotations

from desktop.ui.redwhite.events_tab import EventsTab
from desktop.ui.redwhite.hall_tab import HallTab
from desktop.ui.redwhite.members_tab import MembersTab
from desktop.ui.redwhite.standards_tab import StandardsTab
from desktop.ui.redwhite.stats_tab import StatsTab
from desktop.ui.kit.pages import TabbedPage


class Page(TabbedPage):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.add_tabs([("events", EventsTab, self.tr("红白事登记")), ("standards", StandardsTab, self.tr("村规民约标准")),
                       ("members", MembersTab, self.tr("理事会成员")), ("stats", StatsTab, self.tr("统计")),
                       ("hall", HallTab, self.tr("服务中心资金"))])
