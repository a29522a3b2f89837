"""乡镇汇总: villages side by side (population, special groups, monthly figures, who is late)."""
from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from db.errors import CunwuError
from desktop.core import village
from desktop.core.sync import township
from desktop.ui.sync.common import fill_table, make_table, month_row, print_html


class TownshipTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        row, self.month, (self.xlsx_btn, self.print_btn) = month_row(
            self.tr("月份"), [self.tr("导出 Excel…"), self.tr("打印…")])
        layout.addLayout(row)
        self.views = QTabWidget()
        layout.addWidget(self.views, 1)
        self.month.currentIndexChanged.connect(self.refresh)
        self.xlsx_btn.clicked.connect(self._export)
        self.print_btn.clicked.connect(lambda: self.print_to())
        self.refresh()

    def refresh(self) -> None:
        # Always three views in a fixed order: population, the month's reports, who is late.
        for i, (title, head, body) in enumerate(township.tables(self.ctx.store, self.month.currentText())):
            if i >= self.views.count():
                self.views.addTab(make_table(head), title)
            table = self.views.widget(i)
            table.setColumnCount(len(head))
            table.setHorizontalHeaderLabels(head)
            self.views.setTabText(i, title)
            fill_table(table, body)

    def export_to(self, path: str) -> str:
        return str(township.export_xlsx(self.ctx.store, path, self.month.currentText()))

    def print_to(self, pdf_path: str | None = None) -> bool:
        name = village.site_info(self.ctx.store)["name"]
        return print_html(self, township.html_report(self.ctx.store, self.month.currentText(), name), pdf_path,
                          landscape=True)

    def _export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出汇总"),
                                              f"村级汇总-{self.month.currentText()}.xlsx", "Excel (*.xlsx)")
        if not path:
            return
        try:
            self.export_to(path)
        except CunwuError as exc:
            QMessageBox.warning(self, self.tr("未完成"), str(exc))
