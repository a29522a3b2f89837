"""Typed yuan -> integer fen (分). Never floats; anything ambiguous is refused, not guessed.

Accepted: '12345', '12,345.67', '¥12345.6', '￥0.05', '38000元', '１２３.４' (full-width),
'3万', '1.5万元', '三万元', '壹万贰仟元', '两千五百元' and a sign where the caller allows it.
Refused with the reason: '1,2.3' (misplaced thousands comma), '0.001' (below a fen), '1e5',
'-0', '12.', '.5', '1.2345678万' (below a fen).
"""
from __future__ import annotations

import re

import cn2an

from db.errors import ValidationError
from desktop.core.inputs.text import fold_width

MAX_FEN = 10 ** 15          # ten trillion yuan: far above any village book, below float trouble

_FIGURE = re.compile(r"^(?P<int>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<dec>\d+))?$")
_CN_DIGITS = "零〇一二两三四五六七八九十百千万亿壹贰贰叁肆伍陆柒捌玖拾佰仟"
_CN_AMOUNT = re.compile(rf"^(?P<yuan>[{_CN_DIGITS}]+)元?(?:(?P<jiao>[{_CN_DIGITS}])角)?(?:(?P<fen>[{_CN_DIGITS}])分)?整?$")


def _normalise(raw: str) -> str:
    return re.sub(r"\s+", "", fold_width(raw))


def _refuse(label: str, field: str, raw: str, reason: str) -> ValidationError:
    return ValidationError(f"{label}“{raw}”格式不对：{reason}。", field=field)


def _chinese_fen(text: str) -> int | None:
    """'三万' / '壹万贰仟元' / '一百元五角' -> fen, or None when it is not Chinese numerals."""
    m = _CN_AMOUNT.match(text)
    if not m:
        return None

    def number(part: str) -> int:
        return int(cn2an.cn2an(part.replace("两", "二").replace("〇", "零"), "strict"))
    try:
        fen = number(m.group("yuan")) * 100
        for part, scale in (("jiao", 10), ("fen", 1)):
            if m.group(part):
                digit = number(m.group(part))
                if digit > 9:
                    return None
                fen += digit * scale
    except (ValueError, KeyError):
        return None
    return fen


def parse_money(text, *, field: str = "amount", label: str = "金额", allow_zero: bool = False,
                allow_negative: bool = False, blank_is_zero: bool = False) -> int:
    """Typed yuan -> fen. Raises ValidationError naming the field and the reason.

    Text only: an int would be ambiguous (yuan or fen?), so it is refused; API callers who
    already hold fen use check_fen. `blank_is_zero` reads an empty field as 0 (allowed)."""
    if isinstance(text, (bool, int, float)):
        raise ValidationError(f"{label}应按“元”输入文字，如 12345.67。", field=field)
    raw = "" if text is None else str(text).strip()
    s = _normalise(raw)
    if not s:
        if blank_is_zero:
            return 0
        raise ValidationError(f"{label}不能为空。", field=field)
    negative = False
    if s.startswith(("-", "+")):
        negative, s = s[0] == "-", s[1:]
    s = s.removeprefix("¥")
    if s.startswith(("-", "+")) and not negative:       # '¥-5' as well as '-¥5'
        negative, s = s[0] == "-", s[1:]
    if s.startswith("人民币"):
        s = s[3:]
    scale = 1
    if s.endswith("元"):
        s = s[:-1]
    if s.endswith("整"):
        s = s[:-1]
    fen = _chinese_fen(s) if s and not s[0].isdecimal() else None
    if fen is None:
        if s.endswith("万"):
            s, scale = s[:-1], 10_000
        m = _FIGURE.match(s)
        if not m:
            if re.search(r"[eE]", s):
                reason = "不能用科学计数法"
            elif "," in s:
                reason = "千位分隔逗号位置不对"
            else:
                reason = "请写成 12345.67 这样的数字"
            raise _refuse(label, field, raw, reason)
        digits, dec = m.group("int").replace(",", ""), m.group("dec") or ""
        # yuan * scale, exactly: the decimals may not go below a fen.
        places = len(dec)
        numerator = int(digits + dec) * scale * 100
        if numerator % (10 ** places) or (scale == 1 and places > 2):
            raise _refuse(label, field, raw, "最多两位小数（到分）")
        fen = numerator // (10 ** places)
    if negative:
        if fen == 0:
            raise _refuse(label, field, raw, "不能写 -0")
        if not allow_negative:
            raise ValidationError(f"{label}不能为负数（“{raw}”）。", field=field)
        fen = -fen
    if fen == 0 and not (allow_zero or blank_is_zero):
        raise ValidationError(f"{label}必须大于零。", field=field)
    if abs(fen) >= MAX_FEN:
        raise ValidationError(f"{label}“{raw}”太大，请检查。", field=field)
    return fen


def check_fen(value, *, field: str = "amount_fen", label: str = "金额", allow_zero: bool = False) -> int:
    """For API callers passing fen directly: an int, positive (or zero where allowed)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"{label}必须是整数分（收到 {value!r}）。", field=field)
    if value < 0 or (value == 0 and not allow_zero):
        raise ValidationError(f"{label}必须大于零（收到 {value} 分）。", field=field)
    if value >= MAX_FEN:
        raise ValidationError(f"{label}太大，请检查（{value} 分）。", field=field)
    return value
