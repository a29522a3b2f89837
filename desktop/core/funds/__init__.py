"""Fund ledger, 四议两公开 decisions, supervision and 财务公开.

Modules: money (fen, parsing, capitals), accounts (funds, budgets, balances), ledger
(entries, posting, reversals), periods (closing), decisions (四议两公开), supervision
(监委会 sign-off, villagers' queries), attachments, report (财务公开 data, PDF, XLSX),
check (the balance invariant for `cunwu check`), api (the stable API for other areas).
"""
