"""Which statements' query plans use each index of the roster tables, over every distinct
statement a run of the test suite executed (recorded by sql_trace_plugin.py).

    PYTHONPATH=benchmarks .venv/bin/python -m pytest -q -p sql_trace_plugin tests   # writes SQL_TRACE_DIR/sql.*.json
    .venv/bin/python benchmarks/index_audit.py --db FILE [--trace DIR] [--show INDEX ...]

EXPLAIN QUERY PLAN only (nothing is run; the file is opened read-only). Without ANALYZE (the
program never runs it) a plan does not depend on the file's contents, so any file with the
current schema gives the plans the suite's own files gave. Not in a plan: what triggers and
foreign-key checks look up (listed separately from the schema), and unique indexes'
constraint work.
"""
from __future__ import annotations

import argparse
import json
import re
import sqlite3
from collections import defaultdict
from pathlib import Path

ROSTER_TABLES = ("person", "household", "person_group", "person_name_part", "person_event", "household_event")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--trace", default="/tmp/cunwu-sql-trace")
    ap.add_argument("--show", nargs="*", default=[], help="print the statements using these indexes")
    args = ap.parse_args()
    statements: set[str] = set()
    for f in Path(args.trace).glob("sql.*.json"):
        statements |= set(json.loads(f.read_text()))
    conn = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    marks = ",".join("?" * len(ROSTER_TABLES))
    indexes = dict(conn.execute(f"SELECT name, tbl_name FROM sqlite_master WHERE type='index' "
                                f"AND tbl_name IN ({marks})", ROSTER_TABLES).fetchall())
    pattern = re.compile(r"\b(" + "|".join(ROSTER_TABLES) + r")\b", re.I)
    used: dict[str, list[str]] = defaultdict(list)
    planned = failed = 0
    for sql in sorted(statements):
        if not pattern.search(sql) or not sql.lstrip().upper().startswith(("SELECT", "WITH", "UPDATE", "DELETE",
                                                                              "INSERT")):
            continue
        try:
            plan = conn.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
        except sqlite3.Error:
            failed += 1          # temp tables, attached files, statements of another schema version
            continue
        planned += 1
        for row in plan:
            for name in re.findall(r"INDEX (\w+)", row[3]):
                if name in indexes:
                    used[name].append(sql)
    print(f"{len(statements)} distinct statements recorded; {planned} on the roster tables planned, "
          f"{failed} not plannable here")
    print("\nindexes of the roster tables, by the number of distinct statements whose plan uses them:")
    for name, table in sorted(indexes.items(), key=lambda kv: (kv[1], kv[0])):
        print(f"  {table:16s} {name:34s} {len(used.get(name, [])):5d}")
    print("\nwhat triggers and foreign keys look up (not in any plan above):")
    for name, sql in conn.execute(f"SELECT name, sql FROM sqlite_master WHERE type='trigger' "
                                  f"AND tbl_name IN ({marks})", ROSTER_TABLES):
        print(f"  trigger {name}: " + " ".join(sql.split())[:160])
    for table in ROSTER_TABLES:
        for fk in conn.execute(f"PRAGMA foreign_key_list({table})"):
            print(f"  foreign key {table}.{fk[3]} -> {fk[2]}({fk[4]})")
    for name in args.show:
        print(f"\n== {name}")
        for sql in used.get(name, []):
            print("  " + " ".join(sql.split())[:300])


if __name__ == "__main__":
    main()
