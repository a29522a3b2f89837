"""A table's fingerprint for the checkpoint: every kept row's judged values written by SQLite as
one JSON array, hashed (keyed BLAKE2b) in buckets of consecutive rowids, in one pass in file order.
"""
from __future__ import annotations

import hashlib
import sqlite3
from itertools import groupby
from operator import itemgetter

from db import Store

BUCKET_SHIFT = 5              # 32 consecutive rowids per bucket: a million people, a 1.2 MiB checkpoint
Prints = dict[int, tuple[int, bytes]]      # bucket (rowid >> BUCKET_SHIFT) -> (rows, keyed digest)


def _row_values_sql(store: Store, table: str, judged: list[str]) -> str:
    """One row's judged values as SQLite writes them: a JSON array (NULL, 1 and '1' differ; a
    text keeps every byte, NUL included). Only a column without text affinity can hold a real,
    which is written with all its digits (json_array would round it to 15)."""
    declared = {c.name: (c.type or "").upper() for c in store.db[table].columns}
    values = [c if any(t in declared.get(c, "") for t in ("CHAR", "CLOB", "TEXT"))
              else f"CASE WHEN typeof({c}) = 'real' THEN printf('real %!.20e', {c}) ELSE {c} END" for c in judged]
    return f"json_array({', '.join(values)})"


def fingerprint_table(store: Store, table: str, judged: list[str], only: tuple[str, str] | None,
                      key: bytes) -> Prints | None:
    """Every kept row's judged values in buckets of consecutive rowids, in one pass in file
    order. None when SQLite cannot write a row as JSON (a BLOB put in by hand): no shortcut."""
    where = f" WHERE {only[0]} = '{only[1]}'" if only else ""
    cur = store.conn.cursor()
    cur.row_factory = None
    out: Prints = {}
    blake2b, values = hashlib.blake2b, itemgetter(1)
    try:
        cur.execute(f"SELECT rowid >> {BUCKET_SHIFT}, CAST({_row_values_sql(store, table, judged)} AS BLOB) "
                    f"FROM {table}{where} ORDER BY rowid")
        for bucket, rows in groupby(cur, key=itemgetter(0)):
            rows = list(rows)       # ~32 rows: the hash is taken once over their arrays joined
            out[bucket] = (len(rows), blake2b(b"".join(map(values, rows)), digest_size=16, key=key).digest())
    except sqlite3.OperationalError:
        return None
    return out
