"""The year's statistics: table by kind and group, charts, .xlsx export, annual summary PDF.

On a township the scope picker shows the villages added up (one line per village), one
village (from its synced records, judged by its own standards) or the township's own.
"""
from __future__ import annotations


from PySide6.QtCharts import (QBarCategoryAxis, QBarSet, QChart, QChartView, QStackedBarSeries, QBarSeries,
                              QValueAxis)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QFileDialog,
                               QHBoxLayout, QLabel, QMessageBox, QPushButton, QSplitter,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from db.errors import ValidationError
from desktop.core import village
from desktop.core.redwhite import stats
from desktop.core.inputs.text import parse_count
from desktop.core.redwhite.codes import KINDS
from desktop.core.sync import township
from desktop.core.inputs.money import parse_money
from desktop.core.money import yuan
from desktop.ui.core_labels import core_label
from desktop.ui.ops import run_op
from desktop.ui.redwhite.widgets import show_pdf, year_combo
from desktop.ui.kit.dialogs import dialog_buttons
from desktop.ui.flow_row import FlowRow
from desktop.ui.screen_fit import fit_window


ALL_VILLAGES = "*"


def _pct(value) -> str:
    return "—" if value is None else f"{value}%"


def _filled(series, buckets: list[dict], sets: list[tuple[str, str, object]]):
    """One bar set per (label, colour, value-of-bucket), in the order given."""
    for label, colour, value in sets:
        bar_set = QBarSet(label)
        bar_set.setColor(QColor(colour))
        for b in buckets:
            bar_set.append(value(b))
        series.append(bar_set)
    return series


