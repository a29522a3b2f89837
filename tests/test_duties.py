"""Issue 15 point 4: separation of duties as village settings with safe defaults."""
from __future__ import annotations

import pytest

from db.errors import PermissionDenied
from desktop.core.funds import accounts, ledger, periods, supervision
from desktop.core.roster import people
from desktop.core.security import users

PASSWORD = "pass-2026"
TODAY = "2026-11-23"


@pytest.fixture
def office(store):
    for name, role, shown in (("admin", "admin", "李主任"), ("clerk", "clerk", "王会计"),
                              ("jian", "supervisor", "赵监委"), ("xiang", "township", "乡干部")):
        users.add_user(store, name, PASSWORD, role, shown)
    fund = accounts.add_fund(store, "村集体资金", source="集体收入", opening_fen=100_000, opening_date="2025-01-01")
    entry = ledger.add_entry(store, fund, "expense", 12_345, "2025-03-02", "办公费", "买纸", post=True)
    periods.close_period(store, "2025-03", today_=TODAY)
    return {"fund": fund, "entry": entry}


def _as(store, name):
    users.login(store, name, PASSWORD)
    return store


def test_the_township_user_only_reads_on_a_village_pc(store, office):
    _as(store, "xiang")
    for attempt in (lambda: people.add_household(store, hh_no="H9"),
                    lambda: ledger.add_entry(store, office["fund"], "expense", 100, "2025-04-01", "办公费", "x",
                                             post=True)):
        with pytest.raises(PermissionDenied, match="乡镇人员在村里的电脑上只能查看和打印"):
            attempt()
    assert store.scalar("SELECT COUNT(*) FROM household") == 0
    # A villager's query may still be written down by anyone logged in.
    supervision.add_query(store, office["entry"], "买的什么纸？", asked_by="村民甲", asked_on="2025-04-01")


def test_the_village_can_let_the_township_user_write(store, office):
    _as(store, "admin")
    store.set_setting("security.township_read_only", False)
    _as(store, "xiang")
    people.add_household(store, hh_no="H9")
    assert store.scalar("SELECT COUNT(*) FROM household") == 1


def test_an_admin_cannot_sign_for_the_supervision_committee(store, office):
    _as(store, "admin")
    with pytest.raises(PermissionDenied, match="只有监委会可以审核签字"):
        supervision.sign_off(store, "2025-03", reviewer="冒名", signed_on="2025-04-02")
    assert store.scalar("SELECT COUNT(*) FROM funds_signoff") == 0


def test_a_supervisor_signs_only_under_their_own_name(store, office):
    _as(store, "jian")
    with pytest.raises(PermissionDenied, match="赵监委"):
        supervision.sign_off(store, "2025-03", reviewer="冒名", signed_on="2025-04-02")
    supervision.sign_off(store, "2025-03", reviewer=None, signed_on="2025-04-02")
    row = store.one("SELECT s.reviewer, l.actor FROM funds_signoff s JOIN change_log l ON l.record_id=s.id")
    assert (row["reviewer"], row["actor"]) == ("赵监委", "jian")


def test_a_query_answer_is_the_logged_in_office_users(store, office):
    query = supervision.add_query(store, office["entry"], "买的什么纸？", asked_by="村民甲", asked_on="2025-04-01")
    _as(store, "jian")
    with pytest.raises(PermissionDenied, match="只有管理员、村务员可以答复村民质询"):
        supervision.answer_query(store, query, "A4 纸", answered_on="2025-04-03")
    _as(store, "clerk")
    with pytest.raises(PermissionDenied, match="王会计"):
        supervision.answer_query(store, query, "A4 纸", answered_by="李主任", answered_on="2025-04-03")
    supervision.answer_query(store, query, "A4 纸", answered_on="2025-04-03")
    assert store.scalar("SELECT answered_by FROM funds_query WHERE id=?", (query,)) == "王会计"


def test_single_user_mode_keeps_the_typed_names(db_path, tmp_path):
    from desktop.core import open_store, village
    s = open_store(tmp_path / "single.sqlite")
    village.init_site(s, name="测试村", division_code="610802103201", township="牛家梁镇", groups=["一组"])
    fund = accounts.add_fund(s, "村集体资金", source="集体收入", opening_fen=100_000, opening_date="2025-01-01")
    ledger.add_entry(s, fund, "expense", 12_345, "2025-03-02", "办公费", "买纸", post=True)
    periods.close_period(s, "2025-03", today_=TODAY)
    supervision.sign_off(s, "2025-03", reviewer="赵监委", signed_on="2025-04-02")
    assert s.scalar("SELECT reviewer FROM funds_signoff") == "赵监委"
    s.close()


def test_the_cli_signoff_names_the_logged_in_member(store, office, db_path, capsys, monkeypatch):
    from desktop.cli import main as cli
    store.close()
    monkeypatch.setenv("CUNWU_PASSWORD", PASSWORD)
    assert cli(["funds", "signoff", "2025-03", "--reviewer", "冒名", "--date", "2025-04-02",
                "--db", str(db_path), "--user", "admin"]) == 1
    assert "只有监委会" in capsys.readouterr().err
    assert cli(["funds", "signoff", "2025-03", "--date", "2025-04-02", "--db", str(db_path), "--user", "jian"]) == 0
    assert "赵监委" in capsys.readouterr().out
