"""The one input layer: each accepted and refused form of typed input, stated once.

Expected values are worked out by hand: fen = yuan x 100; 1.5万 = 15,000 yuan = 1,500,000 fen."""
from __future__ import annotations

from datetime import date

import pytest

from db.errors import NotFoundError, RefusedError, ValidationError
from desktop.core.inputs.dates import (day_label, month_bounds, parse_day, parse_month, parse_period,
                                       parse_quarter, period_bounds, period_label)
from desktop.core.inputs.money import check_fen, parse_money
from desktop.core.inputs.person import find_person
from desktop.core.inputs.text import parse_count, parse_name, parse_text
from desktop.core.money import capitals, yuan

# ------------------------------------------------------------------ money
MONEY_ACCEPTED = [
    ("12345", 1_234_500), ("12,345.67", 1_234_567), (" 1,234,567.00 ", 123_456_700), ("0.01", 1),
    ("¥12345.6", 1_234_560), ("￥0.05", 5), ("38000元", 3_800_000), ("¥300元", 30_000),
    ("１２３.４", 12_340), ("１２，３４５．６７", 1_234_567), ("12 345", 1_234_500),
    ("3万", 3_000_000), ("1.5万", 1_500_000), ("1.5万元", 1_500_000), ("1.234567万", 1_234_567),
    ("12,000万", 12_000_000_000),
    ("三万元", 3_000_000), ("三万", 3_000_000), ("壹万贰仟元", 1_200_000), ("壹万贰仟元整", 1_200_000),
    ("两千五百元", 250_000), ("一百元五角", 10_050), ("叁佰元伍角陆分", 30_056), ("人民币壹佰元整", 10_000),
]
MONEY_REFUSED = [
    ("1,2.3", "逗号"), ("1,23", "逗号"), ("12,34,567", "逗号"), ("0.001", "两位小数"),
    ("12345.670", "两位小数"), ("1.2345678万", "两位小数"), ("1e5", "科学计数法"), ("-0", "-0"),
    ("-0.00", "-0"), ("", "不能为空"), ("   ", "不能为空"), ("-5", "负数"), ("12.", "格式不对"),
    (".5", "格式不对"), ("abc", "格式不对"), ("NaN", "格式不对"), ("0", "大于零"), ("¥", "格式不对"),
    ("万", "格式不对"), ("三万abc", "格式不对"), ("1" + "0" * 13, "太大"), ("1²", "格式不对"), ("①", "格式不对"),
]


@pytest.mark.parametrize("text, fen", MONEY_ACCEPTED)
def test_money_accepted(text, fen):
    assert parse_money(text) == fen


@pytest.mark.parametrize("text, reason", MONEY_REFUSED)
def test_money_refused_naming_the_field(text, reason):
    with pytest.raises(ValidationError, match=reason) as err:
        parse_money(text, field="bride_price", label="彩礼")
    assert err.value.field == "bride_price" and "彩礼" in str(err.value)


def test_money_sign_zero_and_blank_only_where_allowed():
    assert parse_money("-12.50", allow_negative=True) == -1250
    assert parse_money("-¥5", allow_negative=True) == parse_money("¥-5", allow_negative=True) == -500
    assert parse_money("0", allow_zero=True) == 0
    assert parse_money("", blank_is_zero=True) == 0
    with pytest.raises(ValidationError, match="-0"):
        parse_money("-0", allow_negative=True, allow_zero=True)
    for number in (100, 1.5, True):          # yuan or fen? refused, never guessed
        with pytest.raises(ValidationError, match="按“元”输入"):
            parse_money(number)


def test_check_fen_takes_only_int_fen():
    assert check_fen(100) == 100
    for bad in (1.5, "100", True, -1, 0):
        with pytest.raises(ValidationError):
            check_fen(bad)


