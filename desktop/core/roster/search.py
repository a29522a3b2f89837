"""Roster search as the clerk types: name, given name, pinyin initials, full pinyin (a
polyphonic surname by either reading: shan or dan for 单), the middle of a name, last
digits of the ID number, 户号; filters by 村民小组, status and special group.

How it stays fast at a million people
-------------------------------------
A query is split into *branches*, each a prefix range on one indexed column
(name, name_given, name_initials, name_pinyin, their everyday-reading twins
name_initials_alt and name_pinyin_alt, id_reversed, id_number, household hh_no, and
the endings of names in person_name_part for text typed from the middle of a name).
Results are the branches one after another (most exact kind of match first), each in
its own index order, so a page is a `LIMIT` along an index and never a sort of all
matches; the next page (`search_page`'s cursor: what the GUI does while scrolling) starts
its index range at the last row shown, so it costs the same far down a long result as at
its top, where an `OFFSET` reads every row above. A later branch skips rows an earlier
one already returned. `count()` adds
up the same branches. The indexes are (key, status): counting with the default status
filter reads the index only.

Two exceptions sort the (few) rows they find instead of walking an index:
- A special-group filter on a small group (<= SMALL_SET members) lets SQLite drive
  from the member list.
- The middle of a name (阿卜杜·热合曼 by 卜杜, 欧阳小秀 by 阳小), for Chinese queries of
  2+ characters: SQLite drives from the range of name endings (person_name_part, kept by
  triggers; see migration 0015). One character is not looked for in the middle: it
  would be the last character of most three-character names.
A page needs no count: the first page reads the first branches up to its size; a page
by offset counts a branch it skips only up to the offset. What the clerk sees while
typing is `count_upto` (at most COUNT_CAP, e.g. "1,000+"); the exact `count` of a large
result reads a large share of an index (35 ms for the whole roster at a million people),
so the GUI asks for it off the UI thread. Exact counts are cached per (query, filters,
roster version), the version being the change log's last number: any connection's write
moves it.
"""
from __future__ import annotations

import itertools

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable

from db import Store
from desktop.core.roster import codes

_ID_TAIL = re.compile(r"^\d{1,17}[0-9Xx]?$|^\d{0,17}[Xx]$")
_LATIN = re.compile(r"^[a-zA-Z]+$")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_HH_NO = re.compile(r"^[0-9A-Za-z\-_#号组\u4e00-\u9fff]{1,30}$")
MIDDLE_MIN_CHARS = 2       # shortest text looked for in the middle of a name
SMALL_SET = 20000          # a special group this small drives the query from its members
MAX_HOUSEHOLDS = 500       # a 户号 prefix matching more households is not a useful branch
DEFAULT_HIDDEN = ("已合并",)  # merged duplicates show only when asked for
COUNT_CAP = 1000           # count_upto stops here: "1,000+" while the exact total is counted

FIELDS = """p.id, p.name, p.gender, p.ethnicity, p.id_number, p.birth_date, p.relation, p.phone,
       p.status, p.status_date, p.household_id, h.hh_no, h.group_id"""


def _prefix_range(column: str, prefix: str) -> tuple[str, list[Any]]:
    # column >= prefix AND column < prefix+U+10FFFF: an index range, unlike LIKE.
    return f"({column} >= ? AND {column} < ?)", [prefix, prefix + "\U0010ffff"]


@dataclass
class _Branch:
    index: str                  # the index that drives it
    key: str                    # its first column (the order)
    cond: str                   # SQL condition on person p
    params: list[Any]
    by_household: bool = False   # the whole roster: 户号 order, head first in each household
    middle: bool = False         # middle of a name: driven by the person_name_part range
    ranged: bool = False         # cond's first parameter is the lower bound of a range on key


@dataclass
class _Plan:
    branches: list[_Branch]
    filters: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)
    small_set: bool = False          # a small special group: let SQLite drive from its members
    # Special group with no other filter than the default status: its size comes from
    # the membership index alone (see _everyone).
    members_only: tuple[str, list[Any]] | None = None
    members: list[Any] | None = None     # a stored special group's (kind, today, today)


