"""The notices history: every print or save, with who, when and the PDF's SHA-256.

A village can later prove what it posted: hash the PDF kept (or re-render with the same
parameters) and look the hash up with `find_by_hash`.
"""
from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from db import Store
from db.errors import ValidationError
from db.store import now_utc
from desktop.core.notices.contracts import Publication

ACTIONS = {"print": "打印", "save": "保存PDF"}
_YEAR = re.compile(r"(\d{4})")
_SEQ = re.compile(r"(\d+)\s*号")


def sha256(pdf: bytes) -> str:
    return hashlib.sha256(pdf).hexdigest()


def page_count(pdf: bytes) -> int:
    # reportlab writes "/Type /Pages ... /Count N" once, for the page tree root.
    m = re.search(rb"/Type /Pages\b[^>]*?/Count (\d+)", pdf) or re.search(rb"/Count (\d+)", pdf)
    return int(m.group(1)) if m else 0


def number_parts(number: str, default_year: int) -> tuple[int | None, int | None]:
    """〔2026〕3号 -> (2026, 3); a number without 号 is kept but not counted."""
    if not number:
        return None, None
    seq = _SEQ.search(number)
    year = _YEAR.search(number)
    return (int(year.group(1)) if year else default_year), (int(seq.group(1)) if seq else None)


def record(store: Store, *, kind: str, title: str, publication: Publication, pdf: bytes,
           action: str, target: str = "", params: dict[str, Any] | None = None) -> str:
    """Write one history row through the store's write path; returns its id."""
    if action not in ACTIONS:
        raise ValidationError(f"未知的操作“{action}”，只能是打印或保存。", field="action")
    year, seq = number_parts(publication.number, publication.issued_on.year)
    return store.insert("notices_history", {
        "kind": kind, "title": title, "number": publication.number, "number_year": year,
        "number_seq": seq, "action": action, "target": str(target),
        "params": json.dumps(params or {}, ensure_ascii=False, sort_keys=True, default=str),
        "sha256": sha256(pdf), "pages": page_count(pdf), "size_bytes": len(pdf),
        "actor": store.actor, "done_at": now_utc(),
    })


def entries(store: Store, *, limit: int = 200, kind: str | None = None) -> list[dict]:
    sql = "SELECT * FROM notices_history"
    params: list[Any] = []
    if kind:
        sql += " WHERE kind=?"
        params.append(kind)
    sql += " ORDER BY done_at DESC, created_at DESC LIMIT ?"
    rows = [dict(r) for r in store.query(sql, [*params, limit])]
    for r in rows:
        r["params"] = json.loads(r["params"] or "{}")
    return rows


def find_by_hash(store: Store, digest: str) -> list[dict]:
    digest = (digest or "").strip().lower()
    return [dict(r) for r in store.query(
        "SELECT * FROM notices_history WHERE sha256=? ORDER BY done_at", (digest,))]
