"""Verify the hash chain of change_log: editing the log outside the program is detected."""
from __future__ import annotations

from db import Store
from db.log_hashes import chain_hash, data_hash
from db.store import REDACTED


def verify_chain(store: Store, progress=None) -> tuple[bool, str]:
    prev = ""
    n = redacted = 0
    last_seq = 0
    # Plain tuples, not sqlite3.Row: a county file holds millions of entries.
    cur = store.conn.cursor()
    cur.row_factory = None
    cur.execute("SELECT seq, site_id, site_seq, table_name, record_id, op, data, data_hash, prev_hash, hash, "
                "actor, ts FROM change_log ORDER BY seq")
    while True:
        rows = cur.fetchmany(5000)
        if not rows:
            break
        for seq, site_id, site_seq, table_name, record_id, op, data, stored_data_hash, prev_hash, hash_, actor, ts \
                in rows:
            n += 1
            if data == REDACTED:
                redacted += 1
            elif data_hash(data) != stored_data_hash:
                return False, f"第 {seq} 条变更记录的内容被改动过（{table_name} {record_id}）。"
            if prev_hash != prev:
                return False, f"第 {seq} 条变更记录之前的记录被删除或改动过（哈希链断开）。"
            if chain_hash(prev_hash, site_id, site_seq, table_name, record_id, op, stored_data_hash, actor,
                          ts) != hash_:
                return False, f"第 {seq} 条变更记录被改动过（{table_name} {record_id}）。"
            prev = hash_
            last_seq = seq
        if progress:
            progress(n, 0, f"已核对 {n} 条变更记录")
    top = store.scalar("SELECT seq FROM sqlite_sequence WHERE name='change_log'") or 0
    if top > last_seq:
        return False, f"最后 {top - last_seq} 条变更记录被删除了（记录号应到 {top}，实际到 {last_seq}）。"
    note = f"，其中 {redacted} 条因匿名化已隐去内容" if redacted else ""
    return True, f"{n} 条变更记录，哈希链完整{note}"
