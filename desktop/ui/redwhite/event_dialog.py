"""The event dialog: plan (事前申报), council decision, pledge, visits, actuals, violation.

Every figure is checked live against the standards in force on the event's date, and the
exceeded limits are listed in red as the clerk types. Saving runs all the steps in one
transaction: a refused step leaves the event exactly as it was.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton,
                               QMessageBox, QScrollArea, QVBoxLayout, QWidget)

from db.errors import ValidationError
from desktop.core.redwhite import checks, event_form, event_queries, events, hall, members, standards
from desktop.core.redwhite.codes import DECISIONS, FIGURES, KINDS, VIOLATION_ACTIONS
from desktop.core.money import yuan
from desktop.ui.core_labels import core_label
from desktop.ui.redwhite.verdicts import findings_lines, shown
from desktop.ui.errors import show_error
from desktop.ui.ops import run_op
from desktop.ui.redwhite.widgets import FigureColumn, MoneyEdit, show_pdf
from desktop.ui.kit.person_picker import PersonPicker
from desktop.ui.kit.editors import DateEdit
from desktop.ui.screen_fit import fit_window
from desktop.ui.i18n import core_text

NO_DECISION = "未决定"


class EventDialog(QDialog):
    def __init__(self, ctx, event_id: str | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.store = ctx.store
        self.event_id = event_id
        self.record = event_queries.get_event(self.store, event_id) if event_id else None
        # A township looks at its villages' events; they are the village's records to change.
        self.foreign = bool(self.record) and self.record["site_id"] != self.store.site_id
        self.setWindowTitle(self.tr("红白事项详情") if event_id else self.tr("登记红白事申报"))
        fit_window(self, "redwhite_event", 900, 760)
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        self.layout_ = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self._basic()
        self._figures()
        self.findings = QLabel()
        self.findings.setObjectName("findings")
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.PlainText)
        self.layout_.addWidget(self.findings)
        self._council()
        self._violation()
        self._hall()
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("关闭"))
        self.print_pledge = buttons.addButton(self.tr("打印承诺书"), QDialogButtonBox.ActionRole)
        self.print_notice = buttons.addButton(self.tr("打印公示"), QDialogButtonBox.ActionRole)
        self.print_pledge.clicked.connect(self._print_pledge)
        self.print_notice.clicked.connect(self._print_notice)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self._load()
        self._update_checks()
        if self.foreign:
            self._read_only(buttons, body)

    def _read_only(self, buttons: QDialogButtonBox, body: QWidget) -> None:
        from desktop.core.sync import peers
        name = peers.site_names(self.store).get(self.record["site_id"]) or self.tr("该村")
        note = QLabel(self.tr("这是%1的记录，只能查看；修改请由该村在本村电脑上进行。").replace("%1", name))
        note.setObjectName("readOnlyNote")
        note.setWordWrap(True)
        self.layout().insertWidget(0, note)
        for box in body.findChildren(QGroupBox):
            box.setEnabled(False)
        buttons.button(QDialogButtonBox.Save).hide()
        self.print_pledge.hide()
        self.print_notice.hide()
        self.setWindowTitle(self.windowTitle() + "（" + name + "）")

    # ------------------------------------------------------------------ layout
    def _basic(self) -> None:
        box = QGroupBox(self.tr("基本情况（事前申报）"))
        form = QFormLayout(box)
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(core_label(kind), kind)
        self.host = PersonPicker(self.store)
        self.subject = QLineEdit()
        self.subject.setPlaceholderText(self.tr("如：长子王伟与李娜结婚；父亲去世"))
        self.place = QLineEdit()
        self.start = DateEdit()
        self.end = DateEdit()
        self.report = DateEdit()
        self.phone = QLineEdit()
        dates = QHBoxLayout()
        for label, w in ((self.tr("开始"), self.start), (self.tr("结束"), self.end),
                         (self.tr("申报日期"), self.report)):
            dates.addWidget(QLabel(label))
            dates.addWidget(w)
        dates.addStretch(1)
        form.addRow(self.tr("类别"), self.kind)
        form.addRow(self.tr("办事人（花名册）"), self.host)
        form.addRow(self.tr("事由"), self.subject)
        form.addRow(self.tr("地点"), self.place)
        form.addRow(self.tr("日期"), dates)
        form.addRow(self.tr("联系电话"), self.phone)
        self.layout_.addWidget(box)
        for signal in (self.kind.currentIndexChanged, self.start.dateChanged, self.report.dateChanged,
                       self.end.dateChanged):
            signal.connect(self._update_checks)

    def _figures(self) -> None:
        box = QGroupBox(self.tr("标准、申报与实际"))
        grid = QGridLayout(box)
        self.plan = FigureColumn("申报")
        self.actual = FigureColumn("实际")
        self.has_actual = QCheckBox(self.tr("已办结，登记实际数字"))
        self.actual_date = DateEdit()
        head = QHBoxLayout()
        head.addWidget(self.has_actual)
        head.addWidget(QLabel(self.tr("登记日期")))
        head.addWidget(self.actual_date)
        head.addStretch(1)
        grid.addLayout(head, 0, 0, 1, 4)
        for col, text in enumerate((self.tr("项目"), self.tr("本村标准"), self.tr("申报"), self.tr("实际"))):
            label = QLabel(f"<b>{text}</b>")
            grid.addWidget(label, 1, col)
        self.limit_labels: dict[str, QLabel] = {}
        for row, fig in enumerate(FIGURES, start=2):
            label = core_label(fig.label)
            grid.addWidget(QLabel(self.tr("%1（元）").replace("%1", label) if fig.money else label), row, 0)
            self.limit_labels[fig.key] = QLabel("—")
            grid.addWidget(self.limit_labels[fig.key], row, 1)
            grid.addWidget(self.plan.widgets[fig.key], row, 2)
            grid.addWidget(self.actual.widgets[fig.key], row, 3)
        self.version_label = QLabel()
        self.version_label.setWordWrap(True)
        grid.addWidget(self.version_label, len(FIGURES) + 2, 0, 1, 4)
        self.layout_.addWidget(box)
        self.plan.connect(self._update_checks)
        self.actual.connect(self._update_checks)
        self.has_actual.toggled.connect(self._actual_toggled)

    def _council(self) -> None:
        box = QGroupBox(self.tr("理事会意见、承诺书与现场监督"))
        form = QFormLayout(box)
        self.decision = QComboBox()
        self.decision.addItem(self.tr("未决定"), NO_DECISION)
        for decision in DECISIONS:
            self.decision.addItem(core_label(decision), decision)
        self.decision_date = DateEdit()
        self.decision_by = QComboBox()
        self.decision_note = QLineEdit()
        row = QHBoxLayout()
        row.addWidget(self.decision)
        row.addWidget(QLabel(self.tr("日期")))
        row.addWidget(self.decision_date)
        row.addWidget(QLabel(self.tr("决定人")))
        row.addWidget(self.decision_by)
        row.addStretch(1)
        form.addRow(self.tr("理事会意见"), row)
        form.addRow(self.tr("意见说明"), self.decision_note)
        self.pledge = QCheckBox(self.tr("家属已签订承诺书"))
        self.pledge_date = DateEdit()
        self.pledge_signer = QLineEdit()
        self.pledge_signer.setPlaceholderText(self.tr("默认为办事人"))
        row = QHBoxLayout()
        row.addWidget(self.pledge)
        row.addWidget(QLabel(self.tr("签订日期")))
        row.addWidget(self.pledge_date)
        row.addWidget(QLabel(self.tr("签字人")))
        row.addWidget(self.pledge_signer)
        form.addRow(self.tr("承诺书"), row)
        self.visits = QListWidget()
        self.visits.setMaximumHeight(80)
        form.addRow(self.tr("现场监督"), self.visits)
        self.visit_date = DateEdit()
        self.visit_by = QComboBox()
        self.visit_finding = QLineEdit()
        self.visit_finding.setPlaceholderText(self.tr("监督情况，如 现场 18 桌，与申报一致"))
        self.add_visit = QPushButton(self.tr("添加监督记录"))
        self.add_visit.clicked.connect(self._add_visit)
        row = QHBoxLayout()
        row.addWidget(self.visit_date)
        row.addWidget(self.visit_by)
        row.addWidget(self.visit_finding, 1)
        row.addWidget(self.add_visit)
        form.addRow("", row)
        self.layout_.addWidget(box)
        for m in members.list_members(self.store):
            label = f"{core_label(m['role'])} {m['name']}" + ("" if m["term_end"] is None else self.tr("（至 %1）").replace("%1", m["term_end"]))
            self.decision_by.addItem(label, m["id"])
            self.visit_by.addItem(label, m["id"])

    def _violation(self) -> None:
        self.violation_box = QGroupBox(self.tr("超标处理"))
        form = QFormLayout(self.violation_box)
        self.violation_action = QComboBox()
        self.violation_action.setEditable(True)
        self.violation_action.addItem("", "")
        for action in VIOLATION_ACTIONS:
            self.violation_action.addItem(core_label(action), action)
        self.violation_date = DateEdit()
        self.violation_note = QLineEdit()
        row = QHBoxLayout()
        row.addWidget(self.violation_action)
        row.addWidget(QLabel(self.tr("处理日期")))
        row.addWidget(self.violation_date)
        row.addStretch(1)
        form.addRow(self.tr("处理方式"), row)
        form.addRow(self.tr("处理说明"), self.violation_note)
        self.layout_.addWidget(self.violation_box)

    def _hall(self) -> None:
        box = QGroupBox(self.tr("红白事服务中心收费（记入村级资金账本）"))
        layout = QVBoxLayout(box)
        self.fees = QListWidget()
        self.fees.setMaximumHeight(70)
        layout.addWidget(self.fees)
        row = QHBoxLayout()
        self.fee_category = QComboBox()
        for category in hall.INCOME_CATEGORIES:
            self.fee_category.addItem(core_label(category), category)
        self.fee_amount = MoneyEdit("收费金额")
        self.fee_date = DateEdit()
        self.add_fee = QPushButton(self.tr("登记收费"))
        self.add_fee.clicked.connect(self._add_fee)
        for w in (self.fee_category, QLabel(self.tr("金额（元）")), self.fee_amount, QLabel(self.tr("日期")),
                  self.fee_date, self.add_fee):
            row.addWidget(w)
        row.addStretch(1)
        layout.addLayout(row)
        self.layout_.addWidget(box)

    def _show_fees(self) -> None:
        self.fees.clear()
        for m in self.record["hall_money"] if self.record else []:
            amount = f"{yuan(m['amount_fen'])} {core_label('元')}"
            self.fees.addItem(f"{m['entry_date']}　{core_label(m['category'])}　{amount}　{m['summary']}")

    def _add_fee(self) -> None:
        if not run_op(self, "redwhite", lambda: hall.add_hall_money(
                self.store, direction="income", category=self.fee_category.currentData(),
                amount_fen=self.fee_amount.fen("amount_fen"), entry_date=self.fee_date.iso(), event_id=self.event_id,
                summary=f"{self.record['kind']}{self.fee_category.currentData()}")):
            return
        self.record = event_queries.get_event(self.store, self.event_id)
        self.fee_amount.clear()
        self._show_fees()

    # ------------------------------------------------------------------ data
    def _load(self) -> None:
        ev = self.record
        saved = ev is not None
        self.add_visit.setEnabled(saved)
        self.add_fee.setEnabled(saved and not (ev or {}).get("cancelled"))
        self._show_fees()
        self.print_pledge.setEnabled(saved)
        self.print_notice.setEnabled(saved and ev["actual"] is not None)
        if not saved:
            self.has_actual.setChecked(False)
            self._actual_toggled(False)
            return
        self.kind.setCurrentIndex(max(self.kind.findData(ev["kind"]), 0))
        self.host.set_person(ev["host_person_id"])
        self.subject.setText(ev["subject"])
        self.place.setText(ev["place"])
        self.start.set_iso(ev["start_date"])
        self.end.set_iso(ev["end_date"])
        self.report.set_iso(ev["report_date"])
        self.phone.setText(ev["phone"])
        self.plan.set_values(ev["plan"])
        self.has_actual.setChecked(ev["actual"] is not None)
        self.actual.set_values(ev["actual"])
        if ev["actual"]:
            self.actual_date.set_iso(ev["actual"]["recorded_date"])
        self._actual_toggled(ev["actual"] is not None)
        if ev["decision"]:
            self.decision.setCurrentIndex(max(self.decision.findData(ev["decision"]), 0))
            self.decision_date.set_iso(ev["decision_date"])
            idx = self.decision_by.findData(ev["decision_by"])
            if idx >= 0:
                self.decision_by.setCurrentIndex(idx)
            self.decision_note.setText(ev["decision_note"])
        if ev["pledge_date"]:
            self.pledge.setChecked(True)
            self.pledge_date.set_iso(ev["pledge_date"])
            self.pledge_signer.setText(ev["pledge_signer"])
        self.visits.clear()
        for v in ev["visits"]:
            self.visits.addItem(f"{v['visit_date']}　{v['member_role'] or ''} {v['member_name'] or ''}　{v['finding']}")
        if ev["violation_action"]:
            self.violation_action.setCurrentText(core_label(ev["violation_action"]))
            self.violation_date.set_iso(ev["violation_date"])
            self.violation_note.setText(ev["violation_note"])
        if ev["cancelled"]:
            self.setWindowTitle(self.windowTitle() + self.tr("（已取消）"))

    def _actual_toggled(self, on: bool) -> None:
        self.actual.set_enabled(on)
        self.actual_date.setEnabled(on)
        if on and self.record is None or (on and self.record and not self.record["actual"]):
            self.actual.set_values(self._safe(self.plan.values) or {})
        self._update_checks()

    @staticmethod
    def _safe(fn):
        try:
            return fn()
        except ValidationError:
            return None

    def _update_checks(self) -> None:
        """Show the limits in force on the start date and what the figures exceed."""
        start, report = self.start.iso(), self.report.iso()
        kind = self.kind.currentData()
        version, std = standards.standard_for(self.store, kind, start,
                                              self.record["site_id"] if self.record else None)
        for fig in FIGURES:
            limit = std.get(fig.limit) if std and fig.limit else None
            if fig.key == "gift_close_fen" and std and limit is None:
                limit = std.get("max_gift_fen")
            text = "—" if limit is None else shown(fig.key, limit)
            if std and std.get("banned"):
                text = self.tr("不办")
            self.limit_labels[fig.key].setText(text)
        if version is None:
            self.version_label.setText(self.tr("该日期没有有效的村规民约标准，请先在“村规民约标准”中设置。"))
        else:
            lines = [self.tr("%1 起施行：%2").replace("%1", version["effective_date"]).replace("%2", version["title"])]
            if std and std.get("rules"):
                lines.append(std["rules"])
            self.version_label.setText("\n".join(lines))
        problems, verdict = [], None
        try:
            plan = events.clean_figures(self.plan.values(), kind=kind, stage="plan")
            actual = events.clean_figures(self.actual.values(), kind=kind, stage="actual") \
                if self.has_actual.isChecked() else None
        except ValidationError as exc:
            problems.append(core_text(exc))
            plan, actual = None, None
        if plan is not None:
            verdict = checks.evaluate(kind, version, start, report, plan, actual)
            problems += findings_lines(kind, report, verdict)
            if actual is not None and verdict["within_standards"] is None and verdict["actual_unknown"]:
                problems.append(verdict["status"])
        if self.end.iso() < start:
            problems.append(self.tr("结束日期早于开始日期。"))
        if problems:
            self.findings.setStyleSheet("color: #b00020; font-weight: bold;")
            self.findings.setText("\n".join("！" + p for p in problems))
        else:
            self.findings.setStyleSheet("color: #1b5e20;")
            self.findings.setText(self.tr("符合本村标准，按时申报。") if version else "")
        self.violation_box.setEnabled(bool(actual) and bool(verdict and verdict["actual_findings"]))

    def _violation_action(self) -> str:
        """The chosen action's core word, or what the clerk typed (kept as typed)."""
        text = self.violation_action.currentText().strip()
        idx = self.violation_action.findText(text)
        return (self.violation_action.itemData(idx) or text) if idx >= 0 else text

    # ------------------------------------------------------------------ actions
    def _basics(self) -> dict:
        return {"kind": self.kind.currentData(), "host_person_id": self.host.person_id(),
                "subject": self.subject.text(), "place": self.place.text(), "start_date": self.start.iso(),
                "end_date": self.end.iso(), "report_date": self.report.iso(), "phone": self.phone.text()}

    def save(self) -> None:
        allow_duplicate = False
        while True:
            done = run_op(self, "redwhite", self._save_form, allow_duplicate, on_refused=self._refused)
            if done:
                self.event_id = done.value
                self.accept()
                return
            if not isinstance(done.error, events.DuplicateEventError):
                return
            # Most likely typed twice; the clerk may still mean a second, different event.
            if QMessageBox.question(self, self.tr("重复登记"), str(done.error) + "\n\n" +
                                    self.tr("确定再登记一件吗？")) != QMessageBox.Yes:
                return
            allow_duplicate = True

    def _refused(self, exc) -> None:
        """A possible duplicate is asked about (save); any other refusal is shown as usual."""
        if not isinstance(exc, events.DuplicateEventError):
            show_error(self, exc)

    def _save_form(self, allow_duplicate: bool) -> str:
        decision = self.decision.currentData()
        action = self._violation_action()
        return event_form.save_event(
            self.store, self.event_id if self.record is not None else None, basics=self._basics(),
            plan=self.plan.values(), allow_duplicate=allow_duplicate,
            decision=None if decision == NO_DECISION else {
                "decision": decision, "decision_date": self.decision_date.iso(),
                "by_member_id": self.decision_by.currentData(), "note": self.decision_note.text()},
            pledge={"pledge_date": self.pledge_date.iso(), "signer": self.pledge_signer.text()}
            if self.pledge.isChecked() else None,
            actual=self.actual.values() if self.has_actual.isChecked() else None, actual_date=self.actual_date.iso(),
            violation={"action": action, "action_date": self.violation_date.iso(),
                       "note": self.violation_note.text()} if action else None)

    def _add_visit(self) -> None:
        if not run_op(self, "redwhite", events.add_visit, self.store, self.event_id, visit_date=self.visit_date.iso(),
                      member_id=self.visit_by.currentData() or "", finding=self.visit_finding.text()):
            return
        self.record = event_queries.get_event(self.store, self.event_id)
        self.visit_finding.clear()
        self.visits.clear()
        for v in self.record["visits"]:
            self.visits.addItem(f"{v['visit_date']}　{v['member_role'] or ''} {v['member_name'] or ''}　{v['finding']}")

    def _print_pledge(self) -> None:
        self._print("pledge", {"event": self.event_id})

    def _print_notice(self) -> None:
        self._print("redwhite", {"event": self.event_id})

    def _print(self, kind: str, options: dict) -> None:
        from desktop.core.notices import registry
        made = run_op(self, None, registry.render, self.store, kind, options)
        if not made:
            return
        data, pdf = made.value
        show_pdf(self, self.store, pdf, registry.title_of(data), kind, data.publication,
                 f"{registry.title_of(data)}-{self.record['host_name']}.pdf")
