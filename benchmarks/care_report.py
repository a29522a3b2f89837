"""Monthly and yearly report time for a place with 200 enrolled elders over 5 years of
daily attendance (weekdays, 80% attendance). Prints figures; asserts nothing."""
from __future__ import annotations

import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from care_common import build, peak_mb

from desktop.core.care import report
from desktop.core.care.export_xlsx import export_monthly
from desktop.core.care.report_pdf import write_detail_pdf, write_monthly_pdf


def timed(fn, *args, repeat=5):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn(*args)
        times.append(time.perf_counter() - t)
    return result, statistics.median(times)


def main() -> None:
    tmp = Path(tempfile.mkdtemp())
    store, place_id, _, rows, build_s = build(tmp / "bench.sqlite", elders=200, first=date(2021, 1, 1),
                                              last=date(2025, 12, 31))
    print(f"built: 200 elders, {rows} attendance rows (2021-2025) in {build_s:.1f} s "
          f"({rows / build_s:,.0f} rows/s through the write path)")
    r, t = timed(report.monthly_report, store, place_id, "2025-06")
    print(f"monthly report 2025-06: {t * 1000:.1f} ms (median of 5); attendance {r['attendance']}, served {r['served']}")
    r, t = timed(report.monthly_report, store, place_id, "2021-01")
    print(f"monthly report 2021-01: {t * 1000:.1f} ms (median of 5)")
    y, t = timed(report.yearly_report, store, place_id, 2025, repeat=3)
    print(f"yearly report 2025 (12 months + year): {t * 1000:.1f} ms (median of 3); attendance {y['attendance']}")
    s, t = timed(report.monthly_summary, store, "2025-06")
    print(f"village monthly_summary: {t * 1000:.1f} ms")
    _, t = timed(export_monthly, r, tmp / "r.xlsx", repeat=3)
    print(f"monthly .xlsx export: {t * 1000:.1f} ms")
    _, t = timed(write_monthly_pdf, store, place_id, "2025-06", tmp / "r.pdf", repeat=3)
    print(f"monthly report PDF (notices form): {t * 1000:.1f} ms")
    _, t = timed(write_detail_pdf, store, place_id, "2025-06", tmp / "d.pdf", repeat=3)
    print(f"attendance detail PDF (200 people, {(tmp / 'd.pdf').stat().st_size // 1024} KiB): {t * 1000:.1f} ms")
    print(f"peak RSS: {peak_mb():.0f} MiB")
    store.close()


if __name__ == "__main__":
    main()
