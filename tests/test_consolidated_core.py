"""Core functions that used to be inlined in the CLI: the data checks, open memberships,
enrolment on a day, one ledger entry's row, peer overview, profiles, the styled sheet,
red-white figures and limits as typed, the standards listing and a listing's scope."""
from __future__ import annotations

import pytest
from openpyxl import Workbook, load_workbook

from db.errors import RefusedError, ValidationError
from desktop.core import open_store, village

from desktop.core.care import enrolment, places
from desktop.core.checks import run_checks
from desktop.core.funds import accounts, ledger
from desktop.core.redwhite import codes, standards, stats
from desktop.core.roster import groups, people, profile
from desktop.core.sheets import add_sheet
from desktop.core.sync import exchange, keys, peers


def test_run_checks_covers_every_area_without_the_cli(demo_store):
    results = run_checks(demo_store)
    names = [r["name"] for r in results]
    assert names[:3] == ["数据库完整性", "外键一致", "变更记录哈希链"]
    assert any(n.startswith("花名册：") for n in names) and "资金账目平衡" in names
    assert all(r["ok"] for r in results), [r for r in results if not r["ok"]]


def test_run_checks_reports_a_ledger_edited_behind_the_programs_back(demo_store):
    demo_store.conn.execute("DROP TRIGGER funds_entry_posted_no_update")
    demo_store.conn.execute("UPDATE funds_entry SET voucher_seq = voucher_seq + 1000 "
                            "WHERE id = (SELECT id FROM funds_entry WHERE status='posted' LIMIT 1)")
    results = run_checks(demo_store)
    ledger_result = next(r for r in results if r["name"] == "资金账目平衡")
    assert not ledger_result["ok"] and "不连续" in ledger_result["detail"]
    # The replay of the change log names the edited voucher too (issue 14).
    assert [r["name"] for r in results if not r["ok"]] == ["已过账凭证与变更记录", "资金账目平衡"]


def test_open_membership_is_the_one_not_ended(store):
    hh = people.add_household(store, hh_no="0001")
    pid = people.add_person(store, household_id=hh, name="王秀英", gender="女", relation="户主",
                            birth_date="1950-01-01")
    assert groups.open_membership(store, pid, "低保") is None
    gid = groups.add_membership(store, pid, "低保", start="2025-01-01")
    assert groups.open_membership(store, pid, "低保")["id"] == gid
    groups.end_membership(store, gid, on="2025-06-30")
    assert groups.open_membership(store, pid, "低保") is None
    again = groups.add_membership(store, pid, "低保", start="2025-07-01")
    assert groups.open_membership(store, pid, "五保") is None          # an alias of 特困供养, not 低保
    assert groups.open_membership(store, pid, "低保")["id"] == again


def test_enrolment_on_a_day(store):
    hh = people.add_household(store, hh_no="0001")
    pid = people.add_person(store, household_id=hh, name="李德胜", gender="男", relation="户主",
                            birth_date="1950-01-01")
    place = places.add_place(store, name="幸福院", kind="幸福院")
    enrolment.enrol(store, place, pid, "2026-01-01", end_date="2026-03-31")
    assert enrolment.enrolment_on(store, place, pid, "2025-12-31") is None
    assert enrolment.enrolment_on(store, place, pid, "2026-01-01")["start_date"] == "2026-01-01"
    assert enrolment.enrolment_on(store, place, pid, "2026-03-31") is not None
    assert enrolment.enrolment_on(store, place, pid, "2026-04-01") is None


def test_list_entries_by_id_gives_the_full_row(store):
    fund = accounts.add_fund(store, "村级组织运转经费", opening_fen=100_000, opening_date="2026-01-01")
    first = ledger.add_entry(store, fund, "expense", 12_550, "2026-03-05", "办公费", "购买打印纸")
    ledger.add_entry(store, fund, "expense", 3_000, "2026-03-05", "办公费", "墨盒")
    ledger.post_entry(store, first)
    (row,) = ledger.list_entries(store, entry_id=first)
    assert row["fund_name"] == "村级组织运转经费" and row["voucher_no"] and row["amount_fen"] == 12_550
    assert row["attachments"] == 0 and row["queries"] == 0
    assert ledger.list_entries(store, entry_id="no-such-entry") == []


def test_peer_overview_without_peers_is_empty(store):
    assert exchange.peer_overview(store) == []


