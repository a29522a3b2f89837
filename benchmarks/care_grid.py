"""Register grid open and scroll time for a 100 x 31 month (offscreen Qt). Prints figures."""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from care_common import build, peak_mb

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from desktop.ui.app import make_app
from desktop.ui.context import AppContext


def main() -> None:
    tmp = Path(tempfile.mkdtemp())
    store, place_id, _, rows, _ = build(tmp / "grid.sqlite", elders=100, first=date(2026, 1, 1),
                                        last=date(2026, 3, 31))
    app = make_app()
    from desktop.ui.pages.care import Page
    from desktop.ui.care.register_model import RegisterModel
    from desktop.ui.care.register_view import RegisterView
    ctx = AppContext(store, tmp / "grid.sqlite")

    opens, cpus = [], []
    for _ in range(5):
        t, cpu = time.perf_counter(), time.process_time()
        model = RegisterModel(store)
        model.load(place_id, "2026-03")
        view = RegisterView(model)
        view.resize(1280, 720)
        view.show()
        app.processEvents()
        view.viewport().grab()          # a full paint of the visible part
        opens.append(time.perf_counter() - t)
        cpus.append(time.process_time() - cpu)
        view.close()
    print(f"open 100 x 31 grid (load + first paint): {statistics.median(opens) * 1000:.1f} ms wall, "
          f"{statistics.median(cpus) * 1000:.1f} ms CPU (median of 5); "
          f"{rows} attendance rows in the file")

    t = time.perf_counter()
    page = Page(ctx)
    page.resize(1280, 720)
    page.bar.month.setDate(QDate(2026, 3, 1))
    page.show()
    app.processEvents()
    print(f"open the whole care page on that month: {(time.perf_counter() - t) * 1000:.1f} ms")

    view, model = page.register.grid, page.register.model
    t, cpu = time.perf_counter(), time.process_time()
    steps = 0
    for r in range(0, model.rowCount(), 5):
        view.scrollTo(model.index(r, 0))
        app.processEvents()
        view.viewport().grab()
        steps += 1
    for c in range(model.columnCount()):
        view.scrollTo(model.index(model.rowCount() - 1, c))
        app.processEvents()
        view.viewport().grab()
        steps += 1
    total, cpu = time.perf_counter() - t, time.process_time() - cpu
    print(f"scroll: {steps} scroll steps with a repaint each in {total * 1000:.0f} ms wall, {cpu * 1000:.0f} ms CPU "
          f"({total / steps * 1000:.1f} ms wall, {cpu / steps * 1000:.1f} ms CPU per step)")

    view.setFocus()
    view.setCurrentIndex(model.index(0, 1))
    t = time.perf_counter()
    from PySide6.QtTest import QTest
    for r in range(30):
        QTest.keyClick(view, Qt.Key_Space)
        QTest.keyClick(view, Qt.Key_Down)
    per_key = (time.perf_counter() - t) / 30
    print(f"space (write through the store + live totals) then down: {per_key * 1000:.1f} ms per cell")
    t = time.perf_counter()
    view.setCurrentIndex(model.index(0, 6))
    model.whole_day(6)
    print(f"whole day present for 100 people (one transaction): {(time.perf_counter() - t) * 1000:.1f} ms")
    print(f"peak RSS: {peak_mb():.0f} MiB")
    QApplication.processEvents()
    store.close()
    # PySide6 can crash while tearing down widgets at interpreter exit; the figures are out.
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
