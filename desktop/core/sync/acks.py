"""Acknowledgement state: what each peer has confirmed receiving from each origin (sync_ack),
and how far this installation holds each origin's changes (sync_origin). Export reads it to
know what to send; import records it as bundles arrive."""
from __future__ import annotations

from db import Store


def acked(store: Store, peer_id: str) -> dict[str, int]:
    return {r[0]: r[1] for r in store.query(
        "SELECT origin_site_id, acked_seq FROM sync_ack WHERE site_id=? AND peer_id=?", (store.site_id, peer_id))}


def through(store: Store) -> dict[str, int]:
    return {r[0]: r[1] for r in store.query(
        "SELECT origin_site_id, through_seq FROM sync_origin WHERE site_id=?", (store.site_id,))}


def record_ack(store: Store, peer_id: str, origin: str, seq: int) -> None:
    row = store.one("SELECT id, acked_seq FROM sync_ack WHERE site_id=? AND peer_id=? AND origin_site_id=?",
                    (store.site_id, peer_id, origin))
    if row is None:
        store.insert("sync_ack", {"peer_id": peer_id, "origin_site_id": origin, "acked_seq": seq})
    elif seq > row[1]:
        store.update("sync_ack", row[0], {"acked_seq": seq})


def record_through(store: Store, origin: str, seq: int, via_peer_id: str) -> None:
    row = store.one("SELECT id, through_seq FROM sync_origin WHERE site_id=? AND origin_site_id=?",
                    (store.site_id, origin))
    if row is None:
        store.insert("sync_origin", {"origin_site_id": origin, "through_seq": seq, "via_peer_id": via_peer_id})
    elif seq > row[1]:
        store.update("sync_origin", row[0], {"through_seq": seq, "via_peer_id": via_peer_id})
