"""One record's logged changes replayed (its state as the change log says it should be) and
judged against its row: a field that differs, a row the log never created, a row gone that
the log never deleted. Shared by the full and the incremental passes (passes, format1).
"""
from __future__ import annotations

import json
from operator import itemgetter

from db import Store
from db.store import REDACTED

# group_id: the household's 村民小组 copied onto the person row by triggers (migration 0016),
# derived like an index and not logged; `cunwu check` compares it with the household instead.
_SKIPPED_COLUMNS = {"updated_at", "group_id"}


class Judge:
    """What one table's replay needs to judge a record, shared by the full and the incremental pass."""

    def __init__(self, store: Store, table: str, name_col: str | None, only: tuple[str, str] | None):
        self.columns = columns = store.columns(table)
        self.name_col = name_col
        self.defaults = _defaults(store, table)
        self.added_later = _added_later(store, table)
        self.judged = [(c, i) for i, c in enumerate(columns) if c not in _SKIPPED_COLUMNS]
        self.state_fields = itemgetter(*[c for c, _ in self.judged])
        self.row_fields = itemgetter(*[i for _, i in self.judged])
        at = {c: i for i, c in enumerate(columns)}
        self.id_at = at["id"]
        self.conflicted = {r[0] for r in store.query("SELECT DISTINCT record_id FROM sync_conflict WHERE table_name=?",
                                                     (table,))} if _has(store, "sync_conflict") else set()
        self.keep = (lambda r: True) if only is None else (lambda r: r[at[only[0]]] == only[1])
        self.kept_state = (lambda st: True) if only is None else (lambda st: st.get(only[0]) == only[1])

    def named(self, row) -> str:
        return _name(dict(zip(self.columns, row)), self.name_col)

    def planted(self, row) -> str:
        return f"{self.named(row)}：变更记录里没有这条记录（直接写入表中）"

    def judge(self, record_id, state, judgeable: bool, here) -> tuple[str | None, bool]:
        """(finding or None, compared?) for one record: its replayed state against its row (None: no row)."""
        if not judgeable or record_id in self.conflicted:
            return None, False
        if state is None:
            if here is not None and self.keep(here):
                return f"{self.named(here)}：变更记录里已删除，表中仍在", False
            return None, False
        if here is None:
            if self.kept_state(state):
                return f"{_name({**state, 'id': record_id}, self.name_col)}：表中不见了，变更记录里没有删除", False
            return None, False
        if not (self.keep(here) or self.kept_state(state)):
            return None, False
        try:       # the usual case, at C speed: every judged field logged and equal
            if self.state_fields(state) == self.row_fields(here):
                return None, True
        except KeyError:
            pass
        changed = []
        for c, i in self.judged:
            logged = state.get(c, _UNKNOWN)
            if logged is not _UNKNOWN and logged != here[i] and not _same(logged, here[i]):
                changed.append(c)
        return (f"{self.named(here)}：字段 {'、'.join(changed)} 与变更记录不同" if changed else None), True


def replay_records(store: Store, table: str, j: Judge, record_ids: set[str], touched: set[str],
                   since: int) -> tuple[list[str], int, int, dict[str, int]] | None:
    """Replay and judge these records (both incremental paths): findings, fields compared,
    records whose row is kept now, and for each record the log touched since the checkpoint
    how many kept rows it added (+1), removed (-1) or left (0). None when a touched record's
    past cannot be known (redacted, conflicted, never received)."""
    findings: list[str] = []
    compared = kept_now = 0
    gained: dict[str, int] = {}
    select_row = f"SELECT {', '.join(j.columns)} FROM {table} WHERE id = ?"
    for record_id in sorted(record_ids):
        entries, here = _log_and_row(store, table, select_row, record_id)
        state, judgeable = replay_record(entries, j.defaults, j.added_later)
        kept_now += here is not None and j.keep(here)
        if record_id in touched:
            if not judgeable or record_id in j.conflicted:
                return None
            before, _ = replay_record([e for e in entries if e[0] <= since], j.defaults, j.added_later)
            gained[record_id] = (here is not None and j.keep(here)) - (before is not None and j.kept_state(before))
        if not entries:
            if here is not None and j.keep(here):
                findings.append(j.planted(here))
            continue
        finding, judged = j.judge(record_id, state, judgeable, here)
        compared += judged
        if finding:
            findings.append(finding)
    return findings, compared, kept_now, gained


def _log_and_row(store: Store, table: str, select_row: str, record_id: str) -> tuple[list[tuple], tuple | None]:
    """One record's log entries (seq, op, data) and its row as plain tuples."""
    entries = store.conn.execute("SELECT seq, op, data FROM change_log WHERE table_name = ? AND record_id = ? "
                                 "ORDER BY seq", (table, record_id)).fetchall()
    here = store.conn.execute(select_row, (record_id,)).fetchone()
    return [tuple(e) for e in entries], (tuple(here) if here is not None else None)


_UNKNOWN = object()


def _defaults(store: Store, table: str) -> dict:
    """What SQLite fills in for a column an insert left out (an insert logs only what it was given)."""
    out = {}
    for column in store.db[table].columns:          # sqlite-utils reads the schema
        name, default = column.name, column.default_value
        if default is None or default.upper() == "NULL":
            out[name] = None
        elif default.startswith("'") and default.endswith("'"):
            out[name] = default[1:-1].replace("''", "'")
        else:
            try:
                out[name] = int(default)
            except ValueError:
                try:
                    out[name] = float(default)
                except ValueError:     # an expression such as (datetime('now')): not judged
                    out[name] = _UNKNOWN
    return out


def _added_later(store: Store, table: str) -> dict[str, str]:
    """Columns a later migration added to `table` -> when that migration ran here (UTC). A record
    inserted before then got the column from the migration, not from its insert: not judged."""
    import re
    from db import migrate
    applied = {r[0]: r[1] for r in store.query("SELECT key, applied_at FROM schema_migrations")}
    pattern = re.compile(rf"ALTER\s+TABLE\s+{table}\s+ADD\s+(?:COLUMN\s+)?(\w+)", re.IGNORECASE)
    out = {}
    for m in migrate.available():
        for column in pattern.findall(m.sql):
            if m.key in applied:
                out[column] = str(applied[m.key]).replace(" ", "T")
    return out


def replay_record(entries, defaults: dict, added_later: dict[str, str]) -> tuple[dict | None, bool]:
    """A record's state after its logged changes, and whether the log can judge it at all."""
    state: dict | None = None
    first = True
    for _, op, data in entries:
        if data == REDACTED:
            return None, False
        if op == "delete":
            state = None
        elif op == "insert":
            values = json.loads(data) if data else {}
            state = {**defaults, **values}
            inserted = str(values.get("created_at") or "")
            if added_later and inserted < max(added_later.values()):
                for column, since in added_later.items():
                    if column not in values and inserted < since:
                        state[column] = _UNKNOWN
        else:
            if first:          # an update of a record this file never received
                return None, False
            if state is None:
                state = {}
            state.update(json.loads(data) if data else {})
        first = False
    return state, True


def _same(logged, stored) -> bool:
    if logged == stored:
        return True
    if logged is None or stored is None:
        return False
    return str(logged) == str(stored)


def _name(row, name_col: str | None) -> str:
    try:
        named = row[name_col] if name_col else ""
    except (KeyError, IndexError):
        named = ""
    return f"{row['id']}" + (f"（{named}）" if named else "")


def _has(store: Store, table: str) -> bool:
    return store.has_table(table)
