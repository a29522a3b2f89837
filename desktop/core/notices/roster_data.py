"""Collectors for the notices built from the roster: 花名册, 低保/特困/高龄 公示, 户籍登记表.

Only what each notice needs leaves the database: names, 村民小组, masked ID numbers,
amounts. No phone numbers, no disability or health detail.
"""
from __future__ import annotations

import calendar
from datetime import date
from typing import Any

from db import Store
from db.errors import ValidationError
from desktop.core.inputs.dates import period_label
from desktop.core.notices import contracts as c
from desktop.core.notices.publication import publication_for
from desktop.core.roster import codes
from desktop.core.roster.groups import high_age_cutoff
from desktop.core.roster.idcard import mask

LIVING = ("在册", "外出务工")       # on the register and alive (迁出 left the village)
ALLOWANCE_SETTING = "notices.allowance.{program}"
# 高龄补贴 bands when the village has set amounts by age: {"80": fen, "90": fen, "100": fen}
BAND_LABELS = {80: "80–89 岁", 90: "90–99 岁", 100: "100 岁以上"}


def collect_roster(store: Store, *, group: str | None = None, status: str | None = None,
                   special: str | None = None) -> c.RosterNotice:
    where, params = [], []
    status = status or "在籍"
    if status == "在籍":
        where.append(f"p.status IN ({','.join('?' * len(LIVING))})")
        params += LIVING
    elif status != "全部":
        if status not in codes.STATUSES:
            raise ValidationError(f"户籍状态“{status}”无效，可选：在籍、全部、{'、'.join(codes.STATUSES)}。",
                                  field="status")
        where.append("p.status = ?")
        params.append(status)
    if group:
        _check_group(store, group)
        where.append("g.name = ?")
        params.append(group)
    if special:
        if special not in codes.SPECIAL_GROUPS:
            raise ValidationError(f"没有“{special}”这个特殊群体。", field="special")
        if special == "高龄":
            # 高龄 follows from the birth date (groups.high_age_cutoff); older files
            # may still hold typed 高龄 rows for people without one.
            where.append("((p.birth_date IS NOT NULL AND p.birth_date <= ?) OR (p.birth_date IS NULL "
                         "AND p.id IN (SELECT person_id FROM person_group WHERE kind='高龄' "
                         "AND (end_date IS NULL OR end_date >= date('now')))))")
            params.append(high_age_cutoff(store))
        else:
            where.append("p.id IN (SELECT person_id FROM person_group WHERE kind=? "
                         "AND (end_date IS NULL OR end_date >= date('now')))")
            params.append(special)
    sql = ("SELECT p.name, p.gender, p.ethnicity, p.id_number, p.birth_date, p.relation, p.status, "
           "h.hh_no, h.address, g.name AS group_name "
           "FROM person p LEFT JOIN household h ON h.id = p.household_id "
           "LEFT JOIN village_group g ON g.id = h.group_id"
           + (" WHERE " + " AND ".join(where) if where else "")
           + " ORDER BY g.sort_order, h.hh_no, CASE p.relation WHEN '户主' THEN 0 ELSE 1 END, p.birth_date")
    rows = [c.RosterRow(hh_no=r["hh_no"] or "", name=r["name"], gender=r["gender"] or "",
                        ethnicity=codes.ETHNICITIES.get(r["ethnicity"], ""), birth_date=r["birth_date"] or "",
                        relation=r["relation"], id_masked=mask(r["id_number"]), group=r["group_name"] or "",
                        status=r["status"], address=r["address"] or "")
            for r in store.query(sql, params)]
    label = "　".join(x for x in (group, status if status != "在籍" else "", special) if x)
    # A register, not a document: it carries no 文号.
    return c.RosterNotice(publication=publication_for(store, number=""), rows=rows, filter_label=label)


def _check_group(store: Store, group: str) -> None:
    if not store.one("SELECT 1 FROM village_group WHERE name=?", (group,)):
        names = [r[0] for r in store.query("SELECT name FROM village_group WHERE active=1 ORDER BY sort_order")]
        raise ValidationError(f"没有“{group}”这个村民小组。现有：{'、'.join(names)}。", field="group")


def allowance_setting(store: Store, program: str) -> Any:
    return store.setting(ALLOWANCE_SETTING.format(program=program))


