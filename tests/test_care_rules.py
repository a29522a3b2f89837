"""Care places and enrolment rules, each with its Chinese message; the roster hook ends enrolments."""
from __future__ import annotations

from datetime import date

import pytest

from db.errors import NotFoundError, RefusedError, ValidationError
from desktop.core import events
from desktop.core.care import enrolment, places
from desktop.core.inputs.person import find_person
from tests.care_helpers import born_years_before, person


@pytest.fixture
def home(store):
    return places.add_place(store, name="高家湾幸福院", kind="幸福院", capacity=2, meal_subsidy_fen="3.50",
                            person_subsidy_fen=2000)


def test_place_defaults_and_validation(store, home):
    p = places.get_place(store, home)
    assert p["services"] == "助餐、助浴、助洁、助医/体检、文娱"
    assert p["open_weekdays"] == "12345"
    assert p["meal_subsidy_fen"] == 350 and p["person_subsidy_fen"] == 2000
    assert p["min_age"] is None
    kid = places.add_place(store, name="托育点", kind="托育点", open_weekdays="一二三四五六", services="保育、午餐")
    k = places.get_place(store, kid)
    assert (k["min_age"], k["max_age"], k["open_weekdays"]) == (0, 3, "123456")
    with pytest.raises(ValidationError, match="已有名为"):
        places.add_place(store, name="高家湾幸福院", kind="幸福院")
    with pytest.raises(ValidationError, match="场所类型"):
        places.add_place(store, name="甲", kind="养老院")
    with pytest.raises(ValidationError, match="不提供“保育”"):
        places.add_place(store, name="乙", kind="幸福院", services="助餐、保育")
    with pytest.raises(ValidationError, match="开放日"):
        places.add_place(store, name="丙", kind="幸福院", open_weekdays="周八")
    with pytest.raises(ValidationError, match="每餐.*格式不对"):
        places.add_place(store, name="丁", kind="幸福院", meal_subsidy_fen="三块五")
    with pytest.raises(ValidationError, match="年龄范围不对"):
        places.add_place(store, name="戊", kind="幼儿园", min_age=6, max_age=3)


def test_opening_days_weekly_rule_and_exceptions(store, home):
    p = places.get_place(store, home)
    assert places.is_open(store, p, "2026-03-02") == (True, "")          # Monday
    assert places.is_open(store, p, "2026-03-07")[0] is False            # Saturday
    places.set_day(store, home, "2026-03-07", True, "重阳活动")
    places.set_day(store, home, "2026-03-02", False, "停电闭馆")
    assert places.is_open(store, p, "2026-03-07") == (True, "重阳活动")
    assert places.is_open(store, p, "2026-03-02") == (False, "停电闭馆")
    places.set_day(store, home, "2026-03-02", None)
    assert places.is_open(store, p, "2026-03-02")[0] is True


def test_place_resolution_by_name_part_and_ambiguity(store, home):
    places.add_place(store, name="高家湾日间照料中心", kind="日间照料中心")
    assert places.resolve_place(store, "幸福院")["id"] == home
    assert places.resolve_place(store, home)["name"] == "高家湾幸福院"
    with pytest.raises(RefusedError, match="对应多个场所"):
        places.resolve_place(store, "高家湾")
    with pytest.raises(NotFoundError, match="没有找到场所"):
        places.resolve_place(store, "托儿所")


def test_elder_minimum_age_is_a_village_setting(store, home):
    young = person(store, "王芳", born_years_before(59))
    with pytest.raises(RefusedError, match="未满本村规定的 60 岁"):
        enrolment.enrol(store, home, young, "2026-03-01")
    enrolment.set_elder_min_age(store, 55)
    assert enrolment.enrol(store, home, young, "2026-03-01").id
    with pytest.raises(ValidationError, match="40 到 100"):
        enrolment.set_elder_min_age(store, 5)


