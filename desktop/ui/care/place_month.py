"""The care page's chooser above its tabs: which place and which month every tab shows."""
from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from desktop.core.care import places
from desktop.ui.core_labels import core_label


class PlaceMonthBar(QWidget):
    """场所 and 月份; `changed` fires when the clerk (or a tab, by `choose`) picks another."""

    changed = Signal()

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        self.place_box = QComboBox()
        self.place_box.setObjectName("care_place")
        self.place_box.setMinimumWidth(220)
        self.month = QDateEdit(QDate.currentDate())
        self.month.setDisplayFormat(self.tr("yyyy年MM月"))
        self.month.setObjectName("care_month")
        bar.addWidget(QLabel(self.tr("场所")))
        bar.addWidget(self.place_box)
        bar.addWidget(QLabel(self.tr("月份")))
        bar.addWidget(self.month)
        bar.addStretch(1)
        self.place_box.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.month.dateChanged.connect(lambda _d: self.changed.emit())

    def place(self) -> dict | None:
        pid = self.place_box.currentData()
        return places.get_place(self.store, pid) if pid else None

    def month_text(self) -> str:
        d = self.month.date()
        return f"{d.year()}-{d.month():02d}"

    def reload_places(self) -> int:
        """Fill the place list again (keeping the chosen place), silently; returns how many there are."""
        current = self.place_box.currentData()
        self.place_box.blockSignals(True)
        self.place_box.clear()
        for p in places.list_places(self.store):
            self.place_box.addItem(self.tr("%1（%2）").replace("%1", p["name"]).replace("%2", core_label(p["kind"])),
                                   p["id"])
        idx = self.place_box.findData(current)
        self.place_box.setCurrentIndex(idx if idx >= 0 else 0)
        self.place_box.blockSignals(False)
        return self.place_box.count()

    def choose(self, place_id: str | None = None, month: str | None = None) -> None:
        """Show this place (if listed) and this month ("2026-04"); each change fires `changed`."""
        idx = self.place_box.findData(place_id) if place_id else -1
        if idx >= 0:
            self.place_box.setCurrentIndex(idx)
        if month:
            y, m = month.split("-")
            self.month.setDate(QDate(int(y), int(m), 1))
