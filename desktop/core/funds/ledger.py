"""The ledger: receipts and payments, drafted then posted; reversals correct mistakes.

Rules (issue 7): a posted entry is never edited or deleted; a correction is a reversing
entry (红字冲销: same fund, direction and category, minus the amount) pointing at the
original; a payment that would take its fund below zero on any day is refused; a
closed month takes no new entries; a payment above the village threshold must cite a
resolved decision (see decisions.check_payment for the dates and the 公示); an entry
dated after today is refused unless the clerk confirms it (`confirm_future`); posting
a donation into a fund with a matching rule records the matching money due. Voucher numbers (2026-0001) are assigned at posting from a
per-year sequence with no gaps: posted entries are never deleted, and each number is
the year's highest plus one, taken inside the posting transaction.
"""
from __future__ import annotations

import re

from db import Store
from db.errors import NotFoundError, RefusedError, ValidationError
from desktop.core.funds import accounts, decisions, periods
from desktop.core.funds.common import optional_text, required_text, today
from desktop.core.inputs.dates import parse_day
from desktop.core.money import yuan
from desktop.core.inputs.money import check_fen

DIRECTIONS = {"income": "收入", "expense": "支出"}
_DIRECTION_WORDS = {"income": "income", "收入": "income", "收": "income",
                    "expense": "expense", "支出": "expense", "支": "expense"}
_VOUCHER = re.compile(r"^(\d{4})-(\d{4,})$")

# Usual categories; the clerk may type others.
INCOME_CATEGORIES = ("上级拨款", "福彩公益金", "奖补资金", "社会捐赠", "政府配套资金", "一事一议筹资", "集体经营收入",
                     "利息收入", "其他收入")
EXPENSE_CATEGORIES = ("工程维修", "设施设备", "助餐服务", "办公费", "水电费", "人员劳务", "慰问救助",
                      "环境整治", "文体活动", "其他支出")


def direction_of(value: str) -> str:
    d = _DIRECTION_WORDS.get((value or "").strip().lower())
    if d is None:
        raise ValidationError(f"收支方向“{value}”不对，应为 income（收入）或 expense（支出）。", field="direction")
    return d


def get_entry(store: Store, entry_id: str) -> dict:
    row = store.one("SELECT * FROM funds_entry WHERE id=?", (entry_id,))
    if row is None:
        raise NotFoundError(f"找不到凭证（{entry_id}）。")
    return dict(row)


def resolve_entry(store: Store, ref: str) -> dict:
    """By id, voucher number (2026-0012), or a unique id prefix."""
    ref = (ref or "").strip()
    row = store.one("SELECT id FROM funds_entry WHERE id=? OR (site_id=? AND voucher_no=?)",
                    (ref, store.site_id, ref))
    if row is None and len(ref) >= 4 and not _VOUCHER.match(ref):
        rows = store.query("SELECT id FROM funds_entry WHERE id LIKE ?", (ref + "%",))
        row = rows[0] if len(rows) == 1 else None
    if row is None:
        raise NotFoundError(f"找不到凭证“{ref}”。")
    return get_entry(store, row[0])


def check_not_future(day: str, confirm_future: bool, *, today_: str | None = None) -> None:
    now = today_ or today()
    if day > now and not confirm_future:
        raise RefusedError(f"记账日期 {day} 晚于今天（{now}）。如确实要记未来日期的账，请确认"
                           "（命令行加 --confirm-future）；监委会将在结账预警中看到它。")


def _validated(store: Store, fund_id, direction, amount_fen, entry_date, category, summary,
               counterparty, decision_id, power_id=None) -> dict:
    fund = store.one("SELECT * FROM funds_fund WHERE id=?", (fund_id,))
    if fund is None:
        raise NotFoundError(f"找不到资金账户（{fund_id}）。")
    if not fund["active"]:
        raise RefusedError(f"资金“{fund['name']}”已停用，不能记账。")
    direction = direction_of(direction)
    check_fen(amount_fen, field="amount", label="金额")
    day = parse_day(entry_date, field="entry_date", label="记账日期")
    if day < fund["opening_date"]:
        raise ValidationError(f"记账日期 {day} 早于资金“{fund['name']}”的期初日期 {fund['opening_date']}。",
                              field="entry_date")
    periods.require_open(store, day)
    if decision_id is not None:
        decisions.get_decision(store, decision_id)
    if power_id is not None and store.one("SELECT 1 FROM funds_power WHERE id=?", (power_id,)) is None:
        raise NotFoundError(f"找不到小微权力（{power_id}）。")
    return {"power_id": power_id,"fund_id": fund_id, "direction": direction, "amount_fen": amount_fen, "entry_date": day,
            "category": required_text(category, field="category", label="科目", max_len=40),
            "summary": required_text(summary, field="summary", label="摘要", max_len=200),
            "counterparty": optional_text(counterparty, field="counterparty", label="收付款单位/人", max_len=100),
            "decision_id": decision_id}