def test_child_age_range_per_place(store):
    nursery = places.add_place(store, name="托育点", kind="托育点")
    kinder = places.add_place(store, name="幼儿园", kind="幼儿园", max_age=5)
    baby = person(store, "李欣怡", born_years_before(1))
    five = person(store, "李子轩", born_years_before(5), gender="男")
    six = person(store, "李浩然", born_years_before(6), gender="男")
    assert enrolment.enrol(store, nursery, baby, "2026-03-01").id
    with pytest.raises(RefusedError, match="超过托育点的年龄范围 0–3 岁"):
        enrolment.enrol(store, nursery, five, "2026-03-01")
    with pytest.raises(RefusedError, match="只收 3–5 岁"):
        enrolment.enrol(store, kinder, baby, "2026-03-01")
    assert enrolment.enrol(store, kinder, five, "2026-03-01").id
    with pytest.raises(RefusedError, match="超过幼儿园的年龄范围 3–5 岁"):
        enrolment.enrol(store, kinder, six, "2026-03-01")


def test_gone_people_refused_and_missing_birth_date(store, home):
    gone = person(store, "张德胜", born_years_before(80), gender="男")
    store.update("person", gone, {"status": "死亡", "status_date": "2026-01-05"})
    with pytest.raises(RefusedError, match="状态是“死亡”（2026-01-05），不能登记入托"):
        enrolment.enrol(store, home, gone, "2026-03-01")
    moved = person(store, "张桂兰", born_years_before(70))
    store.update("person", moved, {"status": "迁出"})
    with pytest.raises(RefusedError, match="迁出"):
        enrolment.enrol(store, home, moved, "2026-03-01")
    unknown = person(store, "赵无名", None)
    with pytest.raises(RefusedError, match="没有出生日期"):
        enrolment.enrol(store, home, unknown, "2026-03-01")


def test_no_double_enrolment_and_capacity_warning(store, home):
    a, b, c = (person(store, n, born_years_before(70)) for n in ("甲秀英", "乙秀英", "丙秀英"))
    assert enrolment.enrol(store, home, a, "2026-03-01").warnings == []
    with pytest.raises(RefusedError, match="已在高家湾幸福院登记入托（2026-03-01 起，仍在托）"):
        enrolment.enrol(store, home, a, "2026-04-01")
    with pytest.raises(RefusedError, match="同一时间不能重复登记"):
        enrolment.enrol(store, home, a, "2026-01-01", end_date="2026-03-01")
    # a closed earlier period does not block a later one
    first = enrolment.enrol(store, home, b, "2026-01-01", end_date="2026-01-31").id
    assert first
    assert enrolment.enrol(store, home, b, "2026-03-01").warnings == []
    out = enrolment.enrol(store, home, c, "2026-03-02")
    assert out.id and "核定名额 2 人" in out.warnings[0] and "超员（3 人）" in out.warnings[0]


def test_person_left_event_ends_enrolments_on_that_date(store, home):
    a = person(store, "周玉兰", born_years_before(75))
    e1 = enrolment.enrol(store, home, a, "2026-01-01").id
    other = places.add_place(store, name="日间照料中心", kind="日间照料中心")
    future = enrolment.enrol(store, other, a, "2026-06-01").id
    with store.transaction():
        store.update("person", a, {"status": "死亡", "status_date": "2026-03-10"})
        events.publish(store, "person.left", person_id=a, status="死亡", date="2026-03-10", reason="病故")
    row = store.get("care_enrolment", e1)
    assert row["end_date"] == "2026-03-10"
    assert row["end_reason"] == "花名册登记死亡：病故"
    assert store.one("SELECT 1 FROM care_enrolment WHERE id=?", (future,)) is None
    logged = store.query("SELECT op FROM change_log WHERE table_name='care_enrolment' AND record_id IN (?, ?)",
                         (e1, future))
    assert sorted(r["op"] for r in logged) == ["delete", "insert", "insert", "update"]


