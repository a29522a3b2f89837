"""The demo village's books: a year across six funds, decisions at every stage, all rules kept."""
from __future__ import annotations

from desktop.core.funds import check, decisions, periods, report, supervision
from desktop.core.funds.demo import DEMO_FUNDS


def test_demo_books_are_realistic_and_consistent(demo_store):
    s = demo_store
    sources = {r[0] for r in s.query("SELECT source FROM funds_fund")}
    assert sources == {"上级专项资金", "福彩公益金", "以奖代补", "社会捐助", "一事一议筹资", "村集体经营收入"}
    months = s.scalar("SELECT COUNT(DISTINCT substr(entry_date, 1, 7)) FROM funds_entry WHERE status='posted'")
    assert months >= 12
    assert s.scalar("SELECT COUNT(*) FROM funds_entry WHERE status='posted'") > 200
    assert s.scalar("SELECT COUNT(*) FROM funds_entry WHERE reverses_id IS NOT NULL") >= 1
    assert s.scalar("SELECT COUNT(*) FROM funds_entry WHERE status='draft'") >= 1
    by_title = {d["title"]: d for d in decisions.list_decisions(s)}
    roof = by_title["幸福院屋顶维修"]
    assert roof["amount_fen"] == 3_800_000 and roof["status"] == decisions.COMPLETED
    assert roof["spent_fen"] == 3_780_000
    assert {d["status"] for d in by_title.values()} >= {decisions.IN_PROGRESS, decisions.RESOLVED,
                                                        decisions.COMPLETED, decisions.ENDED}
    assert len(periods.closed_periods(s)) >= 10
    assert supervision.signoffs(s) and supervision.queries(s)[0]["answer"]
    (result,) = check.check_ledger(s)
    assert result["ok"], result["detail"]
    # Vouchers follow the calendar within a year, as in a real book (other areas' demos,
    # such as the red-white hall money, may post into the ledger before this one runs).
    marks = ",".join("?" * len(DEMO_FUNDS))
    rows = s.query(f"SELECT e.entry_date FROM funds_entry e JOIN funds_fund f ON f.id=e.fund_id "
                   f"WHERE e.status='posted' AND f.name IN ({marks}) ORDER BY e.voucher_year, e.voucher_seq",
                   DEMO_FUNDS)
    dates = [r[0] for r in rows]
    assert all(a[:4] != b[:4] or a <= b for a, b in zip(dates, dates[1:]))
    last_closed = sorted(p for p in periods.closed_periods(s) if len(p) == 7)[-1]
    rep = report.build_report(s, last_closed)
    assert rep["closed"] and rep["entries"] and rep["signoffs"]