def add_entry(store: Store, fund_id: str, direction: str, amount_fen: int, entry_date, category: str,
              summary: str, counterparty: str = "", decision_id: str | None = None, post: bool = False, *,
              power_id: str | None = None, confirm_future: bool = False, attach: list | tuple = (),
              voucher_no: str | None = None) -> str:
    """Draft a receipt or payment, attach its files, and post it at once when `post`:
    the one way the GUI, the CLI and other areas record an entry. Returns the entry id."""
    with store.transaction():
        values = _validated(store, fund_id, direction, amount_fen, entry_date, category, summary,
                            counterparty, decision_id, power_id)
        check_not_future(values["entry_date"], confirm_future)
        if values["direction"] == "expense":
            # Refuse early what posting would refuse; posting checks again.
            decisions.check_payment(store, amount_fen, decision_id, values["entry_date"])
        entry_id = store.insert("funds_entry", {**values, "status": "draft", "created_by": store.actor})
        if attach:
            from desktop.core.funds import attachments
            for path in attach:
                attachments.attach(store, "funds_entry", entry_id, path)
        if post:
            post_entry(store, entry_id, voucher_no=voucher_no, confirm_future=confirm_future)
    return entry_id


def update_draft(store: Store, entry_id: str, **changes) -> dict:
    with store.transaction():
        e = get_entry(store, entry_id)
        _refuse_if_posted(e, "修改")
        allowed = {"fund_id", "direction", "amount_fen", "entry_date", "category", "summary", "counterparty",
                   "decision_id", "power_id"}
        confirm_future = changes.pop("confirm_future", False)
        bad = set(changes) - allowed
        if bad:
            raise ValidationError(f"凭证没有这些字段：{'、'.join(sorted(bad))}")
        periods.require_open(store, e["entry_date"], what="修改凭证")
        merged = {k: changes.get(k, e[k]) for k in allowed}
        values = _validated(store, **merged)
        check_not_future(values["entry_date"], confirm_future)
        return store.update("funds_entry", entry_id, values)


def save_draft(store: Store, entry_id: str, *, attach: list | tuple = (), post: bool = False,
               confirm_future: bool = False, **changes) -> str:
    """Change a draft, attach files and post it when `post`: all or nothing. Returns its id."""
    from desktop.core.funds import attachments
    with store.transaction():
        update_draft(store, entry_id, confirm_future=confirm_future, **changes)
        for path in attach:
            attachments.attach(store, "funds_entry", entry_id, path)
        if post:
            post_entry(store, entry_id, confirm_future=confirm_future)
    return entry_id


def delete_draft(store: Store, entry_id: str) -> None:
    with store.transaction():
        e = get_entry(store, entry_id)
        _refuse_if_posted(e, "删除")
        for a in store.query("SELECT id FROM funds_attachment WHERE owner_table='funds_entry' AND owner_id=?",
                             (entry_id,)):
            store.delete("funds_attachment", a[0])
        for q in store.query("SELECT id FROM funds_query WHERE entry_id=?", (entry_id,)):
            store.delete("funds_query", q[0])
        store.delete("funds_entry", entry_id)


def _refuse_if_posted(e: dict, action: str) -> None:
    if e["status"] == "posted":
        raise RefusedError(f"凭证 {e['voucher_no']} 已过账，不能{action}；如有错误请做冲销凭证。")


def next_voucher_no(store: Store, year: int) -> str:
    seq = store.scalar("SELECT COALESCE(MAX(voucher_seq), 0) FROM funds_entry WHERE site_id=? AND voucher_year=?",
                       (store.site_id, year)) + 1
    return f"{year}-{seq:04d}"


def _check_balance(store: Store, e: dict) -> None:
    effect = e["amount_fen"] if e["direction"] == "income" else -e["amount_fen"]
    if effect >= 0:
        return
    lowest = accounts.lowest_balance_from(store, e["fund_id"], e["entry_date"])
    if lowest + effect < 0:
        fund = accounts.get_fund(store, e["fund_id"])
        what = "支出" if e["direction"] == "expense" else "冲销收入"
        raise RefusedError(f"{what} {yuan(-effect)} 元将使资金“{fund['name']}”余额低于零"
                           f"（{e['entry_date']} 起可用余额最低为 {yuan(lowest)} 元）。")


