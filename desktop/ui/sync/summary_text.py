"""The plain-language import summary in the interface's language.

desktop.core.sync.import_summary.describe() words it in Chinese for the CLI; the sync page
rebuilds the same sentence from the summary's counts so a Korean interface reads Korean.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.sync.registry import table_label
from desktop.ui.core_labels import core_label

# Spelled out at each call (context and text literal) so lupdate extracts them.
translate = QCoreApplication.translate

def _counts(counts: dict[str, int]) -> str:
    return core_label("、").join(
        translate("ImportSummary", "%1 %2 条").replace("%1", core_label(table_label(t))).replace("%2", str(n))
        for t, n in sorted(counts.items(), key=lambda kv: -kv[1]))


def describe(summary: dict) -> str:
    """What an import changed (or would change): the screen's copy of import_summary.describe()."""
    dry = bool(summary.get("dry_run"))
    who = translate("ImportSummary", "来自“%1”的第 %2 号数据包").replace(
        "%1", summary["sender"]).replace("%2", str(summary["bundle_no"]))
    if summary.get("already_imported"):
        return translate("ImportSummary", "%1以前已经导入过，这次没有做任何改动。").replace("%1", who)
    verbs = {"added": (translate("ImportSummary", "将新增 %1"), translate("ImportSummary", "已新增 %1")),
             "updated": (translate("ImportSummary", "将修改 %1"), translate("ImportSummary", "已修改 %1")),
             "deleted": (translate("ImportSummary", "将删除 %1"), translate("ImportSummary", "已删除 %1"))}
    parts = [verbs[key][0 if dry else 1].replace("%1", _counts(summary[key])) for key in verbs if summary[key]]
    ign = summary["ignored"]
    for count, (will, done) in (
            (ign["duplicate"] + ign["own"], (translate("ImportSummary", "%1 条以前已经收到，将跳过"),
                                             translate("ImportSummary", "%1 条以前已经收到，跳过"))),
            (ign["missing"], (translate("ImportSummary", "%1 条修改针对本机没有的记录，将忽略"),
                              translate("ImportSummary", "%1 条修改针对本机没有的记录，忽略"))),
            (ign["unknown"], (translate("ImportSummary", "%1 条属于本机没有的数据表，将忽略"),
                              translate("ImportSummary", "%1 条属于本机没有的数据表，忽略"))),
            (ign["redacted"], (translate("ImportSummary", "%1 条是已匿名化人员的旧内容，不再传送"),) * 2)):
        if count:
            parts.append((will if dry else done).replace("%1", str(count)))
    conflicts = summary["conflicts"]
    if conflicts:
        won = sum(1 for c in conflicts if c["incoming_won"])
        parts.append(translate(
            "ImportSummary", "%1 处同一内容两边都改过：%2 处采用对方较新的修改，%3 处保留本机较新的修改（都已记录备查）")
            .replace("%1", str(len(conflicts))).replace("%2", str(won)).replace("%3", str(len(conflicts) - won)))
    if not parts:
        parts.append(translate("ImportSummary", "没有新的内容"))
    gap = summary.get("restored_gap")
    if gap:
        parts.append(translate(
            "ImportSummary", "注意：本机数据可能是从旧备份恢复的（对方已收到本机到第 %1 号的变更，与本机记录不一致）。"
                     "已改用新的编号，并把 %2 条本机变更排入下次导出重新发送，不会丢失或重复")
            .replace("%1", str(gap["peer_holds"])).replace("%2", str(gap["sent_again"])))
    lead = translate("ImportSummary", "预览（没有写入）：") if dry else ""
    return lead + translate("ImportSummary", "%1共 %2 条变更：%3。").replace("%1", who).replace(
        "%2", str(summary["change_count"])).replace("%3", translate("ImportSummary", "；").join(parts))

