"""The village's 村规民约 standards, versioned by effective date.

A version holds the limits of every event kind and is in force from its effective date
until the next version's. An event is always judged by the version in force on its start
date, so adopting new standards never changes the verdict on an event held before them.
A version that already judged events (a council decision or actual figures) cannot be
edited, and a new version may not take such events over: change = a new version.
"""
from __future__ import annotations

from db import Store
from db.errors import NotFoundError, RefusedError, ValidationError
from desktop.core.redwhite.codes import FIGURES, KINDS, LIMIT_KEYS, check_kind
from desktop.core.redwhite.dates import parse_date

EXAMPLE_TITLE = "示例（请按本村村规民约修改）"
STANDARD_KEYS = ("banned",) + LIMIT_KEYS + ("report_mode", "report_days", "rules")
REPORT_MODES = {"before": "提前", "within": "事后"}

# One county's published example (DOMAIN.md): ≤ 20 tables, ≤ ¥300 a table, 彩礼 ≤ ¥30,000,
# gift ≤ ¥100 (¥200 close relatives). The rest are common 村规民约 choices, to be adjusted.
_NO_LIMITS = {k: None for k in LIMIT_KEYS}
EXAMPLE = {
    "婚事": {**_NO_LIMITS, "max_tables": 20, "max_cost_per_table_fen": 300_00, "max_bride_price_fen": 30_000_00,
             "max_gift_fen": 100_00, "max_gift_close_fen": 200_00, "max_cars": 6, "max_days": 1,
             "max_troupes": 1, "banned": 0, "report_mode": "before", "report_days": 7,
             "rules": "婚事新办，不搞铺张；不设拦车、闹婚等陋习；提倡集体婚礼。"},
    "丧事": {**_NO_LIMITS, "max_tables": 20, "max_cost_per_table_fen": 300_00, "max_gift_fen": 100_00,
             "max_gift_close_fen": 200_00, "max_cars": 6, "max_days": 3, "max_troupes": 1, "banned": 0,
             "report_mode": "within", "report_days": 1,
             "rules": "丧事简办，3 天内办完；不请戏班，不搞封建迷信；按规定火化并报乡镇民政办。"},
    "寿宴": {**_NO_LIMITS, "max_tables": 5, "max_cost_per_table_fen": 300_00, "max_gift_fen": 100_00,
             "max_days": 1, "max_troupes": 0, "banned": 0, "report_mode": "before", "report_days": 3,
             "rules": "只限家庭内部，不邀请亲属以外宾客，不收礼金。"},
    "满月": {**_NO_LIMITS, "max_tables": 5, "max_cost_per_table_fen": 300_00, "max_gift_fen": 100_00,
             "max_days": 1, "max_troupes": 0, "banned": 0, "report_mode": "before", "report_days": 3,
             "rules": "只限直系亲属。"},
    "升学宴": {**_NO_LIMITS, "banned": 1, "report_mode": "before", "report_days": 3,
               "rules": "不办升学宴、谢师宴。"},
    "乔迁宴": {**_NO_LIMITS, "banned": 1, "report_mode": "before", "report_days": 3,
               "rules": "不办乔迁宴。"},
    "其他": {**_NO_LIMITS, "max_tables": 5, "max_cost_per_table_fen": 300_00, "max_gift_fen": 100_00,
             "max_days": 1, "max_troupes": 0, "banned": 0, "report_mode": "before", "report_days": 3,
             "rules": "其他宴请一律从简。"},
}


