"""The roster's part of the monthly report (上报): population at the month's end."""
from __future__ import annotations

from db import Store
from desktop.core.roster.people import age_on


def report_part(store: Store, month: str) -> dict:
    """Living residents of this village at the month's end, and special groups during it."""
    from desktop.core.sync.reports import month_bounds
    first, last = month_bounds(month)
    me = store.site_id
    # Residents now, plus those who left or died after the month ended (they were there then).
    people = store.query("SELECT gender, birth_date, status FROM person WHERE site_id=? "
                         "AND (status IN ('在册', '外出务工') OR (status IN ('迁出', '死亡') AND status_date > ?))",
                         (me, last.isoformat()))
    out = {"households": store.scalar("SELECT COUNT(*) FROM household WHERE site_id=? AND status='active'", (me,)),
           "persons": len(people), "male": 0, "female": 0, "away": 0,
           "age_0_6": 0, "age_60_plus": 0, "age_80_plus": 0}
    for p in people:
        out["male" if p["gender"] == "男" else "female"] += 1 if p["gender"] in ("男", "女") else 0
        out["away"] += p["status"] == "外出务工"
        age = age_on(p["birth_date"], last)
        if age is not None:
            out["age_0_6"] += age <= 6
            out["age_60_plus"] += age >= 60
            out["age_80_plus"] += age >= 80
    groups: dict[str, int] = {}
    for kind, n in store.query(
            "SELECT g.kind, COUNT(DISTINCT g.person_id) FROM person_group g JOIN person p ON p.id = g.person_id "
            "WHERE g.site_id=? AND p.status IN ('在册', '外出务工') AND (g.start_date IS NULL OR g.start_date <= ?) "
            "AND (g.end_date IS NULL OR g.end_date = '' OR g.end_date >= ?) GROUP BY g.kind",
            (me, last.isoformat(), first.isoformat())):
        groups[kind] = n
    out["groups"] = groups
    return out
