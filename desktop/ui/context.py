"""What every page gets: the open store, its path, and a signal to say data changed."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from db import Store


class AppContext(QObject):
    # Emitted with an area name ("roster", "care", ...) once after each write (ops.run_op).
    data_changed = Signal(str)

    def __init__(self, store: Store, db_path: Path):
        super().__init__()
        self.store = store
        self.db_path = Path(db_path)

    def changed(self, area: str) -> None:
        self.data_changed.emit(area)

    def follow(self, view) -> None:
        """The one way a page learns of changes: `view.refresh()` once per announced change
        while it is on screen (a page off screen refreshes when it is shown)."""
        self.data_changed.connect(_Follower(view).changed)


class _Follower(QObject):
    # A child of the view: the connection ends when the view is deleted (a rebuilt window).
    def __init__(self, view):
        super().__init__(view)
        self.view = view

    def changed(self, _area: str) -> None:
        if self.view.isVisible():
            self.view.refresh()
