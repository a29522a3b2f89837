"""Dialogs of 四议两公开 (a decision, its next stage, the village's rules, republishing a
result) and of the 小微权力清单 (a power and one use of it)."""
from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QLabel, QLineEdit, QListWidget, QPlainTextEdit,
                               QPushButton, QSpinBox, QVBoxLayout)

from desktop.core.funds import accounts, config, decisions, powers
from desktop.core.money import yuan
from desktop.ui.kit.editors import DateEdit, MoneyEdit
from desktop.ui.core_labels import core_label
from desktop.ui.funds.forms import FormDialog, power_combo


class DecisionDialog(FormDialog):
    def __init__(self, store, parent=None):
        super().__init__(self.tr("新建议事事项"), parent)
        self.store = store
        self.title_edit = QLineEdit()
        self.capital = QLabel()
        self.amount = MoneyEdit(self.tr("事项金额"), self.capital)
        self.fund = QComboBox()
        self.fund.addItem(self.tr("（未定）"), None)
        for f in accounts.list_funds(store):
            self.fund.addItem(f["name"], f["id"])
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(80)
        stages = " → ".join(core_label(s["name"]) for s in config.stages(store))
        self.form.addRow(self.tr("事项"), self.title_edit)
        self.form.addRow(self.tr("金额（元）"), self.amount)
        self.form.addRow("", self.capital)
        self.form.addRow(self.tr("资金来源"), self.fund)
        self.power = power_combo(store)
        self.form.addRow(self.tr("行使的小微权力"), self.power)
        self.form.addRow(self.tr("说明"), self.description)
        self.form.addRow(self.tr("议事环节"), QLabel(stages))
        self.finish_layout()

    def save(self):
        return decisions.add_decision(self.store, self.title_edit.text(), self.amount.fen(allow_zero=True),
                                      description=self.description.toPlainText(), fund_id=self.fund.currentData(),
                                      power_id=self.power.currentData())


class AdvanceDialog(FormDialog):
    """Record the next stage: the fields shown depend on what the stage records."""

    def __init__(self, store, decision: dict, parent=None):
        stage = decisions.next_stage(decision)
        super().__init__(self.tr("{title}：{stage}").format(title=decision["title"], stage=core_label(stage["name"])), parent)
        self.store, self.decision, self.stage = store, decision, stage
        self.day = DateEdit()
        self.form.addRow(self.tr("日期"), self.day)
        self.counts: dict[str, QLineEdit] = {}
        fields = []
        self.failed = QCheckBox(self.tr("表决未通过（记录票数，事项结束为“未通过”）"))
        if stage["kind"] == "vote":
            fields = [("members", self.tr("应到人数")), ("present", self.tr("实到人数")),
                      ("in_favour", self.tr("赞成")), ("against", self.tr("反对")), ("abstain", self.tr("弃权"))]
            rule = QLabel(self.tr("须三分之二以上应到人员到会，且赞成票超过到会人数的一半。"))
            rule.setWordWrap(True)
            self.form.addRow(rule)
        elif stage["kind"] == "meeting":
            fields = [("present", self.tr("到会人数"))]
        for key, label in fields:
            edit = QLineEdit()
            edit.setMaximumWidth(100)
            self.counts[key] = edit
            self.form.addRow(label, edit)
        if stage["kind"] == "vote":
            self.form.addRow("", self.failed)
        self.minutes = QPlainTextEdit()
        self.minutes.setMaximumHeight(110)
        self.form.addRow(self.tr("会议记录/意见"), self.minutes)
        self.files = QListWidget()
        self.files.setMaximumHeight(60)
        add = QPushButton(self.tr("添加附件（会议记录扫描件、照片）…"))
        add.clicked.connect(self._add_file)
        box = QVBoxLayout()
        box.addWidget(self.files)
        box.addWidget(add)
        self.form.addRow(self.tr("附件"), box)
        self.finish_layout()

    def _add_file(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("选择附件"))
        for p in paths:
            self.files.addItem(p)

    def save(self):
        values = {k: (e.text().strip() or None) for k, e in self.counts.items()}
        return decisions.advance(self.store, self.decision["id"], held_on=self.day.iso(),
                                 minutes=self.minutes.toPlainText(), stage_name=self.stage["name"],
                                 failed=self.failed.isChecked(), **values,
                                 attach=[self.files.item(i).text() for i in range(self.files.count())])


