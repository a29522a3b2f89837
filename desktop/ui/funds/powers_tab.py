"""小微权力清单: the village's list of small powers (editable), each power's procedure,
holder and supervising body, and every use of it with its supervision; printable."""
from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget)

from db.files import write_bytes
from desktop.core.funds import powers, printouts
from desktop.ui.funds.decision_dialogs import PowerDialog, PowerUseDialog
from desktop.ui.core_labels import core_label
from desktop.ui.kit.rows import RowsModel, make_table, selected_row
from desktop.ui.ops import run_op


class PowersTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.seed_button = QPushButton(self.tr("载入示范清单"))
        self.add_button = QPushButton(self.tr("新增"))
        self.edit_button = QPushButton(self.tr("修改"))
        self.use_button = QPushButton(self.tr("登记行使"))
        self.pdf_button = QPushButton(self.tr("打印清单 PDF"))
        for b in (self.seed_button, self.add_button, self.edit_button, self.use_button, self.pdf_button):
            bar.addWidget(b)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.empty = QLabel(self.tr("本村还没有小微权力清单。点“载入示范清单”从江苏、宁海等地通行的清单开始"
                                    "（村级工程项目、资金支出审批、低保评议……），再按本村情况修改。"))
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        split = QSplitter(Qt.Vertical)
        self.model = RowsModel([("seq", self.tr("序号"), "text"), ("category", self.tr("类别"), "text"),
                                ("name", self.tr("权力事项"), "text"), ("holder", self.tr("责任主体"), "text"),
                                ("flow", self.tr("办理流程"), "text"), ("supervisor", self.tr("监督主体"), "text"),
                                ("uses", self.tr("行使次数"), "text")])
        self.table = make_table(self.model)
        split.addWidget(self.table)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.RichText)
        lower_layout.addWidget(self.detail)
        self.uses = RowsModel([("date", self.tr("日期"), "text"), ("kind", self.tr("类型"), "term"),
                               ("subject", self.tr("事项"), "text"), ("amount_fen", self.tr("金额"), "money"),
                               ("status", self.tr("状态/经办"), "term"), ("seen", self.tr("监督情况"), "text")])
        self.use_table = make_table(self.uses)
        lower_layout.addWidget(self.use_table)
        split.addWidget(lower)
        layout.addWidget(split, 1)
        self.seed_button.clicked.connect(self._seed)
        self.add_button.clicked.connect(self._add)
        self.edit_button.clicked.connect(self._edit)
        self.use_button.clicked.connect(self._use)
        self.pdf_button.clicked.connect(self._pdf)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show())

    def refresh(self) -> None:
        keep = (self.selected() or {}).get("id")
        rows = powers.list_powers(self.ctx.store)
        for p in rows:
            p["flow"] = powers.describe(p)
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not rows)
        self.seed_button.setVisible(not rows)
        for i, p in enumerate(rows):
            if p["id"] == keep or (keep is None and i == 0):
                self.table.selectRow(i)
        self._show()

    def selected(self) -> dict | None:
        return selected_row(self.table, self.model)

    def _show(self) -> None:
        p = self.selected()
        if p is None:
            self.detail.setText("")
            self.uses.set_rows([])
            return
        parts = [self.tr("<b>{name}</b>　责任主体：{holder}　监督主体：{supervisor}").format(
            name=html.escape(p["name"]), holder=html.escape(p["holder"]), supervisor=html.escape(p["supervisor"])),
            self.tr("流程：{flow}").format(flow=html.escape(powers.describe(p)))]
        if p["time_limit"]:
            parts.append(self.tr("时限：{t}").format(t=html.escape(p["time_limit"])))
        if p["disclosure"]:
            parts.append(self.tr("公开内容：{d}").format(d=html.escape(p["disclosure"])))
        self.detail.setText("<br>".join(parts))
        self.uses.set_rows([{**u, "seen": self.supervision_text(u)} for u in powers.uses(self.ctx.store, p["id"])])
        self.use_table.resizeColumnsToContents()

    def supervision_text(self, use: dict) -> str:
        """How a use was supervised, in the interface's language."""
        f = use["facts"]
        if "stages" in f:
            return "；".join(f"{core_label(name)}（{day}）" for name, day in f["stages"]) or self.tr("尚无公开或监督环节")
        if "signed" in f:
            return "、".join(self.tr("{who}（{day}）审核签字").format(who=who, day=day) for who, day in f["signed"]) \
                or self.tr("所在月份未经监委会审核签字")
        who = f["by"] or self.tr("（未登记监督人）")
        return f"{who}：{f['note']}" if f["note"] else who

    def _seed(self) -> None:
        run_op(self, "funds", powers.load_starting_list, self.ctx.store)

    def _add(self) -> None:
        PowerDialog(self.ctx.store, None, self).exec()

    def _edit(self) -> None:
        p = self.selected()
        if p is not None:
            PowerDialog(self.ctx.store, p, self).exec()

    def _use(self) -> None:
        p = self.selected()
        if p is not None:
            PowerUseDialog(self.ctx.store, p, self).exec()

    def _pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存小微权力清单"), self.tr("小微权力清单.pdf"), "PDF (*.pdf)")
        if path:
            run_op(self, None, lambda: write_bytes(path, printouts.power_list_pdf(self.ctx.store)))
