"""Care places: kind, capacity, opening days (weekdays plus dated exceptions), services, subsidies."""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from db import Store
from db.errors import NotFoundError, RefusedError, ValidationError
from desktop.core.care import kinds
from desktop.core.inputs.dates import month_bounds, parse_day, parse_month
from desktop.core.inputs.money import check_fen, parse_money
from desktop.core.inputs.text import parse_count

PLACE_FIELDS = ("name", "kind", "capacity", "open_weekdays", "services", "meal_subsidy_fen",
                "person_subsidy_fen", "min_age", "max_age", "address", "manager", "phone", "note")
WEEKDAY_NAMES = "一二三四五六日"
_WEEKDAY_WORDS = {"每天": "1234567", "全周": "1234567", "工作日": "12345", "周一至周五": "12345",
                  "周一到周五": "12345", "周一至周六": "123456", "周一到周六": "123456"}


def parse_weekdays(text: Any) -> str:
    """'12345', '一二三四五', '周一至周五', '每天' -> '12345' (sorted ISO weekday digits)."""
    raw = str(text if text is not None else "").strip()
    if raw in _WEEKDAY_WORDS:
        return _WEEKDAY_WORDS[raw]
    digits = set()
    for ch in re.sub(r"[\s,，、周星期礼拜]", "", raw):
        if ch in "1234567":
            digits.add(ch)
        elif ch in WEEKDAY_NAMES:
            digits.add(str(WEEKDAY_NAMES.index(ch) + 1))
        elif ch == "天":
            digits.add("7")
        else:
            raise ValidationError(f"开放日“{raw}”无法识别：请写星期几，如“12345”或“一二三四五”或“每天”。",
                                  field="open_weekdays")
    if not digits:
        raise ValidationError("开放日不能为空：至少每周开放一天。", field="open_weekdays")
    return "".join(sorted(digits))


def weekdays_label(digits: str) -> str:
    if digits == "1234567":
        return "每天"
    if digits == "12345":
        return "周一至周五"
    return "周" + "、".join(WEEKDAY_NAMES[int(d) - 1] for d in digits)


