"""Importing a bundle: verify everything first, then apply it whole in one transaction, or nothing.

Every check comes before anything is written (verify.py). Then the changes are applied,
logged under their origin's site_id/site_seq: new records (and their later updates in the
same bundle) in per-table batches (sync/batch.py), anything touching a record already here one by one through `Store.apply_remote`; a field
both sides changed goes to the later edit, the same way on every side, and is recorded.
What it did: import_summary.py; a refused bundle is kept in refusal_log.py; a stick or folder
of bundles: many_bundles.py.
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from db import Store
from db.errors import RefusedError
from db.progress import Progress
from db.store import now_utc
from desktop.core.roster.deferred_indexes import DeferredIndexes, worth_deferring
from desktop.core.sync import bundle, heads, ownership, peers
from desktop.core.sync.acks import acked, record_ack, record_through
from desktop.core.sync.batch import Batches
from desktop.core.sync.import_summary import bump, describe, new_summary, stored_summary
from desktop.core.sync.refusal_log import record_refusal
from desktop.core.sync.registry import LOCAL_ONLY, table_label
from desktop.core.sync.verify import Verified, verify_bundle


# SQLite's page cache while applying a bundle (negative: KiB) instead of the default 2 MiB:
# a big bundle writes rows, their indexes and the log all over the file.
IMPORT_CACHE_KIB = -16384


class _DryRun(Exception):
    pass


def import_bundle(store: Store, source: str | Path | bytes, *, dry_run: bool = False,
                  progress: Progress | None = None, file_label: str = "", backup: bool = False,
                  signed_by: str | None = None, batched: bool = True) -> dict:
    """Verify, then apply a bundle in one transaction (or, with dry_run, report what it would do).

    `backup`: once the bundle has passed every check and will really be applied, keep a
    "pre-sync" backup of the file first (the CLI, the GUI and the server ask for it).
    `signed_by`: the public key the bundle must be signed with (the server: the requester's).
    `batched=False` applies the changes one by one (the reference for the batched path's tests).
    """
    if isinstance(source, (bytes, bytearray)):
        data = bytes(source)
    else:
        data = bundle.read_file(source)
        file_label = file_label or Path(source).name
    progress = progress or (lambda *a: None)
    progress(0, 0, "正在核对签名和校验值……")
    v = verify_bundle(store, data)
    if signed_by is not None and v.peer["public_key"] != signed_by:
        raise RefusedError("数据包不是由发送它的单位签发的（网络上只能发送本单位的数据包），没有导入任何内容。")
    m = v.manifest
    summary = new_summary(v, dry_run)
    if store.scalar("SELECT 1 FROM sync_exchange WHERE site_id=? AND bundle_id=? AND direction='in'",
                    (store.site_id, m["bundle_id"])):
        summary["already_imported"] = True
        summary["ignored"]["duplicate"] = len(v.changes)
        summary["text"] = describe(summary)
        return summary
    try:
        _check_ownership(store, v)
        heads.check(store, v.peer, m)
    except RefusedError as exc:
        if not dry_run:
            record_refusal(store, v, exc, file_label)
        raise
    if backup and not dry_run and store.path is not None:
        from desktop.core.security.backups import auto_backup
        progress(0, 0, "正在备份数据文件……")
        summary["backup"] = str(auto_backup(store, "pre-sync"))
    cache = store.scalar("PRAGMA cache_size")
    store.conn.execute(f"PRAGMA cache_size={IMPORT_CACHE_KIB}")
    try:
        with store.transaction():
            _check_restored(store, m, v.peer, summary)   # before this import writes anything of its own
            _apply_all(store, v, summary, progress, batched)
            for origin, r in (m.get("ranges") or {}).items():
                if origin != store.site_id:
                    record_through(store, origin, r["to"], v.peer["id"])
            for origin, seq in (m.get("acks") or {}).items():
                record_ack(store, v.peer["id"], origin, int(seq))
            if not v.peer["peer_site_id"]:
                store.update("sync_peer", v.peer["id"], {"peer_site_id": m["sender"]["site_id"]})
            heads.record(store, v.peer, m)
            store.insert("sync_exchange", {
                "direction": "in", "peer_id": v.peer["id"], "bundle_id": m["bundle_id"],
                "bundle_no": m["bundle_no"], "ranges": json.dumps(m.get("ranges") or {}),
                "change_count": len(v.changes), "file": file_label,
                "summary": json.dumps(stored_summary(summary), ensure_ascii=False)})
            if dry_run:
                _check_references(store, v.changes)     # what the commit would check
                raise _DryRun()
    except _DryRun:
        pass
    except sqlite3.IntegrityError as exc:
        # The foreign keys, checked at commit: the transaction is rolled back, nothing is written.
        raise _integrity_refusal(exc, "数据包里有记录引用了本机和数据包里都没有的记录，") from exc
    finally:
        store.conn.execute(f"PRAGMA cache_size={int(cache)}")
    summary["text"] = describe(summary)
    return summary


def _check_ownership(store: Store, v: Verified) -> None:
    tables = set(store.tables())
    ownership.check_bundle(store, v.peer, v.changes, tables=tables, local_only=LOCAL_ONLY, label=table_label,
                           names=peers.site_names(store))


def _check_restored(store: Store, manifest: dict, peer: dict, summary: dict) -> None:
    """The peer holds changes of ours under numbers we hold with other content (or not at all):
    this file came back from an old backup. Number new changes past the peer's, and send again,
    under new numbers, every change of ours since the last confirmation we remember."""
    me = store.site_id
    theirs = int((manifest.get("acks") or {}).get(me, 0))
    if not theirs:
        return
    mine = store.scalar("SELECT MAX(site_seq) FROM change_log WHERE site_id=?", (me,)) or 0
    mark = (manifest.get("ack_marks") or {}).get(me)
    diverged = theirs > mine
    if mark and not diverged:
        row = store.one("SELECT record_id, ts FROM change_log WHERE site_id=? AND site_seq=?", (me, mark[0]))
        diverged = row is None or (row[0], row[1]) != (mark[1], mark[2])
    if not diverged:
        return
    remembered = acked(store, peer["id"]).get(me, 0)
    store.advance_own_seq(max(theirs, mine))
    local = sorted(LOCAL_ONLY)
    touched = store.query(
        f"SELECT table_name, record_id, MIN(site_seq) AS first FROM change_log WHERE site_id=? AND site_seq>? "
        f"AND site_seq<=? AND table_name NOT IN ({','.join('?' * len(local))}) GROUP BY table_name, record_id "
        "ORDER BY first", (me, remembered, theirs, *local))
    # Each record touched under a reused number travels again as it is now (not its history,
    # which rules such as "a posted entry is never edited" would refuse to replay).
    now = now_utc()
    again = []
    for t in touched:
        row = store.one(f"SELECT * FROM {t['table_name']} WHERE id=?", (t["record_id"],))
        again.append({"table_name": t["table_name"], "record_id": t["record_id"], "ts": now,
                      "op": "insert" if row else "delete",
                      "data": json.dumps(dict(row), ensure_ascii=False, default=str) if row else None})
    store.relog_own(again)
    summary["restored_gap"] = {"peer_holds": theirs, "here": mine, "sent_again": len(again)}


def _held_seqs(store: Store, changes: list[list]) -> dict[str, dict[int, tuple[str, str]]]:
    """Which of the bundle's (origin, seq) this installation already holds, with each one's
    (record id, time) to tell a true repeat from a reused number: one query per origin."""
    spans: dict[str, list[int]] = {}
    for c in changes:
        lo_hi = spans.setdefault(c[0], [c[1], c[1]])
        lo_hi[0], lo_hi[1] = min(lo_hi[0], c[1]), max(lo_hi[1], c[1])
    return {origin: {r[0]: (r[1], r[2]) for r in store.query(
        "SELECT site_seq, record_id, ts FROM change_log WHERE site_id=? AND site_seq BETWEEN ? AND ?",
        (origin, lo, hi))} for origin, (lo, hi) in spans.items()}


def _existing_ids(store: Store, changes: list[list], tables: set[str]) -> dict[str, set[str]]:
    wanted: dict[str, list[str]] = {}
    for c in changes:
        if c[4] == "insert" and c[2] in tables:
            wanted.setdefault(c[2], []).append(c[3])
    out: dict[str, set[str]] = {}
    for table, ids in wanted.items():
        found = out.setdefault(table, set())
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            found.update(r[0] for r in store.query(
                f"SELECT id FROM {table} WHERE id IN ({','.join('?' * len(chunk))})", chunk))
    return out


def _integrity_refusal(exc: Exception, where: str) -> RefusedError:
    return RefusedError(f"{where}无法写入本机数据库（{exc}）。整个数据包没有导入。")


def _apply_all(store: Store, v: Verified, summary: dict, progress: Progress, batched: bool = True) -> None:
    """Apply in bundle order: new records (and their updates later in the bundle) in per-table
    batches (sync/batch.py), anything touching a record already here one by one.
    batched=False applies every change one by one (the reference the batches are tested against)."""
    me = store.site_id
    tables = set(store.tables())
    total = len(v.changes)
    bundle_id = v.manifest["bundle_id"]
    held = _held_seqs(store, v.changes)
    existing = _existing_ids(store, v.changes, tables)
    touched: set[tuple[str, str]] = set()
    batches = Batches(store, _logged_ids(store, v.changes, tables, existing)) if batched else None
    # A record may arrive before one it refers to (a person before a household written later
    # in its batch order): foreign keys are checked once, at commit.
    store.conn.execute("PRAGMA defer_foreign_keys=ON")
    deferred = None
    if batched and "person" in tables:
        known = existing.get("person", set())
        new_people = len({c[3] for c in v.changes if c[2] == "person" and c[4] == "insert" and c[0] != me
                          and c[3] not in known})
        # A village's first bundle at a township with few people: search indexes built afterwards.
        if worth_deferring(store, new_people):
            deferred = DeferredIndexes(store)

    def refused(exc: Exception, table: str) -> RefusedError:
        return _integrity_refusal(exc, f"新增的{table_label(table)}记录")

    for i, (origin, seq, table, record_id, op, data, actor, ts) in enumerate(v.changes):
        if i % 2000 == 0:
            progress(i, total, f"正在导入 {i}/{total} 条变更……")
        if origin == me:
            summary["ignored"]["own"] += 1
            continue
        already = held.get(origin, {}).get(seq)
        if already is not None:
            if already != (record_id, ts):
                raise RefusedError(
                    f"“{v.peer['name']}”的第 {seq} 号变更与本机以前收到的同号变更内容不同：对方的数据可能是从旧备份"
                    "恢复的。请对方先导入本机最新发出的数据包（其中的确认会让对方跳过已用过的编号），再重新修改并导出。"
                    "没有导入任何内容。")
            summary["ignored"]["duplicate"] += 1
            continue
        held.setdefault(origin, {})[seq] = (record_id, ts)
        if table not in tables or table in LOCAL_ONLY or ownership.registry_change_ignored(v.peer, table):
            summary["ignored"]["unknown"] += 1
            continue
        change = {"site_id": origin, "site_seq": seq, "table_name": table, "record_id": record_id, "op": op,
                  "data": data, "actor": actor, "ts": ts}
        key = (table, record_id)
        if batches is not None:
            if op == "insert" and record_id not in existing.get(table, ()) and key not in touched:
                touched.add(key)
                values = _known_values(store, change, summary)
                if values:
                    batches.insert(change, values)
                    bump(summary["added"], table)
                else:   # nothing to write (anonymised): keep the number, in order
                    batches.log_only(change)
                if batches.full():
                    batches.flush(refused)
                continue
            if op != "delete" and batches.can_fold(change):
                if batches.fold(change, _known_values(store, change, summary)):
                    bump(summary["updated"], table)
                continue
            batches.flush(refused, only=table)
        touched.add(key)
        try:
            _apply_one(store, change, summary, bundle_id)
        except sqlite3.IntegrityError as exc:
            raise _integrity_refusal(exc, f"第 {i + 1} 条变更（{table_label(table)}，记录 {record_id}）") from exc
    if batches is not None:
        batches.flush(refused)
    if deferred is not None:
        progress(total, total, "正在建立查询索引……")
        deferred.restore()
    progress(total, total, "正在保存……")


def _check_references(store: Store, changes: list[list]) -> None:
    """Foreign keys are checked at commit, which a dry run never reaches: look for a record of
    this bundle referring to one that is nowhere (older records' problems are `cunwu check`'s)."""
    ids: dict[str, set[str]] = {}
    for c in changes:
        if c[4] != "delete":
            ids.setdefault(c[2], set()).add(c[3])
    for table, wanted in ids.items():
        if not store.has_table(table):
            continue
        for row in store.query(f"PRAGMA foreign_key_check({table})"):
            found = store.one(f"SELECT id FROM {table} WHERE rowid=?", (row[1],))
            if found is not None and found[0] in wanted:
                raise _integrity_refusal(f"{table_label(table)} {found[0]} 引用的 {row[2]} 记录不存在",
                                         "数据包里有记录引用了本机和数据包里都没有的记录，")


def _logged_ids(store: Store, changes: list[list], tables: set[str], existing: dict[str, set[str]]) -> dict[str, set[str]]:
    """Records new to the file that the bundle changes again after inserting them, and that the
    file still has log entries for (deleted here once): their updates take the careful path."""
    seen: dict[tuple[str, str], int] = {}
    for c in changes:
        if c[2] in tables and c[3] not in existing.get(c[2], ()):
            seen[(c[2], c[3])] = seen.get((c[2], c[3]), 0) + 1
    wanted: dict[str, list[str]] = {}
    for (table, record_id), n in seen.items():
        if n > 1:
            wanted.setdefault(table, []).append(record_id)
    out: dict[str, set[str]] = {}
    for table, ids in wanted.items():
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            out.setdefault(table, set()).update(r[0] for r in store.query(
                f"SELECT DISTINCT record_id FROM change_log WHERE table_name=? AND record_id IN "
                f"({','.join('?' * len(chunk))})", (table, *chunk)))
    return out


def _known_values(store: Store, change: dict, summary: dict) -> dict:
    """The change's columns this schema has (an older sender's extra columns are dropped and counted)."""
    values = json.loads(change["data"]) if change["data"] else {}
    if values.get("_redacted"):   # anonymised at the origin: nothing left to write
        summary["ignored"]["redacted"] += 1
        return {}
    cols = store.column_set(change["table_name"])
    known = {k: val for k, val in values.items() if k in cols}
    summary["dropped_columns"] += len(values) - len(known)
    if change["op"] == "insert" and "site_id" in cols and known.get("site_id") != change["site_id"]:
        raise RefusedError(f"数据包里有冒充其他单位建立的记录（{table_label(change['table_name'])} "
                           f"{change['record_id']}），整个数据包没有导入。")
    return known


def _apply_one(store: Store, change: dict, summary: dict, bundle_id: str) -> None:
    table, record_id, op = change["table_name"], change["record_id"], change["op"]
    current = store.one(f"SELECT * FROM {table} WHERE id=?", (record_id,))
    if op == "delete":
        store.apply_remote(change, None)
        if current is not None:
            bump(summary["deleted"], table)
        return
    known = _known_values(store, change, summary)
    if op == "insert" and current is None:
        store.apply_remote(change, known)
        bump(summary["added"], table)
        return
    if current is None:   # an update of a record this installation never received (not sent to it)
        summary["ignored"]["missing"] += 1
        return
    known.pop("id", None)
    winners = _resolve(store, change, current, known, summary, bundle_id)
    # An insert of a record already here (sent twice by two paths) is applied as an update.
    store.apply_remote({**change, "op": "update" if op == "insert" else op}, winners)
    if any(current[k] != val for k, val in winners.items()):
        bump(summary["updated"], table)


def _resolve(store: Store, change: dict, current: sqlite3.Row, values: dict, summary: dict,
             bundle_id: str) -> dict:
    """Concurrent edits of one field: the later edit (ts, then site id) wins, on every side alike."""
    origin, ts = change["site_id"], change["ts"]
    history = None
    winners = {}
    for col, value in values.items():
        if current[col] == value:   # nothing to write (and no rule on the row is woken)
            continue
        if history is None:
            history = store.query("SELECT site_id, ts, op, data FROM change_log WHERE table_name=? AND record_id=? "
                                  "ORDER BY seq DESC", (change["table_name"], change["record_id"]))
        last = next((h for h in history if h["op"] != "delete" and h["data"] and col in json.loads(h["data"])), None)
        if last is None or last["site_id"] == origin:
            winners[col] = value
            continue
        incoming_wins = (ts, origin) > (last["ts"], last["site_id"])
        if incoming_wins:
            winners[col] = value
        kept = (value, origin, ts) if incoming_wins else (current[col], last["site_id"], last["ts"])
        lost = (current[col], last["site_id"], last["ts"]) if incoming_wins else (value, origin, ts)
        record = {"table_name": change["table_name"], "record_id": change["record_id"], "column_name": col,
                  "kept_value": json.dumps(kept[0], ensure_ascii=False), "kept_origin": kept[1], "kept_ts": kept[2],
                  "lost_value": json.dumps(lost[0], ensure_ascii=False), "lost_origin": lost[1], "lost_ts": lost[2],
                  "bundle_id": bundle_id}
        store.insert("sync_conflict", record)
        summary["conflicts"].append({**record, "incoming_won": incoming_wins})
    return winners