def test_profiles_of_a_person_and_household(store):
    hh = people.add_household(store, hh_no="0007", address="高家湾 7 号")
    head = people.add_person(store, household_id=hh, name="刘福来", gender="男", relation="户主",
                             birth_date="1955-02-02")
    people.add_person(store, household_id=hh, name="陈桂兰", gender="女", relation="配偶", birth_date="1957-02-02")
    groups.add_membership(store, head, "低保", start="2025-01-01")
    person = profile.person_profile(store, people.get_person(store, head))
    assert person["household"]["hh_no"] == "0007" and person["household"]["is_head"]
    assert [g["kind"] for g in person["groups"]] == ["低保"]
    house = profile.household_profile(store, people.resolve_household(store, "0007"))
    assert [m["name"] for m in house["members"]] == ["刘福来", "陈桂兰"]
    assert house["address"] == "高家湾 7 号" and house["head_person_id"] == head


def test_add_sheet_styles_the_header_and_formats_money(tmp_path):
    book = Workbook()
    book.remove(book.active)
    add_sheet(book, "一个非常长的工作表名称" * 4, ["科目", "金额"], [["办公费", 125.5]], widths=[20, 12],
              fill="EEEEEE", center=True, formats={1: "#,##0.00"})
    book.save(tmp_path / "s.xlsx")
    ws = load_workbook(tmp_path / "s.xlsx").active
    assert len(ws.title) == 31 and ws.freeze_panes == "A2"
    assert ws["A1"].font.b and ws["A1"].fill.fgColor.rgb.endswith("EEEEEE") and ws["A1"].alignment.horizontal == "center"
    assert ws["B2"].number_format == "#,##0.00" and ws["A2"].number_format == "General"
    assert ws.column_dimensions["A"].width == 20


def test_red_white_figures_as_typed():
    with pytest.raises(ValidationError, match="酒席不能是负数（现在是“-3”）") as exc:
        codes.parse_figure("-3", field="tables", label="酒席", money=False)
    assert exc.value.field == "tables"
    assert codes.parse_figure("12.5", field="cost_per_table_fen", label="每桌", money=True) == 1250
    assert codes.parse_figure("0", field="cost_per_table_fen", label="每桌", money=True) == 0
    assert codes.parse_figure("7", field="tables", label="酒席", money=False) == 7


def test_red_white_limits_as_typed_where_words_mean_none():
    for word in ("无", " 不限 ", "NONE"):
        assert standards.parse_limit(word, field="max_tables", label="上限", money=False) is None
    assert standards.parse_limit("300", field="max_cost_per_table_fen", label="上限", money=True) == 300_00
    with pytest.raises(ValidationError, match="婚事的“酒席”上限应为整数"):
        standards.parse_limit("二十", field="max_tables", label="婚事的“酒席”上限", money=False)


def test_all_standards_versions_show_only_public_fields(store):
    assert standards.all_versions(store) == []
    version_id = standards.adopt_example(store, "2026-01-01")
    [listed] = standards.all_versions(store)
    assert listed["id"] == version_id and listed["source"] == "own" and listed["until"] is None
    assert set(listed["standards"]) == set(codes.KINDS)
    assert all(set(std) == set(standards.STANDARD_KEYS) for std in listed["standards"].values())
    assert listed["standards"]["婚事"]["max_tables"] == 20


def test_listing_scope_on_a_village_and_on_a_township(store, tmp_path):
    assert stats.scope(store) == (None, None)
    assert stats.scope(store, None, "二组") == (None, village.group_id_by_name(store, "二组"))
    with pytest.raises(RefusedError, match="只有乡镇安装"):
        stats.scope(store, "甲村")
    town = open_store(tmp_path / "town.sqlite")
    try:
        village.init_site(town, name="牛家梁镇", division_code="610802103000", role="township")
        keys.ensure_keys(store)
        card = peers.identity(store)
        peers.add_peer(town, name=card["name"], public_key=card["public_key"], role=card["role"],
                       division_code=card["division_code"], peer_site_id=card["site_id"])
        site, group_id = stats.scope(town, "测试村")
        assert (site["site_id"], site["name"], group_id) == (store.site_id, "测试村", None)
        with pytest.raises(ValidationError, match="不能再按村民小组筛选") as exc:
            stats.scope(town, "610802103201", "一组")
        assert exc.value.field == "group"
    finally:
        town.close()
