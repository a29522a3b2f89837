"""统计报表: the chosen place's month (or year) in figures; Excel export, the printed month
report and attendance detail, and 登记补贴拨付."""
from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QRadioButton, QVBoxLayout, QWidget

from desktop.core.care import report
from desktop.core.filenames import safe_filename
from desktop.ui.care.dialogs import PaymentDialog
from desktop.ui.care.print_dialog import PrintDialog
from desktop.ui.care.report_view import ReportView
from desktop.ui.flow_row import FlowRow
from desktop.ui.kit.files import SavedFiles
from desktop.ui.ops import run_op


class ReportTab(QWidget):
    def __init__(self, ctx, bar, parent=None):
        super().__init__(parent)
        self.ctx, self.bar, self.store = ctx, bar, ctx.store
        v = QVBoxLayout(self)
        row = FlowRow()
        self.by_month = QRadioButton(self.tr("月报"))
        self.by_year = QRadioButton(self.tr("年报"))
        self.by_month.setChecked(True)
        self.xlsx_button = QPushButton(self.tr("导出 Excel…"))
        self.pdf_button = QPushButton(self.tr("打印月报表…"))
        self.detail_button = QPushButton(self.tr("打印出勤明细…"))
        self.pay_button = QPushButton(self.tr("登记补贴拨付…"))
        for w in (self.by_month, self.by_year):
            row.addWidget(w)
            w.toggled.connect(lambda _on: self.refresh())
        row.addStretch(1)
        row.addWidget(self.pay_button)
        row.addWidget(self.xlsx_button)
        row.addWidget(self.pdf_button)
        row.addWidget(self.detail_button)
        v.addLayout(row)
        self.report_view = ReportView()
        v.addWidget(self.report_view, 1)
        self.saved = SavedFiles()        # the report tab's own line (not the register's)
        v.addWidget(self.saved)
        self.xlsx_button.clicked.connect(self._export_xlsx)
        self.pdf_button.clicked.connect(lambda: self._export_pdf(detail=False))
        self.detail_button.clicked.connect(lambda: self._export_pdf(detail=True))
        self.pay_button.clicked.connect(self._pay)

    def current_report(self) -> dict | None:
        place = self.bar.place()
        if place is None:
            return None
        if self.by_year.isChecked():
            return report.yearly_report(self.store, place["id"], self.bar.month.date().year())
        return report.monthly_report(self.store, place["id"], self.bar.month_text())

    def refresh(self) -> None:
        r = self.current_report()
        if r is not None:
            self.report_view.show_report(r)
        self.pdf_button.setEnabled(self.by_month.isChecked())
        self.detail_button.setEnabled(self.by_month.isChecked())
        self.pay_button.setEnabled(self.by_month.isChecked())

    def _pay(self) -> None:
        place = self.bar.place()
        if place is None or not self.by_month.isChecked():
            return
        month = self.bar.month_text()
        unpaid = report.monthly_report(self.store, place["id"], month)["subsidy"]["unpaid_fen"]
        dialog = PaymentDialog(self.store, place, month, unpaid, self)
        if dialog.exec():       # announced as a funds change: the payment is a receipt in the fund ledger
            for w in dialog.warnings:
                QMessageBox.warning(self, self.tr("登记补贴拨付"), w)

    def _export_xlsx(self) -> None:
        from desktop.core.care import export_xlsx
        r = self.current_report()
        if r is None:
            return
        period = self.tr("%1年").replace("%1", str(r["year"])) if "year" in r else r["month"]
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出 Excel"), safe_filename(f"{r['place']['name']}{period}.xlsx"),
                                              self.tr("Excel 表格 (*.xlsx)"))
        if path and run_op(self, None, export_xlsx.export_yearly if "year" in r else export_xlsx.export_monthly,
                           r, path):
            self.saved.show_files([(self.tr("已导出："), path)])

    def _export_pdf(self, detail: bool) -> None:
        """Build the PDF, then preview it with 打印 / 另存为 in one dialog."""
        from desktop.core.care.report_pdf import detail_pdf, monthly_pdf
        place = self.bar.place()
        if place is None:
            return
        month = self.bar.month_text()
        made = run_op(self, None, detail_pdf if detail else monthly_pdf, self.store, place["id"], month)
        if not made:
            return
        pdf = made.value
        title = self.tr("出勤明细") if detail else self.tr("月报表")
        name = self.tr("%1%2出勤明细.pdf") if detail else self.tr("%1%2月报表.pdf")
        self.print_dialog = PrintDialog(title, pdf, name.replace("%1", place["name"]).replace("%2", month), self)
        self.print_dialog.open()
