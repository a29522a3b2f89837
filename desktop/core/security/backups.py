"""Automatic rotating backups and restore, with SQLite's backup API and a verification read.

Backups go to a folder the clerk can point at a USB stick (setting "backup.folder");
by default `backups/` beside the data file. Kinds: daily, pre-migration, pre-import,
pre-restore, manual. The newest few of each automatic kind are kept; manual ones never
deleted.

A folder may hold the backups of several data files (two villages on one USB stick, the
demo village beside a real one): each backup belongs to the file whose site id it holds.
Its name carries the file's name and a short form of that id
(`<file>-<id>-<kind>-<time>.sqlite`), so status, the daily check and rotation look only
at the file's own backups; a backup without the tag (made by hand or by an older version)
is told by the site id stored inside it.
"""
from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from db import Store
from db.backup import (BackupCheckFailed, backup_connection, default_backup_dir, open_read_only,
                       verify_backup)
from db.errors import CunwuError, os_reason
from db.progress import Progress
from desktop.core.security.visibility import require_whole_file

KEEP = {"daily": 7, "pre-import": 10, "pre-migration": 5, "pre-restore": 5, "pre-sync": 10}
STALE_AFTER = timedelta(days=7)


def backup_folder(store: Store) -> Path:
    configured = store.setting("backup.folder") if store.initialised else None
    return Path(configured) if configured else default_backup_dir(Path(store.path))


def set_backup_folder(store: Store, folder: str | Path) -> None:
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".cunwu-write-test"
        probe.write_text("ok")
        probe.unlink()
    except OSError as exc:
        raise CunwuError(f"备份文件夹 {folder} 无法写入：{os_reason(exc)}。") from exc
    store.set_setting("backup.folder", str(folder))


def _stem(store: Store) -> str:
    return Path(store.path).stem if store.path else "cunwu"


def site_tag(site_id: str) -> str:
    """The short form of a site id in backup names: 12 hex digits, enough to tell files apart."""
    return "".join(ch for ch in site_id if ch.isalnum())[:12].lower()


def backup_stem(store: Store) -> str:
    """What every backup of this file is named from: file name and site tag."""
    return f"{_stem(store)}-{site_tag(store.site_id)}" if store.initialised else _stem(store)


_site_cache: dict[tuple[str, int, float], str | None] = {}


def stored_site_id(path: Path) -> str | None:
    """The site id inside a backup (None when it is not a readable Cunwu file); read once per version."""
    try:
        stat = path.stat()
    except OSError:
        return None
    key = (str(path), stat.st_size, stat.st_mtime)
    if key not in _site_cache:
        site = None
        try:
            conn = open_read_only(path)   # any folder name, read-only media
            try:
                row = conn.execute("SELECT id FROM site LIMIT 1").fetchone()
                site = row[0] if row else None
            finally:
                conn.close()
        except sqlite3.Error:
            site = None
        _site_cache[key] = site
    return _site_cache[key]


def own_backups(store: Store, folder: Path, pattern: str = "*.sqlite") -> list[Path]:
    """The files in `folder` matching `pattern` that are backups of this store's data file."""
    if not store.initialised:
        return []
    tag = site_tag(store.site_id)
    out = []
    for path in folder.glob(pattern):
        parts = path.stem.split("-")
        if tag in parts:
            out.append(path)
        elif not any(len(p) == 12 and all(c in "0123456789abcdef" for c in p) for p in parts) \
                and stored_site_id(path) == store.site_id:
            out.append(path)     # untagged (by hand, or an older version): the id inside says whose
    return out


def auto_backup(store: Store, reason: str, progress: Progress | None = None) -> Path:
    folder = backup_folder(store)
    out = backup_connection(store.conn, folder, stem=backup_stem(store), reason=reason, progress=progress)
    rotate(folder, reason, store)
    return out


def manual_backup(store: Store, dest: Path | None = None, *, check: str = "full",
                  progress: Progress | None = None) -> Path:
    """A backup the user asked for (into `dest`, a folder or a file; default the backup folder):
    the whole file with every personal field, so only for admin and clerk."""
    require_whole_file(store, "备份数据文件")
    if dest is None:
        return auto_backup(store, "manual", progress=progress)
    return backup_connection(store.conn, Path(dest), stem=_stem(store), reason="manual", check=check,
                             progress=progress)


def before_import(store: Store, progress: Progress | None = None, *, into: str = "person") -> Path | None:
    """The "pre-import" backup every import takes just before it writes (none for in-memory stores).
    `into` is the table the import writes: a user who may not write it is refused here, before
    the backup (a refused import leaves nothing behind, no backup either)."""
    if store.guard:
        store.guard(into, "insert")
    if store.path is None:
        return None
    return auto_backup(store, "pre-import",
                       progress=progress and (lambda d, t, m: progress(d, t, "导入前先备份：" + m)))


