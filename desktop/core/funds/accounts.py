"""Funds (资金账户): source, purpose, opening balance, budget lines; balances.

A fund's balance is its opening balance plus the signed sum of its POSTED entries
(income +, expense -; a reversal carries minus the original). Drafts never count.
"""
from __future__ import annotations

from db import Store
from db.errors import NotFoundError, RefusedError, ValidationError
from desktop.core.funds.common import optional_text, required_text, today
from desktop.core.inputs.dates import parse_day
from desktop.core.inputs.money import check_fen

# Sources named in the seeds; a village may type others.
SOURCES = ("上级专项资金", "福彩公益金", "以奖代补", "社会捐助", "一事一议筹资", "村集体经营收入", "其他")

NO_OPENING_DATE = "2000-01-01"
SIGNED = "CASE direction WHEN 'income' THEN amount_fen ELSE -amount_fen END"


def add_fund(store: Store, name: str, *, source: str = "", purpose: str = "", opening_fen: int = 0,
             opening_date=None, note: str = "") -> str:
    name = required_text(name, field="name", label="资金名称", max_len=60)
    source = optional_text(source, field="source", label="资金来源", max_len=60)
    purpose = optional_text(purpose, field="purpose", label="用途", max_len=500)
    check_fen(opening_fen, field="opening", label="期初余额", allow_zero=True)
    # A fund starting from zero has no meaningful start day: entries of any date may follow.
    default_day = today() if opening_fen else NO_OPENING_DATE
    opening_date = parse_day(opening_date or default_day, field="opening_date", label="期初日期")
    if opening_fen:
        _opening_outside_closed(store, opening_date)
    with store.transaction():
        if store.one("SELECT 1 FROM funds_fund WHERE site_id=? AND name=?", (store.site_id, name)):
            raise ValidationError(f"资金“{name}”已存在。", field="name")
        return store.insert("funds_fund", {"name": name, "source": source, "purpose": purpose,
                                           "opening_fen": opening_fen, "opening_date": opening_date,
                                           "note": optional_text(note, field="note", label="备注")})


def _opening_outside_closed(store: Store, day: str) -> None:
    """An opening balance dated in (or before) a closed month would change its balances."""
    from desktop.core.funds import periods
    if periods.is_closed(store, day):
        raise RefusedError(f"期初日期 {day} 在已结账的月份内（或之前），期初余额会改变已结账月份的余额；"
                           "请把期初日期定在最后结账月份之后。")


def fund_by_name(store: Store, name: str) -> dict | None:
    row = store.one("SELECT * FROM funds_fund WHERE site_id=? AND name=?", (store.site_id, (name or "").strip()))
    return dict(row) if row else None


def get_fund(store: Store, fund_id: str) -> dict:
    row = store.one("SELECT * FROM funds_fund WHERE id=?", (fund_id,))
    if row is None:
        raise NotFoundError(f"找不到资金账户（{fund_id}）。")
    return dict(row)


def resolve_fund(store: Store, ref: str) -> dict:
    """A fund by id or by name (the CLI and GUI let the clerk type the name)."""
    row = store.one("SELECT * FROM funds_fund WHERE id=? OR (site_id=? AND name=?)",
                    (ref, store.site_id, (ref or "").strip()))
    if row is None:
        raise NotFoundError(f"没有名为“{ref}”的资金账户。")
    return dict(row)


def update_fund(store: Store, fund_id: str, **changes) -> dict:
    """Name, source, purpose, note, active. The opening balance is fixed once entries exist."""
    fund = get_fund(store, fund_id)
    allowed = {"name", "source", "purpose", "note", "active", "opening_fen", "opening_date"}
    bad = set(changes) - allowed
    if bad:
        raise ValidationError(f"资金账户没有这些字段：{'、'.join(sorted(bad))}")
    if "name" in changes:
        changes["name"] = required_text(changes["name"], field="name", label="资金名称", max_len=60)
        clash = store.one("SELECT 1 FROM funds_fund WHERE site_id=? AND name=? AND id<>?",
                          (store.site_id, changes["name"], fund_id))
        if clash:
            raise ValidationError(f"资金“{changes['name']}”已存在。", field="name")
    if {"opening_fen", "opening_date"} & set(changes):
        if store.scalar("SELECT COUNT(*) FROM funds_entry WHERE fund_id=? AND status='posted'", (fund_id,)):
            raise RefusedError(f"资金“{fund['name']}”已有过账凭证，期初余额不能再改。")
        if "opening_fen" in changes:
            check_fen(changes["opening_fen"], field="opening", label="期初余额", allow_zero=True)
        if "opening_date" in changes:
            changes["opening_date"] = parse_day(changes["opening_date"], field="opening_date", label="期初日期")
        _opening_outside_closed(store, fund["opening_date"])
        if changes.get("opening_fen", fund["opening_fen"]):
            _opening_outside_closed(store, changes.get("opening_date", fund["opening_date"]))
    return store.update("funds_fund", fund_id, changes)


