"""How money is shown: integer fen in, yuan text and RMB capitals out (never floats).

The one formatter for screens, CLI output, exports and PDFs. Typed money is read by
desktop.core.inputs.money.parse_money."""
from __future__ import annotations

from decimal import Decimal

import cn2an


def yuan(fen: int, *, grouping: bool = True, symbol: bool = False, unit: bool = False) -> str:
    """12345067 -> '123,450.67' (always two decimals, thousands grouped).

    symbol=True -> '¥123,450.67' (tables of figures, sentences on notices);
    unit=True -> '123,450.67元' (a sum written into running text);
    grouping=False -> '123450.67' (a value to edit or to put in a number cell)."""
    if isinstance(fen, bool) or not isinstance(fen, int):
        raise TypeError(f"money must be integer fen, got {type(fen).__name__}")
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    body = f"{whole:,}" if grouping else str(whole)
    return f"{sign}{'¥' if symbol else ''}{body}.{cents:02d}{'元' if unit else ''}"


def yuan_number(fen: int | None) -> Decimal | None:
    """Yuan as an exact number for a spreadsheet cell (shown with the cell's #,##0.00 format)."""
    return None if fen is None else Decimal(int(fen)) / 100


def capitals(fen: int) -> str:
    """RMB capitals in the form the 会计基础工作规范 asks for (壹万贰仟叁佰元整).

    cn2an gives the body; it omits 整 after 角 (¥100.50 -> 壹佰元伍角), which the rules
    require when the amount stops at 元 or 角, so we add it. Negative amounts get 负.
    """
    fen = int(fen)
    sign = "负" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    text = cn2an.an2cn(f"{whole}.{cents:02d}", "rmb")
    if cents % 10 == 0 and cents and not text.endswith("整"):
        text += "整"
    return sign + text
