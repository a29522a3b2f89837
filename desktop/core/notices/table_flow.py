"""Tables of a notice kept as data until rendering (so the last rows can move to the closing
page) and laid out in pieces: reportlab's table split is slow on thousands of rows."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, LongTable, Paragraph, TableStyle

from desktop.core.notices import fonts

HEAD_ROWS = 3                  # rows kept with the heading above a table
CHUNK_ROWS = 200               # long tables are laid out in pieces of this many rows
HEADER_GREY = colors.HexColor("#E8E8E8")
TOTAL_GREY = colors.HexColor("#F3F3F3")


class TableSpec:
    """A table kept as data until rendering, so its tail can move to the closing page."""

    def __init__(self, columns, widths, header, body, total_rows, font_size, row_height_mm, total_span=1):
        self.columns, self.widths, self.header, self.body = columns, widths, header, body
        self.total_rows, self.font_size, self.row_height_mm = total_rows, font_size, row_height_mm
        self.total_span = total_span

    def split(self, tail_rows: int) -> tuple["TableSpec | None", "TableSpec | None"]:
        """(main, tail): the tail holds the last `tail_rows` data rows and the totals.
        A short table is not torn apart: it all stays in `main`."""
        if len(self.body) - self.total_rows <= 2 * tail_rows + 2:
            return self, None
        data = len(self.body) - self.total_rows
        cut = max(data - tail_rows, 0)
        main = None if cut == 0 else self._with(self.body[:cut], 0)
        return main, self._with(self.body[cut:], self.total_rows)

    def split_head(self, rows: int) -> tuple["TableSpec", "TableSpec | None"]:
        """(the first `rows` rows, the rest or None)."""
        if len(self.body) <= rows + self.total_rows:
            return self, None
        return self._with(self.body[:rows], 0), self.rows_from(rows)

    def rows_from(self, start: int) -> "TableSpec":
        totals = min(self.total_rows, len(self.body) - start)
        return self._with(self.body[start:], totals)

    def chunks(self, size: int) -> list["TableSpec"]:
        """Consecutive pieces of at most `size` rows (totals stay with the last piece)."""
        out = []
        for start in range(0, len(self.body), size):
            piece = self.body[start:start + size]
            totals = max(0, self.total_rows - (len(self.body) - start - len(piece)))
            out.append(self._with(piece, totals))
        return out

    def _with(self, body, total_rows) -> "TableSpec":
        return TableSpec(self.columns, self.widths, self.header, body, total_rows, self.font_size,
                          self.row_height_mm, self.total_span)

    def build(self, header: bool = True) -> LongTable:
        size = self.font_size
        rows = [self.header] + self.body if header else list(self.body)
        heights = None if self.row_height_mm is None else \
            ([None] if header else []) + [self.row_height_mm * mm] * len(self.body)
        t = LongTable(rows, colWidths=self.widths, repeatRows=1 if header else 0, rowHeights=heights)
        style = [
            ("FONTNAME", (0, 0), (-1, -1), fonts.MAIN),
            ("FONTSIZE", (0, 0), (-1, -1), size),
            ("LEADING", (0, 0), (-1, -1), size + 2),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        first = 1 if header else 0
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), HEADER_GREY))
        for i, c in enumerate(self.columns):
            style.append(("ALIGN", (i, first), (i, -1), {"L": "LEFT", "C": "CENTER", "R": "RIGHT"}[c.align]))
        if self.total_rows:
            style.append(("BACKGROUND", (0, -self.total_rows), (-1, -1), TOTAL_GREY))
            if self.total_span > 1:
                for r in range(len(rows) - self.total_rows, len(rows)):
                    style.append(("SPAN", (0, r), (self.total_span - 1, r)))
                    style.append(("ALIGN", (0, r), (0, r), "CENTER"))
        t.setStyle(TableStyle(style))
        return t


class Heading(Paragraph):
    """A section heading: kept with the first rows of the table after it."""


def expand_story(items: list) -> list[Flowable]:
    """Story items to flowables. A long table goes in pieces: reportlab's table split is
    slow on thousands of rows, and a piece continuing mid-page carries no header row."""
    out: list[Flowable] = []
    for item in items:
        if not isinstance(item, TableSpec):
            out.append(item)
            continue
        first, rest = item.split_head(HEAD_ROWS)
        if out and isinstance(out[-1], Heading):
            # A heading keeps its table's first rows, not the whole table, on its page.
            out.append(KeepTogether([out.pop(), first.build()]))
        else:
            out.append(first.build())
        if rest is not None:
            out += [TailTable(p) for p in rest.chunks(CHUNK_ROWS)]
    return out


class TailTable(Flowable):
    """The last rows of a table, kept with the closing block: with the header row when they
    start a page, without it when they simply continue the table above."""

    def __init__(self, spec: "TableSpec"):
        super().__init__()
        self.spec = spec
        self._tables: dict[bool, LongTable] = {}
        self._chosen: LongTable | None = None

    def _table(self) -> LongTable:
        frame = getattr(self, "_frame", None)
        with_header = True if frame is None else bool(getattr(frame, "_atTop", True))
        if with_header not in self._tables:
            self._tables[with_header] = self.spec.build(header=with_header)
        return self._tables[with_header]

    def wrap(self, avail_width, avail_height):
        self._chosen = self._table()
        return self._chosen.wrap(avail_width, avail_height)

    def split(self, avail_width, avail_height):
        frame = getattr(self, "_frame", None)
        with_header = True if frame is None else bool(getattr(frame, "_atTop", True))
        parts = self._table().split(avail_width, avail_height)
        if with_header or len(parts) < 2:
            return parts                  # LongTable repeats the header row itself
        # Without a header of its own, the rest starts the next page: give it one there.
        done = len(parts[0]._cellvalues)
        return [parts[0], TailTable(self.spec.rows_from(done))]

    def drawOn(self, canvas, x, y, _sW=0):
        self._chosen.drawOn(canvas, x, y, _sW)
