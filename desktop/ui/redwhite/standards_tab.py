"""The standards editor: versions by effective date on the left, one row per event kind.

A version that already judged events is shown read-only (its numbers are the basis of
past verdicts); the clerk makes a new version instead, from a new effective date.
A village also sees its township's recommended versions (read-only; they judge its events
where it has no own version in force, see core standards.py) and can adopt one as its own.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog,
                               QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QMessageBox, QPushButton, QSpinBox, QSplitter, QTableWidget,
                               QVBoxLayout, QWidget)

from db.errors import ValidationError
from desktop.core import village
from desktop.core.redwhite import standards
from desktop.core.redwhite.codes import FIGURES, KINDS
from desktop.core.inputs.money import parse_money
from desktop.core.money import yuan
from desktop.ui.ops import run_op
from desktop.ui.kit.editors import DateEdit
from desktop.ui.kit.dialogs import dialog_buttons

from desktop.ui.core_labels import core_label  # noqa: E402

LIMIT_FIGURES = [f for f in FIGURES if f.limit]
REPORT_MODES = [("before", QT_TRANSLATE_NOOP("StandardsTab", "提前申报")),
                ("within", QT_TRANSLATE_NOOP("StandardsTab", "事后申报"))]


class NewVersionDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("新建标准版本"))
        form = QFormLayout(self)
        self.effective = DateEdit(date.today().isoformat())
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("如：2026年村规民约修订（村民代表会议通过）"))
        self.template = QCheckBox(self.tr("从系统示例模板开始（否则沿用该日期前有效的标准）"))
        form.addRow(self.tr("生效日期"), self.effective)
        form.addRow(self.tr("名称"), self.title)
        form.addRow("", self.template)
        form.addRow(dialog_buttons(self, self.accept, save=True))


class StandardsTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.version_id: str | None = None
        layout = QHBoxLayout(self)
        splitter = QSplitter()
        layout.addWidget(splitter)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        township = village.site_info(ctx.store)["role"] == "township"
        left_layout.addWidget(QLabel(self.tr("本乡镇推荐的标准版本（随数据包下发各村）") if township
                                     else self.tr("标准版本（按生效日期）")))
        self.versions = QListWidget()
        left_layout.addWidget(self.versions, 1)
        self.new_button = QPushButton(self.tr("新建版本"))
        self.example_button = QPushButton(self.tr("采用示例模板"))
        self.township_button = QPushButton(self.tr("采用乡镇推荐标准…"))
        self.delete_button = QPushButton(self.tr("删除未用的版本"))
        for b in (self.new_button, self.example_button, self.township_button, self.delete_button):
            left_layout.addWidget(b)
        splitter.addWidget(left)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        right_layout.addWidget(self.banner)
        title_row = QHBoxLayout()
        title_row.addWidget(QLabel(self.tr("版本名称")))
        self.title = QLineEdit()
        title_row.addWidget(self.title, 1)
        right_layout.addLayout(title_row)
        headers = [self.tr("类别"), self.tr("禁止\n办理")] + \
            [core_label(f.label.replace("（", "\n（").replace("吹鼓手/", "")) + "\n"
             + core_label("元" if f.money else f.unit) for f in LIMIT_FIGURES] + \
            [self.tr("申报\n方式"), self.tr("申报\n天数"), self.tr("文字条文")]
        self.grid = QTableWidget(len(KINDS), len(headers))
        self.grid.setHorizontalHeaderLabels(headers)
        self.grid.verticalHeader().setVisible(False)
        self.grid.setSelectionMode(QAbstractItemView.NoSelection)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Fixed)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(40)
        for col in range(len(headers) - 1):
            self.grid.setColumnWidth(col, 46 if col < 2 else 78)
        self.grid.setColumnWidth(len(headers) - 3, 92)
        self.cells: dict[str, dict[str, QWidget]] = {}
        for row, kind in enumerate(KINDS):
            label = QLabel(core_label(kind))
            label.setAlignment(Qt.AlignCenter)
            self.grid.setCellWidget(row, 0, label)
            cells: dict[str, QWidget] = {"banned": QCheckBox()}
            for fig in LIMIT_FIGURES:
                edit = QLineEdit()
                edit.setPlaceholderText(self.tr("不限"))
                edit.setAlignment(Qt.AlignRight)
                cells[fig.limit] = edit
            mode = QComboBox()
            for key, text in REPORT_MODES:
                mode.addItem(QCoreApplication.translate("StandardsTab", text), key)
            cells["report_mode"] = mode
            days = QSpinBox()
            days.setRange(0, 90)
            days.setSuffix(self.tr(" 天"))
            cells["report_days"] = days
            cells["rules"] = QLineEdit()
            for col, key in enumerate(["banned"] + [f.limit for f in LIMIT_FIGURES] +
                                      ["report_mode", "report_days", "rules"], start=1):
                self.grid.setCellWidget(row, col, cells[key])
            self.cells[kind] = cells
        right_layout.addWidget(self.grid, 1)
        hint = QLabel(self.tr("金额填元（如 300 或 300.50）；留空表示不限。丧事一般“事后申报 1 天”，婚事“提前申报”若干天。"))
        hint.setWordWrap(True)
        right_layout.addWidget(hint)
        self.save_button = QPushButton(self.tr("保存本版本"))
        right_layout.addWidget(self.save_button, 0, Qt.AlignRight)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([220, 1080])
        self.versions.currentItemChanged.connect(self._select)
        self.new_button.clicked.connect(self.new_version)
        self.example_button.clicked.connect(self.adopt_example)
        self.township_button.clicked.connect(self.adopt_recommended)
        self.delete_button.clicked.connect(self.delete_version)
        self.save_button.clicked.connect(self.save)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        select = select or self.version_id
        self.versions.blockSignals(True)
        self.versions.clear()
        rows = standards.versions(self.ctx.store)
        recommended = standards.recommended_versions(self.ctx.store)
        today = date.today().isoformat()
        current = standards.version_for(self.ctx.store, today)
        for v in list(reversed(rows)) + list(reversed(recommended)):
            in_force = current is not None and v["id"] == current["id"]
            prefix = self.tr("【乡镇推荐】") if v["site_id"] != self.ctx.store.site_id else ""
            text = prefix + self.tr("%1 起").replace("%1", v["effective_date"]) + f"　{v['title'] or ''}" + \
                (self.tr("（现行）") if in_force else "")
            item = QListWidgetItem(text)
            item.setData(Qt.UserRole, v["id"])
            item.setToolTip(text)
            self.versions.addItem(item)
            if v["id"] == select or (select is None and in_force):
                self.versions.setCurrentItem(item)
        self.versions.blockSignals(False)
        if self.versions.currentItem() is None and self.versions.count():
            self.versions.setCurrentRow(0)
        self._select(self.versions.currentItem())
        self.example_button.setVisible(not rows)
        self.township_button.setVisible(bool(recommended))

    def _select(self, item, _previous=None) -> None:
        if item is None:
            self.version_id = None
            self.banner.setText(self.tr("尚未设置本村的村规民约标准。可先“采用示例模板”，再按本村村规民约修改。"))
            self.banner.setStyleSheet("color: #b00020; font-weight: bold;")
            self._set_enabled(False)
            return
        self.version_id = item.data(Qt.UserRole)
        store = self.ctx.store
        version = store.get("redwhite_standard_version", self.version_id)
        by_kind = standards.standards_of(store, self.version_id)
        if version["site_id"] != store.site_id:
            self._show_values(version, by_kind)
            self.banner.setText(self.tr("这是乡镇推荐的标准，由乡镇随数据包下发，本村只能查看。本村没有自己的标准时，"
                                        "事项按它审核；如要采用，请点“采用乡镇推荐标准…”，之后可按本村情况修改。"))
            self.banner.setStyleSheet("color: #1e5aa8;")
            self._set_enabled(False)
            self.delete_button.setEnabled(False)
            return
        judged = standards.judged_count(store, self.version_id)
        self._show_values(version, by_kind)
        notes = []
        if version["is_example"]:
            notes.append(self.tr("这是系统自带的示例（请按本村村规民约修改）。"))
        if judged:
            notes.append(self.tr("本版本已用于审核 %1 件事项，数字不能再改（只能改文字条文）；如标准有变化，请“新建版本”并填写新的生效日期。")
                         .replace("%1", str(judged)))
        self.banner.setText("\n".join(notes))
        self.banner.setStyleSheet("color: #a15c00;" if notes else "")
        self._set_enabled(True, numbers=not judged)
        self.delete_button.setEnabled(not judged)

    def _show_values(self, version, by_kind: dict) -> None:
        self.title.setText(version["title"])
        for kind, cells in self.cells.items():
            std = by_kind.get(kind, {})
            cells["banned"].setChecked(bool(std.get("banned")))
            for fig in LIMIT_FIGURES:
                value = std.get(fig.limit)
                text = "" if value is None else (yuan(value, grouping=False) if fig.money else str(value))
                cells[fig.limit].setText(text)
            cells["report_mode"].setCurrentIndex(cells["report_mode"].findData(std.get("report_mode", "before")))
            cells["report_days"].setValue(std.get("report_days") or 0)
            cells["rules"].setText(std.get("rules", ""))
            cells["rules"].setCursorPosition(0)
            cells["rules"].setToolTip(std.get("rules", ""))

    def _set_enabled(self, on: bool, numbers: bool = True) -> None:
        for cells in self.cells.values():
            for key, w in cells.items():
                w.setEnabled(on and (numbers or key == "rules"))
        self.title.setEnabled(on)
        self.save_button.setEnabled(on)

    def _values(self, kind: str) -> dict:
        cells = self.cells[kind]
        out = {"banned": 1 if cells["banned"].isChecked() else 0, "report_mode": cells["report_mode"].currentData(),
               "report_days": cells["report_days"].value(), "rules": cells["rules"].text()}
        for fig in LIMIT_FIGURES:
            text = cells[fig.limit].text().strip()
            label = f"{kind}的“{fig.label}”上限"
            if not text:
                out[fig.limit] = None
            elif fig.money:
                out[fig.limit] = parse_money(text, field=fig.limit, label=label, allow_zero=True)
            elif text.isdecimal():
                out[fig.limit] = int(text)
            else:
                raise ValidationError(f"{label}应为不小于 0 的整数，现在是“{text}”。", field=fig.limit)
        return out

    def save(self) -> None:
        if not self.version_id:
            return
        saved = run_op(self, "redwhite", lambda: standards.save_version(
            self.ctx.store, self.version_id, title=self.title.text(),
            by_kind={kind: self._values(kind) for kind in KINDS}))
        if saved:
            QMessageBox.information(self, self.tr("已保存"), self.tr("标准已保存。"))

    def _show_version(self, version_id: str) -> None:
        """After a new version: the announced change refreshes this tab onto it."""
        self.version_id = version_id

    def new_version(self) -> None:
        dialog = NewVersionDialog(self)
        if not dialog.exec():
            return
        title, day = dialog.title.text(), dialog.effective.iso()
        if dialog.template.isChecked():
            run_op(self, "redwhite", standards.adopt_example, self.ctx.store, day, title=title.strip() or None,
                   on_done=self._show_version)
        else:
            run_op(self, "redwhite", standards.add_version, self.ctx.store, day, title=title,
                   on_done=self._show_version)

    def adopt_recommended(self) -> None:
        dialog = NewVersionDialog(self)
        dialog.setWindowTitle(self.tr("采用乡镇推荐标准"))
        dialog.template.setVisible(False)
        if not dialog.exec():
            return
        run_op(self, "redwhite", standards.adopt_recommended, self.ctx.store, dialog.effective.iso(),
               title=dialog.title.text().strip() or None, on_done=self._show_version)

    def adopt_example(self) -> None:
        run_op(self, "redwhite", standards.adopt_example, self.ctx.store, f"{date.today().year}-01-01",
               on_done=self._show_version)

    def delete_version(self) -> None:
        if not self.version_id:
            return
        if QMessageBox.question(self, self.tr("删除版本"), self.tr("确定删除这个没有用过的标准版本吗？")) != \
                QMessageBox.Yes:
            return
        run_op(self, "redwhite", standards.delete_version, self.ctx.store, self.version_id,
               on_done=lambda _r: setattr(self, "version_id", None))
