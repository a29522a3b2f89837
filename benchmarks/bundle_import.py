"""A township importing a big village's first bundle, against raw SQLite into the same schema (issue 19).

Builds a demo village (roster, care, funds, red-white, ...; --households of them) and its
township, exports the village's whole history as one bundle (interleaved tables, households
updated to name their 户主, people updated by later events), then, each in a fresh child
process on a fresh copy of the township (so each peak memory is its own):

- import batched (the program's path: verify, decrypt, ownership check, per-table batches);
- import one change at a time (`import_bundle(batched=False)`), with --careful;
- raw: the rows the import left, read beforehand, `executemany` per table into the same
  schema (indexes, triggers, foreign keys; no change log, no checks), one transaction;
- bare: the same rows into tables with the same columns and nothing else.

    nice -n 10 .venv/bin/python benchmarks/bundle_import.py [--households 6000] [--dir /tmp/cunwu-bundle-bench]

Prints seconds (wall and CPU), changes/s, the ratio import : raw same schema (both wall and
CPU) and the bare-table figure, the load average, and peak memory (ru_maxrss) of each phase.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任"
GIVEN = "伟强磊军勇杰涛明超刚平辉芳娜敏静丽艳娟霞英兰梅华玲婷怡涵国建志海永文子浩宇振德"


def add_households(store, n: int, seed: int = 19) -> None:
    """More households the way the clerk enters them, one write at a time: the household, its
    户主 (which updates the household), the others, a 低保 now and then. ID numbers unique."""
    import random
    from datetime import date, timedelta
    from desktop.core import village
    from desktop.core.roster import groups, idcard, people
    rng = random.Random(seed)
    group_ids = [g["id"] for g in village.groups(store)]
    serial = 0
    for start in range(0, n, 500):
        with store.transaction():
            for h in range(start, min(n, start + 500)):
                hid = people.add_household(store, hh_no=f"B{h:06d}", address=f"新区{h % 80}号",
                                           group_id=group_ids[h % len(group_ids)])
                surname = rng.choice(SURNAMES)
                for rel in ["户主", "配偶", *rng.choice([[], ["子"], ["女"], ["子", "女"]])]:
                    serial += 1
                    male = rel in ("户主", "子") if rel != "配偶" else False
                    born = date(1940, 1, 1) + timedelta(days=serial // 400 % 20000)
                    name = (surname if rel != "配偶" else rng.choice(SURNAMES)) + "".join(
                        rng.choice(GIVEN) for _ in range(rng.choice([1, 2])))
                    pid = people.add_person(store, household_id=hid, name=name, relation=rel,
                                            gender="男" if male else "女",
                                            id_number=idcard.make("610802", born, serial % 400 * 2 + 1, male))
                    if rel == "户主" and rng.random() < 0.05:
                        groups.add_membership(store, pid, "低保")


def build(folder: Path, households: int, extra: int) -> dict:
    from tests.support.sites import demo_village_and_township
    from desktop.core.sync import exchange
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("village.sqlite", "township.sqlite"):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{folder / name}{suffix}").unlink(missing_ok=True)
    t0 = time.perf_counter()
    v, t = demo_village_and_township(folder / "village.sqlite", folder / "township.sqlite", seed=19,
                                     households=households)
    add_households(v, extra)
    built = time.perf_counter() - t0
    for old in folder.glob("*.cwbundle"):
        old.unlink()
    result = exchange.export_bundle(v, "牛家梁镇", folder / "bundle.cwbundle")
    tables = {}
    for r in v.query("SELECT table_name, op, COUNT(*) FROM change_log GROUP BY 1, 2"):
        tables.setdefault(r[0], {})[r[1]] = r[2]
    switches = v.scalar("SELECT COUNT(*) FROM change_log a JOIN change_log b ON b.seq = a.seq + 1 "
                        "WHERE a.table_name <> b.table_name")
    v.close()
    t.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    t.close()
    return {"changes": result["change_count"], "bytes": result["bytes"], "build_s": built, "tables": tables,
            "table_switches": switches}


def _fresh_township(folder: Path, name: str) -> Path:
    copy = folder / f"{name}.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    shutil.copy(folder / "township.sqlite", copy)
    return copy


def phase_import(folder: str, batched: str) -> dict:
    from desktop.core import open_store
    from desktop.core.sync import importing
    folder = Path(folder)
    store = open_store(_fresh_township(folder, f"import-{batched}"))
    t0, c0 = time.perf_counter(), time.process_time()
    summary = importing.import_bundle(store, folder / "bundle.cwbundle", batched=batched == "batched")
    t1, c1 = time.perf_counter(), time.process_time()
    rows = sum(summary["added"].values())
    store.close()
    return {"s": t1 - t0, "cpu": c1 - c0, "added": rows, "updated": sum(summary["updated"].values()),
            "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _rows_by_table(folder: Path) -> list[tuple[str, list[str], list[tuple]]]:
    """The village's rows as the batched import left them, tables in the order the bundle first names them."""
    conn = sqlite3.connect(folder / "import-batched.sqlite")
    village_site = conn.execute("SELECT origin_site_id FROM sync_origin LIMIT 1").fetchone()[0]
    order = [r[0] for r in conn.execute(
        "SELECT table_name FROM change_log WHERE site_id=? GROUP BY table_name ORDER BY MIN(site_seq)",
        (village_site,))]
    out = []
    for table in order:
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        if "site_id" not in cols:
            continue
        rows = conn.execute(f"SELECT * FROM {table} WHERE site_id=?", (village_site,)).fetchall()
        if rows:
            out.append((table, cols, rows))
    conn.close()
    return out


