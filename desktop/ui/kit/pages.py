"""A navigation page made of tabs (care, funds, red-white, sync)."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget


class TabbedPage(QWidget):
    """A navigation page made of tabs. Only the visible tab refreshes (the others when
    shown), once per announced change while the page is on screen."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget()
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda _i: self.refresh_tab())
        ctx.follow(self)

    def set_title(self, text: str) -> None:
        """A heading above the tabs."""
        label = QLabel(text)
        label.setObjectName("pageTitle")
        self.add_above_tabs(label)

    def add_above_tabs(self, widget: QWidget) -> None:
        """A heading or a chooser the tabs share, at the top of the page."""
        self._layout.insertWidget(0, widget)

    def add_below_tabs(self, widget: QWidget, stretch: int = 0) -> None:
        """A widget under the tabs (an empty state shown instead of them)."""
        self._layout.addWidget(widget, stretch)

    def add_tabs(self, tabs, *args) -> None:
        """(attribute, tab class, title) each: the tab is built with ctx (and `args`, the same for
        every tab) and kept as self.<attribute>."""
        for attribute, tab_class, title in tabs:
            tab = tab_class(self.ctx, *args)
            setattr(self, attribute, tab)
            self.tabs.addTab(tab, title)

    def refresh(self) -> None:
        self.refresh_tab()

    def refresh_tab(self) -> None:
        """The tab on screen only (a tab shown later refreshes then)."""
        tab = self.tabs.currentWidget()
        if hasattr(tab, "refresh"):
            tab.refresh()
