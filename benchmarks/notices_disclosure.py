"""Time and size of a 500-entry 财务公开 PDF, built from the contract dataclass directly.

Run: .venv/bin/python benchmarks/notices_disclosure.py [entries]
"""
from __future__ import annotations

import sys

from notices_common import load_fonts, render_and_report

from desktop.core.notices import samples


def main(entries: int = 500) -> None:
    t_fonts = load_fonts()
    data = samples.disclosure(entries=entries)
    print(f"财务公开 entries: {len(data.entries)}, funds: {len(data.funds)}, "
          f"category lines: {len(data.categories)}, decisions: {len(data.decisions)}")
    print(f"font registration (once per process): {t_fonts:.2f} s")
    render_and_report(data, len(data.entries), "entries")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
