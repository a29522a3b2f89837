"""从 Excel 导入花名册: choose the file, check the header row and column mapping, look at a
preview of what each row will do, import on a worker thread, then read the summary.

Nothing is written before 开始导入; the import itself is one transaction
(desktop.core.roster.excel_import.run_import) and bad rows go to an error workbook.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QListView, QListWidget, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWizard, QWizardPage)

from db.errors import CunwuError
from desktop.core.roster import excel_import as xi
from desktop.ui.jobs import run_job
from desktop.ui.kit.files import SavedFiles
from desktop.ui.ops import run_op
from desktop.ui.screen_fit import fit_window
from desktop.ui.i18n import core_text

PREVIEW_ROWS = 50
ACTIONS = {"add": QT_TRANSLATE_NOOP("MappingPage", "新增"), "update": QT_TRANSLATE_NOOP("MappingPage", "更新"),
           "unchanged": QT_TRANSLATE_NOOP("MappingPage", "不变"), "error": QT_TRANSLATE_NOOP("MappingPage", "错误")}
ACTION_COLOURS = {"add": "#1b7a1b", "update": "#24415f", "unchanged": "#777777", "error": "#b00020"}


def _read(_store, progress, path: str, sheet: str | None):
    """Worker-side read of the sheet (large files take seconds)."""
    progress(0, 0, QCoreApplication.translate("ImportWizard", "正在读取文件…"))
    return xi.read_table(path, sheet)


def _import(store, progress, table, mapping):
    return xi.run_import(store, table, mapping, progress)


class FilePage(QWizardPage):
    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("第 1 步：选择花名册文件"))
        self.setSubTitle(self.tr("支持 .xlsx、.xls 和 .csv（UTF-8 或 GBK）。下一步会先显示对应关系和预览，不会马上写入。"))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setObjectName("import_path")
        self.path.setPlaceholderText(self.tr("点击“浏览…”选择文件"))
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        self.path.textChanged.connect(self.completeChanged)
        layout.addStretch(1)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择花名册"), self.path.text(), self.tr("花名册 (*.xlsx *.xlsm *.xls *.csv);;所有文件 (*)"))
        if name:
            self.path.setText(name)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        path = self.path.text().strip()
        if self.wiz.table is not None and str(self.wiz.table.path) == str(Path(path)):
            return True
        self.wiz.load(path)
        return False      # the reading job moves on to the next page when it is done


class MappingPage(QWizardPage):
    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("第 2 步：核对表头和各列对应的字段"))
        self.setSubTitle(self.tr("程序已自动识别表头；如有不对，请在“对应字段”中改选。下方预览前 %1 行将如何导入。")
                         .replace("%1", str(PREVIEW_ROWS)))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.header_info = QLabel()
        self.header_info.setObjectName("import_header_info")
        top.addWidget(self.header_info, 1)
        self.sheet = QComboBox()
        self.sheet.setToolTip(self.tr("工作表"))
        top.addWidget(self.sheet)
        layout.addLayout(top)
        self.columns = QTableWidget(0, 4)
        self.columns.setObjectName("import_mapping")
        self.columns.setHorizontalHeaderLabels([self.tr("列"), self.tr("表头"), self.tr("对应字段"), self.tr("示例")])
        self.columns.verticalHeader().setVisible(False)
        self.columns.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.columns.horizontalHeader().setStretchLastSection(True)
        self.columns.setEditTriggers(QAbstractItemView.NoEditTriggers)
        layout.addWidget(self.columns, 3)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.preview = QTableWidget(0, 0)
        self.preview.setObjectName("import_preview")
        self.preview.setProperty("fixedColumns", True)     # refresh_preview sizes them: the reason stretches
        self.preview.verticalHeader().setVisible(False)
        self.preview.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        layout.addWidget(self.preview, 3)
        self.combos: dict[int, QComboBox] = {}
        self.sheet.activated.connect(lambda _i: self.wiz.load(str(self.wiz.table.path), self.sheet.currentText()))

    def initializePage(self) -> None:
        t = self.wiz.table
        self.header_info.setText(self.tr("文件：%1　工作表：%2　表头在第 %3 行，数据从第 %4 行开始，共 %5 行。")
                                 .replace("%1", t.path.name).replace("%2", t.sheet_name or "-")
                                 .replace("%3", str(t.row_number(t.header_row)))
                                 .replace("%4", str(t.row_number(t.data_start)))
                                 .replace("%5", str(max(len(t.rows) - t.data_start, 0))))
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(t.sheet_names or [t.sheet_name])
        self.sheet.setCurrentText(t.sheet_name)
        self.sheet.setVisible(len(t.sheet_names) > 1)
        self.sheet.blockSignals(False)
        guessed = xi.guess_mapping(t)
        samples = [cells for _n, cells in zip(range(3), (c for _r, c in t.data_rows()))]
        self.columns.setRowCount(t.width)
        self.combos = {}
        for col, header in enumerate(t.headers):
            self.columns.setItem(col, 0, QTableWidgetItem(xi.column_letter(col)))
            self.columns.setItem(col, 1, QTableWidgetItem(str(header or "")))
            combo = QComboBox()
            combo.addItem(self.tr("（不导入）"), None)
            for key, label, required in xi.FIELDS:
                combo.addItem(core_text(label) + (self.tr("（必填）") if required else ""), key)
            combo.setCurrentIndex(max(combo.findData(guessed.get(col)), 0))
            combo.currentIndexChanged.connect(self.refresh_preview)
            self.columns.setCellWidget(col, 2, combo)
            self.combos[col] = combo
            example = " / ".join(str(s[col]) for s in samples if col < len(s) and s[col] not in (None, ""))
            self.columns.setItem(col, 3, QTableWidgetItem(example))
        self.refresh_preview()

    def mapping(self) -> dict[int, str]:
        return {col: combo.currentData() for col, combo in self.combos.items() if combo.currentData()}

    def set_field(self, col: int, key: str | None) -> None:
        self.combos[col].setCurrentIndex(max(self.combos[col].findData(key), 0))

    def refresh_preview(self) -> None:
        mapping = self.mapping()
        self.preview.clear()
        try:
            rows = xi.preview(self.wiz.ctx.store, self.wiz.table, mapping, PREVIEW_ROWS)
        except CunwuError as exc:
            self.problem.setText(core_text(exc))
            self.preview.setRowCount(0)
            self.preview.setColumnCount(0)
            self.ok = False
            self.completeChanged.emit()
            return
        self.problem.setText("")
        self.ok = True
        keys = list(dict.fromkeys(mapping.values()))
        # The reason comes right after what will happen: on a narrow screen the values scroll
        # away to the right, never the reason the clerk has to read.
        labels = [self.tr("行号"), self.tr("将会"), self.tr("说明")] + [core_text(xi.FIELD_LABELS.get(k, k)) for k in keys]
        self.preview.setColumnCount(len(labels))
        self.preview.setHorizontalHeaderLabels(labels)
        self.preview.setRowCount(len(rows))
        self.preview_rows = rows
        for r, p in enumerate(rows):
            action = QTableWidgetItem(self.tr(ACTIONS.get(p.action, p.action)))
            action.setForeground(QColor(ACTION_COLOURS.get(p.action, "#000000")))
            reason = QTableWidgetItem(core_text(p.reason))
            reason.setToolTip(core_text(p.reason))
            cells = [QTableWidgetItem(str(p.row_number)), action, reason]
            cells += [QTableWidgetItem(str(p.values.get(k, "") or "")) for k in keys]
            for c, item in enumerate(cells):
                self.preview.setItem(r, c, item)
        # The reason wraps in a column of a third of the table; the values keep their widths.
        header = self.preview.horizontalHeader()
        header.setStretchLastSection(False)
        for c in range(len(labels)):
            header.setSectionResizeMode(c, QHeaderView.Interactive)
            self.preview.resizeColumnToContents(c)
        self.preview.setColumnWidth(2, max(240, self.preview.viewport().width() // 3))
        self.preview.setWordWrap(True)
        self.preview.resizeRowsToContents()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return getattr(self, "ok", False)

    def validatePage(self) -> bool:
        if self.wiz.result is not None:
            return True
        self.wiz.start_import(self.mapping())
        return False     # the import job moves on when it is done


class SummaryPage(QWizardPage):
    """What the import did, in the interface language; the files it wrote (error rows, the
    backup taken before writing) by name with 打开所在文件夹, their paths behind 详细信息."""

    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("第 3 步：导入结果"))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.errors = QListWidget()
        self.errors.setObjectName("import_errors")
        self.errors.setWordWrap(True)           # a long reason wraps instead of running off the right
        self.errors.setResizeMode(QListView.Adjust)
        layout.addWidget(self.errors, 1)
        self.files = SavedFiles()
        layout.addWidget(self.files)

    def initializePage(self) -> None:
        r = self.wiz.result
        self.summary.setText(self.summary_text(r))
        self.errors.clear()
        for number, why, _cells in r.errors:
            self.errors.addItem(self.tr("第 %1 行：%2").replace("%1", str(number)).replace("%2", core_text(why)))
        for number, note in r.notes:
            self.errors.addItem(self.tr("第 %1 行（已导入，请核对）：%2").replace("%1", str(number))
                                .replace("%2", core_text(note)))
        self.errors.setVisible(self.errors.count() > 0)
        files = []
        if r.error_workbook is not None:
            files.append((self.tr("错误行已另存为："), r.error_workbook))
        if r.backup is not None:
            files.append((self.tr("导入前的备份："), r.backup))
        self.files.show_files(files)

    def summary_text(self, r) -> str:
        """ImportResult.summary() for the screen: the same facts, no paths (they are listed
        below by name), every word in the interface language."""
        text = self.tr("试导入（未写入）：") if r.dry_run else self.tr("导入完成：")
        text += self.tr("新增 %1 人，更新 %2 人，未变 %3 人。").replace("%1", str(r.added)) \
            .replace("%2", str(r.updated)).replace("%3", str(r.unchanged))
        if r.households_added or r.households_updated:
            text += self.tr("新建 %1 户，更新 %2 户。").replace("%1", str(r.households_added)) \
                .replace("%2", str(r.households_updated))
        if r.groups_added:
            text += self.tr("新建村民小组：%1。").replace("%1", "、".join(r.groups_added))
        if r.errors:
            text += self.tr("有 %1 行有错误，没有导入。").replace("%1", str(len(r.errors)))
            if r.error_workbook:
                text += self.tr("这些行已另存为错误表（见下），改好后可以再导入。")
            elif r.error_workbook_problem:
                text += self.tr("%1，请按行号在原表中查找。").replace("%1", core_text(r.error_workbook_problem))
        else:
            text += self.tr("没有错误行。")
        if r.undated_groups:
            text += self.tr("有 %1 条特殊群体表中没有开始日期，暂按导入当天登记（自导入起），以前各月的统计不含这些人；"
                            "知道实际开始日期的，请在花名册页“设定起始日期”补填。").replace("%1", str(r.undated_groups))
        if r.backup:
            text += self.tr("导入前的数据已自动备份（见下），如需撤回可从备份恢复。")
        return text


class ImportWizard(QWizard):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.table = None
        self.result = None
        self.job = None
        self.setWindowTitle(self.tr("从 Excel 导入花名册"))
        self.setWizardStyle(QWizard.ClassicStyle)
        fit_window(self, "import_wizard", 1100, 820)
        self.setButtonText(QWizard.NextButton, self.tr("下一步 >"))
        self.setButtonText(QWizard.BackButton, self.tr("< 上一步"))
        self.setButtonText(QWizard.FinishButton, self.tr("完成"))
        self.setButtonText(QWizard.CancelButton, self.tr("取消"))
        self.file_page, self.mapping_page, self.summary_page = FilePage(self), MappingPage(self), SummaryPage(self)
        for page in (self.file_page, self.mapping_page, self.summary_page):
            self.addPage(page)
        self.currentIdChanged.connect(self._page_changed)

    def _page_changed(self, page_id: int) -> None:
        if self.currentPage() is self.mapping_page:
            self.setButtonText(QWizard.NextButton, self.tr("开始导入"))
        else:
            self.setButtonText(QWizard.NextButton, self.tr("下一步 >"))
        if self.currentPage() is self.summary_page:
            self.button(QWizard.BackButton).setEnabled(False)
            self.button(QWizard.CancelButton).setEnabled(False)

    # -------------------------------------------------------------- jobs
    def load(self, path: str, sheet: str | None = None) -> None:
        self.job = run_job(self, self.tr("读取文件"), self.ctx.db_path, _read, path, sheet)
        self.job.done.connect(self._loaded)

    def _loaded(self, table) -> None:
        self.table = table
        if self.currentPage() is self.mapping_page:
            self.mapping_page.initializePage()
        else:
            self.next()

    def start_import(self, mapping: dict[int, str]) -> None:
        self.job = run_op(self, "roster", _import, self.table, mapping, progress=self.tr("正在导入花名册"),
                          on_done=self._imported)

    def _imported(self, result) -> None:
        self.result = result
        self.next()

    def reject(self) -> None:
        if self.job is not None and self.job.thread.isRunning():
            QMessageBox.information(self, self.tr("请稍候"), self.tr("正在处理，请等待完成或在进度框中点“取消”。"))
            return
        super().reject()
