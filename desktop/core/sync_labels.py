"""Areas name their tables for the sync area's import summaries, when that area is present.

An area must not need sync to work (a build may leave it out), so it registers through here
instead of importing desktop.core.sync itself.
"""
from __future__ import annotations

import importlib.util


def sync_present() -> bool:
    return importlib.util.find_spec("desktop.core.sync.exchange") is not None


def name_tables(labels: dict[str, str], *, reference: dict[str, str] | None = None) -> bool:
    """labels: table -> readable name; reference: township-owned tables every village receives."""
    if not sync_present():
        return False
    from desktop.core.sync import exchange
    for table, label in (reference or {}).items():
        exchange.register_reference_table(table, label)
    for table, label in labels.items():
        exchange.register_table_label(table, label)
    return True
