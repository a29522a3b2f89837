"""History anchored outside the file: each bundle carries where its sender's history stands.

A bundle's signed manifest holds `stream`: the sender's last change (its site_seq and the
change_log hash of that entry, which covers every entry before it through the hash chain)
and `checkpoints`, the same for every point a peer may have kept (the ends of the bundles
sent to that peer before, and what the peer confirmed). The receiver keeps each head it was
sent (sync_head) and refuses a bundle whose history differs at any kept point: rewriting the
log from one entry on and recomputing the hashes no longer passes once a bundle left the
office. A village restored from an old backup is told which changes the township had that it
lost; the township's clerk accepts the new history explicitly (`accept_history`, logged).

The short head of the whole file printed on money notices is in `desktop/core/chain_code.py`.
"""
from __future__ import annotations

import json

from db import Store
from db.errors import RefusedError, ValidationError
from desktop.core.sync import peers

SHORT = 12


# ------------------------------------------------------------------- sending
def stream(store: Store, peer: dict) -> dict:
    """This installation's head and checkpoints, for the manifest of a bundle to `peer`."""
    me = store.site_id
    row = store.one("SELECT site_seq, hash FROM change_log WHERE site_id=? ORDER BY site_seq DESC LIMIT 1", (me,))
    if row is None:
        return {"seq": 0, "hash": "", "checkpoints": {}}
    points = set()
    for (ranges,) in store.query("SELECT ranges FROM sync_exchange WHERE site_id=? AND peer_id=? AND direction='out'",
                                 (me, peer["id"])):
        r = json.loads(ranges).get(me)
        if r:
            points.add(int(r["to"]))
    acked = store.scalar("SELECT acked_seq FROM sync_ack WHERE site_id=? AND peer_id=? AND origin_site_id=?",
                         (me, peer["id"], me))
    if acked:
        points.add(int(acked))
    checkpoints = {}
    wanted = sorted(points)
    for i in range(0, len(wanted), 500):
        chunk = wanted[i:i + 500]
        checkpoints.update({str(s): h for s, h in store.query(
            f"SELECT site_seq, hash FROM change_log WHERE site_id=? AND site_seq IN ({','.join('?' * len(chunk))})",
            [me, *chunk])})
    return {"seq": row[0], "hash": row[1], "checkpoints": checkpoints}


# ----------------------------------------------------------------- receiving
def check(store: Store, peer: dict, manifest: dict) -> None:
    """Refuse (RefusedError) a bundle whose sender's history differs from what it sent before."""
    origin = str(manifest["sender"]["site_id"])
    kept = _kept(store, origin)
    sent = manifest.get("stream")
    if not isinstance(sent, dict):
        if kept:
            raise RefusedError(f"“{peer['name']}”的数据包没有带变更记录校验码（可能由旧版村务通生成），"
                               "本机无法核对它的历史，没有导入任何内容。请对方升级村务通后重新导出。")
        return
    try:
        top = int(sent["seq"])
        claimed = {int(k): str(v) for k, v in (sent.get("checkpoints") or {}).items()}
        claimed[top] = str(sent["hash"])
    except (KeyError, TypeError, ValueError):
        raise RefusedError("数据包的变更记录校验码格式不对，没有导入任何内容。")
    last_ok = _reset_point(store, origin)
    for seq, expected, when in kept:
        if seq > top:     # an older bundle arriving late: what it holds was checked when it came
            break
        if claimed.get(seq) != expected:
            lost_to = max(s for s, _, _ in kept)
            raise RefusedError(
                f"{peer['name']}的变更记录从第 {last_ok + 1} 条起与上次收到的不一致：本机 {when[:10]} 收到的第 {seq} 条"
                f"校验码是 {expected[:SHORT]}，这次的数据包里是 {(claimed.get(seq) or '（没有）')[:SHORT]}。"
                f"可能是对方的数据文件被直接改动过，或是从旧备份恢复的（那样对方丢失了本机已收到的第 {last_ok + 1}–{lost_to} "
                f"条中的变更）。没有导入任何内容，已记入同步记录。核实后，如确实是恢复了备份，本机可用 "
                f"cunwu sync accept-history “{peer['name']}” 接受对方新的记录。")
        last_ok = seq


def record(store: Store, peer: dict, manifest: dict) -> None:
    """Keep the head a bundle brought (inside the import's transaction)."""
    sent = manifest.get("stream")
    if not isinstance(sent, dict) or not sent.get("hash"):
        return
    origin = str(manifest["sender"]["site_id"])
    seq, digest = int(sent["seq"]), str(sent["hash"])
    if store.scalar("SELECT 1 FROM sync_head WHERE site_id=? AND origin_site_id=? AND seq=? AND hash=? AND reset=0",
                    (store.site_id, origin, seq, digest)):
        return
    store.insert("sync_head", {"peer_id": peer["id"], "origin_site_id": origin, "seq": seq, "hash": digest,
                               "bundle_id": str(manifest.get("bundle_id", ""))})


def accept_history(store: Store, peer_text: str) -> dict:
    """The clerk's explicit, logged acceptance that an office's history starts anew (after it
    restored an old backup): earlier heads stay on record but are no longer compared."""
    peer = peers.find_peer(store, peer_text)
    if not peer["peer_site_id"]:
        raise ValidationError(f"还没有收到过“{peer['name']}”的数据包，不需要接受新的记录。")
    top = store.scalar("SELECT MAX(seq) FROM sync_head WHERE site_id=? AND origin_site_id=?",
                       (store.site_id, peer["peer_site_id"])) or 0
    store.insert("sync_head", {"peer_id": peer["id"], "origin_site_id": peer["peer_site_id"], "seq": top,
                               "hash": "", "reset": 1})
    return {"peer": peer["name"], "from_seq": top}


def _reset_point(store: Store, origin: str) -> int:
    return store.scalar("SELECT MAX(seq) FROM sync_head WHERE site_id=? AND origin_site_id=? AND reset=1",
                        (store.site_id, origin)) or 0


def _kept(store: Store, origin: str) -> list[tuple[int, str, str]]:
    """The heads received from `origin` since the last accepted reset, in order."""
    reset_at = store.scalar("SELECT MAX(created_at) FROM sync_head WHERE site_id=? AND origin_site_id=? AND reset=1",
                            (store.site_id, origin))
    rows = store.query("SELECT seq, hash, created_at FROM sync_head WHERE site_id=? AND origin_site_id=? AND reset=0 "
                       "AND created_at > COALESCE(?, '') ORDER BY seq", (store.site_id, origin, reset_at))
    return [(r[0], r[1], r[2]) for r in rows]
