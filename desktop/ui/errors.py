"""Last line of defence in the GUI: an exception escaping a slot becomes a message box in
Chinese (and the traceback goes to the log file), never a crash or a console traceback."""
from __future__ import annotations

import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from db.errors import CunwuError
from desktop.ui.i18n import core_text


def log_exception(exc_type, exc, tb) -> str:
    from desktop.paths import data_dir
    try:
        folder = data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "cunwu-errors.log"
        with open(path, "a", encoding="utf-8") as fh:
            fh.write("".join(traceback.format_exception(exc_type, exc, tb)) + "\n")
        return str(path)
    except OSError:
        return QCoreApplication.translate("Errors", "（无法写入日志）")


def _hook(exc_type, exc, tb) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        return sys.__excepthook__(exc_type, exc, tb)
    parent = QApplication.activeWindow()
    if isinstance(exc, CunwuError):
        QMessageBox.warning(parent, QCoreApplication.translate("Errors", "未完成"), core_text(exc))
        return
    path = log_exception(exc_type, exc, tb)
    QMessageBox.critical(parent, QCoreApplication.translate("Errors", "内部错误"),
                         QCoreApplication.translate("Errors", "程序出了一个内部错误（%1），刚才的操作可能没有完成，已保存的数据不受影响。"
                                                    "详细信息已写入 %2，请把它交给技术人员。")
                         .replace("%1", f"{exc_type.__name__}: {exc}").replace("%2", path))


def show_error(parent, exc: Exception) -> None:
    """A refusal from the core in a message box, in its own words (translated when the interface
    is not Chinese); anything else as an internal error. Never a traceback."""
    if isinstance(exc, CunwuError):
        QMessageBox.warning(parent, QCoreApplication.translate("Errors", "未完成"), core_text(exc))
    else:
        QMessageBox.critical(parent, QCoreApplication.translate("Errors", "内部错误"), f"{type(exc).__name__}: {exc}")


def install() -> None:
    sys.excepthook = _hook
