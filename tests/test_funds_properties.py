"""Property-based: random sequences of entries, postings, reversals, deletions and closings
never break the balance invariant, never let a fund go below zero on any day, never leave
a gap in voucher numbers, and a refused step changes nothing."""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.errors import CunwuError
from desktop.core import open_store, village
from desktop.core.funds import accounts, check, config, decisions, ledger, periods

FUNDS = 2
op = st.one_of(
    st.tuples(st.just("add"), st.integers(0, FUNDS - 1), st.sampled_from(["income", "expense"]),
              st.integers(1, 300_000), st.integers(1, 12), st.integers(1, 28), st.booleans()),
    st.tuples(st.just("post"), st.integers(0, 50)),
    st.tuples(st.just("reverse"), st.integers(0, 50), st.integers(0, 3)),
    st.tuples(st.just("delete"), st.integers(0, 50)),
    st.tuples(st.just("close"), st.integers(1, 12)),
    st.tuples(st.just("pay_decision"), st.integers(0, FUNDS - 1), st.integers(1, 400_000), st.integers(1, 12)),
)


def _invariants(store, fund_ids, decision_id):
    # A decided matter is never paid beyond its amount, reversals included.
    assert decisions.spent_fen(store, decision_id) <= decisions.get_decision(store, decision_id)["amount_fen"]
    for f in fund_ids:
        fund = accounts.get_fund(store, f)
        rows = store.query("SELECT direction, amount_fen, entry_date FROM funds_entry "
                           "WHERE fund_id=? AND status='posted' ORDER BY entry_date", (f,))
        total = fund["opening_fen"] + sum(r[1] if r[0] == "income" else -r[1] for r in rows)
        assert accounts.balance(store, f) == total
        running = fund["opening_fen"]
        by_day: dict[str, int] = {}
        for r in rows:
            by_day[r[2]] = by_day.get(r[2], 0) + (r[1] if r[0] == "income" else -r[1])
        for day in sorted(by_day):
            running += by_day[day]
            assert running >= 0, (day, running)
    for result in check.check_ledger(store):
        assert result["ok"], result["detail"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=st.lists(op, min_size=1, max_size=30), openings=st.lists(st.integers(0, 200_000), min_size=FUNDS,
                                                                    max_size=FUNDS))
def test_random_ledger_sequences_keep_invariants(ops, openings):
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "p.sqlite")
        try:
            village.init_site(store, name="测试村", division_code="610802103201")
            config.set_threshold_fen(store, 100_000)
            decision_id = decisions.add_decision(store, "幸福院屋顶维修", 500_000)
            decisions.advance(store, decision_id, held_on="2025-01-01")
            decisions.advance(store, decision_id, held_on="2025-01-01")
            decisions.advance(store, decision_id, held_on="2025-01-01", members=9, present=9, in_favour=9)
            decisions.advance(store, decision_id, held_on="2025-01-01", members=9, present=9, in_favour=9)
            fund_ids = [accounts.add_fund(store, f"资金{i}", opening_fen=o, opening_date="2025-01-01")
                        for i, o in enumerate(openings)]
            for step in ops:
                before = store.scalar("SELECT COUNT(*) FROM change_log")
                entries = [r[0] for r in store.query("SELECT id FROM funds_entry ORDER BY created_at, rowid")]
                try:
                    if step[0] == "add":
                        _, f, direction, fen, month, day, post = step
                        ledger.add_entry(store, fund_ids[f], direction, fen, f"2025-{month:02d}-{day:02d}",
                                         "科目", "摘要", post=post)
                    elif step[0] == "pay_decision":
                        _, f, fen, month = step
                        ledger.add_entry(store, fund_ids[f], "expense", fen, f"2025-{month:02d}-15", "工程维修",
                                         "按决议支付", decision_id=decision_id, post=True)
                    elif step[0] == "close":
                        periods.close_period(store, f"2025-{step[1]:02d}", today_="2026-11-23")
                    elif entries:
                        target = entries[step[1] % len(entries)]
                        if step[0] == "post":
                            ledger.post_entry(store, target)
                        elif step[0] == "delete":
                            ledger.delete_draft(store, target)
                        else:
                            e = ledger.get_entry(store, target)
                            day = min(int(e["entry_date"][8:]) + step[2], 28)
                            ledger.reverse_entry(store, target, reason="更正",
                                                 entry_date=f"{e['entry_date'][:8]}{day:02d}")
                except CunwuError:
                    # A refusal writes nothing at all.
                    assert store.scalar("SELECT COUNT(*) FROM change_log") == before
                _invariants(store, fund_ids, decision_id)
        finally:
            store.close()
