"""补贴标准: the chosen place's rates by effective date, and a new rate from a date. The same
core functions as `cunwu care place rates`."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.core.care import kinds, rates
from desktop.core.money import yuan
from desktop.ui.care.dialogs import _Dialog, date_edit, iso
from desktop.ui.care.tables import fill, record_table
from desktop.ui.core_labels import core_label
from desktop.ui.flow_row import FlowRow
from desktop.ui.kit.editors import MoneyEdit


def _rate_labels() -> dict[str, str]:
    """rates.MONEY_FIELDS in the interface's language."""
    return {"meal_subsidy_fen": QCoreApplication.translate("CareRates", "每餐补贴"),
            "person_subsidy_fen": QCoreApplication.translate("CareRates", "每人每月补贴"),
            "visitor_meal_subsidy_fen": QCoreApplication.translate("CareRates", "临时来访每餐补贴"),
            "meal_fee_fen": QCoreApplication.translate("CareRates", "每餐自付")}


class RateDialog(_Dialog):
    """A new set of rates from a date; fields start at the rates in force that day."""

    def __init__(self, store, place: dict, parent=None):
        super().__init__(self.tr("新的补贴标准：%1").replace("%1", place["name"]), parent)
        self.store, self.place = store, place
        self.effective = date_edit(rates.first_of_this_month())
        self.form.addRow(self.tr("起施行日期"), self.effective)
        self.money: dict[str, MoneyEdit] = {}
        for key, label in _rate_labels().items():
            edit = MoneyEdit(rates.MONEY_FIELDS[key], blank_is_zero=True)
            edit.setObjectName(key)
            self.money[key] = edit
            self.form.addRow(self.tr("%1（元）").replace("%1", label), edit)
        self.services = [s for s in kinds.split_services(place["services"]) if s not in kinds.MEAL_SERVICES]
        self.service_edits: dict[tuple[str, str], MoneyEdit] = {}
        for service in self.services:
            box = QWidget()
            line = QHBoxLayout(box)
            line.setContentsMargins(0, 0, 0, 0)
            for key, word in (("service_subsidy", self.tr("补贴")), ("service_fee", self.tr("自付"))):
                edit = MoneyEdit(f"{service}{word}", blank_is_zero=True)
                self.service_edits[key, service] = edit
                line.addWidget(QLabel(word))
                line.addWidget(edit)
            self.form.addRow(self.tr("%1（元/人次）").replace("%1", core_label(service)), box)
        self.effective.dateChanged.connect(lambda _d: self._show_in_force())
        self._show_in_force()

    def _show_in_force(self) -> None:
        current = rates.Rates(self.store, self.place).on(iso(self.effective.date()))
        for key, edit in self.money.items():
            edit.setText(yuan(current[key], grouping=False))
        for (key, service), edit in self.service_edits.items():
            edit.setText(yuan(current[key].get(service, 0), grouping=False))

    def save(self) -> None:
        values: dict = {key: edit.fen(field=key, allow_zero=True) for key, edit in self.money.items()}
        for key in rates.MAP_FIELDS:
            values[key] = {s: self.service_edits[key, s].fen(field=key, allow_zero=True) for s in self.services}
        self.rate_id = rates.set_rates(self.store, self.place["id"], iso(self.effective.date()), **values)


class RatesTab(QWidget):
    """The place's rates by effective date, newest last; a new rate applies from its date on."""

    def __init__(self, ctx, bar, parent=None):
        super().__init__(parent)
        self.ctx, self.bar, self.store = ctx, bar, ctx.store
        self.place: dict | None = None
        v = QVBoxLayout(self)
        row = FlowRow()
        self.add_button = QPushButton(self.tr("设定新标准…"))
        row.addWidget(self.add_button)
        row.addStretch(1)
        note = QLabel(self.tr("新标准从起施行日期起计算；以前各月仍按当时的标准，已拨付的月份不能再改。"))
        note.setWordWrap(True)
        row.addWidget(note)
        v.addLayout(row)
        self.table = record_table("care_rates")
        v.addWidget(self.table, 1)
        self.add_button.clicked.connect(self.add_rate)

    def refresh(self) -> None:
        self.load(self.bar.place())

    def load(self, place: dict | None) -> None:
        self.place = place
        history = rates.rate_history(self.store, place["id"]) if place else []
        headers = [self.tr("起施行日期")] + [self.tr("%1（元）").replace("%1", label)
                                            for label in _rate_labels().values()]
        headers += [self.tr("服务项目补贴（元/人次）"), self.tr("服务项目自付（元/人次）")]
        rows = []
        for v in history:
            since = self.tr("建立时") if v["effective_date"] == rates.BEGINNING else v["effective_date"]
            rows.append([since] + [yuan(v[key]) for key in rates.MONEY_FIELDS]
                        + ["、".join(f"{core_label(s)} {yuan(f)}" for s, f in v[key].items())
                           for key in rates.MAP_FIELDS])
        fill(self.table, headers, rows)
        self.add_button.setEnabled(bool(place and place["active"]))

    def add_rate(self) -> None:
        if self.place is None:
            return
        RateDialog(self.store, self.place, self).exec()
