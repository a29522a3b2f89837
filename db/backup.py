"""Backups with SQLite's online backup API, verified after writing."""
from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from db.errors import CunwuError


def default_backup_dir(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


def backup_file(db_path: Path, dest: Path, *, reason: str = "manual") -> Path:
    """Copy the database at db_path into dest (a folder or a .sqlite path); returns the file."""
    src = sqlite3.connect(str(db_path))
    try:
        return backup_connection(src, dest, stem=Path(db_path).stem, reason=reason)
    finally:
        src.close()


def backup_connection(src: sqlite3.Connection, dest: Path, *, stem: str = "cunwu",
                      reason: str = "manual") -> Path:
    dest = Path(dest)
    if dest.suffix.lower() not in (".sqlite", ".db", ".sqlite3"):
        dest.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        dest = dest / f"{stem}-{reason}-{stamp}.sqlite"
    else:
        dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    if tmp.exists():
        tmp.unlink()
    out = sqlite3.connect(str(tmp))
    try:
        try:
            src.backup(out)
        except sqlite3.OperationalError as exc:
            raise CunwuError(f"备份失败：{exc}（磁盘是否已满或不可写？）") from exc
        ok = out.execute("PRAGMA integrity_check").fetchone()[0]
        if ok != "ok":
            raise CunwuError(f"备份校验失败：{ok}")
    finally:
        out.close()
    tmp.replace(dest)
    return dest


def verify_backup(path: Path) -> tuple[bool, str]:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            has_site = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE name='site'").fetchone() is not None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return False, str(exc)
    if result != "ok":
        return False, result
    if not has_site:
        return False, "不是村务通的数据文件"
    return True, "ok"


def latest_backup(folder: Path) -> Path | None:
    folder = Path(folder)
    if not folder.is_dir():
        return None
    files = sorted(folder.glob("*.sqlite"), key=lambda p: p.stat().st_mtime)
    return files[-1] if files else None
