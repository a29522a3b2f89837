"""Fill the `Publication` block of a notice from the village record and its settings.

Settings (village-editable, all optional):
    notices.bilingual        true → fixed text in Chinese and Korean (Yanbian villages)
    notices.disclosure_days  公示期 length in days (default 7)
    notices.number_format    文号 pattern, default "〔{year}〕{n}号"
    notices.contact          监督电话 line printed on 公示 notices
"""
from __future__ import annotations

from datetime import date, timedelta

from db import Store
from desktop.core.notices.contracts import Publication

DEFAULT_DISCLOSURE_DAYS = 7
DEFAULT_NUMBER_FORMAT = "〔{year}〕{n}号"


def village_name(store: Store) -> str:
    row = store.one("SELECT name FROM site LIMIT 1")
    return row[0] if row else ""


def is_bilingual(store: Store) -> bool:
    return bool(store.setting("notices.bilingual", False))


def next_number(store: Store, year: int) -> str:
    """The next 文号 of the year: one past the highest already printed or saved."""
    used = 0
    if store.has_table("notices_history"):
        used = store.scalar("SELECT MAX(number_seq) FROM notices_history WHERE number_year=?",
                            (year,)) or 0
    pattern = store.setting("notices.number_format", DEFAULT_NUMBER_FORMAT)
    return format_number(pattern, year, used + 1)


def format_number(pattern: str, year: int, n: int) -> str:
    try:
        return pattern.format(year=year, n=n)
    except (KeyError, IndexError, ValueError):
        return DEFAULT_NUMBER_FORMAT.format(year=year, n=n)


def publication_for(store: Store, *, issued_on: date | None = None, number: str | None = None,
                    disclosure: bool = False, issuer: str = "") -> Publication:
    """A Publication for this village.

    number=None allocates the next 文号 of the year (a preview until the notice is
    printed or saved, which records it); number="" prints none.
    disclosure=True fills the 公示期 from issued_on for the configured number of days.
    """
    day = issued_on or date.today()
    if number is None:
        number = next_number(store, day.year)
    pub = Publication(village_name=village_name(store), issued_on=day, number=number,
                      bilingual=is_bilingual(store), issuer=issuer,
                      contact=str(store.setting("notices.contact", "") or ""))
    if disclosure:
        days = int(store.setting("notices.disclosure_days", DEFAULT_DISCLOSURE_DAYS) or DEFAULT_DISCLOSURE_DAYS)
        pub.disclosure_from = day
        pub.disclosure_to = day + timedelta(days=max(days, 1) - 1)
    return pub
