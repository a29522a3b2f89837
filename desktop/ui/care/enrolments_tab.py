"""入托人员: who is enrolled at the chosen place (and, ticked, who has left); 登记入托 and 办理退托."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desktop.core.care import enrolment
from desktop.core.roster.idcard import mask
from desktop.ui.care.dialogs import EnrolDialog, LeaveDialog
from desktop.ui.care.tables import fill, record_table
from desktop.ui.core_labels import core_label
from desktop.ui.flow_row import FlowRow


class EnrolmentsTab(QWidget):
    def __init__(self, ctx, bar, parent=None):
        super().__init__(parent)
        self.ctx, self.bar, self.store = ctx, bar, ctx.store
        self._rows: list[dict] = []
        v = QVBoxLayout(self)
        row = FlowRow()
        self.enrol_button = QPushButton(self.tr("登记入托…"))
        self.leave_button = QPushButton(self.tr("办理退托…"))
        self.show_ended = QCheckBox(self.tr("含已退托"))
        row.addWidget(self.enrol_button)
        row.addWidget(self.leave_button)
        row.addWidget(self.show_ended)
        row.addStretch(1)
        self.count = QLabel()
        row.addWidget(self.count)
        v.addLayout(row)
        self.table = record_table("care_enrolments")
        v.addWidget(self.table, 1)
        self.enrol_button.clicked.connect(self._enrol)
        self.leave_button.clicked.connect(self._leave)
        self.show_ended.toggled.connect(lambda _on: self.refresh())

    def refresh(self) -> None:
        place = self.bar.place()
        self._rows = []
        if place:
            today = date.today().isoformat()
            self._rows = enrolment.enrolments(store=self.store, place_id=place["id"],
                                              **({} if self.show_ended.isChecked() else {"first": today}))
        headers = [self.tr("姓名"), self.tr("性别"), self.tr("出生日期"), self.tr("身份证号"), self.tr("户号"),
                   self.tr("入托日期"), self.tr("结束日期"), self.tr("结束原因")]
        fill(self.table, headers, [[e["name"], core_label(e["gender"]), e["birth_date"], mask(e["id_number"]),
                                    e["hh_no"], e["start_date"], e["end_date"], e["end_reason"]] for e in self._rows])
        if place:
            n = enrolment.enrolled_count(self.store, place["id"], date.today().isoformat())
            cap = place["capacity"]
            self.count.setText(self.tr("今日在托 %1 人").replace("%1", str(n)) +
                               (self.tr("，核定名额 %1 人").replace("%1", str(cap)) if cap else ""))

    def _enrol(self) -> None:
        place = self.bar.place()
        if place is None:
            return
        dialog = EnrolDialog(self.store, place, self)
        if dialog.exec() and dialog.warnings:
            QMessageBox.information(self, self.tr("请注意"), "\n".join(dialog.warnings))

    def _leave(self) -> None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self._rows):
            QMessageBox.information(self, self.tr("办理退托"), self.tr("请先选中一位在托人员。"))
            return
        LeaveDialog(self.store, self._rows[row], self).exec()
