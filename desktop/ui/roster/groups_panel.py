"""特殊群体 in the person dialog: current and past memberships; additions, endings and start
dates set later (a group a roster import dated 自导入起) wait for 保存 and are written in the
same transaction as the person."""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QMessageBox,
                               QPushButton, QTableWidgetItem, QVBoxLayout)

from db import Store
from desktop.core.security.visibility import view_group
from desktop.core.roster import codes, groups
from desktop.ui.ops import run_op
from desktop.ui.kit.editors import date_edit
from desktop.ui.kit.dialogs import dialog_buttons
from desktop.ui.kit.tables import read_only_table
from desktop.ui.core_labels import core_label


@dataclass
class PendingChanges:
    """Written with the person by people.save_person."""
    added: list[dict] = field(default_factory=list)     # kwargs for groups.add_membership
    ended: list[dict] = field(default_factory=list)     # kwargs for groups.end_membership
    started: list[dict] = field(default_factory=list)   # kwargs for groups.set_start_date


class AddGroupDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("加入特殊群体"))
        form = QFormLayout(self)
        self.kind = QComboBox()
        for kind in codes.SPECIAL_GROUPS:
            if kind != groups.DERIVED:    # 高龄 follows from the birth date
                self.kind.addItem(core_label(kind), kind)
        self.detail = QComboBox()
        self.grade = QComboBox()
        for number, g in enumerate(groups.DISABILITY_GRADES, 1):
            self.grade.addItem(self.tr("%1级").replace("%1", str(number)), g)
        self.start = date_edit()
        self.note = QLineEdit()
        form.addRow(self.tr("群体："), self.kind)
        form.addRow(self.tr("类别："), self.detail)
        form.addRow(self.tr("残疾等级："), self.grade)
        form.addRow(self.tr("开始日期："), self.start)
        form.addRow(self.tr("备注："), self.note)
        form.addRow(dialog_buttons(self, self._ok))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.detail.clear()
        options = groups.DISABILITY_CATEGORIES if kind == "残疾" else codes.SPECIAL_GROUPS.get(kind, [])
        for o in options:
            self.detail.addItem(core_label(o), o)
        self.detail.setEnabled(bool(options))
        self.grade.setEnabled(kind == "残疾")

    def values(self) -> dict:
        kind = self.kind.currentData()
        out = {"kind": kind, "start": self.start.date().toString("yyyy-MM-dd"), "note": self.note.text()}
        if kind == "残疾":
            out.update(category=self.detail.currentData(), grade=self.grade.currentData())
        elif self.detail.isEnabled():
            out["detail"] = self.detail.currentData()
        return out

    def _ok(self) -> None:
        v = self.values()
        # check the detail now, so the clerk fixes it here and not at 保存
        if run_op(self, None, groups.clean_detail, v["kind"], v.get("detail", ""), category=v.get("category"),
                  grade=v.get("grade")):
            self.accept()


