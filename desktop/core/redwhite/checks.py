"""Checking an event against the standards in force on its date, in the clerk's words."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, timedelta

from desktop.core.redwhite.codes import FIGURES, STAGES


@dataclass(frozen=True)
class Finding:
    stage: str            # plan | actual
    key: str              # figure key, or "banned"
    value: int | None
    limit: int | None
    message: str          # e.g. 酒席 25 桌，超过标准 20 桌，超出 5 桌

    def as_dict(self) -> dict:
        return asdict(self)


def _limit_of(fig, std: dict):
    limit = std.get(fig.limit)
    if fig.key == "gift_close_fen" and limit is None:
        limit = std.get("max_gift_fen")     # no separate figure: close relatives follow the general one
    return limit


def unknown_limited(std: dict | None, figures: dict | None) -> list[str]:
    """Labels of the figures a limit applies to but the family did not give (未填): without
    them nobody can say the event kept to the standards."""
    if not std or not figures or std.get("banned"):
        return []
    return [fig.label for fig in FIGURES
            if fig.limit and _limit_of(fig, std) is not None and figures.get(fig.key) is None]


def check_figures(kind: str, std: dict | None, figures: dict | None, stage: str) -> list[Finding]:
    """Each limit the figures exceed, in words, with the excess. No standard or no figures:
    nothing to say; an unknown figure (未填) exceeds nothing."""
    if not std or not figures:
        return []
    if std.get("banned"):
        return [Finding(stage, "banned", None, None, f"本村村规民约规定不办{kind}")]
    out = []
    for fig in FIGURES:
        if not fig.limit:
            continue
        limit = _limit_of(fig, std)
        value = figures.get(fig.key)
        if limit is not None and value is not None and value > limit:
            out.append(Finding(stage, fig.key, value, limit,
                               f"{fig.label} {fig.shown(value)}，超过标准 {fig.shown(limit)}，"
                               f"超出 {fig.shown(value - limit)}"))
    return out


def report_deadline(std: dict | None, start_date: str) -> str | None:
    """Last day the plan may be reported: N days before the start, or within N days after it."""
    if not std or std.get("report_days") is None:
        return None
    start = date.fromisoformat(start_date)
    days = int(std["report_days"])
    if std.get("report_mode") == "within":
        return (start + timedelta(days=days)).isoformat()
    return (start - timedelta(days=days)).isoformat()


def late_message(kind: str, std: dict | None, start_date: str, report_date: str) -> str | None:
    deadline = report_deadline(std, start_date)
    if deadline is None or report_date <= deadline:
        return None
    if std.get("report_mode") == "within":
        rule = f"{kind}应在 {std['report_days']} 天内申报"
    else:
        rule = f"{kind}应提前 {std['report_days']} 天申报"
    return f"申报日期 {report_date}，晚于规定（{rule}，即 {deadline} 前）"


def evaluate(kind: str, version: dict | None, start_date: str, report_date: str,
             plan: dict | None, actual: dict | None) -> dict:
    """The verdict of one event: findings per stage, lateness, compliance (None if unknown)."""
    std = version["standards"].get(kind) if version else None
    plan_findings = check_figures(kind, std, plan, "plan")
    actual_findings = check_figures(kind, std, actual, "actual")
    late = late_message(kind, std, start_date, report_date)
    if std is None:
        compliance, status = None, "无适用标准"
    elif actual is None:
        compliance = None
        status = f"申报超标 {len(plan_findings)} 项" if plan_findings else "待登记实际"
    elif actual_findings:
        compliance, status = False, f"超标 {len(actual_findings)} 项"
    elif unknown := unknown_limited(std, actual):
        # Nothing known exceeds, but what is not known cannot be called compliant.
        compliance, status = None, f"实际数字未填全（未填：{'、'.join(unknown)}）"
    else:
        compliance, status = True, "符合标准"
    return {
        "version_id": version["id"] if version else None,
        "version_date": version["effective_date"] if version else None,
        "version_title": version["title"] if version else None,
        "plan_findings": [f.as_dict() for f in plan_findings],
        "actual_findings": [f.as_dict() for f in actual_findings],
        "late": late is not None, "late_message": late,
        "report_deadline": report_deadline(std, start_date),
        "within_standards": compliance, "status": status,
        "actual_unknown": unknown_limited(std, actual),
    }


def findings_text(verdict: dict) -> list[str]:
    """All findings as lines, labelled by stage, lateness first."""
    lines = []
    if verdict.get("late_message"):
        lines.append(verdict["late_message"])
    for f in verdict["plan_findings"]:
        lines.append(f"{STAGES['plan']}：{f['message']}")
    for f in verdict["actual_findings"]:
        lines.append(f"{STAGES['actual']}：{f['message']}")
    return lines
