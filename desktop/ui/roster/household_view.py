"""户的页面: head, address, group and grid, members, and the history of who came and went."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout)

from desktop.ui.ops import run_op
from desktop.core import village
from desktop.core.security.visibility import view_person
from desktop.core.roster import codes, life_history, people
from desktop.ui.roster import lifecycle_ui
from desktop.ui.kit.dialogs import dialog_buttons
from desktop.ui.kit.tables import read_only_table
from desktop.ui.core_labels import core_label, relation_label
from desktop.ui.flow_row import FlowRow
from desktop.ui.screen_fit import fit_window


def _fill(table: QTableWidget, rows: list[list[str]], keys: list[str] | None = None) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if keys is not None:
                item.setData(Qt.UserRole, keys[r])
            table.setItem(r, c, item)


class HouseholdDialog(QDialog):
    def __init__(self, ctx, household_id: str, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.household_id = household_id
        fit_window(self, "household", 860, 560)
        layout = QVBoxLayout(self)
        self.info = QFormLayout()
        self.labels = {k: QLabel() for k in ("hh_no", "head", "address", "group", "grid", "status")}
        for key, text in (("hh_no", self.tr("户号")), ("head", self.tr("户主")), ("address", self.tr("住址")),
                          ("group", self.tr("村民小组")), ("grid", self.tr("网格")), ("status", self.tr("状态"))):
            self.labels[key].setTextInteractionFlags(Qt.TextSelectableByMouse)
            self.info.addRow(text + "：", self.labels[key])
        layout.addLayout(self.info)
        self.tabs = QTabWidget()
        self.members = read_only_table([self.tr("姓名"), self.tr("与户主关系"), self.tr("性别"), self.tr("年龄"),
                               self.tr("民族"), self.tr("身份证号"), self.tr("状态"), self.tr("联系电话")])
        self.members.setObjectName("household_members")
        self.history = read_only_table([self.tr("日期"), self.tr("人员"), self.tr("事项"), self.tr("从"), self.tr("到"),
                               self.tr("原因")])
        self.history.setObjectName("household_history")
        self.tabs.addTab(self.members, self.tr("家庭成员"))
        self.tabs.addTab(self.history, self.tr("变动记录"))
        layout.addWidget(self.tabs, 1)
        buttons = FlowRow()
        self.btn_info = QPushButton(self.tr("修改户信息…"))
        self.btn_add = QPushButton(self.tr("添加成员"))
        self.btn_edit = QPushButton(self.tr("修改成员"))
        self.btn_head = QPushButton(self.tr("设为户主"))
        self.btn_move = QPushButton(self.tr("迁到其他户…"))
        self.btn_life = QPushButton(self.tr("迁出/死亡/…"))
        self.btn_close = QPushButton(self.tr("关闭"))
        for b in (self.btn_info, self.btn_add, self.btn_edit, self.btn_head, self.btn_move, self.btn_life):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.btn_close)
        layout.addLayout(buttons)
        self.btn_info.clicked.connect(self.edit_info)
        self.btn_add.clicked.connect(self.add_member)
        self.btn_edit.clicked.connect(self.edit_member)
        self.members.doubleClicked.connect(lambda _i: self.edit_member())
        self.btn_head.clicked.connect(self.make_head)
        self.btn_move.clicked.connect(self.move_member)
        self.btn_life.clicked.connect(self.lifecycle_menu)
        self.btn_close.clicked.connect(self.accept)
        self.refresh()

    def refresh(self) -> None:
        store = self.ctx.store
        hh = view_person(store.role, people.household_detail(store, self.household_id))
        self.setWindowTitle(self.tr("户：%1").replace("%1", hh.get("hh_no", "")))
        self.labels["hh_no"].setText(hh.get("hh_no", ""))
        self.labels["head"].setText(hh.get("head_name") or self.tr("（未设户主）"))
        self.labels["address"].setText(hh.get("address", ""))
        self.labels["group"].setText(hh.get("group_name") or "")
        grid = hh.get("grid_name") or ""
        if hh.get("grid_keeper"):
            grid += self.tr("（网格员 %1）").replace("%1", hh["grid_keeper"])
        self.labels["grid"].setText(grid)
        self.labels["status"].setText(self.tr("正常") if hh.get("status") == "active" else self.tr("已解散"))
        # As the logged-in role may see them (security.visibility).
        self.member_rows = [view_person(store.role, m)
                            for m in people.household_members(store, self.household_id, include_left=True)]
        _fill(self.members, [[m["name"], relation_label(m["relation"]), core_label(m["gender"]),
                              str(people.age_on(m["birth_date"]) or ""),
                              core_label(codes.ETHNICITIES.get(m["ethnicity"], "")), m["id_number"] or "",
                              core_label(m["status"]),
                              m["phone"]] for m in self.member_rows], [m["id"] for m in self.member_rows])
        _fill(self.history, [[e["event_date"], e["person_name"], core_label(e["kind"]), e["from_hh"] or "",
                              e["to_hh"] or "", e["reason"]]
                             for e in life_history.household_timeline(store, self.household_id)])

    def selected_member(self) -> dict | None:
        row = self.members.currentRow()
        if row < 0 or row >= len(self.member_rows):
            QMessageBox.information(self, self.tr("请先选择"), self.tr("请先在列表中选中一位成员。"))
            return None
        return self.member_rows[row]

    def _done(self) -> None:
        """The change was announced by the dialog that made it; this dialog shows it too."""
        self.refresh()

    def edit_info(self) -> None:
        if HouseholdInfoDialog(self.ctx, self.household_id, self).exec():
            self._done()

    def add_member(self) -> None:
        from desktop.ui.roster.person_dialog import PersonDialog
        dialog = PersonDialog(self.ctx, household_id=self.household_id, parent=self)
        if dialog.exec():
            self._done()

    def edit_member(self) -> None:
        m = self.selected_member()
        if m is None:
            return
        from desktop.ui.roster.person_dialog import PersonDialog
        if PersonDialog(self.ctx, person_id=m["id"], parent=self).exec():
            self._done()

    def make_head(self) -> None:
        m = self.selected_member()
        if m is None:
            return
        if lifecycle_ui.change_head(self, self.ctx.store, self.household_id, m):
            self._done()

    def move_member(self) -> None:
        m = self.selected_member()
        if m is not None and lifecycle_ui.move_household(self, self.ctx.store, m):
            self._done()

    def lifecycle_menu(self) -> None:
        m = self.selected_member()
        if m is not None and lifecycle_ui.choose_and_run(self, self.ctx.store, m):
            self._done()


class HouseholdInfoDialog(QDialog):
    """户号, address, 村民小组, 网格 and phone of a household (people.update_household)."""

    def __init__(self, ctx, household_id: str, parent=None):
        super().__init__(parent)
        self.ctx, self.household_id = ctx, household_id
        hh = people.household_detail(ctx.store, household_id)
        self.setWindowTitle(self.tr("修改户信息"))
        self.setMinimumWidth(480)
        form = QFormLayout(self)
        self.hh_no, self.address, self.phone = QLineEdit(hh["hh_no"]), QLineEdit(hh["address"]), QLineEdit(hh["phone"])
        self.group, self.grid = QComboBox(), QComboBox()
        self.group.addItem(self.tr("（未分组）"), None)
        for g in village.groups(ctx.store):
            self.group.addItem(g["name"], g["id"])
        self.grid.addItem(self.tr("（未划网格）"), None)
        for g in village.grids(ctx.store):
            self.grid.addItem(g["name"], g["id"])
        self.group.setCurrentIndex(max(self.group.findData(hh["group_id"]), 0))
        self.grid.setCurrentIndex(max(self.grid.findData(hh["grid_id"]), 0))
        form.addRow(self.tr("户号："), self.hh_no)
        form.addRow(self.tr("住址："), self.address)
        form.addRow(self.tr("村民小组："), self.group)
        form.addRow(self.tr("网格："), self.grid)
        form.addRow(self.tr("联系电话："), self.phone)
        form.addRow(dialog_buttons(self, self.save, save=True))

    def save(self) -> None:
        if run_op(self, "roster", people.update_household, self.ctx.store, self.household_id, hh_no=self.hh_no.text(),
                  address=self.address.text().strip(), group_id=self.group.currentData(),
                  grid_id=self.grid.currentData(), phone=self.phone.text().strip()):
            self.accept()
