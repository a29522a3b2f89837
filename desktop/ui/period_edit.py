"""Pick a period instead of typing "2026-Q1": a kind (month, quarter, year), the year and
which month or quarter. Reads and writes the core's forms ('2026-03', '2026-Q1', '2026'),
so it stands in for a line edit wherever a period or a month is asked for."""
from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSpinBox, QWidget


class PeriodEdit(QWidget):
    changed = Signal()

    def __init__(self, *, kinds: tuple[str, ...] = ("month", "quarter", "year"), optional: bool = False,
                 parent=None):
        super().__init__(parent)
        today = date.today()
        self.kind = QComboBox()
        names = {"month": self.tr("月"), "quarter": self.tr("季度"), "year": self.tr("全年")}
        if optional:
            self.kind.addItem(self.tr("（不填）"), "")
        for k in kinds:
            self.kind.addItem(names[k], k)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.year.setSuffix(self.tr(" 年"))
        self.part = QComboBox()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for w in (self.kind, self.year, self.part):
            row.addWidget(w)
        row.addStretch(1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.year.valueChanged.connect(lambda _v: self.changed.emit())
        self.part.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._kind_changed()
        default = kinds[0]
        self._set_kind("" if optional else default)
        self._set_part(today.month if default == "month" else (today.month - 1) // 3 + 1)

    def _set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))

    def _set_part(self, number: int) -> None:
        self.part.setCurrentIndex(max(self.part.findData(number), 0))

    def _kind_changed(self, *_args) -> None:
        kind = self.kind.currentData()
        self.part.blockSignals(True)
        self.part.clear()
        if kind == "month":
            for m in range(1, 13):
                self.part.addItem(self.tr("%1 月").replace("%1", str(m)), m)
        elif kind == "quarter":
            for q in range(1, 5):
                self.part.addItem(self.tr("第 %1 季度").replace("%1", str(q)), q)
        self.part.blockSignals(False)
        self.year.setEnabled(bool(kind))
        self.part.setVisible(kind in ("month", "quarter"))
        self.changed.emit()

    def text(self) -> str:
        """'2026-03', '2026-Q1', '2026', or '' when not filled in."""
        kind, year, part = self.kind.currentData(), self.year.value(), self.part.currentData()
        if kind == "month":
            return f"{year}-{part:02d}"
        if kind == "quarter":
            return f"{year}-Q{part}"
        return str(year) if kind == "year" else ""

    def setText(self, text: str) -> None:    # the QLineEdit name: forms treat both alike
        text = str(text or "").strip().upper()
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})", text):
            self._set_kind("month")
            self.year.setValue(int(m.group(1)))
            self._set_part(int(m.group(2)))
        elif m := re.fullmatch(r"(\d{4})-?Q([1-4])", text):
            self._set_kind("quarter")
            self.year.setValue(int(m.group(1)))
            self._set_part(int(m.group(2)))
        elif re.fullmatch(r"\d{4}", text):
            self._set_kind("year")
            self.year.setValue(int(text))
        else:
            self._set_kind("")
