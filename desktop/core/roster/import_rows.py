"""The roster import's engine: each sheet row read, cleaned and handed to a write path.

A row that adds a new person to a new household (or to one this import created) goes
to the batch writer (import_batch.py): checked against sets loaded once and written in
batches. A row that may touch a record already in the file takes the careful path
(import_careful.py), one savepoint per row, so that a bad row rolls back alone. Cleaning
a row is import_clean.py; this module keeps what both paths share: the households met so
far, the household a row without 户号 belongs to, and the preview of each row.
"""
from __future__ import annotations

import re
from typing import Any

from db import Store
from db.errors import CunwuError, ValidationError
from desktop.core import village
from desktop.core.roster import codes
from desktop.core.roster import excel_fields as F
from desktop.core.roster.excel_table import RawTable
from desktop.core.roster.import_batch import NewRecords, add_new
from desktop.core.roster.import_careful import apply_row
from desktop.core.roster.import_clean import Row, clean_row, group_key
from desktop.core.roster.import_result import ImportResult, PreviewRow

_FOOTER = re.compile(r"^(合计|总计|小计|制表|填表|审核|负责人|村委会|备注[:：]|说明[:：]|注[:：])")


class Importer:
    def __init__(self, store: Store, table: RawTable, mapping: dict[int, str], *, batched: bool = False,
                 preview: bool = False):
        self.store = store
        self.preview = preview          # build a PreviewRow per row (the wizard's preview; not the import)
        # New people in batches (import_batch.py); without it every row takes the careful path.
        self.new = NewRecords(store) if batched else None
        self.table = table
        self.mapping = dict(sorted(mapping.items()))
        self.keys = tuple(dict.fromkeys(self.mapping.values()))
        self.result = ImportResult(total_rows=0)
        self.source_name = table.path.name
        self.seen_ids: dict[str, int] = {}           # id number -> first row with it
        self.touched: dict[str, int] = {}            # person id -> row that matched it
        self.signatures: dict[bytes, int] = {}       # cleaned row (row_signature) -> first row with exactly that
        self.households: dict[str, dict] = {}        # hh_no -> household row (as dict)
        self.blocks: dict[int, tuple[str, str]] = {}  # head row -> household (id, 户号) (no 户号 in the sheet)
        self.hh_applied: set[str] = set()            # households whose address/group this import set
        self.groups = {group_key(g["name"]): g["id"] for g in village.groups(store)}
        self.carry: dict[str, Any] = {}              # household of the previous row (merged cells)
        self.next_hh_no: int | None = None           # for households the sheet left unnumbered
        header_texts = [F.normalise_header(h) for h in table.headers]
        self.header_texts = header_texts
        self.ignore_cols = {c for c, h in enumerate(header_texts) if h in ("序号", "编号")}
        self.name_cols = [c for c, k in self.mapping.items() if k == "name"]
        self.name_header = header_texts[self.name_cols[0]] if self.name_cols and self.name_cols[0] < len(header_texts) \
            else None

    # ---------------------------------------------------------------- rows
    def process(self, number: int, cells: list[Any]) -> PreviewRow | None:
        # (column, value) of the non-blank cells (F.is_blank, inlined: ten cells a row)
        filled = [(c, v) for c, v in enumerate(cells) if v is not None and (not isinstance(v, str) or v.strip())]
        skip = self._skip_reason(cells, filled)
        if skip is not None:
            if skip:
                self.result.skipped.append((number, skip))
            return None
        self.result.total_rows += 1
        # Field key -> its columns' non-blank values, in column order (blank cells say nothing).
        raw: dict[str, list[Any]] = {key: [] for key in self.keys}
        mapping = self.mapping
        for col, value in filled:
            key = mapping.get(col)
            if key is not None:
                raw[key].append(value)
        saved = self._snapshot()
        try:
            row = clean_row(number, raw, self.seen_ids)
            applied = add_new(self, row) if self.new is not None else None
        except CunwuError as exc:
            return self._failed(number, raw, cells, exc, saved)
        if applied is None:
            if self.new is not None:
                self.new.flush()        # outside the row's error handling: a failure here fails the import
            try:
                with self.store.transaction():
                    applied = apply_row(self, row)
            except CunwuError as exc:
                return self._failed(number, raw, cells, exc, saved)
        elif self.new.full():
            self.new.flush()
        action, notes, values = applied
        if action == "add":
            self.result.added += 1
        elif action == "update":
            self.result.updated += 1
        else:
            self.result.unchanged += 1
        if notes:
            self.result.notes.append((number, "；".join(notes)))
        if not self.preview:
            return None
        return PreviewRow(number, values, action, "；".join(notes), list(cells))

    def finish(self) -> None:
        """Write what the batch still holds (before the import's transaction commits)."""
        if self.new is not None:
            self.new.flush()

    def _failed(self, number: int, raw: dict[str, list[Any]], cells: list[Any], exc: CunwuError,
                saved: tuple) -> PreviewRow:
        self._restore(saved)
        reason = exc.message if isinstance(exc, ValidationError) else str(exc)
        self.result.errors.append((number, reason, list(cells)))
        self._carry_failed(number, raw)
        if not self.preview:
            return None
        return PreviewRow(number, self._display_raw(raw), "error", reason, list(cells))

    def _snapshot(self) -> tuple:
        r = self.result
        # self.groups only grows (a row may add a 村民小组): its length is enough to go back.
        return len(self.groups), len(r.groups_added), r.households_added, r.households_updated, r.undated_groups

    def _restore(self, saved: tuple) -> None:
        """A failed row's savepoint was rolled back; forget what it created."""
        (n_keys, n_groups, self.result.households_added, self.result.households_updated,
         self.result.undated_groups) = saved
        for key in list(self.groups)[n_keys:]:
            del self.groups[key]
        del self.result.groups_added[n_groups:]

    def _skip_reason(self, cells: list[Any], filled: list[tuple[int, Any]]) -> str | None:
        """None: a data row. '': blank (not reported). Text: skipped, with why.
        filled: the row's non-blank cells, (column, value)."""
        ignore = self.ignore_cols
        for c, v in filled:
            if c not in ignore or not F.code_text(v).isdecimal():
                break
        else:
            return ""          # empty, or only a pre-printed 序号
        name_cells = [cells[c] for c in self.name_cols if c < len(cells) and not F.is_blank(cells[c])]
        if name_cells and F.normalise_header(name_cells[0]) == self.name_header:
            # A page header repeated inside the sheet (printed sheets repeat it on every page)?
            same = sum(1 for c, v in filled if c < len(self.header_texts)
                       and F.normalise_header(v) == self.header_texts[c])
            if same >= max(2, len(filled) - 1):
                return "重复的表头行"
        if not name_cells and _FOOTER.match(F.text(filled[0][1])):
            return "表尾说明行"
        return None

    def household_key(self, row: Row) -> tuple | None:
        """("no", 户号) or ("block", row of its 户主) or None. A row inherits the previous row's
        household when 户号 is blank (merged cells) unless it is a 户主, who starts a household
        of its own."""
        if row.hh_no:
            return ("no", row.hh_no)
        if row.person.get("relation") == "户主":
            return ("block", row.number)
        if self.carry.get("key") is None:
            return None
        if self.carry.get("failed"):
            raise ValidationError(f"本行没有户号，所在户的第 {self.carry['row']} 行有错误，无法确定属于哪一户。",
                                  field="hh_no")
        row.group = row.group or self.carry.get("group", "")
        row.address = row.address or self.carry.get("address", "")
        return self.carry["key"]

    def free_hh_no(self) -> str:
        """The next unused numeric 户号 (0001, 0002, ...), for households the sheet left unnumbered."""
        if self.next_hh_no is None:
            if self.new is None:
                numbers = [int(r[0]) for r in self.store.query(
                    "SELECT hh_no FROM household WHERE site_id=? AND hh_no GLOB '[0-9]*' "
                    "AND hh_no NOT GLOB '*[^0-9]*'", (self.store.site_id,))]
            else:       # the file's numbers when the import began, and those it made since
                numbers = [self.new.highest_number] + [int(n) for n in self.households if n.isascii()
                                                       and n.isdecimal() and n not in self.new.known_hh_nos]
            self.next_hh_no = max(numbers, default=0) + 1
        n = self.next_hh_no
        while self.hh_no_taken(f"{n:04d}"):
            n += 1
        self.next_hh_no = n + 1
        return f"{n:04d}"

    def hh_no_taken(self, hh_no: str) -> bool:
        if self.new is None:
            return self.store.one("SELECT 1 FROM household WHERE hh_no=?", (hh_no,)) is not None
        # Every household this import made is in self.households once its row succeeded.
        return hh_no in self.new.known_hh_nos or hh_no in self.households

    def remember_household(self, row: Row, household: dict | None) -> None:
        if household is None:
            self.carry = {}
            return
        self.households[household["hh_no"]] = household
        self.hh_applied.add(household["id"])
        if not row.hh_no and row.person.get("relation") == "户主":
            self.blocks[row.number] = (household["id"], household["hh_no"])
        key = ("no", household["hh_no"])
        self.carry = {"key": key, "row": row.number, "group": row.group, "address": row.address}

    def _carry_failed(self, number: int, raw: dict[str, list[Any]]) -> None:
        """A failed row still tells which household the rows below it belong to."""
        hh_no = F.code_text(next((v for v in raw.get("hh_no", []) if not F.is_blank(v)), None))
        rel = F.text(next((v for v in raw.get("relation", []) if not F.is_blank(v)), None))
        if hh_no:
            self.carry = {"key": ("no", hh_no), "row": number,
                          "group": F.text(next((v for v in raw.get("group", []) if not F.is_blank(v)), None)),
                          "address": F.text(next((v for v in raw.get("address", []) if not F.is_blank(v)), None))}
        elif codes.relation_label(rel) == "户主":
            self.carry = {"key": ("block", number), "row": number, "failed": True}

    # ------------------------------------------------------------ display
    def display(self, row: Row, household: dict | None) -> dict[str, str]:
        if not self.preview:
            return {}
        p = row.person
        out = {k: str(v) for k, v in p.items() if v is not None}
        if row.id_info is not None:
            out.setdefault("gender", row.id_info.gender)
            out.setdefault("birth_date", row.id_info.birth_date.isoformat())
        if "ethnicity" in out:
            out["ethnicity"] = codes.ETHNICITIES.get(out["ethnicity"], out["ethnicity"])
        if household is not None:
            out["hh_no"] = household["hh_no"]
        if row.group:
            out["group"] = row.group
        if row.address:
            out["address"] = row.address
        if row.status:
            out["status"] = row.status
        if row.specials:
            since = row.special_since or {}
            out["special"] = "、".join(k + (f"（{d}）" if d else "") + (f" {since[k]} 起" if k in since else "")
                                       for k, d in row.specials)
        return out

    def _display_raw(self, raw: dict[str, list[Any]]) -> dict[str, str]:
        return {k: "；".join(F.text(v) for v in vals if not F.is_blank(v)) for k, vals in raw.items()}


