"""Import a month's paper sign-in sheet typed into Excel (.xlsx, .xls or .csv): names down,
days across. With several sheets (one per month), the sheet named for --month is read.

    幸福院2026年10月签到表                        <- title: place and month (or give them)
    序号 | 姓名 | 1 | 2 | 3 | ... | 31 | 合计      <- header: 姓名 and day numbers (1, 1日, dates)
    1    | 王秀英 | √ |   | 2 | ...                <- √ = came (default meals), a digit = came with N meals
    临时来访 | | 3 | 5 | ...                      <- optional: walk-in visitors per day

Good cells are imported in one transaction; every bad cell (unknown name, a day the month
does not have, outside the enrolment, already recorded, unreadable mark) is reported with
its row and column, and written to an error workbook in the same layout so the clerk can
correct those cells and import that file: nothing is lost and nothing counted twice.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import column_index_from_string, get_column_letter

from db import Store
from db.errors import CunwuError, RefusedError, ValidationError
from db.files import write_with
from desktop.core.care import kinds
from desktop.core.care.enrolment import enrolments
from desktop.core.care.places import day_exceptions, list_places, opening, resolve_place
from desktop.core.inputs.dates import month_bounds, parse_month
from desktop.core.care.register import Cell, _periods, check_cell, save_cells, set_visitors
from desktop.core.roster.excel_table import read_table
from desktop.core.roster.names import clean_name
from desktop.core.sheets import neutralise_book

TICKS = {"√", "✓", "✔", "☑", "v", "V", "到", "是", "有", "○", "〇", "●", "Y", "y", "出勤", "在"}
ABSENT = {"", "×", "✗", "✘", "x", "X", "-", "—", "－", "缺", "假", "病", "请假", "未到", "否", "0", "/", "／"}
VISITOR_ROWS = ("临时来访", "散客", "非入托", "来访人次", "临时人员")
SKIP_ROWS = ("合计", "小计", "总计", "备注", "说明", "签字", "经办人")
ERROR_FILL = PatternFill("solid", fgColor="FFC7CE")
_MONTH = re.compile(r"(\d{4})\s*[年\-./]\s*(\d{1,2})\s*月?")
_DAY = re.compile(r"^(\d{1,2})\s*[日号]?$")
_MEAL_MARK = re.compile(r"^(?:(\d)\s*)?餐(?:\s*(\d))?$")


@dataclass
class CellError:
    row: int                  # Excel row number
    column: str               # Excel column letter ("" for a whole row)
    name: str
    day: str                  # YYYY-MM-DD or the header as written
    value: str
    reason: str

    def message(self) -> str:
        where = f"第 {self.row} 行" + (f" {self.column} 列" if self.column else "")
        who = f"（{self.name}" + (f"，{self.day}" if self.day else "") + "）"
        return f"{where}{who}：{self.reason}"


@dataclass
class ImportResult:
    place: dict
    month: str
    cells: int = 0
    people: int = 0
    meals: int = 0
    visitor_days: int = 0
    tick_meals: int = 0
    errors: list[CellError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error_file: Path | None = None
    dry_run: bool = False
    backup: Path | None = None          # the "pre-import" backup taken before writing

    def as_dict(self) -> dict:
        return {"place": self.place["name"], "place_id": self.place["id"], "month": self.month,
                "imported_cells": self.cells, "people": self.people, "meals": self.meals,
                "visitor_days": self.visitor_days, "tick_meals": self.tick_meals, "dry_run": self.dry_run,
                "errors": [e.__dict__ for e in self.errors], "warnings": self.warnings,
                "error_file": str(self.error_file) if self.error_file else None,
                "backup": str(self.backup) if self.backup else None}


def _text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return str(v).strip()


def _find_header(rows: list[list]) -> tuple[int, int, dict[int, object]]:
    """(header row, name column, {column: header value}) of the first row with 姓名 and days
    (rows and columns numbered from 1, as the clerk sees them in Excel)."""
    for r, values in enumerate(rows[:15], 1):
        texts = [_text(v) for v in values]
        if "姓名" not in texts:
            continue
        days = {c: v for c, v in enumerate(values, 1) if isinstance(v, (datetime, date)) or _DAY.match(_text(v))}
        if len(days) >= 5:
            return r, texts.index("姓名") + 1, days
    raise ValidationError("没有找到表头：签到表前 15 行里应有一行写着“姓名”和日期（1、2、3…或 1日、2日…）。")


def _detect(rows: list[list], header_row: int, sheet_name: str) -> str:
    above = [_text(v) for row in rows[:header_row - 1] for v in row]
    return " ".join([sheet_name, *[t for t in above if t]])


def _guess_place(store: Store, title: str) -> dict | None:
    hits = [p for p in list_places(store) if p["name"] in title]
    if len(hits) == 1:
        return hits[0]
    if not hits:
        kinds_hit = [p for p in list_places(store) if p["kind"] in title]
        return kinds_hit[0] if len(kinds_hit) == 1 else None
    return max(hits, key=lambda p: len(p["name"]))


def _parse_mark(value) -> tuple[bool, int | None] | None:
    """(present, meals or None for the default); None when unreadable."""
    if isinstance(value, bool):
        return (value, None)
    if isinstance(value, (int, float)):
        if float(value).is_integer() and 0 <= value <= kinds.MAX_MEALS_PER_DAY:
            return (value > 0, int(value) if value > 0 else 0)
        return None
    t = _text(value)
    if t in ABSENT:
        return (False, 0)
    if t in TICKS:
        return (True, None)
    if t.isdecimal() and int(t) <= kinds.MAX_MEALS_PER_DAY:
        return (int(t) > 0, int(t))
    meal = _MEAL_MARK.match(t)       # 餐 = came and ate; 2餐 / 餐2 = came and ate twice
    if meal:
        n = int(meal.group(1) or meal.group(2) or 1)
        return (True, n) if 1 <= n <= kinds.MAX_MEALS_PER_DAY else None
    return None


def import_register(store: Store, path: str | Path, *, place: str | None = None, month: str | None = None,
                    tick_meals: int | None = None, error_path: str | Path | None = None,
                    dry_run: bool = False) -> ImportResult:
    path = Path(path)
    table = read_table(path)          # .xlsx, .xls or .csv; clear messages for damaged files
    if month and len(table.sheet_names) > 1:   # one sheet per month is common: take that month's
        wanted = f"{int(parse_month(month)[5:])}月"
        named = [n for n in table.sheet_names if wanted in n and not re.search(r"\d" + wanted, n)]
        if len(named) == 1 and named[0] != table.sheet_name:
            table = read_table(path, sheet=named[0])
    rows = table.rows
    header_row, name_col, day_cols = _find_header(rows)
    title = _detect(rows, header_row, table.sheet_name)
    chosen = resolve_place(store, place) if place else _guess_place(store, title)
    if chosen is None:
        raise RefusedError("无法从表格标题判断是哪个场所的签到表，请用 --place 指定场所。")
    if month is None:
        m = _MONTH.search(title)
        dated = [v for v in day_cols.values() if isinstance(v, (datetime, date))]
        if m:
            month = f"{m.group(1)}-{int(m.group(2)):02d}"
        elif dated:
            month = f"{dated[0]:%Y-%m}"
        else:
            raise RefusedError("无法从表格标题判断月份（如“2026年10月”），请用 --month 指定。")
    first, last = month_bounds(parse_month(month))
    result = ImportResult(chosen, f"{first:%Y-%m}", dry_run=dry_run)
    if tick_meals is None:
        offers_meals = bool(set(kinds.split_services(chosen["services"])) & kinds.MEAL_SERVICES)
        tick_meals = 1 if offers_meals else 0
    result.tick_meals = tick_meals

    # column -> ISO day, or an error text for a header the month does not have
    columns: dict[int, str] = {}
    bad_columns: dict[int, str] = {}
    for col, head in day_cols.items():
        if isinstance(head, (datetime, date)):
            d = head.date() if isinstance(head, datetime) else head
            if (d.year, d.month) != (first.year, first.month):
                bad_columns[col] = f"表头日期 {d} 不在 {first:%Y年%m月}"
                continue
            columns[col] = d.isoformat()
            continue
        n = int(_DAY.match(_text(head)).group(1))
        if 1 <= n <= last.day:
            columns[col] = date(first.year, first.month, n).isoformat()
        else:
            bad_columns[col] = f"{first.year}年{first.month}月没有 {n} 日"
    id_col = None
    header_texts = [_text(v) for v in rows[header_row - 1]]
    for c, t in enumerate(header_texts, 1):
        if "身份证" in t:
            id_col = c

    enrolled: dict[str, list[dict]] = {}
    for e in enrolments(store, chosen["id"], first=first.isoformat(), last=last.isoformat()):
        enrolled.setdefault(e["name"], []).append(e)
    periods = _periods(store, chosen["id"], [e["person_id"] for es in enrolled.values() for e in es])
    open_map = opening(chosen, [date.fromisoformat(d) for d in columns.values()] or [first],
                       day_exceptions(store, chosen["id"], first.isoformat(), last.isoformat()))
    existing = {(r["person_id"], r["day"]) for r in store.query(
        "SELECT person_id, day FROM care_attendance WHERE place_id=? AND day BETWEEN ? AND ?",
        (chosen["id"], first.isoformat(), last.isoformat()))}

    edits: list[tuple[str, str, Cell]] = []
    visitor_counts: dict[str, int] = {}
    seen_people: dict[str, int] = {}
    errors = result.errors
    visitor_cells: dict[str, list[tuple[int, int, str]]] = {}      # day -> (row, column, value) it came from
    for r, values in enumerate(rows[header_row:], header_row + 1):
        raw_name = _text(values[name_col - 1]) if len(values) >= name_col else ""
        marks = {c: values[c - 1] for c in day_cols if c - 1 < len(values) and _text(values[c - 1]) != ""}
        # A 合计 or 临时来访 label often sits in a cell merged across 序号 and 姓名, whose value
        # is in its first column: the row's label is its first text left of the days.
        label = raw_name or next((_text(v) for v in values[:name_col] if _text(v)), "")
        if any(label.startswith(s) for s in SKIP_ROWS):
            continue
        if not raw_name and any(s in label for s in VISITOR_ROWS):
            raw_name = label
        if not raw_name:
            if marks:
                errors += [CellError(r, get_column_letter(c), "", _text(day_cols[c]), _text(v), "这一行没有填姓名")
                           for c, v in marks.items()]
            continue
        if any(s in raw_name for s in VISITOR_ROWS):
            for c, v in marks.items():
                t = _text(v)
                if c in bad_columns:
                    errors.append(CellError(r, get_column_letter(c), raw_name, _text(day_cols[c]), t, bad_columns[c]))
                elif not t.isdecimal():
                    errors.append(CellError(r, get_column_letter(c), raw_name, columns[c], t,
                                            "临时来访应填人数（整数）"))
                elif (total := visitor_counts.get(columns[c], 0) + int(t)) > kinds.MAX_VISITORS_PER_DAY:
                    errors.append(CellError(r, get_column_letter(c), raw_name, columns[c], t,
                                            f"临时来访人次不合常理（一天最多 {kinds.MAX_VISITORS_PER_DAY}）"))
                else:
                    visitor_counts[columns[c]] = total
                    visitor_cells.setdefault(columns[c], []).append((r, c, t))
            continue
        try:
            name = clean_name(raw_name)
        except ValidationError as exc:
            errors.append(CellError(r, "", raw_name, "", "", exc.message))
            continue
        candidates = enrolled.get(name, [])
        if id_col and len({e["person_id"] for e in candidates}) > 1:
            tail = _text(values[id_col - 1]).upper() if len(values) >= id_col else ""
            if tail:
                candidates = [e for e in candidates if (e["id_number"] or "").endswith(tail)]
        person_ids = {e["person_id"] for e in candidates}
        if len(person_ids) != 1:
            if person_ids:
                reason = f"{chosen['name']}有 {len(person_ids)} 个在托人员叫“{name}”，请加一列“身份证号”（可只填后四位）区分"
            elif store.one("SELECT 1 FROM person WHERE name=?", (name,)):
                reason = f"“{name}”在花名册里有，但 {result.month} 没有在{chosen['name']}入托，请先登记入托"
            else:
                reason = f"花名册里没有“{name}”，请核对姓名（错别字、同音字）"
            days = "、".join(_text(day_cols[c]) for c in marks)
            errors.append(CellError(r, "", name, "", days, reason))
            continue
        person_id = person_ids.pop()
        if person_id in seen_people:
            errors.append(CellError(r, "", name, "", "", f"与第 {seen_people[person_id]} 行是同一个人，重复的行未导入"))
            continue
        seen_people[person_id] = r
        for c, v in marks.items():
            letter, shown = get_column_letter(c), _text(v)
            if c in bad_columns:
                errors.append(CellError(r, letter, name, _text(day_cols[c]), shown, bad_columns[c]))
                continue
            day = columns[c]
            mark = _parse_mark(v)
            if mark is None:
                errors.append(CellError(r, letter, name, day, shown,
                                        f"无法识别“{shown}”：出勤请填 √，用餐填 1–{kinds.MAX_MEALS_PER_DAY} 的餐次，缺勤留空"))
                continue
            present, meals = mark
            if not present:
                continue
            if (person_id, day) in existing:
                errors.append(CellError(r, letter, name, day, shown, "当天已登记过出勤，同一天不重复计入"))
                continue
            cell = Cell(True, tick_meals if meals is None else meals)
            try:
                result.warnings += check_cell(chosen, name, day, cell, periods.get(person_id, []), open_map[day])
            except CunwuError as exc:
                errors.append(CellError(r, letter, name, day, shown, str(exc)))
                continue
            edits.append((person_id, day, cell))
    visitor_problems = [d for d in visitor_counts if store.one(
        "SELECT 1 FROM care_visit WHERE place_id=? AND day=?", (chosen["id"], d))]
    for d in visitor_problems:
        visitor_counts.pop(d)
        errors += [CellError(r, get_column_letter(c), "临时来访", d, t, "当天已登记过临时来访人次，未重复计入")
                   for r, c, t in visitor_cells[d]]
    result.cells = len(edits)
    result.people = len({p for p, _, _ in edits})
    result.meals = sum(c.meals for _, _, c in edits)
    result.visitor_days = len(visitor_counts)
    if not dry_run and (edits or visitor_counts):
        from desktop.core.security.backups import before_import
        result.backup = before_import(store, into="care_attendance")
        with store.transaction():
            if edits:
                save_cells(store, chosen["id"], edits)
            for d, n in sorted(visitor_counts.items()):
                set_visitors(store, chosen["id"], d, n)
    if errors:
        result.error_file = write_error_workbook(rows, header_row, name_col, errors,
                                                 Path(error_path) if error_path else
                                                 path.with_name(path.stem + "_错误.xlsx"))
    return result


def write_error_workbook(rows: list[list], header_row: int, name_col: int, errors: list[CellError],
                         out: Path) -> Path:
    """The sheet's own layout with only the cells (or whole rows) that were not imported,
    each marked red with its reason; plus a list of every problem."""
    wb = Workbook()
    sheet = wb.active
    sheet.title = "未导入"
    width = max((len(r) for r in rows), default=0)
    for r in range(1, header_row + 1):
        for c, v in enumerate(rows[r - 1], 1):
            sheet.cell(r, c, v)
    reason_col = width + 1
    sheet.cell(header_row, reason_col, "错误原因").font = Font(bold=True, color="C00000")
    by_row: dict[int, list[CellError]] = {}
    for e in errors:
        by_row.setdefault(e.row, []).append(e)
    out_row = header_row
    for r, errs in sorted(by_row.items()):
        if r <= 0:
            continue
        out_row += 1
        src = list(rows[r - 1]) + [None] * (width - len(rows[r - 1]))
        for c in range(1, name_col + 1):
            sheet.cell(out_row, c, src[c - 1])
        for e in errs:
            if e.column:
                col = column_index_from_string(e.column)
                cell = sheet.cell(out_row, col, src[col - 1])
                cell.fill = ERROR_FILL
                cell.comment = Comment(e.reason, "村务通")
            else:   # the whole row: keep every mark
                for c in range(name_col + 1, width + 1):
                    if src[c - 1] is not None:
                        sheet.cell(out_row, c, src[c - 1])
                sheet.cell(out_row, name_col).fill = ERROR_FILL
        sheet.cell(out_row, reason_col, "；".join(
            (f"{e.column}列 " if e.column else "") + e.reason for e in errs))
    sheet.column_dimensions[get_column_letter(reason_col)].width = 60
    lst = wb.create_sheet("错误明细")
    lst.append(["原表行号", "列", "姓名", "日期", "原值", "原因"])
    for e in errors:
        lst.append([e.row or "", e.column, e.name, e.day, e.value, e.reason])
    for col, w in zip("ABCDEF", (9, 6, 12, 12, 10, 70)):
        lst.column_dimensions[col].width = w
    neutralise_book(wb)         # the clerk's own cells come back as the text they were
    return write_with(out, wb.save)
