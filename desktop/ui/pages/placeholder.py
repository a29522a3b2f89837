"""A page for an area not built yet: says so plainly."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(self, ctx, title: str, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("“%1”功能正在建设中，下一版本提供。").replace("%1", title))
        label.setAlignment(Qt.AlignCenter)
        layout.addWidget(label)
