"""The summary of one import (what was added, updated, deleted, ignored; conflicts) and its
sentence for the clerk (`describe`)."""
from __future__ import annotations

from desktop.core.sync.registry import table_label
from desktop.core.sync.verify import Verified


def new_summary(v: Verified, dry_run: bool) -> dict:
    """Nothing counted yet: the counters importing.py fills as it applies the bundle."""
    m = v.manifest
    return {"bundle_id": m["bundle_id"], "bundle_no": m["bundle_no"], "sender": m["sender"]["name"],
            "sender_code": m["sender"].get("division_code", ""), "dry_run": dry_run, "already_imported": False,
            "change_count": len(v.changes), "bytes": v.size, "created_at": m.get("created_at"),
            "added": {}, "updated": {}, "deleted": {},
            "ignored": {"duplicate": 0, "missing": 0, "unknown": 0, "own": 0, "redacted": 0}, "dropped_columns": 0,
            "conflicts": []}


def stored_summary(summary: dict) -> dict:
    """The counts kept with the exchange in the sync history (conflicts by number)."""
    out = {k: summary[k] for k in ("added", "updated", "deleted", "ignored", "dropped_columns")}
    out["conflicts"] = len(summary["conflicts"])
    return out


def bump(d: dict, key: str) -> None:
    """One more for `key` (a table's added/updated/deleted count)."""
    d[key] = d.get(key, 0) + 1


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
