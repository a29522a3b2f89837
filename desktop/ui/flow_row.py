"""A row of buttons and filters that wraps onto a second line when the window is narrow.

A drop-in for the QHBoxLayout of a toolbar: in Korean or with the 特大 font a row of six
buttons is wider than a 1024-pixel screen, and a plain row would make the whole window
wider than the screen. Widgets keep their order; `addStretch` pushes what follows to the
right end of its line (as far as the line allows).
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QSpacerItem, QWidget, QWidgetItem


class FlowRow(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._heights: dict[int, int] = {}      # heightForWidth, asked many times per layout pass
        self.setContentsMargins(0, 0, 0, 0)

    # ---------------------------------------------------------------- the QBoxLayout calls toolbars use
    def addWidget(self, widget: QWidget, stretch: int = 0, alignment=Qt.Alignment()) -> None:
        super().addWidget(widget)

    def addStretch(self, stretch: int = 1) -> None:
        self.addItem(QSpacerItem(0, 0, QSizePolicy.Expanding, QSizePolicy.Minimum))

    def addSpacing(self, size: int) -> None:
        self.addItem(QSpacerItem(size, 0, QSizePolicy.Fixed, QSizePolicy.Minimum))

    def insertWidget(self, index: int, widget: QWidget, stretch: int = 0) -> None:
        self.addChildWidget(widget)
        self._items.insert(index if index >= 0 else len(self._items), QWidgetItem(widget))
        self.invalidate()

    # ---------------------------------------------------------------- QLayout
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if width not in self._heights:
            self._heights[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return self._heights[width]

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        width = height = 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + (self._spacing if width else 0)
            height = max(height, hint.height())
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not (i.widget() is not None and i.widget().isHidden())]

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            w = item.sizeHint().width() if item.spacerItem() is None else item.minimumSize().width()
            if lines[-1] and used + self._spacing + w > width and item.spacerItem() is None:
                lines.append([])
                used = 0
            used += (self._spacing if lines[-1] else 0) + w
            lines[-1].append(item)
        return lines

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        y = area.y()
        for line in self._lines(area.width()):
            items = [i for i in line if i.spacerItem() is None]
            if not items:
                continue
            height = max(_height(i, min(i.sizeHint().width(), area.width())) for i in items)
            natural = sum(min(i.sizeHint().width(), area.width()) for i in items) + self._spacing * (len(items) - 1)
            stretches = [i for i in line if i.spacerItem() is not None and i.expandingDirections() & Qt.Horizontal]
            spare = max(0, area.width() - natural - sum(i.minimumSize().width() for i in line if i.spacerItem()))
            x = area.x()
            for item in line:
                if item.spacerItem() is not None:
                    x += item.minimumSize().width()
                    if item in stretches:
                        x += spare // len(stretches)
                    continue
                w = min(item.sizeHint().width(), area.width())
                h = _height(item, w)
                if move:
                    item.setGeometry(QRect(QPoint(x, y + (height - h) // 2), QSize(w, h)))
                x += w + self._spacing
            y += height + self._spacing
        return y - self._spacing - rect.y() + m.bottom() if y > area.y() else m.top() + m.bottom()


def _height(item: QLayoutItem, width: int) -> int:
    """An item squeezed below its natural width that can grow downwards (a wrapping label, a
    row of its own) gets the height its lines need there, instead of being cut off."""
    hint = item.sizeHint()
    if width < hint.width() and item.hasHeightForWidth():
        return max(hint.height(), item.heightForWidth(width))
    return hint.height()
