"""`cunwu check` and the self-test: is the file whole, the change log untouched, and does
every area's data agree with itself? One list, so every caller runs the same checks.

By default the file's structure is checked with SQLite's quick_check (pages and records:
seconds on a county file); `full=True` runs integrity_check, which also compares every
index with its table (minutes at a million people)."""
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
    from desktop.core.roster import checks as roster_checks
    from desktop.core import chain_code
    from desktop.core.replay_check import replay_checks
    steps: list[tuple[str, Callable[[Store], list[dict]]]] = [
        ("数据库完整性（完整检查）" if full else "数据库完整性", lambda s: _integrity(s, full)),
        ("外键", _foreign_keys),
        ("变更记录哈希链", _audit_check),
        ("变更记录的锚点", chain_code.anchor_check),
        ("按变更记录重放核对", replay_checks),
        ("花名册", roster_checks.run),
        ("账目", check_ledger),
        ("红白理事会", redwhite_checks.run),
        ("托老托幼", care_checks.run),
    ]
    results: list[dict] = []
    for i, (label, check) in enumerate(steps):
        if progress is not None:
            progress(i, len(steps), f"正在检查：{label}（{i + 1}/{len(steps)}）……")
        results.extend(check(store))
    if all(r["ok"] for r in results):   # a failed check keeps the old anchor, so it stays reported
        chain_code.save_anchor(store)
    if progress is not None:
        progress(len(steps), len(steps), "检查完成")
    return results


def _integrity(store: Store, full: bool) -> list[dict]:
    ok, detail = store.integrity_ok(full=full)
    return [{"name": "数据库完整性", "ok": ok, "detail": detail, "full": full}]


def _foreign_keys(store: Store) -> list[dict]:
    fk = store.query("PRAGMA foreign_key_check")
    return [{"name": "外键一致", "ok": not fk, "detail": f"{len(fk)} 处问题" if fk else "ok"}]


def _audit_check(store: Store) -> list[dict]:
    from desktop.core.security.audit import verify_chain
    ok, detail = verify_chain(store)
    return [{"name": "变更记录哈希链", "ok": ok, "detail": detail}]
