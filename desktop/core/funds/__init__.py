"""Fund ledger, 四议两公开 decisions, supervision and 财务公开.

Modules: money (fen, parsing, capitals), accounts (funds, budgets, balances), ledger
(entries, posting, reversals), periods (closing), decisions (四议两公开), supervision
(监委会 sign-off, villagers' queries), attachments, report (财务公开 data, PDF, XLSX),
check (the balance invariant and closed periods for `cunwu check`), api (the stable API for
other areas), warnings (what the 监委会 should look at), matching (matched donations),
powers (小微权力清单), printouts (the power list and warning list as PDF).
"""

from desktop.core.funds.township import report_part
from desktop.core.sync.registry import register_sync

TABLE_LABELS = {"funds_fund": "资金", "funds_budget": "资金预算", "funds_decision": "议事决策事项",
                "funds_decision_stage": "议事决策步骤", "funds_entry": "收支凭证",
                "funds_period_close": "月度结账", "funds_signoff": "监委会审核签字",
                "funds_query": "村民询问与答复", "funds_attachment": "凭证附件",
                "funds_decision_event": "议事事项撤回与重新公开", "funds_match_due": "捐助应配套金额",
                "funds_power": "小微权力清单", "funds_power_use": "小微权力行使记录"}


register_sync(labels=TABLE_LABELS, report=("funds", "资金与财务公开", report_part))
