"""Where the data file lives: a warning when it is on a network drive.

SQLite's locking (and its WAL mode, which Cunwu uses) relies on the file system of the PC the
program runs on; over a shared folder (SMB/CIFS, NFS) two PCs can both write and damage the
file, and a dropped connection mid-write can too. The clerk is told to keep the data file on
this PC and to exchange with other offices by bundle files or `cunwu serve` instead.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path, PureWindowsPath

NETWORK_FILE_SYSTEMS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "ceph", "glusterfs",
                        "fuse.sshfs", "fuse.glusterfs", "9p", "davfs", "fuse.davfs2", "fuse.rclone"}
DRIVE_REMOTE = 4     # GetDriveTypeW


def network_drive_warning(path: str | Path) -> str | None:
    """A sentence for the clerk when `path` (the data file or its folder) is on a network
    drive; None when it is local or cannot be told."""
    where = network_location(path)
    if where is None:
        return None
    return (f"数据文件在网络位置（{where}）上。多台电脑通过共享文件夹同时使用一个数据文件，"
            "或网络中途断开，都可能损坏数据。请把数据文件放在本机硬盘上，"
            "与其他电脑之间用“数据交换”（数据包或 cunwu serve）同步。")


def network_location(path: str | Path, *, platform: str = sys.platform, mounts: str | None = None) -> str | None:
    """The share or file system that makes `path` a network location, else None.
    `platform` and `mounts` (the text of /proc/mounts) are for tests."""
    text = str(path)
    if platform == "win32" or text.startswith(("\\\\", "//")):
        return _windows_network(text) if platform == "win32" else _unc(text)
    if platform.startswith("linux"):
        return _linux_network(Path(path), mounts)
    return None


def _unc(text: str) -> str | None:
    if text.startswith(("\\\\", "//")) and not text.startswith(("\\\\?\\", "\\\\.\\", "//?/", "//./")):
        parts = PureWindowsPath(text).drive
        return parts or text
    return None


def _windows_network(text: str) -> str | None:
    unc = _unc(text)
    if unc:
        return unc
    drive = PureWindowsPath(os.path.abspath(text) if sys.platform == "win32" else text).drive
    if not drive:
        return None
    try:
        import ctypes
        kind = ctypes.windll.kernel32.GetDriveTypeW(drive + "\\")
    except (AttributeError, OSError):   # not on Windows (tests), or no kernel32
        return None
    return f"网络驱动器 {drive}" if kind == DRIVE_REMOTE else None


def _linux_network(path: Path, mounts: str | None) -> str | None:
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    target = os.path.abspath(path)
    best: tuple[int, str, str] | None = None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        source, point, fstype = fields[0], _unescape(fields[1]), fields[2]
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) > best[0]):
            best = (len(point), source, fstype)
    if best and (best[2] in NETWORK_FILE_SYSTEMS or best[2].split(".")[0] in ("nfs", "cifs", "smb3")):
        return f"{best[1]}（{best[2]}）"
    return None


def _unescape(field: str) -> str:
    """/proc/mounts writes space, tab, newline and backslash in octal (\\040)."""
    return (field.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n")
            .replace("\\134", "\\"))