def test_person_left_rolls_back_with_the_roster_change(store, home):
    a = person(store, "吴春梅", born_years_before(75))
    e1 = enrolment.enrol(store, home, a, "2026-01-01").id
    with pytest.raises(RuntimeError):
        with store.transaction():
            events.publish(store, "person.left", person_id=a, status="迁出", date="2026-03-10")
            raise RuntimeError("roster failed after publishing")
    assert store.get("care_enrolment", e1)["end_date"] is None


def test_end_enrolment_manually(store, home):
    a = person(store, "郑海燕", born_years_before(66))
    e = enrolment.enrol(store, home, a, "2026-03-01").id
    with pytest.raises(ValidationError, match="早于入托日期"):
        enrolment.end_enrolment(store, e, "2026-02-01")
    enrolment.end_enrolment(store, e, "2026-03-20", "回子女家居住")
    assert store.get("care_enrolment", e)["end_reason"] == "回子女家居住"
    assert enrolment.enrolled_count(store, home, "2026-03-21") == 0


def test_person_resolution_lists_same_named_candidates(store, home):
    a = person(store, "刘建国", born_years_before(70), gender="男")
    b = person(store, "刘建国", born_years_before(72), gender="男")
    with pytest.raises(RefusedError) as err:
        find_person(store, "刘建国")
    assert "有 2 人叫“刘建国”" in str(err.value) and a in str(err.value) and b in str(err.value)
    enrolment.enrol(store, home, a, "2026-03-01")
    # one rule for namesakes everywhere: being enrolled somewhere does not pick one
    with pytest.raises(RefusedError):
        find_person(store, "刘建国")
    with pytest.raises(NotFoundError, match="没有名叫"):
        find_person(store, "查无此人")


def test_real_roster_death_and_move_out_end_enrolments(store, home):
    from desktop.core.roster import lifecycle
    a = person(store, "冯翠花", born_years_before(78))
    b = person(store, "冯树林", born_years_before(69), gender="男")
    ea = enrolment.enrol(store, home, a, "2026-01-01").id
    eb = enrolment.enrol(store, home, b, "2026-01-01").id
    lifecycle.record_death(store, a, on="2026-02-14", reason="病故")
    lifecycle.move_out(store, b, on="2026-02-20", reason="随子女迁往榆林市区")
    assert store.get("care_enrolment", ea)["end_date"] == "2026-02-14"
    assert store.get("care_enrolment", eb)["end_date"] == "2026-02-20"
    assert store.get("care_enrolment", eb)["end_reason"] == "花名册登记迁出：随子女迁往榆林市区"
    assert enrolment.enrolled_count(store, home, "2026-02-21") == 0


def test_merged_duplicate_hands_enrolment_and_attendance_to_the_kept_record(store, home):
    from desktop.core.care import register, report
    from desktop.core.roster import merging
    keep = person(store, "韩桂兰", born_years_before(76))
    dup = person(store, "韩桂兰", None)
    store.update("person", dup, {"birth_date": store.get("person", keep)["birth_date"]})
    e = enrolment.enrol(store, home, dup, "2026-01-01").id
    register.save_cells(store, home, [(dup, "2026-02-02", register.Cell(True, 1))])
    merging.merge(store, dup, keep, reason="重复登记", on="2026-03-01")
    assert store.get("care_enrolment", e)["person_id"] == keep
    assert store.get("care_enrolment", e)["end_date"] is None          # the person did not leave
    assert store.scalar("SELECT person_id FROM care_attendance") == keep
    assert report.monthly_report(store, home, "2026-02")["people"][0]["name"] == "韩桂兰"


def test_eligible_people_for_a_place(store, home):
    today = date.today().isoformat()
    old = person(store, "欧阳秀英", born_years_before(70, today))
    young = person(store, "欧阳小明", born_years_before(30, today))
    gone = person(store, "欧阳德胜", born_years_before(75, today))
    store.update("person", gone, {"status": "死亡"})
    ids = {r["id"] for r in enrolment.eligible_people(store, places.get_place(store, home))}
    assert old in ids and young not in ids and gone not in ids
