"""账本校验码: the short head of the change log printed on money notices (财务公开表, 决议公告,
实施结果公开), so the public board witnesses the books.

The code is the local sequence number of the last change_log entry and the first 12 hex digits
of its hash, which through the hash chain covers every change before it. Whoever rewrites the
books or the log before that point afterwards (even recomputing every hash) cannot keep that
entry's hash: `cunwu check --against-notice "第 6914 条 3f9a1c2b7d4e"` says so.
"""
from __future__ import annotations

import re

from db import Store
from db.errors import ValidationError

SHORT = 12


def notice_code(store: Store) -> str:
    """'第 6914 条 3f9a1c2b7d4e' for this file's history as it stands ("" for an empty log)."""
    row = store.one("SELECT seq, hash FROM change_log ORDER BY seq DESC LIMIT 1")
    return f"第 {row[0]} 条 {row[1][:SHORT]}" if row else ""


def verify_notice_code(store: Store, code: str) -> tuple[bool, str]:
    """Does this file still hold the history a printed code witnessed? (number, then 12 hex digits)"""
    parts = re.findall(r"[0-9A-Fa-f]+", code or "")
    if len(parts) < 2 or not parts[0].isdecimal() or len(parts[1]) < SHORT:
        raise ValidationError(f"校验码“{code}”的格式不对：应是公告上印的“第 N 条”加 {SHORT} 位十六进制，"
                              "例如 第 6914 条 3f9a1c2b7d4e。", field="code")
    seq, digest = int(parts[0]), parts[1].lower()[:SHORT]
    row = store.one("SELECT hash FROM change_log WHERE seq=?", (seq,))
    if row is None:
        return False, f"公告上的第 {seq} 条变更记录在本数据文件里不存在：记录被删除过，或这不是打印该公告的数据文件。"
    if not row[0].startswith(digest):
        return False, (f"第 {seq} 条变更记录的校验码是 {row[0][:SHORT]}，与公告上印的 {digest} 不同："
                       "公告打印之后，这之前的账目或变更记录被改动过。")
    return True, f"第 {seq} 条变更记录的校验码 {digest} 与公告一致：公告打印时的账目历史未被改写。"


# ------------------------------------------------------------ kept outside the file
def anchor_path(store: Store):
    """Where the last verified head is kept: beside the backups (often a USB stick), not in the file."""
    from pathlib import Path
    from desktop.core.security.backups import backup_folder
    return backup_folder(store) / f"{Path(store.path).stem}.chain-head.json"


def anchor_check(store: Store) -> list[dict]:
    """Is the entry the last successful check ended at still there, unchanged? Deleting the
    log's last rows is then still reported after later writes have hidden the gap."""
    import json
    if store.path is None:
        return []
    try:
        kept = json.loads(anchor_path(store).read_text(encoding="utf-8"))
        seq, digest, when = int(kept["seq"]), str(kept["hash"]), str(kept.get("time", ""))
    except (OSError, ValueError, KeyError, TypeError):
        return [{"name": "上次核对过的变更记录", "ok": True, "detail": "还没有核对点（这次检查通过后记下）"}]
    row = store.one("SELECT hash FROM change_log WHERE seq=?", (seq,))
    if row is not None and row[0] == digest:
        return [{"name": "上次核对过的变更记录", "ok": True,
                 "detail": f"上次检查（{when[:16]}）核对到的第 {seq} 条仍在，未被改动"}]
    what = ("不见了：这条及其后的变更记录被删除过" if row is None
            else f"的校验码变成了 {row[0][:SHORT]}：这条或更早的变更记录被改写过")
    return [{"name": "上次核对过的变更记录", "ok": False,
             "detail": f"上次检查（{when[:16]}）时变更记录到第 {seq} 条（校验码 {digest[:SHORT]}），现在这一条{what}。"}]


def save_anchor(store: Store) -> None:
    """After a check that passed: keep where the log ends now (a missing stick is no error)."""
    import json
    import os
    from db.store import now_utc
    row = store.one("SELECT seq, hash FROM change_log ORDER BY seq DESC LIMIT 1")
    if row is None or store.path is None:
        return
    path = anchor_path(store)
    tmp = path.with_name(path.name + ".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(json.dumps({"seq": row[0], "hash": row[1], "time": now_utc()}), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass
