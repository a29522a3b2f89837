"""GUI figures at 100,000 people (issue 3, point 7): time from MainWindow creation to the
roster table showing its first rows, the time each search keystroke takes in the table,
cold start of `python -m desktop --db FILE` to the main window shown, and peak memory.

    .venv/bin/python benchmarks/gui_roster.py [--people 100000] [--dir /tmp/cunwu-bench-gui] [--runs 5]

Each measurement runs in a fresh process (QT_QPA_PLATFORM=offscreen) so peak RSS is the
GUI's own, not the builder's. The database is built once with the search benchmark's
builder (bulk insert through Store.insert_many, search keys precomputed).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

QUERIES = ["z", "zs", "zsf", "张", "张伟", "wang", "1234", "H0001234"]


def _env() -> dict:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}


def build_child(path: Path, people: int) -> None:
    from roster_search import build
    seconds = build(path, people)
    print(json.dumps({"build_s": round(seconds, 1)}))


def table_child(path: Path) -> None:
    """In a fresh process: open the file, create the window, show the roster page."""
    t_start = time.perf_counter()
    from desktop.ui.app import make_app, open_context
    from desktop.ui.main_window import MainWindow
    app = make_app()
    ctx = open_context(path)
    t_opened = time.perf_counter()
    window = MainWindow(ctx)
    window.show()
    page = window.show_page("roster")
    app.processEvents()
    page.table.viewport().repaint()          # the first rows are drawn, not just loaded
    t_shown = time.perf_counter()
    assert page.model.rowCount() > 0
    total = page.model.total
    keystrokes: dict[str, float] = {}
    for q in QUERIES:
        t = time.perf_counter()
        page.search.setText(q)
        page.apply_filter()                  # what the debounce timer calls
        page.table.viewport().repaint()
        keystrokes[q] = (time.perf_counter() - t) * 1000
    page.search.setText("")
    page.apply_filter()
    fetches = []
    for _ in range(10):                      # scrolling down: ten more pages
        t = time.perf_counter()
        page.model.fetchMore()
        fetches.append((time.perf_counter() - t) * 1000)
    print(json.dumps({
        "people": total, "imports_and_open_s": round(t_opened - t_start, 3),
        "window_to_rows_ms": round((t_shown - t_opened) * 1000, 1),
        "keystroke_ms": {k: round(v, 1) for k, v in keystrokes.items()},
        "fetch_more_ms_median": round(statistics.median(fetches), 1),
        "rows_after_scroll": page.model.rowCount(),
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }, ensure_ascii=False))


def _run(args: list[str], env: dict | None = None) -> tuple[str, float, float]:
    """Run a child; returns its stdout, wall seconds and peak RSS (MiB) from wait4."""
    t = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env or _env(), cwd=ROOT)
    out = proc.stdout.read().decode()
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - t
    if proc.returncode != 0:
        raise SystemExit(f"child failed ({proc.returncode}): {' '.join(args)}")
    return out, wall, usage.ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=100_000)
    ap.add_argument("--dir", type=Path, default=Path("/tmp/cunwu-bench-gui"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--child", choices=["build", "table"])
    ap.add_argument("--db", type=Path)
    a = ap.parse_args()
    if a.child == "build":
        return build_child(a.db, a.people)
    if a.child == "table":
        return table_child(a.db)

    a.dir.mkdir(parents=True, exist_ok=True)
    db = a.dir / f"gui-{a.people}.sqlite"
    if not db.exists():
        out, wall, _ = _run([sys.executable, __file__, "--child", "build", "--db", str(db), "--people", str(a.people)])
        print(f"built {db} ({a.people} people) in {wall:.1f} s; {db.stat().st_size / 2**20:.0f} MiB")

    tables = []
    for _ in range(a.runs):
        out, _wall, rss = _run([sys.executable, __file__, "--child", "table", "--db", str(db)])
        tables.append(json.loads(out.strip().splitlines()[-1]))
    first = tables[0]
    med = lambda key: statistics.median(t[key] for t in tables)   # noqa: E731
    print(f"people in file: {first['people']}")
    print(f"MainWindow created -> roster table shows first rows: median {med('window_to_rows_ms'):.0f} ms "
          f"(runs: {', '.join(str(t['window_to_rows_ms']) for t in tables)})")
    print("search keystroke in the table (count + first page + repaint), median ms:")
    for q in QUERIES:
        print(f"  {q!r:>12}: {statistics.median(t['keystroke_ms'][q] for t in tables):.1f}")
    print(f"scrolling: one more page (300 rows) median {med('fetch_more_ms_median'):.1f} ms")
    print(f"peak RSS, window + roster at {first['people']} people: {max(t['peak_rss_mib'] for t in tables):.0f} MiB")

    shown, walls, rsss = [], [], []
    for _ in range(a.runs):
        env = {**_env(), "CUNWU_QUIT_AFTER_SHOW": "1", "CUNWU_LAUNCH_T0": repr(time.time())}
        out, wall, rss = _run([sys.executable, "-m", "desktop", "--db", str(db)], env)
        shown.append(float(out.split("shown_after_s=")[1].split()[0]))
        walls.append(wall)
        rsss.append(rss)
    print(f"cold start `python -m desktop --db FILE` to main window shown: median {statistics.median(shown):.2f} s "
          f"(runs: {', '.join(f'{s:.2f}' for s in shown)}); process wall incl. exit median "
          f"{statistics.median(walls):.2f} s; peak RSS {max(rsss):.0f} MiB")


if __name__ == "__main__":
    main()
