"""Demo care data: the village's 幸福院, a 托育点 and a 幼儿园, elders and children enrolled
from the roster, and the last four months (plus this month so far) of daily attendance,
meals, services and walk-in visitors, so every report shows real figures.

Rows are built in memory and written with `insert_many` (one write path, logged), which
keeps the whole thing well under a second.
"""
from __future__ import annotations

import random
from datetime import date, timedelta

from db import Store
from desktop.core.care import enrolment, kinds, places
from desktop.core.roster.people import age_on

HOLIDAYS = {"01-01": "元旦放假", "05-01": "劳动节放假", "05-02": "劳动节放假", "05-03": "劳动节放假",
            "10-01": "国庆节放假", "10-02": "国庆节放假", "10-03": "国庆节放假", "10-04": "国庆节放假",
            "10-05": "国庆节放假", "10-06": "国庆节放假", "10-07": "国庆节放假"}
MONTHS_BACK = 4


def _window(today: date) -> tuple[date, date]:
    first = date(today.year, today.month, 1)
    for _ in range(MONTHS_BACK):
        first = date(first.year - (first.month == 1), (first.month - 2) % 12 + 1, 1)
    return first, today - timedelta(days=1)


def _candidates(store: Store, low: int, high: int | None, on: date) -> list[dict]:
    rows = [dict(r) for r in store.query(
        "SELECT p.id, p.name, p.birth_date, (SELECT group_concat(kind) FROM person_group g WHERE g.person_id=p.id) "
        "AS groups FROM person p WHERE p.status='在册' AND p.birth_date IS NOT NULL ORDER BY p.name_pinyin, p.id")]
    out = []
    for r in rows:
        age = age_on(r["birth_date"], on)
        if age is not None and age >= low and (high is None or age <= high):
            out.append(r)
    return out


def populate(store: Store, rng: random.Random) -> dict:
    today = date.today()
    first, last = _window(today)
    with store.transaction():
        home = places.add_place(store, name="高家湾村农村幸福院", kind="幸福院", capacity=40, open_weekdays="12345",
                                meal_subsidy_fen=400, person_subsidy_fen=3000, address="高家湾村村委会东侧",
                                manager="高秀兰", phone="13909120033")
        nursery = places.add_place(store, name="高家湾村托育点", kind="托育点", capacity=12, open_weekdays="12345",
                                   services="保育、午餐", meal_subsidy_fen=300, person_subsidy_fen=10000,
                                   address="村小学西院", manager="王春梅")
        kinder = places.add_place(store, name="高家湾村幼儿园", kind="幼儿园", capacity=30, open_weekdays="12345",
                                  services="保育、午餐", meal_subsidy_fen=300, address="村小学西院", manager="李静")
        counts = {"care_places": 3}
        n_home = _fill(store, rng, home, 60, None, 34, first, last, elderly=True)
        n_nursery = _fill(store, rng, nursery, 1, 3, 10, first, last, elderly=False)
        n_kinder = _fill(store, rng, kinder, 3, 6, 24, first, last, elderly=False)
        counts["care_enrolled"] = n_home[0] + n_nursery[0] + n_kinder[0]
        counts["care_attendance"] = n_home[1] + n_nursery[1] + n_kinder[1]
    return counts


def _fill(store: Store, rng: random.Random, place_id: str, low: int, high: int | None, want: int,
          first: date, last: date, *, elderly: bool) -> tuple[int, int]:
    place = places.get_place(store, place_id)
    for d in _days(first, last):
        note = HOLIDAYS.get(d.strftime("%m-%d"))
        if note and d.isoweekday() <= 5:
            places.set_day(store, place_id, d.isoformat(), False, note)
    if elderly:   # one Saturday a month the home opens for a 敬老 activity day
        for d in _days(first, last):
            if d.isoweekday() == 6 and 8 <= d.day <= 14:
                places.set_day(store, place_id, d.isoformat(), True, "敬老活动日")
    people = _candidates(store, low, high, first)
    if elderly:   # the home takes the oldest and those living alone first
        people.sort(key=lambda r: (not any(k in (r["groups"] or "") for k in ("空巢", "独居", "特困", "留守")),
                                   r["birth_date"]))
        chosen = people[:want]
    else:
        chosen = rng.sample(people, min(want, len(people)))
    # opening days, known before the rows are generated
    open_map = places.opening(place, list(_days(first, last)),
                              places.day_exceptions(store, place_id, first.isoformat(), last.isoformat()))
    open_days = [d for d, (ok, _) in sorted(open_map.items()) if ok]
    offered = [s for s in kinds.split_services(place["services"]) if s not in kinds.MEAL_SERVICES]
    rows, visits = [], []
    enrolled = 0
    for i, person in enumerate(chosen):
        # most were enrolled before the window; some join during it; a few leave
        start = first if i < len(chosen) * 0.7 else first + timedelta(days=rng.randint(10, 90))
        if start > last:
            continue
        try:
            eid = enrolment.enrol(store, place_id, person["id"], start.isoformat()).id
        except Exception:   # the roster may hold someone the rules refuse; the demo skips them
            continue
        enrolled += 1
        end = None
        if elderly and i % 15 == 7:
            end = start + timedelta(days=rng.randint(30, 80))
            if end < last:
                enrolment.end_enrolment(store, eid, end.isoformat(), rng.choice(["随子女外出居住", "身体原因改为居家照护"]))
            else:
                end = None
        rate = rng.uniform(0.55, 0.95) if elderly else rng.uniform(0.75, 0.97)
        for day in open_days:
            if day < start.isoformat() or (end and day > end.isoformat()) or rng.random() > rate:
                continue
            meals = 1 if rng.random() < 0.9 else (2 if elderly and rng.random() < 0.5 else 0)
            services = []
            if elderly:
                if rng.random() < 0.06:
                    services.append("助浴")
                if rng.random() < 0.04:
                    services.append("助洁")
                if date.fromisoformat(day).day <= 7 and date.fromisoformat(day).isoweekday() == 2:
                    services.append("助医/体检")    # monthly check-up on the first Tuesday
                if rng.random() < 0.3:
                    services.append("文娱")
            else:
                services.append("保育")
            rows.append({"place_id": place_id, "person_id": person["id"], "day": day, "present": 1, "meals": meals,
                         "services": kinds.join_services(s for s in offered if s in services)})
    if elderly:
        for day in open_days:
            n = rng.choice([0, 0, 1, 1, 2, 3, 4])
            if n:
                visits.append({"place_id": place_id, "day": day, "visitors": n, "meals": rng.randint(0, n)})
    store.insert_many("care_attendance", rows)
    store.insert_many("care_visit", visits)
    return enrolled, len(rows)


def _days(first: date, last: date):
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]
