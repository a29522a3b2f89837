"""A red-white event's verdict in the interface's language.

desktop.core.redwhite.checks words its findings and statuses in Chinese for the CLI and the
printed notices; the screen rebuilds them from the structured parts (figure key, value,
limit) so a Korean interface shows them in Korean.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.core.redwhite.codes import FIGURE_BY_KEY
from desktop.core.money import yuan
from desktop.ui.core_labels import core_label

# Spelled out at each call (context and text literal) so lupdate extracts them.
translate = QCoreApplication.translate

_COUNTED = [(re.compile(r"^申报超标 (\d+) 项$"), "申报超标 %1 项"), (re.compile(r"^超标 (\d+) 项$"), "超标 %1 项")]
_FIXED = ("无适用标准", "待登记实际", "符合标准")


def _t(text: str) -> str:
    return translate("RedWhiteVerdict", text)


def shown(key: str, value: int) -> str:
    fig = FIGURE_BY_KEY[key]
    return f"{yuan(value)} {core_label('元')}" if fig.money else f"{value} {core_label(fig.unit)}"


def finding_text(kind: str, finding: dict) -> str:
    if finding["key"] == "banned":
        return translate("RedWhiteVerdict", "本村村规民约规定不办%1").replace("%1", core_label(kind))
    key = finding["key"]
    return translate("RedWhiteVerdict", "%1 %2，超过标准 %3，超出 %4").replace(
        "%1", core_label(FIGURE_BY_KEY[key].label)).replace("%2", shown(key, finding["value"])).replace(
        "%3", shown(key, finding["limit"])).replace("%4", shown(key, finding["value"] - finding["limit"]))


def status_text(status: str) -> str:
    for pattern, text in _COUNTED:
        m = pattern.match(status or "")
        if m:
            return _t(text).replace("%1", m.group(1))
    return _t(status) if status in _FIXED else status


def late_text(report_date: str, verdict: dict) -> str:
    return translate("RedWhiteVerdict", "申报日期 %1，晚于规定（应在 %2 前申报）").replace("%1", report_date).replace(
        "%2", verdict.get("report_deadline") or "")


def findings_lines(kind: str, report_date: str, verdict: dict) -> list[str]:
    """Like checks.findings_text: lateness first, then each finding labelled by stage."""
    lines = [late_text(report_date, verdict)] if verdict.get("late") else []
    for stage, key in (("申报", "plan_findings"), ("实际", "actual_findings")):
        lines += [f"{core_label(stage)}：{finding_text(kind, f)}" for f in verdict[key]]
    return lines


# Marked for extraction: the statuses are translated through _t(status) above.
_STATUSES = [
    QT_TRANSLATE_NOOP("RedWhiteVerdict", "无适用标准"), QT_TRANSLATE_NOOP("RedWhiteVerdict", "待登记实际"),
    QT_TRANSLATE_NOOP("RedWhiteVerdict", "符合标准"), QT_TRANSLATE_NOOP("RedWhiteVerdict", "申报超标 %1 项"),
    QT_TRANSLATE_NOOP("RedWhiteVerdict", "超标 %1 项"),
]
