"""Red-white council: standards versioning, every check, bad input refused whole."""
from __future__ import annotations

import pytest

from db.errors import CunwuError, NotFoundError, RefusedError, ValidationError
from desktop.core import village
from desktop.core.redwhite import checks, event_queries, events, hall, members, standards, stats
from desktop.core.roster import people

WEDDING_OK = {"tables": 18, "cost_per_table_fen": 280_00, "guests": 170, "cars": 4,
              "bride_price_fen": 20_000_00, "gift_fen": 100_00, "gift_close_fen": 200_00, "troupes": 1}


@pytest.fixture
def rw(store):
    """A village with two households, the example standards from 2025-01-01, a council."""
    g1, g2 = (g["id"] for g in village.groups(store))
    h1 = people.add_household(store, hh_no="0001", group_id=g1)
    h2 = people.add_household(store, hh_no="0002", group_id=g2)
    ids = {
        "wang": people.add_person(store, household_id=h1, name="王德胜", gender="男", relation="户主",
                                  birth_date="1958-03-02"),
        "li": people.add_person(store, household_id=h2, name="李秀英", gender="女", relation="户主",
                                birth_date="1962-07-09"),
        "zhang": people.add_person(store, household_id=h2, name="张建国", gender="男", relation="配偶",
                                   birth_date="1960-01-01"),
    }
    standards.adopt_example(store, "2025-01-01")
    ids["chair"] = members.add_member(store, role="会长", person_id=ids["zhang"], term_start="2024-01-01")
    ids["sup"] = members.add_member(store, role="监事", name="赵乡干", term_start="2024-01-01")
    return ids


def wedding(store, rw, **kw):
    values = dict(kind="婚事", host_person_id=rw["wang"], start_date="2025-05-10",
                  report_date="2025-04-20", plan=dict(WEDDING_OK), place="王家院子")
    values.update(kw)
    return events.add_event(store, **values)


def messages(ev, stage):
    return [f["message"] for f in ev["verdict"][f"{stage}_findings"]]


# ------------------------------------------------------------------ members
def test_member_linked_to_roster_takes_roster_name(store, rw):
    m = store.get("redwhite_member", rw["chair"])
    assert m["name"] == "张建国" and m["person_id"] == rw["zhang"]
    listed = members.list_members(store, on_date="2025-06-01")
    assert [x["role"] for x in listed] == ["会长", "监事"]
    assert listed[0]["group_name"] == "二组"


def test_second_chair_in_overlapping_term_refused(store, rw):
    with pytest.raises(RefusedError, match="同一时间只能有一位会长"):
        members.add_member(store, role="会长", person_id=rw["li"], term_start="2025-01-01")
    members.end_term(store, rw["chair"], "2025-12-31")
    members.add_member(store, role="会长", person_id=rw["li"], term_start="2026-01-01")
    assert [m["name"] for m in members.list_members(store, on_date="2026-02-01") if m["role"] == "会长"] == ["李秀英"]


def test_member_term_end_before_start_refused(store, rw):
    with pytest.raises(ValidationError, match="早于开始日期"):
        members.add_member(store, role="理事", name="孙理事", term_start="2025-05-01", term_end="2025-04-01")
    with pytest.raises(ValidationError, match="职务"):
        members.add_member(store, role="秘书长", name="孙理事", term_start="2025-05-01")


# ------------------------------------------------------------------ standards
def test_example_template_is_marked_and_has_county_numbers(store, rw):
    version = standards.version_for(store, "2025-06-01")
    assert version["title"] == "示例（请按本村村规民约修改）" and version["is_example"] == 1
    wed = version["standards"]["婚事"]
    assert (wed["max_tables"], wed["max_cost_per_table_fen"], wed["max_bride_price_fen"], wed["max_gift_fen"],
            wed["max_gift_close_fen"]) == (20, 300_00, 30_000_00, 100_00, 200_00)
    assert version["standards"]["升学宴"]["banned"] == 1
    assert version["standards"]["丧事"]["report_mode"] == "within"
    assert standards.version_for(store, "2024-12-31") is None


