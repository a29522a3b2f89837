"""Special groups (特殊群体): 低保, 特困供养, 残疾, 留守儿童 ... one row per membership period.

Decisions:
- A membership has a start and (once it ends) an end date; it is never deleted, so the
  history of who received 低保 when stays.
- 残疾 needs a category (视力/听力/言语/肢体/智力/精神/多重) and a grade (一级-四级),
  stored together as detail "肢体二级". 特困供养 needs 分散供养 or 集中供养.
- 高龄 is NOT recorded by hand: it follows from the birth date (age >= the village
  setting "roster.high_age", default 80), so it can never be forgotten or go stale.
  `memberships()` shows it as a derived row and `members()` / search filter on it by age.
- Only people in the village (在册, 外出务工) can join a group; death, moving out and
  merging end the open memberships (see lifecycle.py).
- A roster import takes a membership's start from the sheet when it has one (a 纳入日期
  column or a date beside the group); otherwise the membership starts on the import day and
  is marked 自导入起 (start unknown) in its note, so reports for earlier months can say so
  and the clerk can set the real start later (set_start_date / set_start_dates).
"""
from __future__ import annotations

import re
from datetime import date as Date
from typing import Any

from db import Store
from db.errors import NotFoundError, RefusedError, ValidationError
from desktop.core.inputs.text import parse_count
from desktop.core.roster import codes
from desktop.core.roster.lifecycle import RESIDENT, event_date

DERIVED = "高龄"
DEFAULT_HIGH_AGE = 80
DISABILITY_CATEGORIES = ("视力", "听力", "言语", "肢体", "智力", "精神", "多重")
DISABILITY_GRADES = ("一", "二", "三", "四")
KIND_ALIASES = {"五保": "特困供养", "五保户": "特困供养", "特困": "特困供养", "低保户": "低保",
                "残疾人": "残疾", "空巢": "空巢老人", "独居": "独居老人", "优抚": "优抚对象",
                "监测对象": "监测户", "脱贫人口": "脱贫户"}
_GRADE_WORDS = {"1": "一", "2": "二", "3": "三", "4": "四", "一": "一", "二": "二", "三": "三", "四": "四"}


HIGH_AGE_SETTING = "roster.high_age"
HIGH_AGE_RANGE = (60, 100)


def high_age(store: Store) -> int:
    """The age from which a person counts as 高龄 (the village's setting, else 80)."""
    return int(store.setting(HIGH_AGE_SETTING, DEFAULT_HIGH_AGE) or DEFAULT_HIGH_AGE)


def set_high_age(store: Store, years) -> int:
    """Set the 高龄 age (60-100): every 高龄 list, count and notice follows it at once."""
    low, high = HIGH_AGE_RANGE
    years = parse_count(years, field="high_age", label="高龄起始年龄", minimum=low, maximum=high)
    if years != high_age(store):
        store.set_setting(HIGH_AGE_SETTING, years)
    return years


def kind_label(text: str | None) -> str:
    """'五保' -> '特困供养'; refuses unknown kinds with the list of known ones."""
    t = (text or "").strip()
    t = KIND_ALIASES.get(t, t)
    if t not in codes.SPECIAL_GROUPS:
        raise ValidationError(f"特殊群体“{text}”无法识别（可选：{'、'.join(codes.SPECIAL_GROUPS)}）。",
                              field="kind")
    return t


