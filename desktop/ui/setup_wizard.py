"""First run: demo village, a new village, or a township; the clerk; keys; where data lives."""
from __future__ import annotations

from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QFormLayout, QLabel, QLineEdit, QRadioButton,
                               QVBoxLayout, QWizard, QWizardPage)

from desktop.core import village
from desktop.ui.ops import run_op

PAGE_START, PAGE_PLACE, PAGE_CLERK, PAGE_DONE = range(4)


def split_groups(text: str) -> list[str]:
    """村民小组 as typed in one line: separated by 、，, ; or spaces."""
    for sep in "，,、;；\n":
        text = text.replace(sep, " ")
    return [g for g in text.split() if g]


class StartPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("欢迎使用村务通"))
        self.setSubTitle(self.tr("这是一个新的数据文件。请选择怎样开始："))
        layout = QVBoxLayout(self)
        self.demo = QRadioButton(self.tr("先看看示范村（合成数据，随时可以另建本村数据）"))
        self.village = QRadioButton(self.tr("建立本村的数据（村委会使用）"))
        self.township = QRadioButton(self.tr("建立乡镇的汇总数据（乡镇使用，汇总各村上报）"))
        self.demo.setObjectName("wizard_demo")
        self.village.setObjectName("wizard_village")
        self.township.setObjectName("wizard_township")
        group = QButtonGroup(self)
        for b in (self.demo, self.village, self.township):
            group.addButton(b)
            layout.addWidget(b)
        self.demo.setChecked(True)

    def nextId(self) -> int:
        return PAGE_DONE if self.demo.isChecked() else PAGE_PLACE


class PlacePage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("村（乡镇）信息"))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setObjectName("wizard_name")
        self.code = QLineEdit()
        self.code.setObjectName("wizard_code")
        self.code.setPlaceholderText(self.tr("12 位统计用区划代码"))
        self.code.setMaxLength(12)
        self.township = QLineEdit()
        self.county = QLineEdit()
        # The groups come up everywhere after (the overview, each person's household): asked now.
        self.groups = QLineEdit()
        self.groups.setObjectName("wizard_groups")
        self.groups.setPlaceholderText(self.tr("例：一组 二组 三组（用空格或逗号分开，以后可在“本村设置”修改）"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        form.addRow(self.tr("名称"), self.name)
        form.addRow(self.tr("区划代码"), self.code)
        form.addRow(self.tr("所属乡镇"), self.township)
        form.addRow(self.tr("所属县（区）"), self.county)
        form.addRow(self.tr("村民小组"), self.groups)
        form.addRow(self.error)
        self.name.textChanged.connect(self.completeChanged)
        self.code.textChanged.connect(self._code_changed)

    def _code_changed(self) -> None:
        code = self.code.text().strip()
        ok = village.DIVISION_CODE.match(code) is not None
        self.error.setText("" if ok or not code else self.tr("区划代码应为 12 位数字。"))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.name.text().strip()) and village.DIVISION_CODE.match(self.code.text().strip()) is not None


class ClerkPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("经办人"))
        self.setSubTitle(self.tr("经办人的姓名会印在公告的“经办人”一栏。建议设置登录密码，保护村民的个人信息。"))
        form = QFormLayout(self)
        self.clerk = QLineEdit()
        self.clerk.setObjectName("wizard_clerk")
        self.use_password = QCheckBox(self.tr("设置登录密码（推荐）"))
        self.use_password.setChecked(True)
        self.username = QLineEdit("admin")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        self.password.setObjectName("wizard_password")
        self.password2 = QLineEdit()
        self.password2.setEchoMode(QLineEdit.Password)
        self.password2.setObjectName("wizard_password2")
        form.addRow(self.tr("经办人姓名"), self.clerk)
        form.addRow(self.use_password)
        form.addRow(self.tr("登录用户名"), self.username)
        form.addRow(self.tr("密码（至少 6 位）"), self.password)
        form.addRow(self.tr("再输一次密码"), self.password2)
        self.use_password.toggled.connect(self._toggle)
        for w in (self.clerk, self.password, self.password2, self.username):
            w.textChanged.connect(self.completeChanged)

    def _toggle(self, on: bool) -> None:
        for w in (self.username, self.password, self.password2):
            w.setEnabled(on)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if not self.clerk.text().strip():
            return False
        if self.use_password.isChecked():
            return (len(self.password.text()) >= 6 and self.password.text() == self.password2.text()
                    and bool(self.username.text().strip()))
        return True

    def nextId(self) -> int:
        return PAGE_DONE


class DonePage(QWizardPage):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("准备就绪"))
        layout = QVBoxLayout(self)
        self.info = QLabel()
        self.info.setObjectName("wizard_info")
        self.info.setWordWrap(True)
        layout.addWidget(self.info)

    def initializePage(self) -> None:
        from desktop.core.security.backups import backup_folder
        folder = backup_folder(self.ctx.store)
        self.info.setText(self.tr("数据文件：") + str(self.ctx.db_path) + "\n" + self.tr("备份文件夹：") + str(folder)
                          + "\n\n" + self.tr("这两个位置在“本村设置”页随时可以看到。点“完成”开始使用。"))


class SetupWizard(QWizard):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("村务通 — 首次使用"))
        self.setButtonText(QWizard.NextButton, self.tr("下一步"))
        self.setButtonText(QWizard.BackButton, self.tr("上一步"))
        self.setButtonText(QWizard.FinishButton, self.tr("完成"))
        self.setButtonText(QWizard.CancelButton, self.tr("取消"))
        self.start = StartPage()
        self.place = PlacePage()
        self.clerk = ClerkPage()
        self.done_page = DonePage(ctx)
        self.setPage(PAGE_START, self.start)
        self.setPage(PAGE_PLACE, self.place)
        self.setPage(PAGE_CLERK, self.clerk)
        self.setPage(PAGE_DONE, self.done_page)
        self.choice = ""     # "demo": the app opens the demo in its own file beside this one

    def accept(self) -> None:
        if run_op(self, "village", self.create):
            super().accept()

    def create(self) -> None:
        """Write what the clerk chose: all in one transaction, so a refusal leaves the file empty."""
        store = self.ctx.store
        if self.start.demo.isChecked():
            # Synthetic people never mix with a real village's file.
            self.choice = "demo"
            return
        self.choice = "own"
        login = self.clerk.use_password.isChecked()
        village.set_up(store, name=self.place.name.text(), division_code=self.place.code.text(),
                       township=self.place.township.text(), county=self.place.county.text(),
                       role="township" if self.start.township.isChecked() else "village",
                       groups=split_groups(self.place.groups.text()), clerk_name=self.clerk.clerk.text(),
                       admin=(self.clerk.username.text(), self.clerk.password.text()) if login else None)
        if login:
            from desktop.core.security import users
            users.apply_session(store, self.clerk.username.text().strip(), "admin")

