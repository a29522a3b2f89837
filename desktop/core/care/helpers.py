"""Staff (工作人员) and volunteers (志愿者) of a care place, and the hours they served.

A helper may be a villager on the roster (person_id) or an outsider kept by name. Hours
are kept in minutes per helper and day; the month's report counts people and hours by role
(the Yanji model counts volunteers and their service hours as well as the people served).
"""
from __future__ import annotations

import re
from datetime import date

from db import Store
from db.errors import NotFoundError, RefusedError, ValidationError
from desktop.core.care.places import get_place
from desktop.core.inputs.dates import parse_day

ROLES = ("工作人员", "志愿者")
_HOURS = re.compile(r"^(\d{1,2})(?:\.(\d{1,2}))?\s*(?:小时|h)?$")


def add_helper(store: Store, place_id: str, *, name: str = "", role: str, start_date, person_id: str | None = None,
               phone: str = "", end_date=None, note: str = "") -> str:
    if role not in ROLES:
        raise ValidationError(f"身份应为：{'、'.join(ROLES)}，现在是“{role}”。", field="role")
    start = parse_day(start_date, field="start_date")
    end = parse_day(end_date, field="end_date") if end_date else None
    if end and end < start:
        raise ValidationError(f"结束日期 {end} 早于开始日期 {start}。", field="end_date")
    with store.transaction():
        place = get_place(store, place_id)
        if not place["active"]:
            raise RefusedError(f"场所“{place['name']}”已停用。")
        if person_id:
            person = store.one("SELECT name, status FROM person WHERE id=?", (person_id,))
            if person is None:
                raise NotFoundError("花名册里没有这个人。")
            if person["status"] in ("死亡", "已合并"):
                raise RefusedError(f"{person['name']} 在花名册中是“{person['status']}”，不能登记为{role}。")
            name = person["name"]
        name = re.sub(r"\s+", "", name or "")
        if not name:
            raise ValidationError("请填写姓名。", field="name")
        return store.insert("care_helper", {"place_id": place_id, "name": name, "person_id": person_id, "role": role,
                                            "phone": (phone or "").strip(), "start_date": start, "end_date": end,
                                            "note": (note or "").strip()})


def end_service(store: Store, helper_id: str, end_date) -> None:
    """A helper stops serving the place from end_date on (None: serving again, no end).

    Hours already recorded after the new end would fall outside the service period, so the
    end is refused until they are corrected: the month's report must agree with the list."""
    end = parse_day(end_date, field="end_date") if end_date else None
    with store.transaction():
        helper = store.one("SELECT * FROM care_helper WHERE id=?", (helper_id,))
        if helper is None:
            raise NotFoundError("找不到这位工作人员或志愿者。")
        if end and end < helper["start_date"]:
            raise ValidationError(f"结束日期 {end} 早于开始服务日期 {helper['start_date']}。", field="end_date")
        if end:
            later = store.one("SELECT COUNT(*) AS days, MIN(day) AS first FROM care_helper_time "
                              "WHERE helper_id=? AND day>?", (helper_id, end))
            if later["days"]:
                raise RefusedError(f"{helper['name']} 在 {end} 以后还有 {later['days']} 天的服务记录"
                                   f"（最早 {later['first']}），请先更正这些记录再结束服务。")
        store.update("care_helper", helper_id, {"end_date": end})


def parse_hours(text) -> int:
    """'3', '2.5', '1.5小时' -> minutes."""
    raw = str(text if text is not None else "").strip()
    m = _HOURS.match(raw)
    if not m:
        raise ValidationError(f"服务时长“{raw}”无法识别（填小时数，如 2 或 2.5）。", field="hours")
    minutes = int(m.group(1)) * 60 + round(float("0." + (m.group(2) or "0")) * 60)
    if not 0 < minutes <= 24 * 60:
        raise ValidationError(f"服务时长 {raw} 小时不合理（一天 0–24 小时）。", field="hours")
    return minutes


def record_hours(store: Store, helper_id: str, day, hours) -> str:
    """Hours a helper served on a day (again for the same day: corrected)."""
    day = parse_day(day)
    minutes = parse_hours(hours)
    if day > date.today().isoformat():
        raise ValidationError(f"服务日期 {day} 在今天以后。", field="day")
    with store.transaction():
        helper = store.one("SELECT * FROM care_helper WHERE id=?", (helper_id,))
        if helper is None:
            raise NotFoundError("找不到这位工作人员或志愿者。")
        if day < helper["start_date"] or (helper["end_date"] and day > helper["end_date"]):
            raise RefusedError(f"{helper['name']} 在 {day} 不在服务期内（{helper['start_date']} 至 "
                               f"{helper['end_date'] or '今'}）。")
        row = store.one("SELECT id FROM care_helper_time WHERE helper_id=? AND day=?", (helper_id, day))
        if row:
            store.update("care_helper_time", row[0], {"minutes": minutes})
            return row[0]
        return store.insert("care_helper_time", {"helper_id": helper_id, "day": day, "minutes": minutes})


def list_helpers(store: Store, place_id: str) -> list[dict]:
    return [dict(r) for r in store.query(
        "SELECT h.*, COALESCE((SELECT SUM(minutes) FROM care_helper_time t WHERE t.helper_id=h.id), 0) AS minutes "
        "FROM care_helper h WHERE h.place_id=? ORDER BY h.role, h.name", (place_id,))]


def minutes_by_helper(store: Store, place_id: str, first: str, last: str) -> dict[str, int]:
    """Minutes each helper of the place served in first..last (helpers who served at all)."""
    return {r[0]: r[1] for r in store.query(
        "SELECT t.helper_id, SUM(t.minutes) FROM care_helper_time t JOIN care_helper h ON h.id=t.helper_id "
        "WHERE h.place_id=? AND t.day BETWEEN ? AND ? GROUP BY t.helper_id", (place_id, first, last))}


def time_entries(store: Store, helper_id: str, first: str, last: str) -> list[dict]:
    """The days a helper served in first..last with the minutes of each, by day."""
    return [dict(r) for r in store.query(
        "SELECT id, day, minutes, note FROM care_helper_time WHERE helper_id=? AND day BETWEEN ? AND ? ORDER BY day",
        (helper_id, first, last))]


def find_helper(store: Store, place_id: str, name: str) -> dict:
    rows = store.query("SELECT * FROM care_helper WHERE place_id=? AND (id=? OR name=?)", (place_id, name, name))
    if not rows:
        raise NotFoundError(f"该场所没有名叫“{name}”的工作人员或志愿者。")
    if len(rows) > 1:
        raise RefusedError(f"该场所有 {len(rows)} 位“{name}”，请用编号：" + "、".join(r["id"] for r in rows))
    return dict(rows[0])


def helpers_summary(store: Store, place_id: str, first: str, last: str) -> dict:
    """By role: people who served in first..last and their hours (minutes and hours)."""
    out = {role: {"people": 0, "minutes": 0, "hours": 0.0} for role in ROLES}
    for r in store.query("SELECT h.role, COUNT(DISTINCT h.id) AS people, SUM(t.minutes) AS minutes "
                         "FROM care_helper_time t JOIN care_helper h ON h.id=t.helper_id "
                         "WHERE h.place_id=? AND t.day BETWEEN ? AND ? GROUP BY h.role", (place_id, first, last)):
        out[r["role"]] = {"people": r["people"], "minutes": r["minutes"], "hours": round(r["minutes"] / 60, 1)}
    return out


def describe_summary(summary: dict) -> str:
    return "；".join(f"{role} {v['people']} 人 {v['hours']:g} 小时" for role, v in summary.items() if v["people"])
