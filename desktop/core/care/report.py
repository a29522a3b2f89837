"""Tallies per place per month and year: people served, 人次, 餐次, services, group shares, subsidy.

Everything is a JSON-safe dict (money in integer fen) so the CLI's --json, the Excel and
PDF exports, the GUI tables and the township summary all read the same figures.
"""
from __future__ import annotations

import json
from collections import Counter
from datetime import date

from db import Store
from desktop.core.care import kinds
from desktop.core.care.helpers import helpers_summary
from desktop.core.care.places import day_exceptions, get_place, list_places, opening
from desktop.core.care.rates import Rates
from desktop.core.inputs.dates import month_bounds, parse_month
from desktop.core.roster.groups import start_unknown
from desktop.core.roster.people import age_on


def percent(part: int, whole: int) -> float:
    return round(part * 100 / whole, 1) if whole else 0.0


# The one meaning of 在托 in the printed form, `care summary` and the township 上报.
ENROLLED_DEFINITION = ("在托人数：本月内任何一天在托的人数（含月中入托、退托的）；服务人数：本月至少出勤一次的人数；"
                       "出勤人次、餐次和补贴只计入托期内的出勤。")

# Attendance counts (人次, 餐次, subsidy) only inside an enrolment of that person at that
# place: a day recorded after a death or moving out ended the enrolment is listed in the
# report's "flags" and by `cunwu check` instead of being counted and paid.
COVERED = ("EXISTS (SELECT 1 FROM care_enrolment ce WHERE ce.place_id=a.place_id AND ce.person_id=a.person_id "
           "AND ce.start_date<=a.day AND (ce.end_date IS NULL OR ce.end_date>=a.day))")


def stray_attendance(store: Store, place_id: str | None = None, first: str = "", last: str = "9999-12-31"
                     ) -> list[dict]:
    """Attendance outside every enrolment of the person at that place (e.g. a meal recorded
    for a day after the death was registered), each with a message for the clerk."""
    where = "a.day BETWEEN ? AND ? AND (a.present=1 OR a.meals>0) AND NOT " + COVERED
    params: list = [first, last]
    if place_id:
        where += " AND a.place_id=?"
        params.append(place_id)
    out = []
    for r in store.query("SELECT a.place_id, a.person_id, a.day, a.meals, p.name, p.status, p.status_date, "
                         "cp.name AS place_name FROM care_attendance a JOIN person p ON p.id=a.person_id "
                         f"JOIN care_place cp ON cp.id=a.place_id WHERE {where} ORDER BY a.day, p.name", params):
        why = (f"{r['name']} 已于 {r['status_date']} {r['status']}" if r["status"] in ("死亡", "迁出")
               and r["status_date"] and r["status_date"] < r["day"] else f"{r['name']} 当天不在入托期内")
        out.append({**dict(r), "message": f"{r['place_name']} {r['day']} 有出勤记录，但{why}，"
                                          "未计入人次、餐次和补贴，请核对后删除。"})
    return out


def _days(first: date, last: date) -> list[date]:
    return [date.fromordinal(n) for n in range(first.toordinal(), last.toordinal() + 1)]


def _covered(store: Store, place_id: str, a: str, b: str) -> list[tuple]:
    """(day, person_id, meals, services) of every attendance counted in a..b: present and
    inside an enrolment. Read once per report; every figure below is tallied from these rows
    (the year's report reads its year once instead of thirteen times per figure)."""
    return store.conn.execute(
        "SELECT day, person_id, meals, services FROM care_attendance a WHERE place_id=? AND day BETWEEN ? AND ? "
        f"AND present=1 AND {COVERED}", (place_id, a, b)).fetchall()