def collect_allowance(store: Store, *, program: str, month: str | None = None, amount: int | None = None,
                      group: str | None = None) -> c.AllowanceNotice:
    if program not in ("低保", "特困供养", "高龄"):
        raise ValidationError(f"公示类别“{program}”无效，可选：低保、特困供养、高龄。", field="program")
    today = date.today()
    month = month or f"{today.year:04d}-{today.month:02d}"
    y, m = (int(x) for x in month.split("-"))
    first, last = date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
    if group:
        _check_group(store, group)
    rule = amount if amount is not None else allowance_setting(store, program)
    if rule is None or rule == {} or rule == "":
        raise ValidationError(
            f"未设置{program}每人每月发放金额：请填写“每人每月金额（元）”，"
            f"或在公告设置里设定本村标准。", field="amount")
    if program == "高龄":
        people = _elderly(store, first, last, group)
    else:
        people = _members(store, program, first, last, group)
    rows = []
    for p in people:
        if program == "低保":
            members = p["members"]
            rows.append(c.AllowanceRow(p["name"], p["group_name"] or "", mask(p["id_number"]), members,
                                       _per_person(rule, program, "") * members))
        elif program == "特困供养":
            rows.append(c.AllowanceRow(p["name"], p["group_name"] or "", mask(p["id_number"]), None,
                                       _per_person(rule, program, p["detail"]), p["detail"] or ""))
        else:
            age = p["age"]
            band = 100 if age >= 100 else 90 if age >= 90 else 80
            rows.append(c.AllowanceRow(p["name"], p["group_name"] or "", mask(p["id_number"]), None,
                                       _band_amount(rule, band), BAND_LABELS[band]))
    pub = publication_for(store, disclosure=True)
    return c.AllowanceNotice(publication=pub, program=program, period_label=period_label(month), rows=rows)


def _per_person(rule: Any, program: str, detail: str) -> int:
    if isinstance(rule, int):
        return rule
    if isinstance(rule, dict):
        value = rule.get(detail) if detail else None
        if value is None and rule:
            value = rule.get("", next(iter(rule.values())))
        return int(value)
    raise ValidationError(f"本村设置中的{program}金额格式不对（应为整数分）。", field="amount")


def _band_amount(rule: Any, band: int) -> int:
    if isinstance(rule, int):
        return rule
    if isinstance(rule, dict):
        eligible = [int(k) for k in rule if str(k).isdecimal() and int(k) <= band]
        if eligible:
            return int(rule[str(max(eligible))])
    raise ValidationError("本村设置中的高龄补贴金额格式不对（应为整数分，或按年龄段 {\"80\": 分, ...}）。",
                          field="amount")


_ACTIVE = "(pg.start_date IS NULL OR pg.start_date <= :last) AND (pg.end_date IS NULL OR pg.end_date >= :first)"
_PEOPLE = ("FROM person p LEFT JOIN household h ON h.id = p.household_id "
           "LEFT JOIN village_group g ON g.id = h.group_id ")


def _members(store: Store, program: str, first: date, last: date, group: str | None) -> list[dict]:
    sql = ("SELECT p.id, p.name, p.id_number, p.relation, p.household_id, g.name AS group_name, "
           "MAX(pg.detail) AS detail, "
           "(SELECT COUNT(*) FROM person m WHERE m.household_id = p.household_id "
           " AND m.status IN ('在册', '外出务工')) AS household_size "
           + _PEOPLE + "JOIN person_group pg ON pg.person_id = p.id "
           f"WHERE pg.kind = :kind AND {_ACTIVE} AND p.status IN ('在册', '外出务工') "
           + ("AND g.name = :group " if group else "")
           + "GROUP BY p.id ORDER BY g.sort_order, h.hh_no, p.name")
    rows = [dict(r) for r in store.query(sql, {"kind": program, "first": first.isoformat(),
                                               "last": last.isoformat(), "group": group})]
    # 低保 covers the whole household when its head holds it (全户保): one line for the
    # household, and its other members are not listed again; otherwise the person alone.
    covered = {r["household_id"] for r in rows if r["relation"] == "户主" and r["household_id"]}
    rows = [r for r in rows if r["relation"] == "户主" or r["household_id"] not in covered]
    for r in rows:
        r["members"] = max(r["household_size"], 1) if r["relation"] == "户主" else 1
    return rows


def _elderly(store: Store, first: date, last: date, group: str | None) -> list[dict]:
    """Everyone aged 80+ at month end by birth date, plus 高龄 members without one."""
    cutoff = high_age_cutoff(store, last)
    sql = ("SELECT p.id, p.name, p.id_number, p.birth_date, g.name AS group_name " + _PEOPLE +
           "WHERE p.status IN ('在册', '外出务工') AND ("
           " (p.birth_date IS NOT NULL AND p.birth_date <= :cutoff) OR "
           f" (p.birth_date IS NULL AND p.id IN (SELECT pg.person_id FROM person_group pg "
           f"   WHERE pg.kind = '高龄' AND {_ACTIVE}))) "
           + ("AND g.name = :group " if group else "")
           + "ORDER BY g.sort_order, h.hh_no, p.birth_date")
    rows = [dict(r) for r in store.query(sql, {"cutoff": cutoff, "first": first.isoformat(),
                                               "last": last.isoformat(), "group": group})]
    for r in rows:
        r["age"] = _age(r["birth_date"], last) if r["birth_date"] else 80
    return rows


def _age(birth: str, on: date) -> int:
    b = date.fromisoformat(birth[:10])
    return on.year - b.year - ((on.month, on.day) < (b.month, b.day))


def collect_household_form(store: Store, *, rows: int | None = None) -> c.HouseholdForm:
    return c.HouseholdForm(publication=publication_for(store, number=""), member_rows=min(rows or 8, 20))
