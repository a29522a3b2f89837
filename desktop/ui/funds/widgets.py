"""Widgets shared by the funds tabs: a table model over rows, PDF pages (dates, typed yuan and
error boxes are the program-wide ones from desktop.ui.widgets and desktop.ui.errors)."""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QTableView, QVBoxLayout, QWidget

from desktop.core.money import yuan
from desktop.ui.core_labels import core_label
from desktop.ui.widgets import DateEdit, MoneyEdit  # noqa: F401  (shared; callers import them from here)

RED = QBrush(QColor("#b00020"))
GREY = QBrush(QColor("#777777"))


def tr(text: str) -> str:
    return QCoreApplication.translate("Funds", text)


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


def pdf_images(data: bytes, scale: float = 1.2, ratio: float = 1.0) -> list[QImage]:
    """Render PDF pages with pypdfium2 (the Qt wheels have no QtPdf). `ratio` is the screen's
    device pixel ratio: pages are drawn with that many more pixels (sharp at 125–150 %)
    and keep their size on screen."""
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(data)
    images = []
    try:
        for i in range(len(doc)):
            bitmap = doc[i].render(scale=scale * ratio, rev_byteorder=True)
            img = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, QImage.Format_RGB888)
            img = img.copy()
            img.setDevicePixelRatio(ratio)
            images.append(img)
    finally:
        doc.close()
    return images


class PdfView(QScrollArea):
    """The pages of a PDF, one under the other (the print preview)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(False)      # pages keep their size; the area scrolls
        self.setAlignment(Qt.AlignHCenter)
        self.inner = QWidget()
        self.pages = QVBoxLayout(self.inner)
        self.pages.setAlignment(Qt.AlignHCenter | Qt.AlignTop)
        self.setWidget(self.inner)
        self.setStyleSheet("QScrollArea { background: #808080; }")

    def show_pdf(self, data: bytes | None) -> None:
        while self.pages.count():
            item = self.pages.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        if not data:
            return
        width = height = 0
        for img in pdf_images(data, ratio=self.devicePixelRatioF() or 1.0):
            size = img.deviceIndependentSize().toSize()
            width, height = max(width, size.width()), height + size.height() + self.pages.spacing()
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(img))
            label.setFixedSize(size)      # a page keeps its size; the area scrolls
            label.setStyleSheet("border: 1px solid #444; background: white;")
            self.pages.addWidget(label)
        m = self.pages.contentsMargins()
        # Sized by hand: the layout's hint is not computed until the widget is shown.
        self.inner.setFixedSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def page_count(self) -> int:
        return self.pages.count()
