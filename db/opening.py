"""Opening the data file: the SQLite connection's settings, a damaged file refused with where
its latest backup is, the schema brought up to date (db/upgrade.py), new files kept private;
and whether an open will upgrade the file first (`upgrade_pending`)."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from db import migrate
from db.backup import default_backup_dir, latest_backup, read_only_uri
from db.errors import CorruptDatabaseError, CunwuError
from db.files import owner_only
from db.upgrade import unstoppable, upgrade

SQLITE_HEADER = b"SQLite format 3\x00"


def open_connection(path: Path, backup_dir: Path | None = None, progress=None) -> sqlite3.Connection:
    """The file opened for the Store: refused when it is not a SQLite file or damaged (the
    message names the latest backup), upgraded to this version's schema (with a verified
    backup first, db/upgrade.py), new files made readable by their owner only."""
    if path.exists() and path.stat().st_size > 0:
        with open(path, "rb") as fh:
            if fh.read(16) != SQLITE_HEADER:
                raise CorruptDatabaseError(corrupt_message(path, backup_dir))
    path.parent.mkdir(parents=True, exist_ok=True)
    is_new = not path.exists() or path.stat().st_size == 0
    try:
        conn = connect(path)
        todo = migrate.pending(conn)
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(corrupt_message(path, backup_dir) + f"（{exc}）") from exc
    if todo and not is_new and migrate.applied(conn):
        # A schema change: committed only once a copy of the file as it was exists and
        # passed quick_check (its pages and records are sound; whether every index agrees
        # with its table is `cunwu check --full`'s job).
        try:
            upgrade(conn, path, todo, backup_dir or default_backup_dir(path), progress)
        except BaseException:
            conn.close()
            raise
    else:
        migrate.apply(conn, todo, progress and unstoppable(progress))
    if is_new:
        owner_only(path)     # personal data: not world-readable, whoever created the file
    return conn


def upgrade_pending(path: str | Path) -> bool:
    """Whether opening this existing file will back it up and change its schema first
    (read-only look; False for a new, damaged or too-new file: Store.open says why)."""
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return False
    try:
        conn = sqlite3.connect(read_only_uri(path, immutable=False), uri=True)
        try:
            return bool(migrate.applied(conn)) and bool(migrate.pending(conn))
        finally:
            conn.close()
    except (sqlite3.DatabaseError, CunwuError):
        return False


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=15)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    # FULL: a committed transaction survives power loss, not only a crash of the program.
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=15000")
    # Deleted and overwritten content is zeroed, not left in free pages: an anonymised name or
    # 身份证号 must not be readable from the file afterwards (many builds default to OFF).
    conn.execute("PRAGMA secure_delete=ON")
    # A cheap read that fails on most damaged files before we write anything.
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return conn


def corrupt_message(path: Path, backup_dir: Path | None) -> str:
    msg = f"数据文件 {path} 已损坏或不是村务通的数据文件，程序没有修改它。"
    latest = latest_backup(backup_dir or default_backup_dir(path))
    if latest:
        msg += f"最近的备份是 {latest}，可用 cunwu restore 恢复。"
    else:
        msg += "没有找到备份。"
    return msg
