"""Table columns that keep the figures in view.

In a table the columns that carry the figures (余额, amounts, counts, verdicts: the
right-aligned ones) are sized to their contents and never pushed out of the visible
width; the text columns (名称, 用途, reasons) share what is left, and text too long for
its column is cut with "…" and shown whole in a tooltip.

One call per table (`keep_figures_in_view`); screen_fit applies it to every table of
every page and dialog. Tables with fixed-width columns (the care register's day grid)
are left alone.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView, QToolTip
from shiboken6 import isValid

# A text column is never squeezed narrower than this many average characters.
MIN_TEXT_CHARACTERS = 6
# A figure column's heading gets this many characters before it is cut.
HEADING_CHARACTERS = 6
# Rows measured for a column's width (Qt's default is 1000: slow on a year's ledger).
CONTENT_ROWS = 200
# Rows looked at to tell a figure column (right-aligned) from a text column.
SAMPLE_ROWS = 5


def is_figure_column(table: QTableView, column: int) -> bool:
    model = table.model()
    for row in range(min(model.rowCount(), SAMPLE_ROWS)):
        aligned = model.index(row, column).data(Qt.TextAlignmentRole)
        if aligned is not None and Qt.AlignmentFlag(int(aligned)) & Qt.AlignRight:
            return True
    return False


def wanted_widths(table: QTableView) -> tuple[dict[int, int], list[int]]:
    """What each visible column would like (from its contents and heading), and which are figures."""
    model = table.model()
    header = table.horizontalHeader()
    columns = [c for c in range(model.columnCount()) if not table.isColumnHidden(c)]
    char = table.fontMetrics().averageCharWidth()
    figures = [c for c in columns if is_figure_column(table, c)]
    # A long heading over short figures is cut (its tooltip says it whole), not the figures.
    wanted = {c: max(table.sizeHintForColumn(c), min(header.sectionSizeHint(c), HEADING_CHARACTERS * char))
              if c in figures else max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in columns}
    return wanted, figures


def arrange_columns(table: QTableView, measured: tuple[dict[int, int], list[int]] | None = None) -> None:
    """Figures at their full width; text columns share the rest (the widest gives way first)."""
    model = table.model()
    header = table.horizontalHeader()
    if model is None or model.columnCount() == 0:
        return
    wanted, figures = measured or wanted_widths(table)
    columns = list(wanted)
    header.setStretchLastSection(False)
    for c in columns:
        header.setSectionResizeMode(c, QHeaderView.Interactive)
    char = table.fontMetrics().averageCharWidth()
    texts = [c for c in columns if c not in figures]
    room = table.viewport().width() - sum(wanted[c] for c in figures)
    for c in figures:
        header.resizeSection(c, wanted[c])
    if not texts:
        return
    # Each text column keeps a few characters; fewer when the figures leave little room.
    floor = max(header.minimumSectionSize(), min(MIN_TEXT_CHARACTERS * char, room // len(texts)))
    # Water-filling: every text column gets its wish or an equal share of what is left.
    widths, left, pending = {}, room, sorted(texts, key=lambda c: wanted[c])
    while pending:
        share = left // len(pending)
        c = pending[0]
        if wanted[c] <= share:
            widths[c] = wanted[c]
            left -= wanted[c]
            pending.pop(0)
        else:
            for c in pending:
                widths[c] = max(share, min(floor, wanted[c]))
            pending = []
            left = 0
    if left > 0:
        # Spare room first gives back the figure headings cut to HEADING_CHARACTERS (a wide
        # window need not show "26-12 小"), then goes to the widest text column.
        for c in figures:
            grow = min(left, max(0, header.sectionSizeHint(c) - wanted[c]))
            if grow:
                header.resizeSection(c, wanted[c] + grow)
                left -= grow
        widest = max(texts, key=lambda c: wanted[c])
        widths[widest] += left
    for c, width in widths.items():
        header.resizeSection(c, width)


class _ColumnKeeper(QObject):
    """Re-arranges a table's columns after its data or its size changed (once per burst),
    and shows the whole text of a cut cell as a tooltip."""

    def __init__(self, table: QTableView):
        super().__init__(table)
        self.table = table
        self.model = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.arrange)
        self.measured = None            # the columns' wishes, measured again only when the data changed
        table.horizontalHeader().setResizeContentsPrecision(CONTENT_ROWS)
        self.heading_area = table.horizontalHeader().viewport()
        table.viewport().installEventFilter(self)
        self.heading_area.installEventFilter(self)
        self.watch(table.model())

    def watch(self, model) -> None:
        if model is None or model is self.model:
            return
        self.model = model
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.columnsInserted,
                       model.columnsRemoved, model.headerDataChanged):
            signal.connect(self.data_changed)
        self.data_changed()

    def data_changed(self, *_args) -> None:
        self.measured = None
        self.timer.start()

    def arrange(self) -> None:
        model = self.table.model()
        if model is None or model.columnCount() == 0:
            return
        if self.measured is None or max(self.measured[0], default=-1) >= model.columnCount():
            self.measured = wanted_widths(self.table)
        arrange_columns(self.table, self.measured)

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if not isValid(self.table):       # events of the viewport while the table is destroyed
            return False
        if obj is self.heading_area:
            return kind == QEvent.ToolTip and self._heading_tooltip(event)
        if kind == QEvent.Resize:
            self.watch(self.table.model())
            self.timer.start()
        elif kind == QEvent.ToolTip:
            return self._tooltip(event)
        return False

    def _heading_tooltip(self, event) -> bool:
        header = self.table.horizontalHeader()
        column = header.logicalIndexAt(event.pos())
        model = self.table.model()
        if column < 0 or model is None:
            return False
        text = model.headerData(column, Qt.Horizontal, Qt.DisplayRole)
        if text and header.sectionSizeHint(column) > header.sectionSize(column):
            QToolTip.showText(event.globalPos(), str(text), header.viewport())
            return True
        return False

    def _tooltip(self, event) -> bool:
        index = self.table.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ToolTipRole):
            return False              # the model's own tooltip wins
        text = index.data(Qt.DisplayRole)
        if text is None:
            return False
        text = str(text)
        if self.table.fontMetrics().horizontalAdvance(text) + 8 > self.table.columnWidth(index.column()):
            QToolTip.showText(event.globalPos(), text, self.table.viewport())
            return True
        return False


def keep_figures_in_view(table: QTableView) -> None:
    """Arrange `table`'s columns now and whenever its rows or size change."""
    if table.property("figureColumnsKept"):
        return
    if table.property("fixedColumns"):
        return                        # a grid of equal cells keeps its own widths
    table.setProperty("figureColumnsKept", True)
    table.setTextElideMode(Qt.ElideRight)
    _ColumnKeeper(table)
