"""Crash trials: a child process writes, the parent SIGKILLs it at a random moment, then
reopens the file and checks that every change the child reported committed is there, no
partial change is, the audit chain holds and PRAGMA integrity_check is ok.

Workloads are functions `(db_path, report)`; `report(n)` is called after each commit. The
child prints "COMMITTED n" lines; the parent reads the last one before the kill.
"""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[2]
WORKLOADS: dict[str, Callable] = {}
VERIFIERS: dict[str, Callable] = {}
PREPARERS: dict[str, Callable] = {}
COUNTERS: dict[str, Callable] = {}   # store -> the absolute number the workload reports


def workload(name: str, prepare: Callable | None = None, count: Callable | None = None):
    def register(fn):
        WORKLOADS[name] = fn
        if prepare:
            PREPARERS[name] = prepare
        if count:
            COUNTERS[name] = count
        return fn
    return register


def verifier(name: str):
    def register(fn):
        VERIFIERS[name] = fn
        return fn
    return register


# ------------------------------------------------------------------ roster
def _prepare_village(db_path: Path) -> None:
    from desktop.core import open_store, village
    s = open_store(db_path)
    village.init_site(s, name="崩溃测试村", division_code="610802103201", groups=["一组"])
    s.close()


@workload("roster", prepare=_prepare_village, count=lambda s: s.scalar("SELECT COUNT(*) FROM household"))
def roster_workload(db_path: Path, report) -> None:
    from desktop.core import open_store
    from desktop.core.roster import people
    s = open_store(db_path)
    n = s.scalar("SELECT COUNT(*) FROM household")
    while True:
        with s.transaction():
            hh = people.add_household(s, hh_no=f"C{n:06d}", address="崩溃测试" * 5)
            for j, rel in enumerate(["户主", "配偶", "子"]):
                people.add_person(s, household_id=hh, name="测试" + "甲乙丙"[j], relation=rel,
                                  gender="男" if j != 1 else "女")
        n += 1
        report(n)


@verifier("roster")
def roster_verify(store, committed: int) -> list[str]:
    problems = []
    n = store.scalar("SELECT COUNT(*) FROM household")
    if n < committed:
        problems.append(f"lost: {committed} committed, {n} present")
    if n > committed + 1:
        problems.append(f"phantom: {committed} committed, {n} present")
    partial = store.query("SELECT h.hh_no, COUNT(p.id) c FROM household h LEFT JOIN person p "
                          "ON p.household_id=h.id GROUP BY h.id HAVING c <> 3")
    if partial:
        problems.append(f"partial households: {[tuple(r) for r in partial[:3]]}")
    logged = store.scalar("SELECT COUNT(*) FROM change_log WHERE table_name='household' AND op='insert'")
    if logged != n:
        problems.append(f"change log has {logged} household inserts for {n} households")
    return problems


# ------------------------------------------------------------------ runner
def child_main(name: str, db_path: str) -> None:
    def report(n: int) -> None:
        sys.stdout.write(f"COMMITTED {n}\n")
        sys.stdout.flush()
    WORKLOADS[name](Path(db_path), report)


def run_trial(name: str, db_path: Path, *, kill_after: float) -> dict:
    """One trial: start the child, kill it after kill_after seconds, verify the file."""
    from desktop.core import open_store
    from desktop.core.security.audit import verify_chain
    if not db_path.exists():
        PREPARERS.get(name, lambda p: None)(db_path)
    before = 0
    if name in COUNTERS:
        s = open_store(db_path)
        before = COUNTERS[name](s)
        s.close()
    proc = subprocess.Popen([sys.executable, "-m", "tests.support.crashkit", name, str(db_path)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    lines: list[str] = []
    first = threading.Event()

    def read() -> None:
        for line in proc.stdout:
            lines.append(line.strip())
            first.set()
        first.set()
    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    # Start the clock at the first commit, so a slow start on a busy machine doesn't
    # turn the trial into a kill during import.
    first.wait(timeout=120)
    time.sleep(kill_after)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    reader.join(timeout=10)
    err = proc.stderr.read()
    reported = [l for l in lines if l.startswith("COMMITTED ")]
    committed = int(reported[-1].split()[1]) if reported else before
    if proc.returncode != -signal.SIGKILL and "Traceback" in err:
        raise RuntimeError(f"child failed before the kill:\n{err}")
    store = open_store(db_path)
    try:
        problems = []
        ok, detail = store.integrity_ok()
        if not ok:
            problems.append(f"integrity: {detail}")
        chain_ok, chain = verify_chain(store)
        if not chain_ok:
            problems.append(f"audit chain: {chain}")
        problems += VERIFIERS[name](store, committed)
    finally:
        store.close()
    return {"committed": committed, "new": committed - before, "problems": problems}


def run_trials(name: str, folder: Path, trials: int, *, seed: int = 1, min_s: float = 0.3,
               max_s: float = 1.5) -> list[dict]:
    rng = random.Random(seed)
    db_path = folder / f"crash-{name}.sqlite"
    return [run_trial(name, db_path, kill_after=rng.uniform(min_s, max_s)) for _ in range(trials)]


if __name__ == "__main__":
    child_main(sys.argv[1], sys.argv[2])
