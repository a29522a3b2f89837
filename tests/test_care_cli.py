"""`cunwu care ...`: the commands the issue names, exit codes, --json, exports."""
from __future__ import annotations

import json

import pytest
from openpyxl import Workbook, load_workbook
from pypdf import PdfReader

from desktop.core import open_store, village
from tests.care_helpers import born_years_before, group, person


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "v.sqlite"
    s = open_store(path)
    village.init_site(s, name="高家湾村", division_code="610802103201", township="牛家梁镇")
    a = person(s, "王秀英", born_years_before(82, "2026-10-01"))
    person(s, "李德胜", born_years_before(68, "2026-10-01"), gender="男")
    person(s, "张明", born_years_before(66, "2026-10-01"), gender="男")
    person(s, "张明", born_years_before(70, "2026-10-01"), gender="男")
    person(s, "吉𠮷祥", born_years_before(77, "2026-10-01"), gender="男")
    person(s, "小宝", born_years_before(2, "2026-10-01"), gender="男")
    group(s, a, "特困供养")
    s.close()
    return path


def test_full_month_through_the_cli(cli, db, tmp_path):
    code, out, err = cli("--db", db, "care", "place", "add", "幸福院", "--kind", "幸福院", "--capacity", "20",
                         "--meal-subsidy", "3.5", "--person-subsidy", "20", "--json")
    assert code == 0, err
    place = json.loads(out)
    assert place["meal_subsidy_fen"] == 350
    assert cli("--db", db, "care", "place", "add", "托育点", "--kind", "托育点", "--services", "保育、午餐")[0] == 0
    code, out, err = cli("--db", db, "care", "place", "edit", "托育点", "--capacity", "15", "--open", "一二三四五六", "--json")
    assert code == 0, err
    assert (json.loads(out)["capacity"], json.loads(out)["open_weekdays"]) == (15, "123456")
    code, out, err = cli("--db", db, "care", "place", "edit", "托育点", "--services", "助浴")
    assert code == 1 and "托育点不提供“助浴”" in err
    code, out, _ = cli("--db", db, "care", "place", "list", "--json")
    assert [p["name"] for p in json.loads(out)] == ["幸福院", "托育点"]
    code, out, err = cli("--db", db, "care", "enrol", "幸福院", "王秀英", "李德胜", "吉𠮷祥", "--start", "2026-10-01")
    assert code == 0, err
    code, out, err = cli("--db", db, "care", "enrol", "幸福院", "张明", "--start", "2026-10-01")
    assert code == 1 and "有 2 人叫“张明”" in err and "编号" in err
    code, out, err = cli("--db", db, "care", "enrol", "托育点", "小宝", "王秀英", "--start", "2026-10-01")
    assert code == 1 and "没有登记任何人" in err and "超过托育点的年龄范围 0–3 岁" in err
    code, out, _ = cli("--db", db, "care", "enrolled", "托育点", "--on", "2026-10-02", "--json")
    assert json.loads(out) == []          # 小宝 was fine, but the batch is all or nothing
    code, out, err = cli("--db", db, "care", "attend", place["id"], "2026-10-08", "王秀英", "李德胜", "--meals", "1",
                         "--service", "助浴")
    assert code == 0, err
    code, out, err = cli("--db", db, "care", "attend", "幸福院", "2026-10-08", "王秀英")
    assert code == 1 and "已登记过出勤" in err
    code, out, err = cli("--db", db, "care", "attend", "幸福院", "2026-10-11", "吉𠮷祥", "--meals", "2")
    assert code == 0 and "周日不开放" in err
    assert cli("--db", db, "care", "place", "day", "幸福院", "2026-10-09", "--closed", "--note", "停电")[0] == 0
    assert cli("--db", db, "care", "visitors", "幸福院", "2026-10-08", "4", "--meals", "2")[0] == 0
    code, out, err = cli("--db", db, "care", "report", "幸福院", "--month", "2026-10", "--json")
    assert code == 0, err
    r = json.loads(out)
    assert (r["served"], r["attendance"], r["meals"], r["visitors"]) == (3, 3, 4, 4)
    assert r["services"]["助浴"] == 2 and r["shares"]["五保"]["count"] == 1
    assert r["open_days"] == 21 and r["subsidy"]["total_fen"] == 4 * 350 + 3 * 2000
    assert out == json.dumps(r, ensure_ascii=False, indent=2, sort_keys=True) + "\n"     # stable form

    code, out, _ = cli("--db", db, "care", "summary", "--month", "2026-10", "--json")
    summary = json.loads(out)
    assert summary["totals"]["elderly"]["attendance"] == 3 and summary["totals"]["children"]["places"] == 1

    xlsx = tmp_path / "r.xlsx"
    assert cli("--db", db, "care", "report", "幸福院", "--month", "2026-10", "--xlsx", xlsx)[0] == 0
    wb = load_workbook(xlsx)
    assert wb.sheetnames == ["汇总", "人员明细", "每日统计"]
    summary = {row[0]: row[1] for row in wb["汇总"].iter_rows(min_row=3, values_only=True)}
    assert summary["在托出勤（人次）"] == 3 and summary["应拨补贴合计（元）"] == "74.00"
    assert [row[1] for row in wb["人员明细"].iter_rows(min_row=2, values_only=True)] == ["吉𠮷祥", "李德胜", "王秀英"]
    assert wb["每日统计"].max_row == 32

    assert cli("--db", db, "care", "report", "幸福院", "--year", "2026", "--xlsx", tmp_path / "y.xlsx")[0] == 0
    ws = load_workbook(tmp_path / "y.xlsx").active
    assert ws.cell(14, 1).value == "2026年合计" and ws.cell(11, 5).value == 3

    pdf = tmp_path / "r.pdf"
    code, out, err = cli("--db", db, "care", "report", "幸福院", "--month", "2026-10", "--pdf", pdf)
    assert code == 0, err
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "托老服务月报表" in text and "2026年10月" in text and "74.00" in text and "盖章处" in text
    assert "王秀英" not in text                       # the township form carries figures only
    code, out, err = cli("--db", db, "care", "report", "幸福院", "--month", "2026-10", "--detail-pdf", tmp_path / "d.pdf")
    assert code == 0, err
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "d.pdf").pages)
    assert "幸福院托老服务出勤明细" in text and "柒拾肆元整" in text
    assert "经办人" in text and "监委会" in text and "盖章处" in text
    assert "王秀英" in text and "李德胜" in text and "吉𠮷祥" in text
    assert "6127" not in text                         # no ID numbers
    code, out, err = cli("--db", db, "care", "leave", "幸福院", "李德胜", "--date", "2026-10-31", "--reason", "回家")
    assert code == 0, err
    code, out, _ = cli("--db", db, "care", "enrolled", "幸福院", "--on", "2026-11-01", "--json")
    assert sorted(p["name"] for p in json.loads(out)) == ["吉𠮷祥", "王秀英"]
    assert all("*" in p["id_masked"] or p["id_masked"] == "" for p in json.loads(out))