def rotate(folder: Path, reason: str, store: Store) -> list[Path]:
    """Delete this file's oldest automatic backups of one kind beyond KEEP (never another file's)."""
    keep = KEEP.get(reason)
    if keep is None:
        return []
    files = sorted(own_backups(store, Path(folder), f"*-{reason}-*.sqlite"), key=lambda p: p.stem[-22:])
    gone = files[:-keep] if len(files) > keep else []
    for p in gone:
        p.unlink(missing_ok=True)
    return gone


def list_backups(store: Store) -> list[dict]:
    folder = backup_folder(store)
    if not folder.is_dir():
        return []
    out = []
    for p in sorted(own_backups(store, folder), key=lambda p: p.stat().st_mtime, reverse=True):
        out.append({"path": str(p), "size": p.stat().st_size,
                    "time": datetime.fromtimestamp(p.stat().st_mtime).isoformat(timespec="seconds")})
    return out


def backup_status(store: Store, now: datetime | None = None) -> dict:
    """What the GUI and `cunwu backups` show, from one look at the folder: folder, present
    (False when a chosen folder, e.g. on a USB stick, is not there now; the default folder
    beside the data file counts as present before the first backup makes it), backups
    (newest first), last (datetime or None) and stale (no backup within STALE_AFTER)."""
    folder = backup_folder(store)
    try:
        present = folder.is_dir() or folder == default_backup_dir(Path(store.path))
        found = list_backups(store)
    except OSError:
        present, found = False, []
    last = datetime.fromisoformat(found[0]["time"]) if found else None
    stale = last is None or (now or datetime.now()) - last > STALE_AFTER
    return {"folder": folder, "present": present, "backups": found, "last": last, "stale": stale}


def last_backup_time(store: Store) -> datetime | None:
    return backup_status(store)["last"]


def backup_is_stale(store: Store, now: datetime | None = None) -> bool:
    return backup_status(store, now)["stale"]


def daily_backup_due(store: Store) -> bool:
    today = datetime.now().strftime("%Y%m%d")
    try:
        return not own_backups(store, backup_folder(store), f"*-daily-{today}-*.sqlite")
    except OSError:     # the USB stick is not there: try, and let the backup say why it fails
        return True


def daily_backup_if_due(store: Store) -> Path | None:
    return auto_backup(store, "daily") if daily_backup_due(store) else None


def restore(db_path: Path, backup_path: Path, progress: Progress | None = None) -> Path | None:
    """Replace the database at db_path with a verified backup; the current file is kept first.

    Returns the pre-restore backup of the replaced file (None when there was none, or when
    it was damaged: then it is kept beside as *.damaged-<time>). The backup gets the full
    integrity check; the safety copy of the current file and the restored file get the quick
    check (the restored pages are a page-for-page copy of the file just checked in full).
    """
    progress = progress or (lambda *a: None)
    backup_path, db_path = Path(backup_path), Path(db_path)
    if not backup_path.exists():
        raise CunwuError(f"备份文件 {backup_path} 不存在。")
    progress(0, 0, "正在校验备份文件……")
    ok, detail = verify_backup(backup_path, progress)
    if not ok:
        raise CunwuError(f"备份文件 {backup_path} 校验未通过（{detail}），没有恢复。")
    saved = None
    if db_path.exists() and db_path.stat().st_size > 0:
        current = sqlite3.connect(str(db_path))
        damaged = False
        try:
            saved = backup_connection(current, default_backup_dir(db_path), stem=db_path.stem,
                                      reason="pre-restore", check="quick",
                                      progress=lambda d, t, m: progress(d, t, "正在另存当前数据文件……"))
        except (BackupCheckFailed, sqlite3.DatabaseError):
            damaged = True   # the current file is damaged: that is why we restore
        finally:
            current.close()   # an open handle would keep the file locked on Windows
        if damaged:
            aside = db_path.with_name(db_path.name + f".damaged-{datetime.now():%Y%m%d-%H%M%S}")
            db_path.replace(aside)
            for suffix in ("-wal", "-shm"):
                Path(str(db_path) + suffix).unlink(missing_ok=True)
    # From here on the file is being replaced: no cancelling half-way.
    progress(0, 0, "正在恢复数据文件……")
    src = open_read_only(backup_path)
    dest = sqlite3.connect(str(db_path))
    try:
        src.backup(dest)
        result = dest.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        dest.close()
        src.close()
    if result != "ok":
        raise CunwuError(f"恢复后的文件校验未通过：{result}")
    return saved
