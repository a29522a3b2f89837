"""Numbered migrations, applied at open after a backup.

Files live in db/migrations/ as NNNN_name.sql. Each applied one is recorded in
`schema_migrations`, so a later migration numbered below an already-applied one
still runs (areas own number ranges: 0001-0009 core, 0010 roster, 0020 notices,
0030 care, 0040 redwhite, 0050 funds, 0060 sync, 0070 security, 0080 app).
A file that records a migration this program does not know came from a newer
version: we refuse to open it rather than guess.
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import sqlite_utils

from db.errors import SchemaTooNewError

_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True)
class Migration:
    number: int
    name: str
    sql: str

    @property
    def key(self) -> str:
        return f"{self.number:04d}_{self.name}"


def available() -> list[Migration]:
    out = []
    folder = resources.files("db") / "migrations"
    for entry in folder.iterdir():
        m = _NAME.match(entry.name)
        if m:
            out.append(Migration(int(m.group(1)), m.group(2), entry.read_text(encoding="utf-8")))
    out.sort(key=lambda m: m.number)
    numbers = [m.number for m in out]
    if len(numbers) != len(set(numbers)):
        raise RuntimeError(f"duplicate migration numbers: {numbers}")
    return out


def applied(conn: sqlite3.Connection) -> set[str]:
    if not sqlite_utils.Database(conn)["schema_migrations"].exists():
        return set()
    return {r[0] for r in conn.execute("SELECT key FROM schema_migrations")}


def pending(conn: sqlite3.Connection) -> list[Migration]:
    done = applied(conn)
    known = {m.key for m in available()}
    unknown = sorted(done - known)
    if unknown:
        raise SchemaTooNewError(
            "此数据文件由较新版本的村务通创建（含本程序不认识的结构更新："
            + "、".join(unknown) + "）。为保护数据，本程序不会修改它，请升级村务通后再打开。")
    return [m for m in available() if m.key not in done]


def apply(conn: sqlite3.Connection, migrations: list[Migration], progress=None) -> None:
    """Apply each migration in its own transaction, recording it in the same one.
    progress(done, total, message) is told before each one (a big file takes a while)."""
    for i, m in enumerate(migrations):
        conn.execute("BEGIN IMMEDIATE")
        try:
            run(conn, [m], progress, first=i, total=len(migrations))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def run(conn: sqlite3.Connection, migrations: list[Migration], progress=None, *, first: int = 0,
        total: int | None = None) -> None:
    """Apply the migrations inside the caller's transaction, recording each in it (the
    pre-migration backup's check decides whether it commits: db/upgrade.py)."""
    total = len(migrations) if total is None else total
    conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                 "key TEXT PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT (datetime('now')))")
    for i, m in enumerate(migrations, start=first):
        if progress:
            progress(i, total, f"正在升级数据文件结构（{i + 1}/{total}）……")
        for statement in _split(m.sql):
            conn.execute(statement)
        conn.execute("INSERT INTO schema_migrations(key) VALUES (?)", (m.key,))


def schema_version(conn: sqlite3.Connection) -> int:
    done = applied(conn)
    return max((int(k[:4]) for k in done), default=0)


def _split(sql: str) -> list[str]:
    """Split a migration into statements; sqlite3.complete_statement keeps triggers whole."""
    statements, buf = [], ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                statements.append(buf.strip())
            buf = ""
    if buf.strip():
        statements.append(buf.strip())
    return statements


def migrations_dir() -> Path:
    return Path(str(resources.files("db") / "migrations"))
