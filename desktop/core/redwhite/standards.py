"""The village's 村规民约 standards, versioned by effective date.

A version holds the limits of every event kind and is in force from its effective date
until the next version's. An event is always judged by the version in force on its start
date, so adopting new standards never changes the verdict on an event held before them.
A version that already judged events (a council decision or actual figures) cannot be
edited, and a new version may not take such events over: change = a new version.

Whose standards (a township file holds many villages' rows, each with its site_id):
- A village's own adopted versions are its own; the township's versions are recommended
  standards that flow down to every village as reference data (bundles).
- An event of village V on day D is judged by V's own version in force on D; if V has
  no own version in force on D (it has adopted none yet, or none that early), by the
  township's recommended version in force on D; otherwise by none.
- So a village that adopts its own standards from day X keeps the township's verdicts on
  events before X, and its own rule from X on. On a township, editing or adding a
  recommended version is refused like a village's own when it would change a verdict on
  events of villages that follow it (as far as their synced records show).
"""
from __future__ import annotations

from bisect import bisect_right

from db import Store
from db.errors import NotFoundError, RefusedError, ValidationError
from desktop.core.redwhite.codes import FIGURES, KINDS, LIMIT_KEYS, check_kind, parse_figure
from desktop.core.redwhite.dates import parse_date

EXAMPLE_TITLE = "示例（请按本村村规民约修改）"
STANDARD_KEYS = ("banned",) + LIMIT_KEYS + ("report_mode", "report_days", "rules")
NO_LIMIT_WORDS = ("无", "none", "不限")     # typed instead of a limit: the kind has none
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
def _site_role(store: Store) -> str:
    row = store.one("SELECT role FROM site LIMIT 1")
    return row[0] if row else "village"


def recommending_site(store: Store, site_id: str | None = None) -> str | None:
    """The site whose standards `site_id` follows where it has none of its own: a village's
    township. On a village file that is the registered township; on a township file, the
    township itself for each of its villages."""
    site = site_id or store.site_id
    township = _site_role(store) == "township"
    if site != store.site_id:
        return store.site_id if township else None
    if township:
        return None
    return store.scalar("SELECT peer_site_id FROM sync_peer WHERE site_id=? AND relation='parent' AND active=1 "
                        "AND peer_site_id IS NOT NULL ORDER BY created_at LIMIT 1", (store.site_id,))


def versions(store: Store, site_id: str | None = None) -> list[dict]:
    """One site's own versions (default: this installation's), oldest first, with "until"."""
    rows = [dict(r) for r in store.query(
        "SELECT * FROM redwhite_standard_version WHERE site_id=? ORDER BY effective_date",
        (site_id or store.site_id,))]
    for i, v in enumerate(rows):
        v["until"] = rows[i + 1]["effective_date"] if i + 1 < len(rows) else None
    return rows


def recommended_versions(store: Store) -> list[dict]:
    """The township's recommended versions as this village received them ([] on a township)."""
    upper = recommending_site(store)
    return versions(store, upper) if upper else []


def standards_of(store: Store, version_id: str) -> dict[str, dict]:
    return {r["kind"]: dict(r) for r in store.query(
        "SELECT * FROM redwhite_standard WHERE version_id=?", (version_id,))}


def _with_standards(store: Store, site_id: str | None, source: str) -> list[dict]:
    found = versions(store, site_id) if site_id else []
    by_version: dict[str, dict] = {v["id"]: {} for v in found}
    if found:
        for r in store.query("SELECT * FROM redwhite_standard WHERE site_id=?", (site_id,)):
            by_version.setdefault(r["version_id"], {})[r["kind"]] = dict(r)
    for v in found:
        v["standards"] = by_version[v["id"]]
        v["source"] = source
    return found


def public_standards(by_kind: dict[str, dict]) -> dict[str, dict]:
    """Each kind's limits and rules without the bookkeeping columns (ids, sites, times)."""
    return {kind: {k: std[k] for k in STANDARD_KEYS} for kind, std in by_kind.items()}


def all_versions(store: Store) -> list[dict]:
    """Every version this installation can see: its own, then the township's recommended
    ones, each with "source" (own|township) and its public standards."""
    keys = ("id", "effective_date", "until", "title", "is_example", "note")
    listed = [(v, "own") for v in versions(store)] + [(v, "township") for v in recommended_versions(store)]
    return [{**{k: v[k] for k in keys}, "source": source,
             "standards": public_standards(standards_of(store, v["id"]))} for v, source in listed]


def parse_limit(text: str, *, field: str, label: str, money: bool) -> int | None:
    """A limit as a person types it; one of NO_LIMIT_WORDS means none (None)."""
    text = text.strip()
    if text.lower() in NO_LIMIT_WORDS:
        return None
    return parse_figure(text, field=field, label=label, money=money)


class Timeline:
    """Every version that can judge one site's events, loaded once (judging many events
    quickly): the site's own, then its township's recommended ones (see the module rule)."""

    def __init__(self, store: Store, site_id: str | None = None):
        site = site_id or store.site_id
        self.own = _with_standards(store, site, "own")
        self.recommended = _with_standards(store, recommending_site(store, site), "township")
        self._own_dates = [v["effective_date"] for v in self.own]
        self._rec_dates = [v["effective_date"] for v in self.recommended]

    def on(self, day: str) -> dict | None:
        i = bisect_right(self._own_dates, day)
        if i:
            return self.own[i - 1]
        i = bisect_right(self._rec_dates, day)
        return self.recommended[i - 1] if i else None


