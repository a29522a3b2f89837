"""Bundles out: what a peer is sent, plus the bookkeeping both directions share.

Export: every change the peer has not acknowledged (or, with `incremental`, not yet sent),
in local order, with a signed manifest; the payload is sealed to the receiver's key.
Importing is in `importing.py`, acknowledgement state in `acks.py`, the areas' tables in
`registry.py`. Upward (village → township) a bundle carries all the
village's records; downward (township → village) only reference data, answers to that
village's monthly reports, and acknowledgements.
"""
from __future__ import annotations

import hashlib
import json
import uuid
import zlib
from pathlib import Path
from typing import Any, Callable, Iterable

from db import Store
from db import migrate
from db.errors import CunwuError
from db.progress import Progress
from db.store import REDACTED, now_utc
from desktop.core import village
from desktop.core.filenames import safe_filename
from desktop.core.sync import bundle, heads, keys, peers
from desktop.core.sync.acks import acked
from desktop.core.sync.ownership import REGISTRY_TABLES
from desktop.core.sync.registry import LOCAL_ONLY, REFERENCE_TABLES


def last_exchanges(store: Store, peer_id: str) -> dict[str, dict | None]:
    out = {}
    for direction in ("out", "in"):
        row = store.one("SELECT * FROM sync_exchange WHERE site_id=? AND peer_id=? AND direction=? "
                        "ORDER BY created_at DESC, bundle_no DESC LIMIT 1", (store.site_id, peer_id, direction))
        out[direction] = dict(row) if row else None
    return out


# ----------------------------------------------------------------------- export
_COLUMNS = "seq, site_id, site_seq, table_name, record_id, op, data, actor, ts"


def _not_sent_up() -> set[str]:
    """A village's own peer registry is its business: the township keeps its own (and would ignore it)."""
    return LOCAL_ONLY | REGISTRY_TABLES


def _upward_changes(store: Store, peer: dict, base: dict[str, int]) -> tuple[list, dict]:
    """Everything held here that the parent lacks: own changes and any forwarded ones."""
    peer_site = peer["peer_site_id"] or ""
    ranges, changes = {}, []
    for origin, top in store.query("SELECT site_id, MAX(site_seq) FROM change_log GROUP BY site_id"):
        if origin == peer_site:
            continue
        start = base.get(origin, 0) + 1
        if top < start:
            continue
        ranges[origin] = {"from": start, "to": top}
        changes.extend(store.query(
            f"SELECT {_COLUMNS} FROM change_log WHERE site_id=? AND site_seq>=? ORDER BY seq", (origin, start)))
    kept_home = _not_sent_up()
    changes = [c for c in changes if c["table_name"] not in kept_home]
    changes.sort(key=lambda c: c["seq"])
    return changes, ranges


def _downward_changes(store: Store, peer: dict, base: dict[str, int], peer_acked_me: int) -> tuple[list, dict]:
    """The township's own reference data and its answers to this village, nothing of other villages."""
    me = store.site_id
    start = base.get(me, 0) + 1
    top = store.scalar("SELECT MAX(site_seq) FROM change_log WHERE site_id=?", (me,)) or 0
    if top < start:
        return [], {}
    marks = store.query("SELECT table_name, record_id FROM sync_reference WHERE site_id=? AND active=1", (me,))
    tables = set(REFERENCE_TABLES) | {m[0] for m in marks if m[1] is None}
    rows = {(m[0], m[1]) for m in marks if m[1] is not None}
    answers = {r[0] for r in store.query(
        "SELECT v.id FROM sync_report_review v JOIN sync_report r ON r.id = v.report_id "
        "WHERE v.site_id=? AND r.site_id=?", (me, peer["peer_site_id"] or ""))}

    def wanted(c) -> bool:
        t = c["table_name"]
        return t in tables or (t, c["record_id"]) in rows or (t == "sync_report_review" and c["record_id"] in answers)

    changes = [c for c in store.query(
        f"SELECT {_COLUMNS} FROM change_log WHERE site_id=? AND site_seq>=? ORDER BY seq", (me, start)) if wanted(c)]
    # Marks the village has not seen yet bring the marked data's whole history with them.
    fresh = store.query(
        "SELECT r.table_name, r.record_id FROM sync_reference r JOIN change_log c "
        "ON c.table_name='sync_reference' AND c.record_id=r.id AND c.op='insert' AND c.site_id=? "
        "WHERE r.site_id=? AND r.active=1 AND c.site_seq>?", (me, me, peer_acked_me))
    seen = {c["seq"] for c in changes}
    for table, record in fresh:
        sql = f"SELECT {_COLUMNS} FROM change_log WHERE site_id=? AND site_seq<? AND table_name=?"
        args: list[Any] = [me, start, table]
        if record is not None:
            sql += " AND record_id=?"
            args.append(record)
        changes.extend(c for c in store.query(sql, args) if c["seq"] not in seen)
    changes.sort(key=lambda c: c["seq"])
    return changes, {me: {"from": start, "to": top}}


