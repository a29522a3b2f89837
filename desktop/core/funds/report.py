"""财务公开 data for a month or quarter (or year): the one source for JSON, XLSX, PDF and GUI.

Per fund: balance at the start, income and spending in the period, balance at the end;
income and spending by fund and category with the year's budget lines; every posted
entry of the period (reversals as their own rows); each decision's status; totals in
figures and capitals; the 监委会 sign-offs recorded for the period.
"""
from __future__ import annotations

from db import Store
from desktop.core.funds import accounts, decisions, matching, periods, supervision, warnings
from desktop.core.funds.common import Period
from desktop.core.money import capitals, yuan


def build_report(store: Store, period: str, *, fund_id: str | None = None) -> dict:
    """The sheet for `period`; with `fund_id`, only that fund (a 专项资金 disclosed on its own)."""
    p = Period(period)
    site = store.one("SELECT name, township, county FROM site LIMIT 1")
    budget_by_fund: dict[str, int] = {}
    budget_by_line: dict[tuple, int] = {}
    for b in store.query("SELECT fund_id, direction, category, amount_fen FROM funds_budget WHERE year=?", (p.year,)):
        budget_by_line[(b[0], b[1], b[2])] = b[3]
        if b[1] == "expense":
            budget_by_fund[b[0]] = budget_by_fund.get(b[0], 0) + b[3]

    before = {r[0]: r[1] for r in store.query(
        f"SELECT fund_id, SUM({accounts.SIGNED}) FROM funds_entry WHERE status='posted' AND entry_date < ? "
        "GROUP BY fund_id", (p.start,))}
    within = {}
    for r in store.query("SELECT fund_id, direction, SUM(amount_fen) FROM funds_entry WHERE status='posted' "
                         "AND entry_date BETWEEN ? AND ? GROUP BY fund_id, direction", (p.start, p.end)):
        within[(r[0], r[1])] = r[2]

    only = "" if fund_id is None else " AND e.fund_id = :fund"
    funds = []
    names = {}
    for f in store.query("SELECT * FROM funds_fund WHERE site_id=? AND opening_date <= ? ORDER BY created_at, name",
                         (store.site_id, p.end)):
        if fund_id is not None and f["id"] != fund_id:
            continue
        names[f["id"]] = f["name"]
        opening = f["opening_fen"] + before.get(f["id"], 0)
        income = within.get((f["id"], "income"), 0)
        expense = within.get((f["id"], "expense"), 0)
        if not f["active"] and not (opening or income or expense):
            continue
        funds.append({"fund_id": f["id"], "name": f["name"], "source": f["source"], "purpose": f["purpose"],
                      "opening_fen": opening, "income_fen": income, "expense_fen": expense,
                      "closing_fen": opening + income - expense, "budget_fen": budget_by_fund.get(f["id"])})

    categories = [
        {"fund": names.get(r[0], ""), "fund_id": r[0], "direction": r[1], "category": r[2], "amount_fen": r[3],
         "budget_fen": budget_by_line.get((r[0], r[1], r[2]))}
        for r in store.query("SELECT e.fund_id, e.direction, e.category, SUM(e.amount_fen) FROM funds_entry e "
                             "JOIN funds_fund f ON f.id=e.fund_id WHERE e.status='posted' "
                             f"AND e.entry_date BETWEEN :start AND :end{only} GROUP BY e.fund_id, e.direction, "
                             "e.category ORDER BY f.created_at, e.direction DESC, e.category",
                             {"start": p.start, "end": p.end, "fund": fund_id})]

    entries = [
        {"voucher_no": r["voucher_no"], "date": r["entry_date"], "fund": r["fund_name"], "direction": r["direction"],
         "category": r["category"], "counterparty": r["counterparty"], "summary": r["summary"],
         "amount_fen": r["amount_fen"], "decision": r["decision_title"] or ""}
        for r in store.query("SELECT e.*, f.name AS fund_name, d.title AS decision_title FROM funds_entry e "
                             "JOIN funds_fund f ON f.id=e.fund_id LEFT JOIN funds_decision d ON d.id=e.decision_id "
                             f"WHERE e.status='posted' AND e.entry_date BETWEEN :start AND :end{only} "
                             "ORDER BY e.entry_date, e.voucher_year, e.voucher_seq",
                             {"start": p.start, "end": p.end, "fund": fund_id})]

    decision_rows = []
    for d in decisions.list_decisions(store):
        if fund_id is not None and d["fund_id"] != fund_id:
            continue
        recs = [r for r in d["records"] if r["held_on"] <= p.end]
        if not recs:
            continue          # raised after the period
        finished = (d["status"] == decisions.COMPLETED or d["status"] in decisions.CLOSED) \
            and recs[-1]["held_on"] < p.start and len(recs) == len(d["records"])
        if finished:
            continue          # settled before the period: shown in earlier sheets
        last = recs[-1]
        status = d["status"] if len(recs) == len(d["records"]) else (
            decisions.RESOLVED if len(recs) > d["resolution_index"] else decisions.IN_PROGRESS)
        spent = store.scalar("SELECT COALESCE(SUM(amount_fen), 0) FROM funds_entry WHERE decision_id=? "
                             "AND direction='expense' AND status='posted' AND entry_date <= ?", (d["id"], p.end))
        decision_rows.append({"decision_id": d["id"], "title": d["title"], "amount_fen": d["amount_fen"],
                              "status": status, "stage": last["stage_name"], "stage_date": last["held_on"],
                              "stages_done": len(recs), "stages_total": len(d["stages"]), "spent_fen": spent})

    totals = {k: sum(f[k] for f in funds) for k in ("opening_fen", "income_fen", "expense_fen", "closing_fen")}
    for k in list(totals):
        totals[k.replace("_fen", "_capitals")] = capitals(totals[k])
        totals[k.replace("_fen", "_yuan")] = yuan(totals[k])
    drafts = store.scalar("SELECT COUNT(*) FROM funds_entry WHERE status='draft' AND entry_date BETWEEN ? AND ?",
                          (p.start, p.end))
    cov = supervision.coverage(store, p.text)
    match = [m for m in matching.status(store, until=p.end) if fund_id is None or m["fund_id"] == fund_id]
    return {
        "period": p.text, "label": p.label, "start": p.start, "end": p.end, "kind": p.kind,
        "village": site["name"] if site else "", "township": site["township"] if site else "",
        "closed": periods.months_closed(store, p.text), "drafts": drafts,
        "funds": funds, "categories": categories, "entries": entries, "decisions": decision_rows,
        "budget": [b for b in accounts.budget_vs_actual(store, p.year, until=p.end)
                   if fund_id is None or b["fund_id"] == fund_id],
        "fund_id": fund_id,
        "totals": totals, "signoffs": supervision.signoffs(store, p.text),
        "coverage": cov, "coverage_line": supervision.coverage_line(cov),
        "queries": [{k: q[k] for k in ("voucher_no", "asked_on", "question", "answer", "answered_on")}
                    for q in supervision.queries_in(store, p.start, p.end)
                    if fund_id is None or q["voucher_no"] in {e["voucher_no"] for e in entries}],
        "matching": match,
        "warnings": warnings.for_period(store, p.text),
    }
