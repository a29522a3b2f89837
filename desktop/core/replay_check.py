"""`cunwu check` replays the change log and compares it with the tables (issue 14 point 5).

The hash chain proves the log was not edited; it says nothing about the tables beside it.
Whoever has the file can end a 低保 membership, change a 身份证号 or add ¥1,000 to a posted
voucher with plain SQL (dropping a trigger first), and the log still checks. So for the
records that matter (people, their special groups, posted ledger entries, decisions,
red-white events) every record's logged changes are replayed and the result compared,
field by field, with the row: a difference, a row the log never created, or a row gone
that the log never deleted is reported with the record named.

Cost: one pass over each table's log entries in (record, seq) order, straight off the
change_log_record index, merged with one pass over the table in id order; plain tuples and
one dict per record at a time, so memory stays flat whatever the size.

Not judged (the log cannot say what the row should hold): records whose log entries were
redacted by anonymisation, records with a recorded sync conflict (only the winning fields
were written), a remote update of a record this file never received, and columns the log
never mentions (a migration's new column, unless its default says what an insert left out)
as well as the timestamps the write path sets.
"""
from __future__ import annotations

import json
from itertools import groupby
from operator import itemgetter

from db import Store
from db.store import REDACTED

# table -> (label for the clerk, column naming the record, only rows where this holds)
AREAS: dict[str, tuple[str, str | None, tuple[str, str] | None]] = {
    "person": ("人员", "name", None),
    "person_group": ("特殊群体登记", "kind", None),
    "funds_entry": ("已过账凭证", "voucher_no", ("status", "posted")),
    "funds_decision": ("议事决策事项", "title", None),
    "redwhite_event": ("红白事项", None, None),
}
# group_id: the household's 村民小组 copied onto the person row by triggers (migration 0016),
# derived like an index and not logged; `cunwu check` compares it with the household instead.
_SKIPPED_COLUMNS = {"updated_at", "group_id"}
MAX_NAMED = 20


def replay_checks(store: Store) -> list[dict]:
    """One result per area: ok, and the records edited outside the program, named."""
    tables = set(store.tables())
    results = []
    for table, (label, name_col, only) in AREAS.items():
        if table not in tables:
            continue
        findings, compared = _replay_table(store, table, name_col, only)
        if findings:
            shown = "；".join(findings[:MAX_NAMED]) + (f"；另有 {len(findings) - MAX_NAMED} 处" if len(findings) > MAX_NAMED else "")
            detail = f"{len(findings)} 条{label}与变更记录不符（数据表被直接改动过）：{shown}"
        else:
            detail = f"{compared} 条{label}与变更记录一致"
        results.append({"name": f"{label}与变更记录", "ok": not findings, "detail": detail})
    return results


def _replay_table(store: Store, table: str, name_col: str | None, only: tuple[str, str] | None) -> tuple[list[str], int]:
    columns = store.columns(table)
    defaults = _defaults(store, table)
    added_later = _added_later(store, table)
    judged = [(c, i) for i, c in enumerate(columns) if c not in _SKIPPED_COLUMNS]
    state_fields = itemgetter(*[c for c, _ in judged])
    row_fields = itemgetter(*[i for _, i in judged])
    at = {c: i for i, c in enumerate(columns)}
    conflicted = {r[0] for r in store.query("SELECT DISTINCT record_id FROM sync_conflict WHERE table_name=?",
                                            (table,))} if _has(store, "sync_conflict") else set()
    log = store.conn.cursor()
    log.row_factory = None      # plain tuples: this loop runs once per record of the biggest tables
    log.execute("SELECT record_id, op, data FROM change_log WHERE table_name=? ORDER BY record_id, seq", (table,))
    rows = store.conn.cursor()
    rows.row_factory = None
    rows.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY id")
    id_at = at["id"]
    keep = (lambda r: True) if only is None else (lambda r: r[at[only[0]]] == only[1])
    kept_state = (lambda st: True) if only is None else (lambda st: st.get(only[0]) == only[1])

    def named(r) -> str:
        return _name(dict(zip(columns, r)), name_col)

    findings: list[str] = []
    compared = 0
    row = next(rows, None)
    for record_id, entries in groupby(log, key=lambda e: e[0]):
        while row is not None and row[id_at] < record_id:
            if keep(row):
                findings.append(f"{named(row)}：变更记录里没有这条记录（直接写入表中）")
            row = next(rows, None)
        here = row if row is not None and row[id_at] == record_id else None
        if here is not None:
            row = next(rows, None)
        state, judgeable = _replay(entries, defaults, added_later)
        if not judgeable or record_id in conflicted:
            continue
        if state is None:
            if here is not None and keep(here):
                findings.append(f"{named(here)}：变更记录里已删除，表中仍在")
            continue
        if here is None:
            if kept_state(state):
                findings.append(f"{_name({**state, 'id': record_id}, name_col)}：表中不见了，变更记录里没有删除")
            continue
        if not (keep(here) or kept_state(state)):
            continue
        compared += 1
        try:       # the usual case, at C speed: every judged field logged and equal
            if state_fields(state) == row_fields(here):
                continue
        except KeyError:
            pass
        changed = []
        for c, i in judged:
            logged = state.get(c, _UNKNOWN)
            if logged is not _UNKNOWN and logged != here[i] and not _same(logged, here[i]):
                changed.append(c)
        if changed:
            findings.append(f"{named(here)}：字段 {'、'.join(changed)} 与变更记录不同")
    while row is not None:
        if keep(row):
            findings.append(f"{named(row)}：变更记录里没有这条记录（直接写入表中）")
        row = next(rows, None)
    return findings, compared


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


def _replay(entries, defaults: dict, added_later: dict[str, str]) -> tuple[dict | None, bool]:
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
