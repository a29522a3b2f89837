"""设定起始日期: the roster page's bulk action for special groups a roster import dated by
the import day (自导入起, the sheet gave no start). The clerk ticks the records whose real
start she knows (e.g. every 空巢老人 from the township's 2024 list) and gives one date;
all are set in one transaction or none (groups.set_start_dates)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QHBoxLayout, QLabel, QTableWidgetItem,
                               QVBoxLayout)

from desktop.core.roster import codes, groups
from desktop.ui.core_labels import core_label
from desktop.ui.ops import run_op
from desktop.ui.kit.editors import date_edit
from desktop.ui.kit.dialogs import dialog_buttons
from desktop.ui.kit.tables import read_only_table


class GroupStartDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx, self.store = ctx, ctx.store         # run_op finds ctx here
        self.setWindowTitle(self.tr("设定特殊群体起始日期"))
        self.resize(720, 480)
        v = QVBoxLayout(self)
        intro = QLabel(self.tr("下列特殊群体是从花名册导入的，表中没有开始日期，暂按导入当天算（自导入起），"
                               "所以以前各月的统计不含这些人。勾选知道实际开始日期的记录，填上日期后确定。"))
        intro.setWordWrap(True)
        v.addWidget(intro)
        bar = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("group_start_kind")
        self.kind.addItem(self.tr("全部群体"), None)
        for kind in codes.SPECIAL_GROUPS:
            if kind != groups.DERIVED:
                self.kind.addItem(core_label(kind), kind)
        self.all_box = QCheckBox(self.tr("全选"))
        bar.addWidget(QLabel(self.tr("群体")))
        bar.addWidget(self.kind)
        bar.addWidget(self.all_box)
        bar.addStretch(1)
        v.addLayout(bar)
        self.table = read_only_table([self.tr("姓名"), self.tr("户号"), self.tr("群体"), self.tr("登记的开始日期"),
                                      self.tr("来源")])
        self.table.setObjectName("group_start_table")
        v.addWidget(self.table, 1)
        line = QHBoxLayout()
        line.addWidget(QLabel(self.tr("实际开始日期")))
        self.day = date_edit()
        line.addWidget(self.day)
        line.addStretch(1)
        v.addLayout(line)
        self.info = QLabel()
        self.info.setObjectName("group_start_info")
        v.addWidget(self.info)
        v.addWidget(dialog_buttons(self, self._accept, ok_text=self.tr("设定所选记录")))
        self.kind.currentIndexChanged.connect(self.load)
        self.all_box.toggled.connect(self._tick_all)
        self.updated = 0
        self.load()

    def load(self, *_args) -> None:
        self.rows = groups.undated_memberships(self.store, self.kind.currentData())
        self.table.setRowCount(len(self.rows))
        for r, m in enumerate(self.rows):
            name = QTableWidgetItem(m["name"])
            name.setFlags(name.flags() | Qt.ItemIsUserCheckable)
            name.setCheckState(Qt.Unchecked)
            self.table.setItem(r, 0, name)
            source = m["note"].split("；", 1)[0].removeprefix("从 ").split(" 导入", 1)[0]
            for c, text in enumerate((m["hh_no"] or "", core_label(m["kind"]), m["start_date"] or "", source), 1):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.all_box.blockSignals(True)
        self.all_box.setChecked(False)
        self.all_box.blockSignals(False)
        self.info.setText("" if self.rows else self.tr("没有需要补填开始日期的记录。"))

    def _tick_all(self, on: bool) -> None:
        for r in range(self.table.rowCount()):
            self.table.item(r, 0).setCheckState(Qt.Checked if on else Qt.Unchecked)

    def chosen(self) -> list[str]:
        return [self.rows[r]["id"] for r in range(self.table.rowCount())
                if self.table.item(r, 0).checkState() == Qt.Checked]

    def _accept(self) -> None:
        done = run_op(self, "roster", groups.set_start_dates, self.store, self.chosen(),
                      self.day.date().toString("yyyy-MM-dd"))
        if done:                 # refused: said in a message box, the dialog stays open
            self.updated = done.value
            self.accept()