def test_old_events_keep_their_verdict_when_standards_change(store, rw):
    held = wedding(store, rw, plan={**WEDDING_OK, "tables": 18})
    events.record_actual(store, held, {**WEDDING_OK, "tables": 18}, recorded_date="2025-05-11")
    assert event_queries.get_event(store, held)["verdict"]["within_standards"] is True
    standards.add_version(store, "2025-07-01", {"婚事": {"max_tables": 12}}, title="2025年修订")
    later = wedding(store, rw, start_date="2025-08-10", report_date="2025-07-20",
                    plan={**WEDDING_OK, "tables": 18})
    old, new = event_queries.get_event(store, held), event_queries.get_event(store, later)
    assert old["verdict"]["within_standards"] is True and old["verdict"]["version_date"] == "2025-01-01"
    assert messages(new, "plan") == ["酒席 18 桌，超过标准 12 桌，超出 6 桌"]
    assert new["verdict"]["version_date"] == "2025-07-01"
    # kinds not named in the new version keep the limits in force before it
    assert standards.version_for(store, "2025-08-01")["standards"]["婚事"]["max_bride_price_fen"] == 30_000_00


def test_new_version_cannot_take_over_judged_events(store, rw):
    held = wedding(store, rw)
    events.decide(store, held, "同意", decision_date="2025-04-21", by_member_id=rw["chair"])
    with pytest.raises(RefusedError, match="最早为 2025-05-11"):
        standards.add_version(store, "2025-05-01", {"婚事": {"max_tables": 5}})
    assert len(standards.versions(store)) == 1
    assert event_queries.get_event(store, held)["verdict"]["version_date"] == "2025-01-01"


def test_version_that_judged_events_cannot_be_edited(store, rw):
    version = standards.version_for(store, "2025-05-01")
    standards.update_standard(store, version["id"], "婚事", max_cars=8)      # nothing judged yet
    assert standards.version_for(store, "2025-05-01")["is_example"] == 0     # no longer the bare example
    held = wedding(store, rw)
    events.record_actual(store, held, WEDDING_OK, recorded_date="2025-05-10")
    with pytest.raises(RefusedError, match="请新建一个版本"):
        standards.update_standard(store, version["id"], "婚事", max_tables=10)
    standards.update_standard(store, version["id"], "婚事", rules="提倡集体婚礼")     # wording may change


def test_set_standard_edits_same_date_or_creates_version(store, rw):
    vid = standards.set_standard(store, "2026-01-01", "寿宴", max_tables=3)
    assert standards.set_standard(store, "2026-01-01", "满月", banned=True) == vid
    std = standards.version_for(store, "2026-03-01")["standards"]
    assert std["寿宴"]["max_tables"] == 3 and std["满月"]["banned"] == 1
    assert standards.version_for(store, "2025-12-31")["standards"]["寿宴"]["max_tables"] == 5


@pytest.mark.parametrize("limits, message", [
    ({"max_tables": -1}, "负数"), ({"max_tables": 100000}, "不合常理"), ({"max_cars": "many"}, "整数"),
    ({"report_days": 400}, "0 到 90"), ({"report_mode": "after"}, "申报方式"),
])
def test_bad_standards_refused(store, rw, limits, message):
    with pytest.raises(ValidationError, match=message):
        standards.add_version(store, "2026-01-01", {"婚事": limits})
    assert len(standards.versions(store)) == 1


# ------------------------------------------------------------------ checks
def test_each_limit_is_checked_in_words(store, rw):
    plan = {"tables": 25, "cost_per_table_fen": 380_00, "guests": 250, "cars": 9, "bride_price_fen": 58_000_00,
            "gift_fen": 200_00, "gift_close_fen": 500_00, "days": 2, "troupes": 2}
    ev = event_queries.get_event(store, wedding(store, rw, end_date="2025-05-11", plan=plan))
    assert messages(ev, "plan") == [
        "酒席 25 桌，超过标准 20 桌，超出 5 桌",
        "每桌标准 ¥380.00，超过标准 ¥300.00，超出 ¥80.00",
        "车辆 9 辆，超过标准 6 辆，超出 3 辆",
        "彩礼 ¥58,000.00，超过标准 ¥30,000.00，超出 ¥28,000.00",
        "礼金（每位宾客） ¥200.00，超过标准 ¥100.00，超出 ¥100.00",
        "礼金（近亲属） ¥500.00，超过标准 ¥200.00，超出 ¥300.00",
        "办事天数 2 天，超过标准 1 天，超出 1 天",
        "吹鼓手/乐队/戏班 2 班，超过标准 1 班，超出 1 班",
    ]
    assert ev["verdict"]["status"] == "申报超标 8 项" and ev["verdict"]["within_standards"] is None


