"""Every care change goes through the store's write path: replaying the change log rebuilds
the care tables exactly (which is what the township's copy receives)."""
from __future__ import annotations

import json

from desktop.core import events
from desktop.core.care import enrolment, places, register
from desktop.core.care.register import Cell
from tests.care_helpers import born_years_before, person

CARE_TABLES = ("care_place", "care_place_day", "care_enrolment", "care_attendance", "care_visit")


def _replay(store, table):
    rows: dict[str, dict] = {}
    for e in store.query("SELECT record_id, op, data FROM change_log WHERE table_name=? ORDER BY seq", (table,)):
        if e["op"] == "insert":
            rows[e["record_id"]] = json.loads(e["data"])
        elif e["op"] == "update":
            rows[e["record_id"]].update(json.loads(e["data"]))
        else:
            rows.pop(e["record_id"])
    return rows


def test_change_log_replays_to_the_care_tables(store):
    home = places.add_place(store, name="幸福院", kind="幸福院", meal_subsidy_fen=300)
    places.update_place(store, home, capacity=12)
    places.set_day(store, home, "2026-03-09", False, "停水")
    places.set_day(store, home, "2026-03-14", True, "活动日")
    places.set_day(store, home, "2026-03-14", None)
    a, b = person(store, "王秀英", born_years_before(80)), person(store, "李德胜", born_years_before(70), gender="男")
    ea = enrolment.enrol(store, home, a, "2026-03-01").id
    enrolment.enrol(store, home, b, "2026-03-01")
    register.save_cells(store, home, [(a, "2026-03-02", Cell(True, 1)), (b, "2026-03-02", Cell(True, 2, ("助浴",)))])
    register.save_cells(store, home, [(a, "2026-03-02", Cell(True, 2)), (b, "2026-03-02", Cell())])
    register.record_attendance(store, home, "2026-03-03", [a, b], meals=1)
    register.set_visitors(store, home, "2026-03-02", 3, 1)
    register.set_visitors(store, home, "2026-03-02", 0, 0)
    register.set_visitors(store, home, "2026-03-03", 2)
    enrolment.end_enrolment(store, ea, "2026-03-20", "回家")
    with store.transaction():
        events.publish(store, "person.left", person_id=b, status="迁出", date="2026-03-25")
    for table in CARE_TABLES:
        actual = {r["id"]: dict(r) for r in store.query(f"SELECT * FROM {table}")}
        replayed = _replay(store, table)
        assert replayed.keys() == actual.keys(), table
        for rid, row in actual.items():
            for column, value in replayed[rid].items():
                if column != "updated_at":          # the store logs what changed, not the clock
                    assert row[column] == value, (table, column)
    assert store.scalar("SELECT COUNT(*) FROM care_visit") == 1