def parse_fen(value: Any, *, field: str, label: str) -> int:
    """A subsidy from the GUI/CLI (yuan as text; blank is 0) or from the API (int fen)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return check_fen(value, field=field, label=label, allow_zero=True)
    return parse_money(value, field=field, label=label, blank_is_zero=True)


def validate_place(store: Store, values: dict[str, Any], *, place_id: str | None = None) -> dict[str, Any]:
    current = dict(store.get("care_place", place_id)) if place_id else {}
    out = dict(values)
    if "name" in out or not place_id:
        name = re.sub(r"\s+", "", str(out.get("name") or ""))
        if not name:
            raise ValidationError("场所名称不能为空。", field="name")
        if len(name) > 40:
            raise ValidationError(f"场所名称“{name[:12]}…”太长（最多 40 个字）。", field="name")
        clash = store.one("SELECT 1 FROM care_place WHERE name=? AND active=1 AND site_id=? AND id<>?",
                          (name, store.site_id, place_id or ""))
        if clash:
            raise ValidationError(f"已有名为“{name}”的场所。", field="name")
        out["name"] = name
    kind = out.get("kind", current.get("kind"))
    if kind not in kinds.PLACE_KINDS:
        raise ValidationError(f"场所类型“{kind}”无法识别（可选：{'、'.join(kinds.PLACE_KINDS)}）。",
                              field="kind")
    if "capacity" in out:
        out["capacity"] = parse_count(out["capacity"] or 0, field="capacity", label="床位/名额", maximum=100000)
    if "open_weekdays" in out:
        out["open_weekdays"] = parse_weekdays(out["open_weekdays"])
    offered = kinds.services_for(kind)
    if "services" in out or not place_id:
        items = out.get("services")
        if items is None:
            items = offered
        if isinstance(items, str):
            items = [s for s in re.split(r"[、,，\s]+", items) if s]
        bad = [s for s in items if s not in offered]
        if bad:
            raise ValidationError(f"{kind}不提供“{'、'.join(bad)}”服务（可选：{'、'.join(offered)}）。",
                                  field="services")
        out["services"] = kinds.join_services(s for s in offered if s in items)
    elif "kind" in out and out["kind"] != current.get("kind"):
        kept = [s for s in kinds.split_services(current.get("services")) if s in offered]
        out["services"] = kinds.join_services(kept or offered)
    for key, label in (("meal_subsidy_fen", "每餐补贴"), ("person_subsidy_fen", "每人每月补贴")):
        if key in out:
            out[key] = parse_fen(out[key], field=key, label=label)
    default_range = kinds.PLACE_KINDS[kind][1]
    if default_range is None:
        out["min_age"] = out["max_age"] = None      # elders: the village setting decides
    else:
        low = out.get("min_age", current.get("min_age") if current.get("kind") == kind else None)
        high = out.get("max_age", current.get("max_age") if current.get("kind") == kind else None)
        low = default_range[0] if low in (None, "") else parse_count(low, field="min_age", label="最小年龄", maximum=18)
        high = default_range[1] if high in (None, "") else parse_count(high, field="max_age", label="最大年龄", maximum=18)
        if low > high:
            raise ValidationError(f"年龄范围不对：最小 {low} 岁大于最大 {high} 岁。", field="min_age")
        out["min_age"], out["max_age"] = low, high
    for key in ("address", "manager", "phone", "note"):
        if key in out:
            out[key] = str(out[key] or "").strip()
    return out


def add_place(store: Store, **values: Any) -> str:
    bad = set(values) - set(PLACE_FIELDS)
    if bad:
        raise ValidationError(f"场所没有这些字段：{', '.join(sorted(bad))}")
    clean = validate_place(store, values)
    return store.insert("care_place", clean)


PLACE_LABELS = {"name": "名称", "kind": "类型", "capacity": "核定名额", "open_weekdays": "开放日",
                "services": "服务项目", "meal_subsidy_fen": "每餐补贴", "person_subsidy_fen": "每人每月补贴",
                "min_age": "最小年龄", "max_age": "最大年龄", "address": "地址", "manager": "负责人",
                "phone": "联系电话", "note": "备注", "active": "启用"}
RATE_KEYS = ("meal_subsidy_fen", "person_subsidy_fen")


def update_place(store: Store, place_id: str, *, rate_from: str | None = None, **changes: Any) -> dict:
    """Change a place. A subsidy rate of a place that already has records is not rewritten
    (that would change months already reported): it becomes a new rate from `rate_from`
    (default: the first day of this month); see rates.py. Returns what changed, rates
    under "meal_subsidy_fen@2026-04-01"-style keys."""
    from desktop.core.care import rates
    bad = set(changes) - set(PLACE_FIELDS)
    if bad:
        raise ValidationError(f"场所没有这些字段：{', '.join(sorted(bad))}")
    with store.transaction():
        clean = validate_place(store, changes, place_id=place_id)
        new_rates = {k: clean.pop(k) for k in RATE_KEYS if k in clean}
        diff = store.update("care_place", place_id, clean) if clean else {}
        if new_rates:
            used = store.one("SELECT 1 FROM care_attendance WHERE place_id=? UNION ALL "
                             "SELECT 1 FROM care_visit WHERE place_id=? LIMIT 1", (place_id, place_id))
            if not used and not rate_from:      # nothing reported yet: the place's own rates
                diff.update(store.update("care_place", place_id, new_rates))
            else:
                day = parse_day(rate_from, field="rate_from") if rate_from else rates.first_of_this_month()
                in_force = rates.Rates(store, get_place(store, place_id)).on(day)
                changed = {k: v for k, v in new_rates.items() if in_force[k] != v}
                if changed:
                    rates.set_rates(store, place_id, day, **changed)
                    diff.update({f"{k}@{day}": v for k, v in changed.items()})
    return diff


def changed_labels(diff: dict) -> list[str]:
    """What update_place changed, in the clerk's words (每餐补贴（2026-04-01 起）...)."""
    out = []
    for key in diff:
        field, _, day = key.partition("@")
        label = PLACE_LABELS.get(field, field)
        out.append(f"{label}（{day} 起）" if day else label)
    return out


def close_place(store: Store, place_id: str, on: str) -> None:
    """Stop using a place (停用): refused while someone is still enrolled after `on`. It stays
    in the reports of the months it was used; its name may be given to a new place."""
    on = parse_day(on, field="date")
    with store.transaction():
        place = get_place(store, place_id)
        if not place["active"]:
            raise RefusedError(f"场所“{place['name']}”已经停用。")
        open_n = store.scalar("SELECT COUNT(*) FROM care_enrolment WHERE place_id=? AND "
                              "(end_date IS NULL OR end_date > ?)", (place_id, on))
        if open_n:
            raise RefusedError(f"{place['name']}还有 {open_n} 人在 {on} 以后仍在托，请先办理退托再停用。")
        note = (place["note"] + "\n" if place["note"] else "") + f"{on} 停用"
        store.update("care_place", place_id, {"active": 0, "note": note})


