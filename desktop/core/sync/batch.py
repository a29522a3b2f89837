"""A bundle's writes in per-table batches, with the same result as applying it change by change.

A village's first bundle is mostly new records, interleaved across tables (a household, its
people, their special groups, the household again to name its 户主, ...). Applied in bundle
order the batches broke at every change of table. Here every new record waits in its
table's batch; a later update (or repeated insert) of a record still waiting is folded into
it, since the one-at-a-time path would apply it to a record only this bundle wrote, from the
same origin, where it always wins; the log entries are kept in bundle order, so the change
log, its hash chain and the summary are what the one-at-a-time path writes. Anything else
(a record already in the file, a delete, a table whose update triggers check the old row)
first writes the log so far and the batches it may read (its table and the tables that one
refers to; all of them when its triggers reach further), then takes the careful path.
Foreign keys are checked at commit (the whole bundle is one transaction, so nothing is
written if they fail).
"""
from __future__ import annotations

import re
import sqlite3
from operator import itemgetter
from typing import Any

from db import Store

# Update triggers whose insert twins derive the same values from the final row (name parts,
# a person's group): folding an update into the insert gives the same row.
DERIVING_TRIGGERS = {"person_name_part_update", "person_group_update", "household_group_update"}
# Pending rows written once there are this many (memory); updates after that are not folded.
MAX_PENDING = 20_000
_UNKNOWN = object()
_HARMLESS = re.compile(r"\bAFTER\s+(INSERT|DELETE)\s+ON\b", re.I)
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")


