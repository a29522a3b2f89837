"""身份证号 rules: every way a number arrives (clerk, Excel) and every reason it is refused."""
from __future__ import annotations

from datetime import date

import pytest
from stdnum.cn import ric

from db.errors import ValidationError
from desktop.core.roster import idcard, people

VALID = idcard.make("110101", date(1949, 10, 1), 123, True)        # a man born 1949-10-01


def test_valid_number_gives_birth_and_gender():
    info = idcard.parse(VALID)
    assert info.number == VALID and ric.is_valid(VALID)
    assert info.birth_date == date(1949, 10, 1) and info.gender == "男" and not info.upgraded


def test_fifteen_digits_are_upgraded_to_eighteen():
    info = idcard.parse("110101491001123")
    assert info.upgraded and len(info.number) == 18
    assert info.number.startswith("11010119491001123") and ric.is_valid(info.number)
    assert info.birth_date == date(1949, 10, 1) and info.gender == "男"


@pytest.mark.parametrize("messy", [
    "".join(chr(ord(c) + 0xFEE0) for c in VALID),     # full-width digits
    " " + VALID[:6] + " " + VALID[6:14] + " " + VALID[14:] + " ",   # spaces
    VALID[:6] + "-" + VALID[6:],                      # dashes
    "'" + VALID,                                      # Excel's text apostrophe
    VALID + "\u3000",                                 # ideographic space
])
def test_messy_input_is_cleaned(messy):
    assert idcard.parse(messy).number == VALID


def test_lower_case_x_is_accepted():
    body = "11010119800101002"
    number = body + ric.calc_check_digit(body + "0")
    if not number.endswith("X"):     # find a body whose check digit is X
        for serial in range(1000):
            body = f"11010119800101{serial:03d}"
            number = body + ric.calc_check_digit(body + "0")
            if number.endswith("X"):
                break
    assert number.endswith("X")
    assert idcard.parse(number.lower()).number == number


@pytest.mark.parametrize("raw", ["1.10101E+17", "1.10101e17", 1.10101194910011e17, 110101194910011234])
def test_excel_scientific_notation_says_the_number_is_lost(raw):
    with pytest.raises(ValidationError) as err:
        idcard.parse(raw)
    assert "科学计数法" in str(err.value) and "丢失" in str(err.value)


def test_bad_checksum_names_the_expected_digit():
    wrong = VALID[:17] + ("0" if VALID[17] != "0" else "1")
    with pytest.raises(ValidationError) as err:
        idcard.parse(wrong)
    assert "校验位" in str(err.value) and VALID[17] in str(err.value)


@pytest.mark.parametrize("raw, words", [
    ("", "为空"),
    ("12345", "18 位"),
    ("11010119491001123A", "非法字符"),
    ("1101011949100A1234", "非法字符"),
    ("11010A491001123", "只能由数字"),
])
def test_malformed_numbers(raw, words):
    with pytest.raises(ValidationError) as err:
        idcard.parse(raw)
    assert words in str(err.value)


def test_impossible_birth_date():
    body = "11010119490231123"    # 31 February
    with pytest.raises(ValidationError) as err:
        idcard.parse(body + ric.calc_check_digit(body + "0"))
    assert "出生日期" in str(err.value) and "不存在" in str(err.value)


def test_birth_date_in_the_future():
    year = date.today().year + 1
    body = f"110101{year}0101123"
    with pytest.raises(ValidationError) as err:
        idcard.parse(body + ric.calc_check_digit(body + "0"))
    assert "今天之后" in str(err.value)


def test_unknown_area_code_is_a_warning_not_a_refusal():
    number = idcard.make("999999", date(1980, 1, 1), 5, True)
    info = idcard.parse(number)
    assert info.warnings and "地区代码" in info.warnings[0]


def test_gender_must_agree():
    info = idcard.parse(VALID)
    with pytest.raises(ValidationError) as err:
        idcard.check_agreement(info, gender="女", birth_date=None)
    assert err.value.field == "gender" and "男" in str(err.value)


def test_birth_date_must_agree():
    info = idcard.parse(VALID)
    with pytest.raises(ValidationError) as err:
        idcard.check_agreement(info, gender="男", birth_date="1949-10-02")
    assert err.value.field == "birth_date"
    idcard.check_agreement(info, gender="男", birth_date="1949-10-01")


def test_mask_keeps_first_and_last_four():
    assert idcard.mask(VALID) == VALID[:4] + "*" * 10 + VALID[-4:]
    assert idcard.mask(None) == ""


# -------------------------------------------------------------- via the roster
def test_person_gets_gender_and_birth_from_the_number(store):
    hh = people.add_household(store, hh_no="001")
    pid = people.add_person(store, household_id=hh, name="王建国", id_number=VALID.lower())
    row = people.get_person(store, pid)
    assert row["gender"] == "男" and row["birth_date"] == "1949-10-01" and row["id_number"] == VALID


def test_same_number_cannot_be_on_two_living_people(store):
    hh = people.add_household(store, hh_no="001")
    people.add_person(store, household_id=hh, name="王建国", id_number=VALID)
    with pytest.raises(ValidationError) as err:
        people.add_person(store, household_id=hh, name="王建军", id_number=VALID)
    assert err.value.field == "id_number" and "王建国" in str(err.value)
    assert VALID not in str(err.value)      # the message masks the number


def test_disagreeing_gender_refused_on_add(store):
    with pytest.raises(ValidationError) as err:
        people.add_person(store, name="王芳", gender="女", id_number=VALID)
    assert err.value.field == "gender"
    assert store.scalar("SELECT COUNT(*) FROM person") == 0


@pytest.mark.parametrize("cell", [float("inf"), float("-inf"), float("nan"), -1.7976931348623155e308, 12.5])
def test_odd_number_cells_are_refused_not_crashed_or_cut(cell):
    """Found by the sheet fuzz campaign: a huge number cell raised OverflowError; 12.5 was cut to 12."""
    with pytest.raises(ValidationError) as err:
        idcard.parse(cell)
    assert "身份证号" in str(err.value) and "“12”" not in str(err.value)
