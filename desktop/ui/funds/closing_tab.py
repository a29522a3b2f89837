"""结账与监督: month closing, the 监委会 sign-offs, and villagers' queries."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desktop.core.funds import periods, supervision
from desktop.core.funds.common import month_end
from desktop.ui.funds.dialogs import SignoffDialog
from desktop.ui.funds.widgets import RowsModel, attempt, make_table, selected_row
from desktop.ui.flow_row import FlowRow


def month_rows(store, count: int = 24) -> list[dict]:
    """The last `count` months with entries, drafts, closing and sign-off state."""
    closed = periods.closed_periods(store)
    y, m = date.today().year, date.today().month
    stats = {r[0]: (r[1], r[2]) for r in store.query(
        "SELECT substr(entry_date, 1, 7), SUM(status='posted'), SUM(status='draft') FROM funds_entry "
        "GROUP BY substr(entry_date, 1, 7)")}
    signed: dict[str, list[str]] = {}
    for s in supervision.signoffs(store):
        signed.setdefault(s["period"], []).append(f"{s['reviewer']}（{s['signed_on']}）")
    rows = []
    CLOSED, OPEN = QCoreApplication.translate("Funds", "已结账"), QCoreApplication.translate("Funds", "未结账")
    for _ in range(count):
        key = f"{y}-{m:02d}"
        posted, drafts = stats.get(key, (0, 0))
        quarter = f"{y}-Q{(m - 1) // 3 + 1}"
        is_closed = key in closed or str(y) in closed
        rows.append({"period": key, "posted": posted or 0, "drafts": drafts or 0, "is_closed": is_closed,
                     "closed": CLOSED if is_closed else OPEN,
                     "signed": "、".join(signed.get(key, []) + [f"{quarter}：{x}" for x in signed.get(quarter, [])
                                                                 if m % 3 == 0]),
                     "ended": month_end(y, m) < date.today()})
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    return rows


class ClosingTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        bar = FlowRow()
        self.close_button = QPushButton(self.tr("结账（选中月份）"))
        self.year_button = QPushButton(self.tr("年结（选中月份所在年度）"))
        self.sign_button = QPushButton(self.tr("监委会审核签字"))
        bar.addWidget(self.close_button)
        bar.addWidget(self.year_button)
        bar.addWidget(self.sign_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        layout.addWidget(QLabel(self.tr("结账后该月不能再记账或过账；更正请在未结账月份做冲销凭证。监委会审核已结账的月份或季度。")))
        self.model = RowsModel([("period", self.tr("月份"), "text"), ("posted", self.tr("已过账凭证"), "text"),
                                ("drafts", self.tr("草稿"), "text"), ("closed", self.tr("结账"), "text"),
                                ("signed", self.tr("监委会签字"), "text")])
        self.model.muted = lambda r: r["is_closed"]
        self.table = make_table(self.model)
        layout.addWidget(self.table, 3)
        layout.addWidget(QLabel(self.tr("村民质询")))
        self.queries = RowsModel([("voucher_no", self.tr("凭证号"), "text"), ("summary", self.tr("摘要"), "text"),
                                  ("asked_on", self.tr("日期"), "text"), ("asked_by", self.tr("提问人"), "text"),
                                  ("question", self.tr("质询"), "text"), ("answer", self.tr("答复"), "text")])
        self.query_table = make_table(self.queries)
        layout.addWidget(self.query_table, 2)
        self.close_button.clicked.connect(self._close)
        self.year_button.clicked.connect(self._close_year)
        self.sign_button.clicked.connect(self._sign)

    def refresh(self) -> None:
        self.model.set_rows(month_rows(self.ctx.store))
        self.table.resizeColumnsToContents()
        self.queries.set_rows(supervision.queries(self.ctx.store))
        self.query_table.resizeColumnsToContents()

    def selected(self) -> dict | None:
        return selected_row(self.table, self.model)

    def _close(self) -> None:
        row = self.selected()
        if row is None:
            return
        if QMessageBox.question(self, self.tr("结账"), self.tr("结账后 {p} 不能再记账，确定结账吗？").format(
                p=row["period"])) != QMessageBox.Yes:
            return
        if attempt(self, lambda: periods.close_period(self.ctx.store, row["period"])):
            self.ctx.changed("funds")

    def _close_year(self) -> None:
        row = self.selected()
        if row is None:
            return
        year = row["period"][:4]
        if QMessageBox.question(self, self.tr("年结"), self.tr(
                "年结将结清 {y} 年全部未结账的月份，之后该年度不能再记账。确定吗？").format(y=year)) != QMessageBox.Yes:
            return
        if attempt(self, lambda: periods.close_period(self.ctx.store, year)):
            self.ctx.changed("funds")

    def _sign(self) -> None:
        row = self.selected()
        if SignoffDialog(self.ctx.store, row["period"] if row else "", self).exec():
            self.ctx.changed("funds")
