"""Files with personal data are readable by their owner only (POSIX mode 0600).

The CLI and the GUI call `owner_only_by_default()` at start, so every file the program then
creates (data file, WAL/SHM, backups, exports, bundles, sealed exports) is 0600 on Linux and
macOS; the data file, backups and every export written through db.files are also chmod-ed
where they are made, for scripts that use the core directly. On Windows the files stay in the
user's profile folder (desktop.paths), whose ACL already keeps other users out.
"""
from __future__ import annotations

import os


def owner_only_by_default() -> None:
    """New files of this process: owner read/write only (umask 077); folders owner-only too."""
    if os.name == "posix":
        os.umask(0o077)

