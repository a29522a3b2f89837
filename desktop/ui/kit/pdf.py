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
    """The pages of a PDF, one under the other (the print preview)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(False)      # pages keep their size; the area scrolls
        self.setAlignment(Qt.AlignHCenter)
        self.inner = QWidget()
        self.pages = QVBoxLayout(self.inner)
        self.pages.setAlignment(Qt.AlignHCenter | Qt.AlignTop)
        self.setWidget(self.inner)
        self.setStyleSheet("QScrollArea { background: #808080; }")

    def show_pdf(self, data: bytes | None) -> None:
        while self.pages.count():
            item = self.pages.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        if not data:
            return
        width = height = 0
        for img in pdf_images(data, ratio=self.devicePixelRatioF() or 1.0):
            size = img.deviceIndependentSize().toSize()
            width, height = max(width, size.width()), height + size.height() + self.pages.spacing()
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(img))
            label.setFixedSize(size)      # a page keeps its size; the area scrolls
            label.setStyleSheet("border: 1px solid #444; background: white;")
            self.pages.addWidget(label)
        m = self.pages.contentsMargins()
        # Sized by hand: the layout's hint is not computed until the widget is shown.
        self.inner.setFixedSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def page_count(self) -> int:
        return self.pages.count()
