"""Read a 花名册 file (.xlsx, .xls, .csv) into rows of raw cell values and find its header.

Real sheets start with a title (often a merged cell), a line such as 填报单位, blank rows,
and sometimes a two-line header (残疾情况 over 类别 | 等级). The header row is the row
whose cells read most like known column names; see excel_fields.guess_field.
"""
from __future__ import annotations

import codecs
import csv
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from db.errors import CunwuError, os_reason
from desktop.core.roster import excel_fields as F

HEADER_SCAN_ROWS = 40       # titles and notes above the header never run longer than this
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"


@dataclass
class RawTable:
    path: Path
    sheet_name: str
    rows: list[list[Any]]           # every row of the sheet, rows[i] is spreadsheet row i+1
    header_row: int                 # index into rows of the (last) header row
    headers: list[str]              # one text per column (two-line headers joined)
    data_start: int = 0             # index of the first row after the header
    sheet_names: list[str] = field(default_factory=list)
    encoding: str | None = None     # CSV only

    @property
    def width(self) -> int:
        return len(self.headers)

    def row_number(self, index: int) -> int:
        """The row number the clerk sees in Excel (1-based)."""
        return index + 1

    def data_rows(self):
        """(row number, cells) for every row below the header."""
        for i in range(self.data_start, len(self.rows)):
            yield i + 1, self.rows[i]


def read_table(path: str | Path, sheet: str | None = None) -> RawTable:
    """Read the sheet (the best-looking one unless named) and locate its header."""
    path = Path(path)
    if not path.exists():
        raise CunwuError(f"找不到文件 {path}。")
    if path.is_dir():
        raise CunwuError(f"{path} 是一个文件夹，请选择 Excel 或 CSV 文件。")
    try:
        with open(path, "rb") as fh:
            magic = fh.read(8)
    except OSError as exc:
        raise CunwuError(f"无法打开文件 {path}（{os_reason(exc)}）。可能正被其他程序占用。") from exc
    suffix = path.suffix.lower()
    try:
        if magic.startswith(_ZIP_MAGIC):
            sheets = _read_xlsx(path)
        elif magic == _OLE_MAGIC:
            if suffix in (".xlsx", ".xlsm"):
                raise CunwuError(f"文件 {path.name} 设有打开密码，请先在 Excel 或 WPS 中取消密码后再导入。")
            sheets = _read_xls(path)
        elif suffix in (".xlsx", ".xlsm", ".xls", ".et", ".ods"):
            raise CunwuError(f"文件 {path.name} 已损坏，或不是 Excel 文件，无法读取。")
        else:
            sheets, encoding = _read_csv(path)
            table = _pick(path, sheets, sheet)
            table.encoding = encoding
            return table
    except CunwuError:
        raise
    except Exception as exc:  # a damaged file: the libraries raise many kinds of errors
        raise CunwuError(f"无法读取文件 {path.name}：文件可能已损坏或格式不受支持"
                         f"（{type(exc).__name__}: {exc}）。可在 Excel/WPS 中另存为 .xlsx 后再试。") from exc
    return _pick(path, sheets, sheet)


# ------------------------------------------------------------------ readers
def _read_xlsx(path: Path) -> list[tuple[str, list[list[Any]]]]:
    import openpyxl
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError) as exc:
        raise CunwuError(f"文件 {path.name} 不是有效的 .xlsx 文件（{exc}）。") from exc
    try:
        out = []
        for ws in wb.worksheets:
            if not hasattr(ws, "iter_rows"):      # chart sheets
                continue
            ws.reset_dimensions()                  # some writers store a wrong sheet size
            out.append((ws.title, _compact(ws.iter_rows(values_only=True))))
        return out
    finally:
        wb.close()


def _shared(row, seen: dict[str, str]) -> list[Any]:
    """The row's cells, a short text that occurs before (户号, 村民小组, 户主, 男, 汉族, a
    name) being the same object each time: a 100,000-row sheet holds a million cells."""
    return [seen.setdefault(v, v) if type(v) is str and len(v) <= 10 else v for v in row]


def _compact(rows) -> list[list[Any]]:
    """Rows as lists; empty rows share one list and trailing ones are dropped (sheets
    formatted down to row 1,048,576 would otherwise hold a million lists)."""
    out: list[list[Any]] = []
    empty: list[Any] = []
    seen: dict[str, str] = {}
    last = 0
    for r in rows:
        if any(v is not None for v in r):
            out.append(_shared(r, seen))
            last = len(out)
        else:
            out.append(empty)
    del out[last:]
    return out


def _read_xls(path: Path) -> list[tuple[str, list[list[Any]]]]:
    import xlrd
    try:
        book = xlrd.open_workbook(str(path), on_demand=True)
    except xlrd.XLRDError as exc:
        if "encrypted" in str(exc).lower():
            raise CunwuError(f"文件 {path.name} 设有密码，请先在 Excel 或 WPS 中取消密码后再导入。") from exc
        raise CunwuError(f"无法读取 .xls 文件 {path.name}（{exc}）。可在 Excel/WPS 中另存为 .xlsx 后再试。") from exc
    try:
        out = []
        for sh in book.sheets():
            rows = []
            for r in range(sh.nrows):
                cells = []
                for c in range(sh.ncols):
                    cell = sh.cell(r, c)
                    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                        cells.append(None)
                    elif cell.ctype == xlrd.XL_CELL_DATE:
                        try:
                            cells.append(xlrd.xldate_as_datetime(cell.value, book.datemode))
                        except (xlrd.xldate.XLDateError, ValueError, OverflowError):
                            cells.append(cell.value)
                    elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                        cells.append(bool(cell.value))
                    elif cell.ctype == xlrd.XL_CELL_ERROR:
                        cells.append(xlrd.error_text_from_code.get(cell.value, "#错误"))
                    else:
                        cells.append(cell.value)
                rows.append(cells)
            out.append((sh.name, rows))
        return out
    finally:
        book.release_resources()


