"""Demo data for sync (not built yet)."""
from __future__ import annotations


def populate(store, rng) -> dict:
    return {}
