"""A plain read-only table of rows the clerk selects one at a time (QTableWidget)."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget


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