def version_for(store: Store, on_date: str, site_id: str | None = None) -> dict | None:
    """The version in force on a date for a site (own, else the township's recommended one),
    with its standards under "standards" and "source" own|township; None if none."""
    return Timeline(store, site_id).on(on_date)


def standard_for(store: Store, kind: str, on_date: str, site_id: str | None = None) -> tuple[dict | None, dict | None]:
    version = version_for(store, on_date, site_id)
    if version is None:
        return None, None
    return version, version["standards"].get(kind)


def _judged_between(store: Store, start: str, until: str | None, site_id: str | None = None) -> list[dict]:
    """Events in [start, until) that already carry a verdict (decision or actual figures)
    and that a version of `site_id` judges: the site's own events and, on a township, those
    of villages that have no own version in force on their date."""
    site = site_id or store.site_id
    followers = ""
    if site == store.site_id and _site_role(store) == "township":
        followers = (" OR (e.site_id <> :site AND NOT EXISTS (SELECT 1 FROM redwhite_standard_version v "
                     "WHERE v.site_id = e.site_id AND v.effective_date <= e.start_date))")
    return [dict(r) for r in store.query(
        "SELECT e.id, e.start_date FROM redwhite_event e WHERE e.start_date >= :start AND e.start_date < :until "
        f"AND (e.site_id = :site{followers}) "
        "AND e.cancelled = 0 AND (e.decision IS NOT NULL OR EXISTS "
        "(SELECT 1 FROM redwhite_figures f WHERE f.event_id = e.id AND f.stage = 'actual')) "
        "ORDER BY e.start_date", {"start": start, "until": until or "9999-12-31", "site": site})]


def judged_count(store: Store, version_id: str) -> int:
    row = store.one("SELECT site_id FROM redwhite_standard_version WHERE id=?", (version_id,))
    for v in versions(store, row[0]) if row else []:
        if v["id"] == version_id:
            return len(_judged_between(store, v["effective_date"], v["until"], v["site_id"]))
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
        if store.one("SELECT 1 FROM redwhite_standard_version WHERE site_id=? AND effective_date=?",
                     (store.site_id, day)):
            raise RefusedError(f"已有 {day} 生效的标准版本，请修改那一版或换一个生效日期。")
        later = store.one("SELECT effective_date FROM redwhite_standard_version WHERE site_id=? "
                          "AND effective_date > ? ORDER BY effective_date LIMIT 1", (store.site_id, day))
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


def adopt_example(store: Store, effective_date, *, title: str | None = None) -> str:
    """The built-in example as a new version (`title` None: the example's own)."""
    return add_version(store, effective_date, EXAMPLE, title=EXAMPLE_TITLE if title is None else title,
                       note="系统自带示例，数字取自某县公开的村规民约范本，请按本村村规民约修改。",
                       is_example=True)


def adopt_recommended(store: Store, effective_date, version_id: str | None = None, *,
                      title: str | None = None) -> str:
    """The village adopts the township's recommended standards (the version in force on
    effective_date, or the one named) as its own version from effective_date: from then on
    it is the village's, edited like any of its own. `title` None: says where it came from."""
    day = parse_date(effective_date, field="effective_date", label="生效日期")
    recommended = recommended_versions(store)
    if version_id:
        chosen = next((v for v in recommended if v["id"] == version_id), None)
    else:
        chosen = next((v for v in reversed(recommended) if v["effective_date"] <= day), None) \
            or (recommended[0] if recommended else None)
    if chosen is None:
        raise NotFoundError("还没有收到乡镇推荐的标准（乡镇下发的数据包导入后才有）。")
    limits = {kind: {k: std[k] for k in STANDARD_KEYS} for kind, std in standards_of(store, chosen["id"]).items()}
    if title is None:
        title = f"采用乡镇推荐标准（{chosen['effective_date']}版）"
    note = f"依据乡镇推荐的村规民约标准“{chosen['title'] or chosen['effective_date']}”。"
    return add_version(store, day, limits, title=title, note=note)


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


def save_version(store: Store, version_id: str, *, title: str, by_kind: dict[str, dict]) -> None:
    """The standards page's 保存: every kind's limits and the title in one transaction, only
    what differs from the saved version. Once a version has judged events only its rules
    (the wording) may change, so its figures are left as they were."""
    with store.transaction():
        judged = judged_count(store, version_id)
        current = standards_of(store, version_id)
        for kind, values in by_kind.items():
            if judged:
                values = {"rules": values["rules"]}
            changed = {k: v for k, v in values.items() if current[kind].get(k) != v}
            if changed:
                update_standard(store, version_id, kind, **changed)
        update_version(store, version_id, title=title)


def set_standard(store: Store, effective_date, kind: str, **changes) -> str:
    """Edit-or-create: change one kind's limits in the version effective on exactly that date,
    or make a new version from that date carrying the change. Returns the version id."""
    day = parse_date(effective_date, field="effective_date", label="生效日期")
    kind = check_kind(kind)
    with store.transaction():
        row = store.one("SELECT id FROM redwhite_standard_version WHERE site_id=? AND effective_date=?",
                        (store.site_id, day))
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