def get_place(store: Store, place_id: str) -> dict:
    return dict(store.get("care_place", place_id))


def list_places(store: Store, *, include_inactive: bool = False) -> list[dict]:
    """Places with today's enrolment count and the rates in force today (meal_now_fen,
    person_now_fen; meal_subsidy_fen and person_subsidy_fen are what a place began with)."""
    from desktop.core.care.rates import Rates
    rows = store.query(
        "SELECT p.*, (SELECT COUNT(*) FROM care_enrolment e WHERE e.place_id=p.id AND "
        "e.start_date<=date('now','localtime') AND (e.end_date IS NULL OR "
        "e.end_date>=date('now','localtime'))) AS enrolled FROM care_place p "
        + ("" if include_inactive else "WHERE p.active=1 ") + "ORDER BY p.name")
    today = date.today().isoformat()
    out = []
    for r in rows:
        place = dict(r)
        now = Rates(store, place).on(today)
        out.append({**place, "meal_now_fen": now["meal_subsidy_fen"], "person_now_fen": now["person_subsidy_fen"]})
    return out


def resolve_place(store: Store, text: str) -> dict:
    """A place by id, exact name, or a unique part of the name; ambiguity is refused."""
    key = str(text or "").strip()
    if not key:
        raise ValidationError("请指定场所（名称或编号）。", field="place")
    row = store.one("SELECT * FROM care_place WHERE id=?", (key,))
    if row:
        return dict(row)
    rows = store.query("SELECT * FROM care_place WHERE name=? AND active=1", (key,))
    if not rows:
        rows = store.query("SELECT * FROM care_place WHERE instr(name, ?) > 0 AND active=1", (key,))
    if len(rows) == 1:
        return dict(rows[0])
    if not rows:
        names = "、".join(p["name"] for p in list_places(store)) or "（还没有场所）"
        raise NotFoundError(f"没有找到场所“{key}”。现有场所：{names}")
    raise RefusedError(f"“{key}”对应多个场所，请写全名或用编号：" +
                       "；".join(f"{r['name']}（{r['id']}）" for r in rows))


# ------------------------------------------------------------------ opening days
def set_day(store: Store, place_id: str, day: str, is_open: bool | None, note: str = "") -> None:
    """Mark one date open/closed against the weekly rule; None removes the exception."""
    day = parse_day(day)
    row = store.one("SELECT id FROM care_place_day WHERE place_id=? AND day=?", (place_id, day))
    with store.transaction():
        if is_open is None:
            if row:
                store.delete("care_place_day", row[0])
        elif row:
            store.update("care_place_day", row[0], {"is_open": int(is_open), "note": note.strip()})
        else:
            store.insert("care_place_day", {"place_id": place_id, "day": day, "is_open": int(is_open),
                                            "note": note.strip()})


def list_days(store: Store, place_id: str, *, since: str | None = None) -> list[dict]:
    """The place's dated exceptions (holiday closures, extra opening days), newest first."""
    return [dict(r) for r in store.query(
        "SELECT id, day, is_open, note FROM care_place_day WHERE place_id=? AND day>=? ORDER BY day DESC",
        (place_id, since or ""))]


def day_exceptions(store: Store, place_id: str, first: str, last: str) -> dict[str, tuple[bool, str]]:
    return {r["day"]: (bool(r["is_open"]), r["note"]) for r in store.query(
        "SELECT day, is_open, note FROM care_place_day WHERE place_id=? AND day BETWEEN ? AND ?",
        (place_id, first, last))}


def opening(place: dict, days: list[date], exceptions: dict[str, tuple[bool, str]]) -> dict[str, tuple[bool, str]]:
    """day -> (open?, why) for each day: the weekly rule unless an exception says otherwise."""
    out = {}
    for d in days:
        iso = d.isoformat()
        if iso in exceptions:
            is_open, note = exceptions[iso]
            out[iso] = (is_open, note or ("临时开放" if is_open else "临时闭馆"))
        elif str(d.isoweekday()) in place["open_weekdays"]:
            out[iso] = (True, "")
        else:
            out[iso] = (False, f"周{WEEKDAY_NAMES[d.weekday()]}不开放")
    return out


def is_open(store: Store, place: dict, day: str) -> tuple[bool, str]:
    d = date.fromisoformat(day)
    return opening(place, [d], day_exceptions(store, place["id"], day, day))[day]


def month_days(month: str) -> list[date]:
    first, last = month_bounds(parse_month(month))
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]
