"""Importing a bundle: verify everything first, then apply it whole in one transaction, or nothing.

Checks, before anything is written: framing, sender registered, signature with the
registered key, receiver, schema, payload hash, decryption, content hash, counts, origins,
gaps. Then the changes are applied, logged under their origin's site_id/site_seq: new
records (and their later updates in the same bundle) in per-table batches (sync/batch.py),
anything touching a record already here one by one through `Store.apply_remote`; a field
both sides changed goes to the later edit, the same way on every side, and is recorded.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from pathlib import Path

from db import Store
from db import migrate
from db.errors import CunwuError, RefusedError
from db.progress import Progress
from db.store import now_utc
from desktop.core import village
from desktop.core.roster.deferred_indexes import DeferredIndexes, worth_deferring
from desktop.core.sync import bundle, heads, keys, ownership, peers
from desktop.core.sync.acks import acked, record_ack, record_through, through
from desktop.core.sync.batch import Batches
from desktop.core.sync.registry import LOCAL_ONLY, table_label


# SQLite's page cache while applying a bundle (negative: KiB) instead of the default 2 MiB:
# a big bundle writes rows, their indexes and the log all over the file.
IMPORT_CACHE_KIB = -16384


class Verified:
    def __init__(self, manifest: dict, changes: list[list], peer: dict, size: int):
        self.manifest, self.changes, self.peer, self.size = manifest, changes, peer, size


def _fp(public_hex: str) -> str:
    try:
        return keys.fingerprint(public_hex)
    except ValueError:
        return "（无效）"


def verify_bundle(store: Store, data: bytes) -> Verified:
    """Every check, before anything is written. Raises RefusedError with the reason in Chinese."""
    raw = bundle.unpack(data)
    try:
        manifest = json.loads(raw.manifest_bytes.decode("utf-8"))
        sender, receiver = manifest["sender"], manifest["receiver"]
        sender_key, sender_site = str(sender["public_key"]), str(sender["site_id"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise RefusedError("数据包已损坏：清单无法读取（文件内容被改动过），没有导入任何内容。")
    sender_name = f"{sender.get('name', '')}（{sender.get('division_code', '')}）"
    peer = peers.peer_by_key(store, sender_key)
    if peer is None:
        known = peers.peer_by_site(store, sender_site)
        if known is not None:
            raise RefusedError(
                f"数据包的签名密钥与本机登记的“{known['name']}”的密钥不一致（数据包指纹 {_fp(sender_key)}，"
                f"登记的指纹 {keys.fingerprint(known['public_key'])}）。可能是伪造的数据包，或对方重装后换了密钥；"
                "请当面核对指纹后重新登记，没有导入任何内容。")
        raise RefusedError(f"发送方 {sender_name} 没有在本机登记，不能导入。请先导入对方的密钥卡并核对指纹。")
    if not keys.verify(peer["public_key"], raw.manifest_bytes, raw.signature):
        raise RefusedError(f"签名验证失败：这个数据包不是“{peer['name']}”签发的，或者文件内容被改动过。没有导入任何内容。")
    if peer["peer_site_id"] and peer["peer_site_id"] != sender_site:
        raise RefusedError(f"数据包的发送方编号与登记的“{peer['name']}”不一致，没有导入任何内容。")
    if not peer["peer_site_id"]:   # registered by key alone: its first bundle names its site
        other = peers.peer_by_site(store, sender_site)
        taken = sender_site == store.site_id or other is not None or store.scalar(
            "SELECT 1 FROM sync_origin WHERE site_id=? AND origin_site_id=?", (store.site_id, sender_site))
        if taken:
            raise RefusedError(f"“{peer['name']}”的数据包自称是另一个已登记单位（{other['name'] if other else sender_site}），"
                               "已拒绝，没有导入任何内容。")
    if manifest.get("format") != bundle.FORMAT:
        raise RefusedError("数据包格式版本本程序不认识，请升级村务通。")
    my_key = keys.existing_public_key(store)
    if receiver.get("public_key") != my_key or receiver.get("site_id") not in (None, store.site_id):
        me = village.site_info(store)["name"]
        raise RefusedError(f"这个数据包是“{peer['name']}”发给“{receiver.get('name', '')}”的，不是发给本机（{me}）的，"
                           "没有导入任何内容。")
    unknown = sorted(set(manifest.get("migrations") or []) - {m.key for m in migrate.available()})
    if unknown:
        raise RefusedError(f"数据包由较新版本的村务通生成（本程序不认识的结构更新：{'、'.join(unknown)}），"
                           "请先升级本机的村务通再导入。没有导入任何内容。")
    if len(raw.payload) != manifest.get("payload_bytes") \
            or hashlib.sha256(raw.payload).hexdigest() != manifest.get("payload_sha256"):
        raise RefusedError("数据包内容与清单的校验值不符（文件损坏或被改动过），没有导入任何内容。")
    plain = keys.unseal(store, raw.payload)
    if hashlib.sha256(plain).hexdigest() != manifest.get("content_sha256"):
        raise RefusedError("数据包解密后的内容校验值不符，没有导入任何内容。")
    try:
        changes = json.loads(zlib.decompress(plain).decode("utf-8"))["changes"]
    except (zlib.error, ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise RefusedError("数据包内容无法读取（已损坏），没有导入任何内容。")
    if len(changes) != manifest.get("change_count"):
        raise RefusedError("数据包里的变更条数与清单不符，没有导入任何内容。")
    counts: dict[str, dict[str, int]] = {}
    relay = peer["role"] == "township" and peer["relation"] == "child"
    for c in changes:
        if not isinstance(c, list) or len(c) != 8 or c[4] not in ("insert", "update", "delete") \
                or not all(isinstance(c[i], str) for i in (0, 2, 3)) or not isinstance(c[1], int) \
                or not (c[5] is None or isinstance(c[5], str)):
            raise RefusedError("数据包里有格式不对的变更记录，没有导入任何内容。")
        if c[0] != sender_site and not relay:
            raise RefusedError(f"数据包里有不属于“{peer['name']}”的变更（来自其他单位），已拒绝，没有导入任何内容。")
        per = counts.setdefault(c[2], {})
        per[c[4]] = per.get(c[4], 0) + 1
    if counts != manifest.get("counts"):
        raise RefusedError("数据包里各表的变更数与清单不符，没有导入任何内容。")
    _check_gaps(store, manifest, peer)
    return Verified(manifest, changes, peer, len(data))


def _check_gaps(store: Store, manifest: dict, peer: dict) -> None:
    held = through(store)
    for origin, r in (manifest.get("ranges") or {}).items():
        if origin == store.site_id:
            continue
        have = held.get(origin, 0)
        if r["from"] <= have + 1:
            continue
        lo, hi = have + 1, r["from"] - 1
        missing = [e["bundle_no"] for e in manifest.get("earlier") or []
                   if origin in e["ranges"] and e["ranges"][origin]["to"] >= lo
                   and e["ranges"][origin]["from"] <= hi]
        where = (f"第 {'、'.join(str(n) for n in missing)} 号数据包" if missing else "更早的数据包")
        raise RefusedError(
            f"缺少“{peer['name']}”{where}（其中的第 {lo}–{hi} 号变更）：这是第 {manifest['bundle_no']} 号数据包，"
            f"本机只收到第 {have} 号变更为止。请先导入{where}，或请对方重新导出一个完整的数据包"
            "（cunwu sync export 不加 --incremental；对方数据恢复过时加 --full）。没有导入任何内容。")


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
    summary = _new_summary(v, dry_run)
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
                "summary": json.dumps(_stored_summary(summary), ensure_ascii=False)})
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
    names = {p["id"]: p["name"] for p in peers.peers(store, include_inactive=True)}
    rows = [dict(r) for r in store.query("SELECT * FROM sync_refusal WHERE site_id=? ORDER BY created_at DESC LIMIT ?",
                                         (store.site_id, limit))]
    for r in rows:
        r["peer_name"] = names.get(r["peer_id"], "")
    return rows


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


def _new_summary(v: Verified, dry_run: bool) -> dict:
    m = v.manifest
    return {"bundle_id": m["bundle_id"], "bundle_no": m["bundle_no"], "sender": m["sender"]["name"],
            "sender_code": m["sender"].get("division_code", ""), "dry_run": dry_run, "already_imported": False,
            "change_count": len(v.changes), "bytes": v.size, "created_at": m.get("created_at"),
            "added": {}, "updated": {}, "deleted": {},
            "ignored": {"duplicate": 0, "missing": 0, "unknown": 0, "own": 0, "redacted": 0}, "dropped_columns": 0,
            "conflicts": []}


def _stored_summary(summary: dict) -> dict:
    out = {k: summary[k] for k in ("added", "updated", "deleted", "ignored", "dropped_columns")}
    out["conflicts"] = len(summary["conflicts"])
    return out


def _bump(d: dict, key: str) -> None:
    d[key] = d.get(key, 0) + 1


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
                    _bump(summary["added"], table)
                else:   # nothing to write (anonymised): keep the number, in order
                    batches.log_only(change)
                if batches.full():
                    batches.flush(refused)
                continue
            if op != "delete" and batches.can_fold(change):
                if batches.fold(change, _known_values(store, change, summary)):
                    _bump(summary["updated"], table)
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
            _bump(summary["deleted"], table)
        return
    known = _known_values(store, change, summary)
    if op == "insert" and current is None:
        store.apply_remote(change, known)
        _bump(summary["added"], table)
        return
    if current is None:   # an update of a record this installation never received (not sent to it)
        summary["ignored"]["missing"] += 1
        return
    known.pop("id", None)
    winners = _resolve(store, change, current, known, summary, bundle_id)
    # An insert of a record already here (sent twice by two paths) is applied as an update.
    store.apply_remote({**change, "op": "update" if op == "insert" else op}, winners)
    if any(current[k] != val for k, val in winners.items()):
        _bump(summary["updated"], table)


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


# ---------------------------------------------------------------- plain words
def _phrase(counts: dict[str, int]) -> str:
    return "、".join(f"{table_label(t)} {n} 条" for t, n in sorted(counts.items(), key=lambda kv: -kv[1]))


def describe(summary: dict) -> str:
    """What an import changed (or would change), in a sentence a clerk can read."""
    who = f"来自“{summary['sender']}”的第 {summary['bundle_no']} 号数据包"
    if summary.get("already_imported"):
        return f"{who}以前已经导入过，这次没有做任何改动。"
    lead = "预览（没有写入）：" if summary.get("dry_run") else ""
    verb = "将" if summary.get("dry_run") else "已"
    parts = [f"{verb}{word} {_phrase(summary[key])}"
             for key, word in (("added", "新增"), ("updated", "修改"), ("deleted", "删除")) if summary[key]]
    ign = summary["ignored"]
    will = "将" if summary.get("dry_run") else ""
    for count, sentence in ((ign["duplicate"] + ign["own"], "{n} 条以前已经收到，{will}跳过"),
                            (ign["missing"], "{n} 条修改针对本机没有的记录，{will}忽略"),
                            (ign["unknown"], "{n} 条属于本机没有的数据表，{will}忽略"),
                            (ign["redacted"], "{n} 条是已匿名化人员的旧内容，不再传送")):
        if count:
            parts.append(sentence.format(n=count, will=will))
    conflicts = summary["conflicts"]
    if conflicts:
        won = sum(1 for c in conflicts if c["incoming_won"])
        parts.append(f"{len(conflicts)} 处同一内容两边都改过：{won} 处采用对方较新的修改，"
                     f"{len(conflicts) - won} 处保留本机较新的修改（都已记录备查）")
    if not parts:
        parts.append("没有新的内容")
    gap = summary.get("restored_gap")
    if gap:
        parts.append(f"注意：本机数据可能是从旧备份恢复的（对方已收到本机到第 {gap['peer_holds']} 号的变更，"
                     f"与本机记录不一致）。已改用新的编号，并把 {gap['sent_again']} 条本机变更排入下次导出重新发送，"
                     "不会丢失或重复")
    return f"{lead}{who}共 {summary['change_count']} 条变更：" + "；".join(parts) + "。"


# ------------------------------------------------------------------- many at once
def bundle_files(sources: list[str | Path]) -> list[Path]:
    """The bundle files named: files as given, folders searched (not their sub-folders) for
    *.cwbundle; hidden `.partial` leftovers of an interrupted copy are not bundles."""
    out: list[Path] = []
    for source in sources:
        path = Path(source)
        if path.is_dir():
            out.extend(sorted(p for p in path.iterdir() if p.is_file() and p.suffix == bundle.SUFFIX
                              and not p.name.startswith(".")))
        else:
            out.append(path)
    return out


def import_many(store: Store, sources: list[str | Path], *, dry_run: bool = False, backup: bool = False,
                progress: Progress | None = None) -> list[dict]:
    """Import a stick's worth of bundles (files and folders), each on its own: one refused
    bundle does not stop the others. Each result: file, ok, and summary or error.

    The safety backup is made once for the whole batch, before the first bundle that will
    really be applied. Bundles are taken per sender in number order (incremental bundles need
    it); in a folder, bundles addressed to another office (this office's own outgoing ones,
    say) are listed as skipped.
    """
    progress = progress or (lambda *a: None)
    files = bundle_files(sources)
    my_key = keys.existing_public_key(store)
    entries = []
    for i, path in enumerate(files):
        entry: dict = {"file": str(path), "ok": False}
        try:
            data = bundle.read_file(path)
            manifest = json.loads(bundle.unpack(data).manifest_bytes.decode("utf-8"))
            entry["order"] = (str(manifest["sender"]["site_id"]), int(manifest["bundle_no"]), i)
            del data   # read again when its turn comes: a stick of big bundles is not held in memory
            if manifest["receiver"].get("public_key") != my_key and len(files) > 1:
                entry.update(skipped=True, ok=True,
                             text=f"发给“{manifest['receiver'].get('name', '')}”的数据包，不是发给本机的，跳过。")
        except CunwuError as exc:
            entry.update(order=("", 0, i), error=str(exc))
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            entry.update(order=("", 0, i), error="数据包已损坏：清单无法读取，没有导入。")
        entries.append(entry)
    entries.sort(key=lambda e: e["order"])
    backed_up = None
    for n, entry in enumerate(entries):
        entry.pop("order")
        if entry.get("skipped") or "error" in entry:
            continue
        progress(n, len(entries), f"正在导入 {Path(entry['file']).name}（{n + 1}/{len(entries)}）……")
        try:
            summary = import_bundle(store, entry["file"], dry_run=dry_run, file_label=Path(entry["file"]).name,
                                    backup=backup and backed_up is None)
        except CunwuError as exc:
            entry["error"] = str(exc)
            continue
        backed_up = backed_up or summary.get("backup")
        entry.update(ok=True, summary=summary, text=summary["text"])
    progress(len(entries), len(entries), "导入完成")
    return entries
