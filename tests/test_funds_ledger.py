"""Ledger rules: drafts, posting, gap-free vouchers, no edits after posting, reversals,
no fund below zero, closed periods, the decision threshold, attachments, queries, sign-off."""
from __future__ import annotations

import sqlite3

import pytest

from db.errors import NotFoundError, RefusedError, ValidationError
from desktop.core.funds import accounts, attachments, check, config, decisions, ledger, periods, supervision

TODAY = "2026-11-23"


@pytest.fixture
def fund(store):
    return accounts.add_fund(store, "福彩公益金幸福院补助", source="福彩公益金", purpose="幸福院运营",
                             opening_fen=1_000_000, opening_date="2025-01-01")


def _pay(store, fund, fen, day="2025-03-10", **kw):
    return ledger.add_entry(store, fund, "expense", fen, day, kw.pop("category", "办公费"),
                            kw.pop("summary", "购买办公用品"), **kw)


def _count(store, table="funds_entry"):
    return store.scalar(f"SELECT COUNT(*) FROM {table}")


def test_fund_name_unique_and_opening_checked(store, fund):
    with pytest.raises(ValidationError, match="已存在"):
        accounts.add_fund(store, "福彩公益金幸福院补助")
    with pytest.raises(ValidationError, match="整数分"):
        accounts.add_fund(store, "别的", opening_fen=12.5)
    assert accounts.list_funds(store)[0]["balance_fen"] == 1_000_000


def test_draft_then_post_assigns_gap_free_year_sequence(store, fund):
    a = _pay(store, fund, 100, "2025-03-01")
    b = _pay(store, fund, 200, "2025-03-02")
    c = _pay(store, fund, 300, "2026-01-05")
    assert accounts.balance(store, fund) == 1_000_000      # drafts do not count
    assert ledger.post_entry(store, b) == "2025-0001"
    assert ledger.post_entry(store, c) == "2026-0001"        # each year starts at 0001
    assert ledger.post_entry(store, a) == "2025-0002"
    assert accounts.balance(store, fund) == 1_000_000 - 600
    assert ledger.next_voucher_no(store, 2025) == "2025-0003"


def test_expected_voucher_number_duplicate_or_gap_refused(store, fund):
    ledger.post_entry(store, _pay(store, fund, 100))
    draft = _pay(store, fund, 100)
    with pytest.raises(RefusedError, match="已被使用"):
        ledger.post_entry(store, draft, voucher_no="2025-0001")
    with pytest.raises(RefusedError, match="断号"):
        ledger.post_entry(store, draft, voucher_no="2025-0005")
    with pytest.raises(ValidationError, match="应为 2025-0002"):
        ledger.post_entry(store, draft, voucher_no="2024-0002")
    assert ledger.get_entry(store, draft)["status"] == "draft"
    assert ledger.post_entry(store, draft, voucher_no="2025-0002") == "2025-0002"


def test_database_refuses_duplicate_voucher_even_from_other_code(store, fund):
    e = _pay(store, fund, 100)
    ledger.post_entry(store, e)
    row = dict(ledger.get_entry(store, e))
    for k in ("id", "site_id", "created_at", "updated_at"):
        row.pop(k)
    with pytest.raises(sqlite3.IntegrityError):
        store.insert("funds_entry", row)


def test_posted_entry_never_edited_or_deleted(store, fund):
    e = _pay(store, fund, 100)
    ledger.post_entry(store, e)
    with pytest.raises(RefusedError, match="已过账.*冲销"):
        ledger.update_draft(store, e, amount_fen=50)
    with pytest.raises(RefusedError, match="已过账"):
        ledger.delete_draft(store, e)
    with pytest.raises(RefusedError, match="重复过账"):
        ledger.post_entry(store, e)
    # Even the raw write path is stopped by the schema.
    with pytest.raises(sqlite3.IntegrityError, match="冲销"):
        store.update("funds_entry", e, {"amount_fen": 1})
    with pytest.raises(sqlite3.IntegrityError):
        store.delete("funds_entry", e)
    assert ledger.get_entry(store, e)["amount_fen"] == 100