def _base(store: Store, peer: dict, *, incremental: bool, full: bool) -> dict[str, int]:
    if full:
        return {}
    base = acked(store, peer["id"])
    if incremental:   # from the end of the last bundle sent, even if not yet acknowledged
        for row in store.query("SELECT ranges FROM sync_exchange WHERE site_id=? AND peer_id=? AND direction='out'",
                               (store.site_id, peer["id"])):
            for origin, r in json.loads(row[0]).items():
                base[origin] = max(base.get(origin, 0), r["to"])
    return base


def peer_overview(store: Store) -> list[dict]:
    """Each registered peer with its last bundle out and in, and the changes waiting to go."""
    rows = []
    for p in peers.peers(store):
        last = last_exchanges(store, p["id"])
        rows.append({"name": p["name"], "division_code": p["division_code"], "role": p["role"],
                     "relation": p["relation"], "fingerprint": p["fingerprint"],
                     "last_out": last["out"]["created_at"] if last["out"] else None,
                     "last_in": last["in"]["created_at"] if last["in"] else None,
                     "pending": pending_count(store, p)})
    return rows


def pending_count(store: Store, peer: dict) -> int:
    """How many changes the next (cumulative) bundle to this peer would carry."""
    if peer["relation"] == "parent":   # counted in SQL: a village's log can be long
        local = sorted(_not_sent_up())
        return store.scalar(
            "SELECT COUNT(*) FROM change_log c LEFT JOIN sync_ack a ON a.site_id=? AND a.peer_id=? "
            "AND a.origin_site_id=c.site_id WHERE c.site_id<>? AND c.site_seq > COALESCE(a.acked_seq, 0) "
            f"AND c.table_name NOT IN ({','.join('?' * len(local))})",
            (store.site_id, peer["id"], peer["peer_site_id"] or "", *local))
    base = _base(store, peer, incremental=False, full=False)
    changes, _ = _downward_changes(store, peer, base, base.get(store.site_id, 0))
    return len(changes)


def _acks_for(store: Store, peer: dict) -> dict[str, int]:
    """What this installation holds of the streams that come from this peer."""
    acks = {r[0]: r[1] for r in store.query(
        "SELECT origin_site_id, through_seq FROM sync_origin WHERE site_id=? AND via_peer_id=?",
        (store.site_id, peer["id"]))}
    return acks


def _ack_marks(store: Store, acks: dict[str, int]) -> dict[str, list]:
    """For each acknowledged stream, the last change held (number, record, time): lets the peer
    see whether it still has that same change, or came back from an old backup."""
    marks = {}
    for origin, seq in acks.items():
        row = store.one("SELECT record_id, ts FROM change_log WHERE site_id=? AND site_seq=?", (origin, seq))
        if row:
            marks[origin] = [seq, row[0], row[1]]
    return marks


