"""Monthly reporting (上报): a registry of report parts, and the draft → submitted → answered cycle.

Each area registers `fn(store, month 'YYYY-MM') -> JSON-safe dict` under a name (population,
care, funds, redwhite) with registry.register_sync. A village builds the
month's report from every registered part, submits it (it travels up in the next bundle),
and the township accepts it or returns it with a comment (the answer travels back).
The township adds the numeric leaves of its villages' reports up.
"""
from __future__ import annotations

import calendar
import json
import re
from datetime import date
from typing import Any

from db import Store
from db.errors import NotFoundError, RefusedError, ValidationError
from db.store import now_utc
from desktop.core.sync import registry

STATE_LABELS = {"draft": "草稿", "submitted": "已上报", "accepted": "已接收", "returned": "已退回"}
_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


def check_month(month: str) -> str:
    month = (month or "").strip()
    if not _MONTH.match(month):
        raise ValidationError(f"月份应写成 YYYY-MM（例如 2026-03），现在是“{month}”。", field="month")
    return month


def month_bounds(month: str) -> tuple[date, date]:
    year, mon = int(month[:4]), int(month[5:])
    return date(year, mon, 1), date(year, mon, calendar.monthrange(year, mon)[1])


def build(store: Store, month: str) -> dict[str, Any]:
    month = check_month(month)
    return {name: fn(store, month) for name, _label, fn in registry.report_parts()}


# ------------------------------------------------------------------ workflow
def _report_row(store: Store, month: str, site_id: str | None = None):
    return store.one("SELECT * FROM sync_report WHERE site_id=? AND month=?", (site_id or store.site_id, month))


def _latest_review(store: Store, report_id: str, version: int):
    return store.one("SELECT * FROM sync_report_review WHERE report_id=? AND version=? "
                     "ORDER BY created_at DESC LIMIT 1", (report_id, version))


def describe_report(store: Store, row) -> dict:
    """A report with its state as both sides see it: draft, submitted, accepted or returned."""
    r = dict(row)
    r["data"] = json.loads(r["data"] or "{}")
    review = _latest_review(store, r["id"], r["version"]) if r["state"] == "submitted" else None
    r["status"] = review["decision"] if review else r["state"]
    r["status_label"] = STATE_LABELS[r["status"]]
    r["comment"] = review["comment"] if review else ""
    r["reviewed_at"] = review["created_at"] if review else None
    r["reviewer"] = review["reviewer"] if review else ""
    # The comment of an earlier return stays visible while the clerk fixes the draft.
    if r["status"] in ("draft", "submitted") and r["version"] > 0 and not review:
        earlier = store.one("SELECT comment FROM sync_report_review WHERE report_id=? AND decision='returned' "
                            "ORDER BY created_at DESC LIMIT 1", (r["id"],))
        r["last_return_comment"] = earlier[0] if earlier else ""
    return r


def report(store: Store, month: str, site_id: str | None = None) -> dict | None:
    row = _report_row(store, check_month(month), site_id)
    return describe_report(store, row) if row else None


def prepare(store: Store, month: str, note: str | None = None) -> dict:
    """Build (or rebuild) this village's draft for a month from every registered part."""
    month = check_month(month)
    with store.transaction():
        current = report(store, month)
        if current and current["status"] in ("submitted", "accepted"):
            raise RefusedError(f"{month} 的月报{current['status_label']}，不能再修改。"
                               + ("如需更正，请等乡镇退回后再改。" if current["status"] == "submitted" else ""))
        data = json.dumps(build(store, month), ensure_ascii=False, sort_keys=True)
        if current is None:
            store.insert("sync_report", {"month": month, "data": data, "note": note or ""})
        else:
            changes: dict[str, Any] = {"data": data, "state": "draft"}
            if note is not None:
                changes["note"] = note
            store.update("sync_report", current["id"], changes)
        return report(store, month)


def submit(store: Store, month: str, note: str | None = None, *, who: str = "") -> dict:
    """Freeze the month's figures and mark them for the township; the next bundle carries them."""
    month = check_month(month)
    with store.transaction():
        current = prepare(store, month, note)
        store.update("sync_report", current["id"], {
            "state": "submitted", "version": current["version"] + 1, "submitted_at": now_utc(),
            "submitted_by": who or store.actor})
        return report(store, month)


def review(store: Store, report_id: str, decision: str, comment: str = "", *, who: str = "") -> dict:
    """The township's answer: accepted, or returned with a comment saying what to fix."""
    if decision not in ("accepted", "returned"):
        raise ValidationError("审核结果只能是接收（accepted）或退回（returned）。", field="decision")
    comment = (comment or "").strip()
    if decision == "returned" and not comment:
        raise ValidationError("退回月报时请写明原因，村里才知道要改什么。", field="comment")
    with store.transaction():
        row = store.one("SELECT * FROM sync_report WHERE id=?", (report_id,))
        if row is None:
            raise NotFoundError("找不到这份月报。")
        if row["site_id"] == store.site_id:
            raise RefusedError("不能审核本单位自己的月报。")
        current = describe_report(store, row)
        if current["status"] != "submitted":
            raise RefusedError(f"这份月报目前是“{current['status_label']}”状态，只有已上报（待审核）的月报才能接收或退回。")
        store.insert("sync_report_review", {"report_id": report_id, "version": row["version"],
                                            "decision": decision, "comment": comment, "reviewer": who or store.actor})
        return describe_report(store, store.one("SELECT * FROM sync_report WHERE id=?", (report_id,)))


def reports(store: Store, *, month: str | None = None, own: bool | None = None) -> list[dict]:
    sql, args = "SELECT * FROM sync_report WHERE 1=1", []
    if month:
        sql += " AND month=?"
        args.append(check_month(month))
    if own is True:
        sql += " AND site_id=?"
        args.append(store.site_id)
    elif own is False:
        sql += " AND site_id<>?"
        args.append(store.site_id)
    return [describe_report(store, r) for r in store.query(sql + " ORDER BY month DESC, site_id", args)]


def numeric_leaves(data: Any, prefix: str = "") -> dict[str, int | float]:
    """Flatten a report to {"population.groups.低保": 3, ...}: the numbers a township adds up."""
    out: dict[str, int | float] = {}
    if isinstance(data, dict):
        for key, value in data.items():
            out.update(numeric_leaves(value, f"{prefix}.{key}" if prefix else str(key)))
    elif isinstance(data, (int, float)) and not isinstance(data, bool):
        out[prefix] = data
    return out


def leaf_label(key: str) -> str:
    """A readable column title for a flattened key: the registered part's label, then the path."""
    part, _, rest = key.partition(".")
    label = registry.REPORT_PARTS[part][0] if part in registry.REPORT_PARTS else part
    words = {"households": "户数", "persons": "人数", "male": "男", "female": "女", "away": "外出务工",
             "age_0_6": "0-6岁", "age_60_plus": "60岁以上", "age_80_plus": "80岁以上"}
    path = [words.get(w, w) for w in rest.split(".") if w != "groups"]
    return label + "·" + "·".join(path) if rest else label
