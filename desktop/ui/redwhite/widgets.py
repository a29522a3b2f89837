"""Widgets of the red-white screens: years, an event's figures (money and counts where blank
means 未填), and a notice's PDF with print and save (the general ones are in desktop.ui.kit)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFileDialog, QSpinBox, QVBoxLayout, QWidget

from db.files import write_bytes
from desktop.core.redwhite.codes import FIGURES
from desktop.ui.core_labels import core_label
from desktop.ui.ops import run_op
from desktop.ui.kit.editors import MoneyEdit as SharedMoneyEdit
from desktop.ui.screen_fit import fit_window
from desktop.core.filenames import safe_filename


def year_combo(years: list[int] | None = None, *, with_all: str | None = None) -> QComboBox:
    """Years newest first (default: this year and the five before), current year selected."""
    combo = QComboBox()
    this_year = date.today().year
    if with_all:
        combo.addItem(with_all, None)
    for y in sorted(set(years or range(this_year - 5, this_year + 1)) | {this_year}, reverse=True):
        combo.addItem(str(y), y)
    combo.setCurrentIndex(combo.findData(this_year))
    return combo


class MoneyEdit(SharedMoneyEdit):
    """A figure of an event in yuan: blank means 未填 (unknown, None), and 0 is allowed and
    means the family said none (no 彩礼 at a funeral)."""

    def __init__(self, label: str, parent=None):
        super().__init__(label, parent=parent, blank_is_zero=True)
        self.setPlaceholderText(QCoreApplication.translate("RedWhite", "未填"))
        self.setMaximumWidth(120)

    def set_fen(self, fen: int | None) -> None:
        from desktop.core.money import yuan
        self.setText("" if fen is None else yuan(fen, grouping=False))

    def fen(self, field: str = "amount", allow_zero: bool = True) -> int | None:
        from desktop.core.inputs.money import parse_money
        if not self.text().strip():
            return None
        return parse_money(self.text(), field=field, label=self.label, allow_zero=True)


class CountEdit(QSpinBox):
    """A count of an event (桌, 辆, 天 ...): the lowest step shows 未填 (unknown, None), so a
    figure the family did not give is never saved as 0."""

    def __init__(self, suffix: str, parent=None):
        super().__init__(parent)
        self.setRange(-1, 99999)      # the core refuses absurd numbers with a reason
        self.setSpecialValueText(QCoreApplication.translate("RedWhite", "未填"))
        self.setSuffix(f" {suffix}")
        self.setMaximumWidth(120)
        self.setValue(-1)

    def set_count(self, value: int | None) -> None:
        self.setValue(-1 if value is None else value)

    def count(self) -> int | None:
        return None if self.value() < 0 else self.value()


class PdfDialog(QDialog):
    """Preview a notice inside the program, then print it or save it as PDF; each print or
    save goes into the notices history (what was posted, when, by whom, its hash)."""

    def __init__(self, store, pdf: bytes, title: str, kind: str, publication=None, default_name: str = "",
                 parent=None):
        super().__init__(parent)
        from desktop.ui.notices.preview import PdfPreview
        self.store, self.pdf, self.title_text, self.kind = store, pdf, title, kind
        self.publication, self.default_name = publication, safe_filename(default_name or f"{title}.pdf")
        self.setWindowTitle(title)
        fit_window(self, "notice_pdf", 900, 900)
        layout = QVBoxLayout(self)
        self.viewer = PdfPreview()
        self.viewer.set_pdf(pdf)
        layout.addWidget(self.viewer, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("关闭"))
        self.print_button = buttons.addButton(self.tr("打印…"), QDialogButtonBox.ActionRole)
        self.save_button = buttons.addButton(self.tr("保存为 PDF…"), QDialogButtonBox.ActionRole)
        self.print_button.clicked.connect(self.print_)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _record(self, action: str, target: str) -> None:
        if self.publication is None:
            return
        from desktop.core.notices import history
        history.record(self.store, kind=self.kind, title=self.title_text, publication=self.publication,
                       pdf=self.pdf, action=action, target=target)

    def print_(self) -> None:
        from desktop.ui.notices.printing import ask_printer, print_pdf, printer_label
        printer = ask_printer(self, self.viewer.page_count)
        if printer is None:
            return
        def print_and_record():
            print_pdf(self.pdf, printer)
            self._record("print", printer_label(printer))
        run_op(self, "notices", print_and_record)

    def save(self) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存为 PDF"), self.default_name, "PDF (*.pdf)")
        if not path:
            return None
        def save_and_record():
            write_bytes(path, self.pdf)
            self._record("save", path)
        return path if run_op(self, "notices", save_and_record) else None


def show_pdf(parent, store, pdf: bytes, title: str, kind: str, publication=None, default_name: str = "") -> None:
    PdfDialog(store, pdf, title, kind, publication, default_name, parent).exec()


class FigureColumn:
    """One column of figure editors (申报 or 实际)."""

    def __init__(self, stage_label: str):
        self.widgets: dict[str, QWidget] = {}
        for fig in FIGURES:
            if fig.money:
                w = MoneyEdit(f"{stage_label}的“{fig.label}”")
            else:
                w = CountEdit(core_label(fig.unit))
            self.widgets[fig.key] = w

    def set_values(self, values: dict | None) -> None:
        values = values or {}
        for fig in FIGURES:
            w = self.widgets[fig.key]
            if fig.money:
                w.set_fen(values.get(fig.key))
            else:
                w.set_count(values.get(fig.key))

    def values(self) -> dict:
        out = {}
        for fig in FIGURES:
            w = self.widgets[fig.key]
            out[fig.key] = w.fen(fig.key) if fig.money else w.count()
        return out

    def connect(self, slot) -> None:
        for w in self.widgets.values():
            (w.textChanged if isinstance(w, MoneyEdit) else w.valueChanged).connect(slot)

    def set_enabled(self, on: bool) -> None:
        for w in self.widgets.values():
            w.setEnabled(on)