def _sendable_data(store: Store, change) -> str | None:
    """An anonymised person's old log entries hold no data any more (PIPL): their insert travels
    as the record is now, already anonymised, so the peer still gets a whole record."""
    if change["data"] != REDACTED or change["op"] != "insert":
        return change["data"]
    row = store.one(f"SELECT * FROM {change['table_name']} WHERE id=?", (change["record_id"],))
    return change["data"] if row is None else json.dumps(dict(row), ensure_ascii=False, default=str)


def _counts(changes: Iterable) -> dict[str, dict[str, int]]:
    counts: dict[str, dict[str, int]] = {}
    for c in changes:
        per = counts.setdefault(c["table_name"], {})
        per[c["op"]] = per.get(c["op"], 0) + 1
    return counts


def build_bundle(store: Store, peer_text: str | dict, *, incremental: bool = False, full: bool = False,
                 progress: Progress | None = None,
                 sink: Callable[[bytes, dict], Any] | None = None, record: bool = True) -> tuple[bytes, dict]:
    """Make a bundle for a peer; `sink(data, manifest)` (e.g. writing the file) runs before it is recorded.

    `record=False` writes nothing at all (a bundle fetched over the network: it is recorded as
    sent only when the peer confirms it imported it, see `record_sent`)."""
    from desktop.core.security.visibility import require_whole_file
    require_whole_file(store, "导出数据包")     # a bundle carries every field in full (issue 15)
    peer = peers.find_peer(store, peer_text) if isinstance(peer_text, str) else peer_text
    progress = progress or (lambda *a: None)
    with store.transaction():
        me = store.site_id
        info = village.site_info(store)
        my_key = keys.ensure_keys(store)
        base = _base(store, peer, incremental=incremental, full=full)
        progress(0, 0, "正在收集变更……")
        if peer["relation"] == "parent":
            changes, ranges = _upward_changes(store, peer, base)
        else:
            changes, ranges = _downward_changes(store, peer, base, acked(store, peer["id"]).get(me, 0))
        rows = [[c["site_id"], c["site_seq"], c["table_name"], c["record_id"], c["op"], _sendable_data(store, c),
                 c["actor"], c["ts"]] for c in changes]
        progress(0, 0, "正在压缩和加密……")
        plain = zlib.compress(json.dumps({"changes": rows}, ensure_ascii=False,
                                         separators=(",", ":")).encode("utf-8"), 6)
        payload = keys.seal(peer["public_key"], plain)
        acks = _acks_for(store, peer)
        number = (store.scalar("SELECT MAX(bundle_no) FROM sync_exchange WHERE site_id=? AND peer_id=? "
                               "AND direction='out'", (me, peer["id"])) or 0) + 1
        done = acked(store, peer["id"])
        earlier = []
        for row in store.query("SELECT bundle_no, ranges FROM sync_exchange WHERE site_id=? AND peer_id=? "
                               "AND direction='out' ORDER BY bundle_no", (me, peer["id"])):
            open_ranges = {o: r for o, r in json.loads(row[1]).items() if r["to"] > done.get(o, 0)}
            if open_ranges:
                earlier.append({"bundle_no": row[0], "ranges": open_ranges})
        manifest = {
            "format": bundle.FORMAT, "bundle_id": str(uuid.uuid4()), "bundle_no": number,
            "created_at": now_utc(), "incremental": incremental,
            "sender": {"site_id": me, "name": info["name"], "division_code": info["division_code"],
                       "role": info["role"], "public_key": my_key},
            "receiver": {"site_id": peer["peer_site_id"], "name": peer["name"], "public_key": peer["public_key"]},
            "schema_version": store.schema_version(), "migrations": sorted(migrate.applied(store.conn)),
            "ranges": ranges, "change_count": len(rows), "counts": _counts(changes),
            "acks": acks, "ack_marks": _ack_marks(store, acks), "earlier": earlier[-20:],
            "stream": heads.stream(store, peer),
            "payload_bytes": len(payload), "payload_sha256": hashlib.sha256(payload).hexdigest(),
            "content_sha256": hashlib.sha256(plain).hexdigest(),
        }
        manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True).encode("utf-8")
        data = bundle.pack(manifest_bytes, keys.sign(store, manifest_bytes), payload)
        if sink is not None:
            sink(data, manifest)
        if record:
            record_sent(store, peer, manifest, len(data))
    return data, manifest


