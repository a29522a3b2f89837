"""Roster search latency at 100,000 and 1,000,000 people (issue 3, point 7).

Builds each database once (bulk insert through Store.insert_many with precomputed
search keys, so the rows are what the write path would store, change log included),
then times what the GUI does on every keystroke: `search.first_page`, a page of 50 and, when
the page is full, `count_upto` (the count up to 1,000: "1,000+"; over at most 2,000 rows where
each needs its person row: "96+"), the next page while scrolling far down a long result
(after the last row shown, as the GUI's table does), and separately the exact `count` the GUI then runs on
a worker thread (cached per roster version; timed here with the cache cleared).
A file that exists is reused (--rebuild to start over); if it was built by an older
version, its pending migrations are applied first and timed (what a clerk's first open
after an update costs, without the pre-migration backup copy).

    .venv/bin/python benchmarks/roster_search.py [--sizes 100000 1000000] [--dir /tmp/cunwu-bench]

Prints p50/p95 wall and CPU time per query kind and overall (CPU: what the machine's other
jobs do not inflate), the load average, build time, file size and peak memory.
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import time
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from stdnum.cn import ric  # noqa: E402

from db import migrate  # noqa: E402
from db.opening import connect  # noqa: E402
from desktop.core import open_store, village  # noqa: E402
from desktop.core.roster import search  # noqa: E402
from desktop.core.roster.names import search_keys  # noqa: E402

# Surnames roughly by frequency (王 李 张 ... each about 7%), plus polyphonic ones.
SURNAMES = ("王" * 7 + "李" * 7 + "张" * 7 + "刘" * 5 + "陈" * 5 + "杨" * 3 + "黄" * 2 + "赵" * 2 + "吴" * 2
            + "周" * 2 + "徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任"
            "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱严覃武戴莫"
            "孔向汤单解仇朴区查翟缪乐")
GIVEN = list("伟强磊军勇杰涛明超刚平辉芳娜敏静丽艳娟霞英兰梅华玲婷怡涵昇喆堃珺淼国建志海永文子浩宇振德"
             "福树春秀桂玉淑雪红翠美欣梓雨思晓俊鹏飞成林博轩然航峰丰")
# Minority names with the middle dot (阿卜杜·热合曼): what the middle-of-a-name search is for.
DOTTED = ("阿卜杜", "买买提", "艾力", "热合曼", "古丽", "努尔", "吐尔逊", "阿依", "依明", "艾买提", "阿不都", "热依拉")
DOTTED_PEOPLE = 2000
GROUPS = [f"{n}组" for n in "一二三四五六七八九十"]
AREAS = ("610802", "612701", "610821", "610822")
SPECIAL = [("低保", "", 0.05), ("残疾", "肢体二级", 0.03), ("留守儿童", "", 0.01), ("空巢老人", "", 0.02),
           ("特困供养", "分散供养", 0.005), ("孤儿", "", 0.0002), ("优抚对象", "", 0.003)]


@lru_cache(maxsize=None)
def _keys(name: str) -> dict[str, str]:
    return search_keys(name)


def add_dotted_names(store, rng: random.Random) -> None:
    """DOTTED_PEOPLE people with 买买提·热合曼-style names, two to a household (numbered on
    from the last 户号)."""
    group_ids = [g["id"] for g in village.groups(store)]
    last = int(store.scalar("SELECT MAX(hh_no) FROM household")[1:])
    households, rows = [], []
    for i in range(DOTTED_PEOPLE):
        hh_id = f"dotted-hh-{i // 2:06d}"
        if i % 2 == 0:
            households.append({"id": hh_id, "hh_no": f"H{last + 1 + i // 2:07d}", "group_id": group_ids[i % 10],
                               "head_person_id": f"dotted-{i:06d}"})
        name = f"{rng.choice(DOTTED)}·{rng.choice(DOTTED)}"
        rows.append({"id": f"dotted-{i:06d}", "household_id": hh_id, "name": name,
                     "gender": rng.choice(("男", "女")), "ethnicity": "05", "status": "在册",
                     "relation": "户主" if i % 2 == 0 else "配偶", **_keys(name)})
    with store.transaction():
        store.insert_many("household", households)
        store.insert_many("person", rows)


def build(path: Path, n_people: int, seed: int = 1) -> float:
    """Create a village file with n_people; returns seconds taken."""
    rng = random.Random(seed)
    t0 = time.perf_counter()
    store = open_store(path)
    village.init_site(store, name="基准村", division_code="610802103201", groups=GROUPS)
    group_ids = [g["id"] for g in village.groups(store)]
    serials: dict[str, int] = {}
    today = date.today()
    batch_h: list[dict] = []
    batch_p: list[dict] = []
    batch_g: list[dict] = []
    made = 0
    hh_n = 0
    with store.transaction():
        while made < n_people:
            hh_n += 1
            size = min(rng.choice((1, 2, 3, 3, 4, 4, 5)), n_people - made)
            hh_id = f"{hh_n:08d}-1111-4000-8000-000000000000"
            # The head is the first member; its id is known before the rows exist.
            batch_h.append({"id": hh_id, "hh_no": f"H{hh_n:07d}", "group_id": group_ids[hh_n % 10],
                            "address": f"基准村{hh_n % 10 + 1}组{hh_n % 97}号",
                            "head_person_id": f"{made:08d}-0000-4000-8000-000000000000"})
            surname = rng.choice(SURNAMES)
            for k in range(size):
                male = rng.random() < 0.5
                given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
                name = (surname if k != 1 else rng.choice(SURNAMES)) + given
                born = today - timedelta(days=rng.randint(1, 95 * 365))
                area = rng.choice(AREAS)
                stem = f"{area}{born:%Y%m%d}"
                c = serials.get(stem, 0)
                serials[stem] = c + 1
                seq = 2 * c + (1 if male else 2)
                body = f"{stem}{seq:03d}"
                id_no = body + ric.calc_check_digit(body + "0")
                r = rng.random()
                status = "在册" if r < 0.88 else "外出务工" if r < 0.94 else "迁出" if r < 0.97 else "死亡"
                pid = f"{made:08d}-0000-4000-8000-000000000000"
                batch_p.append({
                    "id": pid, "household_id": hh_id, "name": name, "gender": "男" if male else "女",
                    "ethnicity": "01", "id_number": id_no, "birth_date": born.isoformat(),
                    "relation": "户主" if k == 0 else rng.choice(("配偶", "子", "女", "孙子", "孙女")),
                    "status": status, **_keys(name), "id_reversed": id_no[::-1]})
                for kind, detail, share in SPECIAL:
                    if rng.random() < share:
                        batch_g.append({"person_id": pid, "kind": kind, "detail": detail,
                                        "start_date": "2023-01-01"})
                made += 1
            if len(batch_p) >= 20000:
                store.insert_many("household", batch_h)
                store.insert_many("person", batch_p)
                store.insert_many("person_group", batch_g)
                batch_h, batch_p, batch_g = [], [], []
        store.insert_many("household", batch_h)
        store.insert_many("person", batch_p)
        store.insert_many("person_group", batch_g)
    add_dotted_names(store, rng)
    # No ANALYZE: the program never runs it, so the planner here sees what it sees there.
    store.close()
    return time.perf_counter() - t0


QUERIES = {
    "surname (王)": dict(query="王"),
    "full name (王伟)": dict(query="王伟"),
    "given name (建华)": dict(query="建华"),
    "one char (秀): name/given start": dict(query="秀"),
    "middle of a name (买提), many": dict(query="买提"),
    "middle of a name (卜杜·热), few": dict(query="卜杜·热"),
    "middle of a name (曼·卜), none": dict(query="曼·卜"),
    "middle of a name + status (买提, 在册)": dict(query="买提", status="在册"),
    "middle of a name + group (买提, 三组)": dict(query="买提", group="三组"),
    "initials (zsf)": dict(query="zsf"),
    "initials 1 letter (w)": dict(query="w"),
    "full pinyin (zhangwei)": dict(query="zhangwei"),
    "polyphonic (shan)": dict(query="shan"),
    "polyphonic everyday (dan)": dict(query="dan"),
    "polyphonic everyday initials (dxx)": dict(query="dxx"),
    "polyphonic everyday 1 letter (d)": dict(query="d"),
    "ID tail (4 digits)": dict(query="{tail4}"),
    "ID tail with X": dict(query="{tailX}"),
    "whole ID prefix": dict(query="61080219"),
    "户号 (H0001234)": dict(query="H0001234"),
    "filter status 死亡": dict(query="", status="死亡"),
    "filter special 低保": dict(query="", special="低保"),
    "filter special 孤儿": dict(query="", special="孤儿"),
    "small special + group (孤儿, 三组)": dict(query="", special="孤儿", group="三组"),
    "small special + status (孤儿, 在册)": dict(query="", special="孤儿", status="在册"),
    "name + large special (李, 低保)": dict(query="李", special="低保"),
    "name + large special (王, 残疾)": dict(query="王", special="残疾"),
    "name + 高龄 (李)": dict(query="李", special="高龄"),
    "name + large special + group + status (few)": dict(query="李", special="低保", group="三组", status="死亡"),
    "filter 高龄 (derived)": dict(query="", special="高龄"),
    "name + group + status": dict(query="李", group="三组", status="在册"),
    "group only (三组)": dict(query="", group="三组"),
    "group + status (三组, 在册)": dict(query="", group="三组", status="在册"),
    "special + status (低保, 在册)": dict(query="", special="低保", status="在册"),
    "empty (whole roster)": dict(query=""),
}
# Scrolling far down a long result: the GUI's next page starts after the last row it shows
# (search_page's cursor); `cunwu roster search --offset` reads past the rows above instead.
DEEP = {
    "GUI scroll: next 300 halfway down 王": dict(query="王"),
    "GUI scroll: next 300 halfway down the roster": dict(query=""),
    "GUI scroll: next 300 halfway down 三组": dict(query="", group="三组"),
}


def apply_migrations(path: Path) -> list[tuple[str, float]]:
    """Apply what an older file lacks, one migration at a time, timed."""
    conn = connect(path)
    out = []
    try:
        for m in migrate.pending(conn):
            t = time.perf_counter()
            migrate.apply(conn, [m])
            out.append((m.key, time.perf_counter() - t))
    finally:
        conn.close()
    return out


def _halfway(store, kw: dict) -> search.PageCursor:
    """The cursor the GUI holds after scrolling halfway down a result (reached once, by offset)."""
    half = search.count(store, **kw) // 2
    return search.search_page(store, limit=1, offset=half - 1, **kw)[1]


def measure(path: Path, repeat: int) -> tuple[dict[str, list[float]], dict[str, list[float]], dict[str, int],
                                               dict[str, list[float]]]:
    """Wall and CPU milliseconds per query (a keystroke: a page and the capped count), the
    number found, and the exact count's milliseconds."""
    store = open_store(path)
    store.conn.execute("DROP TABLE IF EXISTS sqlite_stat1")   # files built by older versions of this script
    # ID tails that exist in this file (a clerk types the tail of a card in hand).
    tails = {"{tail4}": store.scalar("SELECT substr(id_number, 15) FROM person WHERE rowid = 777"),
             "{tailX}": store.scalar("SELECT substr(id_number, 16) FROM person WHERE id_number LIKE '%X' "
                                     "LIMIT 1 OFFSET 5")}
    out: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}
    found: dict[str, int] = {}
    exact: dict[str, list[float]] = {}

    def timed(label: str, run) -> None:
        times, cpu_times = out.setdefault(label, []), cpu.setdefault(label, [])
        search.forget_counts()     # a new keystroke: nothing cached
        t, c = time.perf_counter(), time.process_time()
        run()
        times.append((time.perf_counter() - t) * 1000)
        cpu_times.append((time.process_time() - c) * 1000)

    for label, kw in QUERIES.items():
        kw = {k: tails.get(v, v) for k, v in kw.items()}
        exact_times = []
        for _ in range(repeat):
            timed(label, lambda: search.first_page(store, limit=50, **kw))
            t = time.perf_counter()
            found[label] = search.count(store, **kw)
            exact_times.append((time.perf_counter() - t) * 1000)
        exact[label] = exact_times
    for label, kw in DEEP.items():
        cursor = _halfway(store, kw)
        for _ in range(repeat):
            timed(label, lambda: search.search_page(store, limit=300, after=cursor, **kw))
        found[label] = len(search.search_page(store, limit=300, after=cursor, **kw)[0])
    # The same depth by offset (the CLI's --offset; the GUI no longer pages this way).
    label = "--offset: page of 100 halfway down 王"
    deep = store.scalar("SELECT COUNT(*) FROM person WHERE name >= '王' AND name < '王\U0010ffff'") // 2
    for _ in range(repeat):
        timed(label, lambda: search.search(store, "王", limit=100, offset=deep))
    found[label] = 100
    store.close()
    return out, cpu, found, exact


