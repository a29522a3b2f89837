"""The store: one SQLite file, opened in WAL mode (db/opening.py), and the one write path.

Every change to a record goes through `Store.insert / insert_many / update / delete`.
Each runs inside a transaction and appends to `change_log` in that same transaction
(hash-chained, db/log_hashes.py), so the sync bundle (and the audit trail) can never miss
a change or record one that was rolled back; other sites' changes come in through
`apply_remote` (db/remote_changes.py). Reads are plain SQL (`query`, `one`, `scalar`);
sqlite-utils (`self.db`) reads the schema (`tables`, `columns`, `has_table`).
"""
from __future__ import annotations

import json
import os
import sqlite3
import threading
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from operator import itemgetter
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

import sqlite_utils

from db import migrate, wal_checkpoint
from db.errors import CunwuError, NotFoundError, RefusedError, from_sqlite_error
from db.log_hashes import data_hash, entry_hash
from db.opening import open_connection
from db.remote_changes import RemoteChanges

# What anonymisation leaves in change_log.data (the only update the log's triggers allow).
REDACTED = '{"_redacted": true}'
# Columns the write path fills itself; callers never pass them.
_MANAGED = ("site_id", "created_at", "updated_at")
# Columns whose values never enter change_log (password hashes): the log says they changed.
SECRET_CHANGED = "（已修改，内容不记入变更记录）"
_SECRET_COLUMNS: dict[str, frozenset[str]] = {}


def register_secret_columns(table: str, *columns: str) -> None:
    _SECRET_COLUMNS[table] = _SECRET_COLUMNS.get(table, frozenset()) | frozenset(columns)


def now_utc() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def new_id() -> str:
    """A random (version 4) UUID as text, exactly what str(uuid.uuid4()) gives, at half its cost
    (a county import makes 130,000 of them)."""
    raw = bytearray(os.urandom(16))
    raw[6] = raw[6] & 0x0F | 0x40       # version 4
    raw[8] = raw[8] & 0x3F | 0x80       # RFC 4122 variant
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# change_log.data: what json.dumps(data, ensure_ascii=False, default=str) gives, the encoder
# built once (logged data is never circular, so the check is left out).
_encode_data = json.JSONEncoder(ensure_ascii=False, default=str, check_circular=False).encode


