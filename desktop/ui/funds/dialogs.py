"""Dialogs of the funds ledger: a fund, its budget and matching, an entry (记一笔), a reversal,
attachments, a villager's query, the 监委会 sign-off. Each is a forms.FormDialog."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog, QFileDialog, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QPlainTextEdit, QPushButton,
                               QRadioButton, QSpinBox, QVBoxLayout)

from desktop.core.funds import accounts, attachments, config, decisions, ledger, matching, supervision
from desktop.core.money import yuan
from desktop.ui.ops import run_op
from desktop.ui.kit.editors import DateEdit, MoneyEdit
from desktop.ui.kit.editors import TermCombo
from desktop.ui.screen_fit import fit_window
from desktop.ui.funds.forms import FormDialog, as_logged_in_user, power_combo

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".bmp", ".gif"}


def _future_confirmed(parent, day: str) -> bool:
    from datetime import date
    if day <= date.today().isoformat():
        return False
    return QMessageBox.question(parent, parent.tr("未来日期"), parent.tr(
        "记账日期 {day} 晚于今天。确定要记入未来日期吗？监委会将在结账预警中看到这笔凭证。").format(day=day)) \
        == QMessageBox.Yes


class FundDialog(FormDialog):
    def __init__(self, store, parent=None):
        super().__init__(self.tr("新建资金账户"), parent)
        self.store = store
        self.name = QLineEdit()
        self.source = TermCombo(accounts.SOURCES, editable=True)
        self.purpose = QLineEdit()
        self.capital = QLabel()
        self.opening = MoneyEdit(self.tr("期初余额"), self.capital)
        self.opening.setText("0")
        self.opening_date = DateEdit()
        self.form.addRow(self.tr("资金名称"), self.name)
        self.form.addRow(self.tr("来源"), self.source)
        self.form.addRow(self.tr("用途"), self.purpose)
        self.form.addRow(self.tr("期初余额（元）"), self.opening)
        self.form.addRow("", self.capital)
        self.form.addRow(self.tr("期初日期"), self.opening_date)
        self.finish_layout()

    def save(self):
        return accounts.add_fund(self.store, self.name.text(), source=self.source.value(),
                                 purpose=self.purpose.text(), opening_fen=self.opening.fen("opening", allow_zero=True),
                                 opening_date=self.opening_date.iso())


class BudgetDialog(FormDialog):
    def __init__(self, store, fund: dict, parent=None):
        super().__init__(self.tr("预算：{fund}").format(fund=fund["name"]), parent)
        self.store, self.fund = store, fund
        from datetime import date
        self.year = QSpinBox()
        self.year.setRange(2000, 2999)
        self.year.setValue(date.today().year)
        self.category = TermCombo(ledger.EXPENSE_CATEGORIES, editable=True)
        self.amount = MoneyEdit(self.tr("预算金额"))
        self.form.addRow(self.tr("年度"), self.year)
        self.form.addRow(self.tr("支出科目"), self.category)
        self.form.addRow(self.tr("预算金额（元）"), self.amount)
        self.finish_layout()

    def save(self):
        return accounts.set_budget(self.store, self.fund["id"], self.year.value(), self.category.value(),
                                   self.amount.fen("budget", allow_zero=True))


class EntryDialog(FormDialog):
    """记一笔: a receipt or a payment, as a draft or posted at once, with attachments."""

    def __init__(self, store, parent=None, fund_id: str | None = None, draft: dict | None = None):
        super().__init__(self.tr("修改草稿凭证") if draft else self.tr("记一笔收支"), parent)
        self.store = store
        self.draft = draft
        fund_id = draft["fund_id"] if draft else fund_id
        self.fund = QComboBox()
        for f in accounts.list_funds(store):
            self.fund.addItem(self.tr("{name}（余额 {balance}）").format(name=f["name"], balance=yuan(f["balance_fen"])),
                              f["id"])
        if fund_id:
            self.fund.setCurrentIndex(max(0, self.fund.findData(fund_id)))
        self.income = QRadioButton(self.tr("收入"))
        self.expense = QRadioButton(self.tr("支出"))
        self.expense.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.income)
        group.addButton(self.expense)
        direction = QHBoxLayout()
        direction.addWidget(self.income)
        direction.addWidget(self.expense)
        direction.addStretch(1)
        self.capital = QLabel()
        self.amount = MoneyEdit(self.tr("金额"), self.capital)
        self.day = DateEdit()
        self.category = TermCombo(editable=True)
        self.counterparty = QLineEdit()
        self.summary = QLineEdit()
        self.decision = QComboBox()
        self.power = power_combo(store, draft["power_id"] if draft else None)
        self.files = QListWidget()
        self.files.setMaximumHeight(70)
        add_file = QPushButton(self.tr("添加附件…"))
        add_file.clicked.connect(self._add_file)
        self.post_now = QCheckBox(self.tr("保存后立即过账（过账后不能修改，只能冲销）"))
        self.threshold = QLabel()
        self.form.addRow(self.tr("资金"), self.fund)
        self.form.addRow(self.tr("收支"), direction)
        self.form.addRow(self.tr("金额（元）"), self.amount)
        self.form.addRow("", self.capital)
        self.form.addRow(self.tr("日期"), self.day)
        self.form.addRow(self.tr("科目"), self.category)
        self.form.addRow(self.tr("收/付款单位或个人"), self.counterparty)
        self.form.addRow(self.tr("摘要"), self.summary)
        self.form.addRow(self.tr("议事事项"), self.decision)
        self.form.addRow("", self.threshold)
        self.form.addRow(self.tr("行使的小微权力"), self.power)
        files_row = QVBoxLayout()
        files_row.addWidget(self.files)
        files_row.addWidget(add_file)
        self.form.addRow(self.tr("附件"), files_row)
        self.form.addRow("", self.post_now)
        self.finish_layout()
        self.income.toggled.connect(self._direction_changed)
        self._direction_changed()
        if draft:
            self._fill(draft)

    def _fill(self, e: dict) -> None:
        self.income.setChecked(e["direction"] == "income")
        self.expense.setChecked(e["direction"] == "expense")
        self.amount.setText(yuan(e["amount_fen"], grouping=False))
        self.day.set_iso(e["entry_date"])
        self.category.set_value(e["category"])
        self.counterparty.setText(e["counterparty"])
        self.summary.setText(e["summary"])
        if e["decision_id"]:
            self.decision.setCurrentIndex(max(0, self.decision.findData(e["decision_id"])))

    def _direction_changed(self) -> None:
        current = self.category.value()
        items = ledger.INCOME_CATEGORIES if self.income.isChecked() else ledger.EXPENSE_CATEGORIES
        self.category.set_terms(items)
        if current in items:
            self.category.set_value(current)
        self.decision.clear()
        self.decision.addItem(self.tr("（不引用）"), None)
        for d in decisions.list_decisions(self.store):
            if decisions.is_resolved(d):
                left = d["amount_fen"] - d["spent_fen"]
                self.decision.addItem(self.tr("{title}（可支出 {left}）").format(title=d["title"], left=yuan(left)),
                                      d["id"])
        self.threshold.setText(self.tr("超过 {amount} 元的支出须引用已形成决议的议事事项。").format(
            amount=yuan(config.threshold_fen(self.store))) if self.expense.isChecked() else "")

    def _add_file(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("选择附件（收据扫描件、照片）"))
        for p in paths:
            self.files.addItem(p)

    def save(self):
        values = {"fund_id": self.fund.currentData(),
                  "direction": "income" if self.income.isChecked() else "expense",
                  "amount_fen": self.amount.fen(), "entry_date": self.day.iso(),
                  "category": self.category.value(), "summary": self.summary.text(),
                  "counterparty": self.counterparty.text(), "decision_id": self.decision.currentData(),
                  "power_id": self.power.currentData()}
        future = _future_confirmed(self, values["entry_date"])
        files = [self.files.item(i).text() for i in range(self.files.count())]
        if not self.draft:
            return ledger.add_entry(self.store, **values, post=self.post_now.isChecked(), confirm_future=future,
                                    attach=files)
        return ledger.save_draft(self.store, self.draft["id"], **values, attach=files, post=self.post_now.isChecked(),
                                 confirm_future=future)


class ReverseDialog(FormDialog):
    def __init__(self, store, entry: dict, parent=None):
        super().__init__(self.tr("冲销凭证 {voucher}").format(voucher=entry["voucher_no"]), parent)
        self.store, self.entry = store, entry
        info = QLabel(self.tr("{summary}　{amount} 元。冲销将记一张金额相反的凭证，原凭证保留。").format(
            summary=entry["summary"], amount=yuan(entry["amount_fen"])))
        info.setWordWrap(True)
        self.reason = QLineEdit()
        self.day = DateEdit()
        self.form.addRow(info)
        self.form.addRow(self.tr("冲销原因"), self.reason)
        self.form.addRow(self.tr("冲销日期"), self.day)
        self.finish_layout()

    def save(self):
        return ledger.reverse_entry(self.store, self.entry["id"], reason=self.reason.text(), entry_date=self.day.iso())


class AttachmentsDialog(QDialog):
    """The files of one record: list, preview of images, open with the system viewer, add more."""

    def __init__(self, store, owner_table: str, owner_id: str, title: str, parent=None):
        super().__init__(parent)
        self.store, self.owner_table, self.owner_id = store, owner_table, owner_id
        self.setWindowTitle(title)
        fit_window(self, "attachments", 640, 480)
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.list = QListWidget()
        left.addWidget(self.list)
        add = QPushButton(self.tr("添加附件…"))
        open_ = QPushButton(self.tr("用系统程序打开"))
        close = QPushButton(self.tr("关闭"))
        for b in (add, open_, close):
            left.addWidget(b)
        layout.addLayout(left, 1)
        self.preview = QLabel(self.tr("选择左侧附件查看"))
        self.preview.setMinimumWidth(360)
        layout.addWidget(self.preview, 2)
        add.clicked.connect(self._add)
        open_.clicked.connect(self._open)
        close.clicked.connect(self.accept)
        self.list.currentItemChanged.connect(lambda *_: self._show())
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for a in attachments.list_attachments(self.store, self.owner_table, self.owner_id):
            item = QListWidgetItem(self.tr("{name}（{size} KB）").format(name=a["file_name"], size=a["size"] // 1024 + 1))
            item.setData(256, a["id"])
            item.setToolTip("SHA-256: " + a["sha256"])
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _current_path(self) -> Path | None:
        item = self.list.currentItem()
        if item is None:
            return None
        found = run_op(self, None, attachments.attachment_path, self.store, item.data(256))
        return found.value if found else None

    def _show(self) -> None:
        path = self._current_path()
        if path is None:
            return
        if path.suffix.lower() in IMAGE_SUFFIXES:
            pix = QPixmap(str(path))
            self.preview.setPixmap(pix.scaled(360, 420, aspectMode=1))
        else:
            self.preview.setText(self.tr("此类文件请用系统程序打开：{name}").format(name=path.name))

    def _add(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("选择附件"))
        for p in paths:     # each file on its own: one refused file does not stop the others
            run_op(self, None, attachments.attach, self.store, self.owner_table, self.owner_id, p)
        self.reload()

    def _open(self) -> None:
        path = self._current_path()
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class QueryDialog(FormDialog):
    """Log a villager's question about an entry, or answer an open one."""

    def __init__(self, store, entry: dict, parent=None):
        super().__init__(self.tr("村民质询：凭证 {voucher}").format(voucher=entry["voucher_no"] or ""), parent)
        self.store, self.entry = store, entry
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.open_query = None
        lines = []
        for q in supervision.queries(store, entry["id"]):
            lines.append(self.tr("{day} {who}：{question}\n　答复：{answer}").format(
                day=q["asked_on"], who=q["asked_by"], question=q["question"],
                answer=q["answer"] or self.tr("（未答复）")))
            if not q["answer"] and self.open_query is None:
                self.open_query = q
        self.history.setText("\n".join(lines) or self.tr("（暂无质询）"))
        self.form.addRow(self.history)
        self.asked_by = QLineEdit()
        self.text = QPlainTextEdit()
        self.text.setMaximumHeight(90)
        self.by = QLineEdit()
        self.day = DateEdit()
        if self.open_query:
            self.form.addRow(self.tr("答复内容"), self.text)
            self.form.addRow(self.tr("答复人"), self.by)
            as_logged_in_user(store, self.by)
            self.form.addRow(self.tr("答复日期"), self.day)
        else:
            self.form.addRow(self.tr("提问人"), self.asked_by)
            self.form.addRow(self.tr("质询内容"), self.text)
            self.form.addRow(self.tr("提问日期"), self.day)
        self.finish_layout()

    def save(self):
        if self.open_query:
            return supervision.answer_query(self.store, self.open_query["id"], self.text.toPlainText(),
                                            answered_by=self.by.text(), answered_on=self.day.iso())
        return supervision.add_query(self.store, self.entry["id"], self.text.toPlainText(),
                                     asked_by=self.asked_by.text(), asked_on=self.day.iso())


