"""The checkpoint a passing check leaves beside the anchor (outside the file), which the next check
starts from: the log entry it reached, its key, and each table's fingerprint packed in base64.
"""
from __future__ import annotations

import base64
import json
import os
import struct

from db import Store
from desktop.core.replay.fingerprint import BUCKET_SHIFT, Prints
from desktop.core.replay.format1 import Fingerprint

FORMAT = 2                    # of the checkpoint file (1: the previous version's, still read)


def _dump_prints(prints: Prints) -> dict:
    buckets = sorted(prints)
    return {"rowids_per_bucket": 1 << BUCKET_SHIFT,
            "buckets": base64.b64encode(struct.pack(f"<{len(buckets)}Q", *buckets)).decode(),
            "counts": base64.b64encode(struct.pack(f"<{len(buckets)}I", *(prints[b][0] for b in buckets))).decode(),
            "digests": base64.b64encode(b"".join(prints[b][1] for b in buckets)).decode()}


def _load_prints(d: dict) -> Prints:
    if int(d["rowids_per_bucket"]) != 1 << BUCKET_SHIFT:
        raise ValueError("other buckets")
    raw_buckets, raw_counts, digests = (base64.b64decode(d[k]) for k in ("buckets", "counts", "digests"))
    n = len(raw_buckets) // 8
    if len(raw_buckets) != 8 * n or len(raw_counts) != 4 * n or len(digests) != 16 * n:
        raise ValueError("bad checkpoint")
    return dict(zip(struct.unpack(f"<{n}Q", raw_buckets),
                    zip(struct.unpack(f"<{n}I", raw_counts), (digests[i:i + 16] for i in range(0, 16 * n, 16)))))


def checkpoint_path(store: Store):
    from desktop.core.chain_code import anchor_path
    path = anchor_path(store)
    return path.with_name(path.name.replace(".chain-head.json", ".replay-check.json"))


def load_checkpoint(store: Store) -> dict | None:
    """The last passing check's checkpoint, if it belongs to this file's log as it stands."""
    if store.path is None:
        return None
    try:
        kept = json.loads(checkpoint_path(store).read_text(encoding="utf-8"))
        form = kept.get("format")
        if form not in (1, FORMAT):
            return None
        seq, digest, key, tables = int(kept["seq"]), str(kept["hash"]), bytes.fromhex(kept["key"]), kept["tables"]
        load = _load_prints if form == FORMAT else Fingerprint.load
        parsed = {t: load(d) for t, d in tables.items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError, struct.error):
        return None
    if len(key) != 16 or store.scalar("SELECT hash FROM change_log WHERE seq=?", (seq,)) != digest:
        return None        # another file of the same name, or a rewritten log: replay in full
    marks = kept.get("marks") if isinstance(kept.get("marks"), dict) else {}
    return {"format": form, "seq": seq, "key": kept["key"], "tables": parsed, "marks": marks}


def save_checkpoint(store: Store, checkpoint: dict) -> None:
    """After a check that passed (a missing stick is no error)."""
    if store.path is None or not checkpoint:
        return
    path = checkpoint_path(store)
    tmp = path.with_name(path.name + ".tmp")
    data = {"format": FORMAT, "seq": checkpoint["seq"], "hash": checkpoint["hash"], "key": checkpoint["key"],
            "tables": {t: _dump_prints(fp) for t, fp in checkpoint["tables"].items() if fp is not None},
            "marks": checkpoint.get("marks", {})}     # what other checks proved of every row, and under what
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps(data), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass
