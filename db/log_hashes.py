"""The hash chain of change_log: each entry's hash covers who, what, when, the data's hash and
the previous entry's hash, so a removed or altered entry shows (`cunwu audit verify`)."""
from __future__ import annotations

import hashlib


def data_hash(data: str | None) -> str:
    return hashlib.sha256((data or "").encode("utf-8")).hexdigest()


def entry_hash(e: dict) -> str:
    """Chain hash: covers who, what, when and the data's hash, plus the previous hash."""
    return chain_hash(e["prev_hash"], e["site_id"], e["site_seq"], e["table_name"], e["record_id"], e["op"],
                      e["data_hash"], e["actor"], e["ts"])


def chain_hash(prev_hash: str, site_id: str, site_seq: int, table_name: str, record_id: str, op: str,
               data_hash: str, actor: str, ts: str) -> str:
    """entry_hash over plain values (verifying a million entries reads them as tuples)."""
    return hashlib.sha256("\x1f".join((prev_hash, site_id, str(site_seq), table_name, record_id, op, data_hash,
                                       actor, ts)).encode("utf-8")).hexdigest()
