"""签到登记: the chosen place's month grid, typed by keyboard; 当天全部到齐, 临时闭馆/开放 and
importing a paper register."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from desktop.ui.care.dialogs import DayDialog
from desktop.ui.care.register_model import RegisterModel
from desktop.ui.care.register_view import RegisterView
from desktop.ui.core_labels import core_label
from desktop.ui.i18n import core_text
from desktop.ui.flow_row import FlowRow
from desktop.ui.ops import run_op


def import_job(store, progress, path, place_id, month):
    """Runs on the worker: read a register file into the store; the result as plain data."""
    from desktop.core.care.importer import import_register
    progress(0, 0, QCoreApplication.translate("RegisterTab", "正在导入签到表…"))
    return import_register(store, path, place=place_id, month=month).as_dict()


class RegisterTab(QWidget):
    def __init__(self, ctx, bar, parent=None):
        super().__init__(parent)
        self.ctx, self.bar, self.store = ctx, bar, ctx.store
        v = QVBoxLayout(self)
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
        self.addAction(action)

    def _grid_message(self, text: str, is_error: bool) -> None:
        self.status.setStyleSheet("color: #b00020" if is_error else "color: #7a5b00")
        self.status.setText(text)

    def _whole_day(self) -> None:
        col = self.grid.currentIndex().column()
        if col < 0:
            self._grid_message(self.tr("请先选中要登记的那一天。"), True)
            return
        self.model.whole_day(col)

    def refresh(self) -> None:
        place = self.bar.place()
        if place is None:
            self.model.clear()
            self.legend.setText(self.tr("请先在“场所设置”里添加场所。"))
            return
        current = self.grid.currentIndex()
        self.model.load(place["id"], self.bar.month_text())
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
        place = self.bar.place()
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择签到表"), "", self.tr("签到表 (*.xlsx *.xls *.csv)"))
        if not path:
            return
        self._job = run_op(self, "care", import_job, path, place["id"] if place else None, None,
                           progress=self.tr("导入签到表"), on_done=self.import_done)

    def import_done(self, result: dict) -> None:
        """Say what was imported and what was not, then show that place and month."""
        text = self.tr("%1 %2：导入 %3 人次，用餐 %4 餐次。").replace("%1", result["place"]).replace(
            "%2", result["month"]).replace("%3", str(result["imported_cells"])).replace("%4", str(result["meals"]))
        if result["errors"]:
            lines = [self.tr("第 %1 行 %2 %3 %4：%5").replace("%1", str(e["row"])).replace("%2", e["column"]).replace(
                "%3", e["name"]).replace("%4", e["day"]).replace("%5", core_text(e["reason"])) for e in result["errors"][:30]]
            text += "\n\n" + self.tr("有 %1 处未导入（已写入 %2）：").replace("%1", str(len(result["errors"]))).replace(
                "%2", Path(result["error_file"]).name if result["error_file"] else "") + "\n" + "\n".join(lines)
        QMessageBox.information(self, self.tr("导入签到表"), text)
        self.bar.choose(result["place_id"], result["month"])

    def _day_exception(self) -> None:
        place = self.bar.place()
        if place is None:
            return
        col = self.grid.currentIndex().column()
        day = self.model.days[col] if 0 <= col < len(self.model.days) else None
        DayDialog(self.store, place, day, self).exec()