def test_limits_at_the_standard_pass(store, rw):
    plan = {"tables": 20, "cost_per_table_fen": 300_00, "cars": 6, "bride_price_fen": 30_000_00,
            "gift_fen": 100_00, "gift_close_fen": 200_00, "days": 1, "troupes": 1}
    ev = event_queries.get_event(store, wedding(store, rw, plan=plan))
    assert messages(ev, "plan") == []


def test_banned_kind_is_a_finding(store, rw):
    ev = event_queries.get_event(store, events.add_event(
        store, kind="升学宴", host_person_id=rw["li"], start_date="2025-08-01", report_date="2025-07-20",
        plan={"tables": 3}))
    assert messages(ev, "plan") == ["本村村规民约规定不办升学宴"]


def test_late_reporting_before_and_within_modes(store, rw):
    on_time = event_queries.get_event(store, wedding(store, rw, report_date="2025-05-03"))
    late = event_queries.get_event(store, wedding(store, rw, report_date="2025-05-04", allow_duplicate=True))
    assert on_time["verdict"]["late"] is False
    assert late["verdict"]["late_message"] == \
        "申报日期 2025-05-04，晚于规定（婚事应提前 7 天申报，即 2025-05-03 前）"
    funeral = dict(kind="丧事", host_person_id=rw["li"], start_date="2025-03-01", end_date="2025-03-03",
                   plan={"tables": 10, "days": 3})
    ok = event_queries.get_event(store, events.add_event(store, report_date="2025-03-02", **funeral))
    slow = event_queries.get_event(store, events.add_event(store, report_date="2025-03-03", allow_duplicate=True,
                                                    **funeral))
    assert ok["verdict"]["late"] is False
    assert "丧事应在 1 天内申报" in slow["verdict"]["late_message"]


def test_actual_figures_judged_and_violation_handled(store, rw):
    event_id = wedding(store, rw)
    events.decide(store, event_id, "同意", decision_date="2025-04-22", by_member_id=rw["chair"])
    events.sign_pledge(store, event_id, pledge_date="2025-04-22")
    events.add_visit(store, event_id, visit_date="2025-05-10", member_id=rw["sup"], finding="现场 23 桌")
    with pytest.raises(RefusedError, match="尚未登记实际数字"):
        events.handle_violation(store, event_id, action="批评教育", action_date="2025-05-12")
    events.record_actual(store, event_id, {**WEDDING_OK, "tables": 23}, recorded_date="2025-05-11")
    ev = event_queries.get_event(store, event_id)
    assert messages(ev, "actual") == ["酒席 23 桌，超过标准 20 桌，超出 3 桌"]
    assert ev["verdict"]["status"] == "超标 1 项" and ev["verdict"]["within_standards"] is False
    assert ev["pledge_signer"] == "王德胜" and ev["visits"][0]["member_name"] == "赵乡干"
    events.handle_violation(store, event_id, action="批评教育", action_date="2025-05-12", note="已公开通报")
    assert event_queries.get_event(store, event_id)["violation_action"] == "批评教育"


def test_violation_refused_when_within_standards(store, rw):
    event_id = wedding(store, rw)
    events.record_actual(store, event_id, WEDDING_OK, recorded_date="2025-05-11")
    with pytest.raises(RefusedError, match="没有超过标准"):
        events.handle_violation(store, event_id, action="批评教育", action_date="2025-05-12")


