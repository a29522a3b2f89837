"""Refused bundles kept in the sync history: who sent which bundle and why it was refused."""
from __future__ import annotations

from db import Store
from desktop.core.sync import peers
from desktop.core.sync.verify import Verified


def record_refusal(store: Store, v: Verified, exc: Exception, file_label: str = "") -> None:
    """Keep a refused (but properly signed) bundle in the sync history: who, which, why.
    Nothing else is written; the records stay exactly as they were."""
    m = v.manifest
    with store.transaction():
        store.insert("sync_refusal", {
            "peer_id": v.peer["id"], "bundle_id": str(m.get("bundle_id", "")), "bundle_no": int(m.get("bundle_no") or 0),
            "reason": str(exc), "table_name": getattr(exc, "table", ""), "record_id": getattr(exc, "record_id", ""),
            "file": file_label})


def refusals(store: Store, limit: int = 50) -> list[dict]:
    """The newest refusals first, each with the sending peer's name."""
    names = {p["id"]: p["name"] for p in peers.peers(store, include_inactive=True)}
    rows = [dict(r) for r in store.query("SELECT * FROM sync_refusal WHERE site_id=? ORDER BY created_at DESC LIMIT ?",
                                         (store.site_id, limit))]
    for r in rows:
        r["peer_name"] = names.get(r["peer_id"], "")
    return rows
