"""Read-only tables of records (places, enrolments, report figures): build and fill."""
from __future__ import annotations

import re
from typing import Any, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from desktop.ui.kit.tables import read_only_table

_FIGURE = re.compile(r"^-?[\d,]+(\.\d+)?$")


def record_table(object_name: str, *, stretch: bool = False) -> QTableWidget:
    table = read_only_table([], stretch_all=stretch)
    table.setObjectName(object_name)
    return table


def fill(table: QTableWidget, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Replace the content; numbers align right, None shows empty."""
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            if (isinstance(value, (int, float)) and not isinstance(value, bool)) \
                    or (isinstance(value, str) and _FIGURE.match(value)):     # amounts from yuan()
                item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            table.setItem(r, c, item)
