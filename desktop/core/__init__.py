"""The Qt-free core: storage plus the domain rules of every area.

GUI, CLI and tests all open a database the same way, with `open_store`, so every
area's hooks (e.g. care ending an enrolment when the roster records a death) are
registered whoever is calling.
"""
from __future__ import annotations

from pathlib import Path

from db import Store


def open_store(path: str | Path, progress=None) -> Store:
    """progress(done, total, message) hears about a schema upgrade (backup, then migrations)."""
    from desktop.core import areas  # noqa: F401  (registers each area's hooks)
    from desktop.core import events
    store = Store.open(path, progress=progress)
    events.publish(store, "store.opened")      # areas that watch the write path attach here
    return store
