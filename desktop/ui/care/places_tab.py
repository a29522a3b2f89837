"""场所设置: the village's care places (add, change, retire), the chosen place's one-off closed
or open days, and the lowest age for an elderly place."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QSpinBox, QVBoxLayout, QWidget

from desktop.core.care import enrolment, places
from desktop.core.money import yuan
from desktop.ui.care.dialogs import DayDialog, PlaceDialog
from desktop.ui.care.labels import weekdays_text
from desktop.ui.care.tables import fill, record_table
from desktop.ui.core_labels import core_label, core_list
from desktop.ui.flow_row import FlowRow
from desktop.ui.ops import run_op


class PlacesTab(QWidget):
    def __init__(self, ctx, bar, parent=None):
        super().__init__(parent)
        self.ctx, self.bar, self.store = ctx, bar, ctx.store
        self._places: list[dict] = []
        self._days: list[dict] = []
        v = QVBoxLayout(self)
        row = FlowRow()
        self.add_place_button = QPushButton(self.tr("添加场所…"))
        self.edit_place_button = QPushButton(self.tr("修改所选场所…"))
        self.min_age = QSpinBox()
        self.min_age.setRange(40, 100)
        self.min_age.setSuffix(self.tr(" 岁"))
        self.retire_place_button = QPushButton(self.tr("停用所选场所…"))
        row.addWidget(self.add_place_button)
        row.addWidget(self.edit_place_button)
        row.addWidget(self.retire_place_button)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("养老场所最低年龄")))
        row.addWidget(self.min_age)
        v.addLayout(row)
        self.place_table = record_table("care_places")
        v.addWidget(self.place_table, 2)
        days_row = QHBoxLayout()
        days_row.addWidget(QLabel(self.tr("所选场所的临时闭馆/开放日")))
        days_row.addStretch(1)
        self.add_day_button = QPushButton(self.tr("添加…"))
        self.remove_day_button = QPushButton(self.tr("删除所选"))
        days_row.addWidget(self.add_day_button)
        days_row.addWidget(self.remove_day_button)
        v.addLayout(days_row)
        self.day_table = record_table("care_place_days")
        v.addWidget(self.day_table, 1)
        self.place_table.itemSelectionChanged.connect(self._load_days)
        self.add_day_button.clicked.connect(self._add_day)
        self.remove_day_button.clicked.connect(self._remove_day)
        self.add_place_button.clicked.connect(self.add_place)
        self.edit_place_button.clicked.connect(self._edit_place)
        self.retire_place_button.clicked.connect(self._retire_place)
        self.min_age.editingFinished.connect(self._set_min_age)

    def refresh(self) -> None:
        self._places = places.list_places(self.store)
        headers = [self.tr("名称"), self.tr("类型"), self.tr("核定名额"), self.tr("今日在托"), self.tr("开放日"),
                   self.tr("服务项目"), self.tr("每餐补贴（元）"), self.tr("每人每月补贴（元）"), self.tr("年龄范围")]
        fill(self.place_table, headers, [
            [p["name"], core_label(p["kind"]), p["capacity"] or "", p["enrolled"], weekdays_text(p["open_weekdays"]),
             core_list(p["services"]), yuan(p["meal_now_fen"]), yuan(p["person_now_fen"]),
             f"{p['min_age']}–{p['max_age']}" if p["min_age"] is not None else ""] for p in self._places])
        if self._places and self.place_table.currentRow() < 0:
            self.place_table.selectRow(0)
        self._load_days()
        self.min_age.blockSignals(True)
        self.min_age.setValue(enrolment.elder_min_age(self.store))
        self.min_age.blockSignals(False)

    def _selected_place(self) -> dict | None:
        row = self.place_table.currentRow()
        return self._places[row] if 0 <= row < len(self._places) else None

    def _load_days(self) -> None:
        place = self._selected_place()
        self._days = places.list_days(self.store, place["id"]) if place else []
        fill(self.day_table, [self.tr("日期"), self.tr("这一天"), self.tr("说明")],
             [[d["day"], self.tr("开放") if d["is_open"] else self.tr("闭馆"), d["note"]] for d in self._days])

    def _add_day(self) -> None:
        place = self._selected_place()
        if place is None:
            QMessageBox.information(self, self.tr("临时闭馆/开放"), self.tr("请先选中一个场所。"))
            return
        DayDialog(self.store, place, None, self).exec()

    def _remove_day(self) -> None:
        place, row = self._selected_place(), self.day_table.currentRow()
        if place is None or not 0 <= row < len(self._days):
            return
        run_op(self, "care", places.set_day, self.store, place["id"], self._days[row]["day"], None)

    def add_place(self) -> None:
        """The place dialog; a new place becomes the one the page shows."""
        dialog = PlaceDialog(self.store, None, self)
        if dialog.exec():
            self.bar.choose(dialog.place_id)

    def _edit_place(self) -> None:
        place = self._selected_place()
        if place is None:
            QMessageBox.information(self, self.tr("修改场所"), self.tr("请先选中一个场所。"))
            return
        PlaceDialog(self.store, places.get_place(self.store, place["id"]), self).exec()

    def _retire_place(self) -> None:
        place = self._selected_place()
        if place is None:
            QMessageBox.information(self, self.tr("停用场所"), self.tr("请先选中一个场所。"))
            return
        today = date.today().isoformat()
        if QMessageBox.question(self, self.tr("停用场所"), self.tr(
                "从今天（%1）起停用“%2”吗？以前各月的记录和报表保持不变。").replace("%1", today)
                .replace("%2", place["name"])) != QMessageBox.Yes:
            return
        run_op(self, "care", places.close_place, self.store, place["id"], today)

    def _set_min_age(self) -> None:
        run_op(self, "care", enrolment.set_elder_min_age, self.store, self.min_age.value())
