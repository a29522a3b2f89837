"""Money for the council's forms: integer fen in, yuan text out (never floats)."""
from __future__ import annotations

import re

from db.errors import ValidationError

_YUAN = re.compile(r"^(\d{1,12})(?:\.(\d{1,2}))?$")


def parse_yuan(text, *, field: str, label: str) -> int:
    """'300' / '300.5' / '¥1,200.00' -> fen. Refuses negatives, exponents and a third decimal."""
    if isinstance(text, int) and not isinstance(text, bool):
        raw = str(text)
    else:
        raw = str(text or "").strip().replace("¥", "").replace("￥", "").replace("元", "")
    raw = raw.replace(",", "").replace("，", "").strip()
    if raw.startswith("-"):
        raise ValidationError(f"{label}不能是负数（现在是“{text}”）。", field=field)
    m = _YUAN.match(raw)
    if not m:
        raise ValidationError(f"{label}“{text}”不是有效金额（应为元，最多两位小数，如 300 或 300.50）。",
                              field=field)
    return int(m.group(1)) * 100 + int((m.group(2) or "0").ljust(2, "0"))


def _parts(fen: int) -> tuple[str, int, int]:
    sign = "-" if fen < 0 else ""
    fen = abs(int(fen))
    return sign, fen // 100, fen % 100


def yuan(fen: int | None) -> str:
    """12345 -> '¥123.45'; thousands separated."""
    if fen is None:
        return "—"
    sign, whole, cents = _parts(fen)
    return f"{sign}¥{whole:,}.{cents:02d}"


def yuan_plain(fen: int | None) -> str:
    """12345 -> '123.45' (for tables where the column says 元)."""
    if fen is None:
        return ""
    sign, whole, cents = _parts(fen)
    return f"{sign}{whole}.{cents:02d}"
