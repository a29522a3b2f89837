"""Collectors for the notices module: the 托老托幼 monthly report as its data contract."""
from __future__ import annotations

from datetime import date

from db import Store
from desktop.core.care.places import list_places, resolve_place
from desktop.core.care.helpers import describe_summary
from desktop.core.care.report import ENROLLED_DEFINITION, monthly_report
from desktop.core.money import yuan
from desktop.core.notices.contracts import CareMonthlyReport, CarePlaceMonth
from desktop.core.notices.publication import publication_for


def place_month(report: dict) -> CarePlaceMonth:
    """One place's month as the notice prints it: figures only, no names."""
    sub = report["subsidy"]
    basis = []
    if sub["meal_fen"]:
        basis.append(f"每餐 {yuan(sub['meal_fen'])} 元 × {sub['meals']} 餐次")
    if sub["person_fen"]:
        basis.append(f"每人每月 {yuan(sub['person_fen'])} 元 × {sub['person_months']} 人")
    if sub["visitor_meal_fen"]:
        basis.append(f"来访每餐 {yuan(sub['visitor_meal_fen'])} 元 × {sub['visitor_meals']} 餐次")
    basis += [f"{s} {yuan(fen)} 元" for s, fen in sub["services_fen"].items()]
    if sub["rate_changed"]:
        basis.append("本月调整了补贴标准，按每天施行的标准计算")
    return CarePlaceMonth(
        place=report["place"]["name"], kind=report["place"]["kind"], capacity=report["place"]["capacity"],
        open_days=report["open_days"], enrolled=report["enrolled"], served=report["served"],
        attendance=report["attendance"], meals=report["meals"], walk_ins=report["visitors"],
        services=dict(report["services"]), shares={k: v["count"] for k, v in report["shares"].items()},
        subsidy_due=sub["total_fen"], subsidy_basis="；".join(basis), subsidy_paid=sub["paid_fen"],
        fees=report["fees"]["total_fen"], helpers=describe_summary(report["helpers"]),
        walk_in_services=dict(report["visitor_services"]))


def collect_monthly_report(store: Store, place_id: str, month: str, *,
                           issued_on: date | None = None) -> CareMonthlyReport:
    report = monthly_report(store, place_id, month)
    return CareMonthlyReport(publication=publication_for(store, issued_on=issued_on, number=""),
                             month=report["month"], places=[place_month(report)],
                             title=_title(report["place"]["audience"]), definitions=ENROLLED_DEFINITION)


def collect_care(store: Store, month: str, place: str | None = None,
                 issued_on: date | None = None) -> CareMonthlyReport:
    """The registry's collector: every active place of the village (or one, by name/id)."""
    chosen = [resolve_place(store, place)] if place else list_places(store)
    reports = [monthly_report(store, p["id"], month) for p in chosen]
    audiences = {r["place"]["audience"] for r in reports}
    return CareMonthlyReport(publication=publication_for(store, issued_on=issued_on, number=""),
                             month=reports[0]["month"] if reports else month,
                             places=[place_month(r) for r in reports],
                             title=_title(audiences.pop() if len(audiences) == 1 else ""),
                             definitions=ENROLLED_DEFINITION)


def _title(audience: str) -> str:
    return {"elderly": "托老服务月报表", "children": "托幼服务月报表"}.get(audience, "托老托幼服务月报表")
