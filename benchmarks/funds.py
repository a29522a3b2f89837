"""Funds figures: posting rate, 财务公开 report/PDF/XLSX time for a year of 5,000 entries,
the `cunwu check` ledger proof, and peak memory. Prints; asserts nothing.

    .venv/bin/python benchmarks/funds.py [--entries 5000]
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import machine, peak_rss_mib  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--entries", type=int, default=5000)
    args = ap.parse_args()
    from desktop.core import open_store, village
    from desktop.core.funds import accounts, check, config, ledger, notices, report, xlsx

    tmp = Path(tempfile.mkdtemp())
    store = open_store(tmp / "bench.sqlite")
    village.init_site(store, name="基准村", division_code="610802103201")
    config.set_threshold_fen(store, 10 ** 12)
    rng = random.Random(1)
    year = 2025
    funds = [accounts.add_fund(store, f"资金{i}", source=src, opening_fen=200_000_000, opening_date=f"{year}-01-01")
             for i, src in enumerate(accounts.SOURCES[:6])]
    for f in funds:
        for cat in ("办公费", "工程维修", "助餐服务"):
            accounts.set_budget(store, f, year, cat, 20_000_000)
    days = sorted(date(year, 1, 1) + timedelta(days=rng.randrange(365)) for _ in range(args.entries))
    t, c = time.perf_counter(), time.process_time()
    with store.transaction():
        for i, d in enumerate(days):
            direction = "income" if i % 4 == 0 else "expense"
            cat = rng.choice(("办公费", "工程维修", "助餐服务")) if direction == "expense" else "上级拨款"
            ledger.add_entry(store, rng.choice(funds), direction, rng.randint(100, 200_000), d.isoformat(), cat,
                             f"第 {i} 笔", counterparty="某单位", post=True)
    post_s, post_cpu = time.perf_counter() - t, time.process_time() - c
    print(f"machine: {machine()}")
    print(f"post {args.entries} entries (add+post, all rules): {post_s:.2f} s wall ({post_cpu:.2f} s CPU) = "
          f"{args.entries / post_s:.0f} entries/s")

    def timed(label, fn, repeat=3):
        # Wall clock and CPU time: the machine is shared, CPU time shows the work itself.
        best = cpu_best = None
        for _ in range(repeat):
            t, c = time.perf_counter(), time.process_time()
            out = fn()
            dt, dc = time.perf_counter() - t, time.process_time() - c
            best = dt if best is None else min(best, dt)
            cpu_best = dc if cpu_best is None else min(cpu_best, dc)
        print(f"{label}: {best * 1000:.0f} ms wall, {cpu_best * 1000:.0f} ms CPU (best of {repeat})")
        return out

    timed("report data, one month", lambda: report.build_report(store, f"{year}-06"))
    timed("report data, one quarter", lambda: report.build_report(store, f"{year}-Q2"))
    rep = timed("report data, whole year", lambda: report.build_report(store, f"{year}"))
    print(f"  year report: {len(rep['entries'])} entries, {len(rep['categories'])} category lines")
    timed("财务公开 PDF, one month (data + render)",
          lambda: notices.render_pdf(notices.collect_disclosure(store, period=f"{year}-06")), repeat=2)
    pdf = timed("财务公开 PDF, one quarter (data + render)",
                lambda: notices.render_pdf(notices.collect_disclosure(store, period=f"{year}-Q2")), repeat=2)
    print(f"  quarter PDF: {len(pdf) // 1024} KiB")
    pdf = timed("财务公开 PDF, whole year of entries (data + render)",
                lambda: notices.render_pdf(notices.collect_disclosure(store, period=f"{year}")), repeat=1)
    from pypdf import PdfReader
    import io
    print(f"  year PDF: {len(PdfReader(io.BytesIO(pdf)).pages)} pages, {len(pdf) // 1024} KiB")
    timed("XLSX, whole year", lambda: xlsx.write_xlsx(rep, tmp / "year.xlsx"), repeat=1)
    timed("ledger check (cunwu check part)", lambda: check.check_ledger(store))
    timed("fund list with balances", lambda: accounts.list_funds(store))
    timed("ledger list, whole year", lambda: ledger.list_entries(store, start=f"{year}-01-01", end=f"{year}-12-31"))
    print(f"database: {(tmp / 'bench.sqlite').stat().st_size // 1024} KiB")
    print(f"peak RSS: {peak_rss_mib():.0f} MiB")
    store.close()


if __name__ == "__main__":
    main()
