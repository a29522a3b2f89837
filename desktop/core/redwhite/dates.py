"""Date parsing with the clerk's field name in the message."""
from __future__ import annotations

from datetime import date

from db.errors import ValidationError

EARLIEST = date(1980, 1, 1)     # older than this is a typing mistake in council records


def parse_date(value, *, field: str, label: str, required: bool = True) -> str | None:
    if value in (None, ""):
        if required:
            raise ValidationError(f"{label}不能为空。", field=field)
        return None
    if isinstance(value, date):
        day = value
    else:
        text = str(value).strip().replace("/", "-").replace(".", "-")
        try:
            day = date.fromisoformat(text[:10])
        except ValueError:
            raise ValidationError(f"{label}“{value}”不是有效日期（应为 年-月-日，如 2026-05-01）。",
                                  field=field) from None
    if day < EARLIEST or day.year > 2100:
        raise ValidationError(f"{label} {day} 超出合理范围。", field=field)
    return day.isoformat()


def days_between(first: str, last: str) -> int:
    return (date.fromisoformat(last) - date.fromisoformat(first)).days
