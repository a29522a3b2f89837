"""Demo data for sync: the installation's key pair, so the demo can exchange bundles at once."""
from __future__ import annotations

from desktop.core.sync import keys


def populate(store, rng) -> dict:
    keys.ensure_keys(store)
    return {}
