"""Demo data for care (not built yet)."""
from __future__ import annotations


def populate(store, rng) -> dict:
    return {}