def _tally(store: Store, place: dict, first: date, last: date, rows: list[tuple] | None = None,
           births: dict[str, str | None] | None = None, memberships: list | None = None) -> dict:
    """The figures of one place over first..last (inclusive). `rows` (from _covered), the
    attendees' birth dates and their group memberships may be handed in by a caller that
    tallies several periods out of one read."""
    pid, a, b = place["id"], first.isoformat(), last.isoformat()
    if rows is None:
        rows = _covered(store, pid, a, b)
    open_days = sum(1 for ok, _ in opening(place, _days(first, last),
                                           day_exceptions(store, pid, a, b)).values() if ok)
    enrolled = store.scalar("SELECT COUNT(DISTINCT person_id) FROM care_enrolment WHERE place_id=? AND "
                            "start_date<=? AND (end_date IS NULL OR end_date>=?)", (pid, b, a))
    enrolled_end = store.scalar("SELECT COUNT(DISTINCT person_id) FROM care_enrolment WHERE place_id=? AND "
                                "start_date<=? AND (end_date IS NULL OR end_date>=?)", (pid, b, b))
    joined = store.scalar("SELECT COUNT(*) FROM care_enrolment WHERE place_id=? AND start_date BETWEEN ? AND ?",
                          (pid, a, b))
    left = store.scalar("SELECT COUNT(*) FROM care_enrolment WHERE place_id=? AND end_date BETWEEN ? AND ?",
                        (pid, a, b))
    served = {r[1] for r in rows}
    attendance = len(rows)
    meals = sum(r[2] for r in rows)
    vis = store.one("SELECT COALESCE(SUM(visitors),0) AS v, COALESCE(SUM(meals),0) AS m FROM care_visit "
                    "WHERE place_id=? AND day BETWEEN ? AND ?", (pid, a, b))
    services = Counter()
    for text, n in Counter(r[3] for r in rows if r[3]).items():
        for s in kinds.split_services(text):
            services[s] += n
    offered = [s for s in kinds.split_services(place["services"]) if s not in kinds.MEAL_SERVICES]
    visitor_services = Counter()
    for r in store.query("SELECT services FROM care_visit WHERE place_id=? AND day BETWEEN ? AND ? AND services<>''",
                         (pid, a, b)):
        visitor_services.update(json.loads(r["services"]))
    if births is None:
        births = _births(store, served)
    return {
        "open_days": open_days,
        "enrolled": enrolled, "enrolled_at_end": enrolled_end, "joined": joined, "left": left,
        "served": len(served),
        "attendance": attendance, "visitors": vis["v"], "attendance_total": attendance + vis["v"],
        "meals": meals, "visitor_meals": vis["m"], "meals_total": meals + vis["m"],
        "services": {s: services.get(s, 0) for s in offered} | {s: n for s, n in services.items() if s not in offered},
        "visitor_services": {s: visitor_services[s] for s in offered if visitor_services.get(s)}
        | {s: n for s, n in visitor_services.items() if s not in offered},
        "shares": _shares(store, place, served, births, a, b, last, memberships),
        "helpers": helpers_summary(store, pid, a, b),
        **_money(store, place, rows, a, b),
    }