class SettingsDialog(FormDialog):
    """The village's 议事流程 and the amount above which a payment needs a decision."""

    def __init__(self, store, parent=None):
        super().__init__(self.tr("议事设置"), parent)
        self.store = store
        self.preset = QComboBox()
        for key, preset in config.PRESETS.items():
            stages = " → ".join(core_label(s["name"]) for s in preset["stages"])
            self.preset.addItem(f"{core_label(preset['label'])}：{stages}", key)
        current = config.stage_preset(store)
        if current in config.PRESETS:
            self.preset.setCurrentIndex(self.preset.findData(current))
        self.threshold = MoneyEdit(self.tr("议事标准金额"))
        self.threshold.setText(yuan(config.threshold_fen(store), grouping=False))
        self.publication = QSpinBox()
        self.publication.setRange(0, 365)
        self.publication.setValue(config.publication_days(store))
        self.split = QSpinBox()
        self.split.setRange(0, 365)
        self.split.setValue(config.split_window_days(store))
        self.form.addRow(self.tr("议事流程"), self.preset)
        self.form.addRow(self.tr("超过此金额的支出须经决议（元）"), self.threshold)
        self.form.addRow(self.tr("决议公开后至少公示（天）才能支出"), self.publication)
        self.form.addRow(self.tr("拆分支出检查：同一收款人或摘要合并计算（天）"), self.split)
        note = QLabel(self.tr("已开始的事项保留开始时的流程。"))
        self.form.addRow(note)
        self.finish_layout()

    def save(self):
        config.save(self.store, threshold_fen=self.threshold.fen("threshold", allow_zero=True),
                    preset=self.preset.currentData(), publication_days=self.publication.value(),
                    split_days=self.split.value())


class RepublishDialog(FormDialog):
    """Publish a reopened 实施结果 again, after the further charges."""

    def __init__(self, store, decision: dict, parent=None):
        super().__init__(self.tr("重新公开实施结果：{title}").format(title=decision["title"]), parent)
        self.store, self.decision = store, decision
        self.day = DateEdit()
        self.minutes = QPlainTextEdit()
        self.minutes.setMaximumHeight(90)
        self.form.addRow(self.tr("重新公开日期"), self.day)
        self.form.addRow(self.tr("说明（如：实际支出 75,000.00 元）"), self.minutes)
        self.finish_layout()

    def save(self):
        return decisions.republish_result(self.store, self.decision["id"], on=self.day.iso(),
                                          minutes=self.minutes.toPlainText())


class PowerDialog(FormDialog):
    """Add or edit one power of the 小微权力清单."""

    def __init__(self, store, power: dict | None = None, parent=None):
        super().__init__(self.tr("修改小微权力") if power else self.tr("新增小微权力"), parent)
        self.store, self.power = store, power
        self.name = QLineEdit(power["name"] if power else "")
        self.category = QLineEdit(power["category"] if power else "")
        self.holder = QLineEdit(power["holder"] if power else "")
        self.steps = QPlainTextEdit("\n".join(power["steps"]) if power else "")
        self.steps.setMaximumHeight(120)
        self.steps.setPlaceholderText(self.tr("每行一个步骤，如：申请、审查、公示、决定、公开"))
        self.time_limit = QLineEdit(power["time_limit"] if power else "")
        self.disclosure = QLineEdit(power["disclosure"] if power else "")
        self.supervisor = QLineEdit(power["supervisor"] if power else powers.SUPERVISOR)
        for label, widget in ((self.tr("权力事项"), self.name), (self.tr("类别"), self.category),
                              (self.tr("责任主体"), self.holder), (self.tr("办理流程"), self.steps),
                              (self.tr("办理时限"), self.time_limit), (self.tr("公开内容"), self.disclosure),
                              (self.tr("监督主体"), self.supervisor)):
            self.form.addRow(label, widget)
        self.finish_layout()

    def save(self):
        values = {"holder": self.holder.text(), "steps": self.steps.toPlainText(), "category": self.category.text(),
                  "time_limit": self.time_limit.text(), "disclosure": self.disclosure.text(),
                  "supervisor": self.supervisor.text()}
        if self.power:
            return powers.update_power(self.store, self.power["id"], name=self.name.text(), **values)
        return powers.add_power(self.store, self.name.text(), **values)


class PowerUseDialog(FormDialog):
    """Record a use of a power that is not a decision or a payment, with its supervision."""

    def __init__(self, store, power: dict, parent=None):
        super().__init__(self.tr("登记行使：{name}").format(name=power["name"]), parent)
        self.store, self.power = store, power
        self.subject = QLineEdit()
        self.day = DateEdit()
        self.handled_by = QLineEdit()
        self.supervised_by = QLineEdit()
        self.supervision = QPlainTextEdit()
        self.supervision.setMaximumHeight(90)
        for label, widget in ((self.tr("办理事项"), self.subject), (self.tr("办理日期"), self.day),
                              (self.tr("经办人"), self.handled_by), (self.tr("监督人"), self.supervised_by),
                              (self.tr("监督情况"), self.supervision)):
            self.form.addRow(label, widget)
        self.finish_layout()

    def save(self):
        return powers.record_use(self.store, self.power["id"], self.subject.text(), used_on=self.day.iso(),
                                 handled_by=self.handled_by.text(), supervised_by=self.supervised_by.text(),
                                 supervision=self.supervision.toPlainText())
