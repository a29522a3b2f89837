"""托老托幼 page: choose a place and month, then 签到登记 (the grid), 入托人员, 统计报表, 场所设置."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QFileDialog, QHBoxLayout, QLabel, QMessageBox,
                               QPushButton, QRadioButton, QSpinBox, QTabWidget, QVBoxLayout, QWidget)

from desktop.core.care import enrolment, places, report
from desktop.core.money import yuan
from desktop.core.roster.idcard import mask
from desktop.ui.care.labels import weekdays_text
from desktop.ui.care.dialogs import DayDialog, EnrolDialog, LeaveDialog, PaymentDialog, PlaceDialog
from desktop.ui.care.register_model import RegisterModel
from desktop.ui.care.print_dialog import PrintDialog
from desktop.ui.care.register_view import RegisterView
from desktop.ui.care.report_view import ReportView
from desktop.ui.care.tables import fill, record_table
from desktop.ui.core_labels import core_label, core_list
from desktop.ui.ops import run_op
from desktop.ui.flow_row import FlowRow
from desktop.ui.kit.empty import EmptyState
from desktop.ui.kit.files import SavedFiles
from desktop.core.filenames import safe_filename


def _import_job(store, progress, path, place_id, month):
    from desktop.core.care.importer import import_register
    progress(0, 0, QCoreApplication.translate("CarePage", "正在导入签到表…"))
    return import_register(store, path, place=place_id, month=month).as_dict()


class Page(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        ctx.follow(self)
        self.store = ctx.store
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.place_box = QComboBox()
        self.place_box.setObjectName("care_place")
        self.place_box.setMinimumWidth(220)
        self.month = QDateEdit(QDate.currentDate())
        self.month.setDisplayFormat(self.tr("yyyy年MM月"))
        self.month.setObjectName("care_month")
        bar.addWidget(QLabel(self.tr("场所")))
        bar.addWidget(self.place_box)
        bar.addWidget(QLabel(self.tr("月份")))
        bar.addWidget(self.month)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.tabs = QTabWidget()
        # No place yet: every tab would be empty, so say what comes first.
        self.empty = EmptyState(
            self.tr("还没有托老托幼场所"),
            self.tr("先添加本村的托老或托幼场所（幸福院、日间照料中心、托育点等），填上核定名额和开放日，"
                    "然后登记入托人员，就可以每天签到了。"),
            [(self.tr("添加托老/托幼点…"), self._add_place)], name="care_empty")
        self.empty.hide()
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.empty, 1)
        self._build_register_tab()
        self._build_enrol_tab()
        self._build_report_tab()
        self._build_places_tab()
        self._build_staff_and_rates_tabs()
        self.place_box.currentIndexChanged.connect(self._reload)
        self.month.dateChanged.connect(self._reload)
        self.tabs.currentChanged.connect(self._reload)
        self.refresh()

    # ------------------------------------------------------------ helpers
    def place(self) -> dict | None:
        pid = self.place_box.currentData()
        return places.get_place(self.store, pid) if pid else None

    def month_text(self) -> str:
        d = self.month.date()
        return f"{d.year()}-{d.month():02d}"

    # ------------------------------------------------------------ register
    def _build_register_tab(self) -> None:
        tab = QWidget()
        v = QVBoxLayout(tab)
        row = FlowRow()
        self.whole_day_button = QPushButton(self.tr("当天全部到齐（Ctrl+D）"))
        self.import_button = QPushButton(self.tr("导入签到表…"))
        self.closed_button = QPushButton(self.tr("临时闭馆/开放…"))
        row.addWidget(self.whole_day_button)
        row.addWidget(self.closed_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        self.legend = QLabel()
        row.addWidget(self.legend)
        v.addLayout(row)
        self.model = RegisterModel(self.store, self)
        self.grid = RegisterView(self.model)
        v.addWidget(self.grid, 1)
        self.status = QLabel()
        self.status.setObjectName("care_register_status")
        self.status.setWordWrap(True)
        v.addWidget(self.status)
        self.model.message.connect(self._grid_message)
        self.whole_day_button.clicked.connect(self._whole_day)
        self.import_button.clicked.connect(self._import)
        self.closed_button.clicked.connect(self._day_exception)
        action = QAction(self.tr("当天全部到齐"), self)
        action.setShortcut(QKeySequence("Ctrl+D"))
        action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        action.triggered.connect(self._whole_day)
        tab.addAction(action)
        self.tabs.addTab(tab, self.tr("签到登记"))

    def _grid_message(self, text: str, is_error: bool) -> None:
        self.status.setStyleSheet("color: #b00020" if is_error else "color: #7a5b00")
        self.status.setText(text)

    def _whole_day(self) -> None:
        col = self.grid.currentIndex().column()
        if col < 0:
            self._grid_message(self.tr("请先选中要登记的那一天。"), True)
            return
        self.model.whole_day(col)

    def _load_register(self) -> None:
        place = self.place()
        if place is None:
            self.model.clear()
            self.legend.setText(self.tr("请先在“场所设置”里添加场所。"))
            return
        current = self.grid.currentIndex()
        self.model.load(place["id"], self.month_text())
        keys = "　".join(f"{k}={core_label(s)}" for k, s in self.model.service_keys.items())
        self.legend.setText(self.tr("空格=出勤　数字=餐次　Delete=清除") + ("　" + keys if keys else ""))
        self.grid.resizeColumnToContents(len(self.model.days))
        if current.isValid() and current.row() < self.model.rowCount():
            self.grid.setCurrentIndex(self.model.index(current.row(), current.column()))
        else:
            self.grid.setCurrentIndex(self.model.index(0, 0))
        flags = self.model.register.flags()
        self._grid_message("\n".join(flags), bool(flags))

    def _import(self) -> None:
        place = self.place()
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择签到表"), "", self.tr("签到表 (*.xlsx *.xls *.csv)"))
        if not path:
            return
        self._job = run_op(self, "care", _import_job, path, place["id"] if place else None, None,
                           progress=self.tr("导入签到表"), on_done=self._import_done)

    def _import_done(self, result: dict) -> None:
        text = self.tr("%1 %2：导入 %3 人次，用餐 %4 餐次。").replace("%1", result["place"]).replace(
            "%2", result["month"]).replace("%3", str(result["imported_cells"])).replace("%4", str(result["meals"]))
        if result["errors"]:
            lines = [self.tr("第 %1 行 %2 %3 %4：%5").replace("%1", str(e["row"])).replace("%2", e["column"]).replace(
                "%3", e["name"]).replace("%4", e["day"]).replace("%5", e["reason"]) for e in result["errors"][:30]]
            text += "\n\n" + self.tr("有 %1 处未导入（已写入 %2）：").replace("%1", str(len(result["errors"]))).replace(
                "%2", result["error_file"] or "") + "\n" + "\n".join(lines)
        QMessageBox.information(self, self.tr("导入签到表"), text)
        idx = self.place_box.findData(result["place_id"])
        if idx >= 0:
            self.place_box.setCurrentIndex(idx)
        y, m = result["month"].split("-")
        self.month.setDate(QDate(int(y), int(m), 1))

    def _day_exception(self) -> None:
        place = self.place()
        if place is None:
            return
        col = self.grid.currentIndex().column()
        day = self.model.days[col] if 0 <= col < len(self.model.days) else None
        DayDialog(self.store, place, day, self).exec()

    # ------------------------------------------------------------ enrolments
    def _build_enrol_tab(self) -> None:
        tab = QWidget()
        v = QVBoxLayout(tab)
        row = FlowRow()
        self.enrol_button = QPushButton(self.tr("登记入托…"))
        self.leave_button = QPushButton(self.tr("办理退托…"))
        self.show_ended = QCheckBox(self.tr("含已退托"))
        row.addWidget(self.enrol_button)
        row.addWidget(self.leave_button)
        row.addWidget(self.show_ended)
        row.addStretch(1)
        self.enrol_count = QLabel()
        row.addWidget(self.enrol_count)
        v.addLayout(row)
        self.enrol_table = record_table("care_enrolments")
        v.addWidget(self.enrol_table, 1)
        self.enrol_button.clicked.connect(self._enrol)
        self.leave_button.clicked.connect(self._leave)
        self.show_ended.toggled.connect(self._reload)
        self.tabs.addTab(tab, self.tr("入托人员"))

    def _load_enrolments(self) -> None:
        place = self.place()
        self._enrol_rows = []
        if place:
            today = date.today().isoformat()
            self._enrol_rows = enrolment.enrolments(store=self.store, place_id=place["id"],
                                                    **({} if self.show_ended.isChecked() else {"first": today}))
        headers = [self.tr("姓名"), self.tr("性别"), self.tr("出生日期"), self.tr("身份证号"), self.tr("户号"),
                   self.tr("入托日期"), self.tr("结束日期"), self.tr("结束原因")]
        fill(self.enrol_table, headers, [[e["name"], core_label(e["gender"]), e["birth_date"], mask(e["id_number"]), e["hh_no"],
                                          e["start_date"], e["end_date"], e["end_reason"]] for e in self._enrol_rows])
        if place:
            n = enrolment.enrolled_count(self.store, place["id"], date.today().isoformat())
            cap = place["capacity"]
            self.enrol_count.setText(self.tr("今日在托 %1 人").replace("%1", str(n)) +
                                     (self.tr("，核定名额 %1 人").replace("%1", str(cap)) if cap else ""))

    def _enrol(self) -> None:
        place = self.place()
        if place is None:
            return
        dialog = EnrolDialog(self.store, place, self)
        if dialog.exec() and dialog.warnings:
            QMessageBox.information(self, self.tr("请注意"), "\n".join(dialog.warnings))

    def _leave(self) -> None:
        row = self.enrol_table.currentRow()
        if row < 0 or row >= len(self._enrol_rows):
            QMessageBox.information(self, self.tr("办理退托"), self.tr("请先选中一位在托人员。"))
            return
        LeaveDialog(self.store, self._enrol_rows[row], self).exec()

    # ------------------------------------------------------------ reports
    def _build_report_tab(self) -> None:
        tab = QWidget()
        v = QVBoxLayout(tab)
        row = FlowRow()
        self.by_month = QRadioButton(self.tr("月报"))
        self.by_year = QRadioButton(self.tr("年报"))
        self.by_month.setChecked(True)
        self.xlsx_button = QPushButton(self.tr("导出 Excel…"))
        self.pdf_button = QPushButton(self.tr("打印月报表…"))
        self.detail_button = QPushButton(self.tr("打印出勤明细…"))
        self.pay_button = QPushButton(self.tr("登记补贴拨付…"))
        for w in (self.by_month, self.by_year):
            row.addWidget(w)
            w.toggled.connect(self._reload)
        row.addStretch(1)
        row.addWidget(self.pay_button)
        row.addWidget(self.xlsx_button)
        row.addWidget(self.pdf_button)
        row.addWidget(self.detail_button)
        v.addLayout(row)
        self.report_view = ReportView()
        v.addWidget(self.report_view, 1)
        self.report_saved = SavedFiles()        # the report tab's own line (not the register's)
        v.addWidget(self.report_saved)
        self.xlsx_button.clicked.connect(self._export_xlsx)
        self.pdf_button.clicked.connect(lambda: self._export_pdf(detail=False))
        self.detail_button.clicked.connect(lambda: self._export_pdf(detail=True))
        self.pay_button.clicked.connect(self._pay)
        self.tabs.addTab(tab, self.tr("统计报表"))

    def _pay(self) -> None:
        place = self.place()
        if place is None or not self.by_month.isChecked():
            return
        unpaid = report.monthly_report(self.store, place["id"], self.month_text())["subsidy"]["unpaid_fen"]
        dialog = PaymentDialog(self.store, place, self.month_text(), unpaid, self)
        if dialog.exec():       # announced as a funds change: the payment is a receipt in the fund ledger
            for w in dialog.warnings:
                QMessageBox.warning(self, self.tr("登记补贴拨付"), w)

    def current_report(self) -> dict | None:
        place = self.place()
        if place is None:
            return None
        if self.by_year.isChecked():
            return report.yearly_report(self.store, place["id"], self.month.date().year())
        return report.monthly_report(self.store, place["id"], self.month_text())

    def _load_report(self) -> None:
        r = self.current_report()
        if r is not None:
            self.report_view.show_report(r)
        self.pdf_button.setEnabled(self.by_month.isChecked())
        self.detail_button.setEnabled(self.by_month.isChecked())
        self.pay_button.setEnabled(self.by_month.isChecked())

    def _export_xlsx(self) -> None:
        from desktop.core.care import export_xlsx
        r = self.current_report()
        if r is None:
            return
        period = self.tr("%1年").replace("%1", str(r["year"])) if "year" in r else r["month"]
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出 Excel"), safe_filename(f"{r['place']['name']}{period}.xlsx"),
                                              self.tr("Excel 表格 (*.xlsx)"))
        if path and run_op(self, None, export_xlsx.export_yearly if "year" in r else export_xlsx.export_monthly,
                           r, path):
            self.report_saved.show_files([(self.tr("已导出："), path)])

    def _export_pdf(self, detail: bool) -> None:
        """Build the PDF, then preview it with 打印 / 另存为 in one dialog."""
        from desktop.core.care.report_pdf import detail_pdf, monthly_pdf
        place = self.place()
        if place is None:
            return
        made = run_op(self, None, detail_pdf if detail else monthly_pdf, self.store, place["id"], self.month_text())
        if not made:
            return
        pdf = made.value
        title = self.tr("出勤明细") if detail else self.tr("月报表")
        name = self.tr("%1%2出勤明细.pdf") if detail else self.tr("%1%2月报表.pdf")
        self.print_dialog = PrintDialog(title, pdf, name.replace("%1", place["name"]).replace("%2", self.month_text()),
                                        self)
        self.print_dialog.open()

    # ------------------------------------------------------------ places
    def _build_places_tab(self) -> None:
        tab = QWidget()
        v = QVBoxLayout(tab)
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
        self.add_place_button.clicked.connect(self._add_place)
        self.edit_place_button.clicked.connect(self._edit_place)
        self.retire_place_button.clicked.connect(self._retire_place)
        self.min_age.editingFinished.connect(self._set_min_age)
        self.tabs.addTab(tab, self.tr("场所设置"))

    def _load_places_table(self) -> None:
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
        places_ = getattr(self, "_places", [])
        return places_[row] if 0 <= row < len(places_) else None

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

    def _add_place(self) -> None:
        dialog = PlaceDialog(self.store, None, self)
        if dialog.exec():
            idx = self.place_box.findData(dialog.place_id)
            if idx >= 0:
                self.place_box.setCurrentIndex(idx)

    def _edit_place(self) -> None:
        row = self.place_table.currentRow()
        if row < 0 or row >= len(self._places):
            QMessageBox.information(self, self.tr("修改场所"), self.tr("请先选中一个场所。"))
            return
        PlaceDialog(self.store, places.get_place(self.store, self._places[row]["id"]), self).exec()

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

    # ------------------------------------------------------------ staff, volunteers and rates
    def _build_staff_and_rates_tabs(self) -> None:
        from desktop.ui.care.staff_rates import HelpersTab, RatesTab
        self.helpers_tab = HelpersTab(self.store)
        self.rates_tab = RatesTab(self.store)
        self.tabs.addTab(self.helpers_tab, self.tr("工作人员和志愿者"))
        self.tabs.addTab(self.rates_tab, self.tr("补贴标准"))

    # ------------------------------------------------------------ refresh
    def refresh(self) -> None:
        current = self.place_box.currentData()
        self.place_box.blockSignals(True)
        self.place_box.clear()
        for p in places.list_places(self.store):
            self.place_box.addItem(self.tr("%1（%2）").replace("%1", p["name"]).replace("%2", core_label(p["kind"])), p["id"])
        idx = self.place_box.findData(current)
        self.place_box.setCurrentIndex(idx if idx >= 0 else 0)
        self.place_box.blockSignals(False)
        no_place = self.place_box.count() == 0
        self.empty.setVisible(no_place)
        self.tabs.setVisible(not no_place)
        self._reload()

    def _reload(self, *_args) -> None:
        tab = self.tabs.currentIndex()
        if tab == 0:
            self._load_register()
        elif tab == 1:
            self._load_enrolments()
        elif tab == 2:
            self._load_report()
        elif self.tabs.currentWidget() is self.helpers_tab:
            self.helpers_tab.load(self.place(), self.month_text())
        elif self.tabs.currentWidget() is self.rates_tab:
            self.rates_tab.load(self.place())
        else:
            self._load_places_table()
