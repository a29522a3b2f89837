"""Fields every form uses the same way: dates, typed money (yuan in, fen out), core terms."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit

from db.errors import CunwuError
from desktop.core.inputs.money import parse_money
from desktop.core.money import capitals, yuan
from desktop.ui.i18n import core_text


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
            self.capitals_label.setText(core_text(exc) if text.strip() else "")
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
