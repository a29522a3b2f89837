"""Time and size of a 500-entry 财务公开 PDF, built from the contract dataclass directly.

Run: .venv/bin/python benchmarks/notices_disclosure.py [entries]
"""
from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib import rl_accel  # noqa: E402

from desktop.core.notices import fonts, history, samples, templates  # noqa: E402


def main(entries: int = 500) -> None:
    t = time.perf_counter()
    fonts.register()
    t_fonts = time.perf_counter() - t
    data = samples.disclosure(entries=entries)
    runs = []
    for _ in range(3):
        t = time.perf_counter()
        pdf = templates.render(data)
        runs.append(time.perf_counter() - t)
    t_render = min(runs)
    accel = "C (rl-accel)" if type(rl_accel.fp_str).__name__ == "builtin_function_or_method" else "pure Python"
    print(f"reportlab speedups: {accel}")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"财务公开 entries: {len(data.entries)}, funds: {len(data.funds)}, "
          f"category lines: {len(data.categories)}, decisions: {len(data.decisions)}")
    print(f"font registration (once per process): {t_fonts:.2f} s")
    print(f"render PDF: {t_render:.2f} s  ({len(data.entries) / t_render:.0f} entries/s)")
    print(f"render runs: {', '.join(f'{r:.2f}' for r in runs)} s (first includes font loading)")
    print(f"pages: {history.page_count(pdf)}, size: {len(pdf) / 1024:.0f} KiB")
    print(f"peak RSS: {peak_mb:.0f} MiB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
