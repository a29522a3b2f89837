"""Enrolment: a roster person attends a place from a start date to an (inclusive) end date.

Rules (each with a message for the clerk): elders must have the village's minimum age,
children the place's age range; the deceased, moved-out and merged cannot be enrolled;
no overlapping enrolment in one place; a full place is warned about, not refused.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from db import Store
from db.errors import NotFoundError, RefusedError, ValidationError
from desktop.core.care import kinds
from desktop.core.care.places import get_place
from desktop.core.inputs.dates import parse_day
from desktop.core.roster.people import age_on

GONE = ("死亡", "迁出", "已合并")


@dataclass
class Outcome:
    """A write that succeeded, with warnings the clerk should see (capacity, closed day...)."""
    id: str | None = None
    warnings: list[str] = field(default_factory=list)
    count: int = 0


def elder_min_age(store: Store) -> int:
    return int(store.setting(kinds.ELDER_MIN_AGE_SETTING, kinds.DEFAULT_ELDER_MIN_AGE))


def set_elder_min_age(store: Store, age: int) -> None:
    try:
        age = int(age)
    except (TypeError, ValueError):
        raise ValidationError(f"老人最低年龄“{age}”应为整数。", field="elder_min_age")
    if not 40 <= age <= 100:
        raise ValidationError(f"老人最低年龄应在 40 到 100 岁之间，现在是 {age}。", field="elder_min_age")
    store.set_setting(kinds.ELDER_MIN_AGE_SETTING, age)


def age_rule(store: Store, place: dict) -> tuple[int, int | None]:
    if kinds.audience(place["kind"]) == kinds.ELDERLY:
        return elder_min_age(store), None
    return place["min_age"], place["max_age"]


def check_age(store: Store, place: dict, person: dict, on: str) -> None:
    low, high = age_rule(store, place)
    age = age_on(person["birth_date"], date.fromisoformat(on))
    if age is None:
        raise RefusedError(f"{person['name']} 在花名册里没有出生日期，无法核对年龄，请先补全出生日期。")
    if age < low:
        if high is None:
            raise RefusedError(f"{person['name']} 在 {on} 时 {age} 岁，未满本村规定的 {low} 岁，"
                               f"不能进入{place['kind']}（最低年龄可在本村设置中修改）。")
        raise RefusedError(f"{person['name']} 在 {on} 时 {age} 岁，{place['name']}只收 {low}–{high} 岁的儿童。")
    if high is not None and age > high:
        raise RefusedError(f"{person['name']} 在 {on} 时 {age} 岁，超过{place['name']}的年龄范围 {low}–{high} 岁。")


def enrol(store: Store, place_id: str, person_id: str, start_date: str, *, end_date: str | None = None,
          note: str = "") -> Outcome:
    place = get_place(store, place_id)
    if not place["active"]:
        raise RefusedError(f"场所“{place['name']}”已停用，不能再登记入托。")
    try:
        person = dict(store.get("person", person_id))
    except NotFoundError:
        raise NotFoundError("花名册里没有这个人。")
    start = parse_day(start_date, field="start_date", label="入托日期")
    end = parse_day(end_date, field="end_date", label="结束日期") if end_date else None
    if end and end < start:
        raise ValidationError(f"结束日期 {end} 早于开始日期 {start}。", field="end_date")
    if person["status"] in GONE:
        when = f"（{person['status_date']}）" if person["status_date"] else ""
        raise RefusedError(f"{person['name']} 在花名册中的状态是“{person['status']}”{when}，不能登记入托。")
    check_age(store, place, person, start)
    overlap = store.one(
        "SELECT start_date, end_date FROM care_enrolment WHERE place_id=? AND person_id=? "
        "AND start_date <= ? AND (end_date IS NULL OR end_date >= ?)",
        (place_id, person_id, end or "9999-12-31", start))
    if overlap:
        period = f"{overlap['start_date']} 至 {overlap['end_date']}" if overlap["end_date"] else f"{overlap['start_date']} 起，仍在托"
        raise RefusedError(f"{person['name']} 已在{place['name']}登记入托（{period}），同一时间不能重复登记。")
    out = Outcome()
    if person["status"] == "外出务工":
        out.warnings.append(f"{person['name']} 的户籍状态是“外出务工”，请确认本人在村。")
    if place["capacity"]:
        # Every day of the new enrolment counts, not only its first: someone enrolled from
        # a later date fills the place from then on.
        day, current = busiest_day(store, place_id, start, end)
        if current >= place["capacity"]:
            out.warnings.append(f"{place['name']}核定名额 {place['capacity']} 人，{day} 已有 {current} 人在托，"
                                f"登记后将超员（{current + 1} 人）。")
    out.id = store.insert("care_enrolment", {"place_id": place_id, "person_id": person_id, "start_date": start,
                                             "end_date": end, "note": note.strip()})
    out.count = 1
    return out



def enrol_many(store: Store, place_id: str, person_ids: list[str], start_date: str, *,
               end_date: str | None = None) -> list[Outcome]:
    """Enrol several people at once (CLI `care enrol A B C`, the GUI's multi-choice list):
    all or none. Each person's refusal is collected, so the clerk sees every problem at once."""
    if not person_ids:
        raise ValidationError("请先选择要登记的人员。", field="person")
    parse_day(start_date, field="start_date", label="入托日期")     # a bad date is said once, not per person
    outcomes, problems = [], []
    with store.transaction():
        for person_id in person_ids:
            try:
                outcomes.append(enrol(store, place_id, person_id, start_date, end_date=end_date))
            except (RefusedError, NotFoundError, ValidationError) as exc:
                if str(exc) not in problems:
                    problems.append(str(exc))
        if problems:
            raise RefusedError("没有登记任何人：\n" + "\n".join(problems))
    return outcomes

def busiest_day(store: Store, place_id: str, first: str, last: str | None) -> tuple[str, int]:
    """The first day of first..last (None: open-ended) with the most people enrolled, and
    how many. The count only rises on a day someone starts, so those days are enough."""
    starts = [r[0] for r in store.query(
        "SELECT DISTINCT start_date FROM care_enrolment WHERE place_id=? AND start_date>? AND start_date<=?",
        (place_id, first, last or "9999-12-31"))]
    best = (first, enrolled_count(store, place_id, first))
    for day in sorted(starts):
        n = enrolled_count(store, place_id, day)
        if n > best[1]:
            best = (day, n)
    return best


def enrolled_count(store: Store, place_id: str, on: str) -> int:
    return store.scalar("SELECT COUNT(*) FROM care_enrolment WHERE place_id=? AND start_date<=? "
                        "AND (end_date IS NULL OR end_date>=?)", (place_id, on, on))


def enrolment_on(store: Store, place_id: str, person_id: str, day: str) -> dict | None:
    """The person's enrolment at the place that covers `day`, if any."""
    row = store.one("SELECT * FROM care_enrolment WHERE place_id=? AND person_id=? AND start_date<=? AND "
                    "(end_date IS NULL OR end_date>=?)", (place_id, person_id, day, day))
    return dict(row) if row else None


def end_enrolment(store: Store, enrolment_id: str, end_date: str, reason: str = "") -> None:
    row = dict(store.get("care_enrolment", enrolment_id))
    end = parse_day(end_date, field="end_date", label="退托日期")
    if end < row["start_date"]:
        raise ValidationError(f"退托日期 {end} 早于入托日期 {row['start_date']}。", field="end_date")
    later = store.scalar("SELECT MAX(day) FROM care_attendance WHERE place_id=? AND person_id=? "
                         "AND day>? AND (present=1 OR meals>0)", (row["place_id"], row["person_id"], end))
    if later:
        raise RefusedError(f"此人在 {later} 还有出勤记录，退托日期不能早于最后一次出勤。")
    store.update("care_enrolment", enrolment_id, {"end_date": end, "end_reason": reason.strip()})


def end_for_person(store: Store, person_id: str, on: str, reason: str) -> int:
    """The person left the roster on `on`: end every enrolment still open then (the roster hook)."""
    n = 0
    with store.transaction():
        for row in store.query("SELECT id, start_date FROM care_enrolment WHERE person_id=? "
                               "AND (end_date IS NULL OR end_date > ?)", (person_id, on)):
            if row["start_date"] > on:
                # Never started: it cannot have been attended, so the link row goes.
                store.delete("care_enrolment", row["id"])
            else:
                store.update("care_enrolment", row["id"], {"end_date": on, "end_reason": reason})
            n += 1
    return n


def eligible_people(store: Store, place: dict, on: str | None = None, limit: int = 500) -> list[dict]:
    """Living roster people of the right age for a place on a day (the enrol dialog's list
    before anything is typed)."""
    day = date.fromisoformat(on) if on else date.today()
    low, high = age_rule(store, place)
    latest = _years_before(day, low).isoformat()
    earliest = _years_before(day, high + 1).isoformat() if high is not None else ""
    rows = store.query(
        "SELECT p.id, p.name, p.gender, p.birth_date, p.id_number, p.status, h.hh_no, g.name AS group_name "
        "FROM person p LEFT JOIN household h ON h.id=p.household_id LEFT JOIN village_group g ON g.id=h.group_id "
        f"WHERE p.status NOT IN {GONE} AND p.birth_date <= ? AND p.birth_date > ? "
        "ORDER BY p.name_pinyin, p.name LIMIT ?", (latest, earliest, limit))
    return [dict(r) for r in rows]


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:          # 29 February
        return day.replace(year=day.year - years, day=28)


def carry_to_kept(store: Store, duplicate_id: str, kept_id: str) -> int:
    """A duplicate record was merged into `kept_id`: its enrolments and attendance move to
    the kept record where that does not overlap what the kept record already has (what does
    overlap stays, and is then ended with the duplicate like any leaving)."""
    moved = 0
    with store.transaction():
        for e in store.query("SELECT * FROM care_enrolment WHERE person_id=?", (duplicate_id,)):
            clash = store.one("SELECT 1 FROM care_enrolment WHERE place_id=? AND person_id=? AND start_date<=? "
                              "AND (end_date IS NULL OR end_date>=?)",
                              (e["place_id"], kept_id, e["end_date"] or "9999-12-31", e["start_date"]))
            if not clash:
                store.update("care_enrolment", e["id"], {"person_id": kept_id})
                moved += 1
        for a in store.query("SELECT a.id FROM care_attendance a WHERE a.person_id=? AND NOT EXISTS (SELECT 1 FROM "
                             "care_attendance k WHERE k.place_id=a.place_id AND k.day=a.day AND k.person_id=?)",
                             (duplicate_id, kept_id)):
            store.update("care_attendance", a["id"], {"person_id": kept_id})
            moved += 1
    return moved


def enrolments(store: Store, place_id: str, *, on: str | None = None, first: str | None = None,
               last: str | None = None) -> list[dict]:
    """Enrolments of a place, with the person; `on` or a first..last window filters them."""
    where, params = ["e.place_id=?"], [place_id]
    if on:
        first = last = on
    if first:
        where.append("(e.end_date IS NULL OR e.end_date >= ?)")
        params.append(first)
    if last:
        where.append("e.start_date <= ?")
        params.append(last)
    rows = store.query(
        "SELECT e.*, p.name, p.gender, p.birth_date, p.id_number, p.status, h.hh_no FROM care_enrolment e "
        "JOIN person p ON p.id=e.person_id LEFT JOIN household h ON h.id=p.household_id "
        f"WHERE {' AND '.join(where)} ORDER BY p.name_pinyin, p.name, e.start_date", params)
    return [dict(r) for r in rows]
