"""A navigation page made of tabs (funds, red-white, sync)."""
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
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        ctx.follow(self)

    def set_title(self, text: str) -> None:
        """A heading above the tabs."""
        label = QLabel(text)
        label.setObjectName("pageTitle")
        self._layout.insertWidget(0, label)

    def add_tabs(self, tabs) -> None:
        """(attribute, tab class, title) each: the tab is built with ctx and kept as self.<attribute>."""
        for attribute, tab_class, title in tabs:
            tab = tab_class(self.ctx)
            setattr(self, attribute, tab)
            self.tabs.addTab(tab, title)

    def refresh(self) -> None:
        tab = self.tabs.currentWidget()
        if hasattr(tab, "refresh"):
            tab.refresh()
