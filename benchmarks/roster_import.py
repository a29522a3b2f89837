"""Roster import speed from a 100,000-row .xlsx and .csv (issue 3, point 7).

Generates both files (realistic 花名册: ~3 people per household, 10 groups, valid ID
numbers, a 低保 column), then in separate child processes (so each peak memory is its
own) imports each into a fresh database through the real importer (read_table,
guess_mapping, run_import: validation, households, change log, one transaction), and
times raw SQLite executemany of the same cleaned rows into a bare table for comparison.

    .venv/bin/python benchmarks/roster_import.py [--rows 100000] [--dir /tmp/cunwu-import-bench]

Prints rows/s, seconds (read + import), the ratio importer : raw executemany, and the
peak resident memory (ru_maxrss) of each phase.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import random
import resource
import sqlite3
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from stdnum.cn import ric  # noqa: E402

HEADER = ["序号", "户号", "村民小组", "姓名", "与户主关系", "性别", "民族", "身份证号", "出生日期", "联系电话",
          "住址", "低保"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任"
GIVEN = list("伟强磊军勇杰涛明超刚平辉芳娜敏静丽艳娟霞英兰梅华玲婷怡涵昇喆堃珺淼国建志海永文子浩宇振德")
GROUPS = [f"{n}组" for n in "一二三四五六七八九十"]


def make_rows(n: int, seed: int = 3) -> list[list]:
    rng = random.Random(seed)
    rows: list[list] = []
    hh = 0
    serial = 0
    while len(rows) < n:
        hh += 1
        group = GROUPS[hh % len(GROUPS)]
        surname = rng.choice(SURNAMES)
        address = f"高家湾村{group}{rng.randint(1, 99)}号"
        members = [("户主", rng.random() < 0.85)] + [("配偶", None)] + \
            [(rng.choice(["子", "女"]), None) for _ in range(rng.choice([0, 1, 1, 2, 3]))]
        head_male = members[0][1]
        head_born = date(1940, 1, 1) + timedelta(days=rng.randint(0, 365 * 50))
        for rel, male in members:
            if len(rows) >= n:
                break
            if rel == "配偶":
                male = not head_male
                born = head_born + timedelta(days=rng.randint(-1200, 1200))
            elif rel == "户主":
                born = head_born
            else:
                male = rel == "子"
                born = head_born + timedelta(days=rng.randint(22 * 365, 36 * 365))
            serial += 1
            seq = (serial * 2 + (1 if male else 0)) % 1000
            body = f"610802{born:%Y%m%d}{seq:03d}"
            id_no = body + ric.calc_check_digit(body + "0")
            name = (surname if rel in ("户主", "子", "女") else rng.choice(SURNAMES)) + \
                "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2])))
            phone = f"139{rng.randint(10000000, 99999999)}" if rng.random() < 0.6 else ""
            rows.append([len(rows) + 1, f"{hh:05d}", group, name, rel, "男" if male else "女", "汉族", id_no,
                         born.isoformat(), phone, address, "是" if rel == "户主" and rng.random() < 0.05 else ""])
    return rows


def write_files(rows: list[list], folder: Path) -> tuple[Path, Path]:
    import openpyxl
    folder.mkdir(parents=True, exist_ok=True)
    xlsx, csv_path = folder / "花名册.xlsx", folder / "花名册.csv"
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("花名册")
    ws.append(["高家湾村花名册"])
    ws.append([])
    ws.append(HEADER)
    for r in rows:
        ws.append(r)
    wb.save(xlsx)
    with open(csv_path, "w", encoding="gbk", newline="") as fh:   # what Excel on Chinese Windows writes
        w = csv.writer(fh)
        w.writerow(HEADER)
        w.writerows(rows)
    return xlsx, csv_path


# ------------------------------------------------------------ child phases
def phase_import(source: str, db: str, batched: bool = True) -> dict:
    from desktop.core import open_store, village
    from desktop.core.roster import excel_import as X
    Path(db).unlink(missing_ok=True)
    store = open_store(db)
    village.init_site(store, name="测试村", division_code="610802103201", township="镇", groups=GROUPS)
    t0, c0 = time.perf_counter(), time.process_time()
    table = X.read_table(source)
    t1, c1 = time.perf_counter(), time.process_time()
    result = X.run_import(store, table, X.guess_mapping(table), batched=batched)
    t2, c2 = time.perf_counter(), time.process_time()
    people = store.scalar("SELECT COUNT(*) FROM person")
    store.close()
    return {"read_s": t1 - t0, "import_s": t2 - t1, "read_cpu": c1 - c0, "import_cpu": c2 - c1,
            "rows": len(table.rows) - table.data_start,
            "people": people, "errors": len(result.errors), "households": result.households_added,
            "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def phase_raw(source: str, db: str) -> dict:
    """The floor: the same rows, already read and cleaned, into a bare table with executemany."""
    from desktop.core.roster import excel_import as X
    table = X.read_table(source)
    rows = [tuple(None if v is None else str(v) for v in r[1:12]) for _, r in table.data_rows()]
    Path(db).unlink(missing_ok=True)
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE bare (hh_no TEXT, grp TEXT, name TEXT, relation TEXT, gender TEXT, "
                 "ethnicity TEXT, id_number TEXT, birth_date TEXT, phone TEXT, address TEXT, special TEXT)")
    t0, c0 = time.perf_counter(), time.process_time()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO bare VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    conn.execute("COMMIT")
    t1, c1 = time.perf_counter(), time.process_time()
    conn.close()
    return {"insert_s": t1 - t0, "insert_cpu": c1 - c0, "rows": len(rows),
            "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def phase_schema(source: str, db: str) -> dict:
    """Raw SQLite into the program's own schema: the same people, households and 低保 rows,
    cleaned and keyed beforehand, with executemany into household / person / person_group
    of a fresh village (all their indexes and triggers; no change log, no checks)."""
    import uuid
    from desktop.core import open_store, village
    from desktop.core.roster import codes, excel_import as X
    from desktop.core.roster.names import search_keys
    Path(db).unlink(missing_ok=True)
    store = open_store(db)
    village.init_site(store, name="测试村", division_code="610802103201", township="镇", groups=GROUPS)
    site = store.site_id
    group_ids = {g["name"]: g["id"] for g in village.groups(store)}
    table = X.read_table(source)
    ts = "2026-12-04T00:00:00.000+00:00"
    households: dict[str, dict] = {}
    persons, memberships, seen = [], [], set()
    for _, r in table.data_rows():
        _, hh_no, group, name, rel, gender, eth, id_no, born, phone, address, low = (str(v or "") for v in r[:12])
        if id_no in seen:
            continue                      # the importer's duplicate-ID error rows
        seen.add(id_no)
        pid = str(uuid.uuid4())
        hh = households.get(hh_no)
        if hh is None:
            hh = households[hh_no] = {"id": str(uuid.uuid4()), "site_id": site, "hh_no": hh_no, "address": address,
                                      "group_id": group_ids[group], "head_person_id": pid, "created_at": ts,
                                      "updated_at": ts}
        persons.append({"id": pid, "site_id": site, "household_id": hh["id"], "name": name, "gender": gender,
                        "ethnicity": codes.ethnicity_code(eth), "id_number": id_no, "birth_date": born,
                        "relation": rel, "phone": phone, **search_keys(name), "id_reversed": id_no[::-1],
                        "created_at": ts, "updated_at": ts})
        if low == "是":
            memberships.append({"id": str(uuid.uuid4()), "site_id": site, "person_id": pid, "kind": "低保",
                                "start_date": "2026-12-04", "created_at": ts, "updated_at": ts})
    conn = store.conn
    conn.execute(f"PRAGMA cache_size={X.IMPORT_CACHE_KIB}")     # the page cache the importer works with
    t0, c0 = time.perf_counter(), time.process_time()
    conn.execute("BEGIN")
    for name, rows in (("household", list(households.values())), ("person", persons),
                       ("person_group", memberships)):
        cols = list(rows[0])
        conn.executemany(f"INSERT INTO {name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                         [tuple(row[c] for c in cols) for row in rows])
    conn.execute("COMMIT")
    t1, c1 = time.perf_counter(), time.process_time()
    store.close()
    return {"insert_s": t1 - t0, "insert_cpu": c1 - c0, "rows": len(persons),
            "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def run_child(*args: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "_phase", *args], check=True, capture_output=True,
                         text=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--dir", default="/tmp/cunwu-import-bench")
    ap.add_argument("--reuse", action="store_true", help="keep the files generated by an earlier run")
    ap.add_argument("--careful", action="store_true",
                    help="also time the row-by-row path (run_import(batched=False)), for comparison")
    ap.add_argument("--formats", nargs="+", default=["xlsx", "csv"], choices=["xlsx", "csv"])
    args = ap.parse_args()
    folder = Path(args.dir)
    t0 = time.perf_counter()
    xlsx, csv_path = folder / "花名册.xlsx", folder / "花名册.csv"
    if not (args.reuse and xlsx.exists() and csv_path.exists()):
        xlsx, csv_path = write_files(make_rows(args.rows), folder)
    print(f"{args.rows} rows: {xlsx.name} {xlsx.stat().st_size / 1e6:.1f} MB, "
          f"{csv_path.name} {csv_path.stat().st_size / 1e6:.1f} MB (GBK), ready in {time.perf_counter() - t0:.1f} s")
    print(f"python {platform.python_version()}, sqlite {sqlite3.sqlite_version}, {platform.machine()}, "
          f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())} (wall time suffers on a busy machine; "
          "CPU time does not)")
    for label, src in (("xlsx", xlsx), ("csv", csv_path)):
        if label not in args.formats:
            continue
        imp = run_child("import", str(src), str(folder / f"import-{label}.sqlite"))
        raw = run_child("raw", str(src), str(folder / f"raw-{label}.sqlite"))
        same = run_child("schema", str(src), str(folder / f"schema-{label}.sqlite"))
        slow = run_child("careful", str(src), str(folder / f"careful-{label}.sqlite")) if args.careful else None
        rate = imp["rows"] / imp["import_s"]
        raw_rate = raw["rows"] / raw["insert_s"]
        cpu_rate = imp["rows"] / imp["import_cpu"]
        raw_cpu_rate = raw["rows"] / max(raw["insert_cpu"], 1e-6)
        print(f"\n[{label}] {imp['rows']} rows -> {imp['people']} people, {imp['households']} households, "
              f"{imp['errors']} error rows")
        print(f"  read_table          {imp['read_s']:7.2f} s  ({imp['rows'] / imp['read_s']:,.0f} rows/s); "
              f"CPU {imp['read_cpu']:.2f} s")
        print(f"  run_import          {imp['import_s']:7.2f} s  ({rate:,.0f} rows/s); "
              f"CPU {imp['import_cpu']:.2f} s ({cpu_rate:,.0f} rows/s)")
        print(f"  read + import       {imp['read_s'] + imp['import_s']:7.2f} s  "
              f"({imp['rows'] / (imp['read_s'] + imp['import_s']):,.0f} rows/s end to end)")
        print(f"  raw executemany     {raw['insert_s']:7.2f} s  ({raw_rate:,.0f} rows/s, bare table, same rows); "
              f"CPU {raw['insert_cpu']:.2f} s ({raw_cpu_rate:,.0f} rows/s)")
        same_rate = same["rows"] / same["insert_s"]
        print(f"  raw, same schema    {same['insert_s']:7.2f} s  ({same_rate:,.0f} rows/s: household, person "
              f"and 低保 rows into the program's tables, indexes and triggers); CPU {same['insert_cpu']:.2f} s")
        print(f"  import : raw        {rate / same_rate:7.0%} of raw into the same schema (wall), "
              f"{same['insert_cpu'] / imp['import_cpu']:.0%} (CPU); {rate / raw_rate:.1%} of raw into a bare table")
        print(f"  ratio raw : import  {raw_rate / rate:7.1f} x wall, {raw_cpu_rate / cpu_rate:.1f} x CPU")
        if slow:
            slow_rate = slow["rows"] / slow["import_s"]
            print(f"  row by row          {slow['import_s']:7.2f} s  ({slow_rate:,.0f} rows/s, "
                  f"{slow_rate / same_rate:.0%} of same-schema raw); CPU {slow['import_cpu']:.2f} s; "
                  f"peak {slow['maxrss_mb']:.0f} MB")
        print(f"  peak memory         import {imp['maxrss_mb']:.0f} MB, raw {raw['maxrss_mb']:.0f} MB (ru_maxrss)")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "_phase":
        kind, src, db = sys.argv[2:5]
        phase = {"import": phase_import, "raw": phase_raw, "schema": phase_schema,
                 "careful": lambda src, db: phase_import(src, db, batched=False)}[kind]
        print(json.dumps(phase(src, db)))
    else:
        main()
