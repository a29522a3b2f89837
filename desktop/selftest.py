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
            from desktop.core.checks import run_checks
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
    """The 花名册 through the notices module: fonts embedded, every template path exercised."""
    from desktop.core.notices import registry
    _data, pdf = registry.render(store, registry.get("roster"), {})
    path.write_bytes(pdf)
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
