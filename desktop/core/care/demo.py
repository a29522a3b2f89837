"""Demo care data: the village's 幸福院, a 托育点 and a 幼儿园, elders and children enrolled
from the roster, and the last four months (plus this month so far) of daily attendance,
meals, services and walk-in visitors, so every report shows real figures.

Rows are built in memory and written with `insert_many` (one write path, logged), which
keeps the whole thing well under a second.
"""
from __future__ import annotations

import json
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
        counts["care_helpers"] = _helpers(store, rng, home, first, last)
        counts["care_payments"] = _rates_and_payments(store, home, first, today)
    return counts


def _month_starts(first: date, today: date) -> list[date]:
    out, d = [], first
    while d <= today:
        out.append(d)
        d = date(d.year + d.month // 12, d.month % 12 + 1, 1)
    return out


def _rates_and_payments(store: Store, home: str, first: date, today: date) -> int:
    """The home's meal subsidy went up two months ago (months before keep 4.00), it has
    per-service subsidies and a 自付 meal fee; every month but the last full one is paid."""
    from desktop.core.care import payments, rates
    from desktop.core.care.report import monthly_report
    starts = _month_starts(first, today)
    rates.set_rates(store, home, first.isoformat(), service_subsidy={"助浴": 10_00, "助洁": 8_00},
                    service_fee={"助浴": 5_00}, meal_fee_fen=2_00, visitor_meal_subsidy_fen=1_00)
    if len(starts) >= 3:
        rates.set_rates(store, home, starts[-3].isoformat(), meal_subsidy_fen=4_50)
    paid = 0
    for start in starts[:-2]:           # the last full month is still waiting for its money
        month = f"{start:%Y-%m}"
        due = monthly_report(store, home, month)["subsidy"]["total_fen"]
        nxt = date(start.year + start.month // 12, start.month % 12 + 1, 15)
        if due and nxt <= today:
            payments.record_payment(store, home, month, due, paid_date=nxt.isoformat(), payer="牛家梁镇民政办")
            paid += 1
    return paid


def _helpers(store: Store, rng: random.Random, home: str, first: date, last: date) -> int:
    """Two staff on every open day, four volunteers (young villagers) a few hours a week."""
    from desktop.core.care import helpers
    staff = [helpers.add_helper(store, home, name=name, role="工作人员", start_date=first.isoformat())
             for name in ("马桂花", "高玉林")]
    young = [r for r in _candidates(store, 20, 45, first)][:4]
    volunteers = [helpers.add_helper(store, home, person_id=r["id"], role="志愿者", start_date=first.isoformat())
                  for r in young]
    rows = []
    place = places.get_place(store, home)
    open_map = places.opening(place, _days(first, last),
                              places.day_exceptions(store, home, first.isoformat(), last.isoformat()))
    for day, (ok, _) in sorted(open_map.items()):
        if not ok:
            continue
        rows += [{"helper_id": h, "day": day, "minutes": 8 * 60} for h in staff]
        rows += [{"helper_id": h, "day": day, "minutes": rng.choice([90, 120, 180])} for h in volunteers
                 if rng.random() < 0.25]
    store.insert_many("care_helper_time", rows)
    return len(staff) + len(volunteers)


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
            # the monthly check-up day and activity days bring many more (2.36万 served this way)
            check_up = date.fromisoformat(day).day <= 7 and date.fromisoformat(day).isoweekday() == 2
            if check_up:
                n += rng.randint(15, 30)
            if n:
                served = {"助医/体检": n - rng.randint(0, 3)} if check_up else \
                    ({"文娱": n} if rng.random() < 0.5 else {})
                visits.append({"place_id": place_id, "day": day, "visitors": n, "meals": rng.randint(0, min(n, 4)),
                               "services": json.dumps(served, ensure_ascii=False) if served else ""})
    store.insert_many("care_attendance", rows)
    store.insert_many("care_visit", visits)
    return enrolled, len(rows)


def _days(first: date, last: date):
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]
