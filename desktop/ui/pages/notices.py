"""公告打印: pick a kind, fill in its form, preview inside the program, print, save as PDF;
the history of what was printed or saved (who, when; the content hash in its tooltip)
in a section below the preview that opens when asked for."""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox, QDateEdit,
                               QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QPlainTextEdit,
                               QProgressDialog, QPushButton, QScrollArea, QTableWidget,
                               QTableWidgetItem, QToolButton, QVBoxLayout, QWidget)

from db.files import write_bytes
from desktop.core.notices import history, pickers, registry
from desktop.core.notices.publication import is_bilingual, next_number
from desktop.ui.errors import show_error
from desktop.ui.jobs import run_job
from desktop.ui.notices.preview import PdfPreview
from desktop.ui.notices.printing import PrintCancelled, ask_printer, print_pdf, printer_label
from desktop.ui.notices.settings_dialog import NoticeSettingsDialog
from desktop.ui.ops import run_op
from desktop.ui.period_edit import PeriodEdit
from desktop.core.filenames import safe_filename
from desktop.ui.i18n import core_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("NoticeKinds", text)


def render_job(store, progress, key: str, raw: dict, overrides: dict) -> dict:
    """Worker thread: collect and render; returns what the page needs to show and record."""
    progress(0, 0, QCoreApplication.translate("NoticesPage", "正在生成公告…"))
    data, pdf = registry.render(store, key, raw, **overrides)
    return {"kind": key, "title": registry.title_of(data), "publication": data.publication, "pdf": pdf,
            "params": {k: v for k, v in raw.items() if v not in (None, "", [])}}


