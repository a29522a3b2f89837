"""财务公开: choose a month or quarter, preview the A4 sheet, export PDF or Excel."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (QComboBox, QFileDialog, QLabel, QPushButton, QSpinBox, QStackedWidget,
                               QVBoxLayout, QWidget)

from db.files import write_bytes
from desktop.core.funds import notices, report, supervision, xlsx
from desktop.ui.i18n import core_text
from desktop.ui.kit.empty import EmptyState
from desktop.ui.kit.pdf import PdfView
from desktop.ui.ops import run_op
from desktop.ui.jobs import run_job
from desktop.ui.flow_row import FlowRow


def build_sheet(store, progress, period: str) -> tuple[dict, bytes]:
    """On the worker thread: the report data and its PDF."""
    progress(0, 2, "")
    rep = report.build_report(store, period)
    progress(1, 2, "")
    data = notices.render_pdf(notices.disclosure_from_report(store, rep))
    return rep, data


class DisclosureTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.rep: dict | None = None
        self.pdf: bytes | None = None
        self._jobs = []
        layout = QVBoxLayout(self)
        bar = FlowRow()
        self.year = QSpinBox()
        self.year.setRange(2000, 2999)
        self.year.setValue(date.today().year)
        self.span = QComboBox()
        quarters = [self.tr("第一季度"), self.tr("第二季度"), self.tr("第三季度"), self.tr("第四季度")]
        for q, text in enumerate(quarters, 1):
            self.span.addItem(text, f"Q{q}")
        for m in range(1, 13):
            self.span.addItem(self.tr("{m}月").format(m=m), f"{m:02d}")
        last_month = date.today().month - 1 or 12
        self.span.setCurrentIndex(self.span.findData(f"{last_month:02d}"))
        if last_month == 12:
            self.year.setValue(date.today().year - 1)
        self.preview_button = QPushButton(self.tr("生成预览"))
        self.pdf_button = QPushButton(self.tr("导出 PDF"))
        self.xlsx_button = QPushButton(self.tr("导出 Excel"))
        for w in (QLabel(self.tr("年份")), self.year, QLabel(self.tr("期间")), self.span, self.preview_button,
                  self.pdf_button, self.xlsx_button):
            bar.addWidget(w)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.view = PdfView()
        # Before the first preview: say what the tab does and offer the button, not a grey box.
        self.prompt = EmptyState(
            self.tr("财务公开表还没有生成"),
            self.tr("选好上面的年份和期间（月份或季度），点“生成预览”，这里就显示要张贴的财务公开表；"
                    "看过后可导出 PDF 打印，或导出 Excel。"),
            [(self.tr("生成预览"), self.preview)], name="disclosure_prompt")
        self.pages = QStackedWidget()
        self.pages.addWidget(self.prompt)
        self.pages.addWidget(self.view)
        layout.addWidget(self.pages, 1)
        self.preview_button.clicked.connect(self.preview)
        self.pdf_button.clicked.connect(self._export_pdf)
        self.xlsx_button.clicked.connect(self._export_xlsx)

    def period(self) -> str:
        span = self.span.currentData()
        return f"{self.year.value()}-{span}"

    def preview(self):
        job = run_job(self, self.tr("正在生成财务公开表"), self.ctx.db_path, build_sheet, self.period())
        job.done.connect(self._show)
        self._jobs.append(job)
        return job

    def _show(self, result) -> None:
        self.rep, self.pdf = result
        t = self.rep["totals"]
        state = self.tr("已结账") if self.rep["closed"] else self.tr("尚未全部结账（公开前请先结账并请监委会审核）")
        self.summary.setText(self.tr(
            "{label}：收入 {i} 元（{ic}），支出 {e} 元（{ec}），期末余额 {c} 元。{state}。监委会审核签字：{signed}").format(
            label=core_text(self.rep["label"]), i=t["income_yuan"], ic=t["income_capitals"], e=t["expense_yuan"],
            ec=t["expense_capitals"], c=t["closing_yuan"], state=state, signed=self.coverage_text()))
        self.pages.setCurrentWidget(self.view)
        self.view.show_pdf(self.pdf)

    def coverage_text(self) -> str:
        """Who signed which months off (the sheet's coverage_line), in the interface's language."""
        cov = self.rep["coverage"]
        groups = supervision.coverage_groups(cov)
        if len(cov) == 1:
            return core_text(groups[0][0])
        return self.tr("；").join(self.tr("%1：%2").replace("%1", self.tr("、").join(map(core_text, labels)))
                                  .replace("%2", core_text(text)) for text, labels in groups)

    def _export_pdf(self) -> None:
        if self.pdf is None or self.rep is None or self.rep["period"] != self.period():
            job = self.preview()
            job.done.connect(lambda _r: self._export_pdf())
            return
        name = self.tr("财务公开表{period}.pdf").format(period=self.rep["period"])
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出 PDF"), name, "PDF (*.pdf)")
        if path:
            run_op(self, None, write_bytes, path, self.pdf)

    def _export_xlsx(self) -> None:
        name = self.tr("财务公开表{period}.xlsx").format(period=self.period())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出 Excel"), name, "Excel (*.xlsx)")
        if path:
            run_op(self, None, lambda: xlsx.write_xlsx(report.build_report(self.ctx.store, self.period()), path))
