"""议事决策: the 四议两公开 matters, each stage's progress, and the two 公开 notices."""
from __future__ import annotations

import html

from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QInputDialog, QLabel, QPushButton, QSplitter,
                               QTextBrowser, QVBoxLayout, QWidget)
from PySide6.QtCore import Qt

from db.files import write_bytes
from desktop.core.funds import decisions, notices
from desktop.core.money import yuan
from desktop.ui.funds.decision_dialogs import AdvanceDialog, DecisionDialog, RepublishDialog, SettingsDialog
from desktop.ui.kit.rows import RowsModel, make_table, selected_row
from desktop.ui.ops import run_op
from desktop.ui.jobs import run_job
from desktop.ui.core_labels import core_label
from desktop.ui.flow_row import FlowRow
from desktop.core.filenames import safe_filename


def _notice_pdf(store, progress, kind: str, decision_id: str) -> bytes:
    progress(0, 0, "")
    collect = notices.collect_resolution if kind == "resolution" else notices.collect_result
    return notices.render_pdf(collect(store, decision=decision_id))


class StageProgress(QWidget):
    """One box per stage: done (green, with date and votes), next (bold), later (grey)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.layout_.addWidget(self.title)
        self.row = QHBoxLayout()
        self.layout_.addLayout(self.row)
        self.details = QTextBrowser()
        self.layout_.addWidget(self.details, 1)
        self.boxes: list[QLabel] = []

    def show_decision(self, d: dict | None) -> None:
        for b in self.boxes:
            b.deleteLater()
        self.boxes = []
        if d is None:
            self.title.setText(self.tr("选择上方的议事事项查看各环节。"))
            self.details.setHtml("")
            return
        self.title.setText(self.tr("{title}　{amount} 元　状态：{status}　已支出 {spent} 元").format(
            title=d["title"], amount=yuan(d["amount_fen"]), status=core_label(d["status"]), spent=yuan(d["spent_fen"])))
        records = {r["stage_index"]: r for r in d["records"]}
        lines = []
        for i, stage in enumerate(d["stages"]):
            rec = records.get(i)
            box = QLabel()
            box.setAlignment(Qt.AlignCenter)
            box.setMinimumWidth(110)
            box.setWordWrap(True)
            if rec and rec["outcome"]:
                box.setText(f"✗ {core_label(stage['name'])}\n{rec['held_on']} {core_label(rec['outcome'])}")
                box.setStyleSheet("background:#f6d6d6; border:1px solid #b33; padding:6px;")
            elif rec:
                box.setText(f"✓ {core_label(stage['name'])}\n{rec['held_on']}")
                box.setStyleSheet("background:#d8f0d8; border:1px solid #5a5; padding:6px;")
                votes = ""
                if rec["in_favour"] is not None:
                    votes = self.tr("应到 {m}，实到 {p}，赞成 {f}，反对 {a}，弃权 {b}").format(
                        m=rec["members"], p=rec["present"], f=rec["in_favour"], a=rec["against"] or 0,
                        b=rec["abstain"] or 0)
                if rec["outcome"]:
                    votes += "　" + self.tr("表决未通过")
                lines.append(self.tr("<b>{stage}</b>（{day}）{votes}<br>{minutes}").format(
                    stage=html.escape(core_label(stage["name"])), day=rec["held_on"], votes=votes,
                    minutes=html.escape(rec["minutes"])))
            elif i == d["stages_done"] and d["status"] not in decisions.CLOSED:
                box.setText(f"→ {core_label(stage['name'])}")
                box.setStyleSheet("background:#fff6d0; border:1px solid #c90; padding:6px; font-weight:bold;")
            else:
                box.setText(core_label(stage["name"]))
                box.setStyleSheet("background:#eeeeee; border:1px solid #bbb; color:#777; padding:6px;")
            if stage["resolution"]:
                box.setToolTip(self.tr("决议环节：到达后可据此支出"))
            self.row.addWidget(box)
            self.boxes.append(box)
        kinds = {"withdraw": self.tr("撤回"), "reopen": self.tr("重新打开实施结果"),
                 "republish": self.tr("重新公开实施结果")}
        for e in d.get("events", []):
            lines.append(self.tr("<b>{kind}</b>（{day}）{reason}").format(
                kind=kinds.get(e["kind"], e["kind"]), day=e["event_date"], reason=html.escape(e["reason"])))
        if d["note"]:
            lines.append(html.escape(d["note"]).replace("\n", "<br>"))
        self.details.setHtml("<br>".join(lines))


class DecisionsTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._jobs = []
        layout = QVBoxLayout(self)
        bar = FlowRow()
        self.add_button = QPushButton(self.tr("新建事项"))
        self.advance_button = QPushButton(self.tr("记录下一环节"))
        self.end_button = QPushButton(self.tr("撤回事项"))
        self.reopen_button = QPushButton(self.tr("重新打开实施结果"))
        self.republish_button = QPushButton(self.tr("重新公开实施结果"))
        self.resolution_button = QPushButton(self.tr("决议公告 PDF"))
        self.result_button = QPushButton(self.tr("实施结果公告 PDF"))
        self.settings_button = QPushButton(self.tr("议事设置"))
        for b in (self.add_button, self.advance_button, self.end_button, self.reopen_button, self.republish_button,
                  self.resolution_button, self.result_button):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.settings_button)
        layout.addLayout(bar)
        split = QSplitter(Qt.Vertical)
        self.model = RowsModel([("title", self.tr("事项"), "text"), ("amount_fen", self.tr("金额"), "money"),
                                ("status", self.tr("状态"), "term"), ("progress", self.tr("进展"), "text"),
                                ("next", self.tr("下一环节"), "term"), ("spent_fen", self.tr("已支出"), "money")])
        self.model.muted = lambda r: r["status"] == decisions.COMPLETED or r["status"] in decisions.CLOSED
        self.table = make_table(self.model, stretch=False)
        split.addWidget(self.table)
        self.progress = StageProgress()
        split.addWidget(self.progress)
        layout.addWidget(split)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show())
        self.add_button.clicked.connect(self._add)
        self.advance_button.clicked.connect(self._advance)
        self.end_button.clicked.connect(self._end)
        self.reopen_button.clicked.connect(self._reopen)
        self.republish_button.clicked.connect(self._republish)
        self.resolution_button.clicked.connect(lambda: self._notice("resolution"))
        self.result_button.clicked.connect(lambda: self._notice("result"))
        self.settings_button.clicked.connect(self._settings)

    def refresh(self) -> None:
        keep = (self.selected() or {}).get("id")
        rows = decisions.list_decisions(self.ctx.store)
        for d in rows:
            d["progress"] = f"{d['stages_done']}/{len(d['stages'])} {core_label(d['reached'])}"
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        for i, d in enumerate(rows):
            if d["id"] == keep:
                self.table.selectRow(i)
        self._show()

    def selected(self) -> dict | None:
        return selected_row(self.table, self.model)

    def _show(self) -> None:
        self.progress.show_decision(self.selected())

    def _add(self) -> None:
        DecisionDialog(self.ctx.store, self).exec()

    def _advance(self) -> None:
        d = self.selected()
        if d is None:
            return
        if decisions.next_stage(d) is None:
            run_op(self, "funds", decisions.advance, self.ctx.store, d["id"])   # says why
            return
        AdvanceDialog(self.ctx.store, d, self).exec()

    def _end(self) -> None:
        d = self.selected()
        if d is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("撤回事项"), self.tr("撤回原因（必填，记入事项记录）"))
        if ok:
            run_op(self, "funds", decisions.withdraw, self.ctx.store, d["id"], reason)

    def _reopen(self) -> None:
        d = self.selected()
        if d is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("重新打开实施结果"), self.tr(
            "实施结果已公开。追加支出或冲销前须重新打开，记账后再重新公开。原因（必填）："))
        if ok:
            run_op(self, "funds", decisions.reopen_result, self.ctx.store, d["id"], reason)

    def _republish(self) -> None:
        d = self.selected()
        if d is None:
            return
        RepublishDialog(self.ctx.store, d, self).exec()

    def _notice(self, kind: str) -> None:
        d = self.selected()
        if d is None:
            return
        title = self.tr("决议公告") if kind == "resolution" else self.tr("实施结果公告")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存 PDF"), safe_filename(f"{d['title']}{title}.pdf"),
                                              "PDF (*.pdf)")
        if not path:
            return
        job = run_job(self, title, self.ctx.db_path, _notice_pdf, kind, d["id"])
        job.done.connect(lambda data: _save(self, path, data))
        self._jobs.append(job)

    def _settings(self) -> None:
        SettingsDialog(self.ctx.store, self).exec()


def _save(parent, path: str, data: bytes) -> None:
    run_op(parent, None, write_bytes, path, data)
