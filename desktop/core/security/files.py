"""Files with personal data are readable by their owner only (POSIX mode 0600).

The CLI and the GUI call `owner_only_by_default()` at start, so every file the program then
creates (data file, WAL/SHM, backups, exports, bundles, sealed exports) is 0600 on Linux and
macOS; the data file and backups are also chmod-ed where they are made, for scripts that use
the core directly. On Windows the files stay in the user's profile folder (desktop.paths),
whose ACL already keeps other users out.
"""
from __future__ import annotations

import os
import uuid
from pathlib import Path

OWNER_ONLY = 0o600


def owner_only_by_default() -> None:
    """New files of this process: owner read/write only (umask 077); folders owner-only too."""
    if os.name == "posix":
        os.umask(0o077)


def make_private(path: str | Path) -> None:
    if os.name == "posix":
        try:
            os.chmod(path, OWNER_ONLY)
        except OSError:
            pass        # a FAT USB stick has no modes: nothing more can be done there


def write_private(target: str | Path, data: bytes) -> Path:
    """Write `data` atomically (a hidden temp file, fsync, rename) with mode 0600 from the first
    byte: the final name only ever holds the whole file, and nobody else could read it meanwhile."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.part")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(tmp, flags, OWNER_ONLY)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target
