"""`cunwu check` and the self-test: is the file whole, the change log untouched, and does
every area's data agree with itself? One list, so every caller runs the same checks.

By default the file's structure is checked with SQLite's quick_check (pages and records:
seconds on a county file) and the change log is replayed from the last passing check's
checkpoint (replay_check: rows untouched since are proven by their fingerprint);
`full=True` runs integrity_check, which also compares every index with its table, and
replays every record's whole log (minutes at a million people)."""
from __future__ import annotations

import sqlite3
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Callable

from db import Store
from db.progress import Progress


def run_checks(store: Store, *, full: bool = False, progress: Progress | None = None,
               timings: list | None = None) -> list[dict]:
    """Each result: name, ok, detail (Chinese, for the clerk). progress(done, total, message)
    is told as each step starts, always from the calling thread.

    The steps SQLite answers alone (the file's structure, foreign keys, the roster's set
    queries) run on read-only connections of their own in worker threads while this thread
    verifies the change log in Python (SQLite lets go of Python's lock while it works, and
    the clerk's PC has two cores or more); the results come back in the same order as when
    each step ran in turn. timings, if given, receives (label, seconds, CPU seconds of the
    step's own thread) per step."""
    from desktop.core.care import data_checks as care_checks
    from desktop.core.funds.check import check_ledger
    from desktop.core.redwhite import data_checks as redwhite_checks
    from desktop.core import chain_code
    from desktop.core import replay_check
    from desktop.core.replay.checkpoint import save_checkpoint
    from desktop.core.roster import checks as roster_checks
    checkpoint: dict = {}
    side = _SideSteps(store)
    integrity = side.start(lambda s: _integrity(s, full))
    foreign_keys = side.start(_foreign_keys)
    roster_sets = side.start(roster_checks.set_checks)
    # (label, check, the worker-thread step it waits for or None)
    steps: list[tuple[str, Callable[[Store, Progress], list[dict]], _Side | None]] = [
        ("数据库完整性（完整检查）" if full else "数据库完整性", lambda s, p: integrity.result()[0], integrity),
        ("外键", lambda s, p: foreign_keys.result()[0], foreign_keys),
        ("变更记录哈希链", _audit_check, None),
        ("变更记录的锚点", lambda s, p: chain_code.anchor_check(s), None),
        ("按变更记录重放核对" + ("（全部重放）" if full else ""),
         lambda s, p: replay_check.replay_checks(s, full=full, progress=p, checkpoint_out=checkpoint), None),
        ("花名册", lambda s, p: _roster(s, checkpoint, roster_sets.result()[0]), None),
        ("账目", lambda s, p: check_ledger(s), None),
        ("红白理事会", lambda s, p: redwhite_checks.run(s), None),
        ("托老托幼", lambda s, p: care_checks.run(s), None),
    ]
    found: list[list[dict] | None] = [None] * len(steps)
    total = len(steps) * _STEP
    # This thread's own steps first (the change log takes longest), then what the workers
    # are still doing; the bar moves by finished steps, the message names the step at hand.
    order = [i for i, (_, _, f) in enumerate(steps) if f is None] + \
            [i for i, (_, _, f) in enumerate(steps) if f is not None]
    try:
        for finished, i in enumerate(order):
            label, check, future = steps[i]
            message = f"正在检查：{label}（{i + 1}/{len(steps)}）……"

            def within(done: int, of: int, _detail: str = "", _base=finished * _STEP, _message=message) -> None:
                """A long step's own progress, as a share of its part of the bar (same message)."""
                if progress is not None:
                    progress(_base + (min(done, of) * _STEP // of if of > 0 else 0), total, _message)

            if progress is not None:
                progress(finished * _STEP, total, message)
            t, c = time.perf_counter(), time.thread_time()
            found[i] = check(store, within)
            if timings is not None:
                timings.append((label, *(future.result()[1:] if future is not None
                                         else (time.perf_counter() - t, time.thread_time() - c))))
    except BaseException:
        side.stop()
        raise
    finally:
        side.close()
    if timings is not None:
        timings.append(("roster set queries (worker)", *roster_sets.result()[1:]))
    results = [r for step in found for r in step]
    proof_ok = all(r["ok"] for i in (0, 2, 3, 4) for r in found[i])   # what the replay checkpoint stands on
    if all(r["ok"] for r in results):   # a failed check keeps the old anchor, so it stays reported
        chain_code.save_anchor(store)
    if proof_ok:    # tables proven equal to the log: a roster finding (a dead 户主) does not undo that
        save_checkpoint(store, checkpoint)
    if progress is not None:
        progress(total, total, "检查完成")
    return results


class _SideSteps:
    """Steps that run on a read-only connection of their own in a worker thread. A file in
    memory, or a store inside an open transaction (whose changes other connections cannot
    see), runs them in this thread instead; so does a file a second connection cannot open."""

    def __init__(self, store: Store):
        self.store = store
        self.pool = None
        if store.path is not None and not store.conn.in_transaction:
            self.pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="cunwu-check")
        self.readers: list[Store] = []
        self.lock = threading.Lock()

    def start(self, step: Callable[[Store], object]) -> "_Side":
        return _Side(self, step, self.pool.submit(self._run, step) if self.pool is not None else None)

    def _run(self, step: Callable[[Store], object]):
        t, c = time.perf_counter(), time.thread_time()
        try:
            reader = _reader(self.store)
        except sqlite3.Error:
            return None             # the calling thread runs it on its own connection
        with self.lock:
            self.readers.append(reader)
        return step(reader), time.perf_counter() - t, time.thread_time() - c

    def stop(self) -> None:
        """The check is being abandoned (an error, or the clerk cancelled): stop the workers' SQL."""
        with self.lock:
            for reader in self.readers:
                reader.conn.interrupt()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
        for reader in self.readers:
            reader.close()


class _Side:
    """One worker-thread step: result() is (its result, seconds, CPU seconds of its thread), or
    the step's exception raised here, at the step's place in the order."""

    def __init__(self, steps: _SideSteps, step: Callable[[Store], object], future: Future | None):
        self.steps, self.step, self.future, self.done = steps, step, future, None

    def result(self):
        if self.done is None:
            self.done = self.future.result() if self.future is not None else None
            if self.done is None:
                t, c = time.perf_counter(), time.thread_time()
                self.done = (self.step(self.steps.store), time.perf_counter() - t, time.thread_time() - c)
        return self.done


def _reader(store: Store) -> Store:
    from db.backup import read_only_uri     # the one URI that survives '#', '%', drives and UNC shares
    conn = sqlite3.connect(read_only_uri(store.path, immutable=False), uri=True, check_same_thread=False,
                           timeout=15)     # not immutable: the live file and its WAL
    conn.row_factory = sqlite3.Row
    reader = Store(conn, Path(store.path))
    reader._load_site()
    return reader


_STEP = 100     # progress units per step
_PER_PERSON = ("花名册：检索字段与姓名一致", "花名册：身份证号校验通过")


def _roster(store: Store, checkpoint: dict, sets: dict) -> list[dict]:
    """Roster checks; the per-person ones (pinyin keys, 身份证号 rules) only for the people the
    log touched since the replay checkpoint, when the last check proved everyone else under the
    same program and pinyin data. The mark goes into the next checkpoint only when they pass."""
    from desktop.core.roster import checks as roster_checks
    mark = roster_checks.keys_mark()
    touched = checkpoint.get("touched", {}).get("person")
    only = touched if touched is not None and checkpoint.get("marks_before", {}).get("roster") == mark else None
    results = roster_checks.run(store, only=only, sets=sets)
    if all(r["ok"] for r in results if r["name"] in _PER_PERSON):
        checkpoint.setdefault("marks", {})["roster"] = mark
    return results


def _integrity(store: Store, full: bool) -> list[dict]:
    ok, detail = store.integrity_ok(full=full)
    return [{"name": "数据库完整性", "ok": ok, "detail": detail, "full": full}]


def _foreign_keys(store: Store) -> list[dict]:
    fk = store.query("PRAGMA foreign_key_check")
    return [{"name": "外键一致", "ok": not fk, "detail": f"{len(fk)} 处问题" if fk else "ok"}]


def _audit_check(store: Store, progress: Progress) -> list[dict]:
    from desktop.core.security.audit import verify_chain
    entries = store.scalar("SELECT MAX(seq) FROM change_log") or 0
    ok, detail = verify_chain(store, progress=lambda done, _total, _m: progress(done, entries))
    return [{"name": "变更记录哈希链", "ok": ok, "detail": detail}]
