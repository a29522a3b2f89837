"""`cunwu funds ...`: the commands the issue names, exit codes, JSON, files, refusals."""
from __future__ import annotations

import json

import pytest


@pytest.fixture
def village_cli(cli, tmp_path):
    """`cunwu` (the shared runner) on a fresh village's file."""
    db = tmp_path / "v.sqlite"

    def run(*args):
        return cli("--db", db, *args)

    assert run("init", "--name", "高家湾村", "--code", "610802103201")[0] == 0
    return run


def test_full_clerk_workflow(village_cli, tmp_path):
    assert village_cli("funds", "fund", "add", "福彩公益金", "--source", "福彩公益金", "--opening", "50,000",
                       "--opening-date", "2025-01-01", "--budget", "工程维修=40000", "--year", "2025")[0] == 0
    code, out, _ = village_cli("funds", "fund", "list", "--json")
    (fund,) = json.loads(out)
    assert fund["balance_fen"] == 5_000_000 and fund["name"] == "福彩公益金"

    code, out, _ = village_cli("funds", "decision", "add", "幸福院屋顶维修", "--amount", "38000", "--fund", "福彩公益金",
                               "--json")
    dec = json.loads(out)["id"][:8]
    for args in (["--date", "2025-02-01"], ["--date", "2025-02-02", "--present", "7"],
                 ["--date", "2025-02-03", "--members", "30", "--present", "24", "--for", "20"],
                 ["--date", "2025-02-05", "--members", "45", "--present", "40", "--for", "38"],
                 ["--date", "2025-02-05", "--minutes", "决议公开"]):
        code, out, err = village_cli("funds", "decision", "advance", dec, *args)
        assert code == 0, err
    code, out, _ = village_cli("funds", "decision", "show", dec, "--json")
    assert json.loads(out)["status"] == "已决议"

    code, out, err = village_cli("funds", "entry", "add", "--fund", "福彩公益金", "--direction", "expense", "--amount",
                                 "38,000.00", "--date", "2025-02-10", "--category", "工程维修", "--summary", "屋顶维修",
                                 "--counterparty", "建筑队", "--decision", dec, "--json")
    assert code == 0, err
    draft = json.loads(out)
    assert draft["status"] == "draft" and draft["voucher_no"] is None
    code, out, err = village_cli("funds", "entry", "post", draft["id"][:8], "--json")
    assert code == 0 and json.loads(out)["voucher_no"] == "2025-0001"

    village_cli("funds", "entry", "add", "--fund", "福彩公益金", "--direction", "expense", "--amount", "120",
                "--date", "2025-02-11", "--category", "办公费", "--summary", "记错了", "--post")
    code, out, err = village_cli("funds", "entry", "reverse", "2025-0002", "--reason", "重复", "--date", "2025-02-12",
                                 "--json")
    assert code == 0, err
    assert json.loads(out) == {"id": json.loads(out)["id"], "voucher_no": "2025-0003", "reverses": "2025-0002",
                               "amount_fen": -12_000}

    code, out, _ = village_cli("funds", "entry", "list", "--json", "--period", "2025-02")
    rows = json.loads(out)
    assert [r["voucher_no"] for r in rows] == ["2025-0001", "2025-0002", "2025-0003"]
    assert rows[1]["reversed_by"] == "2025-0003"

    assert village_cli("funds", "close", "2025-01")[0] == 0
    assert village_cli("funds", "close", "2025-02")[0] == 0
    assert village_cli("funds", "close", "2025-03")[0] == 0
    assert village_cli("funds", "signoff", "2025-Q1", "--reviewer", "王监督", "--date", "2025-04-03")[0] == 0
    pdf, book = tmp_path / "q1.pdf", tmp_path / "q1.xlsx"
    code, out, err = village_cli("funds", "report", "--period", "2025-Q1", "--pdf", pdf, "--xlsx", book)
    assert code == 0, err
    assert pdf.read_bytes().startswith(b"%PDF") and book.stat().st_size > 0
    code, out, _ = village_cli("funds", "report", "--period", "2025-Q1", "--json")
    rep = json.loads(out)
    assert rep["totals"]["expense_fen"] == 3_800_000 and rep["closed"] and rep["signoffs"][0]["reviewer"] == "王监督"
    assert list(rep) == sorted(rep)
    code, out, _ = village_cli("check")
    assert code == 0 and "资金账目平衡" in out


