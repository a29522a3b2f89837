"""Field rules of people and households (people.py) and name keys (names.py)."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from db.errors import NotFoundError, RefusedError, ValidationError
from desktop.core.inputs.person import find_person
from desktop.core.roster import life_history, lifecycle, merging, people
from desktop.core.roster.names import clean_name, pinyin_keys, split_name


@pytest.fixture
def hh(store):
    return people.add_household(store, hh_no="001")


@pytest.mark.parametrize("values, field, words", [
    (dict(name=""), "name", "不能为空"),
    (dict(name="   "), "name", "不能为空"),
    (dict(name="王" * 41), "name", "上限"),
    (dict(name="王2"), "name", "数字"),
    (dict(name="王芳", gender="F"), "gender", "男"),
    (dict(name="王芳", ethnicity="火星族"), "ethnicity", "56 个民族"),
    (dict(name="王芳", relation="邻居"), "relation", "无法识别"),
    (dict(name="王芳", birth_date="2020-02-30"), "birth_date", "不是有效日期"),
    (dict(name="王芳", birth_date=(date.today() + timedelta(days=1)).isoformat()), "birth_date", "今天之后"),
    (dict(name="王芳", phone="139abc"), "phone", "数字"),
    (dict(name="王芳", phone="1" * 21), "phone", "太长"),
    (dict(name="王芳", id_number="123"), "id_number", "18 位"),
])
def test_person_field_rules(store, hh, values, field, words):
    with pytest.raises(ValidationError) as err:
        people.add_person(store, household_id=hh, **values)
    assert err.value.field == field and words in str(err.value)
    assert store.scalar("SELECT COUNT(*) FROM person") == 0


def test_unknown_household_and_unknown_field(store):
    with pytest.raises(NotFoundError):
        people.add_person(store, household_id="nope", name="王芳")
    with pytest.raises(ValidationError, match="没有这些字段"):
        people.add_person(store, name="王芳", status="死亡")       # statuses only through lifecycle


def test_aliases_are_normalised(store, hh):
    pid = people.add_person(store, household_id=hh, name="ａｂｃ", ethnicity="朝鲜", relation="妻子")
    p = people.get_person(store, pid)
    assert (p["name"], p["ethnicity"], p["relation"]) == ("abc", "10", "配偶")
    pid = people.add_person(store, household_id=hh, name="阿卜杜・热合曼", ethnicity="5")
    assert people.get_person(store, pid)["name"] == "阿卜杜·热合曼"


def test_household_rules(store, hh):
    with pytest.raises(ValidationError, match="已经存在"):
        people.add_household(store, hh_no=" 001 ")
    with pytest.raises(ValidationError, match="不能为空"):
        people.add_household(store, hh_no="")
    with pytest.raises(ValidationError, match="太长"):
        people.add_household(store, hh_no="1" * 31)
    other = people.add_household(store, hh_no="002")
    with pytest.raises(ValidationError, match="已经存在"):
        people.update_household(store, other, hh_no="001")


def test_first_head_is_set_automatically(store, hh):
    pid = people.add_person(store, household_id=hh, name="王建国", relation="户主")
    assert store.get("household", hh)["head_person_id"] == pid
    other = people.add_person(store, household_id=hh, name="王建军", relation="户主")
    assert store.get("household", hh)["head_person_id"] == pid       # the second does not replace
    with pytest.raises(RefusedError):
        people.set_head(store, people.add_household(store, hh_no="009"), other)


def test_an_edit_cannot_change_household_moving_has_one_road(store, hh):
    pid = people.add_person(store, household_id=hh, name="王芳", relation="女")
    other = people.add_household(store, hh_no="002")
    with pytest.raises(RefusedError, match="户间迁移"):
        people.update_person(store, pid, household_id=other, relation="儿媳", phone="13900001111")
    assert people.get_person(store, pid)["household_id"] == hh
    lifecycle.move_household(store, pid, other, relation="儿媳", reason="结婚")
    people.update_person(store, pid, phone="13900001111")
    p = people.get_person(store, pid)
    assert (p["household_id"], p["relation"], p["phone"]) == (other, "儿媳", "13900001111")
    assert [e["kind"] for e in life_history.history(store, pid)] == ["户间迁移"]


def test_resolve_person(store, hh):
    a = people.add_person(store, household_id=hh, name="王芳")
    b = people.add_person(store, household_id=hh, name="王芳")
    assert find_person(store, a)["id"] == a
    with pytest.raises(RefusedError, match="有 2 人叫"):
        find_person(store, "王芳")
    merging.merge(store, b, a, reason="重复")
    assert find_person(store, "王芳")["id"] == a       # merged duplicates do not count
    with pytest.raises(NotFoundError):
        find_person(store, "李四")


@pytest.mark.parametrize("name, keys", [
    ("张三丰", ("zhangsanfeng", "zsf")),
    ("单雄信", ("shanxiongxin", "sxx")),
    ("曾国藩", ("zengguofan", "zgf")),
    ("解缙", ("xiejin", "xj")),
    ("仇英", ("qiuying", "qy")),
    ("朴珺", ("piaojun", "pj")),
    ("区志强", ("ouzhiqiang", "ozq")),
    ("尉迟恭", ("yuchigong", "ycg")),
    ("吉𠮷祥", ("jixiang", "jx")),          # no pinyin for 𠮷: left out of the keys
])
def test_pinyin_keys_read_surnames_as_surnames(name, keys):
    assert pinyin_keys(name) == keys


def test_split_name():
    assert split_name("欧阳修") == ("欧阳", "修")
    assert split_name("阿卜杜·热合曼") == ("阿卜杜", "热合曼")
    assert split_name("王淼") == ("王", "淼")
    assert clean_name(" 王　淼 ") == "王淼"


def test_village_counts_are_residents_only(store, hh):
    from desktop.core.roster import profile
    a = people.add_person(store, household_id=hh, name="王芳")
    b = people.add_person(store, household_id=hh, name="王强")
    c = people.add_person(store, household_id=hh, name="王刚")
    lifecycle.start_away(store, b, on="2025-01-01")
    lifecycle.record_death(store, c, on="2025-01-01")
    counts = profile.village_counts(store)
    assert (counts["households"], counts["people"], counts["away"]) == (1, 2, 1)
    assert counts["group:低保"] == 0 and a
