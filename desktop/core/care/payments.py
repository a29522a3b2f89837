"""Subsidy actually paid (拨付) for a place's month, next to the subsidy due.

Each payment is a receipt in the village fund ledger (the funds area's public API, the
same way the red-white hall money is kept), written in the same transaction as our row,
which ties the ledger entry to the place and the month it pays for. The monthly report,
the printed form and the township 上报 show due, paid and still unpaid.
"""
from __future__ import annotations

from datetime import date

from db import Store
from db.errors import ValidationError
from desktop.core.care.enrolment import Outcome
from desktop.core.care.places import get_place
from desktop.core.funds import api as funds_api
from desktop.core.inputs.dates import parse_day, parse_month
from desktop.core.money import yuan

CARE_FUND_NAME = "托老托幼运营补贴"
CARE_FUND_SOURCE = "上级专项资金"
CARE_FUND_PURPOSE = "农村幸福院、日间照料中心和托育点的助餐、运营补贴，按月核拨，专款用于托老托幼服务"
CARE_FUND_CATEGORY = "上级拨款"
DEFAULT_PAYER = "乡镇民政办"
MAX_PAYMENT_FEN = 10_000_000_00


def record_payment(store: Store, place_id: str, month: str, amount_fen: int, *, paid_date, payer: str = "",
                   note: str = "") -> Outcome:
    """The subsidy for `month` of a place was paid: posted to the care fund in the ledger
    and linked to the place and month. Paying more than is due is warned about."""
    from desktop.core.care.report import monthly_report
    from desktop.core.inputs.money import check_fen
    month = parse_month(month)
    amount_fen = check_fen(amount_fen, field="amount", label="拨付金额")
    if amount_fen > MAX_PAYMENT_FEN:
        raise ValidationError(f"拨付金额 {yuan(amount_fen, symbol=True)} 不合常理，请检查。", field="amount")
    day = parse_day(paid_date, field="paid_date")
    if day > date.today().isoformat():
        raise ValidationError(f"拨付日期 {day} 在今天以后。", field="paid_date")
    if day < month + "-01":
        raise ValidationError(f"拨付日期 {day} 早于补贴所属月份 {month}。", field="paid_date")
    payer = (payer or "").strip() or DEFAULT_PAYER
    out = Outcome()
    with store.transaction():
        place = get_place(store, place_id)
        sub = monthly_report(store, place_id, month)["subsidy"]
        if sub["paid_fen"] + amount_fen > sub["total_fen"]:
            out.warnings.append(f"{place['name']} {month} 应拨补贴 {yuan(sub['total_fen'], symbol=True)}，已拨 "
                                f"{yuan(sub['paid_fen'], symbol=True)}，再拨 {yuan(amount_fen, symbol=True)} 将超出应拨数，"
                                "请核对。")
        fund = funds_api.ensure_fund(store, CARE_FUND_NAME, CARE_FUND_SOURCE, CARE_FUND_PURPOSE)
        entry_id = funds_api.add_entry(store, fund, "income", amount_fen, day, CARE_FUND_CATEGORY,
                                       f"{place['name']} {month} 托老托幼补贴", counterparty=payer, post=True)
        out.id = store.insert("care_subsidy_payment", {
            "place_id": place_id, "month": month, "amount_fen": amount_fen, "paid_date": day, "payer": payer,
            "funds_entry_id": entry_id, "note": (note or "").strip()})
        out.count = 1
    return out


def payments(store: Store, place_id: str | None = None, month: str | None = None) -> list[dict]:
    where, params = ["s.site_id=?"], [store.site_id]
    if place_id:
        where.append("s.place_id=?")
        params.append(place_id)
    if month:
        where.append("s.month=?")
        params.append(parse_month(month))
    return [dict(r) for r in store.query(
        "SELECT s.*, p.name AS place_name FROM care_subsidy_payment s JOIN care_place p ON p.id=s.place_id "
        f"WHERE {' AND '.join(where)} ORDER BY s.month, s.paid_date", params)]

