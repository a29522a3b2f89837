"""The daily register (签到表): enrolled people x days of a month, plus walk-in visitors.

Reading gives the whole month in three queries. Writing goes through `save_cells`, which
checks every cell (inside the person's enrolment, a service the place offers, a sane
number of meals), warns about closed days, and writes a batch in one transaction.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from db import Store
from db.errors import RefusedError, ValidationError
from desktop.core.care import kinds
from desktop.core.care.enrolment import Outcome, enrolments
from desktop.core.care.places import day_exceptions, get_place, month_days, opening
from desktop.core.inputs.dates import parse_day
from desktop.core.roster.people import age_on


@dataclass(frozen=True)
class Cell:
    """One person on one day. Meals or a service imply the person came."""
    present: bool = False
    meals: int = 0
    services: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.present or self.meals or self.services)

    def normalised(self) -> "Cell":
        return Cell(bool(self.present or self.meals or self.services), self.meals, tuple(self.services))


@dataclass
class RegisterRow:
    person_id: str
    name: str
    gender: str
    age: int | None
    periods: list[tuple[str, str | None]]          # enrolment (start, end or None)
    cells: dict[str, Cell] = field(default_factory=dict)

    def enrolled_on(self, day: str) -> bool:
        return any(s <= day and (e is None or day <= e) for s, e in self.periods)


@dataclass
class Register:
    place: dict
    month: str
    days: list[str]
    opening: dict[str, tuple[bool, str]]
    rows: list[RegisterRow]
    visitors: dict[str, tuple[int, int]]            # day -> (visitors, their meals)

    def row_totals(self, row: RegisterRow) -> tuple[int, int]:
        return (sum(1 for c in row.cells.values() if c.present), sum(c.meals for c in row.cells.values()))

    def day_totals(self, day: str) -> tuple[int, int]:
        cells = [r.cells[day] for r in self.rows if day in r.cells]
        return sum(1 for c in cells if c.present), sum(c.meals for c in cells)

    def flags(self) -> list[str]:
        """Recorded attendance that no longer fits (e.g. after a death was recorded)."""
        out = []
        for r in self.rows:
            for day, c in sorted(r.cells.items()):
                if c.present and not r.enrolled_on(day):
                    out.append(f"{r.name} {day} 有出勤记录，但不在入托期内，请核对。")
        return out


def month_register(store: Store, place_id: str, month: str) -> Register:
    place = get_place(store, place_id)
    days = month_days(month)
    first, last = days[0].isoformat(), days[-1].isoformat()
    rows: dict[str, RegisterRow] = {}
    for e in enrolments(store, place_id, first=first, last=last):
        row = rows.get(e["person_id"])
        if row is None:
            row = rows[e["person_id"]] = RegisterRow(e["person_id"], e["name"], e["gender"] or "",
                                                     age_on(e["birth_date"], days[-1]), [])
        row.periods.append((e["start_date"], e["end_date"]))
    for a in store.query("SELECT a.person_id, a.day, a.present, a.meals, a.services, p.name, p.gender, "
                         "p.birth_date FROM care_attendance a JOIN person p ON p.id=a.person_id "
                         "WHERE a.place_id=? AND a.day BETWEEN ? AND ?", (place_id, first, last)):
        row = rows.get(a["person_id"])
        if row is None:   # attendance left over outside any enrolment: shown so it can be fixed
            row = rows[a["person_id"]] = RegisterRow(a["person_id"], a["name"], a["gender"] or "",
                                                     age_on(a["birth_date"], days[-1]), [])
        row.cells[a["day"]] = Cell(bool(a["present"]), a["meals"], tuple(kinds.split_services(a["services"])))
    visitors = {r["day"]: (r["visitors"], r["meals"]) for r in store.query(
        "SELECT day, visitors, meals FROM care_visit WHERE place_id=? AND day BETWEEN ? AND ?",
        (place_id, first, last))}
    return Register(place, month, [d.isoformat() for d in days],
                    opening(place, days, day_exceptions(store, place_id, first, last)),
                    list(rows.values()), visitors)


def _periods(store: Store, place_id: str, person_ids) -> dict[str, list[tuple[str, str | None]]]:
    out: dict[str, list] = {}
    ids = list(set(person_ids))
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for r in store.query(f"SELECT person_id, start_date, end_date FROM care_enrolment WHERE place_id=? "
                             f"AND person_id IN ({','.join('?' * len(chunk))})", [place_id, *chunk]):
            out.setdefault(r["person_id"], []).append((r["start_date"], r["end_date"]))
    return out


def check_cell(place: dict, name: str, day: str, cell: Cell, periods, open_info, birth_date: str | None = None,
               today: str | None = None) -> list[str]:
    """Raise for what cannot be recorded; return warnings for what is merely unusual."""
    if not cell.empty and day > (today or date.today().isoformat()):
        raise ValidationError(f"{name} {day} 的出勤日期在今天以后，不能预先登记出勤。", field="day")
    if not cell.empty and not any(s <= day and (e is None or day <= e) for s, e in periods):
        if not periods:
            raise RefusedError(f"{name} 没有在{place['name']}登记入托，不能记出勤（非入托人员请记为临时来访人次）。")
        spans = "、".join(f"{s}至{e or '今'}" for s, e in periods)
        raise RefusedError(f"{day} 不在 {name} 的入托期内（{spans}），不能记出勤。")
    if not 0 <= cell.meals <= kinds.MAX_MEALS_PER_DAY:
        raise ValidationError(f"{name} {day} 的用餐次数 {cell.meals} 不合理（每天 0–{kinds.MAX_MEALS_PER_DAY} 餐）。",
                              field="meals")
    offered = kinds.split_services(place["services"])
    if cell.meals and not (set(offered) & kinds.MEAL_SERVICES):
        raise RefusedError(f"{place['name']}没有开展助餐服务，不能给 {name} 记用餐。")
    bad = [s for s in cell.services if s not in offered or s in kinds.MEAL_SERVICES]
    if bad:
        raise ValidationError(f"{place['name']}不提供“{'、'.join(bad)}”服务（记用餐请填餐次）。", field="services")
    warnings = []
    if not cell.empty and not open_info[0]:
        warnings.append(f"{day} {open_info[1] or '闭馆'}，仍记了 {name} 的出勤，请确认。")
    if not cell.empty and place.get("max_age") is not None and birth_date:
        age = age_on(birth_date, date.fromisoformat(day))
        if age is not None and age > place["max_age"]:
            # Enrolled while young enough; grown past the place's range since.
            warnings.append(f"{name} 在 {day} 已 {age} 岁，超过{place['name']}的年龄范围 "
                            f"{place['min_age']}–{place['max_age']} 岁，请办理退托或转入合适的场所。")
    return warnings


def save_cells(store: Store, place_id: str, edits: list[tuple[str, str, Cell]]) -> Outcome:
    """Set (person, day) cells of one place in one transaction; an empty Cell clears the day.
    Every problem is checked before anything is written; the first refusal stops the batch."""
    place = get_place(store, place_id)
    if not edits:
        return Outcome()
    days = sorted({parse_day(d) for _, d, _ in edits})
    opening_ = opening(place, [date.fromisoformat(d) for d in days],
                       day_exceptions(store, place_id, days[0], days[-1]))
    periods = _periods(store, place_id, [p for p, _, _ in edits])
    person_ids = sorted({p for p, _, _ in edits})
    people = {r["id"]: dict(r) for r in store.query(
        f"SELECT id, name, birth_date FROM person WHERE id IN ({','.join('?' * len(person_ids))})", person_ids)}
    out = Outcome()
    prepared = []
    for person_id, day, cell in edits:
        day = parse_day(day)
        cell = cell.normalised()
        person = people.get(person_id, {"name": person_id, "birth_date": None})
        out.warnings += check_cell(place, person["name"], day, cell, periods.get(person_id, []), opening_[day],
                                   person["birth_date"])
        prepared.append((person_id, day, cell))
    with store.transaction():
        for person_id, day, cell in prepared:
            existing = store.one("SELECT id FROM care_attendance WHERE place_id=? AND day=? AND person_id=?",
                                 (place_id, day, person_id))
            values = {"present": int(cell.present), "meals": cell.meals,
                      "services": kinds.join_services(cell.services)}
            if cell.empty:
                if existing:
                    store.delete("care_attendance", existing[0])
            elif existing:
                store.update("care_attendance", existing[0], values)
            else:
                store.insert("care_attendance", {"place_id": place_id, "person_id": person_id, "day": day, **values})
            out.count += 1
    return out


def record_attendance(store: Store, place_id: str, day: str, person_ids: list[str], *, meals: int = 0,
                      services: tuple[str, ...] = ()) -> Outcome:
    """Sign people in for a day (the CLI's `attend`). Someone already signed in that day is
    refused: nothing is counted twice. All or nothing."""
    day = parse_day(day)
    if len(set(person_ids)) != len(person_ids):
        raise RefusedError("同一个人在一次登记里出现了两次。")
    place = get_place(store, place_id)
    problems = []
    for person_id in person_ids:
        if store.one("SELECT 1 FROM care_attendance WHERE place_id=? AND day=? AND person_id=?",
                     (place_id, day, person_id)):
            name = store.scalar("SELECT name FROM person WHERE id=?", (person_id,))
            problems.append(f"{name} 在 {day} 已登记过出勤，同一天不能重复登记。")
    if problems:
        raise RefusedError("\n".join(problems))
    cell = Cell(True, meals, tuple(services))
    try:
        return save_cells(store, place_id, [(p, day, cell) for p in person_ids])
    except RefusedError as exc:
        raise RefusedError(f"{place['name']}：{exc}")


def set_visitors(store: Store, place_id: str, day: str, visitors: int, meals: int = 0, note: str = "",
                 services: dict[str, int] | None = None) -> Outcome:
    """Walk-in visitors (not enrolled) for one day: a count, the meals they had and the
    services they used (体检, 文娱 ... -> 人次; None keeps what is recorded)."""
    day = parse_day(day)
    place = get_place(store, place_id)
    if (visitors or meals) and day > date.today().isoformat():
        raise ValidationError(f"临时来访日期 {day} 在今天以后，不能预先登记。", field="day")
    for value, label in ((visitors, "临时来访人次"), (meals, "临时来访用餐")):
        if not isinstance(value, int) or value < 0 or value > kinds.MAX_VISITORS_PER_DAY:
            raise ValidationError(f"{label}“{value}”应为 0–{kinds.MAX_VISITORS_PER_DAY} 的整数。", field="visitors")
    if meals > visitors * kinds.MAX_MEALS_PER_DAY:
        raise ValidationError(f"{day} 临时来访 {visitors} 人次，用餐 {meals} 餐次不合理。", field="meals")
    values = {"visitors": visitors, "meals": meals, "note": note}
    if services is not None:
        offered = [s for s in kinds.split_services(place["services"]) if s not in kinds.MEAL_SERVICES]
        for name, n in services.items():
            if name not in offered:
                raise ValidationError(f"{place['name']}不提供“{name}”服务（可选：{'、'.join(offered)}）。",
                                      field="services")
            if not isinstance(n, int) or isinstance(n, bool) or not 0 <= n <= visitors:
                raise ValidationError(f"{day} 临时来访 {visitors} 人次，“{name}” {n} 人次不合理。", field="services")
        values["services"] = json.dumps({s: services[s] for s in offered if services.get(s)}, ensure_ascii=False)
    out = Outcome()
    is_open_, why = opening(place, [date.fromisoformat(day)], day_exceptions(store, place_id, day, day))[day]
    if visitors and not is_open_:
        out.warnings.append(f"{day} {why}，仍记了临时来访 {visitors} 人次，请确认。")
    row = store.one("SELECT id FROM care_visit WHERE place_id=? AND day=?", (place_id, day))
    with store.transaction():
        if row and not visitors and not meals:
            store.delete("care_visit", row[0])
        elif row:
            store.update("care_visit", row[0], values)
        elif visitors or meals:
            store.insert("care_visit", {"place_id": place_id, "day": day, **values})
    out.count = 1
    return out


def whole_day_present(register: Register, day: str, meals: int | None = None) -> list[tuple[str, str, Cell]]:
    """Edits that mark everyone enrolled that day present (keeping meals/services already entered)."""
    edits = []
    for row in register.rows:
        if not row.enrolled_on(day):
            continue
        old = row.cells.get(day, Cell())
        new = Cell(True, old.meals if meals is None or old.meals else meals, old.services)
        if new != old:
            edits.append((row.person_id, day, new))
    return edits
