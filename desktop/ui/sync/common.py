"""Small helpers shared by the sync tabs: tables from dicts, printing HTML, months."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QPageLayout, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (QComboBox, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QWidget)
from desktop.ui.flow_row import FlowRow
from desktop.ui.kit.tables import read_only_table


def make_table(headers: list[str]) -> QTableWidget:
    return read_only_table(headers)


def fill_table(table: QTableWidget, rows: list[list], keys: list | None = None) -> None:
    """Rows of display values; `keys` (one per row) are kept in the first cell's UserRole."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
            if c == 0 and keys is not None:
                item.setData(Qt.UserRole, keys[r])
            table.setItem(r, c, item)


def selected_key(table: QTableWidget):
    row = table.currentRow()
    if row < 0 or table.item(row, 0) is None:
        return None
    return table.item(row, 0).data(Qt.UserRole)


def recent_months(n: int = 13) -> list[str]:
    today = date.today()
    out, year, month = [], today.year, today.month
    for _ in range(n):
        out.append(f"{year:04d}-{month:02d}")
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return out


def short_time(iso: str | None) -> str:
    return (iso or "").replace("T", " ")[:16] if iso else QCoreApplication.translate("SyncPage", "（从未）")


def print_html(parent: QWidget, html: str, pdf_path: str | None = None, *, landscape: bool = False) -> bool:
    """Print through the system dialog, or straight to a PDF file (tests, 'save as PDF')."""
    doc = QTextDocument()
    font = QFont()
    font.setPointSize(8)
    doc.setDefaultFont(font)
    doc.setHtml(html)
    printer = QPrinter(QPrinter.HighResolution)
    if landscape:
        printer.setPageOrientation(QPageLayout.Landscape)
    if pdf_path:
        printer.setOutputFormat(QPrinter.PdfFormat)
        printer.setOutputFileName(pdf_path)
    else:
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QPrintDialog.Accepted:
            return False
    doc.print_(printer)
    return True


def month_row(label: str, button_texts: list[str]) -> tuple[FlowRow, QComboBox, list[QPushButton]]:
    """A toolbar: a month chooser (this month first) followed by buttons."""
    row = FlowRow()
    row.addWidget(QLabel(label))
    month = QComboBox()
    month.addItems(recent_months())
    row.addWidget(month)
    buttons = [QPushButton(text) for text in button_texts]
    for b in buttons:
        row.addWidget(b)
    row.addStretch(1)
    return row, month, buttons
