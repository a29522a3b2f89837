"""The council's hall money (红白事服务中心): fees for shared tables, tableware and cooks,
donations, and what the money is spent on.

The money is a fund in the village fund ledger (the funds area): each amount is written
there through `desktop.core.funds.api` in the same transaction as our own row, which ties
it to the event it came from. The annual summary reads our rows.
"""
from __future__ import annotations

from db import Store
from db.errors import RefusedError, ValidationError
from desktop.core.redwhite.dates import parse_date
from desktop.core.money import yuan

HALL_FUND_NAME = "红白事服务中心资金"
HALL_FUND_SOURCE = "村集体经营收入"
HALL_FUND_PURPOSE = "红白理事会红白事服务中心：场地、桌椅餐具、厨师服务的收费和捐赠，用于购置维修桌椅餐具和中心日常运行"
INCOME_CATEGORIES = ("场地使用费", "桌椅餐具租用费", "厨师服务费", "捐赠", "其他收入")
EXPENSE_CATEGORIES = ("桌椅餐具购置", "维修", "水电燃气", "人工", "办公用品", "其他支出")
DIRECTIONS = {"income": "收入", "expense": "支出"}
MAX_AMOUNT_FEN = 1_000_000_00      # above ¥1,000,000 a hall fee is a typing mistake


def _funds_api():
    try:
        from desktop.core.funds import api
    except ImportError:        # the funds ledger is not in this build
        return None
    return api if hasattr(api, "add_entry") and hasattr(api, "ensure_fund") else None


def resolve_decision(store: Store, ref: str) -> str:
    """A 四议两公开 decision of the funds ledger by number or title, to cite for a payment."""
    if _funds_api() is None:
        raise RefusedError("本程序没有资金账本，不能引用议事决议。")
    from desktop.core.funds import decisions
    return decisions.resolve_decision(store, ref)["id"]


def hall_fund_id(store: Store) -> str | None:
    api = _funds_api()
    if api is None:
        return None
    return api.ensure_fund(store, HALL_FUND_NAME, HALL_FUND_SOURCE, HALL_FUND_PURPOSE)


def add_hall_money(store: Store, *, direction: str, category: str, amount_fen: int, entry_date,
                   summary: str = "", counterparty: str = "", event_id: str | None = None,
                   decision_id: str | None = None) -> str:
    """Record a fee/donation (income) or a use (expense) of the hall money.

    The amount is posted to the hall fund in the village ledger at once (the cash has
    changed hands); a large payment must cite a 四议两公开 decision (decision_id), as the
    ledger requires of any payment above the village's threshold.
    """
    if direction not in DIRECTIONS:
        raise ValidationError("收支方向应为 income（收入）或 expense（支出）。", field="direction")
    categories = INCOME_CATEGORIES if direction == "income" else EXPENSE_CATEGORIES
    category = (category or "").strip()
    if category not in categories:
        raise ValidationError(f"{DIRECTIONS[direction]}类别“{category}”无法识别（可填：{'、'.join(categories)}）。",
                              field="category")
    if isinstance(amount_fen, bool) or not isinstance(amount_fen, int) or amount_fen <= 0:
        raise ValidationError("金额应大于 0。", field="amount_fen")
    if amount_fen > MAX_AMOUNT_FEN:
        raise ValidationError(f"金额 {yuan(amount_fen, symbol=True)} 不合常理，请检查。", field="amount_fen")
    day = parse_date(entry_date, field="entry_date", label="收支日期")
    summary = (summary or "").strip() or category
    with store.transaction():
        if event_id:
            ev = store.one("SELECT kind, report_date, cancelled, host_person_id FROM redwhite_event "
                           "WHERE id=? AND site_id=?", (event_id, store.site_id))
            if ev is None:
                raise ValidationError("所指的红白事项不存在。", field="event_id")
            if ev["cancelled"]:
                raise RefusedError("该事项已取消，不能再登记收费。")
            if day < ev["report_date"]:
                raise ValidationError(f"收费日期 {day} 早于该事项的申报日期 {ev['report_date']}。",
                                      field="entry_date")
            if not counterparty:
                counterparty = store.scalar("SELECT name FROM person WHERE id=?", (ev["host_person_id"],)) or ""
        api = _funds_api()
        if direction == "expense":
            balance = hall_balance(store)
            if amount_fen > balance:
                raise RefusedError(f"红白事服务中心资金余额 {yuan(balance, symbol=True)}，不够支出 "
                                   f"{yuan(amount_fen, symbol=True)}；资金不能出现负数。")
        entry_id = None
        if api is not None:
            entry_id = api.add_entry(store, hall_fund_id(store), direction, amount_fen, day, category, summary,
                                     counterparty=counterparty, decision_id=decision_id, post=True)
        elif decision_id:
            raise RefusedError("本程序没有资金账本，不能引用议事决议。")
        return store.insert("redwhite_hall_money", {
            "event_id": event_id, "direction": direction, "category": category, "amount_fen": amount_fen,
            "entry_date": day, "summary": summary, "counterparty": (counterparty or "").strip(),
            "funds_entry_id": entry_id})


def hall_balance(store: Store) -> int:
    """The hall money now: the ledger's balance of the fund (it may hold entries the funds
    page made directly), or our own rows when the program has no ledger."""
    api = _funds_api()
    if api is not None:
        return api.fund_balance(store, hall_fund_id(store))
    return store.scalar("SELECT COALESCE(SUM(CASE direction WHEN 'income' THEN amount_fen ELSE -amount_fen END), 0) "
                        "FROM redwhite_hall_money WHERE site_id=?", (store.site_id,))


def hall_rows(store: Store, year: int, site_id: str | None = None) -> list[dict]:
    return [dict(r) for r in store.query(
        "SELECT m.*, e.kind AS event_kind FROM redwhite_hall_money m "
        "LEFT JOIN redwhite_event e ON e.id = m.event_id "
        "WHERE m.site_id = ? AND m.entry_date BETWEEN ? AND ? ORDER BY m.entry_date, m.created_at",
        (site_id or store.site_id, f"{year:04d}-01-01", f"{year:04d}-12-31"))]


def hall_summary(store: Store, year: int, site_id: str | None = None) -> dict:
    """The year's hall money of one site (default: this installation's): opening balance,
    income and use by category, closing balance."""
    site = site_id or store.site_id
    before = store.one(
        "SELECT COALESCE(SUM(CASE direction WHEN 'income' THEN amount_fen ELSE -amount_fen END), 0) "
        "FROM redwhite_hall_money WHERE site_id=? AND entry_date < ?", (site, f"{year:04d}-01-01"))[0]
    rows = hall_rows(store, year, site)
    income: dict[str, int] = {}
    expense: dict[str, int] = {}
    for r in rows:
        bucket = income if r["direction"] == "income" else expense
        bucket[r["category"]] = bucket.get(r["category"], 0) + r["amount_fen"]
    total_in, total_out = sum(income.values()), sum(expense.values())
    return {
        "year": year, "fund": HALL_FUND_NAME, "in_ledger": _funds_api() is not None,
        "opening_fen": before, "income_fen": total_in, "expense_fen": total_out,
        "closing_fen": before + total_in - total_out,
        "income": [{"category": c, "amount_fen": income[c]} for c in INCOME_CATEGORIES if c in income],
        "expense": [{"category": c, "amount_fen": expense[c]} for c in EXPENSE_CATEGORIES if c in expense],
        "events_served": len({r["event_id"] for r in rows if r["event_id"] and r["direction"] == "income"}),
        "entries": len(rows),
    }
