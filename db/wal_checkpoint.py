"""The checkpoint after an update's commit, on a thread of its own.

An update that rewrites the person table of a million people commits a WAL of about 1.3 GB.
Copying it into the file (the checkpoint SQLite runs at commit) kept the clerk waiting 2.4 s
more at the first open. The commit is already durable once the WAL is synced (synchronous
FULL), so the copy runs beside the first screens instead: a PASSIVE checkpoint on a
connection of its own, which readers and writers do not wait for (the program's own
automatic checkpoint skips while it runs). Store.close waits for it: a closed file must not
stay open behind the clerk's back (a restore, Windows file locks).
"""
from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

# A WAL this big is checkpointed in the background; a smaller one at commit, as usual.
BACKGROUND_WAL_BYTES = 64 * 1024 * 1024

_running: dict[str, threading.Thread] = {}
_lock = threading.Lock()


def wal_bytes(path: Path) -> int:
    wal = Path(str(path) + "-wal")
    return wal.stat().st_size if wal.exists() else 0


def in_background(path: Path) -> None:
    thread = threading.Thread(target=_checkpoint, args=(path,), name="wal checkpoint", daemon=True)
    with _lock:
        _running[str(path)] = thread
    thread.start()


def wait(path: Path | None) -> None:
    """Until the background checkpoint of `path` (if any) has finished and closed the file."""
    if path is None:
        return
    with _lock:
        thread = _running.pop(str(path), None)
    if thread is not None:
        thread.join()


def _checkpoint(path: Path) -> None:
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=15)
        try:
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        finally:
            conn.close()
    except sqlite3.Error:
        pass    # the next commit's automatic checkpoint, or the last connection's close, does it
