"""Export and import of a 100,000-change bundle; bundle size against a copy of the database file.

Prints rows/s for export and import and, for scale, raw SQLite insert speed of the same
rows into the same table measured in the same run. Run: .venv/bin/python benchmarks/sync_bundle.py [N]
"""
from __future__ import annotations

import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.core import open_store, village  # noqa: E402
from desktop.core.sync import exchange, importing, keys, peers  # noqa: E402

N = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
BATCH = 5_000
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"


def rows(n: int) -> list[dict]:
    return [{"name": SURNAMES[i % 20] + "测试" + str(i), "gender": "男" if i % 2 else "女",
             "ethnicity": "01", "birth_date": f"19{50 + i % 50:02d}-0{1 + i % 9}-1{i % 10}",
             "relation": "户主", "phone": f"139{i:08d}", "name_pinyin": f"ceshi{i}", "name_initials": "cs"}
            for i in range(n)]


def register(store, other) -> None:
    card = peers.identity(other)
    peers.add_peer(store, name=card["name"], public_key=card["public_key"], role=card["role"],
                   division_code=card["division_code"], peer_site_id=card["site_id"])


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="cunwu-sync-bench-"))
    v = open_store(work / "village.sqlite")
    village.init_site(v, name="甲村", division_code="610802103001")
    t = open_store(work / "township.sqlite")
    village.init_site(t, name="牛家梁镇", division_code="610802103000", role="township")
    keys.ensure_keys(v), keys.ensure_keys(t)
    register(v, t), register(t, v)
    data = rows(N)
    start = time.perf_counter()
    for i in range(0, N, BATCH):
        v.insert_many("person", data[i:i + BATCH])
    store_insert = time.perf_counter() - start

    # Raw SQLite: the same rows into the same table (same indexes, same pragmas), one executemany.
    raw = open_store(work / "raw.sqlite")
    village.init_site(raw, name="对照", division_code="610802103009")
    prepared = [raw._prepare("person", r, "2026-01-01T00:00:00.000+00:00") for r in data]
    cols = list(prepared[0])
    start = time.perf_counter()
    raw.conn.execute("BEGIN")
    raw.conn.executemany(f"INSERT INTO person ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                         [tuple(r[c] for c in cols) for r in prepared])
    raw.conn.execute("COMMIT")
    raw_insert = time.perf_counter() - start
    raw.close()

    changes = v.scalar("SELECT COUNT(*) FROM change_log WHERE table_name='person'")
    start = time.perf_counter()
    result = exchange.export_bundle(v, "牛家梁镇", work / "usb")
    export_s = time.perf_counter() - start
    start = time.perf_counter()
    summary = importing.import_bundle(t, result["path"])
    import_s = time.perf_counter() - start
    assert summary["added"]["person"] == N

    v.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    v.close()
    copy = work / "copy.sqlite"
    shutil.copy(work / "village.sqlite", copy)
    db_bytes = copy.stat().st_size
    raw_rate = N / raw_insert
    print(f"changes in bundle:        {result['change_count']:,} ({changes:,} person inserts)")
    print(f"raw SQLite insert:        {raw_insert:6.2f} s  {raw_rate:10,.0f} rows/s  (executemany, one transaction)")
    print(f"Store.insert_many:        {store_insert:6.2f} s  {N / store_insert:10,.0f} rows/s  "
          f"({N / store_insert / raw_rate:.2f}x raw; with change_log)")
    print(f"export (build+seal+write): {export_s:5.2f} s  {result['change_count'] / export_s:10,.0f} rows/s  "
          f"({result['change_count'] / export_s / raw_rate:.2f}x raw insert speed)")
    print(f"import (verify+apply):    {import_s:6.2f} s  {result['change_count'] / import_s:10,.0f} rows/s  "
          f"({result['change_count'] / import_s / raw_rate:.2f}x raw insert speed)")
    print(f"bundle size:              {result['bytes'] / 1e6:6.2f} MB")
    print(f"database file copy:       {db_bytes / 1e6:6.2f} MB  (bundle is {result['bytes'] / db_bytes:.1%} of it)")
    print(f"peak memory (max RSS):    {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:6.0f} MB")
    t.close()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
