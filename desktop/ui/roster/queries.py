"""Read helpers the roster screens need beyond desktop.core.roster.search (no writes here)."""
from __future__ import annotations

from db import Store
from desktop.core.roster import search as roster_search
from desktop.core.security.visibility import view_group, view_person


def count(store: Store, query: str = "", *, group: str | None = None, status: str | None = None,
          special: str | None = None) -> int:
    """How many people match; the same filters as search()."""
    return roster_search.count(store, query, group=group, status=status, special=special)


def household(store: Store, household_id: str) -> dict:
    row = store.one(
        "SELECT h.*, g.name AS group_name, d.name AS grid_name, d.keeper AS grid_keeper, "
        "p.name AS head_name FROM household h "
        "LEFT JOIN village_group g ON g.id = h.group_id LEFT JOIN grid d ON d.id = h.grid_id "
        "LEFT JOIN person p ON p.id = h.head_person_id WHERE h.id = ?", (household_id,))
    return view_person(store.role, dict(row)) if row else {}


def members(store: Store, household_id: str) -> list[dict]:
    """As the logged-in role may see them (security.visibility)."""
    return [view_person(store.role, dict(r)) for r in store.query(
        "SELECT * FROM person WHERE household_id = ? "
        "ORDER BY CASE relation WHEN '户主' THEN 0 WHEN '配偶' THEN 1 ELSE 2 END, birth_date", (household_id,))]


def household_history(store: Store, household_id: str) -> list[dict]:
    """Events of the household's people and of people who moved in or out of it."""
    return [dict(r) for r in store.query(
        "SELECT e.*, p.name AS person_name, fh.hh_no AS from_hh, th.hh_no AS to_hh FROM person_event e "
        "JOIN person p ON p.id = e.person_id "
        "LEFT JOIN household fh ON fh.id = e.from_household_id "
        "LEFT JOIN household th ON th.id = e.to_household_id "
        "WHERE p.household_id = ? OR e.from_household_id = ? OR e.to_household_id = ? "
        "ORDER BY e.event_date DESC, e.created_at DESC", (household_id, household_id, household_id))]


def person_groups(store: Store, person_id: str) -> list[dict]:
    return [view_group(store.role, dict(r)) for r in store.query(
        "SELECT * FROM person_group WHERE person_id = ? ORDER BY start_date", (person_id,))]


def person_history(store: Store, person_id: str) -> list[dict]:
    return [dict(r) for r in store.query(
        "SELECT * FROM person_event WHERE person_id = ? ORDER BY event_date DESC, created_at DESC",
        (person_id,))]


def households_for_choice(store: Store, text: str = "", limit: int = 200) -> list[dict]:
    """Households to pick from when moving a person: by 户号 prefix or head's name."""
    t = (text or "").strip()
    return [dict(r) for r in store.query(
        "SELECT h.id, h.hh_no, h.address, p.name AS head_name FROM household h "
        "LEFT JOIN person p ON p.id = h.head_person_id WHERE h.status = 'active' "
        "AND (? = '' OR h.hh_no >= ? AND h.hh_no < ? OR p.name >= ? AND p.name < ?) "
        "ORDER BY h.hh_no LIMIT ?", (t, t, t + "\uffff", t, t + "\uffff", limit))]