def test_council_cannot_approve_a_plan_over_the_standards(store, rw):
    event_id = wedding(store, rw, plan={**WEDDING_OK, "tables": 30})
    with pytest.raises(RefusedError, match="不能直接“同意”"):
        events.decide(store, event_id, "同意", decision_date="2025-04-21", by_member_id=rw["chair"])
    events.decide(store, event_id, "劝导", decision_date="2025-04-21", by_member_id=rw["chair"], note="减到 20 桌")
    ev = event_queries.get_event(store, event_id)
    assert (ev["decision"], ev["decision_by_name"]) == ("劝导", "张建国")


def test_decision_by_member_out_of_term_refused(store, rw):
    members.end_term(store, rw["chair"], "2025-03-31")
    event_id = wedding(store, rw)
    with pytest.raises(RefusedError, match="不在理事会任期内"):
        events.decide(store, event_id, "同意", decision_date="2025-04-21", by_member_id=rw["chair"])


def test_no_standards_in_force_gives_no_verdict(store, rw):
    ev = event_queries.get_event(store, wedding(store, rw, start_date="2024-10-01", report_date="2024-09-01",
                                         plan={**WEDDING_OK, "tables": 80}))
    assert ev["verdict"]["status"] == "无适用标准" and ev["verdict"]["plan_findings"] == []


# ------------------------------------------------------------------ bad input
def _counts(store):
    return tuple(store.scalar(f"SELECT COUNT(*) FROM {t}") for t in
                 ("redwhite_event", "redwhite_figures", "change_log"))


@pytest.mark.parametrize("change, error, message", [
    ({"plan": {"tables": -3}}, ValidationError, "不能是负数"),
    ({"plan": {"tables": 5000}}, ValidationError, "不合常理"),
    ({"plan": {"cost_per_table_fen": 2_000_000_00}}, ValidationError, "不合常理"),
    ({"plan": {"tables": 2.5}}, ValidationError, "整数"),
    ({"plan": {"tables": 5, "guests": 900}}, ValidationError, "每桌超过 20 人"),
    ({"kind": "丧事", "plan": {"bride_price_fen": 100}}, ValidationError, "只有婚事"),
    ({"end_date": "2025-05-09"}, ValidationError, "早于开始日期"),
    ({"end_date": "2025-07-09"}, ValidationError, "不合常理"),
    ({"start_date": "2025-02-30"}, ValidationError, "不是有效日期"),
    ({"report_date": "2099-01-01"}, ValidationError, "晚于今天"),
    ({"kind": "生日"}, ValidationError, "无法识别"),
    ({"host_person_id": "no-such-person"}, NotFoundError, "不在本村花名册"),
    ({"host_person_id": None}, ValidationError, "请选择办事"),
])
def test_bad_event_input_refused_nothing_saved(store, rw, change, error, message):
    before = _counts(store)
    with pytest.raises(error, match=message):
        wedding(store, rw, **change)
    assert _counts(store) == before


def test_deceased_host_refused(store, rw):
    store.update("person", rw["li"], {"status": "死亡", "status_date": "2025-01-05"})
    with pytest.raises(RefusedError, match="已登记死亡"):
        wedding(store, rw, host_person_id=rw["li"])


def test_actual_before_plan_or_event_refused(store, rw):
    event_id = wedding(store, rw)
    before = _counts(store)
    with pytest.raises(ValidationError, match="事还没办"):
        events.record_actual(store, event_id, WEDDING_OK, recorded_date="2025-05-01")
    with pytest.raises(ValidationError, match="不能是负数"):
        events.record_actual(store, event_id, {"tables": -1}, recorded_date="2025-05-11")
    assert _counts(store) == before


def test_actual_recorded_date_before_report_refused(store, rw):
    # a funeral may be reported after it started; its actuals still cannot predate the report
    event_id = events.add_event(store, kind="丧事", host_person_id=rw["li"], start_date="2025-03-01",
                                end_date="2025-03-03", report_date="2025-03-02", plan={"tables": 10})
    with pytest.raises(ValidationError, match="早于申报日期"):
        events.record_actual(store, event_id, {"tables": 10}, recorded_date="2025-03-01")


def test_decision_before_report_refused(store, rw):
    event_id = wedding(store, rw)
    with pytest.raises(ValidationError, match="早于申报日期"):
        events.decide(store, event_id, "同意", decision_date="2025-04-19", by_member_id=rw["chair"])
    with pytest.raises(ValidationError, match="意见应为"):
        events.decide(store, event_id, "可以", decision_date="2025-04-21", by_member_id=rw["chair"])
    assert store.get("redwhite_event", event_id)["decision"] is None