def list_funds(store: Store, *, include_inactive: bool = False) -> list[dict]:
    rows = store.query(
        f"""SELECT f.*, f.opening_fen + COALESCE(SUM(CASE WHEN e.status='posted' THEN
                 CASE e.direction WHEN 'income' THEN e.amount_fen ELSE -e.amount_fen END END), 0) AS balance_fen,
                 COALESCE(SUM(CASE WHEN e.status='posted' AND e.direction='income' THEN e.amount_fen END), 0) AS income_fen,
                 COALESCE(SUM(CASE WHEN e.status='posted' AND e.direction='expense' THEN e.amount_fen END), 0) AS expense_fen,
                 COUNT(CASE WHEN e.status='draft' THEN 1 END) AS drafts
            FROM funds_fund f LEFT JOIN funds_entry e ON e.fund_id = f.id
           WHERE f.site_id=? {'' if include_inactive else 'AND f.active=1'}
           GROUP BY f.id ORDER BY f.created_at, f.name""", (store.site_id,))
    return [dict(r) for r in rows]


def balance(store: Store, fund_id: str, *, as_of: str | None = None) -> int:
    """Opening plus posted entries (dated on or before `as_of`, when given)."""
    fund = get_fund(store, fund_id)
    sql = f"SELECT COALESCE(SUM({SIGNED}), 0) FROM funds_entry WHERE fund_id=? AND status='posted'"
    params: list = [fund_id]
    if as_of:
        sql += " AND entry_date <= ?"
        params.append(as_of)
    return fund["opening_fen"] + store.scalar(sql, params)


def lowest_balance_from(store: Store, fund_id: str, day: str) -> int:
    """The lowest end-of-day balance on `day` and every later day with posted entries.

    A payment dated `day` lowers all of those; it is allowed only if none goes below zero.
    """
    running = balance(store, fund_id, as_of=_day_before(day))
    candidates = []
    rows = store.query(f"SELECT entry_date, SUM({SIGNED}) FROM funds_entry WHERE fund_id=? "
                       "AND status='posted' AND entry_date >= ? GROUP BY entry_date ORDER BY entry_date",
                       (fund_id, day))
    if not rows or rows[0][0] != day:
        candidates.append(running)          # the end of `day` itself, when nothing else is dated then
    for row in rows:
        running += row[1]
        candidates.append(running)
    return min(candidates)


def _day_before(day: str) -> str:
    from datetime import date, timedelta
    return (date.fromisoformat(day) - timedelta(days=1)).isoformat()


# ------------------------------------------------------------------ budgets
def set_budget(store: Store, fund_id: str, year: int, category: str, amount_fen: int, *,
               direction: str = "expense") -> str:
    get_fund(store, fund_id)
    category = required_text(category, field="category", label="预算科目", max_len=40)
    check_fen(amount_fen, field="budget", label="预算金额", allow_zero=True)
    if direction not in ("income", "expense"):
        raise ValidationError("预算方向只能是收入或支出。", field="direction")
    if not isinstance(year, int) or not 1900 <= year <= 2999:
        raise ValidationError(f"预算年度“{year}”不对。", field="year")
    with store.transaction():
        row = store.one("SELECT id FROM funds_budget WHERE fund_id=? AND year=? AND direction=? AND category=?",
                        (fund_id, year, direction, category))
        if row:
            store.update("funds_budget", row[0], {"amount_fen": amount_fen})
            return row[0]
        return store.insert("funds_budget", {"fund_id": fund_id, "year": year, "direction": direction,
                                             "category": category, "amount_fen": amount_fen})


def budget_vs_actual(store: Store, year: int, *, until: str | None = None) -> list[dict]:
    """Per fund and category: budget for the year and posted actual up to `until`."""
    until = until or f"{year}-12-31"
    actual = {}
    for r in store.query(
            "SELECT fund_id, direction, category, SUM(amount_fen) FROM funds_entry WHERE status='posted' "
            "AND entry_date BETWEEN ? AND ? GROUP BY fund_id, direction, category", (f"{year}-01-01", until)):
        actual[(r[0], r[1], r[2])] = r[3]
    out = []
    for b in store.query("SELECT b.*, f.name AS fund_name FROM funds_budget b JOIN funds_fund f ON f.id=b.fund_id "
                         "WHERE b.year=? ORDER BY f.created_at, b.direction DESC, b.category", (year,)):
        spent = actual.get((b["fund_id"], b["direction"], b["category"]), 0)
        out.append({"fund_id": b["fund_id"], "fund_name": b["fund_name"], "direction": b["direction"],
                    "category": b["category"], "budget_fen": b["amount_fen"], "actual_fen": spent,
                    "remaining_fen": b["amount_fen"] - spent,
                    "percent": None if not b["amount_fen"] else round(100 * spent / b["amount_fen"], 1)})
    return out
