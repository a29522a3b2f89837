"""Backups with SQLite's online backup API, verified after writing."""
from __future__ import annotations

import os
import sqlite3
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Callable
from urllib.parse import quote

from db.errors import CunwuError, os_reason
from db.progress import Progress


def default_backup_dir(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


def backup_file(db_path: Path, dest: Path, *, reason: str = "manual", check: str = "full",
                progress: Progress | None = None) -> Path:
    """Copy the database at db_path into dest (a folder or a .sqlite path); returns the file."""
    src = sqlite3.connect(str(db_path))
    try:
        return backup_connection(src, dest, stem=Path(db_path).stem, reason=reason, check=check, progress=progress)
    finally:
        src.close()


class BackupFailed(CunwuError):
    """The copy could not be written (disk full, folder gone): the source is not to blame."""


class BackupCheckFailed(CunwuError):
    """The copy was written but its check failed: the source itself is damaged."""


CHECKS = {"full": "integrity_check", "quick": "quick_check"}


def backup_connection(src: sqlite3.Connection, dest: Path, *, stem: str = "cunwu",
                      reason: str = "manual", check: str = "full", progress: Progress | None = None) -> Path:
    """Copy with SQLite's backup API into a .part file, check the copy, then rename it into place:
    a cancelled or failed backup leaves no half-written file behind.

    check: "full" (PRAGMA integrity_check, also compares every index with its table) or
    "quick" (quick_check: page and record structure only; about 20x faster on big files).
    """
    progress = progress or (lambda *a: None)
    dest, tmp = _part_file(dest, stem, reason, src.execute("PRAGMA database_list").fetchone()[2])
    try:
        out = sqlite3.connect(str(tmp))
        out.execute("PRAGMA user_version").fetchone()     # creates the file: make it owner-only now
        if os.name == "posix":
            os.chmod(tmp, 0o600)
    except (OSError, sqlite3.Error) as exc:
        raise _cannot_write(dest, exc) from exc
    done = False
    try:
        progress(0, 100, "正在复制数据文件……")
        try:
            # Steps of ~1% so the clerk sees progress and can cancel; if another connection
            # writes meanwhile SQLite restarts the copy, so the result is still one snapshot.
            pages = src.execute("PRAGMA page_count").fetchone()[0]
            src.backup(out, pages=max(pages // 100, 256),
                       progress=lambda _s, left, total: progress(int(90 * (total - left) / max(total, 1)),
                                                                  100, "正在复制数据文件……"))
        except sqlite3.OperationalError as exc:
            raise BackupFailed(f"备份失败：{exc}（磁盘是否已满或不可写？）") from exc
        _check_copy(out, check, 90, progress)
        done = True
    finally:
        out.close()
        if not done:
            tmp.unlink(missing_ok=True)
    tmp.replace(dest)
    progress(100, 100, "备份完成")
    return dest


def copy_quiet_file(db_path: Path, dest: Path, *, reason: str = "manual", check: str = "full",
                    progress: Progress | None = None) -> Path:
    """backup_file for a data file whose bytes cannot change meanwhile: the caller holds its
    write lock and its WAL holds no committed page (db/upgrade.py), so the file itself is one
    snapshot. Its bytes are copied as they are, as fast as the disk (a page-by-page backup API
    copy takes about twice as long), then checked and renamed into place like any backup."""
    progress = progress or (lambda *a: None)
    db_path = Path(db_path)
    dest, tmp = _part_file(dest, db_path.stem, reason, str(db_path))
    done = False
    try:
        progress(0, 100, "正在复制数据文件……")
        try:
            _copy_bytes(db_path, tmp, lambda share: progress(int(60 * share), 100, "正在复制数据文件……"))
            out = sqlite3.connect(str(tmp))
        except (OSError, sqlite3.Error) as exc:
            raise _cannot_write(dest, exc) from exc
        try:
            _check_copy(out, check, 60, progress)
        finally:
            out.close()
        done = True
    finally:
        if not done:
            tmp.unlink(missing_ok=True)
    tmp.replace(dest)
    progress(100, 100, "备份完成")
    return dest


_CHUNK = 32 << 20
# SQLite's locks are on the bytes at 1 GiB; it never keeps data in that page. On Windows those
# locks keep other readers out, so the copy writes the page as zeros instead of reading it
# (as SQLite's own backup API skips it).
LOCK_PAGE_AT = 0x40000000


def _copy_bytes(source: Path, tmp: Path, told: Callable[[float], None], *, lock_page_at: int = LOCK_PAGE_AT) -> None:
    """Copy a database file's bytes to tmp (created owner-only) and flush them to the disk;
    told(share copied) after each chunk may raise to stop."""
    size = max(source.stat().st_size, 1)
    with open(source, "rb") as src, open(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb",
                                        buffering=0) as out:     # unbuffered: sendfile writes beside it
        header = src.read(100)
        page_size = int.from_bytes(header[16:18], "big") if len(header) == 100 else 0
        page_size = 65536 if page_size == 1 else page_size
        buffer = None if sys.platform.startswith("linux") else bytearray(_CHUNK)
        copied = 0
        while True:
            if page_size and copied == lock_page_at:
                if copied + page_size > size:
                    break                   # the file ends in that page: nothing after it
                _write_all(out, bytes(page_size))
                n = page_size
            else:
                want = _CHUNK if copied > lock_page_at or not page_size else min(_CHUNK, lock_page_at - copied)
                if buffer is None:      # in the kernel, no copy through Python
                    n = os.sendfile(out.fileno(), src.fileno(), copied, want)
                else:
                    src.seek(copied)
                    n = src.readinto(memoryview(buffer)[:want])
                    _write_all(out, memoryview(buffer)[:n])
                if not n:
                    break
            copied += n
            told(min(copied / size, 1.0))
        os.fsync(out.fileno())


def _write_all(out, data) -> None:
    view = memoryview(data)
    while view:
        view = view[out.write(view):]


def _part_file(dest: Path, stem: str, reason: str, source: str | None) -> tuple[Path, Path]:
    """The backup's final name and its .part file (none left over from a stopped run)."""
    dest = Path(dest)
    try:
        if dest.suffix.lower() not in (".sqlite", ".db", ".sqlite3"):
            dest.mkdir(parents=True, exist_ok=True)
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
            dest = dest / f"{stem}-{reason}-{stamp}.sqlite"
        else:
            dest.parent.mkdir(parents=True, exist_ok=True)
            if source and dest.exists() and dest.samefile(source):
                raise BackupFailed(f"备份不能写在数据文件本身（{dest}）上，请换一个文件名或文件夹。")
        tmp = dest.with_name(dest.name + ".part")
        if tmp.exists():
            tmp.unlink()
    except OSError as exc:
        raise _cannot_write(dest, exc) from exc
    return dest, tmp


def _cannot_write(dest: Path, exc: Exception) -> BackupFailed:
    # A name too long, a folder that is a file, a stick pulled out: the source is fine.
    return BackupFailed(f"无法在“{dest}”写入备份：{os_reason(exc)}。请换一个文件夹（如U盘上的文件夹）。")


def _check_copy(out: sqlite3.Connection, check: str, at: int, progress: Progress) -> None:
    # The copy takes the live file's WAL flag; a WAL file cannot be opened read-only from
    # a write-protected stick (SQLite needs its -shm beside it), so backups use a journal.
    try:
        out.execute("PRAGMA journal_mode=DELETE")
        progress(at, 100, "正在校验备份……")
        ok = _check(out, CHECKS[check], lambda: progress(at, 100, "正在校验备份……"))
    except sqlite3.OperationalError as exc:     # disk full, I/O error: writing failed
        raise BackupFailed(f"备份失败：{exc}（磁盘是否已满或不可写？）") from exc
    except sqlite3.DatabaseError as exc:        # malformed: what was copied is damaged
        ok = str(exc)
    if ok != "ok":
        raise BackupCheckFailed(f"备份校验失败：{ok}")


def _check(conn: sqlite3.Connection, pragma: str, tick: Callable[[], None]) -> str:
    """Run an integrity pragma; `tick` is called about 5 times a second and may raise to stop it."""
    stopped: list[BaseException] = []
    last = [time.monotonic()]

    def handler() -> int:
        if time.monotonic() - last[0] < 0.2:
            return 0
        last[0] = time.monotonic()
        try:
            tick()
        except BaseException as exc:   # handed back to the caller below
            stopped.append(exc)
            return 1                   # makes SQLite interrupt the pragma
        return 0

    conn.set_progress_handler(handler, 20000)
    try:
        return conn.execute(f"PRAGMA {pragma}").fetchone()[0]
    except sqlite3.OperationalError:
        if stopped:
            raise stopped[0] from None
        raise
    finally:
        conn.set_progress_handler(None, 0)


def read_only_uri(path: str | Path, *, immutable: bool = True, platform: str = sys.platform) -> str:
    """A SQLite URI that opens `path` read-only, whatever characters its folders hold (`#`,
    `%` and `?` end or escape a URI unless quoted) and on Windows drives and UNC shares.

    immutable: the file will not change while open (a backup): SQLite then takes no locks and
    looks for no -wal/-shm files, so it reads from write-protected media. Never for a data
    file another program may be writing."""
    if platform == "win32":
        text = str(path) if platform != sys.platform else os.path.abspath(path)
        text = text.replace("\\", "/")
    else:
        text = os.path.abspath(path)
    if not text.startswith("/"):
        text = "/" + text                   # C:/x -> /C:/x; //server/share stays (authority empty)
    return "file://" + quote(text, safe="/:") + ("?mode=ro&immutable=1" if immutable else "?mode=ro")


def open_read_only(path: str | Path) -> sqlite3.Connection:
    """A backup file opened for reading only, from any folder and any medium."""
    return sqlite3.connect(read_only_uri(path), uri=True)


def verify_backup(path: Path, progress: Progress | None = None) -> tuple[bool, str]:
    """Full integrity check of a backup file, opened read-only; (ok, detail)."""
    try:
        conn = open_read_only(path)
        try:
            result = _check(conn, "integrity_check", lambda: progress and progress(0, 0, "正在校验备份文件……"))
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
