"""Roster lifecycle: statuses with dates and reasons, history, events, refusals, atomicity."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from db.errors import CunwuError, NotFoundError, RefusedError, ValidationError
from desktop.core import events
from desktop.core.roster import groups, idcard, life_history, lifecycle, merging, people

TOMORROW = (date.today() + timedelta(days=1)).isoformat()


@pytest.fixture
def family(store):
    """Household 001: 王建国 (head, born 1950), 李秀英 (spouse), 王伟 (son); household 002: 赵六."""
    h1 = people.add_household(store, hh_no="001")
    h2 = people.add_household(store, hh_no="002")
    ids = {
        "head": people.add_person(store, household_id=h1, name="王建国", relation="户主",
                                  id_number=idcard.make("610802", date(1950, 3, 1), 11, True)),
        "wife": people.add_person(store, household_id=h1, name="李秀英", relation="配偶", gender="女",
                                  birth_date="1952-05-06"),
        "son": people.add_person(store, household_id=h1, name="王伟", relation="子", gender="男",
                                 birth_date="1978-01-02",
                                 id_number=idcard.make("610802", date(1978, 1, 2), 21, True)),
        "other": people.add_person(store, household_id=h2, name="赵六", relation="户主", gender="男",
                                   birth_date="1960-01-01"),
    }
    return {"h1": h1, "h2": h2, **ids}


@pytest.fixture
def published():
    got: list[tuple[str, dict]] = []

    def left(store, **kw):
        got.append(("person.left", kw))

    def moved(store, **kw):
        got.append(("person.moved", kw))
    events.subscribe("person.left")(left)
    events.subscribe("person.moved")(moved)
    yield got
    events._subscribers["person.left"].remove(left)
    events._subscribers["person.moved"].remove(moved)


def _p(store, pid):
    return people.get_person(store, pid)


# ------------------------------------------------------------------ death
def test_death_sets_status_date_reason_event_and_publishes(store, family, published):
    lifecycle.record_death(store, family["son"], on="2024-05-01", reason="病故")
    p = _p(store, family["son"])
    assert (p["status"], p["status_date"], p["status_reason"]) == ("死亡", "2024-05-01", "病故")
    ev = life_history.history(store, family["son"])
    assert [(e["kind"], e["from_status"], e["to_status"]) for e in ev] == [("死亡", "在册", "死亡")]
    assert published == [("person.left", {"person_id": family["son"], "status": "死亡",
                                           "date": "2024-05-01", "reason": "病故"})]


def test_death_before_birth_is_refused(store, family):
    with pytest.raises(ValidationError) as err:
        lifecycle.record_death(store, family["son"], on="1977-12-31")
    assert "早于" in str(err.value) and "出生日期" in str(err.value)
    assert _p(store, family["son"])["status"] == "在册"


def test_future_and_malformed_dates_refused(store, family):
    with pytest.raises(ValidationError, match="今天之后"):
        lifecycle.record_death(store, family["son"], on=TOMORROW)
    with pytest.raises(ValidationError, match="不是有效日期"):
        lifecycle.move_out(store, family["son"], on="2024-13-01")


def test_dead_person_cannot_die_again_move_or_go_away(store, family):
    lifecycle.record_death(store, family["son"], on="2024-05-01")
    for action in (lambda: lifecycle.record_death(store, family["son"], on="2024-06-01"),
                   lambda: lifecycle.move_out(store, family["son"]),
                   lambda: lifecycle.start_away(store, family["son"]),
                   lambda: lifecycle.move_household(store, family["son"], family["h2"], relation="其他")):
        with pytest.raises(RefusedError, match="已登记死亡"):
            action()
    assert len(life_history.history(store, family["son"])) == 1


def test_death_ends_special_groups_and_dead_person_frees_the_id(store, family):
    gid = groups.add_membership(store, family["son"], "低保", start="2023-01-01")
    lifecycle.record_death(store, family["son"], on="2024-05-01")
    assert store.get("person_group", gid)["end_date"] == "2024-05-01"
    number = _p(store, family["son"])["id_number"]
    # Not deleted, and the same number may now be entered for a living record (a correction).
    assert store.scalar("SELECT COUNT(*) FROM person WHERE id=?", (family["son"],)) == 1
    people.add_person(store, household_id=family["h2"], name="王伟", id_number=number)


def test_head_dies_with_successor(store, family):
    lifecycle.record_death(store, family["head"], on="2024-05-01", reason="病故",
                           new_head_id=family["wife"])
    hh = store.get("household", family["h1"])
    assert hh["head_person_id"] == family["wife"]
    assert _p(store, family["wife"])["relation"] == "户主"
    kinds = [e["kind"] for e in life_history.household_history(store, family["h1"])]
    assert kinds == ["更换户主"]


def test_head_dies_without_successor_leaves_household_headless(store, family):
    lifecycle.record_death(store, family["head"], on="2024-05-01")
    assert store.get("household", family["h1"])["head_person_id"] is None
    assert life_history.household_history(store, family["h1"])[0]["kind"] == "户主离户"


# --------------------------------------------------------------- move out
def test_move_out_records_destination_and_publishes(store, family, published):
    lifecycle.move_out(store, family["son"], on="2024-02-01", reason="户口迁往西安", destination="西安市雁塔区")
    p = _p(store, family["son"])
    assert p["status"] == "迁出" and p["household_id"] == family["h1"]     # link kept as history
    ev = life_history.history(store, family["son"])[0]
    assert ev["detail"]["destination"] == "西安市雁塔区" and ev["from_hh_no"] == "001"
    assert published[-1] == ("person.left", {"person_id": family["son"], "status": "迁出",
                                             "date": "2024-02-01", "reason": "户口迁往西安"})


def test_moved_out_person_may_later_be_recorded_dead(store, family, published):
    lifecycle.move_out(store, family["son"], on="2024-02-01")
    with pytest.raises(ValidationError, match="上一次登记"):
        lifecycle.record_death(store, family["son"], on="2024-01-01")
    lifecycle.record_death(store, family["son"], on="2024-03-01")
    assert _p(store, family["son"])["status"] == "死亡"


# -------------------------------------------------------------- away/back
def test_away_and_back(store, family, published):
    gid = groups.add_membership(store, family["son"], "低保", start="2023-01-01")
    lifecycle.start_away(store, family["son"], on="2024-03-01", reason="外出打工", place="深圳")
    assert _p(store, family["son"])["status"] == "外出务工"
    assert store.get("person_group", gid)["end_date"] is None       # still in the village
    with pytest.raises(RefusedError):
        lifecycle.start_away(store, family["son"], on="2024-03-02")
    lifecycle.end_away(store, family["son"], on="2024-12-01")
    assert _p(store, family["son"])["status"] == "在册"
    with pytest.raises(RefusedError, match="无需登记返乡"):
        lifecycle.end_away(store, family["son"])
    assert [e["kind"] for e in life_history.history(store, family["son"])] == ["外出务工", "返乡"]
    assert published == []


# --------------------------------------------------------------- restore
def test_restore_wrong_death_reopens_groups(store, family, published):
    gid = groups.add_membership(store, family["son"], "低保", start="2023-01-01")
    lifecycle.start_away(store, family["son"], on="2024-01-01")
    lifecycle.record_death(store, family["son"], on="2024-05-01", reason="误报")
    with pytest.raises(ValidationError, match="原因"):
        lifecycle.restore(store, family["son"], reason="")
    lifecycle.restore(store, family["son"], reason="死亡登记有误，本人健在")
    p = _p(store, family["son"])
    assert p["status"] == "外出务工"            # the status before the wrong entry
    assert store.get("person_group", gid)["end_date"] is None
    assert life_history.history(store, family["son"])[-1]["kind"] == "更正"


def test_restore_refused_when_nothing_to_restore(store, family):
    with pytest.raises(RefusedError, match="没有需要更正"):
        lifecycle.restore(store, family["son"], reason="x")


def test_restore_refused_when_id_now_on_a_living_person(store, family):
    number = _p(store, family["son"])["id_number"]
    lifecycle.record_death(store, family["son"], on="2024-05-01")
    people.add_person(store, household_id=family["h2"], name="王伟", id_number=number)
    with pytest.raises(RefusedError, match="身份证号相同"):
        lifecycle.restore(store, family["son"], reason="误报")
    assert _p(store, family["son"])["status"] == "死亡"


# ------------------------------------------------------- household moves
def test_move_between_households(store, family, published):
    lifecycle.move_household(store, family["son"], family["h2"], relation="女婿", on="2024-04-01",
                             reason="入赘")
    p = _p(store, family["son"])
    assert p["household_id"] == family["h2"] and p["relation"] == "女婿"
    ev = life_history.history(store, family["son"])[0]
    assert (ev["kind"], ev["from_hh_no"], ev["to_hh_no"]) == ("户间迁移", "001", "002")
    assert published == [("person.moved", {"person_id": family["son"], "from_household_id": family["h1"],
                                           "to_household_id": family["h2"], "date": "2024-04-01"})]


def test_move_refusals(store, family):
    with pytest.raises(RefusedError, match="已有户主"):
        lifecycle.move_household(store, family["son"], family["h2"], relation="户主")
    with pytest.raises(ValidationError, match="无法识别"):
        lifecycle.move_household(store, family["son"], family["h2"], relation="邻居")
    with pytest.raises(RefusedError, match="已在户"):
        lifecycle.move_household(store, family["son"], family["h1"], relation="子")
    with pytest.raises(NotFoundError):
        lifecycle.move_household(store, family["son"], "no-such-household", relation="子")


def test_head_moves_and_names_successor(store, family):
    lifecycle.move_household(store, family["head"], family["h2"], relation="其他",
                             new_head_id=family["son"])
    assert store.get("household", family["h1"])["head_person_id"] == family["son"]


# ------------------------------------------------------------ head change
def test_change_head_updates_relations(store, family):
    lifecycle.change_head(store, family["h1"], family["son"], on="2024-01-01", reason="父亲年迈",
                          old_head_relation="父亲", relations={family["wife"]: "母亲"})
    assert store.get("household", family["h1"])["head_person_id"] == family["son"]
    assert [_p(store, family[k])["relation"] for k in ("son", "head", "wife")] == ["户主", "父亲", "母亲"]
    ev = life_history.household_history(store, family["h1"])[-1]
    assert (ev["kind"], ev["person_name"], ev["other_name"]) == ("更换户主", "王伟", "王建国")


def test_change_head_refusals(store, family):
    with pytest.raises(RefusedError, match="不在户"):
        lifecycle.change_head(store, family["h1"], family["other"])
    with pytest.raises(RefusedError, match="已经是"):
        lifecycle.change_head(store, family["h1"], family["head"])
    with pytest.raises(ValidationError, match="关系"):
        lifecycle.change_head(store, family["h1"], family["son"])      # old head still there
    assert store.get("household", family["h1"])["head_person_id"] == family["head"]


# -------------------------------------------------------------- dissolve
def test_dissolve_only_an_empty_household(store, family):
    with pytest.raises(RefusedError, match="赵六"):
        lifecycle.dissolve_household(store, family["h2"], reason="全户迁出")
    lifecycle.move_out(store, family["other"], on="2024-01-01")
    lifecycle.dissolve_household(store, family["h2"], reason="全户迁出", on="2024-01-02")
    hh = store.get("household", family["h2"])
    assert (hh["status"], hh["status_date"], hh["status_reason"]) == ("dissolved", "2024-01-02", "全户迁出")
    with pytest.raises(RefusedError, match="已经解散"):
        lifecycle.dissolve_household(store, family["h2"], reason="x")
    with pytest.raises(RefusedError, match="已解散"):
        lifecycle.move_household(store, family["son"], family["h2"], relation="其他")
    lifecycle.reopen_household(store, family["h2"], reason="误操作")
    assert store.get("household", family["h2"])["status"] == "active"


# ----------------------------------------------------------------- merge
def test_merge_duplicate_into_kept_record(store, family, published):
    son = _p(store, family["son"])
    dup = people.add_person(store, household_id=family["h2"], name="王伟", phone="13900001111")
    groups.add_membership(store, dup, "残疾", category="肢体", grade=2, start="2022-01-01")
    groups.add_membership(store, dup, "低保", start="2022-01-01")
    groups.add_membership(store, family["son"], "低保", start="2021-01-01")
    merging.merge(store, dup, family["son"], reason="同一人重复录入", on="2024-06-01")
    d, k = _p(store, dup), _p(store, family["son"])
    assert (d["status"], d["merged_into"]) == ("已合并", family["son"])
    assert k["phone"] == "13900001111" and k["id_number"] == son["id_number"]
    kept = {(g["kind"], g["detail"]) for g in groups.memberships(store, family["son"], include_ended=False)}
    assert kept == {("残疾", "肢体二级"), ("低保", "")}        # 低保 not doubled
    assert groups.memberships(store, dup, include_ended=False) == []
    assert published[-1] == ("person.left", {"person_id": dup, "status": "已合并", "date": "2024-06-01",
                                             "reason": "同一人重复录入"})
    assert [e["kind"] for e in life_history.history(store, family["son"])] == ["合并入"]


def test_merge_moves_the_id_number_to_the_kept_record(store, family):
    number = _p(store, family["son"])["id_number"]
    keep = people.add_person(store, household_id=family["h1"], name="王伟", gender="男")
    merging.merge(store, family["son"], keep, reason="重复")
    assert _p(store, keep)["id_number"] == number
    assert _p(store, keep)["birth_date"] == "1978-01-02"


def test_merging_a_head_hands_the_household_to_the_kept_record(store, family):
    keep = people.add_person(store, household_id=family["h2"], name="赵六", relation="其他")
    merging.merge(store, family["other"], keep, reason="重复")
    assert store.get("household", family["h2"])["head_person_id"] == keep
    assert _p(store, keep)["relation"] == "户主"


def test_merge_refusals(store, family):
    with pytest.raises(RefusedError, match="自己"):
        merging.merge(store, family["son"], family["son"], reason="x")
    with pytest.raises(RefusedError, match="身份证号不同"):
        merging.merge(store, family["son"], family["head"], reason="x")
    lifecycle.record_death(store, family["other"], on="2024-01-01")
    with pytest.raises(RefusedError, match="已死亡"):
        merging.merge(store, family["wife"], family["other"], reason="x")
    dup = people.add_person(store, household_id=family["h1"], name="李秀英")
    merging.merge(store, dup, family["wife"], reason="重复")
    with pytest.raises(RefusedError, match="已经合并"):
        merging.merge(store, dup, family["wife"], reason="x")
    with pytest.raises(RefusedError, match="已合并的重复记录"):
        merging.merge(store, family["son"], dup, reason="x")
    with pytest.raises(ValidationError, match="原因"):
        merging.merge(store, family["son"], family["wife"], reason=" ")


def test_undo_a_merge(store, family):
    dup = people.add_person(store, household_id=family["h2"], name="王伟")
    groups.add_membership(store, dup, "留守老人", start="2022-01-01")
    merging.merge(store, dup, family["son"], reason="以为重复")
    lifecycle.restore(store, dup, reason="其实是同名的两个人")
    assert _p(store, dup)["status"] == "在册" and _p(store, dup)["merged_into"] is None
    assert groups.current_kinds(store, dup) == ["留守老人"]
    assert groups.current_kinds(store, family["son"]) == []


# ------------------------------------------------------------- atomicity
def test_a_failing_subscriber_rolls_back_everything(store, family):
    def broken(store, **kw):
        raise RefusedError("护理模块拒绝")
    events.subscribe("person.left")(broken)
    try:
        n_log = store.scalar("SELECT COUNT(*) FROM change_log")
        with pytest.raises(CunwuError, match="护理模块拒绝"):
            lifecycle.record_death(store, family["head"], on="2024-05-01", new_head_id=family["wife"])
    finally:
        events._subscribers["person.left"].remove(broken)
    assert _p(store, family["head"])["status"] == "在册"
    assert store.get("household", family["h1"])["head_person_id"] == family["head"]
    assert _p(store, family["wife"])["relation"] == "配偶"
    assert store.scalar("SELECT COUNT(*) FROM person_event") == 0
    assert store.scalar("SELECT COUNT(*) FROM change_log") == n_log


def test_every_change_is_in_the_change_log(store, family):
    lifecycle.move_out(store, family["son"], on="2024-02-01")
    logged = {r[0] for r in store.query(
        "SELECT table_name FROM change_log WHERE record_id=? OR table_name='person_event'", (family["son"],))}
    assert logged == {"person", "person_event"}


def test_unknown_person(store):
    with pytest.raises(NotFoundError):
        lifecycle.record_death(store, "nobody")


def test_editing_one_field_keeps_the_others(store, family):
    people.update_person(store, family["wife"], phone="13900001111")
    p = _p(store, family["wife"])
    assert (p["gender"], p["birth_date"], p["phone"]) == ("女", "1952-05-06", "13900001111")


def test_last_member_leaving_keeps_the_head_as_history(store, family):
    lifecycle.move_out(store, family["other"], on="2024-01-01")
    assert store.get("household", family["h2"])["head_person_id"] == family["other"]
    assert life_history.household_history(store, family["h2"])[0]["kind"] == "户主离户"
    from desktop.core.roster import checks
    assert all(c["ok"] for c in checks.run(store))


def test_undoing_the_merge_of_a_dead_duplicate_gives_back_death(store, family):
    dup = people.add_person(store, household_id=family["h2"], name="王伟", gender="男")
    lifecycle.record_death(store, dup, on="2020-01-01")
    merging.merge(store, dup, family["son"], reason="重复")
    lifecycle.restore(store, dup, reason="不是同一人")
    assert _p(store, dup)["status"] == "死亡"
