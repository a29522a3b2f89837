"""Reliability figures: crash trials (SIGKILL) and changes lost, fuzz cases run, and the time to
back up and verify a 1,000,000-person database.

    .venv/bin/python benchmarks/reliability.py [--trials 40] [--people 1000000] [--fuzz 2000] [--keep big.sqlite]

--trials 0, --fuzz 0 or --people 0 skips that part.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import build_roster, machine, peak_rss_mib

ROOT = Path(__file__).resolve().parent.parent


def crash_figures(trials: int) -> None:
    from tests.support import crashkit
    for name in crashkit.WORKLOADS:
        with tempfile.TemporaryDirectory() as tmp:
            results = crashkit.run_trials(name, Path(tmp), trials, seed=11, min_s=0.5, max_s=2.5)
        committed = sum(r["new"] for r in results)
        problems = [p for r in results for p in r["problems"]]
        print(f"crash trials [{name}]: {trials} SIGKILLs, {committed} committed transactions before the kills, "
              f"changes lost or partial: {len(problems)}" + (f" -> {problems[:3]}" if problems else ""))


def fuzz_figures(examples: int) -> None:
    """Every fuzz test (tests/test_fuzz_*.py) with `examples` cases each; Hypothesis's own
    statistics say how many cases each one really ran."""
    env = {**os.environ, "CUNWU_FUZZ_EXAMPLES": str(examples), "QT_QPA_PLATFORM": "offscreen"}
    files = sorted(str(f.relative_to(ROOT)) for f in (ROOT / "tests").glob("test_fuzz_*.py"))
    t = time.perf_counter()
    r = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                        "--hypothesis-show-statistics", *files],
                       cwd=ROOT, env=env, capture_output=True, text=True)
    lines = r.stdout.splitlines()
    last = next((ln for ln in reversed(lines) if " passed" in ln or " failed" in ln), "?")
    ran = {}
    test = None
    for ln in lines:
        if ln.strip().startswith("tests/") and "::" in ln:
            test = ln.strip().split("::")[-1].rstrip(":")
        m = re.search(r"- (\d+) passing, (\d+) failing", ln)      # per phase; invalid draws not counted
        if m and test:
            ran[test] = ran.get(test, 0) + int(m.group(1)) + int(m.group(2))
    print(f"fuzz: CUNWU_FUZZ_EXAMPLES={examples} per fuzz test -> {last.strip('= ')} in "
          f"{time.perf_counter() - t:.0f} s; cases run: "
          + ", ".join(f"{name} {n}" for name, n in ran.items()) + f" (total {sum(ran.values())})")


def _cunwu(*args: str) -> float:
    """Run the `cunwu` CLI as a clerk or a batch job would; returns the wall time."""
    t = time.perf_counter()
    r = subprocess.run([sys.executable, "-m", "desktop.cli", *args], cwd=ROOT, capture_output=True, text=True)
    took = time.perf_counter() - t
    if r.returncode != 0:
        raise SystemExit(f"cunwu {' '.join(args)} failed ({r.returncode}): {r.stderr.strip()}")
    return took


def backup_figures(people: int, keep: Path | None) -> None:
    from db.backup import backup_connection, verify_backup
    from db.store import Store
    from desktop.core.security.audit import verify_chain
    with tempfile.TemporaryDirectory() as tmp:
        big = keep or Path(tmp) / "big.sqlite"
        if big.exists():
            print(f"reusing {big} (built earlier through the write path)")
            store = Store.open(big)
        else:
            t = time.perf_counter()
            build_roster(big, people).close()
            print(f"{people:,} people: built through the write path in {time.perf_counter() - t:.0f} s")
            store = Store.open(big)
        counted = store.conn.execute("SELECT count(*) FROM person").fetchone()[0]
        changes = store.conn.execute("SELECT count(*) FROM change_log").fetchone()[0]
        print(f"file: {big.stat().st_size / 2**20:.0f} MiB, {counted:,} people, {changes:,} change-log rows")
        t = time.perf_counter()
        out = backup_connection(store.conn, Path(tmp) / "backups", stem="big", reason="manual")
        backup_s = time.perf_counter() - t
        t = time.perf_counter()
        quick = backup_connection(store.conn, Path(tmp) / "backups", stem="big", reason="manual", check="quick")
        quick_s = time.perf_counter() - t
        quick.unlink()
        t = time.perf_counter()
        ok, _ = verify_backup(out)
        verify_s = time.perf_counter() - t
        t = time.perf_counter()
        chain_ok, detail = verify_chain(store)
        chain_s = time.perf_counter() - t
        store.close()
        print(f"backup (SQLite backup API + integrity_check of the copy): {backup_s:.1f} s; "
              f"with quick_check instead: {quick_s:.1f} s; "
              f"separate verify of the backup: {verify_s:.1f} s ({'ok' if ok else 'FAILED'})")
        print(f"audit chain verification: {chain_s:.1f} s ({detail})", flush=True)
        out.unlink()
        # End to end, as typed: each includes starting Python and opening the file.
        cli_quick = _cunwu("backup", "--db", str(big), "--quick", str(Path(tmp) / "quick"))
        cli_backup = _cunwu("backup", "--db", str(big), str(Path(tmp) / "usb"))
        copy = next(Path(tmp, "usb").glob("*.sqlite"))
        target = Path(tmp) / "restored.sqlite"
        cli_restore = _cunwu("restore", "--db", str(target), str(copy), "--yes")
        # The usual case: restoring over an existing file, which is first saved aside.
        cli_over = _cunwu("restore", "--db", str(target), str(copy), "--yes")
        cli_check = _cunwu("check", "--db", str(target))
        print(f"CLI end to end: cunwu backup {cli_backup:.1f} s (--quick {cli_quick:.1f} s); "
              f"cunwu restore onto an empty place {cli_restore:.1f} s, over an existing file (saved aside "
              f"first) {cli_over:.1f} s; cunwu check on the restored file {cli_check:.1f} s")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--trials", type=int, default=40)
    ap.add_argument("--people", type=int, default=1_000_000)
    ap.add_argument("--fuzz", type=int, default=2000)
    ap.add_argument("--keep", type=Path, help="build the big file here once and reuse it on later runs")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    print(machine())
    if args.trials:
        crash_figures(args.trials)
    if args.fuzz:
        fuzz_figures(args.fuzz)
    if args.people:
        backup_figures(args.people, args.keep)
    print(f"peak RSS: {peak_rss_mib():.0f} MiB")


if __name__ == "__main__":
    main()