def _births(store: Store, people_ids) -> dict[str, str | None]:
    return {r[0]: r[1] for r in store.conn.execute(
        "SELECT id, birth_date FROM person WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(people_ids)),))}


def _memberships(store: Store, people_ids, a: str) -> list:
    """Group memberships of these people not ended before a (for the shares)."""
    return store.conn.execute(
        "SELECT person_id, kind, start_date, end_date, note FROM person_group WHERE person_id IN "
        "(SELECT value FROM json_each(?)) AND (end_date IS NULL OR end_date>=?)",
        (json.dumps(sorted(people_ids)), a)).fetchall()


def _money(store: Store, place: dict, rows: list[tuple], a: str, b: str) -> dict:
    """Subsidy due and fees (自付) over a..b, each day at the rates in force that day and each
    person-month at the rate of the month's first day (see rates.py)."""
    pid = place["id"]
    timeline = Rates(store, place)
    due = Counter()            # meal, person, visitor_meal, service:<name>
    fees = Counter()
    meals = visitor_meals = 0
    meals_by_day: Counter = Counter()
    services_by_day: Counter = Counter()      # (day, services as recorded) -> 人次
    months: dict[str, set] = {}
    for day, person_id, n_meals, services in rows:
        meals_by_day[day] += n_meals
        if services:
            services_by_day[day, services] += 1
        months.setdefault(day[:7], set()).add(person_id)
    for day, n_meals in meals_by_day.items():
        rate = timeline.on(day)
        meals += n_meals
        due["meal"] += n_meals * rate["meal_subsidy_fen"]
        fees["meal"] += n_meals * rate["meal_fee_fen"]
    for (day, text), n in services_by_day.items():
        rate = timeline.on(day)
        for service in kinds.split_services(text):
            due["service:" + service] += n * rate["service_subsidy"].get(service, 0)
            fees["service:" + service] += n * rate["service_fee"].get(service, 0)
    for r in store.query("SELECT day, meals, services FROM care_visit WHERE place_id=? AND day BETWEEN ? AND ?",
                         (pid, a, b)):
        rate = timeline.on(r["day"])
        visitor_meals += r["meals"]
        due["visitor_meal"] += r["meals"] * rate["visitor_meal_subsidy_fen"]
        fees["meal"] += r["meals"] * rate["meal_fee_fen"]
        for service, n in json.loads(r["services"] or "{}").items():
            due["service:" + service] += n * rate["service_subsidy"].get(service, 0)
            fees["service:" + service] += n * rate["service_fee"].get(service, 0)
    person_months = 0
    for month in sorted(months):
        n = len(months[month])
        person_months += n
        due["person"] += n * timeline.on(month + "-01")["person_subsidy_fen"]
    at_end = timeline.on(b)
    service_due = {k[8:]: v for k, v in due.items() if k.startswith("service:") and v}
    service_fees = {k[8:]: v for k, v in fees.items() if k.startswith("service:") and v}
    total = sum(due.values())
    paid = store.scalar("SELECT COALESCE(SUM(amount_fen), 0) FROM care_subsidy_payment WHERE place_id=? "
                        "AND month BETWEEN ? AND ?", (pid, a[:7], b[:7]))
    return {
        "subsidy": {
            "meal_fen": at_end["meal_subsidy_fen"], "meals": meals, "meal_total_fen": due["meal"],
            "person_fen": at_end["person_subsidy_fen"], "person_months": person_months,
            "person_total_fen": due["person"],
            "visitor_meal_fen": at_end["visitor_meal_subsidy_fen"], "visitor_meals": visitor_meals,
            "visitor_meal_total_fen": due["visitor_meal"],
            "services_fen": service_due, "service_rates": at_end["service_subsidy"],
            "rate_changed": timeline.changed_within(a, b),
            "total_fen": total, "paid_fen": paid, "unpaid_fen": total - paid,
        },
        "fees": {"meal_fen": at_end["meal_fee_fen"], "meal_total_fen": fees["meal"], "services_fen": service_fees,
                 "service_rates": at_end["service_fee"], "total_fen": sum(fees.values())},
    }


def _shares(store: Store, place: dict, served: set[str], births: dict[str, str | None], a: str, b: str,
            last: date, memberships: list | None = None) -> dict:
    total = len(served)
    groups: dict[str, set[str]] = {}
    since_import: dict[str, set[str]] = {}
    if memberships is None:
        memberships = _memberships(store, served, a)
    for person_id, kind, start, end, note in memberships:
        if person_id not in served or (end is not None and end < a):
            continue
        if start is None or start <= b:
            groups.setdefault(kind, set()).add(person_id)
        elif start_unknown(note):
            # Dated the day a roster sheet was imported, not when it began: the real start
            # is unknown, so the share is marked 自导入起 rather than silently 0.
            since_import.setdefault(kind, set()).add(person_id)
    out = {}
    for label, group_kinds in kinds.shares_for(place["kind"]).items():
        members = set().union(*(groups.get(k, set()) for k in group_kinds))
        if label == "高龄":
            members |= {p for p in served if (age_on(births.get(p), last) or 0) >= kinds.OLD_AGE}
        later = set().union(*(since_import.get(k, set()) for k in group_kinds)) - members
        out[label] = {"count": len(members), "percent": percent(len(members), total)}
        if later:
            out[label]["since_import"] = len(later)
    return out


def share_notes(shares: dict) -> list[str]:
    """Shares that leave out people whose group was registered by a later roster import."""
    return [f"{label}：另有 {v['since_import']} 人的{label}登记日期是花名册导入日（自导入起），未计入本期；"
            "如知道实际开始日期，请在花名册页“设定起始日期”（或人员的“特殊群体”）中补填"
            for label, v in shares.items() if v.get("since_import")]


def _place_head(store: Store, place: dict) -> dict:
    site = store.one("SELECT name, division_code, township FROM site LIMIT 1")
    return {"place": {"id": place["id"], "name": place["name"], "kind": place["kind"],
                      "capacity": place["capacity"], "audience": kinds.audience(place["kind"])},
            "village": {"name": site["name"], "division_code": site["division_code"],
                        "township": site["township"]} if site else {}}


def monthly_report(store: Store, place_id: str, month: str) -> dict:
    place = get_place(store, place_id)
    first, last = month_bounds(parse_month(month))
    report = {**_place_head(store, place), "month": f"{first:%Y-%m}", "first": first.isoformat(),
              "last": last.isoformat(), **_tally(store, place, first, last)}
    a, b = first.isoformat(), last.isoformat()
    people: dict[str, dict] = {}
    for r in store.query(
            "SELECT a.person_id, p.name, p.gender, p.birth_date, COUNT(*) AS days, SUM(a.meals) AS meals, "
            "GROUP_CONCAT(NULLIF(a.services,''), '、') AS services FROM care_attendance a "
            "JOIN person p ON p.id=a.person_id WHERE a.place_id=? AND a.day BETWEEN ? AND ? AND a.present=1 "
            f"AND {COVERED} GROUP BY a.person_id ORDER BY p.name_pinyin, p.name", (place_id, a, b)):
        people[r["person_id"]] = {"name": r["name"], "gender": r["gender"] or "",
                                  "age": age_on(r["birth_date"], last), "days": r["days"], "meals": r["meals"],
                                  "services": dict(Counter(kinds.split_services(r["services"])))}
    report["people"] = list(people.values())
    open_map = opening(place, _days(first, last), day_exceptions(store, place_id, a, b))
    daily = {d: {"day": d, "open": ok, "note": why, "attendance": 0, "meals": 0, "visitors": 0, "visitor_meals": 0}
             for d, (ok, why) in open_map.items()}
    for r in store.query("SELECT day, COUNT(*) AS n, SUM(meals) AS m FROM care_attendance a WHERE place_id=? "
                         f"AND day BETWEEN ? AND ? AND present=1 AND {COVERED} GROUP BY day", (place_id, a, b)):
        daily[r["day"]].update(attendance=r["n"], meals=r["m"])
    for r in store.query("SELECT day, visitors, meals FROM care_visit WHERE place_id=? AND day BETWEEN ? AND ?",
                         (place_id, a, b)):
        daily[r["day"]].update(visitors=r["visitors"], visitor_meals=r["meals"])
    report["daily"] = list(daily.values())
    report["flags"] = [f["message"] for f in stray_attendance(store, place_id, a, b)] + share_notes(report["shares"])
    report["average_daily"] = round(report["attendance"] / report["open_days"], 1) if report["open_days"] else 0.0
    return report


def yearly_report(store: Store, place_id: str, year: int) -> dict:
    place = get_place(store, place_id)
    first, last = date(year, 1, 1), date(year, 12, 31)
    # The year's attendance, birth dates and memberships read once; each month is tallied
    # out of them (thirteen reads of the same rows made the yearly report slow).
    rows = _covered(store, place_id, first.isoformat(), last.isoformat())
    by_month: dict[str, list[tuple]] = {f"{year}-{m:02d}": [] for m in range(1, 13)}
    for r in rows:
        by_month[r[0][:7]].append(r)
    attendees = {r[1] for r in rows}
    births = _births(store, attendees)
    memberships = _memberships(store, attendees, first.isoformat())
    months = []
    for month, month_rows in by_month.items():
        m_first, m_last = month_bounds(month)
        months.append({"month": month, **_tally(store, place, m_first, m_last, month_rows, births, memberships)})
    whole = _tally(store, place, first, last, rows, births, memberships)
    return {**_place_head(store, place), "year": year, "months": months, **whole}


def monthly_summary(store: Store, month: str) -> dict:
    """Village-wide figures per place for the township (JSON-safe; money in fen)."""
    first, last = month_bounds(parse_month(month))
    places = []
    for p in list_places(store, include_inactive=True):
        t = _tally(store, p, first, last)
        if not p["active"] and not (t["enrolled"] or t["attendance"] or t["visitors"]):
            continue
        places.append({"id": p["id"], "name": p["name"], "kind": p["kind"],
                       "audience": kinds.audience(p["kind"]), "capacity": p["capacity"],
                       **{k: t[k] for k in ("open_days", "enrolled", "served", "attendance", "visitors",
                                            "meals", "visitor_meals", "services", "visitor_services", "shares",
                                            "helpers")},
                       "subsidy_fen": t["subsidy"]["total_fen"], "paid_fen": t["subsidy"]["paid_fen"],
                       "fees_fen": t["fees"]["total_fen"]})
    totals = {}
    for aud in (kinds.ELDERLY, kinds.CHILDREN):
        group = [p for p in places if p["audience"] == aud]
        totals[aud] = {k: sum(p[k] for p in group) for k in
                       ("enrolled", "served", "attendance", "visitors", "meals", "subsidy_fen", "paid_fen",
                        "fees_fen")}
        totals[aud]["places"] = len(group)
    site = store.one("SELECT name, division_code FROM site LIMIT 1")
    return {"month": f"{first:%Y-%m}", "village": dict(site) if site else {}, "places": places, "totals": totals,
            "definition": ENROLLED_DEFINITION}
