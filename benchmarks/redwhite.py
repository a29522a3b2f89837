"""Red-white council figures: registering events, listing and judging them, the year's
statistics, the 公示 PDF and .xlsx export, and the demo's share of `cunwu demo`.

Run: .venv/bin/python benchmarks/redwhite.py [--events N]
Prints wall-clock times and peak memory (ru_maxrss); asserts nothing.
"""
from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.core import open_store  # noqa: E402
from desktop.core.demo import create_demo  # noqa: E402
from desktop.core.notices import registry  # noqa: E402
from desktop.core.redwhite import demo as rw_demo  # noqa: E402
from desktop.core.redwhite import event_queries, events, export, standards, stats  # noqa: E402


def timed(label: str, fn, *args, **kw):
    t0 = time.perf_counter()
    result = fn(*args, **kw)
    print(f"{label}: {time.perf_counter() - t0:.3f} s")
    return result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=5000)
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp())
    store = open_store(folder / "bench.sqlite")
    t0 = time.perf_counter()
    summary = create_demo(store, seed=1, households=300)
    print(f"cunwu demo (300 households, all areas): {time.perf_counter() - t0:.3f} s, "
          f"{summary.get('redwhite_events')} red-white events")
    # The red-white share of the demo alone, on a fresh copy of the roster.
    store2 = open_store(folder / "bench2.sqlite")
    from desktop.core import village
    from desktop.core.demo import DEMO_GROUPS, DEMO_VILLAGE
    from desktop.core.roster import demo as roster_demo
    village.init_site(store2, groups=DEMO_GROUPS, **DEMO_VILLAGE)
    roster_demo.populate(store2, random.Random(1), households=300)
    timed("redwhite demo.populate alone (one year, council, hall money)", rw_demo.populate, store2,
          random.Random(1))
    store2.close()

    hosts = [r[0] for r in store.query("SELECT id FROM person WHERE status='在册' AND birth_date < '1990-01-01'")]
    rng = random.Random(2)
    first = date(2015, 1, 1)
    standards.add_version(store, "2014-06-01", standards.EXAMPLE, title="bench")
    t0 = time.perf_counter()
    with store.transaction():
        for i in range(args.events):
            start = first + timedelta(days=rng.randint(0, 3600))
            kind = rng.choice(["婚事", "丧事", "寿宴", "满月", "其他"])
            event_id = events.add_event(store, kind=kind, host_person_id=rng.choice(hosts), start_date=start,
                                        report_date=start - timedelta(days=rng.randint(0, 12)),
                                        plan={"tables": rng.randint(3, 26), "cost_per_table_fen": 280_00})
            events.record_actual(store, event_id, {"tables": rng.randint(3, 26), "cost_per_table_fen": 280_00},
                                 recorded_date=start + timedelta(days=1))
    elapsed = time.perf_counter() - t0
    print(f"add_event + record_actual x {args.events}: {elapsed:.2f} s ({args.events / elapsed:.0f} events/s)")
    rows = timed(f"list_events, all {store.scalar('SELECT COUNT(*) FROM redwhite_event')} events judged",
                 event_queries.list_events, store)
    assert rows
    year = timed("year_stats for 2020", stats.year_stats, store, 2020)
    print(f"  2020: {year['total']['events']} events")
    data, pdf = timed("红白喜事公示 PDF for 2020", registry.render, store, "redwhite", {"period": "2020"})
    print(f"  {len(data.events)} events, {len(pdf) / 1024:.0f} KiB")
    timed("xlsx export for 2020", export.export_year, store, 2020, folder / "2020.xlsx")
    print(f"peak memory (ru_maxrss): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    store.close()


if __name__ == "__main__":
    main()
