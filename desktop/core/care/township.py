"""The care part of the village's monthly report to the township (上报).

The township adds the numeric leaves of its villages' reports up, so this part holds
counts and fen only (no percentages, no names), keyed in Chinese so the township's
columns read well: 托老/托幼 -> 场所数, 在托人数, 出勤人次, 用餐餐次, 应拨补贴（分）, 已拨补贴（分）, ...
在托 means enrolled on any day of the month (report.ENROLLED_DEFINITION), as on the form.
"""
from __future__ import annotations

from db import Store
from desktop.core.care import kinds
from desktop.core.care.report import monthly_summary

AUDIENCE_LABELS = {kinds.ELDERLY: "托老", kinds.CHILDREN: "托幼"}
TABLE_LABELS = {"care_place": "托老托幼场所", "care_place_day": "场所临时闭馆/开放",
                "care_enrolment": "入托登记", "care_attendance": "出勤登记", "care_visit": "临时来访",
                "care_rate": "托老托幼补贴标准", "care_subsidy_payment": "托老托幼补贴拨付",
                "care_helper": "托老托幼工作人员和志愿者", "care_helper_time": "工作人员和志愿者服务时长"}


def township_part(store: Store, month: str) -> dict:
    summary = monthly_summary(store, month)
    out: dict = {}
    for audience, label in AUDIENCE_LABELS.items():
        places = [p for p in summary["places"] if p["audience"] == audience]
        services: dict[str, int] = {}
        groups: dict[str, int] = {}
        visitor_services: dict[str, int] = {}
        for p in places:
            for name, n in p["visitor_services"].items():
                visitor_services[name] = visitor_services.get(name, 0) + n
            for name, n in p["services"].items():
                services[name] = services.get(name, 0) + n
            for name, share in p["shares"].items():
                groups[name] = groups.get(name, 0) + share["count"]
        out[label] = {
            "场所数": len(places), "核定名额": sum(p["capacity"] for p in places),
            "在托人数": sum(p["enrolled"] for p in places), "服务人数": sum(p["served"] for p in places),
            "出勤人次": sum(p["attendance"] for p in places), "临时来访人次": sum(p["visitors"] for p in places),
            "用餐餐次": sum(p["meals"] for p in places), "来访用餐餐次": sum(p["visitor_meals"] for p in places),
            "应拨补贴（分）": sum(p["subsidy_fen"] for p in places),
            "已拨补贴（分）": sum(p["paid_fen"] for p in places),
            "个人自付（分）": sum(p["fees_fen"] for p in places),
            "服务项目": services, "来访服务项目": visitor_services, "服务对象": groups,
            "工作人员": sum(p["helpers"]["工作人员"]["people"] for p in places),
            "工作人员服务分钟": sum(p["helpers"]["工作人员"]["minutes"] for p in places),
            "志愿者": sum(p["helpers"]["志愿者"]["people"] for p in places),
            "志愿服务分钟": sum(p["helpers"]["志愿者"]["minutes"] for p in places),
        }
    return out
