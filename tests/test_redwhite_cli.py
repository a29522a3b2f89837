"""`cunwu redwhite ...`: the command forms of the issue, exit codes, stable JSON, refusals."""
from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

from desktop.core import open_store, village
from desktop.core.roster import people


@pytest.fixture
def db(store, db_path):
    g1 = village.groups(store)[0]["id"]
    hh = people.add_household(store, hh_no="0007", group_id=g1)
    people.add_person(store, household_id=hh, name="刘福来", gender="男", relation="户主", birth_date="1955-02-02")
    people.add_person(store, household_id=hh, name="陈桂兰", gender="女", relation="配偶", birth_date="1957-02-02")
    store.close()
    return db_path


def test_full_cycle_through_the_cli(cli, db, tmp_path):
    assert cli("--db", db, "redwhite", "standards", "set", "--effective", "2025-01-01", "--template")[0] == 0
    code, out, _ = cli("--db", db, "redwhite", "standards", "show", "--date", "2025-06-01", "--json")
    shown = json.loads(out)
    assert shown["version"]["title"] == "示例（请按本村村规民约修改）"
    assert shown["standards"]["婚事"]["max_tables"] == 20
    assert cli("--db", db, "redwhite", "standards", "set", "--effective", "2025-01-01", "--kind", "婚事",
               "--max-tables", "18", "--max-bride-price", "28000", "--report-before", "10")[0] == 0
    shown = json.loads(cli("--db", db, "redwhite", "standards", "show", "--date", "2025-06-01", "--json")[1])
    assert shown["standards"]["婚事"]["max_tables"] == 18
    assert shown["standards"]["婚事"]["max_bride_price_fen"] == 28_000_00
    assert cli("--db", db, "redwhite", "member", "add", "--role", "会长", "--person", "陈桂兰", "--start", "2024-01-01")[0] == 0

    code, out, err = cli("--db", db, "redwhite", "event", "add", "--kind", "婚事", "--host", "刘福来", "--date", "2025-05-10",
                         "--report-date", "2025-04-20", "--tables", "20", "--cost-per-table", "300",
                         "--bride-price", "30000", "--json")
    assert code == 0, err
    ev = json.loads(out)
    assert ev["plan"]["tables"] == 20 and ev["plan"]["cost_per_table_fen"] == 300_00
    assert [f["message"] for f in ev["verdict"]["plan_findings"]] == [
        "酒席 20 桌，超过标准 18 桌，超出 2 桌", "彩礼 ¥30,000.00，超过标准 ¥28,000.00，超出 ¥2,000.00"]
    short = ev["id"][:8]
    code, _, err = cli("--db", db, "redwhite", "event", "decide", short, "--decision", "同意", "--date", "2025-04-21",
                       "--by", "陈桂兰")
    assert code == 1 and "不能直接“同意”" in err
    assert cli("--db", db, "redwhite", "event", "decide", short, "--decision", "劝导", "--date", "2025-04-21",
               "--by", "陈桂兰")[0] == 0
    code, out, err = cli("--db", db, "redwhite", "event", "actual", short, "--date", "2025-05-11", "--tables", "18",
                         "--cost-per-table", "300", "--bride-price", "28000", "--cars", "4", "--gift", "100",
                         "--gift-close", "200", "--troupes", "0", "--json")
    assert code == 0, err
    assert json.loads(out)["verdict"]["status"] == "符合标准"

    code, out, _ = cli("--db", db, "redwhite", "event", "list", "--year", "2025", "--json")
    listed = json.loads(out)
    assert [e["decision"] for e in listed] == ["劝导"]
    assert "id_number" not in json.dumps(listed) and "host_id_number" not in listed[0]
    code, out, _ = cli("--db", db, "redwhite", "event", "list")
    assert short in out and "符合标准" in out

    xlsx = tmp_path / "stats.xlsx"
    pdf = tmp_path / "annual.pdf"
    code, out, err = cli("--db", db, "redwhite", "stats", "--year", "2025", "--json", "--xlsx", xlsx, "--pdf", pdf)
    assert code == 0, err
    assert pdf.read_bytes().startswith(b"%PDF")
    data = json.loads(out)
    assert data["total"]["events"] == 1 and data["total"]["within_standards"] == 1
    sheet = load_workbook(xlsx)["按类别"]
    assert sheet["A2"].value == "婚事" and sheet["B2"].value == 1


