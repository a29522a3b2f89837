"""`cunwu check` and the first open after an update, on a big file (issue 19, point 4).

    .venv/bin/python benchmarks/check_upgrade.py --file BIG.sqlite [--full] [--upgrade-from OLD.sqlite]
        [--light-upgrade] [--only-upgrade]

--file: a file of the current version (e.g. roster_1000000.sqlite from roster_search.py or
reliability.py --keep). Prints the time of each step of `run_checks` (quick_check by default,
integrity_check with --full as well) and of `cunwu check` end to end.
--upgrade-from: a file written by the previous version; it is copied beside it and opened
once, as a clerk's first start after an update does (the pre-migration backup copied and
quick_checked on a worker while the migrations run in one transaction, committed once the
backup is verified). --light-upgrade: the same for --file with one migration that rewrites no
table to redo (0071). The copies and their backups are deleted afterwards; --only-upgrade
skips the check timings.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import machine, peak_rss_mib

ROOT = Path(__file__).resolve().parent.parent


def check_steps(path: Path, full: bool) -> None:
    from db.store import Store
    from desktop.core.checks import run_checks
    store = Store.open(path)
    timings: list[tuple[str, float, float]] = []
    t0, c0 = time.perf_counter(), time.process_time()
    results = run_checks(store, full=full, timings=timings)
    store.close()
    print(f"run_checks(full={full}): {time.perf_counter() - t0:.1f} s wall, {time.process_time() - c0:.1f} s CPU "
          f"(all threads); {sum(not r['ok'] for r in results)} of {len(results)} checks report problems")
    print("  each step in the order this thread finished them (数据库完整性, 外键 and the roster's set queries "
          "run in worker threads beside the rest; 花名册 waits for its set queries; CPU = the step's own thread):")
    for label, wall, cpu in timings:
        print(f"  {label:24s} {wall:6.1f} s wall {cpu:6.1f} s CPU")


def cli_check(path: Path, *extra: str) -> float:
    t = time.perf_counter()
    r = subprocess.run([sys.executable, "-m", "desktop.cli", "check", "--db", str(path), *extra], cwd=ROOT,
                       capture_output=True, text=True)
    took = time.perf_counter() - t
    if r.returncode not in (0, 1) or "Traceback" in r.stderr:
        raise SystemExit(r.stderr)
    return took


def first_open(old: Path, *, forget: str | None = None) -> None:
    """Open a copy of `old` once, as a clerk's first start after an update does. forget: a
    migration key taken out of the copy's record first, so that this one migration runs again
    (an update whose migrations rewrite no table: the backup is then nearly all of it)."""
    import sqlite3
    from db.store import Store
    with tempfile.TemporaryDirectory(dir=old.parent) as tmp:
        copy = Path(tmp) / "upgrade.sqlite"
        shutil.copyfile(old, copy)
        if forget:
            conn = sqlite3.connect(copy)
            with conn:
                conn.execute("DELETE FROM schema_migrations WHERE key=?", (forget,))
            conn.close()
        marks: list[tuple[float, str]] = []
        load = os.getloadavg()[0]
        t0, before, own0 = time.perf_counter(), os.times(), time.thread_time()
        store = Store.open(copy, backup_dir=Path(tmp) / "backups",
                           progress=lambda d, t, m: marks.append((time.perf_counter(), m)))
        total, after, own = time.perf_counter() - t0, os.times(), time.thread_time() - own0
        store.close()       # waits for the WAL's checkpoint, if it runs in the background
        closed = time.perf_counter() - t0
        cpu = (after.user - before.user) + (after.system - before.system)
        verified = next((t - t0 for t, m in marks if m.endswith("备份完成")), float("nan"))
        what = f"redoing {forget} only" if forget else f"{old.name}"
        # On a quiet 2-core machine the wall time is about the longer of the two threads' CPU.
        print(f"first open after an update ({what}): {total:.1f} s wall, {cpu:.1f} s CPU: migrations "
              f"{own:.1f} s, pre-migration backup copied and quick_checked beside them {cpu - own:.1f} s, "
              f"verified at {verified:.1f} s; the WAL copied into the file (background checkpoint) and the "
              f"file closed at {closed:.1f} s; load average {load:.1f} before, {os.getloadavg()[0]:.1f} after")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--file", type=Path, required=True)
    ap.add_argument("--full", action="store_true", help="also time run_checks(full=True)")
    ap.add_argument("--upgrade-from", type=Path)
    ap.add_argument("--light-upgrade", action="store_true",
                    help="also time the first open of --file after an update whose migration rewrites no table")
    ap.add_argument("--only-upgrade", action="store_true", help="skip the check timings")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    print(machine(), f"load average {os.getloadavg()[0]:.1f}")
    if args.upgrade_from:
        first_open(args.upgrade_from)
    if args.light_upgrade:
        first_open(args.file, forget="0071_security_no_hashes_in_log")
    if args.only_upgrade:
        return
    check_steps(args.file, full=False)
    if args.full:
        check_steps(args.file, full=True)
    print(f"cunwu check, end to end (CLI process): {cli_check(args.file):.1f} s")
    print(f"peak RSS: {peak_rss_mib():.0f} MiB")


if __name__ == "__main__":
    main()
