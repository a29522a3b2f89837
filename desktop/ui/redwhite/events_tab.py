"""The event list: filters, exceeded limits in red, the detail dialog, the 公示 for a period."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHeaderView, QInputDialog, QLabel,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from desktop.core import village
from desktop.core.redwhite import event_queries, events, standards
from desktop.core.redwhite.codes import KINDS
from desktop.core.sync import township
from desktop.ui.core_labels import core_label
from desktop.ui.redwhite.event_dialog import EventDialog
from desktop.ui.redwhite.verdicts import finding_text, status_text
from desktop.ui.ops import run_op
from desktop.ui.redwhite.widgets import show_pdf, year_combo
from desktop.ui.flow_row import FlowRow
from desktop.ui.kit.empty import EmptyState

RED_BG = QColor("#fde0e0")
RED_TEXT = QColor("#b00020")
AMBER_TEXT = QColor("#a15c00")
GREY_TEXT = QColor("#888888")


class EventTableModel(QAbstractTableModel):
    COLUMNS = (QT_TRANSLATE_NOOP("EventTableModel", "日期"), QT_TRANSLATE_NOOP("EventTableModel", "类别"),
               QT_TRANSLATE_NOOP("EventTableModel", "办事人"), QT_TRANSLATE_NOOP("EventTableModel", "村民小组"),
               QT_TRANSLATE_NOOP("EventTableModel", "事由"), QT_TRANSLATE_NOOP("EventTableModel", "申报日期"),
               QT_TRANSLATE_NOOP("EventTableModel", "理事会意见"), QT_TRANSLATE_NOOP("EventTableModel", "承诺书"),
               QT_TRANSLATE_NOOP("EventTableModel", "结论"), QT_TRANSLATE_NOOP("EventTableModel", "超标及逾期情况"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return QCoreApplication.translate("EventTableModel", self.COLUMNS[section])
        return None

    @staticmethod
    def problems(ev: dict) -> list[str]:
        v = ev["verdict"]
        found = v["actual_findings"] if ev["actual"] else v["plan_findings"]
        out = [finding_text(ev["kind"], f) for f in found]
        if v["late"]:
            out.insert(0, QCoreApplication.translate("RedWhite", "逾期申报"))
        return out

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        ev = self.rows[index.row()]
        col = index.column()
        over = ev["verdict"]["within_standards"] is False
        if role == Qt.DisplayRole:
            if col == 0:
                return ev["start_date"] if ev["end_date"] == ev["start_date"] else \
                    f"{ev['start_date']}～{ev['end_date'][5:]}"
            if col == 1:
                return core_label(ev["kind"])
            if col == 2:
                return ev["host_name"]
            if col == 3:
                return ev["group_name"] or ""
            if col == 4:
                return ev["subject"]
            if col == 5:
                late = QCoreApplication.translate("RedWhite", "（逾期）")
                return ev["report_date"] + (late if ev["verdict"]["late"] else "")
            if col == 6:
                return core_label(ev["decision"]) or QCoreApplication.translate("RedWhite", "未决定")
            if col == 7:
                return QCoreApplication.translate("RedWhite", "已签") if ev["pledge_date"] else QCoreApplication.translate("RedWhite", "未签")
            if col == 8:
                if ev["cancelled"]:
                    return QCoreApplication.translate("RedWhite", "已取消")
                status = status_text(ev["verdict"]["status"])
                action = core_label(ev["violation_action"])
                return status + (f"（{action}）" if over and action else "")
            if col == 9:
                return "；".join(self.problems(ev))
        if role == Qt.BackgroundRole and over:
            return QBrush(RED_BG)
        if role == Qt.ForegroundRole:
            if ev["cancelled"]:
                return QBrush(GREY_TEXT)
            if col in (8, 9) and over:
                return QBrush(RED_TEXT)
            if col == 9 and ev["verdict"]["plan_findings"] and not ev["actual"]:
                return QBrush(AMBER_TEXT)
            if col == 5 and ev["verdict"]["late"]:
                return QBrush(RED_TEXT)
        if role == Qt.ToolTipRole and col in (8, 9):
            return "\n".join(self.problems(ev)) or None
        if role == Qt.UserRole:
            return ev["id"]
        return None


class EventsTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        bar = FlowRow()
        self.year = year_combo(event_queries.event_years(ctx.store), with_all=self.tr("全部"))
        self.kind = QComboBox()
        self.group = QComboBox()
        self.show_cancelled = QComboBox()
        self.show_cancelled.addItems([self.tr("不含已取消"), self.tr("含已取消")])
        # A township sees each village's events (read-only: they are the village's records).
        self.township = village.site_info(ctx.store)["role"] == "township"
        self.village = QComboBox()
        filters = [(self.tr("年份"), self.year), (self.tr("类别"), self.kind), (self.tr("小组"), self.group)]
        if self.township:
            filters.insert(0, (self.tr("村"), self.village))
        for label, w in filters:
            bar.addWidget(QLabel(label))
            bar.addWidget(w)
        bar.addWidget(self.show_cancelled)
        bar.addStretch(1)
        self.add_button = QPushButton(self.tr("登记申报"))
        self.open_button = QPushButton(self.tr("详情/修改"))
        self.cancel_button = QPushButton(self.tr("取消事项"))
        self.notice_button = QPushButton(self.tr("打印公示"))
        for b in (self.add_button, self.open_button, self.cancel_button, self.notice_button):
            bar.addWidget(b)
        layout.addLayout(bar)
        self.model = EventTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.doubleClicked.connect(lambda _i: self.open_event())
        layout.addWidget(self.table, 1)
        self.empty = EmptyState(
            self.tr("还没有设定本村的红白事标准"),
            self.tr("登记红白事前，先按本村村规民约设定标准（酒席桌数、彩礼、礼金、办事天数等），"
                    "登记的事项才能判断是否超标。可以先采用示例模板，再按本村规定修改。"),
            [(self.tr("设定标准…"), self.open_standards)], name="redwhite_empty")
        self.empty.hide()
        layout.addWidget(self.empty, 1)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.add_button.clicked.connect(self.add_event)
        self.open_button.clicked.connect(self.open_event)
        self.cancel_button.clicked.connect(self.cancel_event)
        self.notice_button.clicked.connect(self.print_notice)
        self._fill_filters()
        for combo in (self.year, self.kind, self.group, self.show_cancelled):
            combo.currentIndexChanged.connect(self.refresh)
        self.village.currentIndexChanged.connect(self._village_changed)
        self._village_changed()

    def _fill_filters(self) -> None:
        store = self.ctx.store
        self.kind.addItem(self.tr("全部"), None)
        for k in KINDS:
            self.kind.addItem(core_label(k), k)
        if self.township:
            for v in township.villages(store):
                if v["peer_site_id"]:
                    self.village.addItem(v["name"], v["peer_site_id"])
            self.village.addItem(self.tr("乡镇本级"), store.site_id)

    def site_id(self) -> str:
        return self.village.currentData() or self.ctx.store.site_id

    def _village_changed(self) -> None:
        """Groups are each village's own (names repeat across villages); own events are editable."""
        site = self.site_id()
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem(self.tr("全部"), None)
        for g in village.groups(self.ctx.store, site):
            self.group.addItem(g["name"], g["id"])
        self.group.blockSignals(False)
        own = site == self.ctx.store.site_id
        for button in (self.add_button, self.cancel_button, self.notice_button):
            button.setEnabled(own)
        self.open_button.setText(self.tr("详情/修改") if own else self.tr("查看详情"))
        self.refresh()

    def open_standards(self) -> None:
        """Switch the 红白理事会 page to its 村规民约标准 tab."""
        from PySide6.QtWidgets import QTabWidget
        from desktop.ui.redwhite.standards_tab import StandardsTab
        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, QTabWidget):
            widget = widget.parentWidget()
        if widget is not None:
            for i in range(widget.count()):
                if isinstance(widget.widget(i), StandardsTab):
                    widget.setCurrentIndex(i)

    def refresh(self) -> None:
        rows = event_queries.list_events(self.ctx.store, year=self.year.currentData(), kind=self.kind.currentData(),
                                  group_id=self.group.currentData(), site_id=self.site_id(),
                                  include_cancelled=self.show_cancelled.currentIndex() == 1)
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        no_standards = not rows and not standards.versions(self.ctx.store) \
            and not standards.recommended_versions(self.ctx.store)
        self.empty.setVisible(no_standards)
        self.table.setVisible(not no_standards)
        over = sum(1 for r in rows if r["verdict"]["within_standards"] is False)
        late = sum(1 for r in rows if r["verdict"]["late"])
        pending = sum(1 for r in rows if not r["actual"] and not r["cancelled"])
        self.summary.setText(self.tr("共 %1 件；超标 %2 件（红色）；逾期申报 %3 件；待登记实际 %4 件。")
                             .replace("%1", str(len(rows))).replace("%2", str(over))
                             .replace("%3", str(late)).replace("%4", str(pending)))

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()]["id"] if rows else None

    def add_event(self) -> None:
        EventDialog(self.ctx, parent=self).exec()

    def open_event(self) -> None:
        event_id = self.selected_id()
        if event_id:
            EventDialog(self.ctx, event_id, parent=self).exec()

    def cancel_event(self) -> None:
        event_id = self.selected_id()
        if not event_id:
            return
        reason, ok = QInputDialog.getText(self, self.tr("取消事项"), self.tr("取消原因："))
        if not ok:
            return
        run_op(self, "redwhite", events.cancel_event, self.ctx.store, event_id, reason)

    def print_notice(self) -> None:
        from desktop.core.notices import registry
        year = self.year.currentData() or date.today().year
        periods = [str(year)] + [f"{year}-Q{q}" for q in range(1, 5)] + [f"{year}-{m:02d}" for m in range(1, 13)]
        period, ok = QInputDialog.getItem(self, self.tr("打印公示"), self.tr("公示期间（年、季度或月）："),
                                          periods, 0, True)
        if not ok:
            return
        made = run_op(self, None, registry.render, self.ctx.store, "redwhite", {"period": period})
        if not made:
            return
        data, pdf = made.value
        show_pdf(self, self.ctx.store, pdf, registry.title_of(data), "redwhite", data.publication,
                 f"红白喜事公示-{period}.pdf")
