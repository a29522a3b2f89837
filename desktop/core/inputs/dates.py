"""Days, months, quarters and periods as typed, and the one way a date is shown.

Days:     2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日, 20260305 (full-width digits too),
          a date object, or an ISO date with a time after it (2026-03-05 09:30).
Months:   2026-03, 2026/3, 2026.3, 2026年3月, 202603.
Quarters: 2026-Q1, 2026Q1, 2026年第一季度, 2026年第1季度, 2026年一季度.
Periods:  a month, a quarter or a year (2026, 2026年).
Impossible dates (2026-02-30) are refused with the field's name; nothing is guessed.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from db.errors import ValidationError
from desktop.core.inputs.text import fold_width

FIRST_YEAR, LAST_YEAR = 1900, 2100      # outside these a village record is a typing mistake

_DAY = re.compile(r"^(\d{4})(?:[-/.](\d{1,2})[-/.](\d{1,2})|年(\d{1,2})月(\d{1,2})[日号]?|(\d{2})(\d{2}))"
                  r"(?:[ T](?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")
_MONTH = re.compile(r"^(\d{4})(?:[-/.](\d{1,2})|年(\d{1,2})月(?:份)?|(\d{2}))$")
_QUARTER = re.compile(r"^(\d{4})(?:-?Q([1-4])|年第?([1-4一二三四])季度?)$", re.IGNORECASE)
_YEAR = re.compile(r"^(\d{4})年?(?:度)?$")
_CN_QUARTER = {"一": 1, "二": 2, "三": 3, "四": 4}


def _text(value) -> str:
    return re.sub(r"\s+", " ", fold_width("" if value is None else str(value))).strip()


def _year_ok(year: int, raw, field: str, label: str) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(f"{label}“{raw}”的年份 {year} 超出合理范围（{FIRST_YEAR}–{LAST_YEAR}）。", field=field)


def parse_day(value, *, field: str = "date", label: str = "日期", required: bool = True,
              earliest: date | str | None = None, latest: date | str | None = None) -> str | None:
    """A day as typed -> 'YYYY-MM-DD'. Blank is refused when required, else None.
    `earliest`/`latest` (dates or ISO text) bound it, e.g. latest=date.today() for no future."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        day = value
    else:
        text = _text(value)
        if not text:
            if required:
                raise ValidationError(f"{label}不能为空。", field=field)
            return None
        m = _DAY.match(text)
        try:
            if not m:
                raise ValueError
            y = int(m.group(1))
            mo, d = next((m.group(i), m.group(i + 1)) for i in (2, 4, 6) if m.group(i))
            day = date(y, int(mo), int(d))
        except ValueError:
            raise ValidationError(f"{label}“{value}”不是有效日期，请写成 2026-03-05（或 2026/3/5、"
                                  f"2026年3月5日）。", field=field) from None
    _year_ok(day.year, value, field, label)
    if earliest is not None and day < _as_date(earliest):
        raise ValidationError(f"{label} {day} 早于 {_as_date(earliest)}，请检查。", field=field)
    if latest is not None and day > _as_date(latest):
        if _as_date(latest) == date.today():
            raise ValidationError(f"{label} {day} 在今天之后，不能登记未来的事。", field=field)
        raise ValidationError(f"{label} {day} 晚于 {_as_date(latest)}，请检查。", field=field)
    return day.isoformat()


def _as_date(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def parse_month(value, *, field: str = "month", label: str = "月份") -> str:
    """A month as typed -> 'YYYY-MM'."""
    text = _text(value)
    m = _MONTH.match(text)
    month = next((int(g) for g in m.groups()[1:] if g), 0) if m else 0
    if not 1 <= month <= 12:
        raise ValidationError(f"{label}“{value}”不是有效月份，请写成 2026-03（或 2026年3月）。", field=field)
    _year_ok(int(m.group(1)), value, field, label)
    return f"{int(m.group(1)):04d}-{month:02d}"


def parse_quarter(value, *, field: str = "quarter", label: str = "季度") -> str:
    """A quarter as typed -> 'YYYY-Qn'."""
    text = _text(value)
    m = _QUARTER.match(text)
    if not m:
        raise ValidationError(f"{label}“{value}”不是有效季度，请写成 2026-Q1（或 2026年第一季度）。", field=field)
    q = m.group(2) or m.group(3)
    _year_ok(int(m.group(1)), value, field, label)
    return f"{m.group(1)}-Q{_CN_QUARTER.get(q) or int(q)}"


def parse_period(value, *, field: str = "period", label: str = "期间") -> str:
    """A month, a quarter or a year -> 'YYYY-MM', 'YYYY-Qn' or 'YYYY'."""
    text = _text(value)
    if m := _YEAR.match(text):
        _year_ok(int(m.group(1)), value, field, label)
        return m.group(1)
    if _QUARTER.match(text):
        return parse_quarter(text, field=field, label=label)
    if _MONTH.match(text):
        return parse_month(text, field=field, label=label)
    raise ValidationError(f"{label}“{value}”格式不对，应为 2026-03（月）、2026-Q1（季度）或 2026（年）。",
                          field=field)


def month_bounds(month: str) -> tuple[date, date]:
    """'2026-02' (already parsed) -> (2026-02-01, 2026-02-28)."""
    y, m = int(month[:4]), int(month[5:7])
    first = date(y, m, 1)
    return first, date(y + m // 12, m % 12 + 1, 1) - timedelta(days=1)


def period_bounds(period: str) -> tuple[date, date]:
    """A parsed period -> its first and last day."""
    y = int(period[:4])
    if len(period) == 4:
        return date(y, 1, 1), date(y, 12, 31)
    if period[5] in "Qq":
        q = int(period[6])
        return date(y, 3 * q - 2, 1), month_bounds(f"{y}-{3 * q:02d}")[1]
    return month_bounds(period)


def parse_datetime(value, *, field: str = "time", label: str = "时间") -> datetime:
    """A day with an optional time of day: '2026-03-08 09:00', '2026年3月8日 9:00' -> datetime."""
    text = _text(value).replace("T", " ")
    day_part, _, time_part = text.partition(" ")
    day = date.fromisoformat(parse_day(day_part, field=field, label=label))
    m = re.fullmatch(r"([01]?\d|2[0-3])[:：]([0-5]\d)(?::([0-5]\d))?", time_part.strip()) if time_part else None
    if time_part and not m:
        raise ValidationError(f"{label}“{value}”不是有效时间，请写成 2026-03-08 09:00 的形式。", field=field)
    hour, minute, second = (int(g or 0) for g in m.groups()) if m else (0, 0, 0)
    return datetime(day.year, day.month, day.day, hour, minute, second)


# ------------------------------------------------------------------ showing dates
def day_label(day: date | str | None, *, style: str = "iso") -> str:
    """The one way a day is shown: 'iso' -> 2026-03-05 (tables, exports), 'cn' -> 2026年3月5日
    (notices and letters). None or '' shows as ''."""
    if not day:
        return ""
    d = _as_date(day if isinstance(day, date) else str(day)[:10])
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "iso":
        return d.isoformat()
    raise ValueError(f"unknown date style {style!r}")


_QUARTERS = ("第一季度", "第二季度", "第三季度", "第四季度")    # whole words: each has its translation


def period_label(period: str) -> str:
    """'2026-03' -> 2026年3月, '2026-Q1' -> 2026年第一季度, '2026' -> 2026年度."""
    y = int(period[:4])
    if len(period) == 4:
        return f"{y}年度"
    if period[5] in "Qq":
        return f"{y}年{_QUARTERS[int(period[6]) - 1]}"
    return f"{y}年{int(period[5:7])}月"