def test_refusals_exit_1_with_reason(cli, db):
    cli("--db", db, "redwhite", "standards", "set", "--effective", "2025-01-01", "--template")
    code, _, err = cli("--db", db, "redwhite", "event", "add", "--kind", "婚事", "--host", "不存在", "--date", "2025-05-10",
                       "--report-date", "2025-04-20")
    assert code == 1 and "花名册" in err and "Traceback" not in err
    code, _, err = cli("--db", db, "redwhite", "event", "add", "--kind", "婚事", "--host", "刘福来", "--date", "2025-05-10",
                       "--report-date", "2025-04-20", "--tables", "-5")
    assert code == 1 and "不能是负数" in err
    code, _, err = cli("--db", db, "redwhite", "event", "add", "--kind", "婚事", "--host", "刘福来", "--date", "2025-05-10",
                       "--report-date", "2025-04-20", "--cost-per-table", "1e5")
    assert code == 1 and "科学计数法" in err and "每桌标准" in err
    code, _, err = cli("--db", db, "redwhite", "event", "add", "--kind", "婚事", "--host", "刘福来", "--date", "2025-05-10",
                       "--end", "2025-05-08", "--report-date", "2025-04-20")
    assert code == 1 and "早于开始日期" in err
    code, _, err = cli("--db", db, "redwhite", "standards", "set", "--effective", "2025-02-01", "--kind", "婚事",
                       "--max-tables", "-1")
    assert code == 1 and "负数" in err
    code, _, err = cli("--db", db, "redwhite", "stats", "--year", "25")
    assert code == 1 and "年份" in err
    s = open_store(db)
    try:
        assert s.scalar("SELECT COUNT(*) FROM redwhite_event") == 0
        assert s.scalar("SELECT COUNT(*) FROM redwhite_standard_version") == 1
    finally:
        s.close()


def test_member_list_and_hall(cli, db):
    cli("--db", db, "redwhite", "member", "add", "--role", "监事", "--name", "赵乡干", "--start", "2024-01-01")
    code, out, _ = cli("--db", db, "redwhite", "member", "list", "--json")
    assert json.loads(out)[0]["name"] == "赵乡干" and json.loads(out)[0]["person_id"] is None
    assert cli("--db", db, "redwhite", "hall", "add", "--direction", "收入", "--category", "捐赠", "--amount", "500",
               "--date", "2025-03-01")[0] == 0
    code, _, err = cli("--db", db, "redwhite", "hall", "add", "--direction", "支出", "--category", "维修", "--amount", "600",
                       "--date", "2025-03-02")
    assert code == 1 and "负数" in err
    code, out, _ = cli("--db", db, "redwhite", "hall", "summary", "--year", "2025", "--json")
    assert json.loads(out)["closing_fen"] == 500_00


def test_money_is_typed_as_the_ledger_types_it(cli, db):
    """One rule for amounts across the program (desktop.core.inputs.money.parse_money)."""
    cli("--db", db, "redwhite", "standards", "set", "--effective", "2025-01-01", "--template")
    code, out, err = cli("--db", db, "redwhite", "event", "add", "--kind", "婚事", "--host", "刘福来", "--date", "2025-05-10",
                         "--report-date", "2025-04-20", "--tables", "10", "--cost-per-table", "¥1,200.00",
                         "--bride-price", "300元", "--gift", "０", "--json")
    assert code == 0, err
    plan = json.loads(out)["plan"]
    assert (plan["cost_per_table_fen"], plan["bride_price_fen"], plan["gift_fen"]) == (120_000, 30_000, 0)
    code, _, err = cli("--db", db, "redwhite", "event", "add", "--kind", "婚事", "--host", "刘福来", "--date", "2025-05-10",
                       "--report-date", "2025-04-20", "--gift", "-5")
    assert code == 1 and "礼金" in err and "负数" in err
    code, _, err = cli("--db", db, "redwhite", "event", "add", "--kind", "婚事", "--host", "刘福来", "--date", "2025-05-10",
                       "--report-date", "2025-04-20", "--bride-price", "1,2000")
    assert code == 1 and "彩礼" in err and "逗号" in err
    code, out, _ = cli("--db", db, "redwhite", "baseline", "show")
    assert "¥800.00" in out and "¥120,000.00" in out
