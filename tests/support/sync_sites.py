"""Helpers for the sync tests (the installations themselves are the conftest fixtures
`sync_templates` and `sites`): what each village and the township are called, a digest of
a whole file, a site's people, and a hand-made bundle."""
from __future__ import annotations

import hashlib

VILLAGES = {"a": ("甲村", "610802103001", 11), "b": ("乙村", "610802103002", 12)}
TOWNSHIP = ("牛家梁镇", "610802103000")


def snapshot(store) -> str:
    """A digest of every row of every table: equal before and after means nothing changed.

    The sync history of refused bundles (sync_refusal and its log entries) is left out: a
    refusal is recorded there and nowhere else."""
    digest = hashlib.sha256()
    for (table,) in store.query("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"):
        if table in ("sync_refusal", "sqlite_sequence"):
            continue
        digest.update(table.encode())
        where = " WHERE table_name <> 'sync_refusal'" if table == "change_log" else ""
        for row in store.query(f"SELECT * FROM {table}{where} ORDER BY 1"):
            digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def people_of(store, site_id) -> list[tuple]:
    return [tuple(r) for r in store.query(
        "SELECT id, name, status, merged_into, household_id FROM person WHERE site_id=? ORDER BY id", (site_id,))]


def craft_bundle(sender, receiver, rows: list[list], **manifest_changes) -> bytes:
    """A correctly signed and sealed bundle with chosen contents: what a registered but malicious
    office can make with its own key. rows: [origin, seq, table, record_id, op, data, actor, ts]."""
    import json
    import uuid
    import zlib
    from db import migrate
    from desktop.core.sync import bundle, keys, peers
    plain = zlib.compress(json.dumps({"changes": rows}, ensure_ascii=False).encode("utf-8"))
    payload = keys.seal(peers.identity(receiver)["public_key"], plain)
    counts: dict = {}
    for r in rows:
        counts.setdefault(r[2], {}).setdefault(r[4], 0)
        counts[r[2]][r[4]] += 1
    me = peers.identity(sender)
    from desktop.core.sync import heads
    receiving = peers.peer_by_key(sender, peers.identity(receiver)["public_key"])
    manifest = {"stream": heads.stream(sender, receiving) if receiving else None, "format": 1, "bundle_id": str(uuid.uuid4()), "bundle_no": 1, "created_at": "2026-01-01",
                "sender": {k: me[k] for k in ("site_id", "name", "division_code", "role", "public_key")},
                "receiver": {"site_id": receiver.site_id, "name": "",
                             "public_key": peers.identity(receiver)["public_key"]},
                "schema_version": 60, "migrations": sorted(migrate.applied(sender.conn)),
                "ranges": {}, "change_count": len(rows), "counts": counts, "acks": {}, "earlier": [],
                "payload_bytes": len(payload), "payload_sha256": hashlib.sha256(payload).hexdigest(),
                "content_sha256": hashlib.sha256(plain).hexdigest(), **manifest_changes}
    raw = json.dumps(manifest, ensure_ascii=False).encode("utf-8")
    return bundle.pack(raw, keys.sign(sender, raw), payload)