@pytest.mark.parametrize("fen, options, text", [
    (123_456_789, {}, "1,234,567.89"), (5, {}, "0.05"), (-120_000, {}, "-1,200.00"),
    (123_456_789, {"symbol": True}, "¥1,234,567.89"), (123_456_789, {"unit": True}, "1,234,567.89元"),
    (123_456_789, {"grouping": False}, "1234567.89"), (-500, {"symbol": True}, "-¥5.00"),
])
def test_one_money_formatter(fen, options, text):
    assert yuan(fen, **options) == text


def test_money_formatter_refuses_floats():
    with pytest.raises(TypeError):
        yuan(12.5)


def test_capitals():
    assert capitals(1_230_000) == "壹万贰仟叁佰元整"


# ------------------------------------------------------------------ days, months, quarters
DAYS_ACCEPTED = [
    ("2026-03-05", "2026-03-05"), ("2026/3/5", "2026-03-05"), ("2026.3.5", "2026-03-05"),
    ("2026年3月5日", "2026-03-05"), ("2026年03月05号", "2026-03-05"), ("20260305", "2026-03-05"),
    ("２０２６－０３－０５", "2026-03-05"), ("２０２６年３月５日", "2026-03-05"), (" 2026-3-5 ", "2026-03-05"),
    ("2026-03-05 09:30", "2026-03-05"), ("2026-03-05T09:30:00", "2026-03-05"), ("2024-02-29", "2024-02-29"),
    (date(2026, 3, 5), "2026-03-05"),
]
DAYS_REFUSED = [
    ("2026-02-30", "不是有效日期"), ("2025-02-29", "不是有效日期"), ("2026-13-01", "不是有效日期"),
    ("20261305", "不是有效日期"), ("2026-03-05abc", "不是有效日期"), ("3/5/2026", "不是有效日期"),
    ("2026-3", "不是有效日期"), ("明天", "不是有效日期"), ("", "不能为空"), ("1800-01-01", "超出合理范围"),
    ("2026-03-05 25:00", "不是有效日期"), ("2026-0²-05", "不是有效日期"),
]


@pytest.mark.parametrize("text, iso", DAYS_ACCEPTED)
def test_day_accepted(text, iso):
    assert parse_day(text) == iso


@pytest.mark.parametrize("text, reason", DAYS_REFUSED)
def test_day_refused_naming_the_field(text, reason):
    with pytest.raises(ValidationError, match=reason) as err:
        parse_day(text, field="start_date", label="开始日期")
    assert err.value.field == "start_date" and "开始日期" in str(err.value)


def test_day_optional_and_bounded():
    assert parse_day("", required=False) is None
    with pytest.raises(ValidationError, match="未来"):
        parse_day("2999-01-01".replace("2999", "2100"), latest=date.today())
    with pytest.raises(ValidationError, match="早于"):
        parse_day("2026-01-01", earliest="2026-02-01")


@pytest.mark.parametrize("text, month", [
    ("2026-03", "2026-03"), ("2026-3", "2026-03"), ("2026/3", "2026-03"), ("2026.03", "2026-03"),
    ("2026年3月", "2026-03"), ("2026年3月份", "2026-03"), ("202603", "2026-03"), ("２０２６年３月", "2026-03"),
])
def test_month_accepted(text, month):
    assert parse_month(text) == month


@pytest.mark.parametrize("text", ["2026-13", "2026-00", "2026", "03-2026", "2026-03-05", ""])
def test_month_refused(text):
    with pytest.raises(ValidationError, match="月份"):
        parse_month(text)


@pytest.mark.parametrize("text, quarter", [
    ("2026-Q1", "2026-Q1"), ("2026q4", "2026-Q4"), ("2026年第一季度", "2026-Q1"), ("2026年第3季度", "2026-Q3"),
    ("2026年二季度", "2026-Q2"),
])
def test_quarter_accepted(text, quarter):
    assert parse_quarter(text) == quarter
    assert parse_period(text) == quarter


@pytest.mark.parametrize("text", ["2026-Q5", "2026年第五季度", "Q1"])
def test_quarter_refused(text):
    with pytest.raises(ValidationError, match="季度"):
        parse_quarter(text)


