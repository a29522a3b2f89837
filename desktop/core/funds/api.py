"""The stable funds API other areas call (e.g. the red-white council's hall money).

Signatures here are a contract: keep them. Amounts are integer fen; dates 'YYYY-MM-DD'.
Every function raises a CunwuError subclass with a Chinese message on refusal and
writes nothing in that case.
"""
from __future__ import annotations

from db import Store
from desktop.core.funds import accounts, ledger


def ensure_fund(store: Store, name: str, source: str, purpose: str) -> str:
    """The id of the fund called `name`, created (opening balance 0) if missing."""
    with store.transaction():
        existing = accounts.fund_by_name(store, name)
        if existing:
            return existing["id"]
        return accounts.add_fund(store, name, source=source, purpose=purpose)


def add_entry(store: Store, fund_id: str, direction: str, amount_fen: int, entry_date: str, category: str,
              summary: str, counterparty: str = "", decision_id: str | None = None, post: bool = False, *,
              power_id: str | None = None, confirm_future: bool = False) -> str:
    """A receipt ('income') or payment ('expense'); a draft unless `post`. Returns the entry id.
    A date after today is refused unless `confirm_future` (the 监委会 sees it as a warning)."""
    return ledger.add_entry(store, fund_id, direction, amount_fen, entry_date, category, summary,
                            counterparty=counterparty, decision_id=decision_id, post=post, power_id=power_id,
                            confirm_future=confirm_future)


def post_entry(store: Store, entry_id: str) -> str:
    """Post a draft; returns its voucher number (e.g. '2026-0007')."""
    return ledger.post_entry(store, entry_id)


def fund_balance(store: Store, fund_id: str) -> int:
    """Opening balance plus every posted entry, in fen."""
    return accounts.balance(store, fund_id)
