"""`cunwu check` replays the change log and compares it with the tables (issue 14 point 5).

The hash chain proves the log was not edited; it says nothing about the tables beside it.
Whoever has the file can end a 低保 membership, change a 身份证号 or add ¥1,000 to a posted
voucher with plain SQL (dropping a trigger first), and the log still checks. So for the
records that matter (people, their special groups, posted ledger entries, decisions,
red-white events) every record's logged changes are replayed and the result compared,
field by field, with the row: a difference, a row the log never created, or a row gone
that the log never deleted is reported with the record named.

Full replay: one pass over each table's log entries in (record, seq) order, straight off the
change_log_record index, merged with one pass over the table in id order; plain tuples and
one dict per record at a time, so memory stays flat whatever the size. At a million people
that is minutes (issue 19), so it is what `--full` does, and what the default does when it
has nothing to start from.

Default (issue 19 point 4): start from the checkpoint the last passing check left beside the
anchor (outside the file): the log entry it reached, and per table a fingerprint of every row
it proved, in buckets of 32 consecutive rowids (count of rows and a keyed BLAKE2b of the rows'
values in rowid order, the key kept with the checkpoint). SQLite writes each row's judged
values as one JSON array (it tells NULL, 1 and '1' apart and keeps every byte of a text) and
Python hashes a bucket's arrays at once, so a million rows take seconds. The check then replays
only the records the log touched since that entry, plus every row of a bucket that is not what
it was:
- a bucket whose rows were edited, planted or deleted with plain SQL since differs from the
  checkpoint, so its rows are replayed against their whole log (edits and planted rows are named
  as in the full replay); a record the log changed is replayed wherever it is;
- the table must hold as many rows as it held then plus what the log added and minus what it
  removed since (a row deleted by hand is counted missing; the full replay then names it).
So the default proves what the full replay proves, given a checkpoint from a passing check:
rows proven then and untouched since are proven by their fingerprint, the rest by replay. When
it cannot (no checkpoint, a checkpoint of another file or of a log that was rewritten, more
than a quarter of the buckets changed, a touched record the log cannot judge, a BLOB put in a
column by hand, a VACUUM that renumbered the rows) it replays in full. A checkpoint written by
the previous version (format 1: buckets by a CRC of the record id, each row hashed in Python)
is still used once, and the check leaves a new one.

Not judged (the log cannot say what the row should hold): records whose log entries were
redacted by anonymisation, records with a recorded sync conflict (only the winning fields
were written), a remote update of a record this file never received, and columns the log
never mentions (a migration's new column, unless its default says what an insert left out)
as well as the timestamps the write path sets.
"""
from __future__ import annotations

import base64
import hashlib
import json
import marshal
import os
import sqlite3
import struct
import zlib
from itertools import groupby
from operator import itemgetter
from db import Store
from db.progress import Progress
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
_MOD = 1 << 128
_ROWS_PER_BUCKET = 32          # format 1: about a million people, 32,768 buckets
_BUCKET_SHIFT = 5              # 32 consecutive rowids per bucket: a million people, a 1.2 MiB checkpoint
_FORMAT = 2                    # of the checkpoint file (1: the previous version's, still read)
_TOUCHED_SHARE_FOR_FULL = 4    # more than 1/4 of the buckets changed: the full pass is cheaper


def replay_checks(store: Store, *, full: bool = False, progress: Progress | None = None,
                  checkpoint_out: dict | None = None) -> list[dict]:
    """One result per area: ok, and the records edited outside the program, named.
    full: replay every record even when a checkpoint would do. checkpoint_out receives what the
    next check may start from; `save_checkpoint` keeps it once the whole check has passed."""
    tables = set(store.tables())
    areas = [(t, a) for t, a in AREAS.items() if t in tables]
    results = []
    began = not store.conn.in_transaction
    if began:
        store.conn.execute("BEGIN")       # one snapshot: the log and the tables as of one moment
    try:
        head = store.one("SELECT seq, hash FROM change_log ORDER BY seq DESC LIMIT 1")
        kept = None if full else _load_checkpoint(store)
        key = bytes.fromhex(kept["key"]) if kept else os.urandom(16)
        prints: dict[str, dict] = {}
        touched: dict[str, set | None] = {}
        for i, (table, (label, name_col, only)) in enumerate(areas):
            if progress is not None:
                progress(i, len(areas), f"重放核对：{label}")
            outcome = None
            if kept is not None and table in kept["tables"] and head is not None:
                incremental = _incremental if kept["format"] == _FORMAT else _incremental_v1
                outcome = incremental(store, table, name_col, only, kept, key)
            touched[table] = outcome[3] if outcome is not None else None
            outcome = outcome[:3] if outcome is not None else None
            how = "自上次检查以来有变动的记录逐条重放，其余按指纹核对" if outcome is not None else ""
            if outcome is None:
                outcome = _replay_table(store, table, name_col, only, key)
            findings, compared, prints[table] = outcome
            if findings:
                shown = "；".join(findings[:MAX_NAMED]) + (f"；另有 {len(findings) - MAX_NAMED} 处" if len(findings) > MAX_NAMED else "")
                detail = f"{len(findings)} 条{label}与变更记录不符（数据表被直接改动过）：{shown}"
            else:
                detail = f"{compared} 条{label}与变更记录一致" + (f"（{how}）" if how else "")
            results.append({"name": f"{label}与变更记录", "ok": not findings, "detail": detail})
    finally:
        if began:
            store.conn.execute("COMMIT")
    if checkpoint_out is not None and head is not None:
        checkpoint_out.update(seq=head[0], hash=head[1], key=key.hex(), tables=prints, touched=touched,
                              marks_before=kept.get("marks", {}) if kept else {})
    return results


