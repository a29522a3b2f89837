"""Time and size of a 2,000-person 花名册 PDF (collected from a SQLite village, then rendered).

Run: .venv/bin/python benchmarks/notices_roster.py [people]
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from notices_common import load_fonts, render_and_report

from desktop.core import open_store
from desktop.core.demo import create_demo
from desktop.core.notices import registry


def main(target: int = 2000) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "bench.sqlite")
        create_demo(store, seed=11, households=target * 300 // 950 + 20)   # ~3.3 people a household
        t_fonts = load_fonts()
        t = time.perf_counter()
        data = registry.collect(store, "roster", {})
        t_collect = time.perf_counter() - t
        store.close()
    available = len(data.rows)
    data.rows = data.rows[:target]
    print(f"花名册 people: {len(data.rows)} (of {available} on the demo register)")
    print(f"font registration (once per process): {t_fonts:.2f} s")
    print(f"collect from SQLite: {t_collect:.2f} s")
    render_and_report(data, len(data.rows), "rows")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
