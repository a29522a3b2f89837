"""Printed monthly reports of one place (A4), both through the notices module's engine:

- `write_monthly_pdf`: the township form (托老/托幼服务月报表) rendered by notices from
  its `CareMonthlyReport` contract (see care/notices.py for the collector);
- `write_detail_pdf`: the place's own 出勤明细: the month's figures, subsidy in figures
  and capitals, and one line per person served (name, age, days, meals, services; no ID),
  with the 经办人 / 村委会 / 监委会 signature lines and the seal area.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from db import Store
from db.files import write_bytes
from desktop.core.care.helpers import describe_summary
from desktop.core.care.notices import collect_monthly_report
from desktop.core.care.report import ENROLLED_DEFINITION, monthly_report
from desktop.core.notices import publication_for, render
from desktop.core.notices.layout import Column, Notice
from desktop.core.money import capitals, yuan


def monthly_pdf(store: Store, place_id: str, month: str, *, issued_on: date | None = None) -> bytes:
    return render(collect_monthly_report(store, place_id, month, issued_on=issued_on))


def write_monthly_pdf(store: Store, place_id: str, month: str, path: str | Path, *,
                      issued_on: date | None = None) -> Path:
    path = Path(path)
    write_bytes(path, monthly_pdf(store, place_id, month, issued_on=issued_on))
    return path


def detail_pdf(store: Store, place_id: str, month: str, *, issued_on: date | None = None) -> bytes:
    r = monthly_report(store, place_id, month)
    place = r["place"]
    elderly = place["audience"] == "elderly"
    year, mon = r["month"].split("-")
    n = Notice(publication_for(store, issued_on=issued_on, number=""),
               f"{place['name']}{'托老' if elderly else '托幼'}服务出勤明细",
               subtitle=f"{int(year)}年{int(mon)}月（{r['first']} 至 {r['last']}）", show_number=False)
    n.fields([("场所类型", place["kind"]), ("核定名额", str(place["capacity"] or "未定")),
              ("开放天数", str(r["open_days"])), ("在托人数", f"{r['enrolled']} 人"),
              ("月末在托", f"{r['enrolled_at_end']} 人"), ("本月新入托", f"{r['joined']} 人"),
              ("本月退托", f"{r['left']} 人")], columns=3)
    n.paragraph(ENROLLED_DEFINITION, "small")
    n.heading("服务概况")
    n.table([Column("服务人数", 1, "C"), Column("出勤人次", 1, "C"), Column("临时来访人次", 1, "C"),
             Column("用餐餐次", 1, "C"), Column("来访用餐餐次", 1, "C"), Column("日均出勤", 1, "C")],
            [[r["served"], r["attendance"], r["visitors"], r["meals"], r["visitor_meals"], r["average_daily"]]])
    services, shares = list(r["services"]), list(r["shares"])
    if services or shares:
        n.heading("服务项目与对象构成")
        n.table([Column(s, 1, "C") for s in services] + [Column(s, 1, "C") for s in shares],
                [[r["services"][s] for s in services] +
                 [f"{r['shares'][s]['count']}（{r['shares'][s]['percent']}%）" for s in shares]])
    sub = r["subsidy"]
    n.heading("应拨补贴")
    lines = [["助餐补贴（每餐）", yuan(sub["meal_fen"]), f"{sub['meals']} 餐次", yuan(sub["meal_total_fen"])],
             ["运营补贴（每人每月）", yuan(sub["person_fen"]), f"{sub['person_months']} 人",
              yuan(sub["person_total_fen"])]]
    if sub["visitor_meal_total_fen"]:
        lines.append(["临时来访助餐补贴（每餐）", yuan(sub["visitor_meal_fen"]), f"{sub['visitor_meals']} 餐次",
                      yuan(sub["visitor_meal_total_fen"])])
    for service, fen in sub["services_fen"].items():
        rate = sub["service_rates"].get(service)
        times = r["services"].get(service, 0) + r["visitor_services"].get(service, 0)
        lines.append([f"{service}补贴（每人次）", yuan(rate) if rate is not None else "", f"{times} 人次", yuan(fen)])
    lines.append(["合计", "", "", yuan(sub["total_fen"])])
    n.table([Column("项目", 2), Column("标准（元）", 1, "R"), Column("数量", 1, "R"), Column("金额（元）", 1.2, "R")],
            lines, total_rows=1)
    if sub["rate_changed"]:
        n.paragraph("本月调整了补贴标准：每天按当天施行的标准计算，表中标准为月末施行的标准。", "small")
    n.paragraph(f"应拨补贴合计（大写）：{capitals(sub['total_fen'])}")
    n.paragraph(f"已拨补贴 {yuan(sub['paid_fen'])} 元，未拨 {yuan(sub['unpaid_fen'])} 元；"
                f"个人自付 {yuan(r['fees']['total_fen'])} 元。", "plain")
    helpers = describe_summary(r["helpers"])
    if helpers:
        n.paragraph(f"工作人员和志愿者：{helpers}。", "plain")
    if r["visitor_services"]:
        n.paragraph("临时来访人员服务：" + "；".join(f"{k} {v} 人次" for k, v in r["visitor_services"].items()) + "。",
                    "plain")
    for flag in r["flags"]:
        n.paragraph(f"请核对：{flag}", "small")
    n.heading(("老人" if elderly else "儿童") + "出勤明细")
    cols = [Column("序号", 0.5, "C"), Column("姓名", 1.4), Column("性别", 0.5, "C"), Column("年龄", 0.5, "C"),
            Column("出勤天数", 0.8, "R"), Column("用餐餐次", 0.8, "R")] + [Column(s, 0.7, "R") for s in services]
    rows = [[i, p["name"], p["gender"], p["age"], p["days"], p["meals"], *[p["services"].get(s, 0) for s in services]]
            for i, p in enumerate(r["people"], 1)]
    rows.append(["", "合计", "", "", r["attendance"], r["meals"], *[r["services"][s] for s in services]])
    n.table(cols, rows, total_rows=1)
    n.signatures(["经办人", "村委会", "监委会"])
    return n.render()


def write_detail_pdf(store: Store, place_id: str, month: str, path: str | Path, *,
                     issued_on: date | None = None) -> Path:
    path = Path(path)
    write_bytes(path, detail_pdf(store, place_id, month, issued_on=issued_on))
    return path
