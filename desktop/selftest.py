"""`--self-test`: prove a built program is whole. Opens a temporary database, builds a small
demo village, checks it, renders a notice to PDF, opens the main window offscreen and shows
every page, exits 0.

A missing hidden import, data file (migrations, fonts, translations) or Qt plugin fails here.
The report goes to stdout in UTF-8 (whatever the console's code page), and the windowed
program, which has no console on Windows, also writes it to `cunwu-selftest.txt` beside
itself. With CUNWU_SELFTEST_MODULES=FILE the names of all loaded modules are written to FILE
(tools/build.py compares the source program's list with the frozen one's).
"""
from __future__ import annotations

import io
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

REPORT_NAME = "cunwu-selftest.txt"
_report = io.StringIO()


def _say(text: str) -> None:
    _report.write(text + "\n")
    if sys.stdout is not None:           # None in a windowed program on Windows
        print(text, flush=True)


def _step(name: str) -> None:
    _say(f"  - {name}")


def report_path() -> Path:
    """Beside the frozen program; in a checkout, in the temporary folder."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent / REPORT_NAME
    return Path(tempfile.gettempdir()) / REPORT_NAME


def run(gui: bool = True) -> int:
    from desktop.cli import utf8_streams
    utf8_streams()
    code = _run(gui)
    _dump_modules()
    if gui:
        _write_report()
    return code


def _write_report() -> None:
    path = report_path()
    try:
        path.write_text(_report.getvalue(), encoding="utf-8")
    except OSError:                       # a read-only program folder: the temporary folder
        path = Path(tempfile.gettempdir()) / REPORT_NAME
        path.write_text(_report.getvalue(), encoding="utf-8")
    _say(f"报告已写入 {path}")


def _dump_modules() -> None:
    target = os.environ.get("CUNWU_SELFTEST_MODULES")
    if target:
        Path(target).write_text("\n".join(sorted(sys.modules)) + "\n", encoding="utf-8")


def _run(gui: bool) -> int:
    started = time.perf_counter()
    _say("村务通自检 (self-test)")
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
            _step("reportlab C speedups")
            _rl_accel()
            _step("notice PDF")
            pdf = render_notice(store, Path(tmp) / "selftest.pdf")
            if pdf.read_bytes()[:5] != b"%PDF-" or pdf.stat().st_size < 2000:
                raise RuntimeError("notice PDF is empty")
            if gui:
                _step("main window (offscreen)")
                open_window(store, Path(tmp) / "selftest.sqlite")
            store.close()
    except Exception:
        _say(traceback.format_exc())
        _say("自检失败 (self-test FAILED)")
        return 1
    _say(f"自检通过 (self-test passed) in {time.perf_counter() - started:.1f} s")
    return 0


def _rl_accel() -> None:
    """README promises notices rendered with reportlab's C speedups; the build must carry them
    (reportlab imports them inside exec(), out of PyInstaller's sight)."""
    from importlib import import_module
    try:
        import_module("_rl_accel")
    except ImportError:
        if getattr(sys, "frozen", False):
            raise RuntimeError("reportlab's _rl_accel is missing from the build")
        _say("    (rl-accel is not installed: notices render without the speedups)")


def render_notice(store, path: Path) -> Path:
    """The 花名册 through the notices module: fonts embedded, every template path exercised."""
    from desktop.core.notices import registry
    from db.files import write_bytes
    _data, pdf = registry.render(store, registry.get("roster"), {})
    return write_bytes(path, pdf)


def open_window(store, db_path: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.ui.app import make_app
    from desktop.ui.context import AppContext
    from desktop.ui.main_window import MainWindow
    from desktop.ui.pages import PAGES
    app = make_app()
    window = MainWindow(AppContext(store, db_path))
    window.show()
    app.processEvents()
    if window.windowIcon().isNull():
        raise RuntimeError("the window has no icon")
    for key, _title in PAGES:               # each page's modules load when it is first shown
        window.show_page(key)
        app.processEvents()
        _step(f"page {key}")
    image = window.grab()
    if image.width() < 400:
        raise RuntimeError("main window did not render")
    window.close()


if __name__ == "__main__":
    sys.exit(run())
