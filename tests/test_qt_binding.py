"""The Qt binding itself: a PySide6 release that breaks the program is kept out (pyproject pins).

PySide6 6.12.0 on Python 3.11 returned True from Signal.emit() without a reference of its own:
every emit lowered True's reference count by one, and a few thousand progress reports later
(a big import, a backup of a township file) Python aborted with "bool_dealloc".
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Reporter(QObject):
    progressed = Signal(int, int, str)
    changed = Signal()


def test_emitting_signals_leaves_true_and_false_alone(qapp):
    reporter = _Reporter()
    heard = []
    reporter.progressed.connect(lambda done, total, message: heard.append(done))
    reporter.changed.connect(lambda: heard.append(-1))
    before = sys.getrefcount(True), sys.getrefcount(False)
    for i in range(500):
        reporter.progressed.emit(i, 500, "正在导入……")
        reporter.changed.emit()
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert len(heard) == 1000
    # A few references may come and go elsewhere; a leak or a theft would be ~1000.
    assert abs(after[0] - before[0]) < 50 and abs(after[1] - before[1]) < 50, (before, after)
