"""What every page gets: the open store, its path, and a signal to say data changed."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from db import Store


class AppContext(QObject):
    # Emitted with an area name ("roster", "care", ...) after a write, so other pages refresh.
    data_changed = Signal(str)

    def __init__(self, store: Store, db_path: Path):
        super().__init__()
        self.store = store
        self.db_path = Path(db_path)

    def changed(self, area: str) -> None:
        self.data_changed.emit(area)
