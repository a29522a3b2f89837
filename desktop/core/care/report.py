"""Tallies per place per month and year: people served, 人次, 餐次, services, group shares, subsidy.

Everything is a JSON-safe dict (money in integer fen) so the CLI's --json, the Excel and
PDF exports, the GUI tables and the township summary all read the same figures.
"""
from __future__ import annotations

from collections import Counter
from datetime import date

from db import Store
from desktop.core.care import kinds
from desktop.core.care.places import day_exceptions, get_place, list_places, opening
from desktop.core.inputs.dates import month_bounds, parse_month
from desktop.core.roster.people import age_on


def percent(part: int, whole: int) -> float:
    return round(part * 100 / whole, 1) if whole else 0.0


def _days(first: date, last: date) -> list[date]:
    return [date.fromordinal(n) for n in range(first.toordinal(), last.toordinal() + 1)]


def _tally(store: Store, place: dict, first: date, last: date) -> dict:
    """The figures of one place over first..last (inclusive)."""
    pid, a, b = place["id"], first.isoformat(), last.isoformat()
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
    row = store.one("SELECT COUNT(DISTINCT person_id) AS served, COALESCE(SUM(present),0) AS attendance, "
                    "COALESCE(SUM(meals),0) AS meals FROM care_attendance WHERE place_id=? AND day BETWEEN ? AND ? "
                    "AND present=1", (pid, a, b))
    vis = store.one("SELECT COALESCE(SUM(visitors),0) AS v, COALESCE(SUM(meals),0) AS m FROM care_visit "
                    "WHERE place_id=? AND day BETWEEN ? AND ?", (pid, a, b))
    services = Counter()
    for r in store.query("SELECT services, COUNT(*) AS n FROM care_attendance WHERE place_id=? AND day BETWEEN ? "
                         "AND ? AND services<>'' GROUP BY services", (pid, a, b)):
        for s in kinds.split_services(r["services"]):
            services[s] += r["n"]
    offered = [s for s in kinds.split_services(place["services"]) if s not in kinds.MEAL_SERVICES]
    served = row["served"]
    meal_fen, person_fen = place["meal_subsidy_fen"], place["person_subsidy_fen"]
    # Per-person subsidy is per person served in each month (a year sums its months).
    person_months = store.scalar(
        "SELECT COUNT(*) FROM (SELECT DISTINCT person_id, substr(day,1,7) FROM care_attendance "
        "WHERE place_id=? AND day BETWEEN ? AND ? AND present=1)", (pid, a, b))
    return {
        "open_days": open_days,
        "enrolled": enrolled, "enrolled_at_end": enrolled_end, "joined": joined, "left": left,
        "served": served,
        "attendance": row["attendance"], "visitors": vis["v"], "attendance_total": row["attendance"] + vis["v"],
        "meals": row["meals"], "visitor_meals": vis["m"], "meals_total": row["meals"] + vis["m"],
        "services": {s: services.get(s, 0) for s in offered} | {s: n for s, n in services.items() if s not in offered},
        "shares": _shares(store, place, a, b, last),
        "subsidy": {
            "meal_fen": meal_fen, "meals": row["meals"], "meal_total_fen": meal_fen * row["meals"],
            "person_fen": person_fen, "person_months": person_months,
            "person_total_fen": person_fen * person_months,
            "total_fen": meal_fen * row["meals"] + person_fen * person_months,
        },
    }


def _shares(store: Store, place: dict, a: str, b: str, last: date) -> dict:
    served = store.query("SELECT DISTINCT a.person_id, p.birth_date FROM care_attendance a JOIN person p "
                         "ON p.id=a.person_id WHERE a.place_id=? AND a.day BETWEEN ? AND ? AND a.present=1",
                         (place["id"], a, b))
    total = len(served)
    groups: dict[str, set[str]] = {}
    for r in store.query(
            "SELECT g.person_id, g.kind FROM person_group g WHERE g.person_id IN (SELECT DISTINCT person_id FROM "
            "care_attendance WHERE place_id=? AND day BETWEEN ? AND ? AND present=1) AND "
            "(g.start_date IS NULL OR g.start_date<=?) AND (g.end_date IS NULL OR g.end_date>=?)",
            (place["id"], a, b, b, a)):
        groups.setdefault(r["kind"], set()).add(r["person_id"])
    out = {}
    for label, group_kinds in kinds.shares_for(place["kind"]).items():
        members = set().union(*(groups.get(k, set()) for k in group_kinds))
        if label == "高龄":
            members |= {r["person_id"] for r in served if (age_on(r["birth_date"], last) or 0) >= kinds.OLD_AGE}
        out[label] = {"count": len(members), "percent": percent(len(members), total)}
    return out


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
            "GROUP BY a.person_id ORDER BY p.name_pinyin, p.name", (place_id, a, b)):
        people[r["person_id"]] = {"name": r["name"], "gender": r["gender"] or "",
                                  "age": age_on(r["birth_date"], last), "days": r["days"], "meals": r["meals"],
                                  "services": dict(Counter(kinds.split_services(r["services"])))}
    report["people"] = list(people.values())
    open_map = opening(place, _days(first, last), day_exceptions(store, place_id, a, b))
    daily = {d: {"day": d, "open": ok, "note": why, "attendance": 0, "meals": 0, "visitors": 0, "visitor_meals": 0}
             for d, (ok, why) in open_map.items()}
    for r in store.query("SELECT day, COUNT(*) AS n, SUM(meals) AS m FROM care_attendance WHERE place_id=? "
                         "AND day BETWEEN ? AND ? AND present=1 GROUP BY day", (place_id, a, b)):
        daily[r["day"]].update(attendance=r["n"], meals=r["m"])
    for r in store.query("SELECT day, visitors, meals FROM care_visit WHERE place_id=? AND day BETWEEN ? AND ?",
                         (place_id, a, b)):
        daily[r["day"]].update(visitors=r["visitors"], visitor_meals=r["meals"])
    report["daily"] = list(daily.values())
    report["average_daily"] = round(report["attendance"] / report["open_days"], 1) if report["open_days"] else 0.0
    return report


def yearly_report(store: Store, place_id: str, year: int) -> dict:
    place = get_place(store, place_id)
    months = []
    for m in range(1, 13):
        first, last = month_bounds(f"{year}-{m:02d}")
        months.append({"month": f"{year}-{m:02d}", **_tally(store, place, first, last)})
    whole = _tally(store, place, date(year, 1, 1), date(year, 12, 31))
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
                                            "meals", "visitor_meals", "services", "shares")},
                       "subsidy_fen": t["subsidy"]["total_fen"]})
    totals = {}
    for aud in (kinds.ELDERLY, kinds.CHILDREN):
        group = [p for p in places if p["audience"] == aud]
        totals[aud] = {k: sum(p[k] for p in group) for k in
                       ("enrolled", "served", "attendance", "visitors", "meals", "subsidy_fen")}
        totals[aud]["places"] = len(group)
    site = store.one("SELECT name, division_code FROM site LIMIT 1")
    return {"month": f"{first:%Y-%m}", "village": dict(site) if site else {}, "places": places, "totals": totals}
