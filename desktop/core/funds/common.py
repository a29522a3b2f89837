"""Small helpers shared by the funds modules: dates, text fields, periods."""
from __future__ import annotations

from datetime import date, timedelta

from db.errors import ValidationError
from desktop.core.inputs.dates import parse_period, period_bounds, period_label
from desktop.core.inputs.text import refuse_invisible


def today() -> str:
    return date.today().isoformat()


def _clean(value, field: str, label: str) -> str:
    # A NUL cuts the text short in SQLite and on paper, a bidi override reorders it: refuse.
    return refuse_invisible(("" if value is None else str(value)).strip(), field=field, label=label)


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
    """A month '2026-03', a quarter '2026-Q1' or a year '2026' (any typed form inputs.parse_period
    reads, 2026年第一季度 too): its first and last day."""

    def __init__(self, text: str):
        self.text = parse_period(text)
        self.year = int(self.text[:4])
        if len(self.text) == 4:
            self.kind, self.months = "year", list(range(1, 13))
        elif "Q" in self.text:
            q = int(self.text[-1])
            self.kind, self.months = "quarter", [3 * q - 2, 3 * q - 1, 3 * q]
        else:
            self.kind, self.months = "month", [int(self.text[5:])]
        self.label = period_label(self.text)
        first, last = period_bounds(self.text)
        self.start, self.end = first.isoformat(), last.isoformat()

    @property
    def month_keys(self) -> list[str]:
        return [f"{self.year}-{m:02d}" for m in self.months]

    def __str__(self) -> str:
        return self.text


def month_end(year: int, month: int) -> date:
    first_next = date(year + (month == 12), month % 12 + 1, 1)
    return first_next - timedelta(days=1)
