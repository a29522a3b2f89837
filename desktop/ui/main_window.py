"""The main window: navigation on the left, one page per area on the right."""
from __future__ import annotations

import os
import time
from importlib import import_module

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QListWidget, QListWidgetItem, QMainWindow,
                               QStackedWidget, QWidget)

from desktop.core import village
from desktop.ui.context import AppContext
from desktop.ui.pages import PAGES
from desktop.ui.screen_fit import fit_window, fit_contents


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext):
        super().__init__()
        self.ctx = ctx
        self.update_title()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 8, 0)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.stack = QStackedWidget()
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        # Pages are built on first visit: starting the program costs only the first page.
        self.pages: dict[str, QWidget] = {}
        for key, title in PAGES:
            self.stack.addWidget(QWidget())
            item = QListWidgetItem(QCoreApplication.translate("Navigation", title))
            item.setData(Qt.UserRole, key)
            self.nav.addItem(item)
        # As wide as the longest title in this language and font, within reason.
        self.nav.setFixedWidth(min(max(self.nav.sizeHintForColumn(0) + 36, 150), 260))
        self.nav.currentRowChanged.connect(self._show)
        self.nav.setCurrentRow(0)
        ctx.data_changed.connect(self._data_changed)
        # The file's name only; the full path (long, technical) is in the tooltip.
        self.statusBar().showMessage(self.tr("数据文件：") + ctx.db_path.name)
        self.statusBar().setToolTip(str(ctx.db_path))
        self._shortcuts()
        fit_window(self, "main", 1280, 800)

    def update_title(self) -> None:
        info = village.site_info(self.ctx.store)
        place = info["township"] or info["county"]
        title = self.tr("村务通") + f" — {info['name']}" + (f"（{place}）" if place else "")
        if self.ctx.store.setting("demo"):
            title += self.tr("【示范数据】")
        self.setWindowTitle(title)

    def _shortcuts(self) -> None:
        """Ctrl+F finds a person, Ctrl+N adds one, Ctrl+1..9 switch pages: no mouse needed."""
        def roster(action: str):
            def go():
                page = self.show_page("roster")
                getattr(page, action)()
            return go
        QShortcut(QKeySequence.Find, self, activated=roster("focus_search"))
        QShortcut(QKeySequence("Ctrl+N"), self, activated=roster("new_person"))
        for row in range(min(self.nav.count(), 9)):
            QShortcut(QKeySequence(f"Ctrl+{row + 1}"), self, activated=lambda r=row: self.nav.setCurrentRow(r))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if os.environ.get("CUNWU_QUIT_AFTER_SHOW"):
            # Benchmarks measure the cold start up to here, then leave.
            QTimer.singleShot(0, self._report_shown)

    def _report_shown(self) -> None:
        t0 = float(os.environ.get("CUNWU_LAUNCH_T0") or 0)
        if t0:
            print(f"shown_after_s={time.time() - t0:.3f}", flush=True)
        QApplication.instance().quit()

    def rebuild(self, key: str = "home") -> "MainWindow":
        """A new window in the current language and font, on the same page; this one closes."""
        fresh = MainWindow(self.ctx)
        fresh.setGeometry(self.geometry())
        fresh.show()
        fresh.show_page(key)
        self.hide()
        self.deleteLater()
        return fresh

    def show_page(self, key: str) -> QWidget:
        keys = [k for k, _ in PAGES]
        self.nav.setCurrentRow(keys.index(key))
        return self.pages[key]

    def page(self, key: str) -> QWidget:
        """The page for `key`, built now if it was not visited yet."""
        if key not in self.pages:
            row = [k for k, _ in PAGES].index(key)
            page = import_module(f"desktop.ui.pages.{key}").Page(self.ctx)
            page.setObjectName(f"page_{key}")
            fit_contents(page)
            self.pages[key] = page
            old = self.stack.widget(row)
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(old)
            old.deleteLater()
        return self.pages[key]

    def _show(self, row: int) -> None:
        page = self.page(PAGES[row][0])
        self.stack.setCurrentWidget(page)
        if hasattr(page, "refresh"):
            page.refresh()

    def _data_changed(self, area: str) -> None:
        # The page on screen refreshes itself (AppContext.follow); the window only keeps its title.
        if area == "village":
            self.update_title()
