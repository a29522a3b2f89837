"""Small widget builders every screen uses the same way (so they look and behave alike)."""
from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QHeaderView,
                               QLabel, QLineEdit, QTabWidget, QTableWidget, QVBoxLayout, QWidget)

from db.errors import CunwuError
from desktop.core.inputs.money import parse_money
from desktop.core.money import capitals, yuan



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
    default = QCoreApplication.translate("Widgets", "保存") if save else QCoreApplication.translate("Widgets", "确定")
    box.button(role).setText(ok_text or default)
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


class MoneyEdit(QLineEdit):
    """Yuan typed as text ('12,345.67', '¥300', '300元'), handed on as integer fen by the one
    rule for amounts (desktop.core.inputs.money.parse_money): never a float; a refusal names
    the field. With `capitals_label`, the amount shows in RMB capitals as the clerk types.
    `blank_is_zero`: an empty field means 0 and 0 is allowed (a funeral's 彩礼)."""

    def __init__(self, label: str, capitals_label: QLabel | None = None, parent=None, *,
                 blank_is_zero: bool = False):
        super().__init__(parent)
        self.label = label
        self.blank_is_zero = blank_is_zero
        self.setPlaceholderText("0.00")
        self.setAlignment(Qt.AlignRight)
        self.capitals_label = capitals_label
        if capitals_label is not None:
            self.textChanged.connect(self._show_capitals)

    def _show_capitals(self, text: str) -> None:
        try:
            self.capitals_label.setText(capitals(parse_money(text, allow_zero=True)))
            self.capitals_label.setStyleSheet("")
        except CunwuError as exc:
            self.capitals_label.setText(str(exc) if text.strip() else "")
            self.capitals_label.setStyleSheet("color: #b00020")

    def set_fen(self, fen: int | None) -> None:
        self.setText("" if not fen else yuan(fen, grouping=False))

    def fen(self, field: str = "amount", allow_zero: bool = False) -> int:
        if self.blank_is_zero and not self.text().strip():
            return 0
        return parse_money(self.text(), field=field, label=self.label,
                            allow_zero=allow_zero or self.blank_is_zero)


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
