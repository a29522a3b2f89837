"""Issue 17: fund rules a 监委会 can rely on. One test (at least) per numbered defect, with
the figures worked out by hand in the test.

Defaults used below: payments above ¥10,000 need a decision; a resolution must stay
published 5 days before money moves (config.DEFAULT_PUBLICATION_DAYS).
"""
from __future__ import annotations

import io
import json
import sqlite3
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from db.errors import NotFoundError, RefusedError, ValidationError
from desktop.cli import main
from desktop.core.funds import (accounts, check, config, decisions, ledger, matching, notices, periods, powers,
                                printouts, report, supervision, warnings)


def _pdf_text(data: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def fund(store):
    # ¥1,000,000.00 at the start of 2026.
    return accounts.add_fund(store, "村集体经营收入", source="村集体经营收入", opening_fen=100_000_000,
                             opening_date="2026-01-01")


def _decision(store, fund, amount_fen, *, resolved_on="2026-01-15", published_on=None, result_on=None):
    d = decisions.add_decision(store, "村道硬化", amount_fen, fund_id=fund)
    decisions.advance(store, d, held_on="2026-01-05", minutes="支部提议")
    decisions.advance(store, d, held_on="2026-01-08", present=7)
    decisions.advance(store, d, held_on="2026-01-10", members=30, present=25, in_favour=20)
    decisions.advance(store, d, held_on=resolved_on, members=45, present=40, in_favour=35)
    if published_on:
        decisions.advance(store, d, held_on=published_on, minutes="决议在公开栏张贴")
    if result_on:
        decisions.advance(store, d, held_on=result_on, minutes="实施结果公开")
    return d


def _pay(store, fund, fen, day, decision_id=None, **kw):
    return ledger.add_entry(store, fund, "expense", fen, day, kw.pop("category", "工程维修"),
                            kw.pop("summary", "村道硬化工程款"), counterparty=kw.pop("counterparty", "建筑队"),
                            decision_id=decision_id, post=True, **kw)


# ------------------------------------------------------------------ defect 1
def test_1_no_payment_before_the_resolution_is_published_and_its_days_have_passed(store, fund):
    d = _decision(store, fund, 6_000_000)                      # ¥60,000, only 村民代表会议决议 so far
    with pytest.raises(RefusedError, match="还没有记录“决议公开”"):
        _pay(store, fund, 6_000_000, "2026-02-01", d)
    decisions.advance(store, d, held_on="2026-01-20", minutes="决议公开")
    # Published 01-20 + 5 days = 01-25: the 24th is too early, the 25th is allowed.
    with pytest.raises(RefusedError, match="公示满 5 天后才能支出（最早 2026-01-25）"):
        _pay(store, fund, 6_000_000, "2026-01-24", d)
    assert store.scalar("SELECT COUNT(*) FROM funds_entry") == 0
    _pay(store, fund, 6_000_000, "2026-01-25", d)
    assert accounts.balance(store, fund) == 100_000_000 - 6_000_000


def test_1_publication_days_are_a_village_setting(store, fund):
    assert config.publication_days(store) == 5
    config.set_publication_days(store, 0)
    d = _decision(store, fund, 6_000_000, published_on="2026-01-20")
    _pay(store, fund, 6_000_000, "2026-01-20", d)                 # 0 days: the same day
    with pytest.raises(ValidationError, match="0 到 365"):
        config.set_publication_days(store, -1)


# ------------------------------------------------------------------ defect 2
def test_2_payment_dated_before_the_resolution_is_refused(store, fund):
    d = _decision(store, fund, 6_000_000, resolved_on="2026-01-15", published_on="2026-01-16")
    with pytest.raises(RefusedError, match="支出日期 2026-01-09 早于议事事项“村道硬化”的决议日期 2026-01-15"):
        _pay(store, fund, 1_000_000, "2026-01-09", d)


def test_2_yulin_process_without_a_publication_stage_still_checks_the_date(store, fund):
    config.set_stages(store, "yulin")
    d = decisions.add_decision(store, "幸福院助餐", 2_000_000, fund_id=fund)
    decisions.advance(store, d, held_on="2026-01-05")
    decisions.advance(store, d, held_on="2026-01-08", members=30, present=25, in_favour=20)
    decisions.advance(store, d, held_on="2026-01-15", members=20, present=18, in_favour=15)
    with pytest.raises(RefusedError, match="早于"):
        _pay(store, fund, 2_000_000, "2026-01-14", d)
    _pay(store, fund, 2_000_000, "2026-01-15", d)        # no 决议公开 stage in this process: no 公示 wait


# ------------------------------------------------------------------ defect 3
def test_3_no_charge_after_the_result_is_published_unless_reopened_and_republished(store, fund):
    d = _decision(store, fund, 8_000_000, published_on="2026-01-16")
    _pay(store, fund, 6_000_000, "2026-02-01", d)
    decisions.advance(store, d, held_on="2026-02-10", minutes="实际支出 60,000.00 元")
    assert decisions.get_decision(store, d)["status"] == decisions.COMPLETED
    with pytest.raises(RefusedError, match="实施结果公开已于 2026-02-10 记录"):
        _pay(store, fund, 1_500_000, "2026-02-15", d)
    first = store.scalar("SELECT MAX(voucher_no) FROM funds_entry")
    with pytest.raises(RefusedError, match="重新打开实施结果"):           # a reversal changes it too
        ledger.reverse_entry(store, ledger.resolve_entry(store, first)["id"], reason="多付", entry_date="2026-02-15")
    with pytest.raises(ValidationError, match="原因"):
        decisions.reopen_result(store, d, " ")
    log_before = store.scalar("SELECT COUNT(*) FROM change_log")
    decisions.reopen_result(store, d, "追加排水沟", on="2026-02-14")
    assert store.scalar("SELECT COUNT(*) FROM change_log") > log_before          # logged for sync and audit
    _pay(store, fund, 1_500_000, "2026-02-15", d)
    # 60,000.00 + 15,000.00 = 75,000.00; the 监委会 sees the result is not yet published again.
    assert notices.collect_result(store, decision=d).total == 7_500_000
    assert [w["kind"] for w in warnings.for_period(store, "2026-02")] == ["reopened"]
    with pytest.raises(ValidationError, match="早于最后一笔支出的日期 2026-02-15"):
        decisions.republish_result(store, d, on="2026-02-14")
    decisions.republish_result(store, d, on="2026-02-16", minutes="实际支出 75,000.00 元")
    assert [e["kind"] for e in decisions.events(store, d)] == ["reopen", "republish"]
    with pytest.raises(RefusedError, match="实施结果公开已于"):
        _pay(store, fund, 100_000, "2026-02-20", d)
    assert warnings.for_period(store, "2026-02") == []


# ------------------------------------------------------------------ defect 4
def _quarter_books(store, fund):
    """Jan +100,000.00, Feb +20,000.00, Mar +14,000.00 on ¥1,000,000.00: March closes at 1,134,000.00."""
    for fen, day in ((10_000_000, "2026-01-10"), (2_000_000, "2026-02-10"), (1_400_000, "2026-03-10")):
        ledger.add_entry(store, fund, "income", fen, day, "集体经营收入", "门面房租金", post=True)


def test_4_months_close_in_order_and_earlier_months_stay_shut(store, fund):
    _quarter_books(store, fund)
    periods.close_period(store, "2026-01")
    with pytest.raises(RefusedError, match="结账须按月份顺序：2026-02 有凭证还没有结账"):
        periods.close_period(store, "2026-03")
    assert periods.close_period(store, "2026-02") == ["2026-02"]
    assert periods.close_period(store, "2026-03") == ["2026-03"]
    assert periods.month_figures(store, "2026-03")["closing_fen"] == 113_400_000
    # A February payment can no longer be recorded: it would change March's 期末.
    with pytest.raises(RefusedError, match="已结账"):
        ledger.add_entry(store, fund, "expense", 49_900, "2026-02-20", "办公费", "打印纸", post=True)


def test_4_empty_months_before_are_closed_with_the_month(store, fund):
    ledger.add_entry(store, fund, "income", 10_000_000, "2026-01-10", "集体经营收入", "租金", post=True)
    periods.close_period(store, "2026-01")
    ledger.add_entry(store, fund, "income", 1_400_000, "2026-04-10", "集体经营收入", "租金", post=True)
    assert periods.close_period(store, "2026-04") == ["2026-02", "2026-03", "2026-04"]
    with pytest.raises(RefusedError, match="账目已结账到 2026-04|已结账"):
        ledger.add_entry(store, fund, "income", 100, "2026-02-10", "集体经营收入", "租金")


def test_4_check_reports_a_changed_closed_period(store, fund, db_path):
    _quarter_books(store, fund)
    for m in ("2026-01", "2026-02", "2026-03"):
        periods.close_period(store, m)
    supervision.sign_off(store, "2026-03", reviewer="王监委", signed_on="2026-04-05")
    assert all(r["ok"] for r in check.check_ledger(store))
    # A February payment of 499.00 written into the file behind the program's back
    # (a hand-edited file, a forged import): March's 期末 becomes 1,133,501.00.
    raw = sqlite3.connect(db_path)
    raw.execute("INSERT INTO funds_entry (id, site_id, fund_id, direction, amount_fen, entry_date, category, "
                "summary, status, voucher_year, voucher_seq, voucher_no, created_at, updated_at) "
                "SELECT 'forged', site_id, id, 'expense', 49900, '2026-02-20', '办公费', '打印纸', 'posted', 2026, 4, "
                "'2026-0004', '2026-04-10', '2026-04-10' FROM funds_fund")
    raw.commit()
    raw.close()
    ledger_ok, closed = check.check_ledger(store)
    assert ledger_ok["ok"]                                   # the sums still add up...
    assert not closed["ok"]                                  # ...but the closed months changed
    assert "已结账的2026年2月结账后账目变动：凭证数由 1 变为 2，支出由 0.00 变为 499.00，期末余额由 1,120,000.00 " \
           "变为 1,119,501.00" in closed["detail"]
    assert "王监委 2026-04-05 签字的2026年3月签字后账目变动：期末余额由 1,134,000.00 变为 1,133,501.00" in closed["detail"]
    assert main(["--db", str(db_path), "check"]) == 1


def test_4_cli_check_exits_1_on_a_changed_closed_period(store, fund, db_path, capsys):
    _quarter_books(store, fund)
    periods.close_period(store, "2026-01")
    raw = sqlite3.connect(db_path)
    raw.execute("UPDATE funds_period_close SET closing_fen = closing_fen + 1")
    raw.commit()
    raw.close()
    code = main(["--db", str(db_path), "check"])
    err = capsys.readouterr().err
    assert code == 1 and "已结账月份未变动" in err


# ------------------------------------------------------------------ defect 5
def test_5_quarter_sheet_shows_which_months_were_signed_by_whom(store, fund):
    _quarter_books(store, fund)
    for m in ("2026-01", "2026-02", "2026-03"):
        periods.close_period(store, m)
    supervision.sign_off(store, "2026-01", reviewer="王监委", signed_on="2026-02-05", remarks="账实相符")
    rep = report.build_report(store, "2026-Q1")
    assert [(c["month"], [s["reviewer"] for s in c["signers"]]) for c in rep["coverage"]] == [
        ("2026-01", ["王监委"]), ("2026-02", []), ("2026-03", [])]
    assert rep["coverage_line"] == "1月：王监委（2026-02-05）审核签字；2月、3月：已结账，未经监委会审核签字"
    text = _pdf_text(notices.render_pdf(notices.disclosure_from_report(store, rep)))
    assert "2月、3月：已结账，未经监委会审核签字" in text
    assert "（王监委，2026年2月5日）" not in text         # no longer printed as if it covered the quarter
    # A quarter sign-off names its three months.
    supervision.sign_off(store, "2026-Q1", reviewer="李监委", signed_on="2026-04-03")
    row = [s for s in supervision.signoffs(store) if s["reviewer"] == "李监委"][0]
    assert row["months"] == "2026-01,2026-02,2026-03" and row["closing_fen"] == 113_400_000
    line = supervision.coverage_line(supervision.coverage(store, "2026-Q1"))
    assert line == ("1月：王监委（2026-02-05）、李监委（2026-04-03）审核签字；2月、3月：李监委（2026-04-03）审核签字")


def test_5_a_month_not_closed_cannot_be_signed(store, fund):
    _quarter_books(store, fund)
    periods.close_period(store, "2026-01")
    with pytest.raises(RefusedError, match="尚未全部结账"):
        supervision.sign_off(store, "2026-Q1", reviewer="王监委", signed_on="2026-04-05")


# ------------------------------------------------------------------ defect 6
def test_6_a_failed_vote_is_recorded_with_its_counts_and_ends_the_matter(store, fund):
    d = decisions.add_decision(store, "外墙装修", 8_000_000, fund_id=fund)
    decisions.advance(store, d, held_on="2026-01-05")
    decisions.advance(store, d, held_on="2026-01-06", present=7)
    with pytest.raises(RefusedError, match="党员大会审议未通过：赞成 5 票，未超过到会 25 人的半数"):
        decisions.advance(store, d, held_on="2026-01-10", members=30, present=25, in_favour=5, against=20)
    with pytest.raises(ValidationError, match="表决已通过，不能记为未通过"):
        decisions.advance(store, d, held_on="2026-01-10", members=30, present=25, in_favour=13, failed=True)
    with pytest.raises(RefusedError, match="不足三分之二"):           # no quorum: no vote to record
        decisions.advance(store, d, held_on="2026-01-10", members=30, present=19, in_favour=5, failed=True)
    rec = decisions.advance(store, d, held_on="2026-01-10", members=30, present=25, in_favour=5, against=20,
                            failed=True)
    assert (rec["outcome"], rec["members"], rec["present"], rec["in_favour"], rec["against"]) == (
        "未通过", 30, 25, 5, 20)
    got = decisions.get_decision(store, d)
    assert got["status"] == decisions.FAILED == "未通过" and got["stages_done"] == 2
    with pytest.raises(RefusedError, match="表决未通过，不能继续"):
        decisions.advance(store, d, held_on="2026-01-12", members=30, present=25, in_favour=20)
    with pytest.raises(RefusedError, match="表决未通过"):
        decisions.check_payment(store, 100, d)


def test_6_withdraw_needs_a_reason_and_is_logged(store):
    d = decisions.add_decision(store, "鱼塘承包", 0)
    decisions.advance(store, d, held_on="2026-01-05")
    with pytest.raises(ValidationError, match="撤回原因不能为空"):
        decisions.withdraw(store, d, "")
    decisions.withdraw(store, d, "条件不成熟", on="2026-01-09")
    got = decisions.get_decision(store, d)
    assert got["status"] == "已撤回" and "撤回（2026-01-09）：条件不成熟" in got["note"]
    assert [(e["kind"], e["reason"]) for e in decisions.events(store, d)] == [("withdraw", "条件不成熟")]
    with pytest.raises(RefusedError, match="不能撤回"):
        decisions.withdraw(store, d, "再撤一次")


# ------------------------------------------------------------------ defect 7
def test_7_split_payments_over_the_threshold_are_a_warning(store, fund, tmp_path, capsys):
    config.set_threshold_fen(store, 5_000_000)                       # ¥50,000
    for _ in range(2):                                               # 2 x ¥40,000 = ¥80,000 > ¥50,000
        _pay(store, fund, 4_000_000, "2026-03-05", summary="村委会院墙维修", counterparty="牛家梁镇建筑队")
    _pay(store, fund, 30_000, "2026-03-06", summary="墨盒", counterparty="小卖部", category="办公费")
    (w,) = warnings.for_period(store, "2026-03")
    assert w["kind"] == "split" and w["amount_fen"] == 8_000_000 and w["vouchers"] == ["2026-0001", "2026-0002"]
    assert "合计 80,000.00 元，超过须经“四议两公开”的 50,000.00 元" in w["message"]
    # Outside the window (7 days by default) they are not added up.
    config.set_split_window_days(store, 0)
    assert len(warnings.for_period(store, "2026-03")) == 1        # same day: still within 0 days
    store.close()
    code = main(["--db", str(tmp_path / "cunwu.sqlite"), "funds", "close", "2026-03", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["closed"] == ["2026-03"] and out["warnings"][0]["kind"] == "split"


def test_7_budget_over_100_percent_is_a_warning(store, fund):
    accounts.set_budget(store, fund, 2026, "文体活动", 1_000_000)            # ¥10,000
    _pay(store, fund, 1_300_000 // 2, "2026-03-05", category="文体活动", summary="秧歌队服装", counterparty="甲")
    _pay(store, fund, 1_300_000 // 2, "2026-04-05", category="文体活动", summary="音响", counterparty="乙")
    assert [w["kind"] for w in warnings.for_period(store, "2026-03")] == []     # 6,500.00 of 10,000.00
    (w,) = warnings.for_period(store, "2026-04")                                 # 13,000.00: 130.0%
    assert w["kind"] == "budget" and w["amount_fen"] == 300_000 and "执行率 130.0%" in w["message"]


def test_7_future_dated_entries_need_confirmation(store, fund):
    later = (date.today() + timedelta(days=40)).isoformat()
    with pytest.raises(RefusedError, match=f"记账日期 {later} 晚于今天"):
        ledger.add_entry(store, fund, "income", 100_000, later, "集体经营收入", "预收租金")
    assert store.scalar("SELECT COUNT(*) FROM funds_entry") == 0
    ledger.add_entry(store, fund, "income", 100_000, later, "集体经营收入", "预收租金", post=True,
                     confirm_future=True)
    (w,) = warnings.for_period(store, later[:4])
    assert w["kind"] == "future" and w["amount_fen"] == 100_000 and later in w["message"]


def test_7_warnings_print(store, fund):
    config.set_threshold_fen(store, 5_000_000)
    for _ in range(2):
        _pay(store, fund, 4_000_000, "2026-03-05", summary="院墙维修", counterparty="建筑队")
    text = _pdf_text(printouts.warnings_pdf(store, "2026-03"))
    assert "资金预警清单" in text and "疑似拆分支出" in text and "80,000.00" in text


# ------------------------------------------------------------------ defect 8
def test_8_sheet_prints_capitals_of_opening_and_closing_and_the_queries(store, fund, tmp_path, capsys):
    _quarter_books(store, fund)
    entry = ledger.resolve_entry(store, "2026-0002")
    store.close()
    db = str(tmp_path / "cunwu.sqlite")
    assert main(["--db", db, "funds", "query", "2026-0002", "--question", "二月租金为什么只有两万？",
                 "--date", "2026-02-20"]) == 0
    assert main(["--db", db, "funds", "query", "2026-0002", "--answer", "一间门面房空置", "--answer-date",
                 "2026-02-25"]) == 0
    assert main(["--db", db, "funds", "report", "--period", "2026-Q1", "--pdf", str(tmp_path / "q1.pdf")]) == 0
    text = _pdf_text((tmp_path / "q1.pdf").read_bytes())
    # Opening 1,000,000.00; closing 1,000,000.00 + 134,000.00 = 1,134,000.00.
    assert "期初余额合计：1,000,000.00 元（金额大写：壹佰万元整）" in text
    assert "期末余额合计：1,134,000.00 元（金额大写：壹佰壹拾叁万肆仟元整）" in text
    assert "村民质询与答复" in text and "2026年2月20日" in text and "一间门面房空置" in text
    assert "2026年2月25日" in text
    capsys.readouterr()
    assert main(["--db", db, "funds", "report", "--period", "2026-Q1", "--json"]) == 0
    rep = json.loads(capsys.readouterr().out)
    assert rep["queries"] == [{"voucher_no": "2026-0002", "asked_on": "2026-02-20", "question": "二月租金为什么只有两万？",
                               "answer": "一间门面房空置", "answered_on": "2026-02-25"}]
    assert entry["voucher_no"] == "2026-0002"
    from openpyxl import load_workbook
    assert main(["--db", db, "funds", "report", "--period", "2026-Q1", "--xlsx", str(tmp_path / "q1.xlsx")]) == 0
    wb = load_workbook(tmp_path / "q1.xlsx")
    values = [[c.value for c in row] for row in wb["资金收支"].iter_rows()]
    assert ["期初余额（大写）", "壹佰万元整"] in [r[:2] for r in values]
    assert [c.value for c in wb["村民质询"][2]] == ["2026-02-20", "2026-0002", "二月租金为什么只有两万？", "一间门面房空置",
                                                "2026-02-25"]


# ------------------------------------------------------------------ defect 9: matched donations
def test_9_a_matched_donation_makes_the_match_due_and_the_sheet_shows_what_is_owed(store):
    f = accounts.add_fund(store, "社会捐助助老基金", source="社会捐助", opening_date="2026-01-01")
    matching.set_rule(store, f, *matching.parse_ratio("1：3"), "榆阳区民政局")
    ledger.add_entry(store, f, "income", 500_000, "2026-01-10", "社会捐赠", "捐助幸福院", post=True)     # 5,000.00
    gift = ledger.add_entry(store, f, "income", 100_000, "2026-02-10", "社会捐赠", "捐助", post=True)  # 1,000.00
    ledger.add_entry(store, f, "income", 1_000_000, "2026-02-20", "政府配套资金", "配套", post=True)   # 10,000.00
    # Due 3 x 6,000.00 = 18,000.00; received 10,000.00; owed 8,000.00.
    (m,) = matching.status(store)
    assert (m["donated_fen"], m["due_fen"], m["received_fen"], m["owed_fen"]) == (600_000, 1_800_000, 1_000_000,
                                                                                  800_000)
    ledger.reverse_entry(store, gift, reason="捐款退回", entry_date="2026-02-21")
    (m,) = matching.status(store)
    assert (m["due_fen"], m["owed_fen"]) == (1_500_000, 500_000)              # 15,000.00 due, 5,000.00 owed
    (jan,) = report.build_report(store, "2026-01")["matching"]
    assert (jan["due_fen"], jan["received_fen"], jan["owed_fen"]) == (1_500_000, 0, 1_500_000)
    text = _pdf_text(notices.render_pdf(notices.collect_disclosure(store, period="2026-Q1")))
    assert "社会捐助政府配套" in text and "榆阳区民政局" in text and "5,000.00" in text


def test_9_matching_ratio_checked(store):
    with pytest.raises(ValidationError, match="1:3"):
        matching.parse_ratio("三比一")
    f = accounts.add_fund(store, "捐助", opening_date="2026-01-01")
    with pytest.raises(ValidationError, match="1 到 1000"):
        matching.set_rule(store, f, 0, 3)
    assert matching.due_for(100, 2, 1) == 50 and matching.due_for(1, 2, 1) == 1 and matching.due_for(-1, 2, 1) == -1


# ------------------------------------------------------------------ defect 9: 小微权力清单
def test_9_power_list_starts_from_the_seed_is_editable_and_records_each_use(store, fund):
    assert powers.load_starting_list(store) == len(powers.STARTING_LIST)
    assert powers.load_starting_list(store) == 0                   # nothing added twice
    names = [p["name"] for p in powers.list_powers(store)]
    assert {"村级工程项目", "资金支出审批", "低保评议"} <= set(names)
    works = powers.resolve_power(store, "村级工程项目")
    assert works["steps"][0] == "立项提议" and works["supervisor"] == "村务监督委员会、村民"
    powers.update_power(store, works["id"], steps="立项→决策→招标→验收→公开", holder="村民委员会")
    assert powers.get_power(store, works["id"])["steps"] == ["立项", "决策", "招标", "验收", "公开"]
    with pytest.raises(ValidationError, match="已有“低保评议”"):
        powers.update_power(store, works["id"], name="低保评议")
    d = decisions.add_decision(store, "村道硬化", 6_000_000, fund_id=fund, power_id=works["id"])
    spend = powers.resolve_power(store, "资金支出审批")
    ledger.add_entry(store, fund, "expense", 80_000, "2026-01-10", "办公费", "打印纸", post=True, power_id=spend["id"])
    periods.close_period(store, "2026-01")
    supervision.sign_off(store, "2026-01", reviewer="王监委", signed_on="2026-02-05")
    low = powers.resolve_power(store, "低保评议")
    powers.record_use(store, low["id"], "3 户低保民主评议", used_on="2026-02-09", supervised_by="王监委",
                      supervision="到会监督")
    assert [u["subject"] for u in powers.uses(store, works["id"])] == ["村道硬化"]
    (paid,) = powers.uses(store, spend["id"])
    assert paid["amount_fen"] == 80_000 and paid["supervision"] == "王监委（2026-02-05）审核签字"
    (used,) = powers.uses(store, low["id"])
    assert used["supervision"] == "王监委：到会监督"
    assert {p["name"]: p["uses"] for p in powers.list_powers(store)}["资金支出审批"] == 1
    del d
    text = _pdf_text(printouts.power_list_pdf(store))
    assert "村级小微权力清单" in text and "低保评议" in text and "3 户低保民主评议" in text
    with pytest.raises(NotFoundError):
        powers.resolve_power(store, "不存在的权力")


def test_9_power_cli(tmp_path, capsys):
    db = str(tmp_path / "v.sqlite")

    def run(*args):
        code = main(["--db", db, *args])
        out = capsys.readouterr()
        return code, out.out, out.err

    assert run("init", "--name", "高家湾村", "--code", "610802103201")[0] == 0
    code, out, _ = run("funds", "power", "list")
    assert code == 0 and "funds power init" in out
    assert run("funds", "power", "init", "--json")[0] == 0
    code, out, _ = run("funds", "power", "add", "集体林地管护", "--holder", "村民委员会", "--steps",
                       "提出方案→民主决策→公示→实施", "--json")
    assert code == 0 and json.loads(out)["steps"] == ["提出方案", "民主决策", "公示", "实施"]
    code, _, err = run("funds", "power", "add", "没有流程", "--holder", "村委会", "--steps", " ")
    assert code == 1 and "办理流程至少要有一个步骤" in err
    code, _, err = run("funds", "power", "show", "不存在")
    assert code == 1 and "小微权力清单中没有“不存在”" in err
    assert run("funds", "power", "use", "证明出具", "--subject", "开具居住证明", "--date", "2026-03-02",
               "--supervised-by", "监委会")[0] == 0
    code, out, _ = run("funds", "power", "show", "证明出具", "--json")
    assert json.loads(out)["use_records"][0]["subject"] == "开具居住证明"
    assert run("funds", "power", "pdf", "--pdf", str(tmp_path / "qd.pdf"))[0] == 0
    assert "证明出具" in _pdf_text((tmp_path / "qd.pdf").read_bytes())


def test_cli_failed_vote_withdraw_reopen(tmp_path, capsys):
    db = str(tmp_path / "v.sqlite")

    def run(*args):
        code = main(["--db", db, *args])
        out = capsys.readouterr()
        return code, out.out, out.err

    run("init", "--name", "高家湾村", "--code", "610802103201")
    run("funds", "fund", "add", "集体", "--opening", "100000", "--opening-date", "2026-01-01")
    code, out, _ = run("funds", "decision", "add", "外墙", "--amount", "80000", "--json")
    dec = json.loads(out)["id"][:8]
    run("funds", "decision", "advance", dec, "--date", "2026-01-05")
    run("funds", "decision", "advance", dec, "--date", "2026-01-06", "--present", "7")
    code, _, err = run("funds", "decision", "advance", dec, "--date", "2026-01-10", "--members", "30", "--present",
                       "25", "--for", "5", "--against", "20")
    assert code == 1 and "--failed" in err
    code, out, _ = run("funds", "decision", "advance", dec, "--date", "2026-01-10", "--members", "30", "--present",
                       "25", "--for", "5", "--against", "20", "--failed", "--json")
    assert code == 0 and json.loads(out)["status"] == "未通过"
    code, _, err = run("funds", "decision", "withdraw", dec, "--reason", "再议")
    assert code == 1 and "不能撤回" in err
    code, _, err = run("funds", "entry", "add", "--fund", "集体", "--direction", "income", "--amount", "1",
                       "--date", (date.today() + timedelta(days=3)).isoformat(), "--category", "其他收入",
                       "--summary", "预收")
    assert code == 1 and "--confirm-future" in err
    assert run("funds", "entry", "add", "--fund", "集体", "--direction", "income", "--amount", "1",
               "--date", (date.today() + timedelta(days=3)).isoformat(), "--category", "其他收入",
               "--summary", "预收", "--confirm-future")[0] == 0
