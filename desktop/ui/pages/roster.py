"""花名册: search as the clerk types, filters, and a table that loads as it scrolls."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from desktop.core import village
from desktop.core.roster import codes
from desktop.core.roster import search as roster_search
from desktop.ui.roster.exact_count import ExactCounter
from desktop.ui.roster.table_model import RosterFilter, RosterModel
from desktop.ui.core_labels import core_label
from desktop.ui.flow_row import FlowRow
from desktop.ui.kit.empty import EmptyState

SEARCH_DELAY_MS = 180   # long enough to skip the keystrokes in between, short enough to feel instant


class Page(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("roster_search")
        self.search.setPlaceholderText(self.tr("查找：姓名、拼音首字母（如 zsf）、全拼、身份证号后几位、户号  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        bar.addWidget(self.search, 1)
        self.group = QComboBox()
        self.status = QComboBox()
        self.special = QComboBox()
        for combo, name in ((self.group, "roster_group"), (self.status, "roster_status"),
                            (self.special, "roster_special")):
            combo.setObjectName(name)
            combo.setMinimumContentsLength(6)
            bar.addWidget(combo)
        self._fill_filters()
        layout.addLayout(bar)

        actions = FlowRow()
        self.count_label = QLabel()
        self.count_label.setObjectName("roster_count")
        actions.addWidget(self.count_label)
        actions.addStretch(1)
        self.btn_new = QPushButton(self.tr("新增人员 (Ctrl+N)"))
        self.btn_edit = QPushButton(self.tr("修改"))
        self.btn_household = QPushButton(self.tr("查看本户"))
        self.btn_import = QPushButton(self.tr("从 Excel 导入…"))
        self.btn_export = QPushButton(self.tr("导出到 Excel…"))
        self.btn_group_dates = QPushButton(self.tr("设定起始日期…"))
        self.btn_group_dates.setToolTip(self.tr("补填花名册导入时没有开始日期的特殊群体（自导入起）"))
        for b in (self.btn_new, self.btn_edit, self.btn_household, self.btn_import, self.btn_export,
                  self.btn_group_dates):
            actions.addWidget(b)
        layout.addLayout(actions)

        self.model = RosterModel(ctx.store, self)
        self.table = QTableView()
        self.table.setObjectName("roster_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((130, 50, 50, 80, 190, 90, 90, 80, 80, 120)):
            self.table.setColumnWidth(col, width)
        layout.addWidget(self.table, 1)
        self.empty = EmptyState(
            self.tr("花名册里还没有人"),
            self.tr("村里已有 Excel 花名册（户籍册）的，点“导入花名册”一次导入全村；也可以点“添加人员”一个一个登记。"),
            [(self.tr("导入花名册…"), self.import_excel), (self.tr("添加人员…"), self.new_person)],
            name="roster_empty")
        self.empty.hide()
        layout.addWidget(self.empty, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self.apply_filter)
        for combo in (self.group, self.status, self.special):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.table.doubleClicked.connect(lambda _i: self.edit_person())
        self.btn_new.clicked.connect(self.new_person)
        self.btn_edit.clicked.connect(self.edit_person)
        self.btn_household.clicked.connect(self.open_household)
        self.btn_import.clicked.connect(self.import_excel)
        self.btn_export.clicked.connect(self.export_excel)
        self.btn_group_dates.clicked.connect(self.set_group_dates)
        self.table.activated.connect(lambda _i: self.edit_person())
        self._stale = False
        ctx.data_changed.connect(self._mark_stale)     # first: refresh() below reloads a stale list
        ctx.follow(self)
        self._counter = ExactCounter()      # no parent: a late answer never meets a deleted object
        self._counter.counted.connect(self._exact_total)
        self._update_count()

    def _mark_stale(self, _area: str) -> None:
        self._stale = True

    # ---------------------------------------------------------------- filters
    def _fill_filters(self) -> None:
        keep = (self.group.currentData(), self.status.currentData(), self.special.currentData())
        for combo in (self.group, self.status, self.special):
            combo.blockSignals(True)
            combo.clear()
        self.group.addItem(self.tr("全部小组"), None)
        for g in village.groups(self.ctx.store):
            self.group.addItem(g["name"], g["name"])
        self.status.addItem(self.tr("全部状态"), None)
        for s in codes.STATUSES:
            self.status.addItem(core_label(s), s)
        self.special.addItem(self.tr("全部人群"), None)
        for kind in codes.SPECIAL_GROUPS:
            self.special.addItem(core_label(kind), kind)
        for combo, value in zip((self.group, self.status, self.special), keep):
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)

    def current_filter(self) -> RosterFilter:
        return RosterFilter(self.search.text().strip(), self.group.currentData(), self.status.currentData(),
                            self.special.currentData())

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(self.current_filter())
        self._update_count()

    def _update_count(self) -> None:
        if self.model.total == 0 and roster_search.too_short_for_middle(self.current_filter().query):
            # One character is matched at the start of the name or of the given name only.
            self.count_label.setText(self.tr("没有姓名或名字以“%1”开头的人。要查姓名中间的字，请至少输入两个字。")
                                     .replace("%1", self.current_filter().query))
        elif self.model.total == 0 and self.current_filter() != RosterFilter():
            self.count_label.setText(self.tr("没有找到符合条件的人。可以少输几个字，或把筛选条件改回“全部”。"))
        elif not self.model.total_exact:
            # More than the model counted: say so at once, the exact total follows from a worker.
            self.count_label.setText(self.tr("共 %1+ 人（正在统计总数……）").replace("%1", f"{self.model.total:,}"))
            if self.ctx.store.path is not None:
                self._counter.start(self.ctx.store.path, self.model.filter)
            else:
                self._exact_total(self.model.filter, roster_search.count(self.ctx.store, self.model.filter.query,
                                                                         **self.model.filter.kwargs()))
        else:
            self._say_total(self.model.total)
        empty = self.model.total == 0 and self.current_filter() == RosterFilter()
        self.empty.setVisible(empty)
        self.table.setVisible(not empty)

    def _say_total(self, total: int) -> None:
        """The count, and, over all statuses, how many of them are 在册: the overview's 在册人数
        counts only those, and the two numbers must not look like a contradiction."""
        text = self.tr("共 %1 人").replace("%1", str(total))
        flt = self.current_filter()
        if total and flt.status is None:
            in_register = roster_search.count(self.ctx.store, flt.query, **{**flt.kwargs(), "status": "在册"})
            if in_register != total:
                text = self.tr("共 %1 人（各种状态；其中在册 %2 人，即概览页的“在册人数”）") \
                    .replace("%1", str(total)).replace("%2", str(in_register))
        self.count_label.setText(text)

    def _exact_total(self, flt: RosterFilter, total: int) -> None:
        if self.model.set_exact_total(flt, total):
            self._say_total(total)

    def refresh(self) -> None:
        """Reload only after a change: showing the page again keeps the clerk's place."""
        if not self._stale:
            return
        self._stale = False
        self._fill_filters()
        self.reload_keeping_place()
        self._update_count()

    def reload_keeping_place(self) -> None:
        """Reload after an edit without sending the clerk back to the top of a long list."""
        current = self.table.currentIndex()
        chosen = self.selected_person()
        top = max(self.table.rowAt(0), 0)
        keep_row = max(top, current.row() if current.isValid() else 0)
        self.model.reload()
        while self.model.rowCount() <= keep_row and self.model.canFetchMore():
            self.model.fetchMore()
        if chosen is not None:
            for row, person in enumerate(self.model.rows):
                if person["id"] == chosen["id"]:
                    self.table.selectRow(row)
                    break
        if self.model.rowCount():
            self.table.scrollTo(self.model.index(min(top, self.model.rowCount() - 1), 0),
                                QAbstractItemView.PositionAtTop)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # ---------------------------------------------------------------- actions
    def selected_person(self) -> dict | None:
        idx = self.table.currentIndex()
        return self.model.person_at(idx.row()) if idx.isValid() else None

    def new_person(self) -> None:
        from desktop.ui.roster.person_dialog import PersonDialog
        PersonDialog(self.ctx, parent=self).exec()

    def edit_person(self) -> None:
        person = self.selected_person()
        if person is None:
            return
        from desktop.ui.roster.person_dialog import PersonDialog
        PersonDialog(self.ctx, person_id=person["id"], parent=self).exec()

    def open_household(self) -> None:
        person = self.selected_person()
        if person is None or not person.get("household_id"):
            return
        from desktop.ui.roster.household_view import HouseholdDialog
        HouseholdDialog(self.ctx, person["household_id"], parent=self).exec()

    def import_excel(self) -> None:
        from desktop.ui.roster.import_wizard import ImportWizard
        ImportWizard(self.ctx, parent=self).exec()

    def set_group_dates(self) -> None:
        from desktop.ui.roster.group_dates import GroupStartDialog
        GroupStartDialog(self.ctx, parent=self).exec()

    def export_excel(self) -> None:
        from desktop.ui.roster.export import export_roster_dialog
        export_roster_dialog(self, self.ctx, self.current_filter())