@pytest.mark.parametrize("amount", ["¥1,2.3", "-0", "1e5", "0.001"])
def test_malformed_amount_refused(village_cli, amount):
    village_cli("funds", "fund", "add", "村集体", "--opening-date", "2025-01-01")
    code, _, err = village_cli("funds", "entry", "add", "--fund", "村集体", "--direction", "income", "--amount", amount,
                               "--date", "2025-02-10", "--category", "集体经营收入", "--summary", "租金")
    assert code == 1 and "格式不对" in err


def test_refusals_unknown_fund_closed_period_duplicate_voucher(village_cli):
    village_cli("funds", "fund", "add", "村集体", "--opening-date", "2025-01-01")
    code, _, err = village_cli("funds", "entry", "add", "--fund", "没有", "--direction", "income", "--amount", "1",
                               "--date", "2025-02-10", "--category", "c", "--summary", "s")
    assert code == 1 and "没有名为“没有”的资金账户" in err
    village_cli("funds", "close", "2025-02")
    code, _, err = village_cli("funds", "entry", "add", "--fund", "村集体", "--direction", "income", "--amount", "1",
                               "--date", "2025-02-10", "--category", "c", "--summary", "s")
    assert code == 1 and "已结账" in err
    village_cli("funds", "entry", "add", "--fund", "村集体", "--direction", "income", "--amount", "1",
                "--date", "2025-03-10", "--category", "c", "--summary", "s", "--post")
    code, out, _ = village_cli("funds", "entry", "add", "--fund", "村集体", "--direction", "income", "--amount", "1",
                               "--date", "2025-03-11", "--category", "c", "--summary", "s", "--json")
    code, _, err = village_cli("funds", "entry", "post", json.loads(out)["id"], "--voucher", "2025-0001")
    assert code == 1 and "已被使用" in err
    code, _, err = village_cli("funds", "close", "2025-13")
    assert code == 1 and "不是有效月份" in err


def test_settings_switch_to_yulin(village_cli):
    code, out, _ = village_cli("funds", "settings", "--stages", "yulin", "--threshold", "5000", "--json")
    data = json.loads(out)
    assert data["stages"] == ["支部提议", "党员大会审议", "党群议事会决议", "监委会监督评议"]
    assert data["threshold_fen"] == 500_000


def test_subprocess_refusal_has_no_traceback(cli, tmp_path):
    db = tmp_path / "v.sqlite"
    assert cli.process("init", "--name", "村", "--code", "610802103201", "--db", db).returncode == 0
    r = cli.process("funds", "report", "--period", "2025-Q9", "--db", db)
    assert r.returncode == 1 and "期间" in r.stderr and "Traceback" not in r.stderr


def test_check_command_fails_on_a_damaged_ledger(village_cli, tmp_path):
    import sqlite3
    village_cli("funds", "fund", "add", "村集体", "--opening-date", "2025-01-01")
    village_cli("funds", "entry", "add", "--fund", "村集体", "--direction", "income", "--amount", "10",
                "--date", "2025-03-10", "--category", "c", "--summary", "s", "--post")
    assert village_cli("check")[0] == 0
    conn = sqlite3.connect(tmp_path / "v.sqlite")
    conn.execute("DROP TRIGGER funds_entry_posted_no_update")
    conn.execute("UPDATE funds_entry SET voucher_seq = 2, voucher_no = '2025-0002'")
    conn.commit()
    conn.close()
    code, out, err = village_cli("check")
    assert code == 1 and "资金账目平衡" in err and "不连续" in out
