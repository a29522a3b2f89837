"""How many people a search finds: `upto`, counted no further than a cap (what a keystroke
can afford at a million people: "1,000+"), and the exact count per branch, cached per
(query, filters, roster version).
"""
from __future__ import annotations

from typing import Any

from db import Store
from desktop.core.roster.search_plan import (DEFAULT_HIDDEN, Plan, branch_sql, members_sql, roster_version,
                                             without_row_test)

COUNT_CAP = 1000           # count_upto stops here: "1,000+" while the exact total is counted
# count_upto reads at most this many index entries of a branch whose rows each need a look
# at the person row (a name with a large special group: 李 + 低保 read 28,000 of them,
# 92 ms at a million people, to find 1,000 members): then "96+" while the exact total is counted.
COUNT_WORK = 2000
_count_cache: dict[tuple, list[int]] = {}


def forget_counts() -> None:
    """After a change the change log does not number (the name endings rebuilt)."""
    _count_cache.clear()


def _count_key(store: Store, plan: Plan) -> tuple:
    return (roster_version(store), tuple((b.cond, tuple(b.params)) for b in plan.branches), tuple(plan.filters),
            tuple(plan.params))


def exact_counts(store: Store, plan: Plan) -> list[int]:
    """Exact matches per branch, cached per roster version."""
    key = _count_key(store, plan)
    cached = _count_cache.get(key)
    if cached is not None:
        return list(cached)
    counts = []
    for i, b in enumerate(plan.branches):
        if b.by_household:
            # Everyone matching the filters (an index-only count) minus those without a
            # household (the next branch): "household_id IS NOT NULL" would read every row.
            everyone = _everyone(store, plan)
            sql, params = branch_sql(plan, i + 1, "COUNT(*)", for_count=True)
            counts.append(everyone - store.scalar(sql, params))
        else:
            sql, params = branch_sql(plan, i, "COUNT(*)", for_count=True)
            counts.append(store.scalar(sql, params))
    if len(_count_cache) > 64:
        _count_cache.clear()
    _count_cache[key] = counts
    return list(counts)


def _everyone(store: Store, plan: Plan) -> int:
    """How many people match the filters alone."""
    if plan.members_only:
        # Members (index only) minus merged duplicates among them (few): a person_group
        # row cannot be counted twice and needs no row of person.
        members, params = plan.members_only
        total = store.scalar(f"SELECT COUNT(DISTINCT person_id) FROM ({members})", params)
        merged = store.scalar(
            f"SELECT COUNT(*) FROM person p INDEXED BY person_status WHERE p.status IN "
            f"({','.join('?' * len(DEFAULT_HIDDEN))}) AND p.id IN ({members})", [*DEFAULT_HIDDEN, *params])
        return total - merged
    if plan.members is not None:
        # A stored special group with other filters (低保 residents, the overview's figure):
        # from its members, each looked up once, instead of every resident looking up its
        # membership (50,000 lookups instead of 880,000 at a million people: 1 s -> 0.1 s).
        return _members_count(store, plan, "1", [])
    where = " AND ".join(plan.filters) or "1"
    return store.scalar(f"SELECT COUNT(*) FROM person p WHERE {where}", plan.params)


def _members_count(store: Store, plan: Plan, cond: str, params: list[Any]) -> int:
    sql, params = members_sql(plan, cond, params)
    return store.scalar(f"SELECT COUNT(*) FROM ({sql})", params)


def branch_upto(store: Store, plan: Plan, i: int, cap: int) -> int:
    """Matches of branch i, counted no further than cap + 1."""
    b = plan.branches[i]
    if b.by_household and plan.members is not None:
        # The whole roster in a special group: walk the members (index order) and look each
        # one up, instead of listing every member first (50,000 for 低保 at a million people).
        sql, params = members_sql(plan, b.cond, b.params)
    elif b.by_household:
        # Let SQLite choose (status, group or special index): most people have a household.
        where = " AND ".join([b.cond, *plan.filters])
        sql, params = f"SELECT 1 FROM person p WHERE {where}", [*b.params, *plan.params]
    else:
        sql, params = branch_sql(plan, i, "1", for_count=True)
    return store.scalar(f"SELECT COUNT(*) FROM ({sql} LIMIT ?)", [*params, cap + 1])


def _bounded_upto(store: Store, plan: Plan, i: int, work: int) -> tuple[int, bool]:
    """(matches of branch i among the first rows its index walk lets through, whether the walk
    goes on beyond `work` of them): the row test runs on those rows only."""
    inner, params = branch_sql(without_row_test(plan), i, "p.id, p.birth_date, p.status", for_count=True)
    test, test_params = plan.filters[-1], plan.params[len(plan.params) - plan.row_test_params:]
    seen, found = store.query(f"SELECT COUNT(*), COALESCE(SUM({test}), 0) FROM ({inner} LIMIT ?) AS p",
                              [*test_params, *params, work + 1])[0]
    return found, seen > work


def _bounded(plan: Plan, i: int) -> bool:
    b = plan.branches[i]
    return bool(plan.row_test_params) and not (b.by_household or b.middle or plan.small_set)


def upto(store: Store, plan: Plan, cap: int, work: int = COUNT_WORK) -> tuple[int, bool]:
    """(n, more): the plan's matches counted no further than `cap` (n = cap and more = True
    beyond it); from the exact count when it is cached. A branch whose rows each need the
    person row is counted over at most `work` of them: more = True then says "at least n"."""
    cached = _count_cache.get(_count_key(store, plan))
    if cached is not None:
        return min(sum(cached), cap), sum(cached) > cap
    if plan.branches[0].by_household:
        # The whole roster's two branches (with a household, without) are everyone the filters
        # let through: counted together, from an index alone where one covers the filters.
        n = _filtered_upto(store, plan, cap + 1)
        return min(n, cap), n > cap
    found = 0
    for i in range(len(plan.branches)):
        if _bounded(plan, i):
            n, unfinished = _bounded_upto(store, plan, i, work)
            found += n
            if unfinished:
                return min(found, cap), True
        else:
            found += branch_upto(store, plan, i, cap - found)
        if found > cap:
            return cap, True
    return found, False


def _filtered_upto(store: Store, plan: Plan, limit: int) -> int:
    """How many people match the filters alone, counted no further than `limit`."""
    if plan.members_only:
        # A special group alone: its members from the membership index, minus the merged
        # duplicates among them (few; counted past them so that the cap still holds).
        members, params = plan.members_only
        hidden = ",".join("?" * len(DEFAULT_HIDDEN))
        merged = store.scalar(f"SELECT COUNT(*) FROM person INDEXED BY person_status WHERE status IN ({hidden})",
                              list(DEFAULT_HIDDEN))
        n = store.scalar(f"SELECT COUNT(*) FROM (SELECT DISTINCT person_id FROM ({members}) LIMIT ?)",
                         [*params, limit + merged])
        if n >= limit + merged:
            return limit                # at least `limit` of them are not merged
        return _everyone(store, plan)
    if plan.members is not None:
        sql, params = members_sql(plan, "1", [])
    else:
        sql, params = f"SELECT 1 FROM person p WHERE {' AND '.join(plan.filters)}", plan.params
    return store.scalar(f"SELECT COUNT(*) FROM ({sql} LIMIT ?)", [*params, limit])
