"""Export the roster (whole or filtered as in search) to a tidy .xlsx.

ID numbers and 户号 are TEXT cells (a number cell would turn 18 digits into 1.10101E+17
and drop 0012's zeros), dates are text YYYY-MM-DD, the header is styled and frozen, and
columns are as wide as their content. Special groups carry their start dates
(低保（2023-05-01起）). Reading the file back with the importer changes nothing, and importing
it into another file gives the same memberships from the same dates.
"""
from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path
from typing import Any, Iterable

from db import Store
from db.errors import CunwuError
from db.files import write_with
from db.progress import Progress
from desktop.core.roster import codes, groups, search
from desktop.core.sheets import formula_like, keep_as_text
from desktop.core.security.privacy import check_passphrase, write_sealed
from desktop.core.security.visibility import view_person

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
                  progress: Progress | None = None, passphrase: str | None = None) -> int:
    """Write the people search would find (all of them with no filter); returns the row count.
    With a passphrase only the sealed file <path>.cunwu-enc is written (sealed in memory)."""
    path = export_path(path)
    if passphrase is not None:
        check_passphrase(passphrase)      # refused before any work, and nothing written
    filters = dict(group=group, status=status, special=special)
    ids = _ordered_ids(store, query, filters)
    total = len(ids)
    # Pass 1 sizes the columns (write-only sheets need widths before the first row).
    widths = [_width(h) for h, _ in COLUMNS]
    for rows in _chunks(store, ids):
        for r in rows:
            for i, (_, key) in enumerate(COLUMNS):
                widths[i] = max(widths[i], _width(r.get(key)))
    widths[0] = max(widths[0], len(str(total)) + 2)

    def rows_out() -> Iterable[list[Any]]:
        n = 0
        for rows in _chunks(store, ids):
            for r in rows:
                n += 1
                r["seq"] = n
                yield [r.get(key) for _, key in COLUMNS]
            if progress is not None:
                progress(n, total, f"已导出 {n} / {total} 人")

    text_cols = {i for i, (_, key) in enumerate(COLUMNS) if key in TEXT_KEYS}
    write_sheet(path, "花名册", [h for h, _ in COLUMNS], rows_out(), text_columns=text_cols, widths=widths,
                passphrase=passphrase)
    return total


def export_path(path: str | Path) -> Path:
    """The file export_roster writes: '.xlsx' added when missing; other types refused."""
    text = str(path).strip()
    path = Path(text)
    if not text or path.name in ("", ".", "..") or text.endswith(("/", "\\")):
        raise CunwuError(f"请给出要导出的文件名（如 花名册.xlsx），现在是“{text}”。")
    if path.is_dir():
        raise CunwuError(f"“{text}”是一个文件夹，请给出文件名（如 {path / '花名册.xlsx'}）。")
    if not path.suffix:
        return path.with_suffix(".xlsx")
    if path.suffix.lower() != ".xlsx":
        raise CunwuError(f"只能导出为 .xlsx 文件，现在是“{path.name}”。")
    return path


_RELATION_RANK = {label: i for i, label in enumerate(codes.RELATIONS)}


def _natural(text: str) -> tuple:
    """'GJW0012' < 'GJW0100', '2' < '10': 户号 in the order a clerk reads them."""
    return tuple((0, int(part), "") if part.isdecimal() else (1, 0, part)
                 for part in re.split(r"(\d+)", text) if part)


def _ordered_ids(store: Store, query: str, filters: dict) -> list[str]:
    """Everyone search finds, as a 花名册 lists them: by 户号, the head first, then by age."""
    keyed = []
    cursor = None
    while True:
        # Each page continues after the last row of the one before (an offset would read
        # every row above it again: quadratic over a county's roster).
        found, cursor = search.search_page(store, query, limit=PAGE, after=cursor, **filters)
        for r in found:
            keyed.append(((r["hh_no"] is None, _natural(r["hh_no"] or ""),
                           _RELATION_RANK.get(r["relation"], len(_RELATION_RANK)),
                           r["birth_date"] or "9999", r["name"]), r["id"]))
        if len(found) < PAGE:
            break
    keyed.sort()
    return [person_id for _, person_id in keyed]


