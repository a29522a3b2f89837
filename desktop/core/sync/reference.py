"""Reference data a township sends down: whole tables or single records it marks."""
from __future__ import annotations

from db import Store
from db.errors import NotFoundError, RefusedError
from desktop.core.sync import exchange, peers


def mark(store: Store, table: str, record_id: str | None = None) -> str:
    if peers.my_role(store) != "township":
        raise RefusedError("只有乡镇才能下发参考数据。")
    exchange.check_not_local(table)
    try:
        store.columns(table)
    except KeyError:
        raise NotFoundError(f"没有名为 {table} 的数据表。")
    if record_id is not None and store.one(f"SELECT 1 FROM {table} WHERE id=? AND site_id=?",
                                           (record_id, store.site_id)) is None:
        raise NotFoundError(f"{table} 里没有本乡镇建立的记录 {record_id}。")
    row = store.one("SELECT id FROM sync_reference WHERE site_id=? AND table_name=? AND record_id IS ? AND active=1",
                    (store.site_id, table, record_id))
    return row[0] if row else store.insert("sync_reference", {"table_name": table, "record_id": record_id})


def unmark(store: Store, mark_id: str) -> None:
    store.update("sync_reference", mark_id, {"active": 0})


def marks(store: Store) -> list[dict]:
    return [dict(r) for r in store.query(
        "SELECT * FROM sync_reference WHERE site_id=? AND active=1 ORDER BY table_name", (store.site_id,))]
