"""Verify the hash chain of change_log: editing the log outside the program is detected."""
from __future__ import annotations

import hashlib
import sqlite3
from itertools import compress, repeat
from operator import is_not

from db import Store
from db.log_hashes import chain_hash, data_hash
from db.store import REDACTED

# The chain hash's input (db.store.chain_hash) built by SQLite, as UTF-8 bytes: `||` keeps every
# byte of a value (printf would stop at a NUL) and turns site_seq into text as str() does.
_PREIMAGE = " || char(31) || ".join(("prev_hash", "site_id", "site_seq", "table_name", "record_id", "op",
                                     "data_hash", "actor", "ts"))
# 1 when every value has the type the program writes: a BLOB of the same bytes would hash the same.
_TYPES_AS_WRITTEN = ("(typeof(site_id) = 'text' AND typeof(site_seq) = 'integer' AND typeof(table_name) = 'text' "
                     "AND typeof(record_id) = 'text' AND typeof(op) = 'text' AND typeof(actor) = 'text' "
                     "AND typeof(ts) = 'text' AND typeof(data_hash) = 'text' AND typeof(prev_hash) = 'text' "
                     "AND typeof(hash) = 'text' AND typeof(data) IN ('text', 'null'))")
_CHUNK = 10_000
_hexdigest = type(hashlib.sha256()).hexdigest


def verify_chain(store: Store, progress=None) -> tuple[bool, str]:
    """A county file holds millions of entries, so each chunk is checked at C speed: SQLite
    builds the bytes to hash, hashlib hashes them through map(), and the lists are compared
    whole. A chunk that does not agree is checked again entry by entry (`_first_break`, the
    definition), which names the first entry that is wrong."""
    prev = ""
    n = redacted = 0
    last_seq = 0
    cur = store.conn.cursor()
    cur.row_factory = None
    cur.execute(f"SELECT seq, CAST({_PREIMAGE} AS BLOB), hash, prev_hash, data_hash, "
                f"CASE WHEN data = ? THEN NULL ELSE CAST(COALESCE(data, '') AS BLOB) END, {_TYPES_AS_WRITTEN} "
                "FROM change_log ORDER BY seq", (REDACTED,))
    sha256 = hashlib.sha256
    while True:
        rows = cur.fetchmany(_CHUNK)
        if not rows:
            break
        seqs, preimages, hashes, prevs, data_hashes, datas, typed = zip(*rows)
        judged = list(map(is_not, datas, repeat(None)))        # redacted entries keep only data_hash
        if (prevs[0] != prev or prevs[1:] != hashes[:-1]
                or 0 in typed or None in preimages
                or list(map(_hexdigest, map(sha256, preimages))) != list(hashes)
                or list(map(_hexdigest, map(sha256, compress(datas, judged)))) != list(compress(data_hashes, judged))):
            broken = _first_break(store, seqs[0], seqs[-1], prev)
            if broken:
                return False, broken
        redacted += len(judged) - sum(judged)
        n += len(rows)
        prev = hashes[-1]
        last_seq = seqs[-1]
        if progress:
            progress(n, 0, f"已核对 {n} 条变更记录")
    top = store.scalar("SELECT seq FROM sqlite_sequence WHERE name='change_log'") or 0
    if top > last_seq:
        return False, f"最后 {top - last_seq} 条变更记录被删除了（记录号应到 {top}，实际到 {last_seq}）。"
    note = f"，其中 {redacted} 条因匿名化已隐去内容" if redacted else ""
    return True, f"{n} 条变更记录，哈希链完整{note}"


def _first_break(store: Store, first: int, last: int, prev: str) -> str | None:
    """The entries first..last one at a time in Python, as they were written: what is wrong
    with the first one that does not check, or None (the fast pass's bytes differed only in
    form, e.g. a real number SQLite writes differently)."""
    cur = store.conn.cursor()
    cur.row_factory = None
    seqs = [r[0] for r in cur.execute("SELECT seq FROM change_log WHERE seq BETWEEN ? AND ? ORDER BY seq",
                                      (first, last))]
    for seq in seqs:
        try:
            (site_id, site_seq, table_name, record_id, op, data, stored_data_hash, prev_hash, hash_, actor,
             ts) = cur.execute("SELECT site_id, site_seq, table_name, record_id, op, data, data_hash, prev_hash, "
                               "hash, actor, ts FROM change_log WHERE seq = ?", (seq,)).fetchone()
        except sqlite3.OperationalError:        # bytes that are not UTF-8 text, put in by hand
            return f"第 {seq} 条变更记录被改动过（内容不是有效的文字）。"
        values = (site_id, table_name, record_id, op, stored_data_hash, prev_hash, hash_, actor, ts)
        if not (all(isinstance(v, str) for v in values) and type(site_seq) is int
                and (data is None or isinstance(data, str))):
            return f"第 {seq} 条变更记录被改动过（{table_name} {record_id}）。"
        if data != REDACTED and data_hash(data) != stored_data_hash:
            return f"第 {seq} 条变更记录的内容被改动过（{table_name} {record_id}）。"
        if prev_hash != prev:
            return f"第 {seq} 条变更记录之前的记录被删除或改动过（哈希链断开）。"
        if chain_hash(prev_hash, site_id, site_seq, table_name, record_id, op, stored_data_hash, actor,
                      ts) != hash_:
            return f"第 {seq} 条变更记录被改动过（{table_name} {record_id}）。"
        prev = hash_
    return None
