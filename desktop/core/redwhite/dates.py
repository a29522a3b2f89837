"""Red-white dates: the shared reading of typed days, bounded by the council's records."""
from __future__ import annotations

from datetime import date

from desktop.core.inputs.dates import parse_day

EARLIEST = date(1980, 1, 1)     # older than this is a typing mistake in council records


def parse_date(value, *, field: str, label: str, required: bool = True) -> str | None:
    """inputs.parse_day with the council's earliest date."""
    return parse_day(value, field=field, label=label, required=required, earliest=EARLIEST)


def days_between(first: str, last: str) -> int:
    return (date.fromisoformat(last) - date.fromisoformat(first)).days
