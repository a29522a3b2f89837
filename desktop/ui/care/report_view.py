"""Tallies of one place: figures table, per-person table, and charts (QtCharts)."""
from __future__ import annotations

import math

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from desktop.core.money import yuan
from desktop.ui.care.tables import fill, record_table
from desktop.ui.core_labels import core_label


class ReportView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.figures = record_table("care_figures", stretch=True)
        self.figures.verticalHeader().hide()
        self.people = record_table("care_people")
        self.people.verticalHeader().hide()
        top.addWidget(self.figures, 2)
        top.addWidget(self.people, 3)
        split = QSplitter(Qt.Vertical)
        holder = QWidget()
        holder.setLayout(top)
        split.addWidget(holder)
        charts = QWidget()
        crow = QHBoxLayout(charts)
        self.trend = QChartView()
        self.trend.setRenderHint(QPainter.Antialiasing)
        self.services = QChartView()
        self.services.setRenderHint(QPainter.Antialiasing)
        crow.addWidget(self.trend, 3)
        crow.addWidget(self.services, 2)
        split.addWidget(charts)
        split.setSizes([300, 320])
        layout.addWidget(split)

    def show_report(self, r: dict) -> None:
        sub = r["subsidy"]
        rows = [[self.tr("开放天数"), r["open_days"]], [self.tr("在托人数"), r["enrolled"]],
                [self.tr("服务人数"), r["served"]], [self.tr("在托出勤（人次）"), r["attendance"]],
                [self.tr("临时来访（人次）"), r["visitors"]], [self.tr("在托用餐（餐次）"), r["meals"]],
                [self.tr("临时来访用餐（餐次）"), r["visitor_meals"]]]
        rows += [[core_label(k), v] for k, v in r["services"].items()]
        rows += [[core_label(k), f"{v['count']}（{v['percent']}%）"] for k, v in r["shares"].items()]
        rows += [[self.tr("来访：%1（人次）").replace("%1", core_label(k)), v]
                 for k, v in r.get("visitor_services", {}).items()]
        rows += [[self.tr("助餐补贴（元）"), yuan(sub["meal_total_fen"])],
                 [self.tr("运营补贴（元）"), yuan(sub["person_total_fen"])]]
        if sub["visitor_meal_total_fen"]:
            rows.append([self.tr("来访助餐补贴（元）"), yuan(sub["visitor_meal_total_fen"])])
        rows += [[self.tr("%1补贴（元）").replace("%1", core_label(k)), yuan(v)] for k, v in sub["services_fen"].items()]
        rows += [[self.tr("应拨补贴合计（元）"), yuan(sub["total_fen"])],
                 [self.tr("已拨补贴（元）"), yuan(sub["paid_fen"])],
                 [self.tr("未拨补贴（元）"), yuan(sub["unpaid_fen"])]]
        if r["fees"]["total_fen"]:
            rows.append([self.tr("个人自付（元）"), yuan(r["fees"]["total_fen"])])
        for role, h in r.get("helpers", {}).items():
            if h["people"]:
                rows.append([core_label(role), self.tr("%1 人，%2 小时").replace("%1", str(h["people"]))
                             .replace("%2", f"{h['hours']:g}")])
        if sub["rate_changed"]:
            rows.append([self.tr("补贴标准"), self.tr("本期内调整过，按每天施行的标准计算")])
        for flag in r.get("flags", []):
            rows.append([self.tr("请核对"), flag])
        fill(self.figures, [self.tr("项目"), self.tr("数值")], rows)
        if "people" in r:
            services = list(r["services"])
            fill(self.people, [self.tr("姓名"), self.tr("性别"), self.tr("年龄"), self.tr("出勤天数"),
                                self.tr("用餐"), *map(core_label, services)],
                  [[p["name"], core_label(p["gender"]), p["age"], p["days"], p["meals"],
                    *[p["services"].get(s, 0) for s in services]] for p in r["people"]])
            labels = [d["day"][8:].lstrip("0") for d in r["daily"]]
            series = [(self.tr("出勤人次"), [d["attendance"] for d in r["daily"]]),
                      (self.tr("用餐餐次"), [d["meals"] for d in r["daily"]]),
                      (self.tr("临时来访"), [d["visitors"] for d in r["daily"]])]
            title = self.tr("每日出勤与用餐")
        else:
            fill(self.people, [self.tr("月份"), self.tr("服务人数"), self.tr("出勤人次"), self.tr("用餐餐次"),
                                self.tr("应拨补贴（元）")],
                  [[m["month"], m["served"], m["attendance"], m["meals"], yuan(m["subsidy"]["total_fen"])]
                   for m in r["months"]])
            labels = [m["month"][5:] for m in r["months"]]
            series = [(self.tr("出勤人次"), [m["attendance"] for m in r["months"]]),
                      (self.tr("用餐餐次"), [m["meals"] for m in r["months"]]),
                      (self.tr("临时来访"), [m["visitors"] for m in r["months"]])]
            title = self.tr("各月出勤与用餐")
        self._set_chart(self.trend, self._bars(title, labels, series))
        self._set_chart(self.services, self._bars(self.tr("服务项目与重点人群"),
                                          [*map(core_label, r["services"]), *map(core_label, r["shares"])],
                                          [(self.tr("次数/人数"), [*r["services"].values(),
                                                                  *[v["count"] for v in r["shares"].values()]])]))

    @staticmethod
    def _set_chart(view: QChartView, chart: QChart) -> None:
        old = view.chart()
        view.setChart(chart)      # the view releases the old chart without deleting it
        if old is not None:
            old.deleteLater()

    def _bars(self, title: str, labels: list[str], series: list[tuple[str, list[int]]]) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        bars = QBarSeries()
        top = 1
        for name, values in series:
            s = QBarSet(name)
            s.append([float(v) for v in values])
            bars.append(s)
            top = max([top, *values])
        chart.addSeries(bars)
        x = QBarCategoryAxis()
        x.append(labels)
        small = QFont(x.labelsFont())
        small.setPointSize(7)
        x.setLabelsFont(small)
        y = QValueAxis()
        y.setLabelFormat("%d")
        if top <= 10:      # whole numbers only: one tick per unit
            y.setRange(0, top)
            y.setTickCount(top + 1)
        else:
            y.setRange(0, math.ceil(top * 1.1))
            y.applyNiceNumbers()
        chart.addAxis(x, Qt.AlignBottom)
        chart.addAxis(y, Qt.AlignLeft)
        bars.attachAxis(x)
        bars.attachAxis(y)
        chart.legend().setAlignment(Qt.AlignBottom)
        chart.setAnimationOptions(QChart.NoAnimation)
        return chart