class Batches:
    """New records waiting per table, and the log entries waiting in bundle order."""

    def __init__(self, store: Store, tables_with_history: dict[str, set[str]]):
        self.store = store
        self.rows: dict[str, dict[str, dict[str, Any]]] = {}    # table -> record id -> row (insertion order)
        self.origin: dict[tuple[str, str], str] = {}            # (table, id) -> origin of its insert
        self.log: list[dict[str, Any]] = []
        self.pending = 0
        self.history = tables_with_history     # records the file already has log entries for
        self._foldable: dict[str, bool] = {}
        self._defaults: dict[str, dict[str, Any]] = {}
        self._mentions: dict[str, set[str]] = {}
        self._fk_parents: dict[str, set[str]] = {}

    # ------------------------------------------------------------------ adding
    def insert(self, change: dict, values: dict[str, Any]) -> None:
        table, record_id = change["table_name"], change["record_id"]
        self._guard("insert")
        self.rows.setdefault(table, {})[record_id] = {"id": record_id, **{k: v for k, v in values.items()
                                                                           if k != "id"}}
        self.origin[(table, record_id)] = change["site_id"]
        self.log.append(change)
        self.pending += 1

    def log_only(self, change: dict) -> None:
        """A change that writes no row (an anonymised insert): its number is kept, in order."""
        self._guard(change["op"])
        self.log.append(change)

    def can_fold(self, change: dict) -> bool:
        """An update (or a repeated insert) of a record still waiting, from the origin that
        inserted it, with no history in this file before: the careful path would find every
        value of it winning (no concurrent edit is possible), so it can go into the insert."""
        table, record_id = change["table_name"], change["record_id"]
        return (record_id in self.rows.get(table, ()) and self.origin.get((table, record_id)) == change["site_id"]
                and record_id not in self.history.get(table, ()) and self._table_foldable(table))

    def fold(self, change: dict, known: dict[str, Any]) -> bool:
        """Apply it to the waiting row as the careful path would; True when a value changed."""
        table, record_id = change["table_name"], change["record_id"]
        row = self.rows[table][record_id]
        defaults = self._column_defaults(table)
        winners = {}
        for col, value in known.items():
            if col != "id" and (row[col] if col in row else defaults[col]) != value:
                winners[col] = value
        self._guard("update")
        if winners:
            row.update(winners)
            if "updated_at" in defaults and "updated_at" not in winners:
                row["updated_at"] = change["ts"]
        # An insert of a record already here is logged as the update it is applied as.
        self.log.append({**change, "op": "update"})
        return bool(winners)

    def full(self) -> bool:
        return self.pending >= MAX_PENDING

    # ----------------------------------------------------------------- writing
    def flush(self, on_error, only: str | None = None) -> None:
        """Write the waiting rows and the log. Tables go parents first (foreign keys), otherwise
        in the order they first appeared: with no child written before its parent, SQLite never
        has an outstanding violation to look for at each parent insert (a scan of every child table).
        only: just that table with the waiting tables it refers to, when no trigger of theirs
        reads or writes another waiting table; the careful path then sees all it needs."""
        names = list(self.rows)
        if only is not None:
            part = self._closure(only, set(names))
            if not any(self._trigger_tables(t) & (set(names) - part) for t in part):
                names = [t for t in names if t in part]
        tables = {t: self.rows.pop(t) for t in self._parents_first(names)}
        self._write(tables, on_error)
        for table, rows in tables.items():
            self.pending -= len(rows)
            for record_id in rows:
                self.origin.pop((table, record_id), None)

    def _write(self, tables: dict[str, dict[str, dict]], on_error) -> None:
        if "person" in tables:
            self._derive_person_groups(tables["person"].values())
        for table, rows in tables.items():
            by_shape: dict[tuple[str, ...], list[dict]] = {}
            for row in rows.values():
                by_shape.setdefault(tuple(row), []).append(row)
            try:
                for shape, group in by_shape.items():
                    pick = itemgetter(*shape)       # a tuple of the row's values in shape order (2+ columns)
                    self.store.conn.executemany(
                        f"INSERT INTO {table} ({', '.join(shape)}) VALUES ({', '.join('?' * len(shape))})",
                        [pick(r) for r in group] if len(shape) > 1 else [(r[shape[0]],) for r in group])
            except sqlite3.IntegrityError as exc:
                raise on_error(exc, table) from exc
        if self.log:
            self.store._log_remote(self.log)
        self.log = []

    def _derive_person_groups(self, people) -> None:
        """A person's group_id is its household's (triggers keep it so on every write): set it
        before the insert, from the household as it will be, so that the insert trigger has
        nothing to correct (an UPDATE of every new person and seven of its index entries)."""
        if "group_id" not in self._column_defaults("person"):
            return
        waiting = self.rows.get("household", {})
        groups = {hid: h.get("group_id") for hid, h in waiting.items()}
        wanted = sorted({p.get("household_id") for p in people} - set(groups) - {None})
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            groups.update(self.store.query(f"SELECT id, group_id FROM household WHERE id IN "
                                           f"({','.join('?' * len(chunk))})", chunk))
        for p in people:
            p["group_id"] = groups.get(p.get("household_id"))

    # -------------------------------------------------------------- the schema
    def _guard(self, op: str) -> None:
        if self.store.guard:
            self.store.guard("sync_import", op)   # importing bundles is a right of its own

    def _parents(self, table: str) -> set[str]:
        found = self._fk_parents.get(table)
        if found is None:
            found = self._fk_parents[table] = {r[2] for r in self.store.conn.execute(
                f"PRAGMA foreign_key_list({table})")} - {table}
        return found

    def _closure(self, table: str, waiting: set[str]) -> set[str]:
        """The table and every waiting table it refers to, directly or through others."""
        out, todo = {table}, [table]
        while todo:
            for parent in self._parents(todo.pop()) & waiting:
                if parent not in out:
                    out.add(parent)
                    todo.append(parent)
        return out

    def _parents_first(self, names: list[str]) -> list[str]:
        out: list[str] = []
        chosen = set(names)

        def visit(table: str, path: tuple[str, ...]) -> None:
            if table in out or table in path:
                return
            for parent in sorted(self._parents(table) & chosen, key=names.index):
                visit(parent, path + (table,))
            out.append(table)

        for table in names:
            visit(table, ())
        return out

    def _trigger_tables(self, table: str) -> set[str]:
        """The other tables the triggers on `table` name."""
        names = self._mentions.get(table)
        if names is None:
            every = {r[0] for r in self.store.query("SELECT name FROM sqlite_master WHERE type='table'")}
            words = set()
            for (sql,) in self.store.query("SELECT sql FROM sqlite_master WHERE type='trigger' AND tbl_name=?",
                                           (table,)):
                words.update(re.findall(r"\w+", sql))
            names = self._mentions[table] = (words & every) - {table}
        return names

    def _table_foldable(self, table: str) -> bool:
        """No trigger that could judge the row between its insert and its update (funds: a posted
        entry is never edited): only AFTER INSERT / DELETE triggers and the deriving ones. And
        every column default a plain value, to compare an update with a column the insert left out."""
        ok = self._foldable.get(table)
        if ok is None:
            triggers = self.store.query("SELECT name, sql FROM sqlite_master WHERE type='trigger' AND tbl_name=?",
                                        (table,))
            ok = all(name in DERIVING_TRIGGERS or _HARMLESS.search(sql.split("BEGIN")[0]) for name, sql in triggers) \
                and _UNKNOWN not in self._column_defaults(table).values()
            self._foldable[table] = ok
        return ok

    def _column_defaults(self, table: str) -> dict[str, Any]:
        """Each column's value in a row inserted without it (_UNKNOWN for an expression default)."""
        out = self._defaults.get(table)
        if out is None:
            out = {}
            for col in self.store.query(f"PRAGMA table_info({table})"):
                out[col["name"]] = _literal(col["dflt_value"])
            self._defaults[table] = out
        return out


def _literal(sql: str | None) -> Any:
    if sql is None or sql.upper() == "NULL":
        return None
    if len(sql) >= 2 and sql[0] == sql[-1] == "'":
        return sql[1:-1].replace("''", "'")
    if _NUMBER.match(sql):
        return float(sql) if "." in sql else int(sql)
    return _UNKNOWN