# ------------------------------------------------------------------ fingerprints
Prints = dict[int, tuple[int, bytes]]      # bucket (rowid >> _BUCKET_SHIFT) -> (rows, keyed digest)


def _row_values_sql(store: Store, table: str, judged: list[str]) -> str:
    """One row's judged values as SQLite writes them: a JSON array (NULL, 1 and '1' differ; a
    text keeps every byte, NUL included). Only a column without text affinity can hold a real,
    which is written with all its digits (json_array would round it to 15)."""
    declared = {c.name: (c.type or "").upper() for c in store.db[table].columns}
    values = [c if any(t in declared.get(c, "") for t in ("CHAR", "CLOB", "TEXT"))
              else f"CASE WHEN typeof({c}) = 'real' THEN printf('real %!.20e', {c}) ELSE {c} END" for c in judged]
    return f"json_array({', '.join(values)})"


def _fingerprint(store: Store, table: str, judged: list[str], only: tuple[str, str] | None,
                 key: bytes) -> Prints | None:
    """Every kept row's judged values in buckets of consecutive rowids, in one pass in file
    order. None when SQLite cannot write a row as JSON (a BLOB put in by hand): no shortcut."""
    where = f" WHERE {only[0]} = '{only[1]}'" if only else ""
    cur = store.conn.cursor()
    cur.row_factory = None
    out: Prints = {}
    blake2b, values = hashlib.blake2b, itemgetter(1)
    try:
        cur.execute(f"SELECT rowid >> {_BUCKET_SHIFT}, CAST({_row_values_sql(store, table, judged)} AS BLOB) "
                    f"FROM {table}{where} ORDER BY rowid")
        for bucket, rows in groupby(cur, key=itemgetter(0)):
            rows = list(rows)       # ~32 rows: the hash is taken once over their arrays joined
            out[bucket] = (len(rows), blake2b(b"".join(map(values, rows)), digest_size=16, key=key).digest())
    except sqlite3.OperationalError:
        return None
    return out


def _dump_prints(prints: Prints) -> dict:
    buckets = sorted(prints)
    return {"rowids_per_bucket": 1 << _BUCKET_SHIFT,
            "buckets": base64.b64encode(struct.pack(f"<{len(buckets)}Q", *buckets)).decode(),
            "counts": base64.b64encode(struct.pack(f"<{len(buckets)}I", *(prints[b][0] for b in buckets))).decode(),
            "digests": base64.b64encode(b"".join(prints[b][1] for b in buckets)).decode()}


def _load_prints(d: dict) -> Prints:
    if int(d["rowids_per_bucket"]) != 1 << _BUCKET_SHIFT:
        raise ValueError("other buckets")
    raw_buckets, raw_counts, digests = (base64.b64decode(d[k]) for k in ("buckets", "counts", "digests"))
    n = len(raw_buckets) // 8
    if len(raw_buckets) != 8 * n or len(raw_counts) != 4 * n or len(digests) != 16 * n:
        raise ValueError("bad checkpoint")
    return dict(zip(struct.unpack(f"<{n}Q", raw_buckets),
                    zip(struct.unpack(f"<{n}I", raw_counts), (digests[i:i + 16] for i in range(0, 16 * n, 16)))))


# Format 1 (the previous version's checkpoint, read once after an update): buckets by a CRC of
# the record id, the sum of a keyed hash of each row's marshal.
def _bucket_count(rows: int) -> int:
    n = 16
    while n * _ROWS_PER_BUCKET < rows:
        n *= 2
    return n