def phase_raw(folder: str, kind: str) -> dict:
    """The floor: the imported rows, already decided, with executemany in one transaction."""
    folder = Path(folder)
    data = _rows_by_table(folder)
    if kind == "schema":
        from desktop.core import open_store
        from desktop.core.sync.importing import IMPORT_CACHE_KIB
        store = open_store(_fresh_township(folder, "raw-schema"))
        conn = store.conn
        conn.execute(f"PRAGMA cache_size={IMPORT_CACHE_KIB}")     # the page cache the import works with
    else:
        path = folder / "raw-bare.sqlite"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        for table, cols, _ in data:
            conn.execute(f"CREATE TABLE {table} ({', '.join(cols)})")
    t0, c0 = time.perf_counter(), time.process_time()
    conn.execute("BEGIN")
    if kind == "schema":
        conn.execute("PRAGMA defer_foreign_keys=ON")     # as the import runs
    for table, cols, rows in data:
        conn.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", rows)
    conn.execute("COMMIT")
    t1, c1 = time.perf_counter(), time.process_time()
    conn.close()
    return {"s": t1 - t0, "cpu": c1 - c0, "rows": sum(len(r) for _, _, r in data),
            "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def run_child(*args: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "_phase", *args], check=True, capture_output=True,
                         text=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--households", type=int, default=1000, help="the demo village's (all areas)")
    ap.add_argument("--extra", type=int, default=20000, help="households added to its roster afterwards")
    ap.add_argument("--dir", default="/tmp/cunwu-bundle-bench")
    ap.add_argument("--reuse", action="store_true", help="keep the village, township and bundle of an earlier run")
    ap.add_argument("--careful", action="store_true", help="also time the one-change-at-a-time path")
    args = ap.parse_args()
    folder = Path(args.dir)
    info_file = folder / "bundle.json"
    if args.reuse and info_file.exists():
        info = json.loads(info_file.read_text())
    else:
        info = build(folder, args.households, args.extra)
        info_file.write_text(json.dumps(info))
    n = info["changes"]
    print(f"demo village, {args.households} + {args.extra} households: bundle of {n:,} changes ({info['bytes'] / 1e6:.1f} MB), "
          f"{len(info['tables'])} tables, table changes {info['table_switches']:,} times in bundle order; "
          f"built in {info['build_s']:.0f} s")
    print(f"python {platform.python_version()}, sqlite {sqlite3.sqlite_version}, {os.cpu_count()} CPUs, "
          f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    imp = run_child("import", str(folder), "batched")
    slow = run_child("import", str(folder), "careful") if args.careful else None
    same = run_child("raw", str(folder), "schema")
    bare = run_child("raw", str(folder), "bare")
    print(f"  import, batched        {imp['s']:7.2f} s  ({n / imp['s']:,.0f} changes/s); CPU {imp['cpu']:.2f} s; "
          f"{imp['added']:,} records added, {imp['updated']:,} updated; peak {imp['maxrss_mb']:.0f} MB")
    if slow:
        print(f"  import, one at a time  {slow['s']:7.2f} s  ({n / slow['s']:,.0f} changes/s); CPU {slow['cpu']:.2f} s; "
              f"{same['s'] / slow['s']:.2f}x raw same schema (wall), {same['cpu'] / slow['cpu']:.2f}x (CPU); "
              f"peak {slow['maxrss_mb']:.0f} MB")
    print(f"  raw, same schema       {same['s']:7.2f} s  ({same['rows']:,} rows, executemany per table); "
          f"CPU {same['cpu']:.2f} s")
    print(f"  raw, bare tables       {bare['s']:7.2f} s; CPU {bare['cpu']:.2f} s")
    print(f"  import : raw           {same['s'] / imp['s']:.2f}x raw same schema (wall), "
          f"{same['cpu'] / imp['cpu']:.2f}x (CPU); {bare['s'] / imp['s']:.3f}x raw bare tables (wall)")
    print(f"  load average now       {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "_phase":
        kind, folder, arg = sys.argv[2:5]
        print(json.dumps(phase_import(folder, arg) if kind == "import" else phase_raw(folder, arg)))
    else:
        main()
