"""托老托幼 page: choose a place and month, then 签到登记 (the grid), 入托人员, 统计报表, 场所设置,
工作人员和志愿者 and 补贴标准."""
from __future__ import annotations

from desktop.ui.care.enrolments_tab import EnrolmentsTab
from desktop.ui.care.helpers_tab import HelpersTab
from desktop.ui.care.place_month import PlaceMonthBar
from desktop.ui.care.places_tab import PlacesTab
from desktop.ui.care.rates_tab import RatesTab
from desktop.ui.care.register_tab import RegisterTab
from desktop.ui.care.report_tab import ReportTab
from desktop.ui.kit.empty import EmptyState
from desktop.ui.kit.pages import TabbedPage


class Page(TabbedPage):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.store = ctx.store
        self.bar = PlaceMonthBar(ctx.store)
        self.add_above_tabs(self.bar)
        self.add_tabs([("register", RegisterTab, self.tr("签到登记")), ("enrolments", EnrolmentsTab, self.tr("入托人员")),
                       ("report", ReportTab, self.tr("统计报表")), ("places", PlacesTab, self.tr("场所设置")),
                       ("helpers", HelpersTab, self.tr("工作人员和志愿者")), ("rates", RatesTab, self.tr("补贴标准"))],
                      self.bar)
        # No place yet: every tab would be empty, so say what comes first.
        self.empty = EmptyState(
            self.tr("还没有托老托幼场所"),
            self.tr("先添加本村的托老或托幼场所（幸福院、日间照料中心、托育点等），填上核定名额和开放日，"
                    "然后登记入托人员，就可以每天签到了。"),
            [(self.tr("添加托老/托幼点…"), self.places.add_place)], name="care_empty")
        self.add_below_tabs(self.empty, 1)
        self.bar.changed.connect(self.refresh_tab)      # another place or month: the tab on screen
        self.refresh()

    def refresh(self) -> None:
        """The place list (a place may have been added or retired), then the tab on screen."""
        no_place = self.bar.reload_places() == 0
        self.empty.setVisible(no_place)
        self.tabs.setVisible(not no_place)
        self.refresh_tab()
