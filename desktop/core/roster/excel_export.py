"""Export the roster (whole or filtered as in search) to a tidy .xlsx.

ID numbers and 户号 are TEXT cells (a number cell would turn 18 digits into 1.10101E+17
and drop 0012's zeros), dates are text YYYY-MM-DD, the header is styled and frozen, and
columns are as wide as their content. Reading the file back with the importer changes
nothing.
"""
from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any, Callable, Iterable

from db import Store
from db.errors import CunwuError
from desktop.core.roster import codes, search

Progress = Callable[[int, int, str], None]
PAGE = 5000

# (header, key in the export row); the importer maps every header back to its field.
COLUMNS: list[tuple[str, str]] = [
    ("序号", "seq"), ("户号", "hh_no"), ("村民小组", "group_name"), ("姓名", "name"),
    ("与户主关系", "relation"), ("性别", "gender"), ("民族", "ethnicity_name"), ("身份证号", "id_number"),
    ("出生日期", "birth_date"), ("联系电话", "phone"), ("住址", "address"), ("户籍状态", "status"),
    ("特殊群体", "special"), ("备注", "note"),
]
TEXT_KEYS = {"hh_no", "id_number", "birth_date", "phone"}
MAX_WIDTH = 60


def export_roster(store: Store, path: str | Path, *, query: str = "", group: str | None = None,
                  status: str | None = None, special: str | None = None,
                  progress: Progress | None = None) -> int:
    """Write the people search would find (all of them with no filter); returns the row count."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx") if not path.suffix else path
        if path.suffix.lower() != ".xlsx":
            raise CunwuError(f"只能导出为 .xlsx 文件，现在是“{path.name}”。")
    filters = dict(group=group, status=status, special=special)
    # Pass 1 sizes the columns (write-only sheets need widths before the first row).
    widths = [_width(h) for h, _ in COLUMNS]
    total = 0
    for rows in _pages(store, query, filters):
        for r in rows:
            total += 1
            for i, (_, key) in enumerate(COLUMNS):
                widths[i] = max(widths[i], _width(r.get(key)))
    widths[0] = max(widths[0], len(str(total)) + 2)

    def rows_out() -> Iterable[list[Any]]:
        n = 0
        for rows in _pages(store, query, filters):
            for r in rows:
                n += 1
                r["seq"] = n
                yield [r.get(key) for _, key in COLUMNS]
            if progress is not None:
                progress(n, total, f"已导出 {n} / {total} 人")

    text_cols = {i for i, (_, key) in enumerate(COLUMNS) if key in TEXT_KEYS}
    try:
        write_sheet(path, "花名册", [h for h, _ in COLUMNS], rows_out(), text_columns=text_cols,
                    widths=widths)
    except PermissionError as exc:
        raise CunwuError(f"无法写入 {path}：文件可能正在 Excel/WPS 中打开，请关闭后重试。") from exc
    except OSError as exc:
        raise CunwuError(f"无法写入 {path}（{exc.strerror or exc}）。") from exc
    return total


def _pages(store: Store, query: str, filters: dict) -> Iterable[list[dict]]:
    """The search results page by page, with what the export adds (address, groups, note)."""
    offset = 0
    while True:
        found = search.search(store, query, limit=PAGE, offset=offset, **filters)
        if not found:
            return
        ids = [r["id"] for r in found]
        marks = ",".join("?" * len(ids))
        extra = {r["id"]: r for r in store.query(
            f"SELECT p.id, p.note, h.address FROM person p LEFT JOIN household h ON h.id = p.household_id "
            f"WHERE p.id IN ({marks})", ids)}
        specials: dict[str, list[str]] = {}
        for g in store.query(f"SELECT person_id, kind, detail FROM person_group WHERE person_id IN ({marks}) "
                             "AND end_date IS NULL ORDER BY kind", ids):
            specials.setdefault(g["person_id"], []).append(g["kind"] + (f"（{g['detail']}）" if g["detail"] else ""))
        out = []
        for r in found:
            row = dict(r)
            e = extra.get(r["id"])
            row["note"] = e["note"] if e else ""
            row["address"] = e["address"] if e else ""
            row["ethnicity_name"] = codes.ETHNICITIES.get(r.get("ethnicity") or "", r.get("ethnicity") or "")
            row["special"] = "、".join(specials.get(r["id"], []))
            out.append(row)
        yield out
        if len(found) < PAGE:
            return
        offset += PAGE


def _width(value: Any) -> int:
    """Display width in Excel character units: CJK characters count double."""
    if value is None:
        return 0
    text = str(value)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def write_sheet(path: Path, title: str, headers: list[str], rows: Iterable[list[Any]], *,
                text_columns: set[int] = frozenset(), widths: list[int] | None = None) -> None:
    """A styled single-sheet workbook, streamed (write-only) so 100,000 rows stay small in memory.

    Cells in `text_columns` get the text format '@' and string values, so Excel never turns
    them into numbers; other values keep their type (the error workbook keeps originals).
    When `widths` is None the rows are buffered once to measure them.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    if widths is None:
        rows = [list(r) for r in rows]
        widths = [max([_width(h)] + [_width(r[i]) if i < len(r) else 0 for r in rows])
                  for i, h in enumerate(headers)]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title)
    ws.freeze_panes = "A2"
    for i, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(i + 1)].width = min(max(w, 4) + 2, MAX_WIDTH)
    thin = Side(style="thin", color="999999")
    head_font = Font(bold=True, color="FFFFFF")
    head_fill = PatternFill("solid", fgColor="4F6F8F")
    head_border = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    header_cells = []
    for h in headers:
        c = WriteOnlyCell(ws, value=h)
        c.font, c.fill, c.border, c.alignment = head_font, head_fill, head_border, center
        header_cells.append(c)
    ws.append(header_cells)
    for r in rows:
        out = []
        for i, v in enumerate(r):
            if i in text_columns:
                c = WriteOnlyCell(ws, value=_as_text(v))
                c.number_format = "@"
                out.append(c)
            else:
                out.append(v)
        ws.append(out)
    ws.auto_filter.ref = f"A1:{get_column_letter(max(len(headers), 1))}1"
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)


def _as_text(value: Any) -> Any:
    """Strings stay strings; a stray number becomes its digits (never 1.1E+17)."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    return str(value)
