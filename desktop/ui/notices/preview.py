"""Print preview inside the program: one page at a time, zoom in/out/fit, page navigation."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget)

from desktop.ui.notices.render import PdfPages
from desktop.ui.flow_row import FlowRow

ZOOM_STEPS = [0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0]


class PdfPreview(QWidget):
    """Shows a PDF's pages. `zoom` 1.0 is the paper's real size on a 96-dpi screen."""
    page_changed = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.pages: PdfPages | None = None
        self.page = 0
        self.zoom = 1.0
        self.fit = "width"          # "width", "page" or "" (fixed zoom)

        bar = FlowRow()
        self.prev_btn = self._button(self.tr("上一页"), self.previous_page)
        self.next_btn = self._button(self.tr("下一页"), self.next_page)
        self.page_label = QLabel()
        self.out_btn = self._button(self.tr("缩小"), self.zoom_out)
        self.in_btn = self._button(self.tr("放大"), self.zoom_in)
        self.fit_width_btn = self._button(self.tr("适合宽度"), lambda: self.set_fit("width"))
        self.fit_page_btn = self._button(self.tr("整页"), lambda: self.set_fit("page"))
        self.zoom_label = QLabel()
        for w in (self.prev_btn, self.page_label, self.next_btn):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.out_btn, self.zoom_label, self.in_btn, self.fit_width_btn, self.fit_page_btn):
            bar.addWidget(w)

        self.canvas = QLabel()
        self.canvas.setAlignment(Qt.AlignCenter)
        self.canvas.setStyleSheet("background: #808080;")
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.canvas)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)
        for keys, slot in ((QKeySequence.MoveToNextPage, self.next_page),
                           (QKeySequence.MoveToPreviousPage, self.previous_page),
                           (QKeySequence.ZoomIn, self.zoom_in), (QKeySequence.ZoomOut, self.zoom_out)):
            QShortcut(keys, self, slot, context=Qt.WidgetWithChildrenShortcut)
        self.clear()

    def _button(self, text: str, slot) -> QToolButton:
        b = QToolButton()
        b.setText(text)
        b.clicked.connect(slot)
        return b

    # ----------------------------------------------------------------- content
    def set_pdf(self, pdf: bytes) -> None:
        if self.pages is not None:
            self.pages.close()
        self.pages = PdfPages(pdf)
        self.page = 0
        self._update()

    def clear(self, message: str = "") -> None:
        if self.pages is not None:
            self.pages.close()
        self.pages = None
        self.page = 0
        self.canvas.setPixmap(QPixmap())
        self.canvas.setText(message or self.tr("选择公告种类并填好选项后，点“预览”。"))
        self.canvas.setStyleSheet("background: #f0f0f0; color: #555;")
        self._update_controls()

    @property
    def page_count(self) -> int:
        return len(self.pages) if self.pages is not None else 0

    # ------------------------------------------------------------- navigation
    def go_to(self, index: int) -> None:
        if not self.page_count:
            return
        index = max(0, min(index, self.page_count - 1))
        if index != self.page:
            self.page = index
            self._update()
            self.page_changed.emit(index)

    def next_page(self) -> None:
        self.go_to(self.page + 1)

    def previous_page(self) -> None:
        self.go_to(self.page - 1)

    # ------------------------------------------------------------------ zoom
    def zoom_in(self) -> None:
        bigger = [z for z in ZOOM_STEPS if z > self.zoom + 1e-6]
        self._set_zoom(bigger[0] if bigger else ZOOM_STEPS[-1])

    def zoom_out(self) -> None:
        smaller = [z for z in ZOOM_STEPS if z < self.zoom - 1e-6]
        self._set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def _set_zoom(self, zoom: float) -> None:
        self.fit = ""
        self.zoom = zoom
        self._update()

    def set_fit(self, mode: str) -> None:
        self.fit = mode
        self._update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fit and self.pages is not None:
            self._update()

    def _fitted_zoom(self) -> float:
        w_pt, h_pt = self.pages.size(self.page)
        dpi = self.logicalDpiX() or 96
        view = self.scroll.viewport().size()
        by_width = max(view.width() - 24, 50) / (w_pt / 72 * dpi)
        if self.fit == "width":
            return by_width
        by_height = max(view.height() - 24, 50) / (h_pt / 72 * dpi)
        return min(by_width, by_height)

    # ---------------------------------------------------------------- drawing
    def _update(self) -> None:
        if self.pages is None:
            self._update_controls()
            return
        if self.fit:
            self.zoom = self._fitted_zoom()
        dpi = self.logicalDpiX() or 96
        ratio = self.devicePixelRatioF() or 1.0
        image = self.pages.image(self.page, self.zoom * dpi / 72 * ratio)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.canvas.setStyleSheet("background: #808080;")
        self.canvas.setText("")
        self.canvas.setPixmap(pixmap)
        self._update_controls()

    def _update_controls(self) -> None:
        n = self.page_count
        self.prev_btn.setEnabled(n > 0 and self.page > 0)
        self.next_btn.setEnabled(n > 0 and self.page < n - 1)
        for b in (self.out_btn, self.in_btn, self.fit_width_btn, self.fit_page_btn):
            b.setEnabled(n > 0)
        self.page_label.setText(self.tr("第 %1 / %2 页").replace("%1", str(self.page + 1 if n else 0))
                                .replace("%2", str(n)))
        self.zoom_label.setText(f"{round(self.zoom * 100)}%" if n else "")
