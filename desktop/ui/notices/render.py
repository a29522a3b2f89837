"""PDF pages to QImage with pypdfium2 (the PySide6 wheels have no QtPdf)."""
from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtGui import QImage


class PdfPages:
    """An opened PDF whose pages render to QImage at any scale (1.0 = 72 dpi)."""

    def __init__(self, pdf: bytes):
        self._bytes = pdf           # pdfium reads from this buffer: keep it alive
        self._doc = pdfium.PdfDocument(pdf)

    def __len__(self) -> int:
        return len(self._doc)

    def size(self, index: int) -> tuple[float, float]:
        """Page size in points (1/72 inch)."""
        return tuple(self._doc[index].get_size())

    def image(self, index: int, scale: float) -> QImage:
        page = self._doc[index]
        bitmap = page.render(scale=scale, rev_byteorder=True)    # RGB byte order for Qt
        fmt = QImage.Format_RGB888 if bitmap.n_channels == 3 else QImage.Format_RGBA8888
        img = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt)
        return img.copy()          # detach from pdfium's buffer before it is freed

    def close(self) -> None:
        self._doc.close()
