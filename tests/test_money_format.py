"""Money shown: yuan figures and RMB capitals (typed money is tested in test_inputs.py)."""
from __future__ import annotations

import pytest

from desktop.core.money import capitals, yuan


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