def clean_detail(kind: str, detail: str = "", *, category: str | None = None,
                 grade: str | int | None = None) -> str:
    """The stored detail for a kind, validated: '肢体二级', '分散供养', or '' for the others."""
    detail = (detail or "").strip().replace(" ", "")
    if kind == "残疾":
        if not category and not grade and detail:
            category, grade = _split_disability(detail)
        cat = (category or "").strip().removesuffix("残疾")
        if cat not in DISABILITY_CATEGORIES:
            raise ValidationError(f"残疾类别“{category or ''}”无效，应为：{'、'.join(DISABILITY_CATEGORIES)}。",
                                  field="category")
        g = _GRADE_WORDS.get(str(grade or "").strip().removesuffix("级"))
        if g is None:
            raise ValidationError(f"残疾等级“{grade or ''}”无效，应为一级至四级（1-4）。", field="grade")
        return f"{cat}{g}级"
    if kind == "特困供养":
        d = {"分散": "分散供养", "集中": "集中供养"}.get(detail, detail)
        if d not in codes.SPECIAL_GROUPS["特困供养"]:
            raise ValidationError("特困供养须注明“分散供养”或“集中供养”。", field="detail")
        return d
    return detail


def _split_disability(detail: str) -> tuple[str, str]:
    for cat in DISABILITY_CATEGORIES:
        if detail.startswith(cat):
            rest = detail[len(cat):].removeprefix("残疾")
            return cat, rest
    return detail, ""


def add_membership(store: Store, person_id: str, kind: str, *, detail: str = "",
                   category: str | None = None, grade: str | int | None = None,
                   start: str | Date | None = None, note: str = "") -> str:
    """Put a person into a special group from `start` (default today); returns the row id."""
    kind = kind_label(kind)
    if kind == DERIVED:
        raise RefusedError(f"高龄由出生日期自动判断（年满 {high_age(store)} 周岁），无需手工登记。")
    detail = clean_detail(kind, detail, category=category, grade=grade)
    with store.transaction():
        person = store.one("SELECT * FROM person WHERE id=?", (person_id,))
        if person is None:
            raise NotFoundError("找不到此人。")
        if person["status"] not in RESIDENT:
            raise RefusedError(f"{person['name']} 的状态是“{person['status']}”，不能加入{kind}。")
        day = event_date(start, field="start", label="开始日期")
        if person["birth_date"] and day < person["birth_date"]:
            raise ValidationError(f"开始日期 {day} 早于出生日期 {person['birth_date']}。", field="start")
        open_row = open_membership(store, person_id, kind)
        if open_row:
            raise RefusedError(f"{person['name']} 已是{kind}（自 {open_row['start_date'] or '未知日期'} 起），"
                               "如需更改请先结束原记录。")
        return store.insert("person_group", {"person_id": person_id, "kind": kind, "detail": detail,
                                             "start_date": day, "note": (note or "").strip()})


def open_membership(store: Store, person_id: str, kind: str) -> dict | None:
    """The person's membership of `kind` that has not ended, if any (at most one is open)."""
    row = store.one("SELECT * FROM person_group WHERE person_id=? AND kind=? AND end_date IS NULL",
                    (person_id, kind_label(kind)))
    return dict(row) if row else None


def end_membership(store: Store, membership_id: str, *, on: str | Date | None = None,
                   reason: str = "") -> None:
    """End a membership on `on` (default today); the reason is kept in its note."""
    with store.transaction():
        row = store.one("SELECT g.*, p.name FROM person_group g JOIN person p ON p.id = g.person_id "
                        "WHERE g.id=?", (membership_id,))
        if row is None:
            raise NotFoundError("找不到这条特殊群体记录。")
        if row["end_date"]:
            raise RefusedError(f"{row['name']} 的{row['kind']}记录已于 {row['end_date']} 结束。")
        day = event_date(on, field="end", label="结束日期")
        if row["start_date"] and day < row["start_date"]:
            raise ValidationError(f"结束日期 {day} 早于开始日期 {row['start_date']}。", field="end")
        changes: dict[str, Any] = {"end_date": day}
        if reason.strip():
            changes["note"] = (row["note"] + "；" if row["note"] else "") + f"结束原因：{reason.strip()}"
        store.update("person_group", membership_id, changes)


