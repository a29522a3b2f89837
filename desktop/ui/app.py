"""Start the GUI: QApplication, fonts, open (or create) the database, main window."""
from __future__ import annotations

import sys
import threading
from importlib import import_module
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from db.errors import CunwuError
from db.opening import upgrade_pending
from desktop.core import open_store
from desktop.ui.context import AppContext
from desktop.ui.style import apply_look


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Cunwu")
    app.setApplicationDisplayName(QCoreApplication.translate("App", "村务通"))
    app.setWindowIcon(window_icon())        # every window and dialog, and the taskbar
    from desktop.ui import i18n
    apply_look(app, i18n.current_font_size())
    i18n.install_language(app, i18n.current_language())
    if not app.property("screenGuard"):
        from desktop.ui.screen_fit import install_screen_guard
        app.setProperty("screenGuard", True)
        install_screen_guard(app)
    return app


def window_icon() -> QIcon:
    from desktop.paths import resources_dir
    return QIcon(str(resources_dir() / "icons" / "cunwu.png"))


def open_context(db_path: Path, *, demo: bool = False) -> AppContext:
    """Open the file; a new file gets the demo village (demo=True) or the first-start choice."""
    if upgrade_pending(db_path):
        # A new version's schema change: backup first, then migrate. Seconds for a village,
        # a minute or more for a big township file, so on a worker with a progress dialog.
        from desktop.ui.jobs import run_and_wait
        store = run_and_wait(None, QCoreApplication.translate("App", "正在升级数据文件"),
                             lambda _none, progress: open_store(db_path, progress))
    else:
        store = open_store(db_path)
    if not store.initialised and demo:
        from desktop.ui.demo_village import create_demo_with_wait_cursor
        create_demo_with_wait_cursor(store)
    store.actor = "gui"
    return AppContext(store, db_path)


def run(db_path: Path, *, demo: bool = False) -> int:
    from desktop.core.security.files import owner_only_by_default
    owner_only_by_default()         # data file, backups, exports: readable by this user only
    app = make_app()
    from desktop.ui import errors
    errors.install()
    try:
        ctx = open_context(db_path, demo=demo)
        if not ctx.store.initialised:
            from desktop.ui.demo_village import demo_path_for
            from desktop.ui.setup_wizard import SetupWizard
            wizard = SetupWizard(ctx)
            if wizard.exec() != wizard.DialogCode.Accepted:
                return 0
            if wizard.choice == "demo":
                ctx.store.close()
                ctx = open_context(demo_path_for(db_path), demo=True)
        if not login_if_needed(ctx):
            return 0
    except CunwuError as exc:
        from desktop.ui.i18n import core_text
        QMessageBox.critical(None, QCoreApplication.translate("App", "村务通"), core_text(exc))
        return 1
    from desktop.ui.main_window import MainWindow
    window = MainWindow(ctx)
    window.show()
    QTimer.singleShot(0, lambda: warn_if_network_drive(window, ctx.db_path))
    QTimer.singleShot(0, lambda: daily_backup(window, ctx))
    QTimer.singleShot(1000, _warm_up)
    try:
        return app.exec()
    finally:
        from desktop.ui.jobs import stop_jobs
        stop_jobs()


def login_if_needed(ctx: AppContext) -> bool:
    """When the file has users, nobody gets in without a password (roles apply in the core)."""
    from desktop.core.security import users
    if not users.has_users(ctx.store) or ctx.store.role:
        return True
    from desktop.ui.security.login import LoginDialog
    dialog = LoginDialog(ctx.store)
    return dialog.exec() == dialog.DialogCode.Accepted


def warn_if_network_drive(window, db_path: Path) -> str | None:
    """Once at start: a data file on a shared folder can be damaged (see db/location.py)."""
    from db.location import network_drive_warning
    warning = network_drive_warning(db_path)
    if warning:
        QMessageBox.warning(window, QCoreApplication.translate("App", "数据文件在网络位置上"), warning)
    return warning


def daily_backup(window, ctx: AppContext):
    """One automatic backup a day, once the window is up; on a worker thread with a progress
    dialog that only appears when it takes a while (a big township file). A failure is
    shown, not fatal. Returns the job (None when today's backup exists)."""
    from desktop.core.security import backups
    from desktop.ui.ops import run_op
    if backups.daily_backup_due(ctx.store):       # announced when done: the overview shows the new time
        return run_op(window, "backup", lambda store, progress: backups.auto_backup(store, "daily", progress),
                      progress=QCoreApplication.translate("App", "每日自动备份"))
    return None


def _warm_up() -> None:
    """Load the pinyin dictionaries (seconds on an old PC) while the clerk looks at the
    window, not when they first open the person dialog."""
    threading.Thread(target=import_module, args=("desktop.core.roster.people",), daemon=True).start()