class Page(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        ctx.follow(self)
        self.current: dict | None = None      # the rendered notice now in the preview
        self.job = None
        self.option_widgets: dict[str, QWidget] = {}

        # ---- left: kind, options, actions
        self.kinds = QListWidget()
        self.kinds.setObjectName("notice_kinds")
        for kind in registry.KINDS:
            item = QListWidgetItem(_tr(kind.title))
            item.setData(Qt.UserRole, kind.key)
            if not kind.available():
                item.setForeground(Qt.gray)
                item.setToolTip(self.tr("需要相应模块提供数据"))
            self.kinds.addItem(item)
        # About six kinds in view: the form below gets the height.
        self.kinds.setMaximumHeight(self.kinds.sizeHintForRow(0) * 6 + 8)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.options_box = QWidget()
        self.options_form = QFormLayout(self.options_box)
        self.options_form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.required_note = QLabel(self.tr("带 <span style='color:#b00020'>*</span> 的必须填写；"
                                            "灰色的“例：…”只是示例，不会印在公告上。"))
        self.required_note.setWordWrap(True)
        options_scroll = QScrollArea()
        options_scroll.setWidget(self.options_box)
        options_scroll.setWidgetResizable(True)

        common = QGroupBox(self.tr("落款"))
        cform = QFormLayout(common)
        self.issued_on = QDateEdit(QDate.currentDate())
        self.issued_on.setCalendarPopup(True)
        self.issued_on.setDisplayFormat("yyyy-MM-dd")
        self.number = QLineEdit()
        self.number.setToolTip(self.tr("留空自动编号；填“无”则不印文号"))
        self.bilingual = QCheckBox(self.tr("中朝双语"))
        cform.addRow(self.tr("落款日期"), self.issued_on)
        cform.addRow(self.tr("文号"), self.number)
        cform.addRow("", self.bilingual)

        self.preview_btn = QPushButton(self.tr("预览"))
        self.print_btn = QPushButton(self.tr("打印…"))
        self.save_btn = QPushButton(self.tr("保存为 PDF…"))
        self.settings_btn = QPushButton(self.tr("公告设置…"))
        self.preview_btn.clicked.connect(self.preview)
        self.print_btn.clicked.connect(self.print_dialog)
        self.save_btn.clicked.connect(self.save_dialog)
        self.settings_btn.clicked.connect(self.edit_settings)
        buttons = QHBoxLayout()
        for b in (self.preview_btn, self.print_btn, self.save_btn):
            buttons.addWidget(b)
        self.status = QLabel()
        self.status.setWordWrap(True)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.addWidget(QLabel(self.tr("公告种类")))
        lv.addWidget(self.kinds)
        lv.addWidget(self.description)
        lv.addWidget(self.required_note)
        lv.addWidget(options_scroll, 3)
        lv.addWidget(common)
        lv.addLayout(buttons)
        lv.addWidget(self.status)
        lv.addWidget(self.settings_btn)
        left.setMinimumWidth(320)
        left.setMaximumWidth(420)

        # ---- right: preview over history
        self.viewer = PdfPreview()
        self.history = QTableWidget(0, 6)
        self.history.setHorizontalHeaderLabels([self.tr("时间"), self.tr("公告"), self.tr("文号"), self.tr("操作"),
                                                self.tr("操作人"), self.tr("页数")])
        self.history.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.history.verticalHeader().setVisible(False)
        # Closed until asked for: the preview gets the height.
        self.history_toggle = QToolButton()
        self.history_toggle.setObjectName("notice_history_toggle")
        self.history_toggle.setCheckable(True)
        self.history_toggle.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.history_toggle.setArrowType(Qt.RightArrow)
        self.history_toggle.setText(self.tr("打印和保存记录"))
        self.history_toggle.toggled.connect(self._show_history)
        self.history.setVisible(False)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.viewer, 1)
        rv.addWidget(self.history_toggle)
        rv.addWidget(self.history)

        layout = QHBoxLayout(self)
        layout.addWidget(left)
        layout.addWidget(right, 1)

        self.kinds.currentRowChanged.connect(self._kind_changed)
        self.kinds.setCurrentRow(0)
        self.refresh()

    def _show_history(self, shown: bool) -> None:
        self.history.setVisible(shown)
        self.history_toggle.setArrowType(Qt.DownArrow if shown else Qt.RightArrow)

    # ------------------------------------------------------------- kind/options
    @property
    def kind(self) -> registry.NoticeKind:
        return registry.KINDS[max(self.kinds.currentRow(), 0)]

    def select_kind(self, key: str) -> None:
        keys = [k.key for k in registry.KINDS]
        self.kinds.setCurrentRow(keys.index(registry.get(key).key))

    def _kind_changed(self, row: int) -> None:
        kind = self.kind
        self.description.setText(_tr(kind.description))
        while self.options_form.rowCount():
            self.options_form.removeRow(0)
        self.option_widgets = {}
        for o in kind.options:
            widget = self._option_widget(o)
            self.option_widgets[o.name] = widget
            label = QLabel(_tr(o.label) + (" <span style='color:#b00020'>*</span>" if o.required else ""))
            if o.required:
                label.setStyleSheet("font-weight: bold;")
            self.options_form.addRow(label, widget)
        self._mark_stale()
        self.viewer.clear()
        self.current = None
        self._update_buttons()
        if not kind.available():
            self.status.setText(self.tr("这种公告的数据由“%1”模块提供，当前版本尚未包含，暂时无法生成。")
                                .replace("%1", _tr(registry.AREA_NAMES.get(kind.area, kind.area))))

    def _option_widget(self, o: registry.Option) -> QWidget:
        choices = [(_tr(c), c) for c in o.choices] or pickers.choices(self.ctx.store, o.name, self.kind.key)
        if choices is not None and (choices or o.name == "group"):
            w = QComboBox()
            if not o.required:
                w.addItem(self.tr("（不选）") if o.name == "decision" else self.tr("（不限）"), "")
            for label, value in choices:
                w.addItem(label, value)
            w.currentIndexChanged.connect(self._mark_stale)
        elif o.type in ("period", "month"):
            w = PeriodEdit(kinds=("month",) if o.type == "month" else ("month", "quarter", "year"),
                           optional=not o.required)
            w.changed.connect(self._mark_stale)
        elif o.type in ("list", "text"):
            w = QPlainTextEdit()
            w.setPlaceholderText(self.tr("每行一项") if o.type == "list" else "")
            w.setMaximumHeight(70)
            w.textChanged.connect(self._mark_stale)
        else:
            w = QLineEdit()
            if o.placeholder:     # said to be an example, so it is not mistaken for a filled-in value
                w.setPlaceholderText(self.tr("例：%1").replace("%1", o.placeholder))
            w.textChanged.connect(self._mark_stale)
        if o.help:
            w.setToolTip(_tr(o.help))
        return w

    def set_option(self, name: str, value) -> None:
        w = self.option_widgets[name]
        if isinstance(w, QComboBox):
            w.setCurrentIndex(max(w.findData(value), 0))
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText("\n".join(value) if isinstance(value, (list, tuple)) else str(value))
        else:
            w.setText(str(value))

    def option_values(self) -> dict:
        out = {}
        for o in self.kind.options:
            w = self.option_widgets[o.name]
            if isinstance(w, QComboBox):
                out[o.name] = w.currentData() or ""
            elif isinstance(w, QPlainTextEdit):
                text = w.toPlainText()
                out[o.name] = text.splitlines() if o.type == "list" else text
            else:
                out[o.name] = w.text()
        return out

    def _overrides(self) -> dict:
        number = self.number.text().strip()
        q = self.issued_on.date()
        return {"issued_on": date(q.year(), q.month(), q.day()),
                "number": None if not number else ("" if number in ("无", "none") else number),
                "bilingual": self.bilingual.isChecked()}

    def _mark_stale(self, *_args) -> None:
        if self.current is not None:
            self.current["stale"] = True
            self.status.setText(self.tr("选项已更改，请重新预览后再打印或保存。"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.current is not None and not self.current.get("stale")
        self.print_btn.setEnabled(ready)
        self.save_btn.setEnabled(ready)
        self.preview_btn.setEnabled(self.job is None)

    # ---------------------------------------------------------------- preview
    def preview(self):
        """Render on a worker thread; the preview shows it when done. Returns the job."""
        if self.job is not None:
            return self.job
        key, raw, overrides = self.kind.key, self.option_values(), self._overrides()
        self.status.setText(self.tr("正在生成…"))
        self.job = run_job(self, self.tr("生成公告"), self.ctx.db_path, render_job, key, raw, overrides)
        self.job.done.connect(self._rendered)
        self.job.error.connect(self._failed)
        self._update_buttons()
        return self.job

    def _rendered(self, result: dict) -> None:
        self.job = None
        self.current = result
        self.viewer.set_pdf(result["pdf"])
        pub = result["publication"]
        self.status.setText(self.tr("%1，共 %2 页%3。核对无误后可打印或保存。")
                            .replace("%1", result["title"])
                            .replace("%2", str(self.viewer.page_count))
                            .replace("%3", f"，{pub.number}" if pub.number else ""))
        self._update_buttons()

    def _failed(self, message: str) -> None:
        self.job = None
        self.status.setText(message)
        self._update_buttons()

    # ---------------------------------------------------------- print / save
    def print_dialog(self) -> None:
        if not self._ready():
            return
        printer = ask_printer(self, self.viewer.page_count)
        if printer is not None:
            self.print_to(printer)

    def print_to(self, printer) -> int:
        total = self.viewer.page_count
        dialog = QProgressDialog(self.tr("正在打印…"), self.tr("取消"), 0, total, self)
        dialog.setWindowModality(Qt.WindowModal)
        dialog.setMinimumDuration(500)

        def progress(done: int, count: int) -> None:
            dialog.setMaximum(count)
            dialog.setValue(done)
            QApplication.processEvents()
            if dialog.wasCanceled():
                raise PrintCancelled(self.tr("已取消打印。"))
        def refused(exc) -> None:
            if isinstance(exc, PrintCancelled):     # the clerk's own choice: said in the status line
                printer.abort()
                self.status.setText(core_text(exc))
            else:
                show_error(self, exc)
        try:
            printed = run_op(self, None, print_pdf, self.current["pdf"], printer, progress, on_refused=refused)
        finally:
            dialog.reset()
        if not printed:
            return 0
        self._record("print", printer_label(printer))
        self.status.setText(self.tr("已送打印机：%1 页。").replace("%1", str(printed.value)))
        return printed.value

    def save_dialog(self) -> None:
        if not self._ready():
            return
        suggested = safe_filename(f"{self.current['title']}{self.current['publication'].number}.pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存为 PDF"), suggested, self.tr("PDF 文件 (*.pdf)"))
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        path = Path(path)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        if not run_op(self, None, write_bytes, path, self.current["pdf"]):
            return False
        self._record("save", str(path))
        self.status.setText(self.tr("已保存：%1").replace("%1", str(path)))
        return True

    def _ready(self) -> bool:
        if self.current is None or self.current.get("stale"):
            QMessageBox.information(self, self.tr("请先预览"), self.tr("请先预览，核对无误后再打印或保存。"))
            return False
        return True

    def _record(self, action: str, target: str) -> None:
        c = self.current
        run_op(self, "notices", history.record, self.ctx.store, kind=c["kind"], title=c["title"],
               publication=c["publication"], pdf=c["pdf"], action=action, target=target, params=c["params"])

    # ---------------------------------------------------------------- history
    def refresh(self) -> None:
        store = self.ctx.store
        self.bilingual.setChecked(is_bilingual(store))
        self.number.setPlaceholderText(self.tr("自动：%1").replace("%1", next_number(store, date.today().year)))
        rows = history.entries(store, limit=200)
        self.history.setRowCount(len(rows))
        for i, r in enumerate(rows):
            when = datetime.fromisoformat(r["done_at"]).astimezone().strftime("%Y-%m-%d %H:%M")
            values = [when, r["title"], r["number"], _tr(history.ACTIONS.get(r["action"], r["action"])),
                      r["actor"], str(r["pages"])]
            for j, v in enumerate(values):
                item = QTableWidgetItem(v)
                if j == 3:
                    item.setToolTip(r["target"])
                elif j == 1:       # for checking a posted copy against this record: technical, so not a column
                    item.setToolTip(self.tr("内容校验码（SHA-256）：%1").replace("%1", r["sha256"]))
                elif j == 5:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.history.setItem(i, j, item)
        self.history.resizeColumnsToContents()

    def edit_settings(self) -> None:
        NoticeSettingsDialog(self.ctx.store, self).exec()