def bucket_of(record_id: str, buckets: int) -> int:
    return zlib.crc32(str(record_id).encode()) & (buckets - 1)


class _Fingerprint:
    def __init__(self, buckets: int, key: bytes):
        self.buckets, self.key = buckets, key
        self.counts = [0] * buckets
        self.sums = [0] * buckets

    def add(self, record_id, judged_values: tuple) -> int:
        """judged_values: the row's judged columns in table order. marshal format 2 has no
        back-references, so equal tuples give equal bytes (and NULL, 1 and '1' differ)."""
        b = zlib.crc32(record_id.encode()) & (self.buckets - 1)
        self.counts[b] += 1
        self.sums[b] += int.from_bytes(hashlib.blake2b(marshal.dumps(judged_values, 2), digest_size=16,
                                                       key=self.key).digest(), "little")
        return b

    @staticmethod
    def load(d: dict) -> tuple[int, list[int], list[int]]:
        buckets = int(d["buckets"])
        counts, sums = base64.b64decode(d["counts"]), base64.b64decode(d["sums"])
        if buckets < 1 or buckets & (buckets - 1) or len(counts) != 4 * buckets or len(sums) != 16 * buckets:
            raise ValueError("bad checkpoint")
        return (buckets, [int.from_bytes(counts[i:i + 4], "little") for i in range(0, len(counts), 4)],
                [int.from_bytes(sums[i:i + 16], "little") for i in range(0, len(sums), 16)])


# ------------------------------------------------------------------ checkpoint, outside the file
def checkpoint_path(store: Store):
    from desktop.core.chain_code import anchor_path
    path = anchor_path(store)
    return path.with_name(path.name.replace(".chain-head.json", ".replay-check.json"))


def _load_checkpoint(store: Store) -> dict | None:
    """The last passing check's checkpoint, if it belongs to this file's log as it stands."""
    if store.path is None:
        return None
    try:
        kept = json.loads(checkpoint_path(store).read_text(encoding="utf-8"))
        form = kept.get("format")
        if form not in (1, _FORMAT):
            return None
        seq, digest, key, tables = int(kept["seq"]), str(kept["hash"]), bytes.fromhex(kept["key"]), kept["tables"]
        load = _load_prints if form == _FORMAT else _Fingerprint.load
        parsed = {t: load(d) for t, d in tables.items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError, struct.error):
        return None
    if len(key) != 16 or store.scalar("SELECT hash FROM change_log WHERE seq=?", (seq,)) != digest:
        return None        # another file of the same name, or a rewritten log: replay in full
    marks = kept.get("marks") if isinstance(kept.get("marks"), dict) else {}
    return {"format": form, "seq": seq, "key": kept["key"], "tables": parsed, "marks": marks}


def save_checkpoint(store: Store, checkpoint: dict) -> None:
    """After a check that passed (a missing stick is no error)."""
    if store.path is None or not checkpoint:
        return
    path = checkpoint_path(store)
    tmp = path.with_name(path.name + ".tmp")
    data = {"format": _FORMAT, "seq": checkpoint["seq"], "hash": checkpoint["hash"], "key": checkpoint["key"],
            "tables": {t: _dump_prints(fp) for t, fp in checkpoint["tables"].items() if fp is not None},
            "marks": checkpoint.get("marks", {})}     # what other checks proved of every row, and under what
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps(data), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass


# ------------------------------------------------------------------ the two passes
class _Judge:
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


def _replay_table(store: Store, table: str, name_col: str | None, only: tuple[str, str] | None,
                  key: bytes) -> tuple[list[str], int, Prints | None]:
    j = _Judge(store, table, name_col, only)
    fingerprint = _fingerprint(store, table, [c for c, _ in j.judged], only, key)
    log = store.conn.cursor()
    log.row_factory = None      # plain tuples: this loop runs once per record of the biggest tables
    log.execute("SELECT record_id, op, data FROM change_log WHERE table_name=? ORDER BY record_id, seq", (table,))
    cur = store.conn.cursor()
    cur.row_factory = None
    cur.execute(f"SELECT {', '.join(j.columns)} FROM {table} ORDER BY id")
    id_at, keep = j.id_at, j.keep
    rows = iter(cur)
    findings: list[str] = []
    compared = 0
    row = next(rows, None)
    for record_id, entries in groupby(log, key=lambda e: e[0]):
        while row is not None and row[id_at] < record_id:
            if keep(row):
                findings.append(j.planted(row))
            row = next(rows, None)
        here = row if row is not None and row[id_at] == record_id else None
        if here is not None:
            row = next(rows, None)
        state, judgeable = _replay(entries, j.defaults, j.added_later)
        finding, judged = j.judge(record_id, state, judgeable, here)
        compared += judged
        if finding:
            findings.append(finding)
    while row is not None:
        if keep(row):
            findings.append(j.planted(row))
        row = next(rows, None)
    return findings, compared, fingerprint