class SignoffDialog(FormDialog):
    def __init__(self, store, period: str, parent=None):
        super().__init__(self.tr("监委会审核签字"), parent)
        self.store = store
        self.period = QLineEdit(period)
        self.reviewer = QLineEdit()
        self.day = DateEdit()
        self.remarks = QPlainTextEdit()
        self.remarks.setMaximumHeight(100)
        self.form.addRow(self.tr("期间（2026-03 或 2026-Q1）"), self.period)
        self.form.addRow(self.tr("签字人"), self.reviewer)
        as_logged_in_user(store, self.reviewer)
        self.form.addRow(self.tr("签字日期"), self.day)
        self.form.addRow(self.tr("审核意见"), self.remarks)
        self.finish_layout()

    def save(self):
        return supervision.sign_off(self.store, self.period.text(), reviewer=self.reviewer.text(),
                                    signed_on=self.day.iso(), remarks=self.remarks.toPlainText())


class MatchDialog(FormDialog):
    """A fund's matching rule: every N yuan donated brings M yuan from a government office."""

    def __init__(self, store, fund: dict, parent=None):
        super().__init__(self.tr("捐助配套规则：{fund}").format(fund=fund["name"]), parent)
        self.store, self.fund = store, fund
        self.ratio = QLineEdit(f"{fund['match_per']}:{fund['match_gives']}" if fund.get("match_per") else "")
        self.ratio.setPlaceholderText("1:3")
        self.source = QLineEdit(fund.get("match_source") or "")
        note = QLabel(self.tr("记入“社会捐赠”科目的收入按比例产生应配套金额；配套资金到账时记入“政府配套资金”科目。"
                              "比例留空则取消规则。"))
        note.setWordWrap(True)
        self.form.addRow(self.tr("配套比例（捐助:配套）"), self.ratio)
        self.form.addRow(self.tr("配套资金来源"), self.source)
        self.form.addRow(note)
        self.finish_layout()

    def save(self):
        text = self.ratio.text().strip()
        ratio = matching.parse_ratio(text) if text else (None, None)
        return matching.set_rule(self.store, self.fund["id"], *ratio, self.source.text())