def memberships(store: Store, person_id: str, *, include_ended: bool = True) -> list[dict]:
    """Stored memberships (newest first), plus the derived 高龄 row when it applies."""
    person = store.one("SELECT birth_date, status FROM person WHERE id=?", (person_id,))
    if person is None:
        raise NotFoundError("找不到此人。")
    sql = "SELECT * FROM person_group WHERE person_id=?"
    if not include_ended:
        sql += " AND end_date IS NULL"
    rows = [{**dict(r), "derived": False} for r in
            store.query(sql + " ORDER BY end_date IS NOT NULL, start_date DESC", (person_id,))]
    # Rows typed as 高龄 before it became derived are shadowed by the derived one.
    rows = [r for r in rows if r["kind"] != DERIVED]
    since = high_age_since(store, person["birth_date"])
    if since and person["status"] in RESIDENT and since <= Date.today().isoformat():
        rows.insert(0, {"id": None, "person_id": person_id, "kind": DERIVED, "detail": "",
                        "start_date": since, "end_date": None, "note": "按出生日期自动判断",
                        "derived": True})
    return rows


def current_kinds(store: Store, person_id: str) -> list[str]:
    return [r["kind"] for r in memberships(store, person_id, include_ended=False)]


def high_age_since(store: Store, birth_date: str | None) -> str | None:
    """The day a person born on `birth_date` reaches the 高龄 age."""
    if not birth_date:
        return None
    born = Date.fromisoformat(birth_date)
    years = born.year + high_age(store)
    try:
        return born.replace(year=years).isoformat()
    except ValueError:     # born on 29 February
        return Date(years, 3, 1).isoformat()


def high_age_cutoff(store: Store, on: Date | None = None) -> str:
    """People born on or before this date are 高龄 on `on`."""
    on = on or Date.today()
    years = on.year - high_age(store)
    try:
        return on.replace(year=years).isoformat()
    except ValueError:
        return Date(years, 2, 28).isoformat()


def members(store: Store, kind: str, *, on: str | Date | None = None) -> list[str]:
    """Ids of people in the village (在册, 外出务工) who are in `kind` on `on` (default today)."""
    kind = kind_label(kind)
    day = event_date(on, label="日期")
    if kind == DERIVED:
        cutoff = high_age_cutoff(store, Date.fromisoformat(day))
        return [r[0] for r in store.query(
            "SELECT id FROM person WHERE birth_date <= ? AND status IN ('在册','外出务工') ORDER BY birth_date",
            (cutoff,))]
    return [r[0] for r in store.query(
        "SELECT DISTINCT g.person_id FROM person_group g JOIN person p ON p.id = g.person_id "
        "WHERE g.kind=? AND (g.start_date IS NULL OR g.start_date <= ?) "
        "AND (g.end_date IS NULL OR g.end_date >= ?) AND p.status IN ('在册','外出务工')",
        (kind, day, day))]


# ------------------------------------------------------------------ start dates from imports
SINCE_IMPORT = "自导入起"
_UNKNOWN_NOTE = "，开始日期不详（自导入起）"
# Imports before start dates were read wrote just "从 <file> 导入": their start is unknown too.
_OLD_IMPORT_NOTE = re.compile(r"^从 .+ 导入(；|$)")


def import_note(source_name: str, start_known: bool) -> str:
    """The note a roster import gives a membership it adds."""
    return f"从 {source_name} 导入" + ("，开始日期按表中填写" if start_known else _UNKNOWN_NOTE)


def start_unknown(note: str | None) -> bool:
    """A membership dated by the day a sheet was imported, its real start not known (自导入起)."""
    note = note or ""
    return SINCE_IMPORT in note or bool(_OLD_IMPORT_NOTE.match(note))


