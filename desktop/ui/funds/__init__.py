"""The funds page's parts: tabs for funds, ledger, decisions, closing and supervision, disclosure."""