def record_sent(store: Store, peer: dict, manifest: dict, size: int) -> None:
    """Keep a bundle made here in the exchange log (once: a repeated confirmation changes nothing)."""
    with store.transaction():
        if store.scalar("SELECT 1 FROM sync_exchange WHERE site_id=? AND bundle_id=? AND direction='out'",
                        (store.site_id, manifest["bundle_id"])):
            return
        store.insert("sync_exchange", {
            "direction": "out", "peer_id": peer["id"], "bundle_id": manifest["bundle_id"],
            "bundle_no": manifest["bundle_no"], "ranges": json.dumps(manifest["ranges"]),
            "change_count": manifest["change_count"],
            "summary": json.dumps({"counts": manifest["counts"], "bytes": size}, ensure_ascii=False),
        })


def default_file_name(store: Store, manifest: dict) -> str:
    """Names come from key cards (data from outside): made safe, so a card named
    "../../x" or "CON" still writes one plain file inside the chosen folder."""
    return safe_filename(f"{manifest['sender']['name']}-至-{manifest['receiver']['name']}-"
                         f"{manifest['bundle_no']:04d}{bundle.SUFFIX}")


def export_bundle(store: Store, peer_text: str | dict, path: str | Path, *, incremental: bool = False,
                  full: bool = False, progress: Progress | None = None) -> dict:
    """Write a bundle for a peer to `path`: a file, or a folder (existing, or a name without a
    suffix, created) in which the bundle gets its standard name."""
    path = Path(path)
    into_folder = path.is_dir() or not path.suffix
    written: dict[str, Path] = {}

    def to_file(data: bytes, manifest: dict) -> None:
        target = path / default_file_name(store, manifest) if into_folder else path
        report = (lambda done, total: progress(done, total, "正在写入……")) if progress else None
        written["path"] = bundle.write_atomic(target, data, on_chunk=report)

    data, manifest = build_bundle(store, peer_text, incremental=incremental, full=full, progress=progress,
                                  sink=to_file)
    return {"path": str(written["path"]), "bytes": len(data), "bundle_no": manifest["bundle_no"],
            "bundle_id": manifest["bundle_id"], "change_count": manifest["change_count"],
            "counts": manifest["counts"], "receiver": manifest["receiver"]["name"]}


def export_all(store: Store, folder: str | Path, *, progress: Progress | None = None, incremental: bool = False,
               full: bool = False) -> list[dict]:
    """One bundle for every registered peer into a folder (a township answering all its villages)."""
    everyone = peers.peers(store)
    results = []
    for i, peer in enumerate(everyone):
        if progress:
            progress(i, len(everyone), f"正在导出给“{peer['name']}”……")
        results.append(export_bundle(store, peer, Path(folder), incremental=incremental, full=full))
    return results


def exchanges(store: Store, limit: int = 50) -> list[dict]:
    names = {p["id"]: p["name"] for p in peers.peers(store, include_inactive=True)}
    rows = [dict(r) for r in store.query("SELECT * FROM sync_exchange WHERE site_id=? "
                                         "ORDER BY created_at DESC LIMIT ?", (store.site_id, limit))]
    for r in rows:
        r["peer_name"] = names.get(r["peer_id"], "")
    return rows


def conflicts(store: Store) -> list[dict]:
    return [dict(r) for r in store.query("SELECT * FROM sync_conflict WHERE site_id=? ORDER BY created_at",
                                         (store.site_id,))]


def check_not_local(table: str) -> None:
    if table in LOCAL_ONLY:
        raise CunwuError(f"{table} 是本机专用的数据，不能作为参考数据下发。")
