"""Time and size of a 2,000-person 花名册 PDF (collect from SQLite + render), and peak memory.

Run: .venv/bin/python benchmarks/notices_roster.py [people]
"""
from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.core import open_store  # noqa: E402
from desktop.core.demo import create_demo  # noqa: E402
from reportlab.lib import rl_accel  # noqa: E402

from desktop.core.notices import fonts, history, registry, templates  # noqa: E402


def main(target: int = 2000) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "bench.sqlite")
        households = target * 300 // 950 + 20        # the demo averages ~3.3 people per household
        create_demo(store, seed=11, households=households)
        ids = [r[0] for r in store.query(
            "SELECT p.id FROM person p JOIN household h ON h.id = p.household_id "
            "WHERE p.status IN ('在册','外出务工') ORDER BY h.hh_no")]
        t = time.perf_counter()
        fonts.register()
        t_fonts = time.perf_counter() - t
        t = time.perf_counter()
        data = registry.collect(store, "roster", {})
        data.rows = data.rows[:target]
        t_collect = time.perf_counter() - t
        runs = []
        for _ in range(3):
            t = time.perf_counter()
            pdf = templates.render(data)
            runs.append(time.perf_counter() - t)
        t_render = min(runs)
        store.close()
    accel = "C (rl-accel)" if type(rl_accel.fp_str).__name__ == "builtin_function_or_method" else "pure Python"
    print(f"reportlab speedups: {accel}")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"花名册 people: {len(data.rows)} (of {len(ids)} in the demo file)")
    print(f"font registration (once per process): {t_fonts:.2f} s")
    print(f"collect from SQLite: {t_collect:.2f} s")
    print(f"render PDF: {t_render:.2f} s  ({len(data.rows) / t_render:.0f} rows/s)")
    print(f"render runs: {', '.join(f'{r:.2f}' for r in runs)} s (first includes font loading)")
    print(f"pages: {history.page_count(pdf)}, size: {len(pdf) / 1024:.0f} KiB")
    print(f"peak RSS: {peak_mb:.0f} MiB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
