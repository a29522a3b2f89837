"""Reference data a township sends down: whole tables or single records it marks."""
from __future__ import annotations

from db import Store
from db.errors import NotFoundError, RefusedError
from desktop.core.sync import exchange, peers, registry


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


# Record fields that name a record for a person choosing what to send down.
_NAMING_COLUMNS = ("name", "title", "key", "label", "kind")
_NEVER_OFFERED = {"change_log"}


def offerable_tables(store: Store) -> list[str]:
    """Tables a township may mark for sending down: synced (not local-only), not already
    always sent, and holding records the township itself made."""
    out = []
    for table in store.tables():
        if table in registry.LOCAL_ONLY or table in registry.REFERENCE_TABLES or table in _NEVER_OFFERED:
            continue
        if "site_id" in store.columns(table) and store.one(
                f"SELECT 1 FROM {table} WHERE site_id=? LIMIT 1", (store.site_id,)) is not None:
            out.append(table)
    return out


def own_records(store: Store, table: str, limit: int = 500) -> list[str]:
    """Ids of the township's own records in `table`, oldest first (what can be marked singly)."""
    return [r[0] for r in store.query(f"SELECT id FROM {table} WHERE site_id=? ORDER BY created_at LIMIT ?",
                                      (store.site_id, limit))]


def record_name(store: Store, table: str, record_id: str) -> str | None:
    """The record's own name (its name/title/key/label/kind field), if it has one."""
    naming = next((c for c in _NAMING_COLUMNS if c in store.columns(table)), None)
    return store.scalar(f"SELECT {naming} FROM {table} WHERE id=?", (record_id,)) if naming else None


def unmark(store: Store, mark_id: str) -> None:
    store.update("sync_reference", mark_id, {"active": 0})


def marks(store: Store) -> list[dict]:
    return [dict(r) for r in store.query(
        "SELECT * FROM sync_reference WHERE site_id=? AND active=1 ORDER BY table_name", (store.site_id,))]
