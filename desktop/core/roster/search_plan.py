"""A search's plan: the branches of what was typed (search_query) and the filters
(村民小组, status, special group) as WHERE clauses; the SQL that walks one branch along its
index, for a page (search_pages) or a count (search_counts).
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Iterable

from db import Store
from desktop.core.roster.search_query import Branch, branches, normalise_query

SMALL_SET = 20000          # a special group this small drives the query from its members
DEFAULT_HIDDEN = ("已合并",)  # merged duplicates show only when asked for


@dataclass
class Plan:
    branches: list[Branch]
    filters: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)
    small_set: bool = False          # a small special group: let SQLite drive from its members
    # Special group with no other filter than the default status: its size comes from
    # the membership index alone (see search_counts).
    members_only: tuple[str, list[Any]] | None = None
    members: list[Any] | None = None     # a stored special group's (kind, today, today)
    group_id: Any = None                 # the 村民小组 filter's id (None: no filter)
    has_group: bool = False
    # The last filter, when no index walked by a name-like branch covers it (a large special
    # group's membership lookup, 高龄's birth date): its parameter count. Each row walked
    # reads the person row for it, so a count stops after a bounded number of rows.
    row_test_params: int = 0


def _filters(store: Store, plan: Plan, *, group: str | None, status: str | Iterable[str] | None,
             special: str | None) -> None:
    if status:
        wanted = [status] if isinstance(status, str) else list(status)
        plan.filters.append(f"p.status IN ({','.join('?' * len(wanted))})")
        plan.params += wanted
    else:
        plan.filters.append(f"p.status NOT IN ({','.join('?' * len(DEFAULT_HIDDEN))})")
        plan.params += list(DEFAULT_HIDDEN)
    if group:
        # person.group_id (its household's, kept by triggers: migration 0016) is in every name
        # index, so the group is tested while walking one.
        group_id = store.scalar("SELECT id FROM village_group WHERE id = ? OR (name = ? AND active = 1) "
                                "ORDER BY id = ? DESC LIMIT 1", [group, group, group])
        plan.filters.append("p.group_id = ?")
        plan.params.append(group_id)
        plan.group_id, plan.has_group = group_id, True
    if special:
        from desktop.core.roster import groups as special_groups
        kind = special_groups.KIND_ALIASES.get(special, special)
        if kind == special_groups.DERIVED:
            # Like a stored membership, 高龄 belongs to people living in the village.
            # (+status: keep SQLite on the birth-date range, which covers status too)
            plan.filters.append("p.birth_date <= ? AND +p.status IN ('在册', '外出务工')")
            plan.params.append(special_groups.high_age_cutoff(store))
            plan.row_test_params = 1
            return
        today = date.today().isoformat()
        # Current on `today`: started, and not ended before today.
        members = ("SELECT person_id FROM person_group WHERE kind = ? "
                   "AND (start_date IS NULL OR start_date <= ?) AND (end_date IS NULL OR end_date >= ?)")
        plan.small_set = _small_group(store, kind)
        if plan.small_set:
            plan.filters.append(f"p.id IN ({members})")        # the last filter (see members_sql)
        else:
            # A large group (低保: 50,000 at a million people): each row walked along an index
            # looks itself up in the membership index, instead of listing every member first.
            plan.filters.append("EXISTS (SELECT 1 FROM person_group g2 WHERE g2.kind = ? AND g2.person_id = p.id "
                                "AND (g2.start_date IS NULL OR g2.start_date <= ?) "
                                "AND (g2.end_date IS NULL OR g2.end_date >= ?))")
            plan.row_test_params = 3
        plan.params += [kind, today, today]
        plan.members = [kind, today, today]
        if not status and not group:
            plan.members_only = (members, [kind, today, today])


_small_groups: dict[tuple, bool] = {}


def _small_group(store: Store, kind: str) -> bool:
    """Whether a special group has at most SMALL_SET open memberships (per roster version:
    counting 20,000 index entries on every keystroke is noticeable)."""
    key = (roster_version(store), kind)
    small = _small_groups.get(key)
    if small is None:
        if len(_small_groups) > 64:
            _small_groups.clear()
        small = _small_groups[key] = store.scalar(
            "SELECT COUNT(*) FROM (SELECT 1 FROM person_group WHERE kind = ? AND end_date IS NULL LIMIT ?)",
            [kind, SMALL_SET + 1]) <= SMALL_SET
    return small


def make_plan(store: Store, query: str | None, group, status, special) -> Plan:
    """The branches of `query` and the filters, as `search`, `count` and their kin take them."""
    plan = Plan(branches(store, normalise_query(query)))
    _filters(store, plan, group=group, status=status, special=special)
    return plan


def without_row_test(plan: Plan) -> Plan:
    """The plan with its row test (the last filter) taken off: what the index walk itself decides."""
    n = plan.row_test_params
    return replace(plan, filters=plan.filters[:-1], params=plan.params[:-n], row_test_params=0)


def branch_sql(plan: Plan, i: int, select: str, *, for_count: bool,
               after: tuple | None = None) -> tuple[str, list[Any]]:
    """SQL for branch i: its own condition, the filters, and not any earlier branch; with
    `after` (the order values of a row of this branch), only the rows after that one."""
    b = plan.branches[i]
    driven = b.middle or plan.small_set     # by the name endings or a small group's members
    # There, a status, group or birth-date index would look tempting to SQLite and walk
    # hundreds of thousands of rows (买提 in 在册: 0.6 s at a million people): "+" keeps it off them.
    where = [b.cond, *(_unindexed(f) if driven else f for f in plan.filters)]
    params = [*b.params, *plan.params]
    for earlier in plan.branches[:i]:
        if earlier.cond != "1":
            where.append(f"NOT {earlier.cond}")
            params += earlier.params
    if b.by_household and not for_count:
        source = ("household h INDEXED BY household_hh_no JOIN person p INDEXED BY person_household_status "
                  "ON p.household_id = h.id") if not plan.small_set else \
            "person p JOIN household h ON h.id = p.household_id"
        if plan.has_group and not plan.small_set:
            # The same test on the household row (its people carry its group): the walk along
            # 户号 skips other groups' households without reading their people.
            where.append("h.group_id = ?")
            params.append(plan.group_id)
    elif b.middle or plan.small_set:
        # SQLite drives from the name endings or from a small group's members.
        source = "person p"
    else:
        # Walk the branch's index in order (pages), count along it (it covers status,
        # household and the earlier branches' keys).
        source = f"person p INDEXED BY {b.index}"
    if after is not None:
        if b.ranged:
            # Start the index range at the last row's key (it is in the range). A second
            # lower bound beside the branch's own would not be used: SQLite keeps one.
            params[0] = after[0]
        elif b.by_household and not plan.small_set:
            where.append("h.hh_no >= ?")
            params.append(after[0])
        cond, after_params = _after(order_columns(plan, b), after)
        where.append(cond)
        params += after_params
    return f"SELECT {select} FROM {source} WHERE {' AND '.join(where)}", params


def _unindexed(condition: str) -> str:
    return "+" + condition if condition.startswith(("p.status", "p.group_id", "p.birth_date")) else condition


def _after(columns: list[str], values: tuple) -> tuple[str, list[Any]]:
    """Rows after `values` in the order of `columns` (NULL first, as SQLite sorts): a row
    value comparison that also holds where a value is NULL (group_id, birth_date)."""
    terms, params, same, same_params = [], [], [], []
    for column, value in zip(columns, values):
        column = f"({column})"      # an expression (p.relation <> '户主') binds looser than >
        later, later_params = (f"{column} IS NOT NULL", []) if value is None else (f"{column} > ?", [value])
        terms.append("(" + " AND ".join([*same, later]) + ")")
        params += [*same_params, *later_params]
        same.append(f"{column} IS ?")
        same_params.append(value)
    return "(" + " OR ".join(terms) + ")", params


_tokens = itertools.count(1)


def roster_version(store: Store) -> tuple:
    """The file and its change log's last number: the same for every connection to the file
    until someone writes (an in-memory store is its own file)."""
    where = str(store.path) if store.path is not None else getattr(store, "_search_cache_token", None)
    if where is None:
        where = store._search_cache_token = next(_tokens)
    return where, store.scalar("SELECT seq FROM sqlite_sequence WHERE name = 'change_log'")


def members_sql(plan: Plan, cond: str, params: list[Any]) -> tuple[str, list[Any]]:
    """The distinct members of the plan's special group (walked in its index) that pass `cond`
    and the other filters (the group's own is the last filter)."""
    where = " AND ".join([cond, *plan.filters[:-1]])
    sql = ("SELECT DISTINCT g.person_id FROM person_group g INDEXED BY person_group_kind_dates "
           "CROSS JOIN person p ON p.id = g.person_id WHERE g.kind = ? AND (g.start_date IS NULL "
           f"OR g.start_date <= ?) AND (g.end_date IS NULL OR g.end_date >= ?) AND {where}")
    return sql, [*plan.members, *params, *plan.params[:-3]]


def order_columns(plan: Plan, b: Branch) -> list[str]:
    """The order of a branch's rows: a total order (rowid last), so a page can start after a row."""
    if b.by_household:
        # Households in index order; only each household's few members are sorted.
        return ["h.hh_no", "h.rowid", "p.relation <> '户主'", "p.birth_date", "p.rowid"]
    if b.middle or plan.small_set:
        return [b.key, "p.rowid"]
    # The index's own order: a page stops after its rows, sorting nothing.
    return [*INDEX_ORDER.get(b.index, (b.key, "p.status")), "p.rowid"]


# The columns of each branch's index (migrations 0012 and 0016; a test compares them with the file).
INDEX_ORDER = {
    "person_name_grp": ("p.name", "p.status", "p.group_id"),
    "person_given_grp": ("p.name_given", "p.status", "p.name", "p.group_id"),
    "person_pinyin_grp": ("p.name_pinyin", "p.status", "p.name_initials", "p.group_id"),
    "person_initials_grp": ("p.name_initials", "p.status", "p.group_id"),
    "person_initials_alt_grp": ("p.name_initials_alt", "p.status", "p.group_id", "p.name_initials", "p.name_pinyin"),
    "person_pinyin_alt_grp": ("p.name_pinyin_alt", "p.status", "p.group_id", "p.name_initials", "p.name_pinyin",
                              "p.name_initials_alt"),
    "person_id_number_status": ("p.id_number", "p.status"),
    "person_id_reversed_status": ("p.id_reversed", "p.status", "p.id_number"),
}