def _chunks(store: Store, ids: list[str], size: int = 2000) -> Iterable[list[dict]]:
    """The export rows for `ids`, in that order, a chunk at a time."""
    high_age_cutoff = groups.high_age_cutoff(store)
    for start in range(0, len(ids), size):
        chunk = ids[start:start + size]
        marks = ",".join("?" * len(chunk))
        found = {r["id"]: dict(r) for r in store.query(
            "SELECT p.id, p.name, p.gender, p.ethnicity, p.id_number, p.birth_date, p.relation, p.phone, "
            "p.status, p.note, h.hh_no, h.address, g.name AS group_name FROM person p "
            "LEFT JOIN household h ON h.id = p.household_id LEFT JOIN village_group g ON g.id = h.group_id "
            f"WHERE p.id IN ({marks})", chunk)}
        specials: dict[str, list[str]] = {}
        for g in store.query(f"SELECT person_id, kind, detail, start_date, note FROM person_group "
                             f"WHERE person_id IN ({marks}) AND end_date IS NULL ORDER BY kind", chunk):
            specials.setdefault(g["person_id"], []).append(special_text(g))
        rows = []
        for person_id in chunk:
            row = found[person_id]
            if (row["birth_date"] and row["birth_date"] <= high_age_cutoff
                    and row["status"] in ("在册", "外出务工")):
                specials.setdefault(person_id, []).insert(0, groups.DERIVED)   # 高龄 follows from age
            row["ethnicity_name"] = codes.ETHNICITIES.get(row["ethnicity"] or "", row["ethnicity"] or "")
            row["special"] = "、".join(specials.get(person_id, []))
            rows.append(view_person(store.role, row))     # masked for the 监委会 and township
        yield rows


# The earliest start the importer reads back (excel_fields.since_date refuses older ones as typos).
_EARLIEST_START = "1950-01-01"


def special_text(membership) -> str:
    """One membership as the 特殊群体 column writes it and the importer reads it back:
    '低保（2023-05-01起）', '残疾（肢体二级，2020-03-01起）', '孤儿'. The start is left out when
    it is not known (imported without one: 自导入起), so that importing the file elsewhere marks
    it unknown again instead of dating it by this import."""
    parts = [membership["detail"]] if membership["detail"] else []
    start = membership["start_date"]
    if start and start >= _EARLIEST_START and not groups.start_unknown(membership["note"]):
        parts.append(f"{start}起")
    return membership["kind"] + (f"（{'，'.join(parts)}）" if parts else "")


def _width(value: Any) -> int:
    """Display width in Excel character units: CJK characters count double."""
    if value is None:
        return 0
    text = str(value)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def write_sheet(path: Path, title: str, headers: list[str], rows: Iterable[list[Any]], *,
                text_columns: set[int] = frozenset(), widths: list[int] | None = None,
                passphrase: str | None = None) -> None:
    """A styled single-sheet workbook, streamed (write-only) so 100,000 rows stay small in memory.

    Cells in `text_columns` get the text format '@' and string values, so Excel never turns
    them into numbers; other values keep their type (the error workbook keeps originals).
    When `widths` is None the rows are buffered once to measure them.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    path.parent.mkdir(parents=True, exist_ok=True)     # fail before any work if we cannot
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
        c = WriteOnlyCell(ws, value=_storable(h))     # headers come from the clerk's sheet too
        keep_as_text(c)
        c.font, c.fill, c.border, c.alignment = head_font, head_fill, head_border, center
        header_cells.append(c)
    ws.append(header_cells)
    try:
        for r in rows:
            ws.append([_cell(ws, v, i in text_columns) for i, v in enumerate(r)])
        ws.auto_filter.ref = f"A1:{get_column_letter(max(len(headers), 1))}1"
    except BaseException:
        ws.close()          # cancelled or failed: drop the half-written temporary sheet
        raise
    if passphrase is not None:
        # Sealed in memory: the clear workbook never touches the disk (a USB stick keeps deleted files).
        buffer = io.BytesIO()
        wb.save(buffer)
        write_sealed(path, buffer.getvalue(), passphrase)
        return
    write_with(path, wb.save)     # an old file is never left half overwritten


def _storable(value: Any) -> Any:
    """Control characters (a stray ESC from a CSV) cannot be stored in .xlsx: show them as
    their code so the clerk still sees that something odd was in the cell."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    if isinstance(value, str) and ILLEGAL_CHARACTERS_RE.search(value):
        value = ILLEGAL_CHARACTERS_RE.sub(lambda m: f"\\x{ord(m.group()):02x}", value)
    return value


def _cell(ws, value: Any, as_text: bool) -> Any:
    from openpyxl.cell import WriteOnlyCell
    value = _storable(value)
    if as_text:
        c = WriteOnlyCell(ws, value=_as_text(value))
        c.number_format = "@"
        keep_as_text(c)
        return c
    if formula_like(value):         # a roster cell is data, never a formula
        c = WriteOnlyCell(ws, value=value)
        keep_as_text(c)
        return c
    return value


def _as_text(value: Any) -> Any:
    """Strings stay strings; a stray number becomes its digits (never 1.1E+17)."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    return str(value)
