"""Import a 花名册 (.xlsx / .xls / .csv) into the roster, and nothing is lost.

    table = read_table(path)                 # rows of raw cells, header row found
    mapping = guess_mapping(table)           # column index -> field key (FIELDS)
    rows = preview(store, table, mapping)    # what would happen, nothing written
    result = run_import(store, table, mapping, progress)

Every data row ends up either in the roster (added / updated / unchanged) or in the error
workbook written beside the source file, with its original values and the reason in
Chinese. The import is one transaction: all valid rows or, if something unexpected
fails (or the clerk cancels), nothing. Re-importing the same sheet changes nothing:
a row is matched to a person by 身份证号, then by household (户号) and name; empty cells
never erase what the roster already holds. The engine is import_rows.py (each row read
and routed), import_clean.py (a row cleaned), import_careful.py (rows that may touch records
already in the file) and import_batch.py (new people in batches).
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from db import Store
from db.errors import ValidationError, os_reason
from db.progress import Progress
from desktop.core.roster import excel_fields as F
from desktop.core.roster.excel_fields import FIELD_LABELS, FIELDS, REQUIRED
from desktop.core.roster.excel_table import RawTable, read_table
from desktop.core.roster.deferred_indexes import DeferredIndexes, worth_deferring
from desktop.core.roster.import_result import ImportResult, PreviewRow, column_letter
from desktop.core.roster.import_rows import Importer

__all__ = ["FIELDS", "FIELD_LABELS", "RawTable", "read_table", "guess_mapping", "check_mapping",
           "preview", "run_import", "PreviewRow", "ImportResult", "column_letter"]

# Fields that may take several columns (their values are joined), e.g. 残疾类别 + 残疾等级.
_MULTI = ("note",)
# SQLite's page cache while importing (negative: KiB), instead of the default 2 MiB: the
# indexes of a big roster are written all over. (A 100,000-row import stays under 300 MiB.)
IMPORT_CACHE_KIB = -16384


# ------------------------------------------------------------------ mapping
def guess_mapping(table: RawTable) -> dict[int, str]:
    """Column index -> field key, from the header texts; each field at most once."""
    mapping: dict[int, str] = {}
    used: set[str] = set()
    for col, header in enumerate(table.headers):
        key = F.guess_field(header)
        if key is None or (key in used and not _multi(key)):
            continue
        mapping[col] = key
        used.add(key)
    return mapping


def _multi(key: str) -> bool:
    return key in _MULTI or key.startswith("special:")


def check_mapping(mapping: dict[int, str]) -> None:
    """Refuse a mapping the import cannot use, saying which column to fix."""
    known = {k for k, _, _ in FIELDS}
    by_key: dict[str, list[int]] = {}
    for col, key in mapping.items():
        if key not in known:
            raise ValidationError(f"第 {column_letter(col)} 列对应的字段“{key}”不存在。", field=key)
        by_key.setdefault(key, []).append(col)
    for key in REQUIRED:
        if key not in by_key:
            raise ValidationError(f"请指定哪一列是“{FIELD_LABELS[key]}”。", field=key)
    for key, cols in by_key.items():
        if len(cols) > 1 and not _multi(key):
            letters = "、".join(column_letter(c) for c in sorted(cols))
            raise ValidationError(f"“{FIELD_LABELS[key]}”对应了多列（第 {letters} 列），只能选一列。", field=key)


# ------------------------------------------------------------------- public
def preview(store: Store, table: RawTable, mapping: dict[int, str], limit: int = 50) -> list[PreviewRow]:
    """What importing the first `limit` data rows would do; nothing is written."""
    check_mapping(mapping)
    importer = Importer(store, table, mapping, preview=True)
    out: list[PreviewRow] = []
    try:
        with store.transaction():
            for number, cells in table.data_rows():
                row = importer.process(number, cells)
                if row is not None:
                    out.append(row)
                    if len(out) >= limit:
                        break
            raise _Rollback()
    except _Rollback:
        pass
    return out


def run_import(store: Store, table: RawTable, mapping: dict[int, str], progress: Progress | None = None,
               *, dry_run: bool = False, error_dir: Path | None = None, batched: bool = True,
               defer_indexes: bool | None = None) -> ImportResult:
    """Import every data row (one transaction); bad rows go to an error workbook beside the source.
    batched=False takes every row the careful way (the reference the batched path is tested against).
    defer_indexes: build the search indexes after the insert (None: for a large sheet into a
    smaller roster, where that is faster)."""
    check_mapping(mapping)
    total = max(len(table.rows) - table.data_start, 0)
    backup = None
    if not dry_run:
        from desktop.core.security.backups import before_import
        backup = before_import(store, progress)
    cache = store.scalar("PRAGMA cache_size")
    store.conn.execute(f"PRAGMA cache_size={IMPORT_CACHE_KIB}")
    try:
        with store.transaction():
            if defer_indexes is None:
                defer_indexes = batched and worth_deferring(store, total)
            deferred = DeferredIndexes(store, group_triggers=True) if defer_indexes else None
            importer = Importer(store, table, mapping, batched=batched)
            for done, (number, cells) in enumerate(table.data_rows()):
                if progress is not None and done % 200 == 0:
                    progress(done, total, f"正在导入第 {number} 行…")
                importer.process(number, cells)
            importer.finish()
            if deferred is not None and not dry_run:      # a dry run's rollback restores them
                if progress is not None:
                    progress(total, total, "正在建立查询索引…")
                deferred.restore()
            if dry_run:
                raise _Rollback()
    except _Rollback:
        pass
    finally:
        store.conn.execute(f"PRAGMA cache_size={int(cache)}")
    result = importer.result
    result.dry_run = dry_run
    result.backup = backup
    if progress is not None:
        progress(total, total, "导入完成")
    if result.errors and not dry_run:
        try:
            result.error_workbook = write_error_workbook(table, result.errors, error_dir)
        except OSError as exc:
            # The import is committed; the bad rows are still listed in result.errors.
            result.error_workbook_problem = f"错误行文件无法保存（{os_reason(exc)}）"
    return result


class _Rollback(Exception):
    """Leaves a transaction without keeping anything (preview, dry run)."""


# ----------------------------------------------------------- error workbook
def error_workbook_path(source: Path, folder: Path | None = None, now: datetime | None = None) -> Path:
    """花名册.xlsx -> 花名册-错误行-20261123-1102.xlsx beside it (never overwriting)."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M")
    folder = folder or source.parent
    path = folder / f"{source.stem}-错误行-{stamp}.xlsx"
    n = 2
    while path.exists():
        path = folder / f"{source.stem}-错误行-{stamp}-{n}.xlsx"
        n += 1
    return path


def write_error_workbook(table: RawTable, errors: list[tuple[int, str, list[Any]]],
                         folder: Path | None = None) -> Path:
    """The bad rows with their original values after 原行号 and 错误原因, ready to fix and re-import."""
    from desktop.core.roster.excel_export import write_sheet
    headers = [h or f"第{column_letter(c)}列" for c, h in enumerate(table.headers)]
    width = max([len(headers)] + [len(cells) for _, _, cells in errors])
    headers += [f"第{column_letter(c)}列" for c in range(len(headers), width)]
    # The reason first, where the clerk looks; the importer ignores both extra columns.
    rows = [[number, why, *cells, *[None] * (width - len(cells))] for number, why, cells in errors]
    headers = ["原行号", "错误原因", *headers]
    path = error_workbook_path(table.path, folder)
    try:
        write_sheet(path, "错误行", headers, rows)
    except OSError:
        # The source folder may be read-only (a CD, a locked share): use the data folder instead.
        from desktop.paths import data_dir
        path = error_workbook_path(table.path, data_dir())
        write_sheet(path, "错误行", headers, rows)
    return path
