"""`cunwu check` and the self-test: is the file whole, the change log untouched, and does
every area's data agree with itself? One list, so every caller runs the same checks.

By default the file's structure is checked with SQLite's quick_check (pages and records:
seconds on a county file) and the change log is replayed from the last passing check's
checkpoint (replay_check: rows untouched since are proven by their fingerprint);
`full=True` runs integrity_check, which also compares every index with its table, and
replays every record's whole log (minutes at a million people)."""
from __future__ import annotations

from typing import Callable

from db import Store
from db.progress import Progress


def run_checks(store: Store, *, full: bool = False, progress: Progress | None = None) -> list[dict]:
    """Each result: name, ok, detail (Chinese, for the clerk). progress(done, total, message)
    is told as each step starts."""
    from desktop.core.care import data_checks as care_checks
    from desktop.core.funds.check import check_ledger
    from desktop.core.redwhite import data_checks as redwhite_checks
    from desktop.core import chain_code
    from desktop.core import replay_check
    checkpoint: dict = {}
    steps: list[tuple[str, Callable[[Store, Progress], list[dict]]]] = [
        ("数据库完整性（完整检查）" if full else "数据库完整性", lambda s, p: _integrity(s, full)),
        ("外键", lambda s, p: _foreign_keys(s)),
        ("变更记录哈希链", _audit_check),
        ("变更记录的锚点", lambda s, p: chain_code.anchor_check(s)),
        ("按变更记录重放核对" + ("（全部重放）" if full else ""),
         lambda s, p: replay_check.replay_checks(s, full=full, progress=p, checkpoint_out=checkpoint)),
        ("花名册", lambda s, p: _roster(s, checkpoint)),
        ("账目", lambda s, p: check_ledger(s)),
        ("红白理事会", lambda s, p: redwhite_checks.run(s)),
        ("托老托幼", lambda s, p: care_checks.run(s)),
    ]
    results: list[dict] = []
    proof_ok = True     # structure, chain, anchor and replay: what the replay checkpoint stands on
    total = len(steps) * _STEP
    for i, (label, check) in enumerate(steps):
        message = f"正在检查：{label}（{i + 1}/{len(steps)}）……"

        def within(done: int, of: int, _detail: str = "", _i=i, _message=message) -> None:
            """A long step's own progress, as a share of its part of the bar (same message)."""
            if progress is not None:
                progress(_i * _STEP + (min(done, of) * _STEP // of if of > 0 else 0), total, _message)

        if progress is not None:
            progress(i * _STEP, total, message)
        found = check(store, within)
        results.extend(found)
        if i in (0, 2, 3, 4):
            proof_ok = proof_ok and all(r["ok"] for r in found)
    if all(r["ok"] for r in results):   # a failed check keeps the old anchor, so it stays reported
        chain_code.save_anchor(store)
    if proof_ok:    # tables proven equal to the log: a roster finding (a dead 户主) does not undo that
        replay_check.save_checkpoint(store, checkpoint)
    if progress is not None:
        progress(total, total, "检查完成")
    return results


_STEP = 100     # progress units per step
_PER_PERSON = ("花名册：检索字段与姓名一致", "花名册：身份证号校验通过")


def _roster(store: Store, checkpoint: dict) -> list[dict]:
    """Roster checks; the per-person ones (pinyin keys, 身份证号 rules) only for the people the
    log touched since the replay checkpoint, when the last check proved everyone else under the
    same program and pinyin data. The mark goes into the next checkpoint only when they pass."""
    from desktop.core.roster import checks as roster_checks
    mark = roster_checks.keys_mark()
    touched = checkpoint.get("touched", {}).get("person")
    only = touched if touched is not None and checkpoint.get("marks_before", {}).get("roster") == mark else None
    results = roster_checks.run(store, only=only)
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