@pytest.mark.parametrize("text, period, first, last, label", [
    ("2026", "2026", "2026-01-01", "2026-12-31", "2026年度"),
    ("2026年", "2026", "2026-01-01", "2026-12-31", "2026年度"),
    ("2026年2月", "2026-02", "2026-02-01", "2026-02-28", "2026年2月"),
    ("2024-02", "2024-02", "2024-02-01", "2024-02-29", "2024年2月"),
    ("2026年第四季度", "2026-Q4", "2026-10-01", "2026-12-31", "2026年第四季度"),
])
def test_period_bounds_and_label(text, period, first, last, label):
    assert parse_period(text) == period
    assert tuple(d.isoformat() for d in period_bounds(period)) == (first, last)
    assert period_label(period) == label


@pytest.mark.parametrize("text", ["2026-13", "26", "二〇二六", "2026-Q0", ""])
def test_period_refused(text):
    with pytest.raises(ValidationError, match="期间"):
        parse_period(text)


def test_month_bounds_and_the_one_date_formatter():
    assert month_bounds("2026-12") == (date(2026, 12, 1), date(2026, 12, 31))
    assert day_label("2026-03-05") == "2026-03-05"
    assert day_label("2026-03-05", style="cn") == "2026年3月5日"
    assert day_label(date(2026, 11, 20), style="cn") == "2026年11月20日"
    assert day_label(None) == ""


# ------------------------------------------------------------------ counts
@pytest.mark.parametrize("text, number", [("12", 12), ("０", 0), ("１２", 12), (" 7 ", 7), (3, 3)])
def test_count_accepted(text, number):
    assert parse_count(text, field="tables", label="桌数") == number


@pytest.mark.parametrize("text, reason", [
    ("-3", "负数"), ("²", "应为整数"), ("①", "应为整数"), ("1.5", "应为整数"), ("十", "应为整数"),
    ("", "不能为空"), (True, "应为整数"), (-1, "负数"),
])
def test_count_refused(text, reason):
    with pytest.raises(ValidationError, match=reason) as err:
        parse_count(text, field="tables", label="桌数")
    assert err.value.field == "tables" and "桌数" in str(err.value)


def test_count_bounds_and_blank():
    assert parse_count("", field="n", label="人数", blank=0) == 0
    with pytest.raises(ValidationError, match="最多是 100"):
        parse_count("101", field="n", label="人数", maximum=100)


# ------------------------------------------------------------------ names and text
@pytest.mark.parametrize("text, name", [
    ("  张三  ", "张三"), ("幸福  院\t一号", "幸福 院 一号"), ("阿卜杜•热合曼", "阿卜杜·热合曼"),
    ("阿卜杜‧热合曼", "阿卜杜·热合曼"), ("阿卜杜・热合曼", "阿卜杜·热合曼"), ("阿卜杜·热合曼", "阿卜杜·热合曼"),
    ("𠮷田", "𠮷田"),
])
def test_name_accepted(text, name):
    assert parse_name(text, label="姓名") == name


@pytest.mark.parametrize("text", [
    "张\u200b三", "张\u200c三", "张\u200d三", "\u200e张三", "张三\u200f", "\u202a张三", "\u202e三张",
    "\u2066张三\u2069", "\ufeff张三", "张\x00三", "张\x07三", "张\x85三", "张\x9f三", "张\u2060三",
])
def test_name_with_invisible_characters_refused(text):
    with pytest.raises(ValidationError, match="不可见的控制字符") as err:
        parse_name(text, field="host", label="办事人")
    assert err.value.field == "host" and "办事人" in str(err.value)


def test_name_required_and_length():
    with pytest.raises(ValidationError, match="不能为空"):
        parse_name("   ", label="场所名称")
    with pytest.raises(ValidationError, match="太长"):
        parse_name("长" * 41, label="姓名", max_len=40)
    assert parse_text("第一行\n第二行 ", field="note", label="备注") == "第一行\n第二行"
    with pytest.raises(ValidationError, match="控制字符"):
        parse_text("备注\u202e", field="note", label="备注")