def test_drafts_can_be_edited_and_deleted(store, fund):
    e = _pay(store, fund, 100)
    ledger.update_draft(store, e, amount_fen=250, summary="改正金额")
    assert ledger.get_entry(store, e)["amount_fen"] == 250
    with pytest.raises(ValidationError, match="摘要"):
        ledger.update_draft(store, e, summary=" ")
    ledger.delete_draft(store, e)
    assert _count(store) == 0


def test_reversal_points_at_original_and_restores_balance(store, fund):
    e = _pay(store, fund, 12_345, "2025-03-10")
    ledger.post_entry(store, e)
    r = ledger.reverse_entry(store, e, reason="金额记错", entry_date="2025-03-11")
    rev = ledger.get_entry(store, r)
    assert rev["reverses_id"] == e and rev["amount_fen"] == -12_345 and rev["status"] == "posted"
    assert rev["voucher_no"] == "2025-0002" and "冲销 2025-0001" in rev["summary"]
    assert accounts.balance(store, fund) == 1_000_000
    with pytest.raises(RefusedError, match="冲销过"):
        ledger.reverse_entry(store, e, reason="再来", entry_date="2025-03-12")
    with pytest.raises(RefusedError, match="本身是冲销"):
        ledger.reverse_entry(store, r, reason="再来", entry_date="2025-03-12")
    with pytest.raises(ValidationError, match="早于原凭证"):
        ledger.reverse_entry(store, ledger.add_entry(store, fund, "income", 5, "2025-04-01", "其他收入", "x",
                                                     post=True), reason="x", entry_date="2025-03-01")
    draft = _pay(store, fund, 10)
    with pytest.raises(RefusedError, match="草稿"):
        ledger.reverse_entry(store, draft, reason="x")


def test_payment_below_zero_refused_and_nothing_saved(store, fund):
    config.set_threshold_fen(store, 10 ** 9)
    with pytest.raises(RefusedError, match="低于零"):
        _pay(store, fund, 1_000_001, post=True)
    assert _count(store) == 0
    ledger.post_entry(store, _pay(store, fund, 1_000_000))
    assert accounts.balance(store, fund) == 0


def test_backdated_payment_cannot_overdraw_an_earlier_day(store):
    f = accounts.add_fund(store, "一事一议", opening_fen=0, opening_date="2025-01-01")
    ledger.add_entry(store, f, "income", 5_000, "2025-05-01", "一事一议筹资", "村民筹资", post=True)
    # On 2025-04-01 the fund held nothing yet, although today it holds 50 yuan.
    with pytest.raises(RefusedError, match="2025-04-01"):
        ledger.add_entry(store, f, "expense", 1_000, "2025-04-01", "工程维修", "提前支付", post=True)
    ledger.add_entry(store, f, "expense", 5_000, "2025-05-01", "工程维修", "同日支付", post=True)
    assert accounts.balance(store, f) == 0


def test_reversing_income_that_was_spent_is_refused(store):
    f = accounts.add_fund(store, "社会捐助", opening_date="2025-01-01")
    inc = ledger.add_entry(store, f, "income", 5_000, "2025-05-01", "社会捐赠", "企业捐款", post=True)
    ledger.add_entry(store, f, "expense", 4_000, "2025-05-02", "慰问救助", "慰问", post=True)
    with pytest.raises(RefusedError, match="低于零"):
        ledger.reverse_entry(store, inc, reason="捐款退回", entry_date="2025-05-03")


def test_unknown_fund_bad_direction_bad_date_refused(store, fund):
    with pytest.raises(NotFoundError):
        ledger.add_entry(store, "no-such-fund", "expense", 100, "2025-03-01", "办公费", "x")
    with pytest.raises(ValidationError, match="收支方向"):
        ledger.add_entry(store, fund, "out", 100, "2025-03-01", "办公费", "x")
    with pytest.raises(ValidationError, match="不是有效日期"):
        ledger.add_entry(store, fund, "expense", 100, "2025-02-30", "办公费", "x")
    with pytest.raises(ValidationError, match="期初日期"):
        ledger.add_entry(store, fund, "expense", 100, "2024-12-31", "办公费", "x")
    with pytest.raises(ValidationError, match="科目"):
        ledger.add_entry(store, fund, "expense", 100, "2025-03-01", "", "x")
    assert _count(store) == 0