# ------------------------------------------------------------------ validation
def clean_standard(kind: str, values: dict) -> dict:
    """Validated copy of one kind's limits; messages name the kind and the limit."""
    out: dict = {}
    bad = set(values) - set(STANDARD_KEYS)
    if bad:
        raise ValidationError(f"标准没有这些项目：{', '.join(sorted(bad))}")
    for fig in FIGURES:
        if not fig.limit or fig.limit not in values:
            continue
        value = values[fig.limit]
        if value in (None, ""):
            out[fig.limit] = None
            continue
        out[fig.limit] = fig.check(value, subject=f"{kind}的“{fig.label}”上限", field=fig.limit)
    if "banned" in values:
        out["banned"] = 1 if values["banned"] in (1, True, "1", "是", "true") else 0
    if "report_mode" in values:
        if values["report_mode"] not in REPORT_MODES:
            raise ValidationError(f"{kind}的申报方式应为 before（提前）或 within（事后若干天内）。",
                                  field="report_mode")
        out["report_mode"] = values["report_mode"]
    if "report_days" in values:
        days = values["report_days"]
        if days in (None, ""):
            out["report_days"] = None
        elif isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= 90:
            raise ValidationError(f"{kind}的申报时限应为 0 到 90 天，现在是“{days}”。", field="report_days")
        else:
            out["report_days"] = days
    if "rules" in values:
        rules = str(values["rules"] or "").strip()
        if len(rules) > 2000:
            raise ValidationError(f"{kind}的条文太长（最多 2000 字）。", field="rules")
        out["rules"] = rules
    return out


# ------------------------------------------------------------------ reading
def versions(store: Store) -> list[dict]:
    rows = [dict(r) for r in store.query(
        "SELECT * FROM redwhite_standard_version ORDER BY effective_date")]
    for i, v in enumerate(rows):
        v["until"] = rows[i + 1]["effective_date"] if i + 1 < len(rows) else None
    return rows


def standards_of(store: Store, version_id: str) -> dict[str, dict]:
    return {r["kind"]: dict(r) for r in store.query(
        "SELECT * FROM redwhite_standard WHERE version_id=?", (version_id,))}


def version_for(store: Store, on_date: str) -> dict | None:
    """The version in force on a date, with its standards under "standards"; None if none."""
    row = store.one("SELECT * FROM redwhite_standard_version WHERE effective_date <= ? "
                    "ORDER BY effective_date DESC LIMIT 1", (on_date,))
    if row is None:
        return None
    version = dict(row)
    version["standards"] = standards_of(store, version["id"])
    return version


def standard_for(store: Store, kind: str, on_date: str) -> tuple[dict | None, dict | None]:
    version = version_for(store, on_date)
    if version is None:
        return None, None
    return version, version["standards"].get(kind)


def _judged_between(store: Store, start: str, until: str | None) -> list[dict]:
    """Events in [start, until) that already carry a verdict (decision or actual figures)."""
    return [dict(r) for r in store.query(
        "SELECT e.id, e.start_date FROM redwhite_event e WHERE e.start_date >= ? AND e.start_date < ? "
        "AND e.cancelled = 0 AND (e.decision IS NOT NULL OR EXISTS "
        "(SELECT 1 FROM redwhite_figures f WHERE f.event_id = e.id AND f.stage = 'actual')) "
        "ORDER BY e.start_date", (start, until or "9999-12-31"))]


def judged_count(store: Store, version_id: str) -> int:
    for v in versions(store):
        if v["id"] == version_id:
            return len(_judged_between(store, v["effective_date"], v["until"]))
    raise NotFoundError("找不到这一版标准。")


# ------------------------------------------------------------------ writing
def add_version(store: Store, effective_date, standards: dict[str, dict] | None = None, *,
                title: str = "", note: str = "", is_example: bool = False) -> str:
    """A new version from effective_date. Kinds not given keep the limits in force then."""
    day = parse_date(effective_date, field="effective_date", label="生效日期")
    standards = standards or {}
    for kind in standards:
        check_kind(kind)
    cleaned = {k: clean_standard(k, v) for k, v in standards.items()}
    with store.transaction():
        if store.one("SELECT 1 FROM redwhite_standard_version WHERE effective_date=?", (day,)):
            raise RefusedError(f"已有 {day} 生效的标准版本，请修改那一版或换一个生效日期。")
        later = store.one("SELECT effective_date FROM redwhite_standard_version WHERE effective_date > ? "
                          "ORDER BY effective_date LIMIT 1", (day,))
        base = version_for(store, day)
        # Events with no version in force had no verdict to keep; the others keep theirs.
        taken = _judged_between(store, day, later[0] if later else None) if base else []
        if taken:
            raise RefusedError(
                f"已有 {len(taken)} 件 {day} 以后的事项（最晚 {taken[-1]['start_date']}）按原标准作出了决定"
                f"或登记了实际数字；新标准不能改变已有结论，生效日期最早为 "
                f"{_day_after(taken[-1]['start_date'])}。")
        base_std = base["standards"] if base else {}
        version_id = store.insert("redwhite_standard_version", {
            "effective_date": day, "title": (title or "").strip(), "note": note or "",
            "is_example": 1 if is_example else 0})
        rows = []
        for kind in KINDS:
            inherited = {k: base_std[kind][k] for k in STANDARD_KEYS} if kind in base_std else \
                {**_NO_LIMITS, "banned": 0, "report_mode": "before", "report_days": None, "rules": ""}
            rows.append({"version_id": version_id, "kind": kind, **inherited, **cleaned.get(kind, {})})
        store.insert_many("redwhite_standard", rows)
    return version_id