class BaselineDialog(QDialog):
    """The village's stated pre-reform averages, against which savings are counted."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("改革前平均数"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("填写本村移风易俗前办事的平均水平（用于计算节约的桌数和金额）：")))
        self.table = QTableWidget(len(KINDS), 3)
        self.table.setHorizontalHeaderLabels([self.tr("平均桌数"), self.tr("每桌平均花费（元）"),
                                              self.tr("平均彩礼（元）")])
        self.table.setVerticalHeaderLabels([core_label(k) for k in KINDS])
        current = stats.baseline(store)
        for r, kind in enumerate(KINDS):
            b = current[kind]
            for c, text in enumerate((str(b["tables"]), yuan(b["cost_per_table_fen"], grouping=False),
                                      yuan(b["bride_price_fen"], grouping=False))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        layout.addWidget(self.table)
        buttons = dialog_buttons(self, self.save, save=True)
        layout.addWidget(buttons)
        fit_window(self, "redwhite_baseline", 520, 360)

    COLUMNS = ("tables", "cost_per_table_fen", "bride_price_fen")

    def save(self) -> None:
        """All kinds at once (stats.set_baselines): a bad cell saves nothing and is selected."""
        done = run_op(self, "redwhite", lambda: stats.set_baselines(self.store, self._read_cells()))
        if done:
            self.accept()
            return
        field = getattr(done.error, "field", None)
        kind = getattr(done.error, "kind", None)
        if field in self.COLUMNS and kind in KINDS:
            self.table.setCurrentCell(KINDS.index(kind), self.COLUMNS.index(field))

    def _read_cells(self) -> dict[str, dict[str, int]]:
        out = {}
        for row, kind in enumerate(KINDS):
            text = [(self.table.item(row, c).text() if self.table.item(row, c) else "").strip() or "0"
                    for c in range(3)]
            try:
                out[kind] = {
                    "tables": parse_count(text[0], field="tables", label=f"{kind}的平均桌数"),
                    "cost_per_table_fen": parse_money(text[1], field="cost_per_table_fen",
                                                      label=f"{kind}的每桌平均花费", allow_zero=True),
                    "bride_price_fen": parse_money(text[2], field="bride_price_fen",
                                                   label=f"{kind}的平均彩礼", allow_zero=True)}
            except ValidationError as exc:
                exc.kind = kind         # the cell is pointed at by its row, like the core's refusals
                raise
        return out


class StatsTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.data: dict | None = None
        layout = QVBoxLayout(self)
        bar = FlowRow()
        self.year = year_combo()
        self.group = QComboBox()
        self.township = village.site_info(ctx.store)["role"] == "township"
        if self.township:
            # Each village's groups are its own (names repeat across villages): pick a village.
            self.group.addItem(self.tr("各村汇总"), ALL_VILLAGES)
            for v in township.villages(ctx.store):
                if v["peer_site_id"]:
                    self.group.addItem(v["name"], v["peer_site_id"])
            self.group.addItem(self.tr("乡镇本级"), None)
        else:
            self.group.addItem(self.tr("全村"), None)
            for g in village.groups(ctx.store):
                self.group.addItem(g["name"], g["id"])
        for label, w in ((self.tr("年份"), self.year), (self.tr("范围"), self.group)):
            bar.addWidget(QLabel(label))
            bar.addWidget(w)
        bar.addStretch(1)
        self.baseline_button = QPushButton(self.tr("改革前平均数…"))
        self.export_button = QPushButton(self.tr("导出 Excel"))
        self.annual_button = QPushButton(self.tr("打印年度总结"))
        for b in (self.baseline_button, self.export_button, self.annual_button):
            bar.addWidget(b)
        layout.addLayout(bar)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Vertical)
        self.table = QTableWidget(0, 9)
        self.table.setHorizontalHeaderLabels([self.tr("类别"), self.tr("事项"), self.tr("按时申报"),
                                              self.tr("已办结"), self.tr("符合标准"), self.tr("超标"),
                                              self.tr("已处理"), self.tr("节约桌数"), self.tr("节约金额（元）")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        splitter.addWidget(self.table)
        charts = QWidget()
        chart_row = QHBoxLayout(charts)
        chart_row.setContentsMargins(0, 0, 0, 0)
        self.kind_chart = QChartView()
        self.group_chart = QChartView()
        for view in (self.kind_chart, self.group_chart):
            view.setRenderHint(QPainter.Antialiasing)
            view.setMinimumHeight(260)
            chart_row.addWidget(view)
        splitter.addWidget(charts)
        layout.addWidget(splitter, 1)
        splitter.setSizes([300, 420])
        self.year.currentIndexChanged.connect(self.refresh)
        self.group.currentIndexChanged.connect(self.refresh)
        self.baseline_button.clicked.connect(self.edit_baseline)
        self.export_button.clicked.connect(self.export_xlsx)
        self.annual_button.clicked.connect(self.print_annual)
        self.refresh()

    def _scope(self) -> tuple[str | None, str | None]:
        """(site_id, group_id) of the chosen scope; site ALL_VILLAGES: the township's villages added up."""
        if self.township:
            return self.group.currentData(), None
        return None, self.group.currentData()

    def _load(self) -> dict:
        year = self.year.currentData()
        site, group = self._scope()
        if site != ALL_VILLAGES:
            return stats.year_stats(self.ctx.store, year, group_id=group, site_id=site)
        data = stats.township_stats(self.ctx.store, year)
        # Shaped like one site's year: the villages stand where the groups stand.
        return {"year": year, "total": data["total"], "by_kind": data["by_kind"], "by_group": data["villages"],
                "baseline_is_example": any(v["baseline_is_example"] for v in data["villages"]), "villages": True}

    def refresh(self) -> None:
        data = self._load()
        self.data = data
        site, _group = self._scope()
        own = site is None
        for button in (self.baseline_button, self.annual_button):
            button.setEnabled(own)
        t = data["total"]
        text = self.tr("%1 年共 %2 件，按时申报 %3，已办结 %4 件，符合标准 %5，超标 %6 件（已处理 %7 件）；"
                       "比改革前少办 %8 桌，节约 %9。") \
            .replace("%1", str(data["year"])).replace("%2", str(t["events"])).replace("%3", _pct(t["in_time_pct"])) \
            .replace("%4", str(t["with_actual"])).replace("%5", _pct(t["within_pct"])) \
            .replace("%6", str(t["violations"])).replace("%7", str(t["violations_handled"])) \
            .replace("%8", str(t["tables_saved"])).replace("%9", f"{yuan(t['money_saved_fen'])} {core_label('元')}")
        if data["baseline_is_example"]:
            text += self.tr("（节约数按示例的改革前平均数估算，请点“改革前平均数…”按本村情况修改。）") if own \
                else self.tr("（有的村节约数按示例的改革前平均数估算。）")
        self.summary.setText(text)
        rows = (data["by_group"] if data.get("villages") else data["by_kind"]) + [t]
        self.table.horizontalHeaderItem(0).setText(self.tr("村") if data.get("villages") else self.tr("类别"))
        self.table.setRowCount(len(rows))
        for r, b in enumerate(rows):
            values = [core_label(b["label"]), str(b["events"]), f"{b['reported_in_time']}（{_pct(b['in_time_pct'])}）",
                      str(b["with_actual"]), f"{b['within_standards']}（{_pct(b['within_pct'])}）",
                      str(b["violations"]), str(b["violations_handled"]), str(b["tables_saved"]),
                      yuan(b["money_saved_fen"])]
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                if c > 0:       # counts and the amount: figures align right
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if c == 5 and b["violations"]:
                    item.setForeground(QColor("#b00020"))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self._kind_chart(data)
        self._group_chart(data)

    def _kind_chart(self, data: dict) -> None:
        series = _filled(QStackedBarSeries(), data["by_kind"], [
            (self.tr("符合标准"), "#4caf50", lambda b: b["within_standards"]),
            (self.tr("超标"), "#e53935", lambda b: b["violations"]),
            (self.tr("未办结"), "#bdbdbd", lambda b: b["events"] - b["with_actual"])])
        self._show(self.kind_chart, self.tr("各类事项（件）"), series, [core_label(b["label"]) for b in data["by_kind"]],
                   max((b["events"] for b in data["by_kind"]), default=0))

    def _group_chart(self, data: dict) -> None:
        series = _filled(QBarSeries(), data["by_group"], [
            (self.tr("事项"), "#1e88e5", lambda b: b["events"]),
            (self.tr("按时申报"), "#ffb300", lambda b: b["reported_in_time"]),
            (self.tr("符合标准"), "#4caf50", lambda b: b["within_standards"])])
        title = self.tr("各村（件）") if data.get("villages") else self.tr("各村民小组（件）")
        self._show(self.group_chart, title, series, [core_label(b["label"]) for b in data["by_group"]],
                   max((b["events"] for b in data["by_group"]), default=0))

    def _show(self, view: QChartView, title: str, series, categories: list[str], top: int) -> None:
        chart = QChart()
        chart.setTitle(title)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(categories or [""])
        axis_y = QValueAxis()
        axis_y.setRange(0, max(top, 1))
        axis_y.setTickCount(min(max(top, 1), 10) + 1)
        axis_y.setLabelFormat("%d")
        chart.addAxis(axis_x, Qt.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        chart.legend().setAlignment(Qt.AlignBottom)
        chart.setAnimationOptions(QChart.NoAnimation)
        old = view.chart()
        view.setChart(chart)
        if old is not None:
            old.deleteLater()

    def edit_baseline(self) -> None:
        BaselineDialog(self.ctx.store, self).exec()

    def export_xlsx(self) -> None:
        from desktop.core.redwhite.export import export_year
        year = self.year.currentData()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出 Excel"), f"红白事统计-{year}.xlsx",
                                              "Excel (*.xlsx)")
        if not path:
            return
        site, _group = self._scope()
        if site == ALL_VILLAGES:
            from desktop.core.redwhite.export import export_township
            done = run_op(self, None, export_township, self.ctx.store, year, path)
        else:
            done = run_op(self, None, export_year, self.ctx.store, year, path, site_id=site)
        if done:
            QMessageBox.information(self, self.tr("已导出"), path)

    def print_annual(self) -> None:
        from desktop.core.redwhite import notices
        year = self.year.currentData()
        made = run_op(self, None, lambda: notices.render_annual(notices.collect_annual(self.ctx.store, year=year),
                                                                 store=self.ctx.store))
        if not made:
            return
        pdf = made.value
        show_pdf(self, self.ctx.store, pdf, f"{year}年度红白理事会工作总结", "redwhite-annual",
                 notices.annual_publication(self.ctx.store),
                 f"红白理事会年度总结-{year}.pdf")