class GroupsPanel(QGroupBox):
    def __init__(self, store: Store, person_id: str | None, parent=None):
        super().__init__(self.tr("特殊群体"), parent)
        self.store, self.person_id = store, person_id
        self.pending = PendingChanges()
        box = QVBoxLayout(self)
        self.table = read_only_table([self.tr("群体"), self.tr("类别"), self.tr("开始"), self.tr("结束"),
                                      self.tr("备注")])
        self.table.setObjectName("person_groups")
        self.table.setMaximumHeight(150)
        box.addWidget(self.table)
        row = QHBoxLayout()
        self.btn_add = QPushButton(self.tr("加入…"))
        self.btn_end = QPushButton(self.tr("结束选中的…"))
        self.btn_start = QPushButton(self.tr("设定起始日期…"))
        self.btn_start.setToolTip(self.tr("花名册导入时表中没有开始日期的记录标为“自导入起”，可在这里补填实际开始日期"))
        row.addWidget(self.btn_add)
        row.addWidget(self.btn_end)
        row.addWidget(self.btn_start)
        row.addStretch(1)
        box.addLayout(row)
        self.btn_add.clicked.connect(self.add)
        self.btn_end.clicked.connect(self.end)
        self.btn_start.clicked.connect(self.set_start)
        self.refresh()

    def rows(self) -> list[dict]:
        stored = [{**view_group(self.store.role, r), "unknown": groups.start_unknown(r["note"])}
                  for r in groups.memberships(self.store, self.person_id)] if self.person_id else []
        ended = {e["membership_id"]: e["on"] for e in self.pending.ended}
        started = {e["membership_id"]: e["start"] for e in self.pending.started}
        out = [{**r, "end_date": ended.get(r["id"], r["end_date"]),
                "start_date": started.get(r["id"], r["start_date"]), "unknown": r["unknown"] and r["id"] not in started,
                "note": r["note"] + (self.tr("（保存后结束）") if r["id"] in ended else "")
                + (self.tr("（开始日期保存后生效）") if r["id"] in started else "")} for r in stored]
        for a in self.pending.added:
            detail = a.get("detail") or (f"{a['category']}{a['grade']}级" if a.get("category") else "")
            out.insert(0, {"id": None, "kind": a["kind"], "detail": detail, "start_date": a["start"],
                           "end_date": None, "note": self.tr("（保存后生效）"), "derived": True})
        return out

    def refresh(self) -> None:
        self._rows = self.rows()
        self.table.setRowCount(len(self._rows))
        for r, m in enumerate(self._rows):
            start = m["start_date"] or ""
            if m.get("unknown"):
                start = self.tr("%1（自导入起）").replace("%1", start)
            shown = (core_label(m["kind"]), core_label(m["detail"]), start, m["end_date"] or "",
                     core_label(m["note"]))
            for c, value in enumerate(shown):
                self.table.setItem(r, c, QTableWidgetItem(value or ""))

    def add(self) -> None:
        dialog = AddGroupDialog(self)
        if dialog.exec():
            self.pending.added.append(dialog.values())
            self.refresh()

    def end(self) -> None:
        row = self.table.currentRow()
        m = self._rows[row] if 0 <= row < len(self._rows) else None
        if m is None or m["derived"] or not m["id"] or m["end_date"]:
            QMessageBox.information(self, self.tr("请选择"),
                                    self.tr("请选中一条尚未结束的记录（高龄按出生日期自动判断，不能手工结束）。"))
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("结束特殊群体记录"))
        form = QFormLayout(dialog)
        day = date_edit()
        reason = QLineEdit()
        form.addRow(self.tr("结束日期："), day)
        form.addRow(self.tr("原因："), reason)
        form.addRow(dialog_buttons(dialog))
        if dialog.exec():
            self.pending.ended.append({"membership_id": m["id"], "on": day.date().toString("yyyy-MM-dd"),
                                       "reason": reason.text()})
            self.refresh()

    def set_start(self) -> None:
        row = self.table.currentRow()
        m = self._rows[row] if 0 <= row < len(self._rows) else None
        if m is None or m["derived"] or not m["id"]:
            QMessageBox.information(self, self.tr("请选择"),
                                    self.tr("请选中一条已保存的特殊群体记录（高龄按出生日期自动判断）。"))
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("设定起始日期"))
        form = QFormLayout(dialog)
        day = date_edit()
        if m["start_date"] and not m.get("unknown"):
            day.setDate(QDate.fromString(m["start_date"], "yyyy-MM-dd"))
        form.addRow(self.tr("实际开始日期："), day)
        form.addRow(dialog_buttons(dialog))
        if dialog.exec():
            self.pending.started = [e for e in self.pending.started if e["membership_id"] != m["id"]]
            self.pending.started.append({"membership_id": m["id"], "start": day.date().toString("yyyy-MM-dd")})
            self.refresh()

