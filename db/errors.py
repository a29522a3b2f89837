"""Errors that carry a message for the clerk, in Chinese.

Every refusal a user can cause is one of these: the CLI prints `str(err)` and exits 1,
the GUI shows it in a message box. Anything else reaching the top is a bug.
"""
from __future__ import annotations

import errno
import sqlite3


class CunwuError(Exception):
    """Base for refusals that are the user's to fix; the message is shown as is."""


class ValidationError(CunwuError):
    """Bad input for one field. `field` names it (English key), `label` in Chinese."""

    def __init__(self, message: str, field: str | None = None, row: int | None = None):
        self.field = field
        self.row = row
        self.message = message
        prefix = f"第 {row} 行：" if row is not None else ""
        super().__init__(prefix + message)


class RefusedError(CunwuError):
    """A rule forbids the action (e.g. a closed period, a deceased person)."""


class NotFoundError(CunwuError):
    """A named record does not exist."""


class SchemaTooNewError(CunwuError):
    """The file was written by a newer Cunwu; we must not touch it."""


class CorruptDatabaseError(CunwuError):
    """The file is not a healthy SQLite database."""


class DiskFullError(CunwuError):
    """The disk (or the database's size limit) is full; the transaction was rolled back."""


class PermissionDenied(CunwuError):
    """The logged-in user's role may not do this."""


_OS_REASONS = {
    errno.ENAMETOOLONG: "文件名太长", errno.EACCES: "没有权限", errno.EPERM: "没有权限",
    errno.ENOSPC: "磁盘已满", errno.ENOENT: "找不到该文件或文件夹", errno.EROFS: "该位置只读",
    errno.EISDIR: "这是一个文件夹，不是文件", errno.ENOTDIR: "路径中有一段不是文件夹",
    errno.EEXIST: "已有同名文件", errno.EBUSY: "文件正被占用", errno.EIO: "读写出错（U盘或硬盘是否已拔出或损坏？）",
    errno.EINVAL: "文件名中有不允许的字符",
}


# Windows' own codes come first: Python maps several of them onto one errno (a file open in
# Excel is ERROR_SHARING_VIOLATION, which arrives as EACCES, "no permission").
FILE_IN_USE = "文件正被其他程序（如 Excel、WPS）打开，请关闭后重试"
_WINDOWS_REASONS = {
    32: FILE_IN_USE,                          # ERROR_SHARING_VIOLATION
    33: FILE_IN_USE,                          # ERROR_LOCK_VIOLATION
    5: "没有权限",                             # ERROR_ACCESS_DENIED
    19: "该位置写保护（U盘的写保护开关？）",       # ERROR_WRITE_PROTECT
    21: "设备未就绪（U盘是否已拔出？）",           # ERROR_NOT_READY
    112: "磁盘已满",                           # ERROR_DISK_FULL
    39: "磁盘已满",                            # ERROR_HANDLE_DISK_FULL
    123: "文件名中有不允许的字符",                # ERROR_INVALID_NAME
    206: "文件名太长",                          # ERROR_FILENAME_EXCED_RANGE
    53: "找不到网络路径",                        # ERROR_BAD_NETPATH
    64: "网络连接已断开",                        # ERROR_NETNAME_DELETED
}


def os_reason(exc: BaseException) -> str:
    """Why a file operation failed, in Chinese for the common cases (Linux and Windows say
    them in English or in codes, and a clerk should not have to read either)."""
    winerror = getattr(exc, "winerror", None)
    if winerror in _WINDOWS_REASONS:
        return _WINDOWS_REASONS[winerror]
    code = getattr(exc, "errno", None)
    if code in _OS_REASONS:
        return _OS_REASONS[code]
    return getattr(exc, "strerror", None) or str(exc)


def from_sqlite_error(exc: sqlite3.OperationalError) -> Exception:
    """A write refused by SQLite, said for the clerk (disk full, file in use, read-only); other
    errors are returned as they are."""
    text = str(exc).lower()
    if "full" in text:
        return DiskFullError("磁盘空间已满，刚才的操作没有保存（数据文件保持原样）。"
                             "请清理磁盘或把数据文件移到空间充足的位置后再试。")
    if "locked" in text or "busy" in text:
        return CunwuError("数据文件正被另一个村务通窗口或命令使用，请稍后再试。")
    if "readonly" in text or "read-only" in text:
        return CunwuError("数据文件是只读的，无法保存。请检查文件权限或 U 盘写保护开关。")
    return exc
