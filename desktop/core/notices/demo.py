"""Demo settings for notices: the village's allowance standards and supervision phone."""
from __future__ import annotations


def populate(store, rng) -> dict:
    # Amounts in fen per person per month; 高龄 by age band. Yulin-like rural standards.
    store.set_setting("notices.allowance.低保", 45000)
    store.set_setting("notices.allowance.特困供养", {"分散供养": 72000, "集中供养": 86000})
    store.set_setting("notices.allowance.高龄", {"80": 5000, "90": 10000, "100": 30000})
    store.set_setting("notices.contact", "0912-3456789")
    store.set_setting("notices.disclosure_days", 7)
    return {}
