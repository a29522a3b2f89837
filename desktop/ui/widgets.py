"""Small widget builders every screen uses the same way (so they look and behave alike)."""
from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QHeaderView,
                               QLabel, QTableWidget, QTabWidget, QVBoxLayout, QWidget)



def read_only_table(headers: list[str], *, stretch_all: bool = False) -> QTableWidget:
    """A table the clerk reads and selects whole rows in, one at a time."""
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.setEditTriggers(QAbstractItemView.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectRows)
    t.setSelectionMode(QAbstractItemView.SingleSelection)
    t.verticalHeader().setVisible(False)
    header = t.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.Stretch if stretch_all else QHeaderView.ResizeToContents)
    header.setStretchLastSection(True)
    return t


def dialog_buttons(dialog: QDialog, on_ok: Callable[[], None] | None = None, *, ok_text: str | None = None,
                   cancel_text: str | None = None, save: bool = False) -> QDialogButtonBox:
    """OK (or Save) and Cancel with Chinese labels; OK calls on_ok (default: accept)."""
    role = QDialogButtonBox.Save if save else QDialogButtonBox.Ok
    box = QDialogButtonBox(role | QDialogButtonBox.Cancel)
    box.button(role).setText(ok_text or (QCoreApplication.translate("Widgets", "保存") if save else QCoreApplication.translate("Widgets", "确定")))
    box.button(QDialogButtonBox.Cancel).setText(cancel_text or QCoreApplication.translate("Widgets", "取消"))
    box.accepted.connect(on_ok or dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def date_edit() -> QDateEdit:
    """A date picker starting today; events are never in the future."""
    d = QDateEdit(QDate.currentDate())
    d.setCalendarPopup(True)
    d.setDisplayFormat("yyyy-MM-dd")
    d.setMaximumDate(QDate.currentDate())
    return d


class DateEdit(QDateEdit):
    """A calendar date field that reads and writes 'YYYY-MM-DD'."""

    def __init__(self, value: str | None = None, parent=None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.set_iso(value or date.today().isoformat())

    def set_iso(self, value: str) -> None:
        self.setDate(QDate.fromString(value, "yyyy-MM-dd"))

    def iso(self) -> str:
        return self.date().toString("yyyy-MM-dd")


class TermCombo(QComboBox):
    """A choice among core terms, shown translated (core_label) but read back as the core's word.

    Editable ones also take what the clerk types (a village's own fund source or category):
    typed text that matches no shown term is kept exactly as typed.
    """

    def __init__(self, terms=(), *, editable: bool = False, parent=None):
        super().__init__(parent)
        self.setEditable(editable)
        self.set_terms(terms)

    def set_terms(self, terms) -> None:
        from desktop.ui.core_labels import core_label
        self.clear()
        for term in terms:
            self.addItem(core_label(term), term)

    def value(self) -> str:
        text = self.currentText().strip()
        idx = self.findText(text)
        return (self.itemData(idx) or text) if idx >= 0 else text

    def set_value(self, value: str | None) -> None:
        idx = self.findData(value)
        if idx >= 0:
            self.setCurrentIndex(idx)
        elif self.isEditable():
            self.setEditText(value or "")


class TabbedPage(QWidget):
    """An area page made of tabs, under an optional title (`set_title`). Showing the page or
    switching tabs refreshes only the tab on screen (the others refresh when they are shown)."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self._layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())

    def set_title(self, text: str) -> None:
        label = QLabel(text)
        label.setObjectName("pageTitle")
        self._layout.insertWidget(0, label)

    def add_tab(self, tab: QWidget, title: str) -> QWidget:
        # Adding the first tab selects it: no refresh yet, the window refreshes the page it shows.
        self.tabs.blockSignals(True)
        self.tabs.addTab(tab, title)
        self.tabs.blockSignals(False)
        return tab

    def refresh(self) -> None:
        tab = self.tabs.currentWidget()
        if hasattr(tab, "refresh"):
            tab.refresh()
