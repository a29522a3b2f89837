"""身份证号: clean what Excel and clerks type, upgrade 15 to 18 digits, validate with stdnum.

Messages are for the clerk and say what is wrong in plain Chinese.
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from datetime import date

from stdnum.cn import ric
from stdnum import numdb

from db.errors import ValidationError

_SCIENTIFIC = re.compile(r"^\d(\.\d+)?E\+?\d+$", re.IGNORECASE)
_SEPARATORS = re.compile(r"[\s\-_'‘’`\u00a0\u3000]")


@dataclass(frozen=True)
class IdInfo:
    number: str          # normalised 18 characters
    birth_date: date
    gender: str          # 男 / 女
    upgraded: bool       # came in as a 15-digit number
    warnings: tuple[str, ...] = ()


def clean(raw: object) -> str:
    """Full-width to half-width, drop spaces/dashes/quotes, upper-case X. No validation."""
    if raw is None:
        return ""
    if isinstance(raw, float):
        # A number cell: Excel already rounded it to 15 significant digits.
        return _float_text(raw)
    if isinstance(raw, int):
        return str(raw)
    text = str(raw)
    if text.isascii() and text.isalnum():
        return text.upper()         # most cells: nothing to normalise or drop
    text = unicodedata.normalize("NFKC", text)
    text = _SEPARATORS.sub("", text).upper()
    if text.endswith(".0") and text[:-2].isdecimal():
        text = text[:-2]
    return text


def _float_text(value: float) -> str:
    if not math.isfinite(value) or abs(value) >= 1e15:
        return f"{value:.5E}"     # keep it recognisably scientific so parse() can refuse it
    if not value.is_integer():
        return str(value)         # 12.5 is no ID number: say so rather than cut it to 12
    return str(int(value))


def parse(raw: object, *, field: str = "id_number") -> IdInfo:
    """Validate and normalise; raises ValidationError with a reason the clerk understands."""
    text = clean(raw)
    if not text:
        raise ValidationError("身份证号为空。", field=field)
    # A number cell holds at most 15 significant digits: a longer number is already damaged.
    if ("E" in text and _SCIENTIFIC.match(text)) or (isinstance(raw, (int, float)) and not isinstance(raw, bool)
                                   and raw >= 1e15):
        raise ValidationError(
            f"身份证号“{raw}”已被 Excel 转成科学计数法，后几位数字已经丢失，无法恢复；"
            "请在原表中把该列设为“文本”格式后重新录入。", field=field)
    upgraded = False
    if len(text) == 15:
        if not text.isdecimal():
            raise ValidationError(f"15 位身份证号“{text}”只能由数字组成。", field=field)
        text = upgrade15(text)
        upgraded = True
    if len(text) != 18:
        raise ValidationError(f"身份证号“{text}”有 {len(text)} 位，应为 18 位（或旧的 15 位）。",
                              field=field)
    if not text[:17].isdecimal() or not (text[17].isdecimal() or text[17] == "X"):
        raise ValidationError(f"身份证号“{text}”含有非法字符：前 17 位须为数字，最后一位为数字或 X。",
                              field=field)
    expect = ric.calc_check_digit(text)
    if text[17] != expect:
        raise ValidationError(
            f"身份证号“{text}”校验位不对（最后一位应为 {expect}），可能有数字录错。", field=field)
    try:
        born = date(int(text[6:10]), int(text[10:12]), int(text[12:14]))    # as ric.get_birth_date reads it
    except ValueError:
        raise ValidationError(f"身份证号“{text}”中的出生日期 {text[6:14]} 不存在。", field=field) from None
    warnings = []
    if not _area_known(text[:6]):
        # Real cards carry codes of counties renamed or created later; the checksum
        # passed, so keep the number and let the clerk see the note.
        warnings.append(f"身份证号前 6 位地区代码 {text[:6]} 不在行政区划表中，请核对。")
    if in_future(born):
        raise ValidationError(f"身份证号“{text}”中的出生日期 {born} 在今天之后。", field=field)
    gender = "男" if int(text[16]) % 2 == 1 else "女"
    return IdInfo(text, born, gender, upgraded, tuple(warnings))


_seen_today = date.min      # the latest date.today() asked so far


def in_future(day: date) -> bool:
    """day > date.today(), asking the clock only for a day after the latest today seen (the
    clock costs more than the rest of an ID number's checks; a county sheet asks 300,000 times)."""
    global _seen_today
    if day <= _seen_today:
        return False
    _seen_today = date.today()
    return day > _seen_today


def upgrade15(text: str) -> str:
    """Old 15-digit numbers: insert the century (19) and append the check digit."""
    body = text[:6] + "19" + text[6:]
    return body + ric.calc_check_digit(body + "0")


def check_agreement(info: IdInfo, *, gender: str | None, birth_date: str | date | None) -> None:
    """The ID number must agree with the gender and birth date entered beside it."""
    if gender and gender != info.gender:
        raise ValidationError(
            f"身份证号显示性别为{info.gender}（第 17 位 {info.number[16]}），但填写的是{gender}。",
            field="gender")
    if birth_date:
        entered = birth_date if isinstance(birth_date, date) else _parse_date(str(birth_date))
        if entered is not None and entered != info.birth_date:
            raise ValidationError(
                f"身份证号中的出生日期是 {info.birth_date}，但填写的是 {entered}。", field="birth_date")


def mask(number: str | None) -> str:
    """Public notices: 6101**********1234 (first 4 and last 4 kept)."""
    if not number:
        return ""
    if len(number) <= 8:
        return "*" * len(number)
    return number[:4] + "*" * (len(number) - 8) + number[-4:]


def _parse_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def make(area: str, born: date, serial: int, male: bool) -> str:
    """Build a valid number (for demo data and tests): area code, birth date, serial."""
    seq = serial % 1000
    if (seq % 2 == 1) != male:
        seq = (seq + 1) % 1000
    if seq == 0:
        seq = 2 if not male else 1
    body = f"{area}{born:%Y%m%d}{seq:03d}"
    return body + ric.calc_check_digit(body + "0")


@lru_cache(maxsize=4096)
def _area_known(code: str) -> bool:
    return any(props for _part, props in numdb.get("cn/loc").info(code)[1:])
