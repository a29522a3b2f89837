"""Figures for the shipped program: build time and folder size (tools/build.py prints them),
cold start of the built GUI to its main window, and memory at rest.

    .venv/bin/python benchmarks/shipped_program.py [--runs 5]     (after `python3 tools/dev.py build`)
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import machine

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from desktop import CLI_EXE, GUI_EXE  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "dist" / "Cunwu"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    suffix = ".exe" if os.name == "nt" else ""
    exe, cli = APP / (GUI_EXE + suffix), APP / (CLI_EXE + suffix)
    if not exe.exists():
        sys.exit("build first: python3 tools/dev.py build")
    print(machine())
    size = sum(p.stat().st_size for p in APP.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"folder size: {size / 2**20:.1f} MiB")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.sqlite"
        subprocess.run([str(cli), "demo", "--db", str(db)], check=True, capture_output=True)
        starts, rss = [], []
        for _ in range(args.runs):
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CUNWU_QUIT_AFTER_SHOW": "1",
                   "CUNWU_LAUNCH_T0": repr(time.time())}
            t = time.perf_counter()
            p = subprocess.run(["/usr/bin/time", "-f", "maxrss_kb=%M", str(exe), "--db", str(db)], env=env,
                               capture_output=True, text=True)
            wall = time.perf_counter() - t
            shown = [l for l in p.stdout.splitlines() if l.startswith("shown_after_s=")]
            starts.append(float(shown[0].split("=")[1]) if shown else wall)
            rss += [int(l.split("=")[1]) for l in p.stderr.splitlines() if l.startswith("maxrss_kb=")]
        print(f"cold start to main window (demo village, 300 households): median {statistics.median(starts):.2f} s "
              f"over {args.runs} runs {[round(s, 2) for s in starts]}")
        if rss:
            print(f"memory at rest with the main window shown (peak RSS): median {statistics.median(rss) / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
