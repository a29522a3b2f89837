"""Old names kept while other branches still import them; the rules live in the core.

Typed money: desktop.core.inputs.money (parse_money, check_fen). Shown money:
desktop.core.money (yuan, capitals). New code imports those directly.
"""
from __future__ import annotations

from desktop.core.inputs.money import MAX_FEN, check_fen  # noqa: F401
from desktop.core.inputs.money import parse_money as parse_amount  # noqa: F401
from desktop.core.money import capitals, yuan  # noqa: F401
