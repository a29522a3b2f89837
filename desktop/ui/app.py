"""Start the GUI: QApplication, fonts, open (or create) the database, main window."""
from __future__ import annotations

import sys
import threading
from importlib import import_module
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from db.errors import CunwuError
from desktop.core import open_store
from desktop.ui.context import AppContext
from desktop.ui.fonts import apply_app_font
from desktop.ui.style import DEFAULT_POINT_SIZE, STYLE_SHEET


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Cunwu")
    app.setApplicationDisplayName(QCoreApplication.translate("App", "村务通"))
    apply_app_font(app, DEFAULT_POINT_SIZE)
    app.setStyleSheet(STYLE_SHEET)
    return app


def open_context(db_path: Path, *, demo: bool = False) -> AppContext:
    """Open the file; a new file gets the demo village (demo=True) or the first-start choice."""
    store = open_store(db_path)
    if not store.initialised and demo:
        from desktop.ui.first_run import create_demo_with_wait_cursor
        create_demo_with_wait_cursor(store)
    store.actor = "gui"
    return AppContext(store, db_path)


def run(db_path: Path, *, demo: bool = False) -> int:
    app = make_app()
    from desktop.ui import errors
    errors.install()
    try:
        ctx = open_context(db_path, demo=demo)
        if not ctx.store.initialised:
            from desktop.ui.first_run import FirstRunDialog, demo_path_beside
            dialog = FirstRunDialog(ctx)
            if dialog.exec() != dialog.DialogCode.Accepted:
                return 0
            if dialog.choice == "demo":
                ctx.store.close()
                ctx = open_context(demo_path_beside(db_path), demo=True)
    except CunwuError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("App", "村务通"), str(exc))
        return 1
    from desktop.ui.main_window import MainWindow
    window = MainWindow(ctx)
    window.show()
    QTimer.singleShot(1000, _warm_up)
    return app.exec()


def _warm_up() -> None:
    """Load the pinyin dictionaries (seconds on an old PC) while the clerk looks at the
    window, not when they first open the person dialog."""
    threading.Thread(target=import_module, args=("desktop.core.roster.people",), daemon=True).start()