def test_judged_event_plan_is_fixed(store, rw):
    event_id = wedding(store, rw)
    events.update_event(store, event_id, plan={"tables": 15}, place="村红白事服务中心")
    assert store.one("SELECT tables FROM redwhite_figures WHERE event_id=? AND stage='plan'", (event_id,))[0] == 15
    events.decide(store, event_id, "同意", decision_date="2025-04-21", by_member_id=rw["chair"])
    with pytest.raises(RefusedError, match="不能再改"):
        events.update_event(store, event_id, start_date="2025-06-01")
    events.update_event(store, event_id, place="王家院子")      # the place may still be corrected


def test_cancelled_event_leaves_statistics(store, rw):
    event_id = wedding(store, rw)
    events.cancel_event(store, event_id, "婚期推迟到明年")
    assert stats.year_stats(store, 2025)["total"]["events"] == 0
    with pytest.raises(RefusedError, match="已取消"):
        events.record_actual(store, event_id, WEDDING_OK, recorded_date="2025-05-11")


# ------------------------------------------------------------------ statistics and hall money
def test_year_statistics_per_kind_and_group(store, rw):
    ok = wedding(store, rw)                                                   # 一组, on time, within
    events.record_actual(store, ok, WEDDING_OK, recorded_date="2025-05-11")
    over = wedding(store, rw, host_person_id=rw["li"], report_date="2025-05-08")  # 二组, late, over
    events.record_actual(store, over, {**WEDDING_OK, "tables": 26, "bride_price_fen": 0},
                         recorded_date="2025-05-11")
    wedding(store, rw, start_date="2025-11-01", report_date="2025-10-01")     # not held yet
    data = stats.year_stats(store, 2025)
    wed = data["by_kind"][0]
    assert (wed["label"], wed["events"], wed["reported_in_time"], wed["with_actual"], wed["within_standards"],
            wed["violations"]) == ("婚事", 3, 2, 2, 1, 1)
    assert wed["in_time_pct"] == 66.7 and wed["within_pct"] == 50.0
    # example baseline: 40 tables at ¥800 and 彩礼 ¥120,000 before the reform
    assert wed["tables_saved"] == (40 - 18) + (40 - 26)
    before = 40 * 800_00 + 120_000_00
    assert wed["money_saved_fen"] == (before - 18 * 280_00 - 20_000_00) + (before - 26 * 280_00)
    assert [(g["label"], g["events"]) for g in data["by_group"]] == [("一组", 2), ("二组", 1)]
    assert data["violations"][0]["findings"] == ["酒席 26 桌，超过标准 20 桌，超出 6 桌"]
    g2 = village.group_id_by_name(store, "二组")
    assert stats.year_stats(store, 2025, group_id=g2)["total"]["events"] == 1
    stats.set_baseline(store, "婚事", tables=30)
    assert stats.year_stats(store, 2025)["by_kind"][0]["tables_saved"] == (30 - 18) + (30 - 26)


def test_hall_money_summary_and_no_negative_balance(store, rw):
    event_id = wedding(store, rw)
    hall.add_hall_money(store, direction="income", category="桌椅餐具租用费", amount_fen=360_00,
                        entry_date="2025-05-11", event_id=event_id)
    hall.add_hall_money(store, direction="income", category="捐赠", amount_fen=1_000_00,
                        entry_date="2025-06-01", counterparty="王德胜")
    with pytest.raises(RefusedError, match="资金不能出现负数"):
        hall.add_hall_money(store, direction="expense", category="维修", amount_fen=2_000_00,
                            entry_date="2025-06-02")
    hall.add_hall_money(store, direction="expense", category="桌椅餐具购置", amount_fen=800_00,
                        entry_date="2025-06-02")
    with pytest.raises(ValidationError, match="类别"):
        hall.add_hall_money(store, direction="income", category="罚款", amount_fen=100, entry_date="2025-06-02")
    summary = hall.hall_summary(store, 2025)
    assert (summary["income_fen"], summary["expense_fen"], summary["closing_fen"]) == (1_360_00, 800_00, 560_00)
    assert summary["events_served"] == 1
    assert hall.hall_summary(store, 2026)["opening_fen"] == 560_00
    row = store.one("SELECT counterparty FROM redwhite_hall_money WHERE event_id=?", (event_id,))
    assert row[0] == "王德胜"


