"""Option values as typed by the clerk (CLI or GUI) turned into what collectors take.

Each parser raises ValidationError in Chinese naming the option, so `notice render`
refuses bad input before any page is drawn.
"""
from __future__ import annotations

import re
from datetime import date, datetime

from db.errors import ValidationError

_YUAN = re.compile(r"^(\d{1,12})(?:\.(\d{1,2}))?$")
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_PERIOD = re.compile(r"^(\d{4})(?:-(\d{1,2})|-Q([1-4]))?$", re.IGNORECASE)


def parse_yuan(text: str, label: str, field: str) -> int:
    """'450' / '450.5' / '1,350.00' -> fen. No negatives, no more than 2 decimals."""
    raw = str(text).strip().replace(",", "").replace("，", "").replace("¥", "").replace("￥", "")
    m = _YUAN.match(raw)
    if not m:
        raise ValidationError(f"{label}“{text}”不是有效的金额：请写元，最多两位小数，如 450 或 450.50。",
                              field=field)
    return int(m.group(1)) * 100 + int((m.group(2) or "0").ljust(2, "0"))


def parse_date(text: str, label: str, field: str) -> date:
    try:
        return date.fromisoformat(str(text).strip())
    except ValueError:
        raise ValidationError(f"{label}“{text}”不是有效日期，请写成 2026-03-08 的形式。", field=field)


def parse_datetime(text: str, label: str, field: str) -> datetime:
    raw = str(text).strip().replace("T", " ")
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d"):
        try:
            return datetime.strptime(raw, fmt)
        except ValueError:
            continue
    raise ValidationError(f"{label}“{text}”不是有效时间，请写成 2026-03-08 09:00 的形式。", field=field)


def parse_month(text: str, label: str, field: str) -> str:
    m = _MONTH.match(str(text).strip())
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise ValidationError(f"{label}“{text}”不是有效月份，请写成 2026-03 的形式。", field=field)
    return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}"


def parse_period(text: str, label: str, field: str) -> str:
    """YYYY, YYYY-MM or YYYY-Qn (normalised)."""
    raw = str(text).strip()
    m = _PERIOD.match(raw)
    if not m or (m.group(2) and not 1 <= int(m.group(2)) <= 12):
        raise ValidationError(f"{label}“{text}”不是有效期间，请写成 2026、2026-03 或 2026-Q1。", field=field)
    if m.group(2):
        return f"{m.group(1)}-{int(m.group(2)):02d}"
    if m.group(3):
        return f"{m.group(1)}-Q{m.group(3)}"
    return m.group(1)


def parse_int(text: str, label: str, field: str, minimum: int = 0, maximum: int = 100000) -> int:
    try:
        value = int(str(text).strip())
    except ValueError:
        raise ValidationError(f"{label}“{text}”应为整数。", field=field)
    if not minimum <= value <= maximum:
        raise ValidationError(f"{label}应在 {minimum} 到 {maximum} 之间，现在是 {value}。", field=field)
    return value


def month_label(month: str) -> str:
    y, m = month.split("-")
    return f"{int(y)}年{int(m)}月"