# ------------------------------------------------------------------ query
def normalise_query(query: str | None) -> str:
    q = unicodedata.normalize("NFKC", str(query or "")) if query else ""
    # Full-width letters/digits (ＧＪＷ０１) fold; CJK stays as typed.
    q = re.sub(r"\s+", "", q)
    return q.replace("・", "·").replace("．", "·").replace("•", "·")


def _branches(store: Store, q: str) -> list[_Branch]:
    """The branches for a query, most exact kind of match first."""
    if not q:
        # The whole roster reads like the paper 花名册: by 户号, head first; then anyone
        # without a household.
        return [_Branch("household_hh_no", "h.hh_no", "p.household_id IS NOT NULL", [], by_household=True),
                _Branch("person_household_status", "p.rowid", "p.household_id IS NULL", [])]
    out: list[_Branch] = []
    if _LATIN.match(q):
        low = q.lower()
        # The surname reading first (shan for 单), then the everyday one (dan). One letter:
        # every initials match is also a pinyin match, one branch per reading suffices.
        for suffix in ("", "_alt"):
            if len(low) > 1:
                out.append(_pinyin_branch("initials", suffix, low))
            out.append(_pinyin_branch("pinyin", suffix, low))
    if _ID_TAIL.match(q) and len(q) >= 2:
        up = q.upper()
        if len(up) >= 6:
            # Typed from the left (a whole number or its start).
            out.append(_Branch("person_id_number_status", "p.id_number", *_prefix_range("p.id_number", up),
                               ranged=True))
        out.append(_Branch("person_id_reversed_status", "p.id_reversed",
                           *_prefix_range("p.id_reversed", up[::-1]), ranged=True))
    cjk = bool(_CJK.search(q))
    if cjk or not out:
        out.append(_Branch("person_name_grp", "p.name", *_prefix_range("p.name", q), ranged=True))
    if cjk:
        out.append(_Branch("person_given_grp", "p.name_given", *_prefix_range("p.name_given", q), ranged=True))
    if _HH_NO.match(q):
        hh_ids = _household_ids(store, q)
        if hh_ids:
            marks = ",".join("?" * len(hh_ids))
            out.append(_Branch("person_household_status", "p.household_id", f"p.household_id IN ({marks})", hh_ids))
    if cjk and len(q) >= MIDDLE_MIN_CHARS:
        cond, params = _prefix_range("part", q)
        out.append(_Branch("person_name_part", "p.name", f"p.id IN (SELECT person_ref FROM person_name_part "
                                                         f"WHERE {cond})", params, middle=True))
    return out


def _pinyin_branch(kind: str, suffix: str, low: str) -> _Branch:
    column = f"p.name_{kind}{suffix}"
    cond, params = _prefix_range(column, low)
    if suffix:
        # Also the partial index's own condition, which lets SQLite use it.
        cond = f"({cond} AND {column} <> '')"
    return _Branch(f"person_{kind}{suffix}_grp", column, cond, params, ranged=True)


def _household_ids(store: Store, q: str) -> list[str]:
    """Households whose 户号 starts with q (also upper-cased); none when too many to be useful."""
    ids: list[str] = []
    for prefix in dict.fromkeys((q, q.upper())):
        ids += [r[0] for r in store.query(
            "SELECT id FROM household INDEXED BY household_hh_no WHERE hh_no >= ? AND hh_no < ? LIMIT ?",
            [prefix, prefix + "\U0010ffff", MAX_HOUSEHOLDS + 1])]
    return ids if len(ids) <= MAX_HOUSEHOLDS else []


