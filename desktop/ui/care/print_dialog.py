"""Preview a care report PDF in the program, then print it or save it (the notices area's
preview and printing widgets)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout

from db.files import write_bytes
from desktop.ui.notices.preview import PdfPreview
from desktop.ui.notices.printing import ask_printer, print_pdf
from desktop.ui.ops import run_op
from desktop.ui.screen_fit import fit_window
from desktop.core.filenames import safe_filename


class PrintDialog(QDialog):
    def __init__(self, title: str, pdf: bytes, file_name: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.pdf, self.file_name = pdf, safe_filename(file_name)
        self.preview = PdfPreview()
        self.preview.set_pdf(pdf)
        self.print_button = QPushButton(self.tr("打印…"))
        self.save_button = QPushButton(self.tr("另存为 PDF…"))
        close = QPushButton(self.tr("关闭"))
        row = QHBoxLayout()
        row.addStretch(1)
        for b in (self.print_button, self.save_button, close):
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addLayout(row)
        self.print_button.clicked.connect(self._print)
        self.save_button.clicked.connect(self._save)
        close.clicked.connect(self.accept)
        fit_window(self, "care_pdf", 900, 900)

    def _print(self) -> None:
        printer = ask_printer(self, self.preview.page_count)
        if printer is None:
            return
        run_op(self, None, print_pdf, self.pdf, printer)

    def _save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存 PDF"), self.file_name, self.tr("PDF 文件 (*.pdf)"))
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        run_op(self, None, write_bytes, path, self.pdf)
