"""Shared by the notices benchmarks: render a contract a few times and print the figures."""
from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib import rl_accel  # noqa: E402

from desktop.core.notices import fonts, history, templates  # noqa: E402


def load_fonts() -> float:
    t = time.perf_counter()
    fonts.register()
    return time.perf_counter() - t


def render_and_report(data, count: int, unit: str, repeat: int = 3) -> None:
    """Render `data` `repeat` times; print best time, rate, pages, size, peak memory."""
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        pdf = templates.render(data)
        runs.append(time.perf_counter() - t)
    best = min(runs)
    accel = "C (rl-accel)" if type(rl_accel.fp_str).__name__ == "builtin_function_or_method" else "pure Python"
    print(f"reportlab speedups: {accel}")
    print(f"render PDF: {best:.2f} s best of {repeat} ({count / best:.0f} {unit}/s); "
          f"runs: {', '.join(f'{r:.2f}' for r in runs)} s")
    print(f"pages: {history.page_count(pdf)}, size: {len(pdf) / 1024:.0f} KiB")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
