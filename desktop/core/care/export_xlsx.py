"""Excel export of a monthly (or yearly) report: 汇总, 人员明细, 每日统计 sheets."""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from db.files import write_with
from desktop.core.money import yuan
from desktop.core.sheets import add_sheet, neutralise_book


def _sheet(wb, title, header, rows, widths=None):
    return add_sheet(wb, title, header, rows, widths=widths, fill="DDDDDD", center=True)


def _summary_rows(r: dict) -> list[list]:
    rows = [["场所", r["place"]["name"]], ["类型", r["place"]["kind"]], ["核定名额", r["place"]["capacity"]],
            ["开放天数", r["open_days"]], ["月末在托人数", r["enrolled_at_end"]], ["期内在托人数", r["enrolled"]],
            ["新入托", r["joined"]], ["退托", r["left"]], ["服务人数", r["served"]],
            ["在托出勤（人次）", r["attendance"]], ["临时来访（人次）", r["visitors"]],
            ["合计服务人次", r["attendance_total"]], ["在托用餐（餐次）", r["meals"]],
            ["临时来访用餐（餐次）", r["visitor_meals"]]]
    rows += [[f"服务：{k}（次）", v] for k, v in r["services"].items()]
    rows += [[f"{k}（人）", v["count"]] for k, v in r["shares"].items()]
    rows += [[f"{k}占比（%）", v["percent"]] for k, v in r["shares"].items()]
    sub = r["subsidy"]
    rows += [["每餐补贴（元）", yuan(sub["meal_fen"])], ["助餐补贴（元）", yuan(sub["meal_total_fen"])],
             ["每人每月补贴（元）", yuan(sub["person_fen"])], ["运营补贴（元）", yuan(sub["person_total_fen"])],
             ["应拨补贴合计（元）", yuan(sub["total_fen"])]]
    return rows


def export_monthly(report: dict, path: str | Path) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    head = f"{report.get('village', {}).get('name', '')}{report['place']['name']} {report['month']} 月报"
    ws = _sheet(wb, "汇总", ["项目", "数值"], _summary_rows(report), [26, 24])
    ws.insert_rows(1)
    ws["A1"] = head
    ws["A1"].font = Font(bold=True, size=13)
    services = list(report["services"])
    _sheet(wb, "人员明细", ["序号", "姓名", "性别", "年龄", "出勤天数", "用餐餐次", *services],
           [[i, p["name"], p["gender"], p["age"], p["days"], p["meals"], *[p["services"].get(s, 0) for s in services]]
            for i, p in enumerate(report["people"], 1)], [6, 14, 6, 6, 10, 10] + [10] * len(services))
    _sheet(wb, "每日统计", ["日期", "开放", "说明", "在托出勤", "在托用餐", "临时来访", "来访用餐"],
           [[d["day"], "是" if d["open"] else "否", d["note"], d["attendance"], d["meals"], d["visitors"],
             d["visitor_meals"]] for d in report["daily"]], [12, 6, 16, 10, 10, 10, 10])
    neutralise_book(wb)
    return write_with(path, wb.save)


def export_yearly(report: dict, path: str | Path) -> Path:
    wb = Workbook()
    wb.remove(wb.active)
    services = list(report["services"])
    shares = list(report["shares"])
    header = ["月份", "开放天数", "在托人数", "服务人数", "出勤人次", "临时来访", "用餐餐次", *services,
              *[f"{s}（人）" for s in shares], "应拨补贴（元）"]

    def line(label, t):
        return [label, t["open_days"], t["enrolled"], t["served"], t["attendance"], t["visitors"], t["meals"],
                *[t["services"].get(s, 0) for s in services], *[t["shares"][s]["count"] for s in shares],
                yuan(t["subsidy"]["total_fen"])]
    rows = [line(m["month"], m) for m in report["months"]] + [line(f"{report['year']}年合计", report)]
    _sheet(wb, f"{report['year']}年", header, rows, [12] + [10] * (len(header) - 1))
    neutralise_book(wb)
    return write_with(path, wb.save)