def test_import_register_cli_reports_every_bad_cell(cli, db, tmp_path):
    cli("--db", db, "care", "place", "add", "幸福院", "--kind", "幸福院")
    cli("--db", db, "care", "enrol", "幸福院", "王秀英", "--start", "2026-09-01")
    wb = Workbook()
    ws = wb.active
    ws.append(["幸福院 2026年9月 签到表"])
    ws.append(["姓名", *range(1, 32)])
    ws.append(["王秀英", "√", "√"] + [None] * 28 + ["√"])
    ws.append(["王小二", "√"])
    wb.save(tmp_path / "sep.xlsx")
    code, out, err = cli("--db", db, "care", "import-register", tmp_path / "sep.xlsx")
    assert code == 0
    assert "已导入 2 人次" in out
    assert "第 3 行 AF 列（王秀英，31）：2026年9月没有 31 日" in err
    assert "第 4 行（王小二）：花名册里没有“王小二”" in err
    assert (tmp_path / "sep_错误.xlsx").exists()
    code, out, err = cli("--db", db, "care", "settings", "--elder-min-age", "65", "--json")
    assert json.loads(out) == {"elder_min_age": 65}


def test_refusals_exit_1_without_traceback(cli, db):
    r = cli.process("care", "report", "不存在的院", "--month", "2026-10", "--db", db)
    assert r.returncode == 1 and "没有找到场所" in r.stderr and "Traceback" not in r.stderr
    r = cli.process("care", "attend", "x", "2026-02-30", "y", "--db", db)
    assert r.returncode == 1 and "Traceback" not in r.stderr
