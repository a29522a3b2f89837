"""The register grid: keyboard first. Arrows move, Space ticks, digits enter meals,
service letters tick services, Delete clears, Ctrl+D marks the whole day present."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop.core.care import kinds
from desktop.ui.care.register_model import RegisterModel


class RegisterView(QTableView):
    def __init__(self, model: RegisterModel, parent=None):
        super().__init__(parent)
        self.setModel(model)
        self.setObjectName("care_register_grid")
        self.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.AnyKeyPressed | QAbstractItemView.DoubleClicked
                             | QAbstractItemView.EditKeyPressed)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.Fixed)
        # One day a column, wide enough for a mark and a meal count in the chosen font size.
        self.horizontalHeader().setDefaultSectionSize(max(40, self.fontMetrics().horizontalAdvance("√ 88") + 12))
        self.setProperty("fixedColumns", True)     # screen_fit leaves this grid's widths alone
        self.verticalHeader().setDefaultSectionSize(max(24, self.fontMetrics().height() + 8))
        self.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.setWordWrap(False)
        self.setAlternatingRowColors(False)
        self.setToolTip(self.tr("空格：出勤/取消　数字 0–3：用餐餐次　字母：服务　Delete：清除　"
                                "Ctrl+D：当天全部到齐"))

    def grid_model(self) -> RegisterModel:
        return self.model()

    def chosen(self):
        indexes = self.selectionModel().selectedIndexes()
        current = self.currentIndex()
        if current.isValid() and current not in indexes:
            indexes.append(current)
        return indexes

    def keyPressEvent(self, event):
        model = self.grid_model()
        current = self.currentIndex()
        key, text = event.key(), event.text()
        if event.matches(QKeySequence.Copy) or model.register is None:
            return super().keyPressEvent(event)
        if (event.modifiers() & Qt.ControlModifier) and key == Qt.Key_D:
            meals = 1 if event.modifiers() & Qt.ShiftModifier else None
            model.whole_day(current.column(), meals)
            return
        if model.is_person_day(current) and not (event.modifiers() & (Qt.ControlModifier | Qt.AltModifier)):
            if key == Qt.Key_Space:
                model.toggle(self.chosen())
                return
            if text and text in "0123456789":
                n = int(text)
                if n > kinds.MAX_MEALS_PER_DAY:
                    model.message.emit(self.tr("每天最多 3 餐。"), True)
                else:
                    model.set_meals(self.chosen(), n)
                return
            if key in (Qt.Key_Delete, Qt.Key_Backspace):
                model.clear_cells(self.chosen())
                return
            if text and text.upper() in model.service_keys:
                model.toggle_service(self.chosen(), text)
                return
            if key in (Qt.Key_Return, Qt.Key_Enter):
                # Enter moves down like a paper sheet
                self.setCurrentIndex(model.index(min(current.row() + 1, model.rowCount() - 1), current.column()))
                return
            if text and text.isprintable() and key not in (Qt.Key_Tab,):
                return   # not a command: do nothing rather than start an editor
        super().keyPressEvent(event)
