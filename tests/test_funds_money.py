"""Money: strict parsing of typed yuan into fen, display, and RMB capitals."""
from __future__ import annotations

import pytest

from db.errors import ValidationError
from desktop.core.funds.money import capitals, check_fen, parse_amount, yuan


@pytest.mark.parametrize("text, fen", [
    ("12,345.67", 1_234_567), ("¥12345.6", 1_234_560), ("12345", 1_234_500), ("￥0.05", 5),
    (" 1,234,567.00 ", 123_456_700), ("１２３.４", 12_340), ("38000元", 3_800_000), ("0.01", 1),
])
def test_accepts_usual_forms(text, fen):
    assert parse_amount(text) == fen


@pytest.mark.parametrize("text, reason", [
    ("¥1,2.3", "逗号"), ("-0", "-0"), ("-0.00", "-0"), ("1e5", "科学计数法"), ("0.001", "两位小数"),
    ("", "不能为空"), ("   ", "不能为空"), ("-5", "负数"), ("12.", "格式不对"), (".5", "格式不对"),
    ("1,23", "逗号"), ("12,34,567", "逗号"), ("abc", "格式不对"), ("0", "大于零"), ("NaN", "格式不对"),
])
def test_refuses_malformed_with_reason(text, reason):
    with pytest.raises(ValidationError, match=reason) as err:
        parse_amount(text)
    assert err.value.field == "amount"


def test_zero_and_negative_only_where_allowed():
    assert parse_amount("0", allow_zero=True) == 0
    assert parse_amount("-12.50", allow_negative=True) == -1250
    with pytest.raises(ValidationError):
        parse_amount("-0", allow_negative=True, allow_zero=True)


def test_fen_must_be_int_not_float():
    assert check_fen(100) == 100
    for bad in (1.5, "100", True, -1, 0):
        with pytest.raises(ValidationError):
            check_fen(bad)


def test_yuan_display_two_decimals():
    assert yuan(1_234_567) == "12,345.67"
    assert yuan(5) == "0.05"
    assert yuan(-120_000) == "-1,200.00"
    assert yuan(1_000, grouping=False, symbol=True) == "¥10.00"


@pytest.mark.parametrize("fen, text", [
    (1_234_567, "壹万贰仟叁佰肆拾伍元陆角柒分"),
    (5, "伍分"),
    (1_000, "壹拾元整"),
    (10_000_010, "壹拾万元壹角整"),       # cn2an omits 整 after 角; the 会计基础工作规范 wants it
    (10_050, "壹佰元伍角整"),
    (10_005, "壹佰元零伍分"),
    (101_001, "壹仟零壹拾元零壹分"),
    (1_230_000, "壹万贰仟叁佰元整"),
    (3_800_000, "叁万捌仟元整"),
    (0, "零元整"),
    (10_001_000, "壹拾万零壹拾元整"),
    (-120_000, "负壹仟贰佰元整"),
])
def test_capitals_known_values(fen, text):
    assert capitals(fen) == text
