"""`cunwu check` and the self-test: is the file whole, the change log untouched, and does
every area's data agree with itself? One list, so every caller runs the same checks."""
from __future__ import annotations

from db import Store


def run_checks(store: Store) -> list[dict]:
    """Each result: name, ok, detail (Chinese, for the clerk)."""
    from desktop.core.funds.check import check_ledger
    from desktop.core.roster import checks as roster_checks
    results = []
    ok, detail = store.integrity_ok()
    results.append({"name": "数据库完整性", "ok": ok, "detail": detail})
    fk = store.query("PRAGMA foreign_key_check")
    results.append({"name": "外键一致", "ok": not fk, "detail": f"{len(fk)} 处问题" if fk else "ok"})
    from desktop.core import chain_code
    from desktop.core.replay_check import replay_checks
    for check in (_audit_check, chain_code.anchor_check, replay_checks, roster_checks.run, check_ledger):
        results.extend(check(store))
    if all(r["ok"] for r in results):   # a failed check keeps the old anchor, so it stays reported
        chain_code.save_anchor(store)
    return results


def _audit_check(store: Store) -> list[dict]:
    from desktop.core.security.audit import verify_chain
    ok, detail = verify_chain(store)
    return [{"name": "变更记录哈希链", "ok": ok, "detail": detail}]
