"""Printing our PDFs on whatever printer the office has: each page rendered with pypdfium2
at the printer's resolution (capped, for old PCs' memory) and painted onto the QPrinter."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from db.errors import CunwuError
from desktop.ui.notices.render import PdfPages

class PrintCancelled(CunwuError):
    """The clerk cancelled while pages were being sent."""


MAX_DPI = 300        # an A4 page at 600 dpi is ~100 MB of pixels; 300 dpi prints text crisply


def print_pdf(pdf: bytes, printer: QPrinter, progress: Callable[[int, int], None] | None = None) -> int:
    """Print every page (or the dialog's page range); returns the number of pages printed.
    `progress(done, total)` is called after each page and may raise to stop."""
    pages = PdfPages(pdf)
    try:
        first = 0
        last = len(pages) - 1
        if printer.fromPage() > 0:
            first = printer.fromPage() - 1
            last = min(printer.toPage() - 1, last) if printer.toPage() > 0 else last
        w_pt, h_pt = pages.size(first)
        printer.setPageOrientation(QPageLayout.Landscape if w_pt > h_pt else QPageLayout.Portrait)
        painter = QPainter()
        if not painter.begin(printer):
            raise CunwuError(QCoreApplication.translate("NoticesPrinting",
                                                        "无法开始打印：打印机不可用或被占用。"))
        printed = 0
        try:
            dpi = min(printer.resolution(), MAX_DPI)
            for index in range(first, last + 1):
                if printed:
                    printer.newPage()
                image = pages.image(index, dpi / 72)
                area = QRectF(printer.pageRect(QPrinter.DevicePixel))
                area.moveTo(0, 0)
                # Keep the page's proportions; centre it in the printable area.
                scale = min(area.width() / image.width(), area.height() / image.height())
                w, h = image.width() * scale, image.height() * scale
                target = QRectF(area.x() + (area.width() - w) / 2, area.y() + (area.height() - h) / 2, w, h)
                painter.drawImage(target, image)
                printed += 1
                if progress:
                    progress(printed, last - first + 1)
        finally:
            painter.end()
        return printed
    finally:
        pages.close()


def ask_printer(parent: QWidget, page_count: int) -> QPrinter | None:
    """The system's printer dialog; None when the clerk cancels."""
    printer = QPrinter(QPrinter.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("NoticesPrinting", "打印公告"))
    dialog.setMinMax(1, max(page_count, 1))
    if dialog.exec() != QDialog.Accepted:
        return None
    return printer


def printer_label(printer: QPrinter) -> str:
    if printer.outputFormat() == QPrinter.PdfFormat:
        return printer.outputFileName()
    return printer.printerName()
