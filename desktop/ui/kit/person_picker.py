"""Choosing a villager by typing part of a name, pinyin initials, 户号 or an ID number's tail."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from desktop.core.roster import people


class PersonPicker(QWidget):
    """Type part of a name (or pinyin initials, 户号, ID tail); pick the villager from the list."""
    changed = Signal()

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.query = QLineEdit()
        self.query.setPlaceholderText(QCoreApplication.translate("RedWhite", "输入姓名、拼音首字母或户号查找"))
        self.query.setMaximumWidth(180)
        self.choice = QComboBox()
        self.choice.setMinimumWidth(260)
        layout.addWidget(self.query)
        layout.addWidget(self.choice, 1)
        self.query.textChanged.connect(self._search)
        self.choice.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def _search(self, text: str) -> None:
        from desktop.core.roster import search
        self.choice.blockSignals(True)
        self.choice.clear()
        if text.strip():
            for r in search.search(self.store, text, limit=30):
                if r.get("status") in ("死亡", "已合并"):
                    continue
                label = self._label(r)
                self.choice.addItem(label, r["id"])
        self.choice.blockSignals(False)
        self.changed.emit()

    def set_person(self, person_id: str | None) -> None:
        self.choice.blockSignals(True)
        self.choice.clear()
        if person_id:
            row = people.person_with_household(self.store, person_id)
            if row:
                self.choice.addItem(self._label(row), person_id)
        self.choice.blockSignals(False)

    def _label(self, row) -> str:
        r = dict(row)
        return self.tr("%1　%2 户号%3　%4").replace("%1", r["name"]).replace("%2", r.get("group_name") or "").replace(
            "%3", r.get("hh_no") or "—").replace("%4", r.get("birth_date") or "")

    def person_id(self) -> str | None:
        return self.choice.currentData()
