"""Fund ledger, 四议两公开 decisions, supervision and 财务公开.

Modules: money (fen, parsing, capitals), accounts (funds, budgets, balances), ledger
(entries, posting, reversals), periods (closing), decisions (四议两公开), supervision
(监委会 sign-off, villagers' queries), attachments, report (财务公开 data, PDF, XLSX),
check (the balance invariant for `cunwu check`), api (the stable API for other areas).
"""

TABLE_LABELS = {"funds_fund": "资金", "funds_budget": "资金预算", "funds_decision": "议事决策事项",
                "funds_decision_stage": "议事决策步骤", "funds_entry": "收支凭证",
                "funds_period_close": "月度结账", "funds_signoff": "监委会审核签字",
                "funds_query": "村民询问与答复", "funds_attachment": "凭证附件"}


def _hook_sync() -> None:
    """Readable names of this area's tables in bundle import summaries."""
    import importlib.util
    if importlib.util.find_spec("desktop.core.sync.exchange") is None:
        return                 # a build without the sync area: nothing to hook into
    from desktop.core.sync import exchange
    for table, label in TABLE_LABELS.items():
        exchange.register_table_label(table, label)


_hook_sync()
