"""Council members: villagers picked from the roster, outsiders by name; terms."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QFormLayout,
                               QHBoxLayout, QInputDialog, QLineEdit, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.core.redwhite import members
from desktop.core.redwhite.codes import ROLES
from desktop.ui.core_labels import core_label
from desktop.ui.ops import run_op
from desktop.ui.kit.person_picker import PersonPicker
from desktop.ui.kit.editors import DateEdit
from desktop.ui.kit.dialogs import dialog_buttons


class MemberDialog(QDialog):
    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("增加理事会成员"))
        form = QFormLayout(self)
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(core_label(role), role)
        self.outsider = QCheckBox(self.tr("不是本村村民（如乡镇驻村干部）"))
        self.person = PersonPicker(store)
        self.name = QLineEdit()
        self.name.setEnabled(False)
        self.phone = QLineEdit()
        self.start = DateEdit(date.today().isoformat())
        self.has_end = QCheckBox(self.tr("任期结束日期"))
        self.end = DateEdit(date.today().isoformat())
        self.end.setEnabled(False)
        form.addRow(self.tr("职务"), self.role)
        form.addRow(self.tr("本村村民"), self.person)
        form.addRow("", self.outsider)
        form.addRow(self.tr("姓名（非村民）"), self.name)
        form.addRow(self.tr("联系电话"), self.phone)
        form.addRow(self.tr("任期开始"), self.start)
        row = QHBoxLayout()
        row.addWidget(self.has_end)
        row.addWidget(self.end)
        form.addRow("", row)
        self.outsider.toggled.connect(lambda on: (self.name.setEnabled(on), self.person.setEnabled(not on)))
        self.has_end.toggled.connect(self.end.setEnabled)
        buttons = dialog_buttons(self, self.save, save=True)
        form.addRow(buttons)
        self.store = store

    def save(self) -> None:
        if run_op(self, "redwhite", lambda: members.add_member(
                self.store, role=self.role.currentData(), term_start=self.start.iso(),
                term_end=self.end.iso() if self.has_end.isChecked() else None,
                person_id=None if self.outsider.isChecked() else self.person.person_id(),
                name=self.name.text() if self.outsider.isChecked() else "", phone=self.phone.text())):
            self.accept()


class MembersTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.current_only = QCheckBox(self.tr("只看现任"))
        self.current_only.setChecked(True)
        self.add_button = QPushButton(self.tr("增加成员"))
        self.end_button = QPushButton(self.tr("结束任期"))
        bar.addWidget(self.current_only)
        bar.addStretch(1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.end_button)
        layout.addLayout(bar)
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels([self.tr("职务"), self.tr("姓名"), self.tr("本村村民"),
                                              self.tr("村民小组"), self.tr("联系电话"), self.tr("任期开始"),
                                              self.tr("任期结束"), self.tr("备注")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.current_only.toggled.connect(self.refresh)
        self.add_button.clicked.connect(self.add_member)
        self.end_button.clicked.connect(self.end_term)
        self.refresh()

    def refresh(self) -> None:
        on = date.today().isoformat() if self.current_only.isChecked() else None
        rows = members.list_members(self.ctx.store, on_date=on)
        self.table.setRowCount(len(rows))
        for r, m in enumerate(rows):
            values = [core_label(m["role"]), m["name"], self.tr("是") if m["person_id"] else self.tr("否"),
                      m["group_name"] or "", m["phone"], m["term_start"], m["term_end"] or self.tr("现任"),
                      m["note"]]
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                item.setData(Qt.UserRole, m["id"])
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def add_member(self) -> None:
        MemberDialog(self.ctx.store, self).exec()

    def end_term(self) -> None:
        items = self.table.selectedItems()
        if not items:
            return
        member_id = items[0].data(Qt.UserRole)
        day, ok = QInputDialog.getText(self, self.tr("结束任期"), self.tr("任期结束日期（年-月-日）："),
                                       text=date.today().isoformat())
        if not ok:
            return
        run_op(self, "redwhite", members.end_term, self.ctx.store, member_id, day)
