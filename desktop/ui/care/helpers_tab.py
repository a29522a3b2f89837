"""工作人员和志愿者: who serves the chosen place and their hours in the chosen month; adding
one, recording hours, ending (or resuming) a service. The same core functions as
`cunwu care helper ...`."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desktop.core.care import helpers
from desktop.core.inputs.dates import month_bounds
from desktop.ui.care.dialogs import _Dialog, date_edit, iso
from desktop.ui.care.tables import fill, record_table
from desktop.ui.core_labels import core_label
from desktop.ui.flow_row import FlowRow


def _hours(minutes: int) -> str:
    return f"{minutes / 60:g}"


class HelperDialog(_Dialog):
    """A staff member or volunteer: a villager found in the roster, or an outsider by name."""

    def __init__(self, store, place: dict, parent=None):
        super().__init__(self.tr("登记工作人员或志愿者：%1").replace("%1", place["name"]), parent)
        self.store, self.place = store, place
        self.role = QComboBox()
        for role in helpers.ROLES:
            self.role.addItem(core_label(role), role)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("姓名；本村村民也可写身份证后几位或“姓名 户号”"))
        self.outsider = QCheckBox(self.tr("不是本村花名册中的人（只记姓名）"))
        self.start = date_edit()
        self.phone = QLineEdit()
        self.form.addRow(self.tr("身份"), self.role)
        self.form.addRow(self.tr("姓名"), self.name)
        self.form.addRow("", self.outsider)
        self.form.addRow(self.tr("开始服务日期"), self.start)
        self.form.addRow(self.tr("联系电话"), self.phone)

    def save(self) -> None:
        person_id = None
        if not self.outsider.isChecked():
            from desktop.core.inputs.person import find_person
            person_id = find_person(self.store, self.name.text(), own_site=True, field="name",
                                    label=self.tr("姓名"))["id"]
        self.helper_id = helpers.add_helper(self.store, self.place["id"], name=self.name.text(),
                                            role=self.role.currentData(), person_id=person_id,
                                            start_date=iso(self.start.date()), phone=self.phone.text())


class HoursDialog(_Dialog):
    """Hours one helper served on one day (the same day again corrects it)."""

    def __init__(self, store, helper_rows: list[dict], chosen: str | None, day: str | None = None, parent=None):
        super().__init__(self.tr("登记服务时长"), parent)
        self.store = store
        self.helper = QComboBox()
        for h in helper_rows:
            self.helper.addItem(f"{h['name']}（{core_label(h['role'])}）", h["id"])
        if chosen:
            self.helper.setCurrentIndex(max(self.helper.findData(chosen), 0))
        self.day = date_edit(day)
        self.hours = QLineEdit()
        self.hours.setPlaceholderText(self.tr("小时数，如 2 或 2.5"))
        self.form.addRow(self.tr("人员"), self.helper)
        self.form.addRow(self.tr("服务日期"), self.day)
        self.form.addRow(self.tr("服务时长（小时）"), self.hours)

    def save(self) -> None:
        helpers.record_hours(self.store, self.helper.currentData(), iso(self.day.date()), self.hours.text())


class EndServiceDialog(_Dialog):
    """The last day a helper serves the place, or (ticked) no end: serving again."""

    def __init__(self, store, helper: dict, parent=None):
        super().__init__(self.tr("结束服务：%1").replace("%1", helper["name"]), parent)
        self.store, self.helper = store, helper
        self.end = date_edit(helper["end_date"] or date.today().isoformat())
        self.resume = QCheckBox(self.tr("继续服务（取消结束日期）"))
        self.resume.setVisible(bool(helper["end_date"]))
        self.resume.toggled.connect(lambda on: self.end.setEnabled(not on))
        self.form.addRow(self.tr("开始服务日期"), QLabel(helper["start_date"]))
        self.form.addRow(self.tr("服务到（含这一天）"), self.end)
        self.form.addRow("", self.resume)

    def save(self) -> None:
        helpers.end_service(self.store, self.helper["id"], None if self.resume.isChecked() else iso(self.end.date()))


class HelpersTab(QWidget):
    """Staff and volunteers of the place: this month's hours and in all, and the chosen one's days."""

    def __init__(self, ctx, bar, parent=None):
        super().__init__(parent)
        self.ctx, self.bar, self.store = ctx, bar, ctx.store
        self.place: dict | None = None
        self.month = ""
        self._rows: list[dict] = []
        v = QVBoxLayout(self)
        row = FlowRow()
        self.add_button = QPushButton(self.tr("登记人员…"))
        self.hours_button = QPushButton(self.tr("登记服务时长…"))
        row.addWidget(self.add_button)
        row.addWidget(self.hours_button)
        self.end_button = QPushButton(self.tr("结束服务…"))
        row.addWidget(self.end_button)
        row.addStretch(1)
        # The month's summary, one label per role, each kept on one line: the summary moves to
        # the next line whole, and where even that is too narrow it wraps between the items,
        # never inside one (a single wrapped label broke "64 小时" on a 1024 screen).
        self.summary = QWidget()
        self.summary.setObjectName("care_helpers_summary")
        items = FlowRow(self.summary, spacing=0)
        self.summary_items: list[QLabel] = []
        for _role in helpers.ROLES:
            item = QLabel()
            item.setProperty("noWrap", True)
            items.addWidget(item)
            self.summary_items.append(item)
        row.addWidget(self.summary)
        v.addLayout(row)
        self.table = record_table("care_helpers")
        v.addWidget(self.table, 2)
        self.days_label = QLabel()
        v.addWidget(self.days_label)
        self.days_table = record_table("care_helper_days")
        v.addWidget(self.days_table, 1)
        self.add_button.clicked.connect(self.add_helper)
        self.hours_button.clicked.connect(self.record_hours)
        self.end_button.clicked.connect(self.end_service)
        self.table.itemSelectionChanged.connect(self._load_days)

    def refresh(self) -> None:
        self.load(self.bar.place(), self.bar.month_text())

    def load(self, place: dict | None, month: str) -> None:
        self.place, self.month = place, month
        chosen = self.selected()
        self._rows = helpers.list_helpers(self.store, place["id"]) if place else []
        first, last = (d.isoformat() for d in month_bounds(month))
        in_month = helpers.minutes_by_helper(self.store, place["id"], first, last) if place else {}
        for h in self._rows:
            h["month_minutes"] = in_month.get(h["id"], 0)
        fill(self.table, [self.tr("姓名"), self.tr("身份"), self.tr("联系电话"), self.tr("开始"), self.tr("结束"),
                          self.tr("%1 小时").replace("%1", month), self.tr("累计小时")],
             [[h["name"], core_label(h["role"]), h["phone"], h["start_date"], h["end_date"] or "",
               _hours(h["month_minutes"]), _hours(h["minutes"])] for h in self._rows])
        summary = helpers.helpers_summary(self.store, place["id"], first, last) if place else {}
        parts = [self.tr("%1 %2 人 %3 小时").replace("%1", core_label(role)).replace("%2", str(v["people"]))
                 .replace("%3", _hours(v["minutes"])) for role, v in summary.items() if v["people"]]
        self._show_summary((parts or [self.tr("无服务记录")]) if place else [])
        self.add_button.setEnabled(bool(place and place["active"]))
        self.hours_button.setEnabled(bool(self._rows))
        self.end_button.setEnabled(bool(self._rows))
        ids = [h["id"] for h in self._rows]
        if chosen and chosen["id"] in ids:
            self.table.selectRow(ids.index(chosen["id"]))
        elif self._rows:
            self.table.selectRow(0)
        self._load_days()

    def _show_summary(self, parts: list[str]) -> None:
        """本月：item；item — each item in its own label, the separator ending the one before."""
        texts = [(self.tr("本月：") if i == 0 else "") + part + ("；" if i < len(parts) - 1 else "")
                 for i, part in enumerate(parts)]
        for i, item in enumerate(self.summary_items):
            item.setText(texts[i] if i < len(texts) else "")
            item.setVisible(i < len(texts))

    def selected(self) -> dict | None:
        row = self.table.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _load_days(self) -> None:
        helper = self.selected()
        entries = []
        if helper and self.month:
            first, last = (d.isoformat() for d in month_bounds(self.month))
            entries = helpers.time_entries(self.store, helper["id"], first, last)
        self.days_label.setText(self.tr("%1 在 %2 的服务记录").replace("%1", helper["name"]).replace("%2", self.month)
                                if helper else "")
        fill(self.days_table, [self.tr("日期"), self.tr("小时")], [[e["day"], _hours(e["minutes"])] for e in entries])

    def add_helper(self) -> None:
        if self.place is None:
            return
        HelperDialog(self.store, self.place, self).exec()      # the page on screen shows the change

    def record_hours(self) -> None:
        if not self._rows:
            QMessageBox.information(self, self.tr("登记服务时长"), self.tr("请先登记工作人员或志愿者。"))
            return
        chosen = self.selected()
        first, last = month_bounds(self.month)
        day = min(date.today(), last).isoformat()
        HoursDialog(self.store, self._rows, chosen["id"] if chosen else None, day, self).exec()


    def end_service(self) -> None:
        helper = self.selected()
        if helper is None:
            QMessageBox.information(self, self.tr("结束服务"), self.tr("请先在表中选中一位工作人员或志愿者。"))
            return
        EndServiceDialog(self.store, helper, self).exec()      # the page on screen shows the change
