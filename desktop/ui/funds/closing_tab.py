"""结账与监督: month closing (in order), the 监委会 sign-offs with the months each covers, the
warnings the 监委会 should look at for the selected month, and villagers' queries."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QFileDialog, QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from desktop.core.funds import periods, printouts, supervision, warnings
from desktop.ui.funds.dialogs import SignoffDialog
from desktop.core.money import yuan
from desktop.ui.core_labels import core_label
from db.files import write_bytes
from desktop.ui.kit.rows import RowsModel, make_table, selected_row
from desktop.ui.ops import run_op
from desktop.ui.flow_row import FlowRow


def month_rows(store, count: int = 24) -> list[dict]:
    """The last `count` months with entries, drafts, closing and sign-off state, labelled."""
    closed_word, open_word = QCoreApplication.translate("Funds", "已结账"), QCoreApplication.translate("Funds", "未结账")
    unsigned = QCoreApplication.translate("Funds", "未经监委会审核签字")
    rows = supervision.month_overview(store, count)
    for r in rows:
        r["closed"] = closed_word if r["is_closed"] else open_word
        r["signed"] = "、".join(f"{who}（{day}）" for who, day in r["signers"]) or (unsigned if r["is_closed"] else "")
    return rows


class ClosingTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        # Three tables under a wrapping toolbar: on a small screen with a big font they would
        # each get a row or two. Each keeps room for a few rows and the tab scrolls instead.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        outer.addWidget(scroll)
        inner = QWidget()
        scroll.setWidget(inner)
        layout = QVBoxLayout(inner)
        bar = FlowRow()
        self.close_button = QPushButton(self.tr("结账（选中月份）"))
        self.year_button = QPushButton(self.tr("年结（选中月份所在年度）"))
        self.sign_button = QPushButton(self.tr("监委会审核签字"))
        bar.addWidget(self.close_button)
        bar.addWidget(self.year_button)
        bar.addWidget(self.sign_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        note = QLabel(self.tr("结账后该月不能再记账或过账；更正请在未结账月份做冲销凭证。监委会审核已结账的月份或季度。"))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.model = RowsModel([("period", self.tr("月份"), "text"), ("posted", self.tr("已过账凭证"), "text"),
                                ("drafts", self.tr("草稿"), "text"), ("closed", self.tr("结账"), "text"),
                                ("signed", self.tr("监委会签字"), "text")])
        self.model.muted = lambda r: r["is_closed"]
        self.table = make_table(self.model)
        layout.addWidget(self.table, 3)
        warn_bar = QHBoxLayout()
        self.warn_title = QLabel()
        self.print_button = QPushButton(self.tr("打印预警清单"))
        warn_bar.addWidget(self.warn_title)
        warn_bar.addStretch(1)
        warn_bar.addWidget(self.print_button)
        layout.addLayout(warn_bar)
        self.warnings = RowsModel([("label", self.tr("预警"), "term"), ("date", self.tr("日期"), "text"),
                                   ("amount_fen", self.tr("金额"), "money"), ("text", self.tr("说明"), "text")])
        self.warning_table = make_table(self.warnings)
        layout.addWidget(self.warning_table, 2)
        layout.addWidget(QLabel(self.tr("村民质询")))
        self.queries = RowsModel([("voucher_no", self.tr("凭证号"), "text"), ("summary", self.tr("摘要"), "text"),
                                  ("asked_on", self.tr("日期"), "text"), ("asked_by", self.tr("提问人"), "text"),
                                  ("question", self.tr("质询"), "text"), ("answer", self.tr("答复"), "text"),
                                  ("answered_on", self.tr("答复日期"), "text")])
        self.query_table = make_table(self.queries)
        layout.addWidget(self.query_table, 2)
        for table, rows in ((self.table, 5), (self.warning_table, 4), (self.query_table, 4)):
            row_height = table.verticalHeader().defaultSectionSize()
            table.setMinimumHeight(table.horizontalHeader().sizeHint().height() + rows * row_height + 6)
        self.close_button.clicked.connect(self._close)
        self.year_button.clicked.connect(self._close_year)
        self.sign_button.clicked.connect(self._sign)
        self.print_button.clicked.connect(self._print_warnings)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_warnings())

    def refresh(self) -> None:
        keep = (self.selected() or {}).get("period")
        rows = month_rows(self.ctx.store)
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        # Select the month the clerk was on; at first the month to close next (the oldest
        # ended month not closed), which is the one the 监委会 looks at now.
        pending = [i for i, r in enumerate(rows) if r["ended"] and not r["is_closed"] and r["posted"]]
        wanted = next((i for i, r in enumerate(rows) if r["period"] == keep), pending[-1] if pending else 0)
        if rows:
            self.table.selectRow(wanted)
        self._show_warnings()
        self.queries.set_rows(supervision.queries(self.ctx.store))
        self.query_table.resizeColumnsToContents()

    def _show_warnings(self) -> None:
        row = self.selected()
        if row is None:
            self.warnings.set_rows([])
            self.warn_title.setText(self.tr("预警：选择上方月份查看"))
            return
        found = [{**w, "text": self.warning_text(w)} for w in warnings.for_period(self.ctx.store, row["period"])]
        self.warnings.set_rows(found)
        self.warning_table.resizeColumnsToContents()
        self.warn_title.setText(self.tr("{period} 预警 {n} 条（疑似拆分支出、预算超支、未来日期凭证）").format(
            period=row["period"], n=len(found)) if found else self.tr("{period} 没有预警").format(period=row["period"]))

    def warning_text(self, w: dict) -> str:
        """The core's warning in the interface's language, from its figures."""
        f, vouchers = w["facts"], "、".join(w["vouchers"])
        if w["kind"] == "split":
            who = self.tr("收款人") if f["by"] == "counterparty" else self.tr("摘要")
            return self.tr("{who}“{key}”{first} 至 {last} 共 {n} 笔支出（{vouchers}）合计 {total} 元，超过须经议事决议的 "
                           "{limit} 元，均未引用议事事项：可能是拆分支出。").format(
                who=who, key=f["key"], first=f["first"], last=f["last"], n=f["count"], vouchers=vouchers,
                total=yuan(w["amount_fen"]), limit=yuan(f["limit_fen"]))
        if w["kind"] == "budget":
            return self.tr("“{fund}”{year} 年“{category}”预算 {budget} 元，实际支出 {actual} 元，执行率 {percent}。").format(
                fund=f["fund"], year=f["year"], category=core_label(f["category"]), budget=yuan(f["budget_fen"]),
                actual=yuan(f["actual_fen"]), percent=f["percent"])
        if w["kind"] == "future":
            return self.tr("凭证 {voucher}（{summary}）日期 {day}，晚于记账日 {recorded}。").format(
                voucher=vouchers, summary=f["summary"], day=w["date"], recorded=f["recorded_on"])
        return self.tr("“{title}”的实施结果于 {day} 重新打开（{reason}），尚未重新公开。").format(
            title=f["title"], day=w["date"], reason=f["reason"])

    def _print_warnings(self) -> None:
        row = self.selected()
        if row is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存预警清单 PDF"),
                                              self.tr("资金预警清单{period}.pdf").format(period=row["period"]),
                                              "PDF (*.pdf)")
        if path:
            run_op(self, None, lambda: write_bytes(path, printouts.warnings_pdf(self.ctx.store, row["period"])))

    def selected(self) -> dict | None:
        return selected_row(self.table, self.model)

    def _close(self) -> None:
        row = self.selected()
        if row is None:
            return
        if QMessageBox.question(self, self.tr("结账"), self.tr("结账后 {p} 不能再记账，确定结账吗？").format(
                p=row["period"])) != QMessageBox.Yes:
            return
        run_op(self, "funds", periods.close_period, self.ctx.store, row["period"])

    def _close_year(self) -> None:
        row = self.selected()
        if row is None:
            return
        year = row["period"][:4]
        if QMessageBox.question(self, self.tr("年结"), self.tr(
                "年结将结清 {y} 年全部未结账的月份，之后该年度不能再记账。确定吗？").format(y=year)) != QMessageBox.Yes:
            return
        run_op(self, "funds", periods.close_period, self.ctx.store, year)

    def _sign(self) -> None:
        row = self.selected()
        SignoffDialog(self.ctx.store, row["period"] if row else "", self).exec()
