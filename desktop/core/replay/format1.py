"""Format 1, the previous version's checkpoint, read once after an update: buckets by a CRC of
the record id, the sum of a keyed hash of each row's marshal. The incremental pass from it
leaves a checkpoint of the current format.
"""
from __future__ import annotations

import base64
import hashlib
import marshal
import zlib

from db import Store
from desktop.core.replay.fingerprint import Prints, fingerprint_table
from desktop.core.replay.passes import TOUCHED_SHARE_FOR_FULL
from desktop.core.replay.records import Judge, replay_records

MOD = 1 << 128
ROWS_PER_BUCKET = 32          # about a million people, 32,768 buckets


def bucket_count(rows: int) -> int:
    n = 16
    while n * ROWS_PER_BUCKET < rows:
        n *= 2
    return n


def bucket_of(record_id: str, buckets: int) -> int:
    return zlib.crc32(str(record_id).encode()) & (buckets - 1)


class Fingerprint:
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


def incremental_v1(store: Store, table: str, name_col: str | None, only: tuple[str, str] | None,
                   kept: dict, key: bytes) -> tuple[list[str], int, Prints | None, set[str]] | None:
    """passes.incremental from a format-1 checkpoint (the previous version's, once after an update);
    the fingerprint it returns is the new format's, taken in the same snapshot."""
    since = kept["seq"]
    buckets, old_counts, old_sums = kept["tables"][table]
    touched = {r[0] for r in store.conn.execute(
        "SELECT DISTINCT record_id FROM change_log WHERE seq > ? AND table_name = ?", (since, table))}
    dirty = {bucket_of(r, buckets) for r in touched}
    if len(dirty) * TOUCHED_SHARE_FOR_FULL > buckets:
        return None
    fingerprint = Fingerprint(buckets, key)
    add = fingerprint.add
    cur = store.conn.cursor()
    cur.row_factory = None
    j = Judge(store, table, name_col, only)
    where = f" WHERE {only[0]} = '{only[1]}'" if only else ""
    in_dirty: list[str] = []
    judged = [c for c, _ in j.judged]
    cur.execute(f"SELECT {', '.join(judged)} FROM {table}{where}")     # file order: no index walk
    id_at = judged.index("id")
    for r in cur:
        if add(r[id_at], r) in dirty:
            in_dirty.append(r[id_at])
    for b in range(buckets):
        if b not in dirty and (fingerprint.counts[b] != old_counts[b] or fingerprint.sums[b] % MOD != old_sums[b]):
            return None        # a row nobody logged a change for is not what it was: name it in full
    replay = replay_records(store, table, j, set(in_dirty) | touched, touched, since)
    if replay is None:
        return None
    findings, compared, _, gained = replay
    expected = {b: old_counts[b] for b in dirty}
    for record_id, gain in gained.items():
        expected[bucket_of(record_id, buckets)] += gain
    if findings or any(fingerprint.counts[b] != n for b, n in expected.items()):
        return None            # edited by hand: the full replay names every record, whatever its bucket
    compared += sum(fingerprint.counts) - len(in_dirty)
    return findings, compared, fingerprint_table(store, table, [c for c, _ in j.judged], only, key), touched
