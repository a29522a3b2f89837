"""Roster search as the clerk types: name, given name, pinyin initials, full pinyin (a
polyphonic surname by either reading: shan or dan for 单), the middle of a name, last
digits of the ID number, 户号; filters by 村民小组, status and special group.

This module is the public entry (the GUI, the CLI and exports call it). The parts behind it:
search_query (what was typed, as branches), search_plan (the filters and the SQL of a
branch), search_pages (pages and the cursor for scrolling), search_counts (count_upto's
capped count and the exact count with its cache).

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
one already returned. `count()` adds up the same branches. The indexes are (key, status):
counting with the default status filter reads the index only.

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

from typing import Iterable

from db import Store
from desktop.core.roster import search_counts, search_pages
from desktop.core.roster.search_counts import COUNT_CAP, forget_counts
from desktop.core.roster.search_pages import PageCursor
from desktop.core.roster.search_plan import make_plan
from desktop.core.roster.search_query import CJK, MIDDLE_MIN_CHARS, normalise_query

__all__ = ["COUNT_CAP", "PageCursor", "count", "count_upto", "first_page", "forget_counts", "normalise_query",
           "public_row", "search", "search_page", "too_short_for_middle"]


def search_page(store: Store, query: str = "", *, group: str | None = None,
                status: str | Iterable[str] | None = None, special: str | None = None,
                limit: int = 50, offset: int = 0,
                after: PageCursor | None = None) -> tuple[list[dict], PageCursor | None]:
    """A page of `search` and the cursor for the next one (None when this page is empty).
    With `after`, the page continues where that earlier page ended, without walking the
    rows before it (`offset` reads past them: the deeper, the slower)."""
    plan = make_plan(store, query, group, status, special)
    return search_pages.page(store, plan, limit=limit, offset=offset, after=after)


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
    plan = make_plan(store, query, group, status, special)
    return sum(search_counts.exact_counts(store, plan))


def count_upto(store: Store, query: str = "", *, group: str | None = None,
               status: str | Iterable[str] | None = None, special: str | None = None,
               cap: int = COUNT_CAP, work: int = search_counts.COUNT_WORK) -> tuple[int, bool]:
    """(n, more): the count of `count`, but counted no further than `cap` (n = cap and
    more = True beyond it). What a keystroke can afford at a million people. more = True
    with n < cap: at least n, where counting on would read more than `work` person rows
    (a name with a large special group or 高龄); `count` gives the total."""
    plan = make_plan(store, query, group, status, special)
    return search_counts.upto(store, plan, cap, work)


def first_page(store: Store, query: str = "", *, group: str | None = None,
               status: str | Iterable[str] | None = None, special: str | None = None,
               limit: int = 50, cap: int = COUNT_CAP) -> tuple[list[dict], PageCursor | None, int, bool]:
    """What one keystroke shows: (rows, cursor, n, more), the first page and `count_upto`.
    A page that is not full has read every match: its length is the exact count, and no
    count runs (a rare combination, 李 + 低保 + 三组 + 死亡, walks all of 李 once, not twice)."""
    plan = make_plan(store, query, group, status, special)
    rows, cursor = search_pages.page(store, plan, limit=limit, offset=0, after=None)
    if len(rows) < limit:
        return rows, cursor, min(len(rows), cap), len(rows) > cap
    n, more = search_counts.upto(store, plan, cap)
    return rows, cursor, max(n, min(len(rows), cap)), more or len(rows) > cap


def too_short_for_middle(query: str | None) -> bool:
    """A Chinese query too short to be looked for in the middle of a name (the GUI says so
    when it finds nobody, instead of a bare empty list)."""
    q = normalise_query(query)
    return bool(q) and bool(CJK.search(q)) and len(q) < MIDDLE_MIN_CHARS


def public_row(row: dict) -> dict:
    """The stable --json shape."""
    keys = ("id", "name", "gender", "ethnicity", "id_number", "birth_date", "relation", "phone",
            "status", "hh_no", "group_name")
    return {k: row.get(k) for k in keys}
