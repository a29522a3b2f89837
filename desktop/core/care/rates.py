"""A place's rates over time: subsidies per meal, per person-month, per walk-in meal and per
service, and the fees families pay themselves (自付).

Like the red-white standards, rates are versioned by effective date: a row holds every rate
from its date until the next row's. Before a place's first row its own meal_subsidy_fen and
person_subsidy_fen apply (what it was created with). So adopting a new rate never changes
the subsidy of a month already reported: a day is always paid at the rate in force on it,
a person-month at the rate in force on the month's first day.
"""
from __future__ import annotations

import json
from bisect import bisect_right
from datetime import date
from typing import Any

from db import Store
from db.errors import RefusedError, ValidationError
from desktop.core.care import kinds
from desktop.core.care.places import get_place
from desktop.core.inputs.dates import parse_day

MONEY_FIELDS = {"meal_subsidy_fen": "每餐补贴", "person_subsidy_fen": "每人每月补贴",
                "visitor_meal_subsidy_fen": "临时来访每餐补贴", "meal_fee_fen": "每餐自付"}
MAP_FIELDS = {"service_subsidy": "服务项目补贴", "service_fee": "服务项目自付"}
RATE_FIELDS = tuple(MONEY_FIELDS) + tuple(MAP_FIELDS)
MAX_RATE_FEN = 1_000_00          # above ¥1,000 a time a care rate is a typing mistake
BEGINNING = "0000-01-01"


def _base(place: dict) -> dict:
    return {"effective_date": BEGINNING, "meal_subsidy_fen": place["meal_subsidy_fen"],
            "person_subsidy_fen": place["person_subsidy_fen"], "visitor_meal_subsidy_fen": 0,
            "meal_fee_fen": 0, "service_subsidy": {}, "service_fee": {}, "id": None}


def _row(r) -> dict:
    out = dict(r)
    for key in MAP_FIELDS:
        out[key] = json.loads(out[key] or "{}")
    return out


class Rates:
    """Every rate of one place, loaded once; `on(day)` is the set in force that day."""

    def __init__(self, store: Store, place: dict):
        rows = [_row(r) for r in store.query(
            "SELECT * FROM care_rate WHERE place_id=? ORDER BY effective_date", (place["id"],))]
        self.versions = [_base(place), *rows]
        self._dates = [v["effective_date"] for v in self.versions]

    def on(self, day: str) -> dict:
        return self.versions[bisect_right(self._dates, day) - 1]

    def changed_within(self, first: str, last: str) -> bool:
        return any(first < d <= last for d in self._dates)


def rate_history(store: Store, place_id: str) -> list[dict]:
    """The place's rate versions, oldest first (the first is the place's own, from the start)."""
    return Rates(store, get_place(store, place_id)).versions


def _clean(place: dict, values: dict[str, Any]) -> dict:
    from desktop.core.inputs.money import check_fen
    bad = set(values) - set(RATE_FIELDS)
    if bad:
        raise ValidationError(f"补贴标准没有这些项目：{', '.join(sorted(bad))}")
    out: dict = {}
    for key, label in MONEY_FIELDS.items():
        if key in values:
            fen = check_fen(values[key], field=key, label=label, allow_zero=True)
            if fen > MAX_RATE_FEN:
                raise ValidationError(f"{label} {fen / 100:.2f} 元不合常理，请检查。", field=key)
            out[key] = fen
    offered = [s for s in kinds.split_services(place["services"]) if s not in kinds.MEAL_SERVICES]
    for key, label in MAP_FIELDS.items():
        if key not in values:
            continue
        items = dict(values[key] or {})
        unknown = [s for s in items if s not in offered]
        if unknown:
            raise ValidationError(f"{place['name']}不提供“{'、'.join(unknown)}”服务，不能设{label}"
                                  f"（可选：{'、'.join(offered) or '无'}）。", field=key)
        for service, fen in items.items():
            fen = check_fen(fen, field=key, label=f"{service}{label}", allow_zero=True)
            if fen > MAX_RATE_FEN:
                raise ValidationError(f"{service}{label} {fen / 100:.2f} 元不合常理，请检查。", field=key)
            items[service] = fen
        out[key] = {s: items[s] for s in offered if s in items and items[s]}
    return out


def set_rates(store: Store, place_id: str, effective_date, **values) -> str:
    """Rates in force from `effective_date` on (until a later version). Rates not named carry
    over from the version in force that day. A month whose subsidy was already paid (拨付)
    cannot have its rates changed under it. Returns the version row id."""
    day = parse_day(effective_date, field="effective_date")
    with store.transaction():
        place = get_place(store, place_id)
        clean = _clean(place, values)
        paid = store.scalar("SELECT MAX(month) FROM care_subsidy_payment WHERE place_id=? AND month>=?",
                            (place_id, day[:7]))
        if paid:
            raise RefusedError(f"{place['name']} {paid} 的补贴已经拨付，不能再改 {day} 起的补贴标准；"
                               f"新标准请从 {_month_after(paid)}-01 起施行。")
        current = Rates(store, place).on(day)
        merged = {k: current[k] for k in RATE_FIELDS} | clean
        stored = {k: (json.dumps(v, ensure_ascii=False, sort_keys=True) if k in MAP_FIELDS else v)
                  for k, v in merged.items()}
        row = store.one("SELECT id FROM care_rate WHERE place_id=? AND effective_date=?", (place_id, day))
        if row:
            store.update("care_rate", row[0], stored)
            return row[0]
        return store.insert("care_rate", {"place_id": place_id, "effective_date": day, **stored})


def first_of_this_month() -> str:
    return date.today().replace(day=1).isoformat()


def _month_after(month: str) -> str:
    y, m = int(month[:4]), int(month[5:7])
    return f"{y + m // 12:04d}-{m % 12 + 1:02d}"


def describe(rate: dict) -> list[str]:
    """One version in words, for the CLI, the dialog and the printed form."""
    from desktop.core.money import yuan
    parts = [f"{label} {yuan(rate[key])} 元" for key, label in MONEY_FIELDS.items() if rate.get(key)]
    parts += [f"{s}补贴 {yuan(f)} 元/人次" for s, f in rate["service_subsidy"].items()]
    parts += [f"{s}自付 {yuan(f)} 元/人次" for s, f in rate["service_fee"].items()]
    return parts or ["无补贴"]
