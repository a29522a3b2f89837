"""Money on notices: integer fen in, yuan with two decimals and RMB capitals out."""
from __future__ import annotations

from desktop.core import money as _money


def _fen(fen: int) -> int:
    if not isinstance(fen, int):
        raise TypeError(f"money must be integer fen, got {type(fen).__name__}")
    return fen


def yuan(fen: int) -> str:
    """12345678 -> '123,456.78'; negative amounts keep their sign."""
    return _money.yuan(_fen(fen))


def capitals(fen: int) -> str:
    """RMB capitals as the ledger writes them: 1230000 -> 壹万贰仟叁佰元整, 10050 -> 壹佰元伍角整."""
    return _money.capitals(_fen(fen))
