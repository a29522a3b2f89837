"""Helper threads for SQLite's sorter while a big job builds indexes.

CREATE INDEX over a million people is a sort; with `PRAGMA threads` SQLite splits it over
helper threads. It costs no less CPU, but on a clerk's two-core PC the index builds of an
update that rebuilds the search indexes (migration 0016) took 4.6 s less wall time, the
backup beside them included (BENCHMARKS.md, issue 19). Off again afterwards: a small sort
on the UI thread gains nothing from threads.
"""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from typing import Iterator

HELPER_THREADS = 2


@contextmanager
def sort_threads(conn: sqlite3.Connection, threads: int = HELPER_THREADS) -> Iterator[None]:
    before = conn.execute("PRAGMA threads").fetchone()[0]
    conn.execute(f"PRAGMA threads={int(threads)}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA threads={int(before)}")
