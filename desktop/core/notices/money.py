"""Money on notices: integer fen in, yuan with two decimals and RMB capitals out."""
from __future__ import annotations

import cn2an


def yuan(fen: int) -> str:
    """12345678 -> '123,456.78'; negative amounts keep their sign."""
    if not isinstance(fen, int):
        raise TypeError(f"money must be integer fen, got {type(fen).__name__}")
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    return f"{sign}{whole:,}.{cents:02d}"


def capitals(fen: int) -> str:
    """RMB capitals via cn2an: 1230000 -> 壹万贰仟叁佰元整."""
    if not isinstance(fen, int):
        raise TypeError(f"money must be integer fen, got {type(fen).__name__}")
    sign = "-" if fen < 0 else ""
    whole, cents = divmod(abs(fen), 100)
    text = cn2an.an2cn(f"{whole}.{cents:02d}", "rmb")
    return ("负" if sign else "") + text
