"""Small helpers shared by the funds modules: dates, text fields, periods."""
from __future__ import annotations

import re
from datetime import date, timedelta

from db.errors import ValidationError

_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-[Qq]([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")


def parse_date(value, *, field: str = "date", label: str = "日期") -> str:
    """'2026-03-05', '2026/3/5', '2026年3月5日' or a date -> '2026-03-05'."""
    if isinstance(value, date):
        return value.isoformat()
    text = ("" if value is None else str(value)).strip()
    if not text:
        raise ValidationError(f"{label}不能为空。", field=field)
    m = _DATE.match(text)
    try:
        if not m:
            raise ValueError
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        raise ValidationError(f"{label}“{text}”不是有效日期，请写成 2026-03-05。", field=field) from None


def today() -> str:
    return date.today().isoformat()


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _clean(value, field: str, label: str) -> str:
    text = ("" if value is None else str(value)).strip()
    if _CONTROL.search(text):
        # A NUL cuts the text short in SQLite and on paper: refuse rather than store half.
        raise ValidationError(f"{label}含有不可见的控制字符，请重新输入。", field=field)
    return text


def required_text(value, *, field: str, label: str, max_len: int = 200) -> str:
    text = _clean(value, field, label)
    if not text:
        raise ValidationError(f"{label}不能为空。", field=field)
    if len(text) > max_len:
        raise ValidationError(f"{label}太长（{len(text)} 字，最多 {max_len} 字）。", field=field)
    return text


def optional_text(value, *, field: str, label: str, max_len: int = 2000) -> str:
    text = _clean(value, field, label)
    if len(text) > max_len:
        raise ValidationError(f"{label}太长（{len(text)} 字，最多 {max_len} 字）。", field=field)
    return text


class Period:
    """A month '2026-03', a quarter '2026-Q1' or a year '2026': its first and last day."""

    def __init__(self, text: str):
        raw = (text or "").strip()
        self.text = raw.upper() if "q" in raw.lower() else raw
        if m := _MONTH.match(raw):
            y, mo = int(m.group(1)), int(m.group(2))
            if not 1 <= mo <= 12:
                raise ValidationError(f"期间“{raw}”的月份不对。", field="period")
            self.kind, self.year, self.months = "month", y, [mo]
            self.label = f"{y}年{mo}月"
        elif m := _QUARTER.match(raw):
            y, q = int(m.group(1)), int(m.group(2))
            self.kind, self.year, self.months = "quarter", y, [3 * q - 2, 3 * q - 1, 3 * q]
            self.label = f"{y}年第{'一二三四'[q - 1]}季度"
        elif m := _YEAR.match(raw):
            y = int(m.group(1))
            self.kind, self.year, self.months = "year", y, list(range(1, 13))
            self.label = f"{y}年度"
        else:
            raise ValidationError(f"期间“{raw}”格式不对，应为 2026-03（月）、2026-Q1（季度）或 2026（年）。",
                                  field="period")
        if not 1900 <= self.year <= 2999:
            raise ValidationError(f"期间“{raw}”的年份不对。", field="period")
        self.start = date(self.year, self.months[0], 1).isoformat()
        self.end = month_end(self.year, self.months[-1]).isoformat()

    @property
    def month_keys(self) -> list[str]:
        return [f"{self.year}-{m:02d}" for m in self.months]

    def __str__(self) -> str:
        return self.text


def month_end(year: int, month: int) -> date:
    first_next = date(year + (month == 12), month % 12 + 1, 1)
    return first_next - timedelta(days=1)