def _filters(store: Store, plan: _Plan, *, group: str | None, status: str | Iterable[str] | None,
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
    if special:
        from desktop.core.roster import groups as special_groups
        kind = special_groups.KIND_ALIASES.get(special, special)
        if kind == special_groups.DERIVED:
            # Like a stored membership, 高龄 belongs to people living in the village.
            # (+status: keep SQLite on the birth-date range, which covers status too)
            plan.filters.append("p.birth_date <= ? AND +p.status IN ('在册', '外出务工')")
            plan.params.append(special_groups.high_age_cutoff(store))
            return
        today = date.today().isoformat()
        # Current on `today`: started, and not ended before today.
        members = ("SELECT person_id FROM person_group WHERE kind = ? "
                   "AND (start_date IS NULL OR start_date <= ?) AND (end_date IS NULL OR end_date >= ?)")
        plan.small_set = _small_group(store, kind)
        if plan.small_set:
            plan.filters.append(f"p.id IN ({members})")        # the last filter (see _count_upto)
        else:
            # A large group (低保: 50,000 at a million people): each row walked along an index
            # looks itself up in the membership index, instead of listing every member first.
            plan.filters.append("EXISTS (SELECT 1 FROM person_group g2 WHERE g2.kind = ? AND g2.person_id = p.id "
                                "AND (g2.start_date IS NULL OR g2.start_date <= ?) "
                                "AND (g2.end_date IS NULL OR g2.end_date >= ?))")
        plan.params += [kind, today, today]
        plan.members = [kind, today, today]
        if not status and not group:
            plan.members_only = (members, [kind, today, today])


_small_groups: dict[tuple, bool] = {}


def _small_group(store: Store, kind: str) -> bool:
    """Whether a special group has at most SMALL_SET open memberships (per roster version:
    counting 20,000 index entries on every keystroke is noticeable)."""
    key = (_roster_version(store), kind)
    small = _small_groups.get(key)
    if small is None:
        if len(_small_groups) > 64:
            _small_groups.clear()
        small = _small_groups[key] = store.scalar(
            "SELECT COUNT(*) FROM (SELECT 1 FROM person_group WHERE kind = ? AND end_date IS NULL LIMIT ?)",
            [kind, SMALL_SET + 1]) <= SMALL_SET
    return small


def _plan(store: Store, query: str | None, group, status, special) -> _Plan:
    plan = _Plan(_branches(store, normalise_query(query)))
    _filters(store, plan, group=group, status=status, special=special)
    return plan


def _branch_sql(plan: _Plan, i: int, select: str, *, for_count: bool,
                after: tuple | None = None) -> tuple[str, list[Any]]:
    """SQL for branch i: its own condition, the filters, and not any earlier branch; with
    `after` (the order values of a row of this branch), only the rows after that one."""
    b = plan.branches[i]
    where = [b.cond, *plan.filters]
    params = [*b.params, *plan.params]
    for earlier in plan.branches[:i]:
        if earlier.cond != "1":
            where.append(f"NOT {earlier.cond}")
            params += earlier.params
    if b.by_household and not for_count:
        source = ("household h INDEXED BY household_hh_no JOIN person p INDEXED BY person_household_status "
                  "ON p.household_id = h.id") if not plan.small_set else \
            "person p JOIN household h ON h.id = p.household_id"
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
        cond, after_params = _after(_order_columns(plan, b), after)
        where.append(cond)
        params += after_params
    return f"SELECT {select} FROM {source} WHERE {' AND '.join(where)}", params


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


_count_cache: dict[tuple, list[int]] = {}
_tokens = itertools.count(1)


def _roster_version(store: Store) -> tuple:
    """The file and its change log's last number: the same for every connection to the file
    until someone writes (an in-memory store is its own file)."""
    where = str(store.path) if store.path is not None else getattr(store, "_search_cache_token", None)
    if where is None:
        where = store._search_cache_token = next(_tokens)
    return where, store.scalar("SELECT seq FROM sqlite_sequence WHERE name = 'change_log'")


def forget_counts() -> None:
    """After a change the change log does not number (the name endings rebuilt)."""
    _count_cache.clear()


def _count_key(store: Store, plan: _Plan) -> tuple:
    return (_roster_version(store), tuple((b.cond, tuple(b.params)) for b in plan.branches), tuple(plan.filters),
            tuple(plan.params))


def _counts(store: Store, plan: _Plan) -> list[int]:
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
            sql, params = _branch_sql(plan, i + 1, "COUNT(*)", for_count=True)
            counts.append(everyone - store.scalar(sql, params))
        else:
            sql, params = _branch_sql(plan, i, "COUNT(*)", for_count=True)
            counts.append(store.scalar(sql, params))
    if len(_count_cache) > 64:
        _count_cache.clear()
    _count_cache[key] = counts
    return list(counts)


def _everyone(store: Store, plan: _Plan) -> int:
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


def _members_sql(plan: _Plan, cond: str, params: list[Any]) -> tuple[str, list[Any]]:
    """The distinct members of the plan's special group (walked in its index) that pass `cond`
    and the other filters (the group's own is the last filter)."""
    where = " AND ".join([cond, *plan.filters[:-1]])
    sql = ("SELECT DISTINCT g.person_id FROM person_group g INDEXED BY person_group_kind_dates "
           "CROSS JOIN person p ON p.id = g.person_id WHERE g.kind = ? AND (g.start_date IS NULL "
           f"OR g.start_date <= ?) AND (g.end_date IS NULL OR g.end_date >= ?) AND {where}")
    return sql, [*plan.members, *params, *plan.params[:-3]]


def _members_count(store: Store, plan: _Plan, cond: str, params: list[Any]) -> int:
    sql, params = _members_sql(plan, cond, params)
    return store.scalar(f"SELECT COUNT(*) FROM ({sql})", params)


def _order_columns(plan: _Plan, b: _Branch) -> list[str]:
    """The order of a branch's rows: a total order (rowid last), so a page can start after a row."""
    if b.by_household:
        # Households in index order; only each household's few members are sorted.
        return ["h.hh_no", "h.rowid", "p.relation <> '户主'", "p.birth_date", "p.rowid"]
    if b.middle or plan.small_set:
        return [b.key, "p.rowid"]
    if b.index.endswith("_grp"):
        return [b.key, "p.status", "p.group_id", "p.rowid"]    # the index's own order
    return [b.key, "p.status", "p.rowid"]


def _count_upto(store: Store, plan: _Plan, i: int, cap: int) -> int:
    """Matches of branch i, counted no further than cap + 1."""
    b = plan.branches[i]
    if b.by_household and plan.members is not None:
        # The whole roster in a special group: walk the members (index order) and look each
        # one up, instead of listing every member first (50,000 for 低保 at a million people).
        sql, params = _members_sql(plan, b.cond, b.params)
    elif b.by_household:
        # Let SQLite choose (status, group or special index): most people have a household.
        where = " AND ".join([b.cond, *plan.filters])
        sql, params = f"SELECT 1 FROM person p WHERE {where}", [*b.params, *plan.params]
    else:
        sql, params = _branch_sql(plan, i, "1", for_count=True)
    return store.scalar(f"SELECT COUNT(*) FROM ({sql} LIMIT ?)", [*params, cap + 1])


def _page_rowids(store: Store, plan: _Plan, limit: int, offset: int,
                 after: tuple[int, tuple] | None = None) -> tuple[list[int], tuple[int, tuple] | None]:
    """One page: rowids, and (branch, order values) of its last row. `after` is such a pair
    from an earlier page: the page starts right after that row, wherever it is (as fast
    halfway down a long result as at its start: what the GUI does while scrolling)."""
    rowids: list[int] = []
    last = None
    for i in range(after[0] if after else 0, len(plan.branches)):
        if limit <= 0:
            break
        columns = _order_columns(plan, plan.branches[i])
        sql, params = _branch_sql(plan, i, ", ".join(["p.rowid", *columns]), for_count=False,
                                  after=after[1] if after and i == after[0] else None)
        got = store.query(f"{sql} ORDER BY {', '.join(columns)} LIMIT ? OFFSET ?", [*params, limit, offset])
        if not got:
            if offset:
                # The page starts in a later branch: how far this one reaches (it has at most
                # `offset` rows). Counted only now: a page within the branch walks it once.
                offset -= _count_upto(store, plan, i, offset)
            continue
        rowids += [r[0] for r in got]
        limit -= len(got)
        offset = 0
        last = (i, tuple(got[-1][1:]))
    return rowids, last


def _rows(store: Store, rowids: list[int]) -> list[dict]:
    if not rowids:
        return []
    marks = ",".join("?" * len(rowids))
    # The few 村民小组 names from a dict: a join would look each one up again for every row.
    group_names = {r[0]: r[1] for r in store.query("SELECT id, name FROM village_group")}
    found = {r["rid"]: dict(r) for r in store.query(
        f"SELECT p.rowid AS rid, {FIELDS} FROM person p LEFT JOIN household h ON h.id = p.household_id "
        f"WHERE p.rowid IN ({marks})", rowids)}
    out = []
    for rid in rowids:
        row = found[rid]
        del row["rid"]
        row["group_name"] = group_names.get(row.pop("group_id"))
        out.append(row)
    return out


# ----------------------------------------------------------------- public
@dataclass(frozen=True)
class PageCursor:
    """Where a page of `search_page` ended: the next page starts after its last row."""
    position: int          # rows before the next page (its offset)
    branch: int
    last: tuple            # the last row's order values in its branch
    shape: tuple           # the plan it belongs to: if the branches changed, the offset is used


def _shape(plan: _Plan) -> tuple:
    return (tuple((b.index, b.cond, tuple(b.params)) for b in plan.branches), plan.small_set,
            tuple(plan.filters), tuple(plan.params))


def search_page(store: Store, query: str = "", *, group: str | None = None,
                status: str | Iterable[str] | None = None, special: str | None = None,
                limit: int = 50, offset: int = 0,
                after: PageCursor | None = None) -> tuple[list[dict], PageCursor | None]:
    """A page of `search` and the cursor for the next one (None when this page is empty).
    With `after`, the page continues where that earlier page ended, without walking the
    rows before it (`offset` reads past them: the deeper, the slower)."""
    plan = _plan(store, query, group, status, special)
    shape = _shape(plan)
    start = None
    if after is not None:
        if after.shape == shape:
            start, offset = (after.branch, after.last), 0
        else:
            # A 户号 prefix or a special group's size changed the branches: count instead.
            offset = after.position
    offset = max(0, int(offset))
    rowids, last = _page_rowids(store, plan, max(0, int(limit)), offset, start)
    rows = _rows(store, rowids)
    if store.role not in (None, "admin", "clerk"):
        # Roles that don't need them (监委会, township) see ID numbers and phones masked (PIPL).
        from desktop.core.security.privacy import masked_row
        rows = [masked_row(store, r) for r in rows]
    if last is None:
        return rows, None
    before = after.position if after is not None else offset
    return rows, PageCursor(before + len(rows), last[0], last[1], shape)


def search(store: Store, query: str = "", *, group: str | None = None,
           status: str | Iterable[str] | None = None, special: str | None = None,
           limit: int = 50, offset: int = 0) -> list[dict]:
    """One page of matches. `group` is a 村民小组 name or id; `status` one status or several
    (default: everyone except merged duplicates); `special` a special group (高龄 by age).
    Paging on through a long result: `search_page`."""
    return search_page(store, query, group=group, status=status, special=special, limit=limit,
                       offset=offset)[0]


def count(store: Store, query: str = "", *, group: str | None = None,
          status: str | Iterable[str] | None = None, special: str | None = None) -> int:
    """How many rows `search` pages through with the same query and filters (exact: for a
    large result, tens of milliseconds at a million people; see count_upto)."""
    plan = _plan(store, query, group, status, special)
    return sum(_counts(store, plan))


def count_upto(store: Store, query: str = "", *, group: str | None = None,
               status: str | Iterable[str] | None = None, special: str | None = None,
               cap: int = COUNT_CAP) -> tuple[int, bool]:
    """(n, more): the count of `count`, but counted no further than `cap` (n = cap and
    more = True beyond it). What a keystroke can afford at a million people."""
    plan = _plan(store, query, group, status, special)
    cached = _count_cache.get(_count_key(store, plan))
    if cached is not None:
        return min(sum(cached), cap), sum(cached) > cap
    found = 0
    for i in range(len(plan.branches)):
        found += _count_upto(store, plan, i, cap - found)
        if found > cap:
            return cap, True
    return found, False


def too_short_for_middle(query: str | None) -> bool:
    """A Chinese query too short to be looked for in the middle of a name (the GUI says so
    when it finds nobody, instead of a bare empty list)."""
    q = normalise_query(query)
    return bool(q) and bool(_CJK.search(q)) and len(q) < MIDDLE_MIN_CHARS


def public_row(row: dict) -> dict:
    """The stable --json shape."""
    keys = ("id", "name", "gender", "ethnicity", "id_number", "birth_date", "relation", "phone",
            "status", "hh_no", "group_name")
    return {k: row.get(k) for k in keys}


STATUSES = codes.STATUSES
