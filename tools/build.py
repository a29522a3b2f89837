#!/usr/bin/env python3
"""Build the shipped program (dist/Cunwu/) with PyInstaller, then run its self-test.

Prints the build time, the folder size, and the self-test result; exit 0 only when the
built program passed its self-test. Called by `python3 tools/dev.py build`.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
APP = DIST / "Cunwu"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def exe(name: str) -> Path:
    return APP / (name + (".exe" if os.name == "nt" else ""))


def build() -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(ROOT / "build"), str(ROOT / "build.spec")],
                   cwd=ROOT, check=True)
    return time.perf_counter() - started


def self_test() -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    gui = subprocess.run([str(exe("Cunwu")), "--self-test"], env=env, capture_output=True, text=True,
                         encoding="utf-8", errors="replace", timeout=300)
    print(gui.stdout + gui.stderr)
    cli = subprocess.run([str(exe("cunwu")), "self-test"], env=env, capture_output=True, text=True,
                         encoding="utf-8", errors="replace", timeout=300)
    print(cli.stdout + cli.stderr)
    return 0 if gui.returncode == 0 and cli.returncode == 0 else 1


def main(argv: list[str]) -> int:
    if "--skip-build" not in argv:
        if APP.exists():
            shutil.rmtree(APP)
        seconds = build()
        print(f"build time: {seconds:.1f} s")
    size = folder_size(APP)
    files = sum(1 for p in APP.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"folder: {APP} {size / 2**20:.1f} MiB in {files} files")
    code = self_test()
    print("built program self-test:", "passed" if code == 0 else "FAILED")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
