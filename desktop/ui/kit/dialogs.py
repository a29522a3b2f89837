"""The buttons under every form: OK (or Save) and Cancel, in the interface's language."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox


def dialog_buttons(dialog: QDialog, on_ok: Callable[[], None] | None = None, *, ok_text: str | None = None,
                   cancel_text: str | None = None, save: bool = False) -> QDialogButtonBox:
    """OK (or Save) and Cancel with Chinese labels; OK calls on_ok (default: accept)."""
    role = QDialogButtonBox.Save if save else QDialogButtonBox.Ok
    box = QDialogButtonBox(role | QDialogButtonBox.Cancel)
    default = QCoreApplication.translate("Widgets", "保存") if save else QCoreApplication.translate("Widgets", "确定")
    box.button(role).setText(ok_text or default)
    box.button(QDialogButtonBox.Cancel).setText(cancel_text or QCoreApplication.translate("Widgets", "取消"))
    box.accepted.connect(on_ok or dialog.accept)
    box.rejected.connect(dialog.reject)
    return box
