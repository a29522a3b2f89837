"""财务公开 as an Excel workbook (openpyxl): the township's accountant reads these.

Amounts are written as numbers in yuan with a two-decimal format, computed from fen by
exact integer division so no float arithmetic touches the sums.
"""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from db.files import write_with
from desktop.core.money import capitals
from desktop.core.money import yuan_number as _yuan
from desktop.core.sheets import add_sheet, neutralise_book

MONEY = "#,##0.00"
DIRECTION = {"income": "收入", "expense": "支出"}


def _sheet(wb, title: str, header: list[str], rows: list[list], money_cols: set[int], widths: list[int]):
    return add_sheet(wb, title, header, rows, widths=widths, fill="EEEEEE", center=True,
                     formats=dict.fromkeys(money_cols, MONEY))


def write_xlsx(rep: dict, path) -> Path:
    path = Path(path)
    wb = Workbook()
    wb.remove(wb.active)
    t = rep["totals"]
    ws = _sheet(wb, "资金收支", ["资金名称", "来源", "期初余额", "本期收入", "本期支出", "期末余额", "年度预算"],
                [[f["name"], f["source"], _yuan(f["opening_fen"]), _yuan(f["income_fen"]), _yuan(f["expense_fen"]),
                  _yuan(f["closing_fen"]), _yuan(f["budget_fen"])] for f in rep["funds"]]
                + [["合计", "", _yuan(t["opening_fen"]), _yuan(t["income_fen"]), _yuan(t["expense_fen"]),
                    _yuan(t["closing_fen"]), None]],
                {2, 3, 4, 5, 6}, [30, 16, 14, 14, 14, 14, 14])
    ws.insert_rows(1, 2)
    ws["A1"] = f"{rep['village']}村级财务公开表 {rep['label']}（{rep['start']} 至 {rep['end']}）单位：元"
    ws["A1"].font = Font(bold=True, size=13)
    last = ws.max_row + 2
    ws.cell(last - 1, 1, "期初余额（大写）"); ws.cell(last - 1, 2, capitals(t["opening_fen"]))
    ws.cell(last, 1, "本期收入（大写）"); ws.cell(last, 2, capitals(t["income_fen"]))
    ws.cell(last + 1, 1, "本期支出（大写）"); ws.cell(last + 1, 2, capitals(t["expense_fen"]))
    ws.cell(last + 2, 1, "期末余额（大写）"); ws.cell(last + 2, 2, capitals(t["closing_fen"]))
    _sheet(wb, "分类", ["资金名称", "收支", "科目", "本期金额", "年度预算"],
           [[c["fund"], DIRECTION[c["direction"]], c["category"], _yuan(c["amount_fen"]), _yuan(c["budget_fen"])]
            for c in rep["categories"]], {3, 4}, [30, 8, 16, 14, 14])
    _sheet(wb, "明细", ["日期", "凭证号", "资金", "科目", "收付款单位/人", "摘要", "收入", "支出", "议事事项"],
           [[e["date"], e["voucher_no"], e["fund"], e["category"], e["counterparty"], e["summary"],
             _yuan(e["amount_fen"]) if e["direction"] == "income" else None,
             _yuan(e["amount_fen"]) if e["direction"] == "expense" else None, e["decision"]]
            for e in rep["entries"]], {6, 7}, [12, 11, 24, 12, 18, 36, 12, 12, 20])
    _sheet(wb, "议事事项", ["事项", "金额", "进展到", "日期", "状态", "已支出"],
           [[d["title"], _yuan(d["amount_fen"]), d["stage"], d["stage_date"], d["status"], _yuan(d["spent_fen"])]
            for d in rep["decisions"]], {1, 5}, [30, 14, 18, 12, 10, 14])
    _sheet(wb, "预算执行", ["资金名称", "收支", "科目", "年度预算", "累计实际", "余额", "执行率%"],
           [[b["fund_name"], DIRECTION[b["direction"]], b["category"], _yuan(b["budget_fen"]), _yuan(b["actual_fen"]),
             _yuan(b["remaining_fen"]), b["percent"]] for b in rep["budget"]], {3, 4, 5}, [30, 8, 16, 14, 14, 14, 10])
    signed = _sheet(wb, "监委会签字", ["签字人", "日期", "覆盖月份", "审核意见", "凭证数"],
                    [[s["reviewer"], s["signed_on"], s.get("months") or s["period"], s["remarks"], s["entry_count"]]
                     for s in rep["signoffs"]], set(), [14, 12, 24, 50, 10])
    signed.cell(signed.max_row + 2, 1, "审核签字情况")
    signed.cell(signed.max_row, 2, rep.get("coverage_line", ""))
    if rep.get("matching"):
        _sheet(wb, "捐助配套", ["资金名称", "比例", "配套来源", "累计捐助", "应配套", "已到位", "尚欠"],
               [[m["fund"], m["ratio"], m["source"], _yuan(m["donated_fen"]), _yuan(m["due_fen"]),
                 _yuan(m["received_fen"]), _yuan(m["owed_fen"])] for m in rep["matching"]],
               {3, 4, 5, 6}, [30, 8, 18, 14, 14, 14, 14])
    if rep.get("queries"):
        _sheet(wb, "村民质询", ["质询日期", "凭证号", "质询内容", "答复", "答复日期"],
               [[q["asked_on"], q["voucher_no"], q["question"], q["answer"], q["answered_on"]]
                for q in rep["queries"]], set(), [12, 11, 40, 40, 12])
    neutralise_book(wb)
    return write_with(path, wb.save)
