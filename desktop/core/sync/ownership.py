"""Who may change what through a bundle: a remote change may only touch a record its origin owns.

Every synced row carries the site that created it (`site_id`). A change made at site X may
create, update or delete only rows whose `site_id` is X: a village sends its own records up,
a township sends its own reference data and answers down, and a township that forwards its
villages' streams (a relay) forwards each village's own changes. Anything else (village B
editing village A's person, deleting A's care attendance, taking A's record over with an
"insert" under B's name, rewriting the township's peer registry) refuses the WHOLE bundle
before anything is written, naming the table and the record.

The check reads the owners of every record the bundle touches once (one query per table and
500 ids) and then walks the changes in order, so a record created earlier in the same bundle
is owned by its creator. It runs before the import's transaction and before any batching of
the writes, so a faster importer keeps it by calling `check_bundle` first.
"""
from __future__ import annotations

import json
from typing import Iterable

from db import Store
from db.errors import RefusedError

# The file's own machinery: never written by a bundle, whoever signs it.
INTERNAL_TABLES = {"change_log", "schema_migrations", "sqlite_sequence"}
# The peer registry: only a local, logged action of this installation changes it. A parent's
# list of its villages still comes down (its rows are owned by the parent, and a registry
# only ever reads its own rows); a child's copy of its own registry is not taken in.
REGISTRY_TABLES = {"sync_peer"}


class OwnershipRefused(RefusedError):
    """A bundle tried to change a record its sender does not own."""

    def __init__(self, message: str, *, table: str, record_id: str):
        super().__init__(message)
        self.table, self.record_id = table, record_id


def registry_change_ignored(peer: dict, table: str) -> bool:
    """A child's copy of its own peer registry stays with the child (it is its own business)."""
    return table in REGISTRY_TABLES and peer["relation"] == "child"


def check_bundle(store: Store, peer: dict, changes: list[list], *, tables: set[str],
                 local_only: Iterable[str], label=lambda t: t, names: dict[str, str] | None = None) -> None:
    """Refuse the bundle (OwnershipRefused) if any change touches a record its origin does not own.

    `changes` are the bundle's rows [origin, seq, table, record_id, op, data, actor, ts];
    `tables` the tables this installation has. Changes this installation ignores anyway (its
    own, unknown tables, local-only tables) are not judged; a child's registry rows are judged
    (its own rows pass, and are then ignored; the township's rows refuse the bundle).
    """
    me = store.site_id
    local_only = set(local_only)
    names = names or {}
    judged = []
    for c in changes:
        origin, table = c[0], c[2]
        if origin == me or table in local_only:
            continue
        if table in INTERNAL_TABLES or table.startswith("sqlite_"):
            raise _refusal(peer, c, "写入本机的内部记录", names, label)
        if table not in tables:
            continue
        if "site_id" not in store.columns(table):
            raise _refusal(peer, c, "写入只由本机程序维护的数据表", names, label)
        judged.append(c)
    owners = _current_owners(store, judged)
    logged = _logged_owners(store, [c for c in judged if (c[2], c[3]) not in owners])
    for c in judged:
        origin, table, record_id, op = c[0], c[2], c[3], c[4]
        key = (table, record_id)
        if op == "insert":
            claimed = _claimed_site(c[5])
            if claimed is not None and claimed != origin:
                raise _refusal(peer, c, "冒充别的单位建立记录", names, label, owner=claimed)
        elif op == "update" and c[5] and '"site_id"' in c[5] and "site_id" in (_values(c[5]) or {}):
            raise _refusal(peer, c, "改变记录的归属", names, label)
        owner = owners.get(key, logged.get(key))
        if owner is not None and owner != origin:
            raise _refusal(peer, c, _VERBS[op], names, label, owner=owner)
        if op == "insert":
            owners[key] = origin
        elif op == "delete" and key in owners:
            del owners[key]
            logged[key] = origin


_VERBS = {"insert": "覆盖", "update": "修改", "delete": "删除"}


def _values(data) -> dict | None:
    if not data:
        return None
    if isinstance(data, dict):
        return data
    try:
        values = json.loads(data)
    except (TypeError, ValueError):
        return None
    return values if isinstance(values, dict) else None


def _claimed_site(data) -> str | None:
    values = _values(data)
    if values is None or values.get("_redacted"):
        return None
    return values.get("site_id")


def _chunks(ids: list[str], size: int = 500):
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


def _by_table(changes: list[list]) -> dict[str, list[str]]:
    wanted: dict[str, set[str]] = {}
    for c in changes:
        wanted.setdefault(c[2], set()).add(c[3])
    return {t: sorted(ids) for t, ids in wanted.items()}


def _current_owners(store: Store, changes: list[list]) -> dict[tuple[str, str], str]:
    """(table, record id) -> site_id of every touched record this installation holds."""
    out = {}
    for table, ids in _by_table(changes).items():
        for chunk in _chunks(ids):
            for rid, site in store.query(
                    f"SELECT id, site_id FROM {table} WHERE id IN ({','.join('?' * len(chunk))})", chunk):
                out[(table, rid)] = site
    return out


def _logged_owners(store: Store, changes: list[list]) -> dict[tuple[str, str], str]:
    """Owners of records no longer (or not yet) held, from the logged insert that created them:
    a record deleted here still belongs to its creator."""
    out = {}
    for table, ids in _by_table(changes).items():
        for chunk in _chunks(ids):
            for rid, site in store.query(
                    "SELECT record_id, site_id FROM change_log WHERE table_name=? AND op='insert' "
                    f"AND record_id IN ({','.join('?' * len(chunk))})", [table, *chunk]):
                out.setdefault((table, rid), site)
    return out


def _refusal(peer: dict, change: list, what: str, names: dict, label, owner: str | None = None) -> OwnershipRefused:
    table, record_id = change[2], change[3]
    whose = f"，这条记录归“{names.get(owner, owner)}”所有" if owner else ""
    return OwnershipRefused(
        f"“{peer['name']}”的数据包要{what}：{label(table)}（数据表 {table}，记录 {record_id}）{whose}，"
        f"不是“{peer['name']}”的记录。整个数据包没有导入，已记入同步记录。",
        table=table, record_id=record_id)
