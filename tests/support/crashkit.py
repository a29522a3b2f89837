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


# ------------------------------------------------------------------ roster import (one big transaction)
IMPORT_ROWS = 1500


def _prepare_import(db_path: Path) -> None:
    import openpyxl
    from datetime import date, timedelta
    from desktop.core.roster import idcard
    _prepare_village(db_path)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["户号", "姓名", "性别", "身份证号", "与户主关系", "村民小组"])
    given = "伟芳敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚"
    for i in range(IMPORT_ROWS):
        male = i % 2 == 0
        born = date(1950, 1, 1) + timedelta(days=i * 7)
        ws.append([f"K{i // 3:05d}", "王" + given[i % 20] + given[(i // 20) % 20], "男" if male else "女",
                   idcard.make("610802" if born.year >= 1999 else "612701", born, i % 900 + 11, male),
                   "户主" if i % 3 == 0 else "子", "一组"])
    wb.save(db_path.with_suffix(".xlsx"))


@workload("import", prepare=_prepare_import, count=lambda s: s.scalar("SELECT COUNT(*) FROM person"))
def import_workload(db_path: Path, report) -> None:
    from desktop.core import open_store
    from desktop.core.roster import excel_import
    s = open_store(db_path)
    table = excel_import.read_table(db_path.with_suffix(".xlsx"))
    print("STARTED", flush=True)
    excel_import.run_import(s, table, excel_import.guess_mapping(table))
    report(s.scalar("SELECT COUNT(*) FROM person"))


@verifier("import")
def import_verify(store, committed: int) -> list[str]:
    n = store.scalar("SELECT COUNT(*) FROM person")
    logged = store.scalar("SELECT COUNT(*) FROM change_log WHERE table_name='person' AND op='insert'")
    problems = []
    if n not in (0, IMPORT_ROWS):
        problems.append(f"partial import: {n} of {IMPORT_ROWS} people")
    if n < committed:
        problems.append(f"lost: import reported {committed}, {n} present")
    if logged != n:
        problems.append(f"change log has {logged} person inserts for {n} people")
    return problems


# ------------------------------------------------------------------ bundle import at the township
def _prepare_bundle(db_path: Path) -> None:
    from desktop.core.sync import exchange
    from tests.support.sites import demo_village_and_township
    v, t = demo_village_and_township(db_path.with_name("village.sqlite"), db_path, seed=5, households=80)
    exchange.export_bundle(v, "牛家梁镇", db_path.with_suffix(".bundle"))
    v.close()
    t.close()


def _village_people(store) -> int:
    return store.scalar("SELECT COUNT(*) FROM person WHERE site_id <> (SELECT id FROM site)") or 0


@workload("bundle", prepare=_prepare_bundle, count=_village_people)
def bundle_workload(db_path: Path, report) -> None:
    from desktop.core import open_store
    s = open_store(db_path)          # loads every area (sync's modules in their own order)
    from desktop.core.sync.importing import import_bundle
    print("STARTED", flush=True)
    import_bundle(s, db_path.with_suffix(".bundle"))
    report(_village_people(s))


@verifier("bundle")
def bundle_verify(store, committed: int) -> list[str]:
    import sqlite3
    n = _village_people(store)
    expected = sqlite3.connect(str(Path(store.path).with_name("village.sqlite"))).execute(
        "SELECT COUNT(*) FROM person").fetchone()[0]
    problems = []
    if n not in (0, expected):
        problems.append(f"partial bundle: {n} of {expected} village people")
    if n < committed:
        problems.append(f"lost: bundle reported {committed}, {n} present")
    return problems


# ------------------------------------------------------------------ ledger posting
def _prepare_ledger(db_path: Path) -> None:
    _prepare_village(db_path)


def _posted(store) -> int:
    return store.scalar("SELECT COUNT(*) FROM funds_entry WHERE status='posted'") or 0


@workload("ledger", prepare=_prepare_ledger, count=_posted)
def ledger_workload(db_path: Path, report) -> None:
    from desktop.core import open_store
    from desktop.core.funds import api
    s = open_store(db_path)
    fund = api.ensure_fund(s, "崩溃测试资金", "上级专项资金", "测试")
    while True:
        with s.transaction():
            api.add_entry(s, fund, "income", 10000, "2026-03-02", "拨款", "收到拨款", post=True)
            api.add_entry(s, fund, "expense", 9000, "2026-03-03", "维修", "支付维修款", counterparty="某施工队",
                          post=True)
        report(_posted(s))


@verifier("ledger")
def ledger_verify(store, committed: int) -> list[str]:
    from desktop.core.funds.check import check_ledger
    n = _posted(store)
    problems = [f"ledger check: {c['detail']}" for c in check_ledger(store) if not c["ok"]]
    if n < committed:
        problems.append(f"lost: {committed} posted, {n} present")
    if n % 2:
        problems.append(f"half a transaction: {n} posted entries (pairs expected)")
    vouchers = [r[0] for r in store.query("SELECT voucher_no FROM funds_entry WHERE status='posted' ORDER BY voucher_no")]
    if len(set(vouchers)) != len(vouchers):
        problems.append("duplicate voucher numbers")
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
