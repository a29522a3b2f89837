"""The one way Cunwu writes a file the clerk asked for (exports, notices, bundles, key cards).

The data goes to a hidden temporary file in the target folder, which is then renamed over
the target: the target name only ever holds a whole file, and an older file of that name
stays as it was when anything fails. The temporary file is removed on every failure. A
failure becomes a `FileWriteError` naming the file and the reason in Chinese, so the GUI and
the CLI show it as a refusal, never as an internal error.

On Windows the usual failure is the target being open in Excel, WPS or a PDF reader: the
rename is then refused although the folder is writable (we just wrote the temporary file
there), which is how we tell it apart from a read-only folder.
"""
from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Any, Callable

from db.errors import CunwuError, FILE_IN_USE, os_reason

CHUNK = 1 << 20


class FileWriteError(CunwuError):
    """A file could not be written; `path` is the target, the message says why."""

    def __init__(self, path: Path, reason: str, *, existed: bool = False):
        self.path = Path(path)
        self.reason = reason
        kept = "原来的同名文件保持不变。" if existed else "目标位置没有留下不完整的文件。"
        super().__init__(f"无法保存文件 {self.path}：{reason}。{kept}")


def temporary_name(path: Path) -> Path:
    """Hidden, unique and in the same folder (a rename across folders is not atomic)."""
    return path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.partial")


def write_with(path: str | Path, save: Callable[[Path], Any]) -> Path:
    """Let `save(temporary_path)` write the file (e.g. `workbook.save`), then put it in place."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FileWriteError(path, os_reason(exc)) from exc
    tmp = temporary_name(path)
    existed = path.exists()
    try:
        save(tmp)
        owner_only(tmp)
        _replace(tmp, path)
    except BaseException as exc:
        try:
            tmp.unlink()
        except OSError:
            pass
        if isinstance(exc, OSError):
            reason = exc.reason if isinstance(exc, _InUse) else os_reason(exc)
            raise FileWriteError(path, reason, existed=existed) from exc
        raise
    _fsync_dir(path.parent)
    return path


def write_bytes(path: str | Path, data: bytes, *, on_chunk: Callable[[int, int], None] | None = None,
                chunk: int = CHUNK) -> Path:
    """Write `data` to `path` (flushed to the disk before the rename, so a USB stick pulled
    right after holds the whole file). `on_chunk(done, total)` reports progress."""
    def save(tmp: Path) -> None:
        with open(tmp, "wb") as fh:
            for start in range(0, len(data), chunk):
                fh.write(data[start:start + chunk])
                if on_chunk:
                    on_chunk(min(start + chunk, len(data)), len(data))
            fh.flush()
            os.fsync(fh.fileno())
    return write_with(path, save)


def write_text(path: str | Path, text: str) -> Path:
    return write_bytes(path, text.encode("utf-8"))


def ensure_folder(folder: str | Path) -> Path:
    """The folder, made when missing (a backup folder on a USB stick); a refusal naming it and
    why when it cannot be (the stick is not plugged in)."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CunwuError(f"无法打开文件夹 {folder}：{os_reason(exc)}。") from exc
    return folder


class _InUse(PermissionError):
    reason = FILE_IN_USE


def _replace(tmp: Path, path: Path) -> None:
    try:
        os.replace(tmp, path)
    except PermissionError as exc:
        # The folder took the temporary file, so on Windows a refused rename means the target
        # itself is held open by another program (Excel keeps its file open while shown).
        if path.exists() and getattr(exc, "winerror", None) in (5, 32, 33):
            raise _InUse(*exc.args) from exc
        raise


def owner_only(path: Path) -> None:
    """Mode 0600 on POSIX: the data file and exports hold personal data (issue 15); an export
    gets it before it gets its name, and SQLite gives the -wal and -shm files the data file's
    mode. On Windows the files stay in the user's profile, whose ACL keeps other users out."""
    if os.name == "posix":
        try:
            os.chmod(path, 0o600)
        except OSError:
            pass        # a FAT USB stick has no modes


def _fsync_dir(folder: Path) -> None:
    try:  # makes the rename itself durable; not possible on Windows, where rename is enough
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
