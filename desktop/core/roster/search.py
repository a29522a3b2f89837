"""Roster search as the clerk types: name, pinyin initials, full pinyin, ID tail, 户号.

Every branch is an index range scan (prefix on an indexed column), so it stays fast at
a million people; see benchmarks/roster_search.py.
"""
from __future__ import annotations

import re
from typing import Any

from db import Store
from desktop.core.roster.names import clean_name

_ID_TAIL = re.compile(r"^\d{3,17}[0-9Xx]?$|^\d{0,17}[Xx]$")
_LATIN = re.compile(r"^[a-zA-Z]+$")

BASE = """
SELECT p.id, p.name, p.gender, p.ethnicity, p.id_number, p.birth_date, p.relation, p.phone,
       p.status, p.household_id, h.hh_no, g.name AS group_name
FROM person p
LEFT JOIN household h ON h.id = p.household_id
LEFT JOIN village_group g ON g.id = h.group_id
"""


def _prefix_range(column: str, prefix: str) -> tuple[str, list[Any]]:
    # column >= prefix AND column < prefix+U+FFFF: an index range, unlike LIKE.
    return f"({column} >= ? AND {column} < ?)", [prefix, prefix + "\uffff"]


def search(store: Store, query: str = "", *, group: str | None = None, status: str | None = None,
           special: str | None = None, limit: int = 50, offset: int = 0) -> list[dict]:
    q = (query or "").strip()
    where: list[str] = []
    params: list[Any] = []
    if q:
        ors: list[str] = []
        if _LATIN.match(q):
            low = q.lower()
            for col in ("p.name_initials", "p.name_pinyin"):
                sql, ps = _prefix_range(col, low)
                ors.append(sql)
                params += ps
        if _ID_TAIL.match(q):
            sql, ps = _prefix_range("p.id_reversed", q.upper()[::-1])
            ors.append(sql)
            params += ps
        try:
            name = clean_name(q)
        except Exception:
            name = q
        sql, ps = _prefix_range("p.name", name)
        ors.append(sql)
        params += ps
        ors.append("p.household_id IN (SELECT id FROM household WHERE hh_no = ?)")
        params.append(q)
        where.append("(" + " OR ".join(ors) + ")")
    if group:
        where.append("g.name = ?")
        params.append(group)
    if status:
        where.append("p.status = ?")
        params.append(status)
    if special:
        where.append("p.id IN (SELECT person_id FROM person_group WHERE kind = ? "
                     "AND (end_date IS NULL OR end_date >= date('now')))")
        params.append(special)
    sql = BASE + (" WHERE " + " AND ".join(where) if where else "") + \
        " ORDER BY h.hh_no, p.name LIMIT ? OFFSET ?"
    return [dict(r) for r in store.query(sql, [*params, limit, offset])]


def public_row(row: dict) -> dict:
    """The stable --json shape."""
    keys = ("id", "name", "gender", "ethnicity", "id_number", "birth_date", "relation", "phone",
            "status", "hh_no", "group_name")
    return {k: row.get(k) for k in keys}