def _incremental(store: Store, table: str, name_col: str | None, only: tuple[str, str] | None,
                 kept: dict, key: bytes) -> tuple[list[str], int, Prints, set[str]] | None:
    """Replay only what changed since the checkpoint; None when that cannot prove the table.
    Also returns the records the log touched since (other checks may look at those alone)."""
    since = kept["seq"]
    then: Prints = kept["tables"][table]
    j = _Judge(store, table, name_col, only)
    now = _fingerprint(store, table, [c for c, _ in j.judged], only, key)
    if now is None:
        return None
    changed = sorted(b for b in then.keys() | now.keys() if then.get(b) != now.get(b))
    if len(changed) * _TOUCHED_SHARE_FOR_FULL > max(len(then), len(now), 16):
        return None
    touched = {r[0] for r in store.conn.execute(
        "SELECT DISTINCT record_id FROM change_log WHERE seq > ? AND table_name = ?", (since, table))}
    where = f" AND {only[0]} = '{only[1]}'" if only else ""
    in_changed = [r[0] for b in changed for r in store.conn.execute(
        f"SELECT id FROM {table} WHERE rowid BETWEEN ? AND ?{where}",
        (b << _BUCKET_SHIFT, ((b + 1) << _BUCKET_SHIFT) - 1))]
    expected = sum(n for n, _ in then.values())     # rows the table holds now, by the log
    replay = _replay_records(store, table, j, set(in_changed) | touched, touched, since)
    if replay is None:
        return None
    findings, compared, replayed, gained = replay
    expected += sum(gained.values())
    rows = sum(n for n, _ in now.values())
    if findings or rows != expected:
        return None            # edited by hand: the full replay names every record, whatever its bucket
    return findings, compared + rows - replayed, now, touched


def _replay_records(store: Store, table: str, j: "_Judge", record_ids: set[str], touched: set[str],
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
        state, judgeable = _replay(entries, j.defaults, j.added_later)
        kept_now += here is not None and j.keep(here)
        if record_id in touched:
            if not judgeable or record_id in j.conflicted:
                return None
            before, _ = _replay([e for e in entries if e[0] <= since], j.defaults, j.added_later)
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


def _incremental_v1(store: Store, table: str, name_col: str | None, only: tuple[str, str] | None,
                    kept: dict, key: bytes) -> tuple[list[str], int, Prints | None, set[str]] | None:
    """_incremental from a format-1 checkpoint (the previous version's, once after an update);
    the fingerprint it returns is the new format's, taken in the same snapshot."""
    since = kept["seq"]
    buckets, old_counts, old_sums = kept["tables"][table]
    touched = {r[0] for r in store.conn.execute(
        "SELECT DISTINCT record_id FROM change_log WHERE seq > ? AND table_name = ?", (since, table))}
    dirty = {bucket_of(r, buckets) for r in touched}
    if len(dirty) * _TOUCHED_SHARE_FOR_FULL > buckets:
        return None
    fingerprint = _Fingerprint(buckets, key)
    add = fingerprint.add
    cur = store.conn.cursor()
    cur.row_factory = None
    j = _Judge(store, table, name_col, only)
    where = f" WHERE {only[0]} = '{only[1]}'" if only else ""
    in_dirty: list[str] = []
    judged = [c for c, _ in j.judged]
    cur.execute(f"SELECT {', '.join(judged)} FROM {table}{where}")     # file order: no index walk
    id_at = judged.index("id")
    for r in cur:
        if add(r[id_at], r) in dirty:
            in_dirty.append(r[id_at])
    for b in range(buckets):
        if b not in dirty and (fingerprint.counts[b] != old_counts[b] or fingerprint.sums[b] % _MOD != old_sums[b]):
            return None        # a row nobody logged a change for is not what it was: name it in full
    replay = _replay_records(store, table, j, set(in_dirty) | touched, touched, since)
    if replay is None:
        return None
    findings, compared, _, gained = replay
    expected = {b: old_counts[b] for b in dirty}
    for record_id, gain in gained.items():
        expected[bucket_of(record_id, buckets)] += gain
    if findings or any(fingerprint.counts[b] != n for b, n in expected.items()):
        return None            # edited by hand: the full replay names every record, whatever its bucket
    compared += sum(fingerprint.counts) - len(in_dirty)
    return findings, compared, _fingerprint(store, table, [c for c, _ in j.judged], only, key), touched


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
