"""The two passes over a table: the full replay (the whole log merged with the whole table), and
the incremental one from a checkpoint (only the records the log touched since and the rows of
buckets whose fingerprint changed).
"""
from __future__ import annotations

from itertools import groupby

from db import Store
from desktop.core.replay.fingerprint import BUCKET_SHIFT, Prints, fingerprint_table
from desktop.core.replay.records import Judge, replay_record, replay_records

TOUCHED_SHARE_FOR_FULL = 4    # more than 1/4 of the buckets changed: the full pass is cheaper


def replay_table(store: Store, table: str, name_col: str | None, only: tuple[str, str] | None,
                 key: bytes) -> tuple[list[str], int, Prints | None]:
    """The full pass: the table's log in (record, seq) order merged with its rows in id order;
    findings, records compared, and the fingerprint for the next checkpoint."""
    j = Judge(store, table, name_col, only)
    fingerprint = fingerprint_table(store, table, [c for c, _ in j.judged], only, key)
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
        state, judgeable = replay_record(entries, j.defaults, j.added_later)
        finding, judged = j.judge(record_id, state, judgeable, here)
        compared += judged
        if finding:
            findings.append(finding)
    while row is not None:
        if keep(row):
            findings.append(j.planted(row))
        row = next(rows, None)
    return findings, compared, fingerprint


def incremental(store: Store, table: str, name_col: str | None, only: tuple[str, str] | None,
                kept: dict, key: bytes) -> tuple[list[str], int, Prints, set[str]] | None:
    """Replay only what changed since the checkpoint; None when that cannot prove the table.
    Also returns the records the log touched since (other checks may look at those alone)."""
    since = kept["seq"]
    then: Prints = kept["tables"][table]
    j = Judge(store, table, name_col, only)
    now = fingerprint_table(store, table, [c for c, _ in j.judged], only, key)
    if now is None:
        return None
    changed = sorted(b for b in then.keys() | now.keys() if then.get(b) != now.get(b))
    if len(changed) * TOUCHED_SHARE_FOR_FULL > max(len(then), len(now), 16):
        return None
    touched = {r[0] for r in store.conn.execute(
        "SELECT DISTINCT record_id FROM change_log WHERE seq > ? AND table_name = ?", (since, table))}
    where = f" AND {only[0]} = '{only[1]}'" if only else ""
    in_changed = [r[0] for b in changed for r in store.conn.execute(
        f"SELECT id FROM {table} WHERE rowid BETWEEN ? AND ?{where}",
        (b << BUCKET_SHIFT, ((b + 1) << BUCKET_SHIFT) - 1))]
    expected = sum(n for n, _ in then.values())     # rows the table holds now, by the log
    replay = replay_records(store, table, j, set(in_changed) | touched, touched, since)
    if replay is None:
        return None
    findings, compared, replayed, gained = replay
    expected += sum(gained.values())
    rows = sum(n for n, _ in now.values())
    if findings or rows != expected:
        return None            # edited by hand: the full replay names every record, whatever its bucket
    return findings, compared + rows - replayed, now, touched
