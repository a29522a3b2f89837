"""月度上报: a village prepares and submits each month; a township accepts or returns with a comment."""
from __future__ import annotations

import json

from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox, QTextEdit, QVBoxLayout, QWidget

from desktop.core.sync import peers, reports
from desktop.ui.ops import run_op
from desktop.ui.sync.common import fill_table, make_table, month_row, selected_key
from desktop.ui.core_labels import core_label, core_path


class ReportsTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.is_township = peers.my_role(ctx.store) == "township"
        layout = QVBoxLayout(self)
        row, self.month, buttons = month_row(self.tr("月份"), [self.tr("生成本月草稿"), self.tr("上报乡镇"),
                                                             self.tr("接收"), self.tr("退回…")])
        self.prepare_btn, self.submit_btn, self.accept_btn, self.return_btn = buttons
        layout.addLayout(row)
        self.prepare_btn.setVisible(not self.is_township)
        self.submit_btn.setVisible(not self.is_township)
        self.accept_btn.setVisible(self.is_township)
        self.return_btn.setVisible(self.is_township)
        hint = (self.tr("各村上报的月报。选中一份，接收或退回（退回须写明原因），意见随下一次数据包发回村里。")
                if self.is_township else
                self.tr("上报后，月报随下一次导出的数据包送到乡镇；乡镇的接收或退回意见随乡镇的数据包发回。"))
        layout.addWidget(QLabel(hint))
        self.table = make_table([self.tr("单位"), self.tr("月份"), self.tr("状态"), self.tr("上报时间"),
                                 self.tr("审核意见")])
        self.table.setObjectName("syncReports")
        layout.addWidget(self.table, 2)
        self.detail = QTextEdit()
        self.detail.setReadOnly(True)
        layout.addWidget(self.detail, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.prepare_btn.clicked.connect(lambda: self._act(lambda: reports.prepare(self.ctx.store, self._month())))
        self.submit_btn.clicked.connect(lambda: self._act(lambda: reports.submit(self.ctx.store, self._month())))
        self.accept_btn.clicked.connect(lambda: self.review("accepted"))
        self.return_btn.clicked.connect(self._return)
        self.month.currentIndexChanged.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._show_detail)
        self.refresh()

    def _month(self) -> str:
        return self.month.currentText()

    def refresh(self) -> None:
        store = self.ctx.store
        names = peers.site_names(store)
        rows = reports.reports(store, month=self._month()) if self.is_township else reports.reports(store, own=True)
        self._rows = {r["id"]: r for r in rows}
        states = {"draft": self.tr("草稿"), "submitted": self.tr("已上报"), "accepted": self.tr("已接收"),
                  "returned": self.tr("已退回")}
        fill_table(self.table, [[names.get(r["site_id"], ""), r["month"], states[r["status"]],
                                 (r["submitted_at"] or "").replace("T", " ")[:16],
                                 r["comment"] or r.get("last_return_comment", "")] for r in rows],
                   [r["id"] for r in rows])
        self._show_detail()

    def _show_detail(self) -> None:
        key = selected_key(self.table)
        rep = self._rows.get(key) if key else None
        if rep is None:
            self.detail.clear()
            return
        lines = [f"{core_path(reports.leaf_label(k))}：{v}" for k, v in reports.numeric_leaves(rep["data"]).items()]
        self.detail.setPlainText("\n".join(lines) or json.dumps(rep["data"], ensure_ascii=False))

    def _act(self, fn) -> None:
        run_op(self, "sync", fn, on_done=lambda rep: self.message.setText(
            self.tr("%1 月报：%2").replace("%1", rep["month"]).replace("%2", core_label(rep["status_label"]))))

    def review(self, decision: str, comment: str = "") -> None:
        key = selected_key(self.table)
        if key is None:
            QMessageBox.information(self, self.tr("审核"), self.tr("请先选中一份月报。"))
            return
        self._act(lambda: reports.review(self.ctx.store, key, decision, comment))

    def _return(self) -> None:
        comment, ok = QInputDialog.getMultiLineText(self, self.tr("退回月报"), self.tr("退回原因（村里会看到）："))
        if ok:
            self.review("returned", comment)