def test_closed_month_takes_no_entries(store, fund):
    ledger.post_entry(store, _pay(store, fund, 100, "2025-03-10"))
    draft = _pay(store, fund, 100, "2025-03-11")
    with pytest.raises(RefusedError, match="草稿"):
        periods.close_period(store, "2025-03", today_=TODAY)
    ledger.delete_draft(store, draft)
    assert periods.close_period(store, "2025-03", today_=TODAY) == ["2025-03"]
    with pytest.raises(RefusedError, match="已结账"):
        _pay(store, fund, 100, "2025-03-20")
    with pytest.raises(RefusedError, match="已经结账"):
        periods.close_period(store, "2025-03", today_=TODAY)
    with pytest.raises(RefusedError, match="还没有结束"):
        periods.close_period(store, "2026-11", today_=TODAY)
    # A mistake in a closed month is corrected in an open one.
    first = store.scalar("SELECT id FROM funds_entry")
    with pytest.raises(RefusedError, match="已结账"):
        ledger.reverse_entry(store, first, reason="x", entry_date="2025-03-31")
    ledger.reverse_entry(store, first, reason="x", entry_date="2025-04-02")
    assert _count(store) == 2


def test_draft_in_month_closed_later_cannot_be_posted(store, fund):
    periods.close_period(store, "2025-06", today_=TODAY)
    with pytest.raises(RefusedError, match="已结账"):
        _pay(store, fund, 100, "2025-06-10")


def test_year_close_closes_every_month(store, fund):
    periods.close_period(store, "2025-02", today_=TODAY)
    closed = periods.close_period(store, "2025", today_=TODAY)
    assert "2025" in closed and "2025-02" not in closed and len(closed) == 12
    with pytest.raises(RefusedError, match="2025 已结账"):
        _pay(store, fund, 100, "2025-12-31")
    with pytest.raises(ValidationError, match="按月或按年"):
        periods.close_period(store, "2025-Q1", today_=TODAY)


def _resolved_decision(store, amount_fen, fund=None):
    d = decisions.add_decision(store, "幸福院屋顶维修", amount_fen, fund_id=fund)
    decisions.advance(store, d, held_on="2025-02-01", minutes="支部提议")
    decisions.advance(store, d, held_on="2025-02-03", present=7)
    decisions.advance(store, d, held_on="2025-02-05", members=30, present=25, in_favour=20)
    decisions.advance(store, d, held_on="2025-02-08", members=45, present=40, in_favour=35)
    decisions.advance(store, d, held_on="2025-02-09", minutes="决议公开")     # + 5 days: 2025-02-14
    return d


def test_payment_above_threshold_needs_resolved_decision(store, fund):
    config.set_threshold_fen(store, 500_000)
    with pytest.raises(RefusedError, match="超过本村 5,000.00 元"):
        _pay(store, fund, 500_001)
    _pay(store, fund, 500_000)       # at the threshold: allowed without a decision
    d = decisions.add_decision(store, "幸福院屋顶维修", 800_000)
    decisions.advance(store, d, held_on="2025-02-01")
    with pytest.raises(RefusedError, match="还没有到“村民代表会议决议”.*党支部提议"):
        _pay(store, fund, 600_000, decision_id=d)
    assert _count(store) == 1


def test_decision_caps_what_may_be_paid(store, fund):
    d = _resolved_decision(store, 380_000, fund)
    ledger.post_entry(store, _pay(store, fund, 300_000, category="工程维修", decision_id=d))
    with pytest.raises(RefusedError, match="超出决议金额"):
        _pay(store, fund, 80_001, category="工程维修", decision_id=d)
    e = _pay(store, fund, 80_000, category="工程维修", decision_id=d)
    ledger.post_entry(store, e)
    assert decisions.spent_fen(store, d) == 380_000
    ledger.reverse_entry(store, e, reason="多付", entry_date="2025-03-20")
    assert decisions.spent_fen(store, d) == 300_000


def test_threshold_is_rechecked_at_posting(store, fund):
    draft = _pay(store, fund, 600_000)
    config.set_threshold_fen(store, 100_000)
    with pytest.raises(RefusedError, match="超过本村"):
        ledger.post_entry(store, draft)
    assert ledger.get_entry(store, draft)["status"] == "draft"


