"""A folder the program cannot write to, made for real: a USB stick with its write-protect
switch on, or a folder without write permission.

The tests run as root in CI, where a file mode does not stop writes, so as root the folder is a
small tmpfs remounted read-only (or, failing that, made immutable with chattr). When neither
is allowed the test is skipped with the reason: a simulated refusal would prove nothing here.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest


def _run(*cmd: str) -> bool:
    return subprocess.run(cmd, capture_output=True).returncode == 0


@contextlib.contextmanager
def read_only_folder(folder: Path, fill=None):
    """`folder`, first filled by `fill(folder)` (e.g. copying a backup onto the "stick"),
    then made read-only until the block ends."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        if fill:
            fill(folder)
        os.chmod(folder, 0o555)
        try:
            yield folder
        finally:
            os.chmod(folder, 0o755)
        return
    if shutil.which("mount") and _run("mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(folder)):
        try:
            if fill:
                fill(folder)
            if not _run("mount", "-o", "remount,ro", str(folder)):
                pytest.skip("cannot remount a tmpfs read-only here")
            yield folder
        finally:
            _run("umount", "-l", str(folder))
        return
    if fill:
        fill(folder)
    if shutil.which("chattr") and _run("chattr", "-R", "+i", str(folder)):
        try:
            yield folder
        finally:
            _run("chattr", "-R", "-i", str(folder))
        return
    pytest.skip("no way to make a folder read-only for root here (no mount, no chattr)")
