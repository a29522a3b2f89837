"""财务公开: figures by fund and category, decisions, capitals, sign-off; PDF and XLSX output."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from db.errors import RefusedError, ValidationError
from desktop.core.funds import accounts, decisions, ledger, notices, periods, report, supervision, xlsx

TODAY = "2026-11-23"


@pytest.fixture
def books(store):
    a = accounts.add_fund(store, "福彩公益金幸福院补助", source="福彩公益金", opening_fen=5_000_000,
                          opening_date="2025-01-01")
    b = accounts.add_fund(store, "一事一议村道", source="一事一议筹资", opening_date="2025-01-01")
    accounts.set_budget(store, a, 2025, "工程维修", 4_000_000)
    d = decisions.add_decision(store, "幸福院屋顶维修", 3_800_000, fund_id=a)
    decisions.advance(store, d, held_on="2025-01-05")
    decisions.advance(store, d, held_on="2025-01-06")
    decisions.advance(store, d, held_on="2025-01-07", members=30, present=24, in_favour=20)
    decisions.advance(store, d, held_on="2025-01-10", members=45, present=40, in_favour=38,
                      minutes="同意维修幸福院屋顶，预算 38,000 元")
    decisions.advance(store, d, held_on="2025-01-11", minutes="决议在公开栏张贴")
    ledger.add_entry(store, a, "expense", 120_000, "2025-01-20", "办公费", "购买办公用品", post=True)
    ledger.add_entry(store, b, "income", 2_345_678, "2025-02-03", "一事一议筹资", "村民筹资", post=True)
    ledger.add_entry(store, a, "expense", 3_800_000, "2025-02-15", "工程维修", "幸福院屋顶维修",
                     counterparty="榆阳区建筑队", decision_id=d, post=True)
    wrong = ledger.add_entry(store, b, "expense", 45_600, "2025-03-02", "工程维修", "买水泥", post=True)
    ledger.reverse_entry(store, wrong, reason="记错资金", entry_date="2025-03-03")
    ledger.add_entry(store, a, "income", 10_000, "2025-04-02", "其他收入", "四月的收入", post=True)
    return {"a": a, "b": b, "d": d}


def test_quarter_figures(store, books):
    rep = report.build_report(store, "2025-Q1")
    assert rep["label"] == "2025年第一季度" and (rep["start"], rep["end"]) == ("2025-01-01", "2025-03-31")
    by = {f["name"]: f for f in rep["funds"]}
    a, b = by["福彩公益金幸福院补助"], by["一事一议村道"]
    assert (a["opening_fen"], a["income_fen"], a["expense_fen"], a["closing_fen"]) == (5_000_000, 0, 3_920_000,
                                                                                      1_080_000)
    assert (b["opening_fen"], b["income_fen"], b["expense_fen"], b["closing_fen"]) == (0, 2_345_678, 0, 2_345_678)
    assert a["budget_fen"] == 4_000_000
    t = rep["totals"]
    assert t["income_fen"] == 2_345_678 and t["income_capitals"] == "贰万叁仟肆佰伍拾陆元柒角捌分"
    assert t["closing_fen"] == 3_425_678
    assert len(rep["entries"]) == 5          # the mistake and its reversal both show
    cats = {(c["fund"], c["category"]): c["amount_fen"] for c in rep["categories"]}
    assert cats[("一事一议村道", "工程维修")] == 0 and cats[("福彩公益金幸福院补助", "工程维修")] == 3_800_000
    (dec,) = rep["decisions"]
    assert dec["stage"] == "决议公开" and dec["spent_fen"] == 3_800_000 and dec["status"] == "已决议"
    (bud,) = rep["budget"]
    assert bud["actual_fen"] == 3_800_000 and bud["percent"] == 95.0


def test_next_month_opening_is_previous_closing(store, books):
    q1 = {f["name"]: f["closing_fen"] for f in report.build_report(store, "2025-Q1")["funds"]}
    apr = {f["name"]: f["opening_fen"] for f in report.build_report(store, "2025-04")["funds"]}
    assert q1 == apr


def test_bad_period_refused(store, books):
    for bad in ("2025-13", "2025-Q5", "25-01", "", "2025/1/1"):
        with pytest.raises(ValidationError, match="期间"):
            report.build_report(store, bad)


def _pdf_text(data: bytes) -> str:
    import io
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_disclosure_pdf_shows_figures_capitals_and_signoff(store, books):
    for m in ("2025-01", "2025-02", "2025-03"):
        periods.close_period(store, m, today_=TODAY)
    supervision.sign_off(store, "2025-Q1", reviewer="王监督", signed_on="2025-04-05", remarks="账目清楚")
    data = notices.render_pdf(notices.collect_disclosure(store, period="2025-Q1"))
    assert data.startswith(b"%PDF")
    text = _pdf_text(data)
    for needed in ("财务公开表", "2025年第一季度", "福彩公益金幸福院补助", "23,456.78", "贰万叁仟肆佰伍拾陆元柒角捌分",
                   "幸福院屋顶维修", "决议公开", "王监督", "账目清楚", "监委会", "-456.00"):
        assert needed in text, needed


def test_decision_notices(store, books):
    res = notices.collect_resolution(store, decision=books["d"])
    assert res.matter == "幸福院屋顶维修" and res.amount == 3_800_000 and len(res.stages) == 4
    assert res.stages[2].present == 24
    text = _pdf_text(notices.render_pdf(res))
    assert "决议公告" in text and "叁万捌仟元整" in text and "同意维修幸福院屋顶" in text
    result = notices.collect_result(store, decision=books["d"])
    assert result.total == 3_800_000 and result.lines[0].payee == "榆阳区建筑队"
    assert "实施结果公告" in _pdf_text(notices.render_pdf(result))
    fresh = decisions.add_decision(store, "新事项", 100)
    with pytest.raises(RefusedError, match="还没有形成决议"):
        notices.collect_resolution(store, decision=fresh)


def test_xlsx_export(store, books, tmp_path):
    out = xlsx.write_xlsx(report.build_report(store, "2025-Q1"), tmp_path / "q1.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames[:3] == ["资金收支", "分类", "明细"]
    ws = wb["资金收支"]
    values = [[c.value for c in row] for row in ws.iter_rows()]
    total = next(r for r in values if r[0] == "合计")
    assert float(total[3]) == 23456.78 and float(total[5]) == 34256.78
    assert any(r[0] == "本期收入（大写）" and r[1] == "贰万叁仟肆佰伍拾陆元柒角捌分" for r in values)
    assert wb["明细"].max_row == 6