def test_attachment_stored_by_hash_and_verified(store, fund, tmp_path):
    scan = tmp_path / "收据.JPG"
    scan.write_bytes(b"\xff\xd8fake receipt scan")
    e = _pay(store, fund, 100)
    ledger.post_entry(store, e)
    att = attachments.attach(store, "funds_entry", e, scan)
    row = store.get("funds_attachment", att)
    import hashlib
    assert row["sha256"] == hashlib.sha256(scan.read_bytes()).hexdigest()
    path = attachments.attachment_path(store, att)
    assert path.parent == store.path.parent / "attachments" and path.name == row["sha256"] + ".jpg"
    assert path.read_bytes() == scan.read_bytes()
    path.write_bytes(b"tampered")
    with pytest.raises(RefusedError, match="改动"):
        attachments.attachment_path(store, att)
    with pytest.raises(ValidationError, match="不存在"):
        attachments.attach(store, "funds_entry", e, tmp_path / "none.png")
    with pytest.raises(NotFoundError):
        attachments.attach(store, "funds_entry", "nope", scan)


def test_signoff_needs_closed_months_and_records_totals(store, fund):
    ledger.post_entry(store, _pay(store, fund, 700, "2025-03-10"))
    with pytest.raises(RefusedError, match="结账"):
        supervision.sign_off(store, "2025-03", reviewer="王监督", signed_on="2025-04-03")
    periods.close_period(store, "2025-03", today_=TODAY)
    with pytest.raises(ValidationError, match="之后"):
        supervision.sign_off(store, "2025-03", reviewer="王监督", signed_on="2025-03-30")
    sid = supervision.sign_off(store, "2025-03", reviewer="王监督", signed_on="2025-04-03", remarks="账实相符")
    row = store.get("funds_signoff", sid)
    assert (row["entry_count"], row["expense_fen"], row["income_fen"]) == (1, 700, 0)
    with pytest.raises(RefusedError, match="签过字"):
        supervision.sign_off(store, "2025-03", reviewer="王监督", signed_on="2025-04-04")
    with pytest.raises(RefusedError, match="尚未全部结账"):
        supervision.sign_off(store, "2025-Q1", reviewer="李委员", signed_on="2025-04-04")


def test_villager_query_and_answer(store, fund):
    e = _pay(store, fund, 100)
    ledger.post_entry(store, e)
    q = supervision.add_query(store, e, "这笔办公费买了什么？", asked_by="张大爷", asked_on="2025-04-01")
    with pytest.raises(ValidationError, match="早于提问日期"):
        supervision.answer_query(store, q, "打印纸两箱", answered_on="2025-03-01")
    supervision.answer_query(store, q, "打印纸两箱", answered_by="会计", answered_on="2025-04-02")
    (row,) = supervision.queries(store, e)
    assert row["answer"] == "打印纸两箱" and row["voucher_no"] == "2025-0001"
    with pytest.raises(ValidationError):
        supervision.add_query(store, e, "  ")


def test_check_passes_and_detects_a_forged_balance(store, fund):
    ledger.post_entry(store, _pay(store, fund, 100))
    result = check.check_ledger(store)[0]
    assert result["ok"], result
    # Damage the rows behind the program's back (as a hand-edited file might).
    store.conn.execute("DROP TRIGGER funds_entry_posted_no_update")
    store.conn.execute("UPDATE funds_entry SET voucher_seq = 3, voucher_no='2025-0003'")
    result = check.check_ledger(store)[0]
    assert not result["ok"] and "不连续" in result["detail"]
    store.conn.execute("UPDATE funds_entry SET amount_fen = 2000000, voucher_seq = 1")
    result = check.check_ledger(store)[0]
    assert not result["ok"] and "余额为负" in result["detail"]


def test_control_characters_refused(store, fund):
    with pytest.raises(ValidationError, match="控制字符"):
        accounts.add_fund(store, "\x00")
    with pytest.raises(ValidationError, match="控制字符"):
        _pay(store, fund, 100, summary="买\x00纸")
    assert _count(store) == 0