def test_every_write_is_in_change_log(store, rw):
    event_id = wedding(store, rw)
    logged = {r[0] for r in store.query("SELECT DISTINCT table_name FROM change_log")}
    assert {"redwhite_event", "redwhite_figures", "redwhite_member", "redwhite_standard"} <= logged
    assert store.scalar("SELECT COUNT(*) FROM change_log WHERE record_id=?", (event_id,)) == 1


def test_errors_are_cunwu_errors_with_chinese_text(store, rw):
    with pytest.raises(CunwuError) as info:
        event_queries.find_host(store, "不存在的人")
    assert "花名册" in str(info.value)
    assert checks.report_deadline(None, "2025-01-01") is None


def test_hall_money_is_posted_to_the_village_fund_ledger(store, rw):
    from desktop.core.funds import api
    event_id = wedding(store, rw)
    money_id = hall.add_hall_money(store, direction="income", category="场地使用费", amount_fen=200_00,
                                   entry_date="2025-05-11", event_id=event_id)
    fund_id = api.ensure_fund(store, hall.HALL_FUND_NAME, hall.HALL_FUND_SOURCE, hall.HALL_FUND_PURPOSE)
    assert api.fund_balance(store, fund_id) == 200_00
    entry = store.one("SELECT e.status, e.category, e.counterparty FROM funds_entry e "
                      "JOIN redwhite_hall_money m ON m.funds_entry_id = e.id WHERE m.id=?", (money_id,))
    assert tuple(entry) == ("posted", "场地使用费", "王德胜")


def test_large_hall_payment_needs_a_decision_and_leaves_nothing_half_saved(store, rw):
    hall.add_hall_money(store, direction="income", category="捐赠", amount_fen=30_000_00, entry_date="2025-03-01")
    before = store.scalar("SELECT COUNT(*) FROM redwhite_hall_money"), store.scalar("SELECT COUNT(*) FROM funds_entry")
    with pytest.raises(RefusedError, match="四议两公开"):
        hall.add_hall_money(store, direction="expense", category="桌椅餐具购置", amount_fen=20_000_00,
                            entry_date="2025-03-05")
    after = store.scalar("SELECT COUNT(*) FROM redwhite_hall_money"), store.scalar("SELECT COUNT(*) FROM funds_entry")
    assert after == before


def test_member_term_ends_when_the_roster_records_a_death(store, rw):
    from desktop.core.events import publish
    with store.transaction():
        store.update("person", rw["zhang"], {"status": "死亡", "status_date": "2025-06-01"})
        publish(store, "person.left", person_id=rw["zhang"], status="死亡", date="2025-06-01", reason="病故")
    chair = store.get("redwhite_member", rw["chair"])
    assert chair["term_end"] == "2025-06-01" and "死亡" in chair["note"]
    assert [m["role"] for m in members.list_members(store, on_date="2025-07-01")] == ["监事"]
    members.add_member(store, role="会长", person_id=rw["li"], term_start="2025-06-02")   # a new chair may follow


def test_a_clerk_keeps_the_council_records_and_the_supervisor_cannot(store, rw):
    from db.errors import PermissionDenied
    from desktop.core.security import users
    users.apply_session(store, "clerk1", "clerk")
    event_id = wedding(store, rw)
    events.record_actual(store, event_id, WEDDING_OK, recorded_date="2025-05-11")
    stats.set_baseline(store, "婚事", tables=30)           # domain data, not an admin setting
    hall.add_hall_money(store, direction="income", category="捐赠", amount_fen=100_00, entry_date="2025-06-01")
    users.apply_session(store, "jian1", "supervisor")
    with pytest.raises(PermissionDenied):
        events.update_event(store, event_id, place="村文化广场")
    assert store.get("redwhite_event", event_id)["place"] == "王家院子"
