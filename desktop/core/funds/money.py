"""Money as integer 分 (fen): strict parsing of typed yuan, display, RMB capitals.

A clerk types yuan ("12,345.67", "¥12345.6", "12345"); we store fen and never floats.
Anything ambiguous is refused rather than guessed: "¥1,2.3" (misplaced thousands
separator), "-0", "1e5", "0.001" (fractions of a fen).
"""
from __future__ import annotations

import re

from db.errors import ValidationError
from desktop.core.money import capitals, yuan  # noqa: F401  (one formatting for ledger and notices)

# Optional ¥/￥, digits either plain or grouped by threes with commas, up to two decimals.
_AMOUNT = re.compile(r"^(?P<sign>-)?[¥￥]?(?P<int>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<dec>\d{1,2}))?$")
_FULLWIDTH = str.maketrans("０１２３４５６７８９，．－", "0123456789,.-")
MAX_FEN = 10 ** 15          # ten trillion yuan: far above any village book, below float trouble


def parse_amount(text: str | int | None, *, field: str = "amount", label: str = "金额",
                 allow_zero: bool = False, allow_negative: bool = False) -> int:
    """Typed yuan -> fen. Raises ValidationError naming the field and the reason."""
    if isinstance(text, bool):
        raise ValidationError(f"{label}格式不对。", field=field)
    if isinstance(text, int):
        raise ValidationError(f"{label}应按“元”输入文字，如 12345.67。", field=field)
    raw = "" if text is None else str(text)
    s = raw.strip().translate(_FULLWIDTH).replace(" ", "")
    if s.endswith("元"):
        s = s[:-1]
    if not s:
        raise ValidationError(f"{label}不能为空。", field=field)
    m = _AMOUNT.match(s)
    if not m:
        if re.search(r"\.\d{3,}$", s):
            reason = "最多两位小数（到分）"
        elif re.search(r"[eE]", s):
            reason = "不能用科学计数法"
        elif "," in s:
            reason = "千位分隔逗号位置不对"
        else:
            reason = "请写成 12345.67 这样的数字"
        raise ValidationError(f"{label}“{raw.strip()}”格式不对：{reason}。", field=field)
    digits = m.group("int").replace(",", "")
    dec = (m.group("dec") or "").ljust(2, "0")
    fen = int(digits) * 100 + int(dec)
    if m.group("sign"):
        if fen == 0:
            raise ValidationError(f"{label}“{raw.strip()}”格式不对：不能写 -0。", field=field)
        if not allow_negative:
            raise ValidationError(f"{label}不能为负数（“{raw.strip()}”）。", field=field)
        fen = -fen
    if fen == 0 and not allow_zero:
        raise ValidationError(f"{label}必须大于零。", field=field)
    if abs(fen) >= MAX_FEN:
        raise ValidationError(f"{label}“{raw.strip()}”太大，请检查。", field=field)
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

