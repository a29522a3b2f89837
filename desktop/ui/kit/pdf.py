"""A PDF shown inside the program: its pages drawn with pypdfium2 (the print preview)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget


def pdf_images(data: bytes, scale: float = 1.2, ratio: float = 1.0) -> list[QImage]:
    """Render PDF pages with pypdfium2 (the Qt wheels have no QtPdf). `ratio` is the screen's
    device pixel ratio: pages are drawn with that many more pixels (sharp at 125–150 %)
    and keep their size on screen."""
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(data)
    images = []
    try:
        for i in range(len(doc)):
            bitmap = doc[i].render(scale=scale * ratio, rev_byteorder=True)
            img = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, QImage.Format_RGB888)
            img = img.copy()
            img.setDevicePixelRatio(ratio)
            images.append(img)
    finally:
        doc.close()
    return images


class PdfView(QScrollArea):
    """The pages of a PDF, one under the other, each as wide as the view (fit width): the
    sheet is read without scrolling sideways at any window size and font (issue 16, point 5);
    the area scrolls down only. Pages are drawn again when the view's width changes."""

    MARGIN = 12          # grey around a page, each side

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        # Always there: a bar appearing once pages are tall would narrow the view and redraw.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOn)
        self.inner = QWidget()
        self.pages = QVBoxLayout(self.inner)
        self.pages.setContentsMargins(self.MARGIN, self.MARGIN, self.MARGIN, self.MARGIN)
        self.pages.setAlignment(Qt.AlignHCenter | Qt.AlignTop)
        self.setWidget(self.inner)
        self.setStyleSheet("QScrollArea { background: #808080; }")
        self.data: bytes | None = None
        self._drawn_width = 0

    def show_pdf(self, data: bytes | None) -> None:
        self.data = data or None
        self._drawn_width = 0
        self._draw()

    def page_width(self) -> int:
        """The width a page gets on screen: the view's, less the grey margins."""
        return max(self.viewport().width() - 2 * self.MARGIN, 100)

    def _draw(self) -> None:
        while self.pages.count():
            item = self.pages.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        if not self.data:
            return
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(self.data)
        try:
            widest = max(doc[i].get_size()[0] for i in range(len(doc)))
        finally:
            doc.close()
        width = self.page_width()
        for img in pdf_images(self.data, scale=width / widest, ratio=self.devicePixelRatioF() or 1.0):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(img))
            label.setFixedSize(img.deviceIndependentSize().toSize())
            label.setStyleSheet("background: white;")
            self.pages.addWidget(label)
        self._drawn_width = self.viewport().width()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.data and self.viewport().width() != self._drawn_width:
            self._draw()

    def page_count(self) -> int:
        return self.pages.count()
