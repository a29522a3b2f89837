"""The exact number of people a roster filter matches, counted on a worker thread.

At a million people an exact count of a large result reads a large share of an index
(tens of milliseconds, more on a busy PC); the table shows "1,000+" at once and this
fills in the total when it is known. The worker opens its own connection to the file
(WAL lets both read); counts are cached per roster version in the core.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop.ui.roster.table_model import RosterFilter


class ExactCounter(QObject):
    counted = Signal(object, int)       # the filter, its exact count

    def start(self, path: Path, flt: RosterFilter) -> None:
        QThreadPool.globalInstance().start(_Count(self, Path(path), flt))


class _Count(QRunnable):
    def __init__(self, counter: ExactCounter, path: Path, flt: RosterFilter):
        super().__init__()
        self.counter, self.path, self.flt = counter, path, flt

    def run(self) -> None:
        from db.errors import CunwuError
        from desktop.core import open_store
        from desktop.core.roster import search
        try:
            store = open_store(self.path)
            try:
                kwargs = self.flt.kwargs()
                n = search.count(store, self.flt.query, **kwargs)
                if n and kwargs.get("status") is None:
                    # The label then says how many of them are 在册: counted here too, so
                    # that the UI thread finds it in the core's cache (李 + 低保 at a million
                    # people: 190 ms it would otherwise spend there).
                    search.count(store, self.flt.query, **{**kwargs, "status": "在册"})
            finally:
                store.close()
            self.counter.counted.emit(self.flt, n)
        except (CunwuError, RuntimeError, OSError, sqlite3.Error):
            pass        # the label keeps "1,000+"; the list itself is unaffected
