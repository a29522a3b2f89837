"""A read-only table of whole rows (dicts) shown by columns, and the helpers around it."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableView

from desktop.core.money import yuan
from desktop.ui.core_labels import core_label

RED = QBrush(QColor("#b00020"))
GREY = QBrush(QColor("#777777"))


class RowsModel(QAbstractTableModel):
    """Rows (dicts) shown by columns (key, header, kind); kind 'money' formats fen as yuan,
    kind 'term' shows a core term (status, source, category) in the interface's language."""

    def __init__(self, columns: list[tuple[str, str, str]], parent=None):
        super().__init__(parent)
        self.columns = columns
        self.rows: list[dict] = []
        self.muted: Callable[[dict], bool] = lambda row: False

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.columns[section][1]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key, _, kind = self.columns[index.column()]
        value = row.get(key)
        if role == Qt.DisplayRole:
            if kind == "money":
                return "" if value is None else yuan(value)
            if kind == "term":
                return core_label(value)
            return "" if value is None else str(value)
        if role == Qt.TextAlignmentRole and kind == "money":
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ForegroundRole:
            if kind == "money" and isinstance(value, int) and value < 0:
                return RED
            if self.muted(row):
                return GREY
        if role == Qt.UserRole:
            return row
        return None

    def row(self, i: int) -> dict | None:
        return self.rows[i] if 0 <= i < len(self.rows) else None


def make_table(model: RowsModel, *, stretch: bool = True) -> QTableView:
    """A read-only table of whole rows, one selected at a time."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectRows)
    table.setSelectionMode(QTableView.SingleSelection)
    table.setEditTriggers(QTableView.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(stretch)
    table.verticalHeader().setDefaultSectionSize(24)
    return table


def selected_row(table: QTableView, model: RowsModel) -> dict | None:
    idx = table.selectionModel().currentIndex()
    return model.row(idx.row()) if idx.isValid() else None
