"""Special groups: kinds, detail rules, dates, history, and 高龄 derived from age."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from db.errors import RefusedError, ValidationError
from desktop.core.roster import codes, groups, lifecycle, people


@pytest.fixture
def person(store):
    hh = people.add_household(store, hh_no="001")
    return people.add_person(store, household_id=hh, name="张秀兰", gender="女", birth_date="1960-02-03",
                             relation="户主")


def test_add_end_and_history(store, person):
    gid = groups.add_membership(store, person, "低保", start="2022-01-01", note="A类")
    assert groups.current_kinds(store, person) == ["低保"]
    groups.end_membership(store, gid, on="2024-06-30", reason="收入提高")
    assert groups.current_kinds(store, person) == []
    rows = groups.memberships(store, person)
    assert [(r["kind"], r["start_date"], r["end_date"]) for r in rows] == [("低保", "2022-01-01", "2024-06-30")]
    assert "收入提高" in rows[0]["note"]
    # A new period after the old one ended: both stay.
    groups.add_membership(store, person, "低保", start="2025-01-01")
    assert len(groups.memberships(store, person)) == 2


def test_no_two_open_periods_of_one_kind(store, person):
    groups.add_membership(store, person, "低保", start="2022-01-01")
    with pytest.raises(RefusedError, match="已是低保"):
        groups.add_membership(store, person, "低保")


def test_unknown_kind_and_aliases(store, person):
    with pytest.raises(ValidationError, match="无法识别") as err:
        groups.add_membership(store, person, "贫困生")
    assert err.value.field == "kind"
    groups.add_membership(store, person, "五保", detail="集中")
    assert groups.memberships(store, person)[0]["kind"] == "特困供养"
    assert groups.memberships(store, person)[0]["detail"] == "集中供养"


@pytest.mark.parametrize("kwargs, stored", [
    (dict(category="肢体", grade=2), "肢体二级"),
    (dict(category="视力残疾", grade="一级"), "视力一级"),
    (dict(detail="精神四级"), "精神四级"),
    (dict(detail="多重残疾3级"), "多重三级"),
])
def test_disability_needs_category_and_grade(store, person, kwargs, stored):
    gid = groups.add_membership(store, person, "残疾", **kwargs)
    assert store.get("person_group", gid)["detail"] == stored


@pytest.mark.parametrize("kwargs, field", [
    (dict(), "category"),
    (dict(category="肢体"), "grade"),
    (dict(category="肢体", grade=5), "grade"),
    (dict(category="腿脚", grade=1), "category"),
])
def test_disability_refusals(store, person, kwargs, field):
    with pytest.raises(ValidationError) as err:
        groups.add_membership(store, person, "残疾", **kwargs)
    assert err.value.field == field


def test_tekun_needs_dispersed_or_concentrated(store, person):
    with pytest.raises(ValidationError, match="分散供养"):
        groups.add_membership(store, person, "特困供养")
    groups.add_membership(store, person, "特困供养", detail="分散供养")


def test_dates_checked(store, person):
    with pytest.raises(ValidationError, match="出生日期"):
        groups.add_membership(store, person, "低保", start="1959-01-01")
    with pytest.raises(ValidationError, match="今天之后"):
        groups.add_membership(store, person, "低保", start=(date.today() + timedelta(days=3)).isoformat())
    gid = groups.add_membership(store, person, "低保", start="2022-01-01")
    with pytest.raises(ValidationError, match="早于开始日期"):
        groups.end_membership(store, gid, on="2021-12-31")
    groups.end_membership(store, gid, on="2022-12-31")
    with pytest.raises(RefusedError, match="已于"):
        groups.end_membership(store, gid)


def test_people_who_left_cannot_join(store, person):
    lifecycle.record_death(store, person, on="2024-01-01")
    with pytest.raises(RefusedError, match="死亡"):
        groups.add_membership(store, person, "低保")


def test_high_age_is_derived_not_recorded(store):
    hh = people.add_household(store, hh_no="002")
    today = date.today()
    old = people.add_person(store, household_id=hh, name="王老汉", gender="男",
                            birth_date=date(today.year - 85, 1, 1).isoformat())
    young = people.add_person(store, household_id=hh, name="王小",
                              birth_date=date(today.year - 79, 1, 1).isoformat())
    with pytest.raises(RefusedError, match="自动判断"):
        groups.add_membership(store, old, "高龄")
    assert groups.current_kinds(store, old) == ["高龄"]
    assert groups.memberships(store, old)[0]["derived"] is True
    assert groups.memberships(store, old)[0]["start_date"] == date(today.year - 5, 1, 1).isoformat()
    assert groups.current_kinds(store, young) == []
    assert groups.members(store, "高龄") == [old]
    store.set_setting("roster.high_age", 75)       # a village with a lower threshold
    assert set(groups.members(store, "高龄")) == {old, young}


def test_members_on_a_day(store, person):
    gid = groups.add_membership(store, person, "低保", start="2022-01-01")
    groups.end_membership(store, gid, on="2023-12-31")
    assert groups.members(store, "低保", on="2023-06-01") == [person]
    assert groups.members(store, "低保", on="2024-01-01") == []


def test_every_kind_in_codes_can_be_added(store, person):
    for kind, details in codes.SPECIAL_GROUPS.items():
        if kind == groups.DERIVED:
            continue
        groups.add_membership(store, person, kind, detail=details[0] if details else "", start="2023-01-01")
    assert set(groups.current_kinds(store, person)) == set(codes.SPECIAL_GROUPS) - {"高龄"}


def test_high_age_is_one_setting_with_one_default(store):
    """The settings page, the roster, search and notices read the same threshold."""
    from desktop.core import village
    from desktop.core.roster import groups
    assert groups.high_age(store) == 80
    village.save_settings(store, name="测试村", high_age=75)
    assert groups.high_age(store) == 75
    assert groups.high_age_cutoff(store, date(2026, 3, 5)) == "1951-03-05"
    for bad in (59, 101, "八十"):
        with pytest.raises(ValidationError, match="高龄起始年龄"):
            village.save_settings(store, name="新名字", high_age=bad)
    assert groups.high_age(store) == 75 and village.site_info(store)["name"] == "测试村"
