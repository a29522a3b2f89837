"""Files the program wrote, shown the way a clerk needs them: by name, with a button that
opens their folder; the full path only behind 详细信息 (issue 16, point 8).

`open_folder` is the one way to open a folder in the file manager: a folder that cannot be
made (a USB stick pulled out) is a refusal in the shared box (errors.show_error via run_op).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from db.files import ensure_folder
from desktop.ui.ops import run_op


def open_folder(parent: QWidget, folder: str | Path) -> bool:
    """Show `folder` in the file manager (made first when missing); False when refused."""
    made = run_op(parent, None, ensure_folder, folder)
    if made:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(made.value)))
    return bool(made)


class Disclosure(QWidget):
    """A 详细信息 toggle over a block of technical text (paths, versions), closed at first."""

    def __init__(self, title: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.toggle = QToolButton()
        self.toggle.setObjectName("details_toggle")
        self.toggle.setText(title or QCoreApplication.translate("SavedFiles", "详细信息"))
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.RightArrow)
        self.toggle.setAutoRaise(True)
        self.text = QLabel()
        self.text.setObjectName("details_text")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.text.setVisible(False)
        self.toggle.toggled.connect(self._toggled)
        layout.addWidget(self.toggle, 0, Qt.AlignLeft)
        layout.addWidget(self.text)

    def _toggled(self, shown: bool) -> None:
        self.toggle.setArrowType(Qt.DownArrow if shown else Qt.RightArrow)
        self.text.setVisible(shown)

    def set_text(self, text: str) -> None:
        self.text.setText(text)
        self.setVisible(bool(text))


class SavedFiles(QWidget):
    """Lines like “错误行已另存为：花名册-错误行.xlsx  [打开所在文件夹]”, the full paths behind
    详细信息. Hidden while it holds no file."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("saved_files")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.rows: list[QWidget] = []
        self.details = Disclosure()
        self._layout.addWidget(self.details)
        self.setVisible(False)

    def show_files(self, files: list[tuple[str, Path | str]]) -> None:
        """`files`: (what it is, e.g. “错误行已另存为：”, path) in the order to show them."""
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        for caption, path in files:
            path = Path(path)
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            name = QLabel(caption + path.name)
            name.setObjectName("saved_file_name")
            name.setWordWrap(True)
            name.setTextInteractionFlags(Qt.TextSelectableByMouse)
            name.setToolTip(str(path))
            button = QPushButton(QCoreApplication.translate("SavedFiles", "打开所在文件夹"))
            button.setObjectName("saved_file_open")
            button.clicked.connect(lambda _=False, folder=path.parent: open_folder(self, folder))
            line.addWidget(name, 1)
            line.addWidget(button, 0)
            self._layout.insertWidget(len(self.rows), row)
            self.rows.append(row)
        self.details.set_text("\n".join(caption + str(Path(path)) for caption, path in files))
        self.setVisible(bool(files))
