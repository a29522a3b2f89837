"""Reliability figures: crash trials (SIGKILL) and changes lost, fuzz cases run, and the time to
back up and verify a 1,000,000-person database.

    .venv/bin/python benchmarks/reliability.py [--trials 40] [--people 1000000] [--fuzz 2000]
"""
from __future__ import annotations

import argparse
import os
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
    env = {**os.environ, "CUNWU_FUZZ_EXAMPLES": str(examples), "QT_QPA_PLATFORM": "offscreen"}
    t = time.perf_counter()
    r = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                        "tests/test_fuzz_cli.py", *[f for f in ("tests/test_fuzz_import.py",
                                                                "tests/test_fuzz_bundle.py")
                                                    if (ROOT / f).exists()]],
                       cwd=ROOT, env=env, capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    print(f"fuzz: CUNWU_FUZZ_EXAMPLES={examples} per fuzz test -> {last} in {time.perf_counter() - t:.0f} s")


def backup_figures(people: int) -> None:
    from db.backup import backup_connection, verify_backup
    from desktop.core.security.audit import verify_chain
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        store = build_roster(Path(tmp) / "big.sqlite", people)
        build_s = time.perf_counter() - t
        size = Path(tmp, "big.sqlite").stat().st_size
        t = time.perf_counter()
        out = backup_connection(store.conn, Path(tmp) / "backups", stem="big", reason="manual")
        backup_s = time.perf_counter() - t
        t = time.perf_counter()
        ok, _ = verify_backup(out)
        verify_s = time.perf_counter() - t
        t = time.perf_counter()
        chain_ok, detail = verify_chain(store)
        chain_s = time.perf_counter() - t
        store.close()
    print(f"{people:,} people: built through the write path in {build_s:.0f} s, file {size / 2**20:.0f} MiB")
    print(f"backup (SQLite backup API + integrity_check of the copy): {backup_s:.1f} s; "
          f"separate verify of the backup: {verify_s:.1f} s ({'ok' if ok else 'FAILED'})")
    print(f"audit chain verification: {chain_s:.1f} s ({detail})")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--trials", type=int, default=40)
    ap.add_argument("--people", type=int, default=1_000_000)
    ap.add_argument("--fuzz", type=int, default=2000)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    print(machine())
    crash_figures(args.trials)
    fuzz_figures(args.fuzz)
    backup_figures(args.people)
    print(f"peak RSS: {peak_rss_mib():.0f} MiB")


if __name__ == "__main__":
    main()