def adopt_example(store: Store, effective_date) -> str:
    return add_version(store, effective_date, EXAMPLE, title=EXAMPLE_TITLE,
                       note="系统自带示例，数字取自某县公开的村规民约范本，请按本村村规民约修改。",
                       is_example=True)


def update_standard(store: Store, version_id: str, kind: str, **changes) -> dict:
    """Edit one kind's limits within a version that has not judged any event yet."""
    kind = check_kind(kind)
    cleaned = clean_standard(kind, changes)
    with store.transaction():
        version = store.get("redwhite_standard_version", version_id)
        judged = judged_count(store, version_id)
        if judged and set(cleaned) - {"rules"}:
            raise RefusedError(
                f"{version['effective_date']} 生效的标准已用于 {judged} 件事项的审核，不能再改数字；"
                "请新建一个版本（填写新的生效日期）。")
        row = store.one("SELECT id FROM redwhite_standard WHERE version_id=? AND kind=?", (version_id, kind))
        diff = store.update("redwhite_standard", row[0], cleaned)
        if diff and version["is_example"] and set(diff) - {"rules"}:
            store.update("redwhite_standard_version", version_id, {"is_example": 0})
        return diff


def update_version(store: Store, version_id: str, *, title: str | None = None, note: str | None = None) -> dict:
    changes = {}
    if title is not None:
        changes["title"] = title.strip()
    if note is not None:
        changes["note"] = note
    return store.update("redwhite_standard_version", version_id, changes)


def set_standard(store: Store, effective_date, kind: str, **changes) -> str:
    """Edit-or-create: change one kind's limits in the version effective on exactly that date,
    or make a new version from that date carrying the change. Returns the version id."""
    day = parse_date(effective_date, field="effective_date", label="生效日期")
    kind = check_kind(kind)
    with store.transaction():
        row = store.one("SELECT id FROM redwhite_standard_version WHERE effective_date=?", (day,))
        if row:
            update_standard(store, row[0], kind, **changes)
            return row[0]
        return add_version(store, day, {kind: changes})


def delete_version(store: Store, version_id: str) -> None:
    """Remove a version that never judged an event (a mistaken entry)."""
    with store.transaction():
        version = store.get("redwhite_standard_version", version_id)
        if judged_count(store, version_id):
            raise RefusedError(f"{version['effective_date']} 生效的标准已用于审核事项，不能删除。")
        for r in store.query("SELECT id FROM redwhite_standard WHERE version_id=?", (version_id,)):
            store.delete("redwhite_standard", r[0])
        store.delete("redwhite_standard_version", version_id)


def _day_after(day: str) -> str:
    from datetime import date, timedelta
    return (date.fromisoformat(day) + timedelta(days=1)).isoformat()


def describe(std: dict) -> list[str]:
    """One kind's limits in words, for the screen, the CLI and the 承诺书."""
    if std.get("banned"):
        lines = ["不办（村规民约禁止）"]
    else:
        lines = []
        for fig in FIGURES:
            if fig.limit and std.get(fig.limit) is not None:
                lines.append(f"{fig.label}不超过 {fig.shown(std[fig.limit])}")
    if std.get("report_days") is not None:
        if std.get("report_mode") == "within":
            lines.append(f"事后 {std['report_days']} 天内申报")
        else:
            lines.append(f"提前 {std['report_days']} 天申报")
    if std.get("rules"):
        lines.append(std["rules"])
    return lines
