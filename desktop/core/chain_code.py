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
