"""The year's red-white records as an .xlsx workbook (for the township and the archive)."""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from db import Store
from db.files import write_with
from desktop.core.redwhite import checks, event_queries, hall, stats
from desktop.core.redwhite.codes import FIGURES, UNKNOWN
from desktop.core.money import yuan_number
from desktop.core.sheets import neutralise_book

_BOLD = Font(bold=True)
_RED = PatternFill("solid", fgColor="FFD7D7")
STAT_COLUMNS = [("label", "类别"), ("events", "事项数"), ("reported_in_time", "按时申报"),
                ("in_time_pct", "按时申报率%"), ("with_actual", "已办结"), ("within_standards", "符合标准"),
                ("within_pct", "符合标准率%"), ("violations", "超标"), ("violations_handled", "已处理"),
                ("tables_actual", "实际桌数"), ("tables_saved", "节约桌数"), ("money_saved_fen", "节约金额（元）")]


def _sheet(wb: Workbook, title: str, header: list[str], rows: list[list], widths: list[int] | None = None):
    ws = wb.create_sheet(title)
    ws.append(header)
    for cell in ws[1]:
        cell.font = _BOLD
        cell.alignment = Alignment(horizontal="center")
    for row in rows:
        ws.append(row)
    for i, _ in enumerate(header, start=1):
        ws.column_dimensions[get_column_letter(i)].width = (widths[i - 1] if widths else 12)
    ws.freeze_panes = "A2"
    return ws


def _stat_row(bucket: dict, label_key: str = "label") -> list:
    out = []
    for key, _ in STAT_COLUMNS:
        value = bucket.get(key)
        out.append(yuan_number(value) if key == "money_saved_fen" else value)
    return out


def export_year(store: Store, year: int, path: str | Path, *, site_id: str | None = None) -> Path:
    """One site's year (default: this installation's own; a township names a village)."""
    data = stats.year_stats(store, year, site_id=site_id)
    wb = Workbook()
    wb.remove(wb.active)
    header = [label for _, label in STAT_COLUMNS]
    _sheet(wb, "按类别", header, [_stat_row(b) for b in data["by_kind"] + [data["total"]]])
    _sheet(wb, "按村民小组", ["村民小组"] + header[1:], [_stat_row(b) for b in data["by_group"]])
    fig_headers = []
    for fig in FIGURES:
        fig_headers.append(fig.label + ("（元）" if fig.money else ""))
    detail_header = (["类别", "办事人", "村民小组", "开始日期", "结束日期", "地点", "申报日期", "按时申报",
                      "理事会意见", "决定日期"] + ["申报" + h for h in fig_headers] +
                     ["实际" + h for h in fig_headers] + ["结论", "超标及逾期情况", "违规处理"])
    rows, red_rows = [], []
    for ev in sorted(event_queries.list_events(store, year=year, site_id=site_id), key=lambda e: e["start_date"]):
        line = [ev["kind"], ev["host_name"], ev["group_name"] or "", ev["start_date"], ev["end_date"],
                ev["place"], ev["report_date"], "否" if ev["verdict"]["late"] else "是",
                ev["decision"] or "", ev["decision_date"] or ""]
        for stage in ("plan", "actual"):
            figs = ev[stage]
            for fig in FIGURES:
                if figs is None:
                    line.append(None)
                elif figs[fig.key] is None:
                    line.append(UNKNOWN)        # the family did not say: not 0
                else:
                    line.append(yuan_number(figs[fig.key]) if fig.money else figs[fig.key])
        line += [ev["verdict"]["status"], "；".join(checks.findings_text(ev["verdict"])),
                 ev["violation_action"]]
        rows.append(line)
        if ev["verdict"]["within_standards"] is False:
            red_rows.append(len(rows) + 1)
    ws = _sheet(wb, "事项明细", detail_header, rows)
    for r in red_rows:       # ws.cell, not ws[r]: indexing a row rescans the whole sheet each time
        for c in range(1, len(detail_header) + 1):
            ws.cell(row=r, column=c).fill = _RED
    summary = hall.hall_summary(store, year, site_id)
    money_rows = [["上年结余", "", yuan_number(summary["opening_fen"])]]
    money_rows += [["收入", line["category"], yuan_number(line["amount_fen"])] for line in summary["income"]]
    money_rows += [["支出", line["category"], yuan_number(line["amount_fen"])] for line in summary["expense"]]
    money_rows.append(["本年结余", "", yuan_number(summary["closing_fen"])])
    _sheet(wb, "服务中心资金", ["项目", "类别", "金额（元）"], money_rows, [12, 18, 14])
    return _save(wb, path)


def export_township(store: Store, year: int, path: str | Path) -> Path:
    """A township's year: one line per village and their total, and the kinds added up."""
    data = stats.township_stats(store, year)
    wb = Workbook()
    wb.remove(wb.active)
    header = [label for _, label in STAT_COLUMNS]
    _sheet(wb, "各村汇总", ["村", "区划代码"] + header[1:],
           [[v["name"], v["division_code"]] + _stat_row(v)[1:] for v in data["villages"]]
           + [["合计", ""] + _stat_row(data["total"])[1:]])
    _sheet(wb, "按类别（各村合计）", header, [_stat_row(b) for b in data["by_kind"] + [data["total"]]])
    return _save(wb, path)


def _save(wb: Workbook, path: str | Path) -> Path:
    neutralise_book(wb)
    return write_with(path, wb.save)