def post_entry(store: Store, entry_id: str, *, voucher_no: str | None = None, confirm_future: bool = False) -> str:
    """Post a draft: checks every rule again and assigns the next voucher number.

    `voucher_no`, when given (the number already written on the paper voucher), must be
    exactly the next free number of the year: a used number or a gap is refused.
    """
    with store.transaction():
        e = get_entry(store, entry_id)
        _refuse_if_posted(e, "重复过账")
        periods.require_open(store, e["entry_date"], what="过账")
        if e["reverses_id"] is None:
            check_not_future(e["entry_date"], confirm_future)
        if e["direction"] == "expense" and e["reverses_id"] is None:
            decisions.check_payment(store, e["amount_fen"], e["decision_id"], e["entry_date"])
        elif e["decision_id"] is not None and e["direction"] == "expense":
            decisions.check_result_open(store, decisions.get_decision(store, e["decision_id"]))
        _check_balance(store, e)
        year = int(e["entry_date"][:4])
        expected = next_voucher_no(store, year)
        if voucher_no is not None and voucher_no.strip() != expected:
            given = voucher_no.strip()
            m = _VOUCHER.match(given)
            if store.one("SELECT 1 FROM funds_entry WHERE site_id=? AND voucher_no=?", (store.site_id, given)):
                raise RefusedError(f"凭证号 {given} 已被使用（凭证号不能重复），下一个可用的是 {expected}。")
            if not m or int(m.group(1)) != year:
                raise ValidationError(f"凭证号“{given}”不对：{e['entry_date'][:4]} 年的凭证号应为 {expected}。",
                                      field="voucher_no")
            raise RefusedError(f"凭证号 {given} 会使编号出现断号，{year} 年下一个凭证号应为 {expected}。")
        store.update("funds_entry", entry_id, {
            "status": "posted", "voucher_year": year, "voucher_seq": int(expected[5:]),
            "voucher_no": expected, "posted_at": today(), "posted_by": store.actor})
        if e["direction"] == "income":
            from desktop.core.funds import matching
            matching.record_due(store, {**e, "status": "posted"})
    return expected


def reverse_entry(store: Store, entry_id: str, *, reason: str, entry_date=None) -> str:
    """Post a reversing entry (minus the amount) for a posted one. Returns the new entry id."""
    reason = required_text(reason, field="reason", label="冲销原因", max_len=100)
    with store.transaction():
        e = get_entry(store, entry_id)
        if e["status"] != "posted":
            raise RefusedError("草稿凭证不用冲销，可以直接修改或删除。")
        if e["reverses_id"] is not None:
            raise RefusedError(f"凭证 {e['voucher_no']} 本身是冲销凭证，不能再冲销；如需要请重新记一笔。")
        done = store.one("SELECT voucher_no FROM funds_entry WHERE reverses_id=?", (entry_id,))
        if done:
            raise RefusedError(f"凭证 {e['voucher_no']} 已由 {done[0]} 冲销过，不能重复冲销。")
        day = parse_day(entry_date or today(), field="entry_date", label="冲销日期")
        if day < e["entry_date"]:
            raise ValidationError(f"冲销日期 {day} 早于原凭证日期 {e['entry_date']}。", field="entry_date")
        check_not_future(day, False)
        periods.require_open(store, day, what="记冲销凭证")
        new_id = store.insert("funds_entry", {
            "fund_id": e["fund_id"], "direction": e["direction"], "amount_fen": -e["amount_fen"],
            "entry_date": day, "category": e["category"], "counterparty": e["counterparty"],
            "summary": f"冲销 {e['voucher_no']}：{reason}", "status": "draft", "reverses_id": entry_id,
            "decision_id": e["decision_id"], "power_id": e["power_id"], "created_by": store.actor})
        post_entry(store, new_id)
    return new_id


def list_entries(store: Store, *, fund_id: str | None = None, start: str | None = None, end: str | None = None,
                 status: str | None = None, limit: int | None = None, entry_id: str | None = None) -> list[dict]:
    """Entries with their fund, decision, reversal and attachment/query counts filled in."""
    where, params = ["e.site_id=?"], [store.site_id]
    if entry_id:
        where.append("e.id=?"); params.append(entry_id)
    if fund_id:
        where.append("e.fund_id=?"); params.append(fund_id)
    if start:
        where.append("e.entry_date>=?"); params.append(start)
    if end:
        where.append("e.entry_date<=?"); params.append(end)
    if status:
        where.append("e.status=?"); params.append(status)
    sql = (f"""SELECT e.*, f.name AS fund_name, d.title AS decision_title, r.voucher_no AS reverses_voucher,
                      (SELECT x.voucher_no FROM funds_entry x WHERE x.reverses_id=e.id) AS reversed_by,
                      (SELECT COUNT(*) FROM funds_attachment a WHERE a.owner_table='funds_entry'
                          AND a.owner_id=e.id) AS attachments,
                      (SELECT COUNT(*) FROM funds_query q WHERE q.entry_id=e.id) AS queries
                 FROM funds_entry e JOIN funds_fund f ON f.id=e.fund_id
                 LEFT JOIN funds_decision d ON d.id=e.decision_id
                 LEFT JOIN funds_entry r ON r.id=e.reverses_id
                WHERE {' AND '.join(where)}
                ORDER BY e.entry_date, e.status DESC, e.voucher_year, e.voucher_seq, e.created_at""")
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [dict(r) for r in store.query(sql, params)]
