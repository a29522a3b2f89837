"""A person's and a household's history in the roster, read back from person_event and
household_event (written by lifecycle.py and merging.py)."""
from __future__ import annotations

import json

from db import Store
from desktop.core.roster.life_records import household_record, person_record

def history(store: Store, person_id: str) -> list[dict]:
    """The person's events, oldest first, with names/户号 filled in for display."""
    person_record(store, person_id)
    rows = store.query(
        "SELECT e.*, hf.hh_no AS from_hh_no, ht.hh_no AS to_hh_no, o.name AS other_name "
        "FROM person_event e LEFT JOIN household hf ON hf.id = e.from_household_id "
        "LEFT JOIN household ht ON ht.id = e.to_household_id LEFT JOIN person o ON o.id = e.other_person_id "
        "WHERE e.person_id=? ORDER BY e.event_date, e.created_at", (person_id,))
    return [_with_detail(r) for r in rows]


def household_history(store: Store, household_id: str) -> list[dict]:
    household_record(store, household_id)
    rows = store.query(
        "SELECT e.*, p.name AS person_name, o.name AS other_name FROM household_event e "
        "LEFT JOIN person p ON p.id = e.person_id LEFT JOIN person o ON o.id = e.other_person_id "
        "WHERE e.household_id=? ORDER BY e.event_date, e.created_at", (household_id,))
    return [_with_detail(r) for r in rows]


def household_timeline(store: Store, household_id: str) -> list[dict]:
    """Newest first: the household's own events and its people's events (moving in or out
    included), each with event_date, kind, person_name, from_hh, to_hh, reason."""
    rows = [dict(r) for r in store.query(
        "SELECT e.event_date, e.created_at, e.kind, e.reason, p.name AS person_name, fh.hh_no AS from_hh, "
        "th.hh_no AS to_hh FROM person_event e JOIN person p ON p.id = e.person_id "
        "LEFT JOIN household fh ON fh.id = e.from_household_id "
        "LEFT JOIN household th ON th.id = e.to_household_id "
        "WHERE p.household_id = ? OR e.from_household_id = ? OR e.to_household_id = ?",
        (household_id, household_id, household_id))]
    rows += [{"event_date": e["event_date"], "created_at": e["created_at"], "kind": e["kind"],
              "reason": e["reason"], "person_name": e["person_name"] or e["other_name"] or "",
              "from_hh": "", "to_hh": ""} for e in household_history(store, household_id)]
    rows.sort(key=lambda e: (e["event_date"], e["created_at"]), reverse=True)
    return rows


def _with_detail(row) -> dict:
    out = dict(row)
    out["detail"] = json.loads(out["detail"]) if out.get("detail") else {}
    return out
