"""`--self-test`: prove a built program is whole. Opens a temporary database, builds a small
demo village, checks it, renders a notice to PDF, opens the main window offscreen, exits 0.

A missing hidden import, data file (migrations, fonts, translations) or Qt plugin fails here.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from pathlib import Path


def _step(name: str) -> None:
    print(f"  - {name}", flush=True)


def run(gui: bool = True) -> int:
    started = time.perf_counter()
    print("村务通自检 (self-test)", flush=True)
    try:
        with tempfile.TemporaryDirectory(prefix="cunwu-selftest-") as tmp:
            from desktop.core import open_store
            from desktop.core.demo import create_demo
            from desktop.paths import font_path
            _step("fonts")
            for name in ("wqy-microhei.ttc", "HanaMinB.ttf"):
                if not font_path(name).exists():
                    raise RuntimeError(f"missing font {font_path(name)}")
            _step("database and migrations")
            store = open_store(Path(tmp) / "selftest.sqlite")
            _step("demo village")
            create_demo(store, households=12)
            _step("checks")
            from desktop.cli.admin import run_checks
            bad = [c for c in run_checks(store) if not c["ok"]]
            if bad:
                raise RuntimeError(f"checks failed: {bad}")
            _step("notice PDF")
            pdf = render_notice(store, Path(tmp) / "selftest.pdf")
            if pdf.read_bytes()[:5] != b"%PDF-" or pdf.stat().st_size < 2000:
                raise RuntimeError("notice PDF is empty")
            if gui:
                _step("main window (offscreen)")
                open_window(store, Path(tmp) / "selftest.sqlite")
            store.close()
    except Exception:
        traceback.print_exc()
        print("自检失败 (self-test FAILED)", flush=True)
        return 1
    print(f"自检通过 (self-test passed) in {time.perf_counter() - started:.1f} s", flush=True)
    return 0


def render_notice(store, path: Path) -> Path:
    """The roster notice through the notices module when present, else a plain reportlab page."""
    try:
        from desktop.core.notices import selftest_render  # provided by the notices module
    except ImportError:
        selftest_render = None
    if selftest_render:
        return selftest_render(store, path)
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    from desktop.paths import font_path
    pdfmetrics.registerFont(TTFont("WQY", str(font_path("wqy-microhei.ttc")), subfontIndex=0))
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("WQY", 16)
    c.drawString(72, 760, "村务通自检：花名册")
    c.setFont("WQY", 11)
    for i, row in enumerate(store.query("SELECT name FROM person ORDER BY name LIMIT 30")):
        c.drawString(72, 730 - i * 18, row[0])
    c.save()
    return path


def open_window(store, db_path: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.ui.app import make_app
    from desktop.ui.context import AppContext
    from desktop.ui.main_window import MainWindow
    app = make_app()
    window = MainWindow(AppContext(store, db_path))
    window.show()
    app.processEvents()
    image = window.grab()
    if image.width() < 400:
        raise RuntimeError("main window did not render")
    window.close()


if __name__ == "__main__":
    sys.exit(run())
