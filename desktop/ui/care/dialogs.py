"""Dialogs of the care page: a place, an enrolment, leaving, a special opening day.

Each collects input and calls one core function through ops.run_op; a refusal is shown
inside the dialog and the dialog stays open so nothing typed is lost.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDialog,
                               QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QSpinBox, QVBoxLayout, QWidget)

from db.errors import CunwuError
from desktop.ui.core_labels import core_label
from desktop.core.care import enrolment, kinds, places, rates
from desktop.core.money import yuan
from desktop.core.roster import search
from desktop.core.roster.idcard import mask
from desktop.core.roster.people import age_on
from desktop.ui.ops import run_op
from desktop.ui.kit.dialogs import dialog_buttons
from desktop.ui.screen_fit import fit_window
from desktop.ui.i18n import core_text


def qdate(iso: str | None) -> QDate:
    d = date.fromisoformat(iso) if iso else date.today()
    return QDate(d.year, d.month, d.day)


def iso(qd: QDate) -> str:
    return date(qd.year(), qd.month(), qd.day()).isoformat()


def date_edit(value: str | None = None) -> QDateEdit:
    edit = QDateEdit(qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class _Dialog(QDialog):
    """OK/Cancel with an error line; subclasses implement `save()` and raise CunwuError."""
    area = "care"       # what a save changes (announced by ops.run_op)

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.layout_.addWidget(self.error)
        self.buttons = dialog_buttons(self, self._accept)
        self.layout_.addWidget(self.buttons)
        self.warnings: list[str] = []

    def _accept(self) -> None:
        if run_op(self, self.area, self.save, on_refused=lambda exc: self.error.setText(core_text(exc))):
            self.accept()

    def save(self) -> None:   # pragma: no cover - overridden
        raise NotImplementedError


class PlaceDialog(_Dialog):
    def __init__(self, store, place: dict | None = None, parent=None):
        super().__init__(self.tr("修改场所") if place else self.tr("添加场所"), parent)
        self.store, self.place = store, place
        self.name = QLineEdit(place["name"] if place else "")
        self.kind = QComboBox()
        for kind in kinds.PLACE_KINDS:
            self.kind.addItem(core_label(kind), kind)
        if place:
            self.kind.setCurrentIndex(max(self.kind.findData(place["kind"]), 0))
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 10000)
        self.capacity.setValue(place["capacity"] if place else 0)
        self.capacity.setSpecialValueText(self.tr("未定"))
        days = QWidget()
        row = QHBoxLayout(days)
        row.setContentsMargins(0, 0, 0, 0)
        self.weekdays = []
        open_days = place["open_weekdays"] if place else "12345"
        for i, name in enumerate(places.WEEKDAY_NAMES, 1):
            box = QCheckBox(self.tr("周%1").replace("%1", core_label(name)))
            box.setChecked(str(i) in open_days)
            self.weekdays.append(box)
            row.addWidget(box)
        self.services_box = QWidget()
        self.services_row = QHBoxLayout(self.services_box)
        self.services_row.setContentsMargins(0, 0, 0, 0)
        self.service_checks: list[QCheckBox] = []
        # The rates in force now (a change applies from 新标准起施行, earlier months keep theirs).
        in_force = rates.Rates(store, place).on(date.today().isoformat()) if place else None
        self.meal = QLineEdit(yuan(in_force["meal_subsidy_fen"], grouping=False) if place else "0.00")
        self.person = QLineEdit(yuan(in_force["person_subsidy_fen"], grouping=False) if place else "0.00")
        self.rate_from = date_edit(rates.first_of_this_month())
        self.min_age, self.max_age = QSpinBox(), QSpinBox()
        for s in (self.min_age, self.max_age):
            s.setRange(0, 18)
            s.setSuffix(self.tr(" 岁"))
        self.address = QLineEdit(place["address"] if place else "")
        self.manager = QLineEdit(place["manager"] if place else "")
        self.phone = QLineEdit(place["phone"] if place else "")
        self.form.addRow(self.tr("名称"), self.name)
        self.form.addRow(self.tr("类型"), self.kind)
        self.form.addRow(self.tr("核定名额"), self.capacity)
        self.form.addRow(self.tr("每周开放"), days)
        self.form.addRow(self.tr("服务项目"), self.services_box)
        self.form.addRow(self.tr("每餐补贴（元）"), self.meal)
        self.form.addRow(self.tr("每人每月补贴（元）"), self.person)
        if place:
            self.form.addRow(self.tr("新补贴标准起施行"), self.rate_from)
        ages = QWidget()
        arow = QHBoxLayout(ages)
        arow.setContentsMargins(0, 0, 0, 0)
        arow.addWidget(self.min_age)
        arow.addWidget(QLabel(self.tr("至")))
        arow.addWidget(self.max_age)
        self.form.addRow(self.tr("儿童年龄范围"), ages)
        self.form.addRow(self.tr("地址"), self.address)
        self.form.addRow(self.tr("负责人"), self.manager)
        self.form.addRow(self.tr("联系电话"), self.phone)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed(self.kind.currentData()))
        self._kind_changed(self.kind.currentData(), initial=True)

    def _kind_changed(self, kind: str, initial: bool = False) -> None:
        for box in self.service_checks:
            box.deleteLater()
        self.service_checks = []
        chosen = kinds.split_services(self.place["services"]) if (self.place and initial) else kinds.services_for(kind)
        for s in kinds.services_for(kind):
            box = QCheckBox(core_label(s))
            box.setProperty("service", s)
            box.setChecked(s in chosen)
            self.services_row.addWidget(box)
            self.service_checks.append(box)
        default = kinds.PLACE_KINDS[kind][1]
        for spin in (self.min_age, self.max_age):
            spin.setEnabled(default is not None)
        if default is not None:
            if initial and self.place and self.place["min_age"] is not None:
                self.min_age.setValue(self.place["min_age"])
                self.max_age.setValue(self.place["max_age"])
            else:
                self.min_age.setValue(default[0])
                self.max_age.setValue(default[1])

    def values(self) -> dict:
        kind = self.kind.currentData()
        values = {"name": self.name.text(), "kind": kind, "capacity": self.capacity.value(),
                  "open_weekdays": "".join(str(i) for i, b in enumerate(self.weekdays, 1) if b.isChecked()),
                  "services": [b.property("service") for b in self.service_checks if b.isChecked()],
                  "meal_subsidy_fen": self.meal.text(), "person_subsidy_fen": self.person.text(),
                  "address": self.address.text(), "manager": self.manager.text(), "phone": self.phone.text()}
        if kinds.PLACE_KINDS[kind][1] is not None:
            values.update(min_age=self.min_age.value(), max_age=self.max_age.value())
        return values

    def save(self) -> None:
        if self.place:
            places.update_place(self.store, self.place["id"], rate_from=iso(self.rate_from.date()), **self.values())
        else:
            self.place_id = places.add_place(self.store, **self.values())


class EnrolDialog(_Dialog):
    """Find people in the roster (name, pinyin initials, ID tail, 户号) and enrol the chosen ones."""

    def __init__(self, store, place: dict, parent=None):
        super().__init__(self.tr("登记入托：") + place["name"], parent)
        self.store, self.place = store, place
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("姓名、拼音首字母、身份证后几位或户号"))
        self.results = QListWidget()
        self.results.setObjectName("enrol_results")
        self.results.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.start = date_edit()
        low, high = enrolment.age_rule(store, place)
        rule = (self.tr("年满 %1 岁").replace("%1", str(low)) if high is None
                else self.tr("%1–%2 岁").replace("%1", str(low)).replace("%2", str(high)))
        self.form.addRow(self.tr("查找"), self.query)
        self.form.addRow(self.tr("人员"), self.results)
        self.form.addRow(self.tr("入托日期"), self.start)
        self.form.addRow(self.tr("年龄要求"), QLabel(rule))
        self.query.textChanged.connect(self._search)
        self.start.dateChanged.connect(lambda: self._search(self.query.text()))
        fit_window(self, "care_enrol", 560, 480)
        self._search("")

    def _search(self, text: str) -> None:
        self.results.clear()
        if text.strip():
            rows = search.search(self.store, text, limit=200)
        else:   # nothing typed yet: everyone of the right age
            rows = enrolment.eligible_people(self.store, self.place, iso(self.start.date()))
        day = iso(self.start.date())
        enrolled = {e["person_id"] for e in enrolment.enrolments(self.store, self.place["id"], on=day)}
        for row in rows:
            if row["status"] in enrolment.GONE:
                continue
            age = age_on(row["birth_date"])
            label = self.tr("%1  %2  %3岁  %4  %5  %6").replace("%1", row["name"]).replace(
                "%2", row["gender"] or "").replace("%3", "?" if age is None else str(age)).replace(
                "%4", row["group_name"] or "").replace("%5", row["hh_no"] or "").replace("%6", mask(row["id_number"]))
            if row["id"] in enrolled:
                label += self.tr("（已在托）")
            item = QListWidgetItem(label)
            item.setData(Qt.UserRole, row["id"])
            self.results.addItem(item)

    def save(self) -> None:
        chosen = [i.data(Qt.UserRole) for i in self.results.selectedItems()]
        if not chosen:
            raise CunwuError(self.tr("请先在列表中选择要登记的人员。"))
        outcomes = enrolment.enrol_many(self.store, self.place["id"], chosen, iso(self.start.date()))
        self.warnings += [core_text(w) for out in outcomes for w in out.warnings]
        self.count = len(outcomes)


class LeaveDialog(_Dialog):
    def __init__(self, store, row: dict, parent=None):
        super().__init__(self.tr("办理退托：") + row["name"], parent)
        self.store, self.row = store, row
        self.day = date_edit()
        self.reason = QLineEdit()
        self.form.addRow(self.tr("退托日期"), self.day)
        self.form.addRow(self.tr("原因"), self.reason)

    def save(self) -> None:
        enrolment.end_enrolment(self.store, self.row["id"], iso(self.day.date()), self.reason.text())


class DayDialog(_Dialog):
    """A holiday closure or an extra opening day."""

    def __init__(self, store, place: dict, day: str | None = None, parent=None):
        super().__init__(self.tr("临时闭馆/开放：") + place["name"], parent)
        self.store, self.place = store, place
        self.day = date_edit(day)
        self.state = QComboBox()
        self.state.addItems([self.tr("闭馆"), self.tr("开放"), self.tr("按每周开放日")])
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("如：国庆节放假"))
        self.form.addRow(self.tr("日期"), self.day)
        self.form.addRow(self.tr("这一天"), self.state)
        self.form.addRow(self.tr("说明"), self.note)

    def save(self) -> None:
        state = {0: False, 1: True, 2: None}[self.state.currentIndex()]
        places.set_day(self.store, self.place["id"], iso(self.day.date()), state, self.note.text())


class PaymentDialog(_Dialog):
    area = "funds"      # the payment is a receipt in the fund ledger
    """The subsidy paid (拨付) for a place's month: posted to the fund ledger at once."""

    def __init__(self, store, place: dict, month: str, unpaid_fen: int, parent=None):
        super().__init__(self.tr("登记补贴拨付：%1 %2").replace("%1", place["name"]).replace("%2", month), parent)
        self.store, self.place, self.month = store, place, month
        self.amount = QLineEdit(yuan(unpaid_fen, grouping=False) if unpaid_fen > 0 else "")
        self.day = date_edit()
        self.payer = QLineEdit()
        self.payer.setPlaceholderText(self.tr("默认：乡镇民政办"))
        self.form.addRow(self.tr("拨付金额（元）"), self.amount)
        self.form.addRow(self.tr("拨付日期"), self.day)
        self.form.addRow(self.tr("拨付单位"), self.payer)

    def save(self) -> None:
        from desktop.core.care import payments
        from desktop.core.inputs.money import parse_money
        amount = parse_money(self.amount.text(), field="amount", label=self.tr("拨付金额"))
        self.warnings = [core_text(w) for w in payments.record_payment(
            self.store, self.place["id"], self.month, amount, paid_date=iso(self.day.date()),
            payer=self.payer.text()).warnings]
