"""The demo village: where it lives and building it at first start (`python -m desktop --demo`,
or the setup wizard's 先看看示范村).

The demo lives in its own file in its own folder (demo/demo.sqlite beside the data file),
so synthetic people never mix with the village's real roster and the demo's backups
(demo/backups/) never sit with the village's; the real file stays empty and the setup
wizard comes back at the next start until the clerk sets up the village.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication


def demo_path_for(db_path: Path) -> Path:
    """Where the demo village of this data file lives: a folder of its own."""
    from desktop.paths import demo_db_path
    return demo_db_path(db_path)


def create_demo_with_wait_cursor(store) -> None:
    from desktop.core.demo import create_demo
    QGuiApplication.setOverrideCursor(Qt.WaitCursor)
    try:
        create_demo(store)
    finally:
        QGuiApplication.restoreOverrideCursor()
