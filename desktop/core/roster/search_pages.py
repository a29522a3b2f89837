"""Pages of a search: each a LIMIT along the branches' indexes, never a sort of all matches;
and the cursor that starts the next page right after the last row shown, so that scrolling
far down a long result costs what its top costs (an OFFSET reads every row above).
"""
from __future__ import annotations

from dataclasses import dataclass

from db import Store
from desktop.core.roster.search_counts import branch_upto
from desktop.core.roster.search_plan import Plan, branch_sql, order_columns

FIELDS = """p.id, p.name, p.gender, p.ethnicity, p.id_number, p.birth_date, p.relation, p.phone,
       p.status, p.status_date, p.household_id, h.hh_no, h.group_id"""


def _page_rowids(store: Store, plan: Plan, limit: int, offset: int,
                 after: tuple[int, tuple] | None = None) -> tuple[list[int], tuple[int, tuple] | None]:
    """One page: rowids, and (branch, order values) of its last row. `after` is such a pair
    from an earlier page: the page starts right after that row, wherever it is (as fast
    halfway down a long result as at its start: what the GUI does while scrolling)."""
    rowids: list[int] = []
    last = None
    for i in range(after[0] if after else 0, len(plan.branches)):
        if limit <= 0:
            break
        columns = order_columns(plan, plan.branches[i])
        sql, params = branch_sql(plan, i, ", ".join(["p.rowid", *columns]), for_count=False,
                                 after=after[1] if after and i == after[0] else None)
        got = store.query(f"{sql} ORDER BY {', '.join(columns)} LIMIT ? OFFSET ?", [*params, limit, offset])
        if not got:
            if offset:
                # The page starts in a later branch: how far this one reaches (it has at most
                # `offset` rows). Counted only now: a page within the branch walks it once.
                offset -= branch_upto(store, plan, i, offset)
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


@dataclass(frozen=True)
class PageCursor:
    """Where a page of `search_page` ended: the next page starts after its last row."""
    position: int          # rows before the next page (its offset)
    branch: int
    last: tuple            # the last row's order values in its branch
    shape: tuple           # the plan it belongs to: if the branches changed, the offset is used


def _shape(plan: Plan) -> tuple:
    return (tuple((b.index, b.cond, tuple(b.params)) for b in plan.branches), plan.small_set,
            tuple(plan.filters), tuple(plan.params))


def page(store: Store, plan: Plan, *, limit: int, offset: int,
         after: PageCursor | None) -> tuple[list[dict], PageCursor | None]:
    """The plan's rows from `offset` or, with `after`, right after where that earlier page
    ended; and the cursor for the next page (None when this page is empty)."""
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
