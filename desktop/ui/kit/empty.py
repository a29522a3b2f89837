"""What an empty page shows instead of an empty table: what this page is for and what to do
first, with the buttons that do it (issue 16: an empty roster said only "共 0 人")."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout


class EmptyState(QFrame):
    """A heading, a sentence and one button per next step, centred in the space of the table."""

    def __init__(self, title: str, text: str, actions: list[tuple[str, Callable[[], None]]] = (),
                 parent=None, name: str = "emptyState"):
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.StyledPanel)
        box = QVBoxLayout(self)
        box.addStretch(1)
        self.title = QLabel(title)
        self.title.setObjectName("emptyTitle")
        self.title.setAlignment(Qt.AlignCenter)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.text = QLabel(text)
        self.text.setAlignment(Qt.AlignCenter)
        self.text.setWordWrap(True)
        box.addWidget(self.title)
        box.addWidget(self.text)
        row = QHBoxLayout()
        row.addStretch(1)
        self.buttons: list[QPushButton] = []
        for label, callback in actions:
            button = QPushButton(label)
            button.clicked.connect(lambda _checked=False, cb=callback: cb())
            row.addWidget(button)
            self.buttons.append(button)
        row.addStretch(1)
        box.addLayout(row)
        box.addStretch(2)
