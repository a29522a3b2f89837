"""Choices for notice options the clerk picks rather than types (村民小组, decision, event,
place, fund), read from the owning areas' tables when those areas are installed."""
from __future__ import annotations

import sqlite3

from db import Store

_QUERIES = {
    "group": "SELECT name, name FROM village_group WHERE active=1 ORDER BY sort_order, name",
    "decision": "SELECT title || '（' || status || '）', id FROM funds_decision ORDER BY created_at DESC",
    "event": ("SELECT e.start_date || ' ' || p.name || ' ' || e.kind, e.id FROM redwhite_event e "
              "JOIN person p ON p.id = e.host_person_id WHERE e.cancelled = 0 ORDER BY e.start_date DESC"),
    # Names shared by kinds mean different things (a meeting's place is not a care place).
    "care.place": "SELECT name, name FROM care_place ORDER BY name",
    "disclosure.fund": "SELECT name, name FROM funds_fund ORDER BY name",
}


def choices(store: Store, option: str, kind: str = "") -> list[tuple[str, str]] | None:
    """[(label, value)] for an option of a kind that has a list to pick from, else None."""
    query = _QUERIES.get(f"{kind}.{option}") or _QUERIES.get(option)
    if query is None:
        return None
    try:
        return [(str(r[0]), str(r[1])) for r in store.query(query)]
    except sqlite3.Error:          # the owning area is not in this build: the clerk types it
        return None
