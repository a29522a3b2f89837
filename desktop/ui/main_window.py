"""The main window: navigation on the left, one page per area on the right."""
from __future__ import annotations

from importlib import import_module

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QHBoxLayout, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget,
                               QWidget)

from desktop.core import village
from desktop.ui.context import AppContext
from desktop.ui.pages import PAGES


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext):
        super().__init__()
        self.ctx = ctx
        info = village.site_info(ctx.store)
        self.setWindowTitle(self.tr("村务通") + f" — {info['name']}")
        self.resize(1200, 780)
        central = QWidget()
        layout = QHBoxLayout(central)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(170)
        self.stack = QStackedWidget()
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.pages: dict[str, QWidget] = {}
        for key, title in PAGES:
            page = import_module(f"desktop.ui.pages.{key}").Page(ctx)
            page.setObjectName(f"page_{key}")
            self.pages[key] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(self.tr(title))
            item.setData(Qt.UserRole, key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._show)
        self.nav.setCurrentRow(0)
        ctx.data_changed.connect(self._data_changed)
        self.statusBar().showMessage(self.tr("数据文件：") + str(ctx.db_path))

    def show_page(self, key: str) -> QWidget:
        keys = [k for k, _ in PAGES]
        self.nav.setCurrentRow(keys.index(key))
        return self.pages[key]

    def _show(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        page = self.stack.widget(row)
        if hasattr(page, "refresh"):
            page.refresh()

    def _data_changed(self, area: str) -> None:
        page = self.stack.currentWidget()
        if hasattr(page, "refresh"):
            page.refresh()