def undated_memberships(store: Store, kind: str | None = None) -> list[dict]:
    """Memberships imported without a start date (自导入起), with the person's name and 户号,
    by group then name. 高龄 is derived and never among them."""
    sql = ("SELECT g.*, p.name, h.hh_no FROM person_group g JOIN person p ON p.id=g.person_id "
           "LEFT JOIN household h ON h.id=p.household_id WHERE g.note LIKE '从 % 导入%'")
    params: list = []
    if kind:
        sql += " AND g.kind=?"
        params.append(kind_label(kind))
    from desktop.core.security.visibility import HIDDEN, level, view_group
    if level(store.role, "groups") == HIDDEN:
        return []
    rows = [dict(r) for r in store.query(sql + " ORDER BY g.kind, p.name_pinyin, p.name", params)]
    # As the role may see them (a disability's grade is health data, notes may be hidden).
    return [view_group(store.role, r) for r in rows if start_unknown(r["note"])]


def latest_membership(store: Store, person: dict, kind: str) -> dict:
    """The person's open membership of `kind`, else the one that began last (whose start a
    clerk corrects); refused when there is none."""
    kind = kind_label(kind)
    row = open_membership(store, person["id"], kind) or store.one(
        "SELECT * FROM person_group WHERE person_id=? AND kind=? ORDER BY start_date DESC LIMIT 1",
        (person["id"], kind))
    if row is None:
        raise NotFoundError(f"{person['name']} 没有{kind}记录。")
    return dict(row)


def set_start_date(store: Store, membership_id: str, start, *, reason: str = "") -> dict:
    """Correct when a membership began (an imported one marked 自导入起, or any other); the
    note keeps that it was set later. Returns the updated row."""
    with store.transaction():
        row = store.one("SELECT g.*, p.name, p.birth_date FROM person_group g JOIN person p ON p.id=g.person_id "
                        "WHERE g.id=?", (membership_id,))
        if row is None:
            raise NotFoundError("找不到这条特殊群体记录。")
        if start in (None, ""):
            raise ValidationError("请填写开始日期。", field="start")
        day = event_date(start, field="start", label="开始日期")
        if row["birth_date"] and day < row["birth_date"]:
            raise ValidationError(f"{row['name']} 的{row['kind']}开始日期 {day} 早于出生日期 {row['birth_date']}。",
                                  field="start")
        if row["end_date"] and day > row["end_date"]:
            raise ValidationError(f"{row['name']} 的{row['kind']}已于 {row['end_date']} 结束，开始日期 {day} "
                                  "不能晚于结束日期。", field="start")
        other = store.one("SELECT start_date, end_date FROM person_group WHERE person_id=? AND kind=? AND id<>? "
                          "AND (end_date IS NULL OR end_date>=?) AND (start_date IS NULL OR start_date<=?) "
                          "ORDER BY start_date LIMIT 1",
                          (row["person_id"], row["kind"], membership_id, day, row["end_date"] or "9999-12-31"))
        if other is not None:
            raise RefusedError(f"{row['name']} 另有一段{row['kind']}记录（{other['start_date'] or '未知日期'} 至 "
                               f"{other['end_date'] or '今'}），与 {day} 起的这段重叠。")
        note = row["note"] or ""
        if start_unknown(note):
            head = note.split("；", 1)
            head[0] = re.sub(r"^(从 .+? 导入).*$", r"\1", head[0]) + f"，开始日期于 {Date.today().isoformat()} 补填"
            note = "；".join(head)
        if reason.strip():
            note += f"；开始日期更正原因：{reason.strip()}"
        if day != row["start_date"] or note != row["note"]:
            store.update("person_group", membership_id, {"start_date": day, "note": note})
        return dict(store.one("SELECT * FROM person_group WHERE id=?", (membership_id,)))


def set_start_dates(store: Store, membership_ids, start) -> int:
    """The same start for several memberships (the roster page's bulk action), all or none."""
    ids = list(dict.fromkeys(membership_ids))
    if not ids:
        raise ValidationError("请先选择要设定起始日期的记录。", field="ids")
    with store.transaction():
        for membership_id in ids:
            set_start_date(store, membership_id, start)
    return len(ids)