class Store(RemoteChanges):
    """An open Cunwu database. Create with `Store.open(path)`."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None):
        self.conn = conn
        self.path = path
        self.db = sqlite_utils.Database(conn)
        self.actor = "system"          # who is writing; set by the GUI/CLI session
        self.role: str | None = None   # the logged-in user's role; None = single-user mode
        # Permission check for every write: guard(table, op) raises PermissionDenied.
        # Set by desktop.core.security at login; None while no users are defined.
        self.guard: Callable[[str, str], None] | None = None
        self._depth = 0
        self._lock = threading.RLock()
        self._columns: dict[str, tuple[str, ...]] = {}
        self._column_sets: dict[str, frozenset[str]] = {}
        self._next_seq = 0
        self._site_id: str | None = None
        self._last_hash = ""
        # Called inside the write transaction for every logged change (audit, hooks).
        self.change_listeners: list[Callable[[dict], None]] = []
        # Run once, after the outermost transaction commits (e.g. VACUUM after an anonymisation).
        self.after_commit: list[Callable[["Store"], None]] = []
        # Each site owns its records; another site's rows (a township's copy of a village's
        # roster, a village's copy of township reference data) are read-only unless an
        # administrator repair explicitly allows it.
        self.allow_foreign_writes = False

    # ----------------------------------------------------------------- opening
    @classmethod
    def open(cls, path: str | Path, *, backup_dir: Path | None = None, progress=None) -> "Store":
        """progress(done, total, message): told during the pre-migration backup and each
        migration (minutes on a big township file); it may raise to stop the upgrade until the
        backup is verified (the file is then left as it was)."""
        path = Path(path)
        store = cls(open_connection(path, backup_dir, progress), path)
        store._load_site()
        return store

    @classmethod
    def memory(cls) -> "Store":
        """An in-memory store (for quick scripts; tests use real files)."""
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys=ON")
        migrate.apply(conn, migrate.pending(conn))
        store = cls(conn, None)
        store._load_site()
        return store

    def close(self) -> None:
        self.conn.close()
        wal_checkpoint.wait(self.path)     # an update's checkpoint still copying the WAL

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _load_site(self) -> None:
        row = self.conn.execute("SELECT id FROM site LIMIT 1").fetchone()
        self._site_id = row[0] if row else None

    # ------------------------------------------------------------------- site
    @property
    def site_id(self) -> str:
        if self._site_id is None:
            raise CunwuError("本数据文件尚未初始化村庄信息，请先运行 cunwu init 或在程序里选择“示范村”。")
        return self._site_id

    @property
    def initialised(self) -> bool:
        return self._site_id is not None

    def create_site(self, values: dict[str, Any]) -> str:
        """Make this file an installation (once). The site row is the first logged change."""
        if self._site_id is not None:
            raise CunwuError("本数据文件已经初始化过村庄信息，不能重复初始化。")
        site_id = values.get("id") or new_id()
        self._site_id = site_id
        try:
            self.insert("site", {**values, "id": site_id})
        except BaseException:
            self._site_id = None
            raise
        return site_id

    # ----------------------------------------------------------- transactions
    @contextmanager
    def transaction(self) -> Iterator["Store"]:
        """BEGIN IMMEDIATE at the outside, SAVEPOINTs inside; all or nothing."""
        with self._lock:
            if self._depth == 0:
                try:
                    self.conn.execute("BEGIN IMMEDIATE")
                except sqlite3.OperationalError as exc:
                    translated = from_sqlite_error(exc)
                    if translated is exc:
                        raise
                    raise translated from exc
                self._next_seq = self._max_own_seq() + 1 if self._site_id else 1
                self._last_hash = self.scalar("SELECT hash FROM change_log ORDER BY seq DESC LIMIT 1") or ""
                self._depth = 1
                self.after_commit = []
                try:
                    yield self
                    self.conn.execute("COMMIT")
                except sqlite3.OperationalError as exc:
                    self._depth = 0
                    self._rollback()
                    translated = from_sqlite_error(exc)
                    if translated is exc:
                        raise
                    raise translated from exc
                except BaseException:
                    self._depth = 0
                    self._rollback()
                    raise
                finally:
                    self._depth = 0
                    todo, self.after_commit = self.after_commit, []
                for fn in dict.fromkeys(todo):      # once each, only after a commit
                    fn(self)
            else:
                name = f"sp{self._depth}"
                self.conn.execute(f"SAVEPOINT {name}")
                self._depth += 1
                # The log's counter and chain hash live in memory: a rolled-back savepoint
                # must take them back too, or the next entry would leave a gap in site_seq
                # and point at a hash that no longer exists.
                saved = (self._next_seq, self._last_hash)
                try:
                    yield self
                except BaseException:
                    self._next_seq, self._last_hash = saved
                    self._depth -= 1
                    # SQLite rolls the whole transaction back by itself on some errors
                    # (disk full, I/O): then the savepoint is gone and the outer level reports.
                    if self.conn.in_transaction:
                        self.conn.execute(f"ROLLBACK TO {name}")
                        self.conn.execute(f"RELEASE {name}")
                    raise
                else:
                    self._depth -= 1
                    self.conn.execute(f"RELEASE {name}")

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    def _max_own_seq(self) -> int:
        row = self.conn.execute("SELECT MAX(site_seq) FROM change_log WHERE site_id=?",
                                (self._site_id,)).fetchone()
        return row[0] or 0

    # ------------------------------------------------------------ write path
    def columns(self, table: str) -> tuple[str, ...]:
        """The table's column names (sqlite-utils reads the schema); KeyError if there is none."""
        cols = self._columns.get(table)
        if cols is None:
            cols = tuple(c.name for c in self.db[table].columns)
            if not cols:
                raise KeyError(f"no table {table!r}")
            self._columns[table] = cols
        return cols

    def column_set(self, table: str) -> frozenset[str]:
        """columns() as a set, for testing many names against it."""
        found = self._column_sets.get(table)
        if found is None:
            found = self._column_sets[table] = frozenset(self.columns(table))
        return found

    def tables(self) -> list[str]:
        """Every table of the schema, by name (sqlite-utils; SQLite's own tables left out)."""
        return sorted(t for t in self.db.table_names() if not t.startswith("sqlite_"))

    def has_table(self, table: str) -> bool:
        return self.db[table].exists()

    def _prepare(self, table: str, values: dict[str, Any], ts: str) -> dict[str, Any]:
        cols = self.column_set(table)
        unknown = [k for k in values if k not in cols]
        if unknown:
            raise KeyError(f"{table} has no column(s) {unknown}")
        row = dict(values)
        if "id" not in row:
            row["id"] = new_id()
        if "site_id" in cols:
            row.setdefault("site_id", self.site_id)
        if "created_at" in cols:
            row.setdefault("created_at", ts)
        if "updated_at" in cols:
            row.setdefault("updated_at", ts)
        return row

    def _prepare_many(self, table: str, rows: Iterable[dict[str, Any]], ts: str) -> list[dict[str, Any]]:
        """_prepare for every row. A row that brings its own id, only known columns and none of
        the managed ones (a batch of new records) takes a short way to the same dict."""
        cols = self.column_set(table)
        managed: dict[str, Any] | None = None
        out = []
        for r in rows:
            if "id" in r and cols.issuperset(r):
                if managed is None:
                    managed = {}
                    if "site_id" in cols:
                        managed["site_id"] = self.site_id
                    managed.update((k, ts) for k in ("created_at", "updated_at") if k in cols)
                if managed.keys().isdisjoint(r):
                    out.append({**r, **managed})
                    continue
            out.append(self._prepare(table, r, ts))
        return out

    def insert(self, table: str, values: dict[str, Any]) -> str:
        return self.insert_many(table, [values])[0]

    def insert_many(self, table: str, rows: Iterable[dict[str, Any]]) -> list[str]:
        ts = now_utc()
        prepared = self._prepare_many(table, rows, ts)
        if not prepared:
            return []
        if self.guard:
            self.guard(table, "insert")
        with self.transaction():
            by_shape: dict[tuple[str, ...], list[dict]] = {}
            for r in prepared:
                by_shape.setdefault(tuple(r), []).append(r)
            for shape, group in by_shape.items():
                sql = (f"INSERT INTO {table} ({', '.join(shape)}) "
                       f"VALUES ({', '.join('?' * len(shape))})")
                pick = itemgetter(*shape)       # a tuple of the row's values in shape order (2+ columns)
                self.conn.executemany(sql, [pick(r) for r in group] if len(shape) > 1
                                      else [(r[shape[0]],) for r in group])
            self._log_many(table, "insert", [(r["id"], r) for r in prepared], ts)
        return [r["id"] for r in prepared]

    def update(self, table: str, record_id: str, changes: dict[str, Any]) -> dict[str, Any]:
        """Change some columns of one record; returns only what really changed (logged)."""
        cols = self.columns(table)
        unknown = [k for k in changes if k not in cols or k in ("id",) + _MANAGED]
        if unknown:
            raise KeyError(f"cannot update {table} column(s) {unknown}")
        if self.guard:
            self.guard(table, "update")
        with self.transaction():
            current = self.conn.execute(f"SELECT * FROM {table} WHERE id=?", (record_id,)).fetchone()
            if current is None:
                raise NotFoundError(f"找不到要修改的记录（{table} {record_id}）。")
            self._check_owned(table, current)
            diff = {k: v for k, v in changes.items() if current[k] != v}
            if not diff:
                return {}
            ts = self._after_last_change(table, record_id)
            if "updated_at" in cols:
                diff_sql = {**diff, "updated_at": ts}
            else:
                diff_sql = diff
            sets = ", ".join(f"{k}=?" for k in diff_sql)
            self.conn.execute(f"UPDATE {table} SET {sets} WHERE id=?", (*diff_sql.values(), record_id))
            self._log_many(table, "update", [(record_id, diff)], ts)
        return diff

    def delete(self, table: str, record_id: str) -> None:
        """Hard delete: only for link rows and drafts. Roster and posted ledger rows never use it."""
        if self.guard:
            self.guard(table, "delete")
        with self.transaction():
            current = self.conn.execute(f"SELECT * FROM {table} WHERE id=?", (record_id,)).fetchone()
            if current is None:
                raise NotFoundError(f"找不到要删除的记录（{table} {record_id}）。")
            self._check_owned(table, current)
            self.conn.execute(f"DELETE FROM {table} WHERE id=?", (record_id,))
            self._log_many(table, "delete", [(record_id, None)], now_utc())

    def _after_last_change(self, table: str, record_id: str) -> str:
        """Now, but never earlier than the record's last logged change (ours or another
        site's): an edit made after seeing another office's edit must win over it in sync
        (the later edit wins, by ts), even when this PC's clock is behind."""
        ts = now_utc()
        last = self.conn.execute("SELECT MAX(ts) FROM change_log WHERE table_name=? AND record_id=?",
                                 (table, record_id)).fetchone()[0]
        if last and last >= ts:
            try:
                ts = (datetime.fromisoformat(last) + timedelta(milliseconds=1)).isoformat(timespec="milliseconds")
            except ValueError:      # a malformed ts from elsewhere: keep our own clock
                pass
        return ts

    def _check_owned(self, table: str, row: sqlite3.Row) -> None:
        if self.allow_foreign_writes or "site_id" not in row.keys():
            return
        if row["site_id"] != self.site_id:
            raise RefusedError(f"这条记录（{table}）由另一个村或乡镇建立，归对方所有，本机只能查看，不能修改或删除。")

    def _log_many(self, table: str, op: str, items: Sequence[tuple[str, dict | None]], ts: str) -> None:
        site = self.site_id
        entries = []
        secret = _SECRET_COLUMNS.get(table)
        for record_id, data in items:
            if secret and data:
                data = {k: SECRET_CHANGED if k in secret else v for k, v in data.items()}
            seq = self._next_seq
            self._next_seq += 1
            encoded = None if data is None else _encode_data(data)
            entries.append({
                "site_id": site, "site_seq": seq, "table_name": table, "record_id": record_id,
                "op": op, "data": encoded, "actor": self.actor, "ts": ts,
            })
        self.append_log(entries)

    def append_log(self, entries: list[dict]) -> None:
        """Append entries to change_log, extending the hash chain. The only writer of the log."""
        rows = []
        for e in entries:
            e["data_hash"] = data_hash(e["data"])
            e["prev_hash"] = self._last_hash
            e["hash"] = self._last_hash = entry_hash(e)
            rows.append((e["site_id"], e["site_seq"], e["table_name"], e["record_id"], e["op"], e["data"],
                         e["actor"], e["ts"], e["data_hash"], e["prev_hash"], e["hash"]))
        self.conn.executemany(
            "INSERT INTO change_log (site_id, site_seq, table_name, record_id, op, data, actor, ts, "
            "data_hash, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        for listener in self.change_listeners:
            for e in entries:
                listener(e)

    # ------------------------------------------------------------------ reads
    def query(self, sql: str, params: Sequence[Any] | dict = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def one(self, sql: str, params: Sequence[Any] | dict = ()) -> sqlite3.Row | None:
        return self.conn.execute(sql, params).fetchone()

    def scalar(self, sql: str, params: Sequence[Any] | dict = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def get(self, table: str, record_id: str) -> sqlite3.Row:
        row = self.one(f"SELECT * FROM {table} WHERE id=?", (record_id,))
        if row is None:
            raise NotFoundError(f"找不到记录（{table} {record_id}）。")
        return row

    # --------------------------------------------------------------- settings
    def setting(self, key: str, default: Any = None) -> Any:
        row = self.one("SELECT value FROM settings WHERE key=? AND site_id=?", (key, self._site_id))
        return default if row is None else json.loads(row[0])

    def set_setting(self, key: str, value: Any) -> None:
        encoded = json.dumps(value, ensure_ascii=False)
        with self.transaction():
            row = self.one("SELECT id FROM settings WHERE key=? AND site_id=?", (key, self.site_id))
            if row is None:
                self.insert("settings", {"key": key, "value": encoded})
            else:
                self.update("settings", row[0], {"value": encoded})

    # ------------------------------------------------------------------ misc
    def schema_version(self) -> int:
        return migrate.schema_version(self.conn)

    def integrity_ok(self, *, full: bool = True) -> tuple[bool, str]:
        """full: integrity_check (also every index against its table); else quick_check."""
        result = self.scalar("PRAGMA integrity_check" if full else "PRAGMA quick_check")
        return result == "ok", result
