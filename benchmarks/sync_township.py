"""A township importing its 30 villages' bundles: the first full load, then a month's bundles.

Each village is a demo village (300 households) with its own name and code. After the first
exchange (and the township's acknowledgement), each village records a month's work
(20 new residents, 40 edits) and submits its monthly report; the township imports all 30
monthly bundles. Imports run as the clerk runs them: `cunwu sync import FOLDER` (the core's
`import_many`), with the safety backup the program makes before an import (once per batch);
for comparison the month is also imported as 30 single imports, each with its own backup.
Run: .venv/bin/python benchmarks/sync_township.py [villages] [households]
"""
from __future__ import annotations

import resource
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.core import open_store, village  # noqa: E402
from desktop.core.demo import create_demo  # noqa: E402
from desktop.core.sync import exchange, importing, keys, many_bundles, peers, reports, township  # noqa: E402

VILLAGES = int(sys.argv[1]) if len(sys.argv) > 1 else 30
HOUSEHOLDS = int(sys.argv[2]) if len(sys.argv) > 2 else 300
MONTH = date.today().strftime("%Y-%m")


def register(store, other) -> None:
    card = peers.identity(other)
    peers.add_peer(store, name=card["name"], public_key=card["public_key"], role=card["role"],
                   division_code=card["division_code"], peer_site_id=card["site_id"])


def import_all(t, folder) -> tuple[float, int, int]:
    """The whole folder as one batch, with the program's safety backup (made once)."""
    start = time.perf_counter()
    results = many_bundles.import_many(t, [folder], backup=True)
    secs = time.perf_counter() - start
    assert all(r["ok"] for r in results) and sum(1 for r in results if r["summary"].get("backup")) == 1
    return secs, sum(r["summary"]["change_count"] for r in results), sum(r["summary"]["bytes"] for r in results)


def import_one_by_one(t, folder) -> float:
    """Each bundle as its own import, each with its own safety backup (before batching)."""
    start = time.perf_counter()
    for path in many_bundles.bundle_files([folder]):
        assert importing.import_bundle(t, path, backup=True).get("backup")
    return time.perf_counter() - start


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="cunwu-township-bench-"))
    t = open_store(work / "township.sqlite")
    village.init_site(t, name="牛家梁镇", division_code="610802103000", role="township")
    keys.ensure_keys(t)
    start = time.perf_counter()
    villages = []
    for i in range(VILLAGES):
        v = open_store(work / f"v{i:02d}.sqlite")
        create_demo(v, seed=100 + i, households=HOUSEHOLDS, name=f"第{i + 1}村", division_code=f"610802103{i + 1:03d}")
        register(v, t), register(t, v)
        villages.append(v)
    print(f"made {VILLAGES} demo villages of {HOUSEHOLDS} households in {time.perf_counter() - start:.1f} s")

    stick = work / "usb"
    for v in villages:
        exchange.export_bundle(v, "牛家梁镇", stick / "first")
    secs, changes, size = import_all(t, stick / "first")
    print(f"first full bundles:  {VILLAGES} villages, {changes:,} changes, {size / 1e6:.1f} MB: "
          f"imported in {secs:.1f} s with one safety backup ({changes / secs:,.0f} changes/s, "
          f"{secs / VILLAGES:.2f} s per village)")
    for v in villages:   # acknowledgements go back
        importing.import_bundle(v, exchange.export_bundle(t, village.site_info(v)["name"], stick / "acks")["path"])

    for n, v in enumerate(villages):
        people = v.query("SELECT id FROM person WHERE site_id=? LIMIT 40", (v.site_id,))
        hh = v.scalar("SELECT id FROM household WHERE site_id=? LIMIT 1", (v.site_id,))
        with v.transaction():
            for k in range(20):
                v.insert("person", {"name": f"新{n}-{k}", "gender": "女", "household_id": hh, "relation": "女"})
            for k, p in enumerate(people):
                v.update("person", p[0], {"phone": f"1380000{n:02d}{k:02d}"})
        reports.submit(v, MONTH)
    for v in villages:
        exchange.export_bundle(v, "牛家梁镇", stick / "month")
    t.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")   # the copy must hold everything committed
    shutil.copy(t.path, work / "township-before-month.sqlite")
    secs, changes, size = import_all(t, stick / "month")
    print(f"monthly bundles:     {VILLAGES} villages, {changes:,} changes, {size / 1e3:.0f} kB: "
          f"imported in {secs:.2f} s with one safety backup ({secs / VILLAGES * 1000:.0f} ms per village); "
          f"township file {t.path.stat().st_size / 1e6:.0f} MB")
    again = open_store(work / "township-before-month.sqlite")
    secs_each = import_one_by_one(again, stick / "month")
    again.close()
    print(f"the same month as {VILLAGES} single imports, a safety backup each: {secs_each:.2f} s")
    start = time.perf_counter()
    summary = township.month_summary(t, MONTH)
    township.export_xlsx(t, work / "summary.xlsx", MONTH)
    print(f"township summary of {len(summary['villages'])} villages + .xlsx: {time.perf_counter() - start:.2f} s; "
          f"residents in total {summary['totals']['population.persons']:,}")
    print(f"peak memory (max RSS): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    for v in villages:
        v.close()
    t.close()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