def _read_csv(path: Path) -> tuple[list[tuple[str, list[list[Any]]]], str]:
    data = path.read_bytes()
    text, encoding = decode_csv(data)
    sample = text[:20000]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    seen: dict[str, str] = {}
    rows = [_shared([c if c.strip() else None for c in r], seen) for r in csv.reader(io.StringIO(text), dialect)]
    return [(path.stem, rows)], encoding


def decode_csv(data: bytes) -> tuple[str, str]:
    """UTF-8 (with or without BOM), UTF-16 (Excel's 'Unicode text'), else GB18030 (⊃ GBK)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError as exc:
        raise CunwuError("CSV 文件的编码无法识别（不是 UTF-8 也不是 GBK），"
                         "请在 Excel/WPS 中另存为 .xlsx 或 UTF-8 编码的 CSV。") from exc


# ------------------------------------------------------------- header search
def _pick(path: Path, sheets: list[tuple[str, list[list[Any]]]], wanted: str | None) -> RawTable:
    names = [n for n, _ in sheets]
    if not sheets:
        raise CunwuError(f"文件 {path.name} 里没有工作表。")
    if wanted is not None:
        chosen = [(n, rows) for n, rows in sheets if n == wanted]
        if not chosen:
            raise CunwuError(f"文件 {path.name} 里没有名为“{wanted}”的工作表（有：{'、'.join(names)}）。")
    else:
        chosen = sheets
    best = None
    for name, rows in chosen:
        idx, score = find_header_row(rows)
        if best is None or score > best[0]:
            best = (score, name, rows, idx)
    score, name, rows, idx = best
    if score == 0:
        raise CunwuError(f"在文件 {path.name} 的前 {HEADER_SCAN_ROWS} 行里没有找到表头"
                         "（应有“姓名”“身份证号”等列名）。")
    headers, data_start, header_row = combine_headers(rows, idx)
    return RawTable(path=path, sheet_name=name, rows=rows, header_row=header_row, headers=headers,
                    data_start=data_start, sheet_names=names)


def find_header_row(rows: list[list[Any]]) -> tuple[int, int]:
    """(index, score) of the row that reads most like a header; a 姓名 column is worth more."""
    best_idx, best_score = 0, 0
    for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        score = F.header_score(row)
        if score and any(F.guess_field(c) == "name" for c in row if isinstance(c, str)):
            score += 2
        if score > best_score:
            best_idx, best_score = i, score
    return best_idx, best_score


def _short_label(value: Any) -> bool:
    return isinstance(value, str) and 0 < len(value.strip()) <= 16 and not any(
        ch in value for ch in ":：") and not F.code_text(value).isdecimal()


def combine_headers(rows: list[list[Any]], idx: int) -> tuple[list[str], int, int]:
    """Headers for each column, joining a two-line header when the sheet has one.

    In a two-line header the upper line has merged cells (残疾情况 over 类别 | 等级;
    姓名 spanning both lines), which a reader sees as a value in the first cell only.
    Returns (headers, index of the first data row, index of the lower header line).
    """
    row = rows[idx]
    width = max((len(r) for r in rows[idx:idx + 50]), default=len(row))
    name_col = next((c for c, v in enumerate(row) if F.guess_field(v) == "name"), None)
    below = rows[idx + 1] if idx + 1 < len(rows) else []
    above = rows[idx - 1] if idx > 0 else []
    if (name_col is not None and below and _cell(below, name_col) is None
            and any(v is not None for v in below)
            and all(_short_label(v) for v in below if v is not None)
            and any(_cell(row, c) is None or F.guess_field(v) is not None
                    for c, v in enumerate(below) if v is not None)):
        top, bottom, start = row, below, idx + 2
    elif (above and sum(1 for v in above if v is not None) >= 2
          and all(_short_label(v) for v in above if v is not None)
          and any(_cell(row, c) is None for c, v in enumerate(above) if v is not None)):
        top, bottom, start = above, row, idx + 1
    else:
        return [F.text(_cell(row, c)) for c in range(width)], idx + 1, idx
    headers = []
    parent = ""
    for c in range(width):
        t, b = F.text(_cell(top, c)), F.text(_cell(bottom, c))
        if t:
            parent = t
        elif not b:
            parent = ""
        if b and not t:
            # Under a merged parent: the child alone if it names a field, else parent+child.
            headers.append(b if F.guess_field(b) is not None or not parent else parent + b)
        elif b and t:
            headers.append(b if F.guess_field(b) is not None else t + b)
        else:
            headers.append(t)
    return headers, start, start - 1


def _cell(row: list[Any], c: int) -> Any:
    v = row[c] if c < len(row) else None
    return None if F.is_blank(v) else v
