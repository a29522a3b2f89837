"""Kinds of care place, the services each offers, and the roster groups a report shares out."""
from __future__ import annotations

ELDERLY = "elderly"
CHILDREN = "children"

# kind -> (audience, default age range or None). Elders' minimum age is a village setting.
PLACE_KINDS: dict[str, tuple[str, tuple[int, int] | None]] = {
    "幸福院": (ELDERLY, None),
    "日间照料中心": (ELDERLY, None),
    "居家养老服务站": (ELDERLY, None),
    "托育点": (CHILDREN, (0, 3)),
    "幼儿园": (CHILDREN, (3, 6)),
    "托幼所": (CHILDREN, (3, 6)),
}

ELDERLY_SERVICES = ["助餐", "助浴", "助洁", "助医/体检", "文娱"]
CHILD_SERVICES = ["保育", "午餐"]
# Meals are counted as a number (餐次), the rest as one tick per person and day.
MEAL_SERVICES = {"助餐", "午餐"}
# A letter per service so the register grid needs no mouse (letters from the pinyin).
SERVICE_KEYS = {"助浴": "Y", "助洁": "J", "助医/体检": "T", "文娱": "W", "保育": "B"}

ELDER_MIN_AGE_SETTING = "care.elder_min_age"
DEFAULT_ELDER_MIN_AGE = 60
MAX_MEALS_PER_DAY = 3
# Walk-in visitors a place can have in a day: more is a typo (a phone number in the cell).
MAX_VISITORS_PER_DAY = 1000

# Shares shown in reports: label -> roster person_group kinds counted under it.
ELDERLY_SHARES: dict[str, tuple[str, ...]] = {
    "高龄": ("高龄",),                      # also anyone 80 or older that month
    "空巢": ("空巢老人", "独居老人"),
    "留守": ("留守老人",),
    "五保": ("特困供养",),                  # 特困供养 is the current name of 五保
}
CHILD_SHARES: dict[str, tuple[str, ...]] = {
    "留守": ("留守儿童",),
    "困境儿童": ("困境儿童",),
    "孤儿": ("孤儿",),
}
OLD_AGE = 80


def audience(kind: str) -> str:
    return PLACE_KINDS[kind][0]


def services_for(kind: str) -> list[str]:
    return ELDERLY_SERVICES if audience(kind) == ELDERLY else CHILD_SERVICES


def shares_for(kind: str) -> dict[str, tuple[str, ...]]:
    return ELDERLY_SHARES if audience(kind) == ELDERLY else CHILD_SHARES


def split_services(text: str | None) -> list[str]:
    return [s for s in (text or "").split("、") if s]


def join_services(items) -> str:
    return "、".join(items)
