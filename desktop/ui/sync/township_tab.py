"""乡镇汇总: villages side by side (population, special groups, monthly figures, who is late)."""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QTabWidget, QVBoxLayout, QWidget

from desktop.core import village
from desktop.core.sync import township
from desktop.ui.core_labels import core_path
from desktop.ui.ops import run_op
from desktop.ui.sync.common import fill_table, make_table, month_row, print_html

# township.tables() words its views in Chinese for the .xlsx and the printout; on screen
# each fixed text and each templated one (a number or month inside) is translated.
_FIXED = [QT_TRANSLATE_NOOP("TownshipView", "人口与特殊群体"), QT_TRANSLATE_NOOP("TownshipView", "迟报情况"),
          QT_TRANSLATE_NOOP("TownshipView", "村"), QT_TRANSLATE_NOOP("TownshipView", "区划代码"),
          QT_TRANSLATE_NOOP("TownshipView", "状态"), QT_TRANSLATE_NOOP("TownshipView", "最近收到数据包"),
          QT_TRANSLATE_NOOP("TownshipView", "情况"), QT_TRANSLATE_NOOP("TownshipView", "未上报"),
          QT_TRANSLATE_NOOP("TownshipView", "合计（已上报、已接收）"),
          QT_TRANSLATE_NOOP("TownshipView", "从未收到数据包")]
_TEMPLATED = [(re.compile(r"^(\S+)月报汇总$"), QT_TRANSLATE_NOOP("TownshipView", "%1月报汇总")),
              (re.compile(r"^已 (\d+) 天没有收到数据包$"), QT_TRANSLATE_NOOP("TownshipView", "已 %1 天没有收到数据包")),
              (re.compile(r"^(\S+) 月报未上报$"), QT_TRANSLATE_NOOP("TownshipView", "%1 月报未上报")),
              (re.compile(r"^(\S+) 月报已退回，尚未重新上报$"),
               QT_TRANSLATE_NOOP("TownshipView", "%1 月报已退回，尚未重新上报"))]


def screen_text(text):
    """One title, header or cell of township.tables() as the screen shows it; data passes unchanged."""
    if not isinstance(text, str) or not text:
        return text
    if text in _FIXED:
        return QCoreApplication.translate("TownshipView", text)
    for pattern, template in _TEMPLATED:
        m = pattern.match(text)
        if m:
            return QCoreApplication.translate("TownshipView", template).replace("%1", m.group(1))
    if "；" in text:
        return "；".join(screen_text(part) for part in text.split("；"))
    return core_path(text)


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
            title, head = screen_text(title), [screen_text(h) for h in head]
            body = [[screen_text(v) for v in row] for row in body]
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
        run_op(self, None, self.export_to, path)