# ------------------------------------------------------------------ finding a person
@pytest.fixture
def roster(store):
    from desktop.core.roster import idcard, people
    h1 = people.add_household(store, hh_no="0001")
    h2 = people.add_household(store, hh_no="0002")
    ids = {
        "wang1": people.add_person(store, household_id=h1, name="王芳", gender="女",
                                   id_number=idcard.make("610102", date(1960, 1, 2), 123, False)),
        "wang2": people.add_person(store, household_id=h2, name="王芳", gender="女",
                                   id_number=idcard.make("610102", date(1970, 5, 6), 456, False)),
        "li": people.add_person(store, household_id=h2, name="李四", gender="男",
                                id_number=idcard.make("610102", date(1950, 3, 4), 789, True)),
    }
    return store, ids


def test_person_by_id_number_name_tail_and_household(roster):
    store, ids = roster
    wang1 = store.get("person", ids["wang1"])
    assert find_person(store, ids["li"])["id"] == ids["li"]
    assert find_person(store, "李四")["id"] == ids["li"]
    assert find_person(store, wang1["id_number"])["id"] == ids["wang1"]
    assert find_person(store, wang1["id_number"][-6:])["id"] == ids["wang1"]
    assert find_person(store, "王芳 " + wang1["id_number"][-4:])["id"] == ids["wang1"]
    assert find_person(store, "王芳 0002")["id"] == ids["wang2"]
    assert find_person(store, "王芳", hh_no="0001")["id"] == ids["wang1"]


def test_namesakes_are_refused_with_the_candidates_listed(roster):
    store, ids = roster
    with pytest.raises(RefusedError, match="有 2 人叫“王芳”") as err:
        find_person(store, "王芳")
    assert ids["wang1"] in str(err.value) and ids["wang2"] in str(err.value)
    assert "户号 0001" in str(err.value) and "1960年生" in str(err.value)


def test_person_not_found_and_blank(roster):
    store, _ = roster
    with pytest.raises(NotFoundError, match="没有名叫“赵六”"):
        find_person(store, "赵六")
    with pytest.raises(NotFoundError, match="结尾"):
        find_person(store, "99999")
    with pytest.raises(ValidationError, match="请指定"):
        find_person(store, "  ")
    with pytest.raises(ValidationError, match="控制字符"):
        find_person(store, "王\u200b芳")


def test_areas_refuse_invisible_characters_in_names(store):
    """Two equal-looking 王芳 must not be two people; a bidi override must not reach paper."""
    from desktop.core.funds.common import required_text
    from desktop.core.roster import people
    hh = people.add_household(store, hh_no="0009")
    for name in ("王\u200b芳", "\u202e王芳", "王芳\ufeff"):
        with pytest.raises(ValidationError, match="不可见的控制字符"):
            people.add_person(store, household_id=hh, name=name)
    with pytest.raises(ValidationError, match="不可见的控制字符"):
        required_text("办公\u2066费", field="category", label="科目")
    assert store.scalar("SELECT COUNT(*) FROM person") == 0


def test_statuses_limit_names_but_a_full_id_number_still_finds_the_person(roster):
    """A dead namesake does not make a living host ambiguous; the dead person's own ID number
    still finds them, so the caller can say why they cannot act."""
    from desktop.core.roster import lifecycle
    store, ids = roster
    wang1 = store.get("person", ids["wang1"])
    lifecycle.record_death(store, ids["wang1"], on="2025-01-01")
    living = ("在册", "外出务工", "迁出")
    assert find_person(store, "王芳", statuses=living)["id"] == ids["wang2"]
    assert find_person(store, wang1["id_number"], statuses=living)["id"] == ids["wang1"]
    with pytest.raises(RefusedError, match="有 2 人叫"):
        find_person(store, "王芳")
