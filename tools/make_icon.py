"""Draw the program icon (a red seal-like circle with 村) to resources/icons/ as PNG and ICO."""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.ui.fonts import register_fonts  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"


def draw(size: int) -> QImage:
    img = QImage(size, size, QImage.Format_ARGB32)
    img.fill(Qt.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.Antialiasing)
    red = QColor("#c0272d")
    p.setBrush(red)
    p.setPen(QPen(QColor("#8e1b20"), max(1, size // 32)))
    m = size * 0.04
    p.drawEllipse(QRectF(m, m, size - 2 * m, size - 2 * m))
    font = QFont(register_fonts()[0])
    font.setPixelSize(int(size * 0.62))
    font.setBold(True)
    p.setFont(font)
    p.setPen(QColor("white"))
    p.drawText(QRectF(0, 0, size, size * 0.98), Qt.AlignCenter, "村")
    p.end()
    return img


def main() -> None:
    QApplication.instance() or QApplication([])
    OUT.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(OUT / "cunwu.png"))
    draw(256).save(str(OUT / "cunwu.ico"))
    print("icons written to", OUT)


if __name__ == "__main__":
    main()
