"""The self-test a built program runs (issue 20 point 5), here from source: UTF-8 output even
under a Chinese Windows console's code page (GBK), the report file, every page shown, the
window icon, and the module list tools/build.py compares with the frozen program's."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.ui.pages import PAGES

ROOT = Path(__file__).resolve().parent.parent


def test_gui_self_test_under_a_gbk_console(tmp_path):
    modules = tmp_path / "modules.txt"
    env = {**os.environ, "PYTHONIOENCODING": "gbk", "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path),
           "CUNWU_SELFTEST_MODULES": str(modules)}
    done = subprocess.run([sys.executable, "-m", "desktop", "--self-test"], cwd=ROOT, env=env,
                          capture_output=True, timeout=600)
    out = done.stdout.decode("utf-8")              # strict: GBK bytes would not decode
    assert done.returncode == 0, out + done.stderr.decode("utf-8", "replace")
    assert out.count("自检通过") == 1
    for key, _title in PAGES:
        assert f"page {key}" in out
    report = (tmp_path / "cunwu-selftest.txt").read_text(encoding="utf-8")
    assert "自检通过" in report and "page settings" in report
    loaded = modules.read_text(encoding="utf-8").split()
    assert "desktop.ui.pages.funds" in loaded and "desktop.ui.pages.sync" in loaded


def test_every_window_gets_the_program_icon():
    script = ("from desktop.ui.app import make_app\n"
              "from PySide6.QtWidgets import QDialog\n"
              "app = make_app()\n"
              "print(QDialog().windowIcon().isNull(), app.windowIcon().availableSizes()[0].width())\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.stdout.split() == ["False", "256"], done.stderr