def plans(path: Path) -> None:
    """The query plan of every statement a keystroke and its exact count run, and which indexes
    of the roster tables no plan uses (issue 19 point 3: each index costs writes and check time)."""
    store = open_store(path)
    tails = {"{tail4}": store.scalar("SELECT substr(id_number, 15) FROM person WHERE rowid = 777"),
             "{tailX}": store.scalar("SELECT substr(id_number, 16) FROM person WHERE id_number LIKE '%X' "
                                     "LIMIT 1 OFFSET 5")}
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    for kw in QUERIES.values():
        kw = {k: tails.get(v, v) for k, v in kw.items()}
        search.forget_counts()
        search.first_page(store, limit=50, **kw)
        search.count(store, **kw)
    search.search(store, "王", limit=100, offset=25000)
    cursors = [(kw, search.search_page(store, limit=300, offset=5000, **kw)[1]) for kw in DEEP.values()]
    for kw, cursor in cursors:
        search.search_page(store, limit=300, after=cursor, **kw)
    store.conn.set_trace_callback(None)
    tables = ("person", "household", "person_group", "person_name_part")
    indexes = {r[0]: r[1] for r in store.query(
        f"SELECT name, tbl_name FROM sqlite_master WHERE type='index' AND tbl_name IN {tables}")}
    used: dict[str, int] = {}
    seen = set()
    for sql in statements:
        if not sql.lstrip().upper().startswith(("SELECT", "WITH")) or sql in seen:
            continue
        seen.add(sql)
        plan = store.query("EXPLAIN QUERY PLAN " + sql)
        print("\n" + " ".join(sql.split())[:300])
        for row in plan:
            print("   ", row[3])
            for name in indexes:
                if f"INDEX {name} " in row[3] + " " or f"INDEX {name}(" in row[3] or row[3].endswith(f"INDEX {name}"):
                    used[name] = used.get(name, 0) + 1
    print("\nindexes of the roster tables, by how many distinct statements' plans use them:")
    for name, table in sorted(indexes.items(), key=lambda kv: (kv[1], kv[0])):
        print(f"  {table:18s} {name:32s} {used.get(name, 0)}")
    store.close()


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--dir", default="/tmp/cunwu-bench")
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--plans", action="store_true", help="print each statement's query plan and the indexes "
                                                         "no plan uses, instead of timing")
    args = ap.parse_args()
    folder = Path(args.dir)
    folder.mkdir(parents=True, exist_ok=True)
    print(f"Python {sys.version.split()[0]}, SQLite {__import__('sqlite3').sqlite_version}")
    for n in args.sizes:
        path = folder / f"roster_{n}.sqlite"
        if args.rebuild or not path.exists():
            for f in folder.glob(f"roster_{n}.sqlite*"):
                f.unlink()
            secs = build(path, n)
            print(f"\n== {n:,} people: built in {secs:.1f} s ({n / secs:,.0f} people/s), "
                  f"file {path.stat().st_size / 1e6:.0f} MB")
        else:
            print(f"\n== {n:,} people (existing file {path.stat().st_size / 1e6:.0f} MB)")
            for key, secs in apply_migrations(path):
                print(f"migration {key}: {secs:.2f} s")
        if args.plans:
            plans(path)
            continue
        load = os.getloadavg()
        results, cpu, found, exact = measure(path, args.repeat)
        every: list[float] = []
        every_cpu: list[float] = []
        print(f"load average before: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}; after: "
              + " ".join(f"{x:.1f}" for x in os.getloadavg()))
        print(f"{'query (first page + count up to 1,000)':44s} {'p50 ms':>7s} {'p95 ms':>7s} {'CPU p50':>8s}"
              f" {'CPU p95':>8s} {'found':>8s} {'exact count p50 / p95 ms (worker)':>36s}")
        for label, times in results.items():
            every += times
            every_cpu += cpu[label]
            ex = exact.get(label)
            print(f"{label:44s} {statistics.median(times):7.1f} {pct(times, 95):7.1f} "
                  f"{statistics.median(cpu[label]):8.1f} {pct(cpu[label], 95):8.1f} {found[label]:8d}"
                  + (f" {statistics.median(ex):26.1f} / {pct(ex, 95):.1f}" if ex else ""))
        print(f"{'ALL QUERIES':44s} {statistics.median(every):7.1f} {pct(every, 95):7.1f} "
              f"{statistics.median(every_cpu):8.1f} {pct(every_cpu, 95):8.1f}")
        slow = [label for label, times in results.items() if pct(times, 95) >= 20]
        print(f"queries with p95 >= 20 ms: {len(slow)} of {len(results)}" + (f" ({', '.join(slow)})" if slow else ""))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak memory (max RSS of this process): {peak:.0f} MB")


if __name__ == "__main__":
    main()
