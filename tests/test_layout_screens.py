"""Every page, tab and main dialog fits the screens village offices have.

Each screen runs in its own process (Qt's offscreen platform reads its screen size and
device pixel ratio from a file at start-up): 1024×768 (an old office PC), 1366×768 (the
common laptop and monitor) and 1280×720 logical at 150 % (a 1920×1080 laptop). In each,
tests/support/layout_walk.py goes through the program in Chinese and Korean, with the
标准 and 特大 font, and reports windows larger than the available screen, buttons outside
their window, and figure columns pushed out of their table or too narrow for their figures.

Screenshots of every page, tab and dialog are kept for a person to look at: in
$CUNWU_ARTIFACTS/layout when set, otherwise tests/artifacts/layout (not committed).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCREENS = {
    "1024x768": {"width": 1024, "height": 768, "dpr": 1},
    "1366x768": {"width": 1366, "height": 768, "dpr": 1},
    "1280x720@150": {"width": 1280, "height": 720, "dpr": 1.5},
}


def artifacts_dir() -> Path:
    base = os.environ.get("CUNWU_ARTIFACTS")
    return (Path(base) if base else ROOT / "tests" / "artifacts") / "layout"


@pytest.fixture(scope="module")
def korean_built():
    """The Korean .qm, built from the committed .ts when missing or older (as tools/dev.py does)."""
    ts = ROOT / "resources" / "translations" / "cunwu_ko.ts"
    qm = ts.with_suffix(".qm")
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        subprocess.run([sys.executable, str(ROOT / "tools" / "translations.py"), "build"], cwd=ROOT, check=True)
    return qm


@pytest.mark.timeout(600)
@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_window_fits_the_screen(screen, demo_db, korean_built, tmp_path):
    spec = SCREENS[screen]
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": screen, "x": 0, "y": 0, "width": spec["width"],
                                               "height": spec["height"], "logicalDpi": 96,
                                               "logicalBaseDpi": 96, "dpr": spec["dpr"]}]}))
    out = artifacts_dir()
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-m", "tests.support.layout_walk", str(demo_db), str(out), screen],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=580)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["problems"] == [], "\n".join(report["problems"])
    # Every page and tab and each dialog was looked at, in both languages and both font sizes.
    assert report["shots"] >= 4 * 30
    assert len(list(out.glob(f"{screen}_ko_17pt_*.png"))) >= 30


@pytest.mark.timeout(300)
def test_a_clerks_first_day_fits_an_old_office_pc(tmp_path):
    """Setup wizard → import roster → care register → red-white event → fund entry → 财务公开
    preview → sync, at 1024×768 with the 特大 font: every window fits and keeps its buttons
    on the screen (tests/support/layout_walk.py clerk_walk; screenshots *_clerk_*.png)."""
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "1024x768", "x": 0, "y": 0, "width": 1024, "height": 768,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    out = artifacts_dir()
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-m", "tests.support.layout_walk", "clerk", str(out), "1024x768_clerk"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=280)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["problems"] == [], "\n".join(report["problems"])
    names = {p.name for p in out.glob("1024x768_clerk_*.png")}
    for step in ("setup_wizard_page1", "import_mapping", "import_summary", "care_enrol", "redwhite_event",
                 "fund_entry", "disclosure_preview", "sync_export"):
        assert any(step in n for n in names), step


def test_the_walk_sees_what_does_not_fit(qtbot):
    """The checks themselves: a window wider than the screen, a button beyond its window's
    edge and a money column behind a wide text column are each reported."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout
    from tests.support.layout_walk import check_window
    area = qtbot_screen_area()
    wide = QDialog()
    qtbot.addWidget(wide)
    wide.resize(area.width() + 200, 200)
    wide.show()
    assert any("outside the screen" in p for p in check_window(wide, "wide"))

    lost = QDialog()
    qtbot.addWidget(lost)
    lost.resize(300, 200)
    button = QPushButton("关闭", lost)
    button.setGeometry(280, 10, 80, 30)
    lost.show()
    assert any("“关闭”" in p and "outside its window" in p for p in check_window(lost, "lost"))

    hidden = QDialog()
    qtbot.addWidget(hidden)
    table = QTableWidget(1, 2)
    table.setHorizontalHeaderLabels(["用途", "余额"])
    table.setItem(0, 0, QTableWidgetItem("村道硬化工程款（三组至五组）" * 3))
    money = QTableWidgetItem("12,680.00")
    money.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
    table.setItem(0, 1, money)
    table.resizeColumnsToContents()
    QVBoxLayout(hidden).addWidget(table)
    hidden.resize(400, 200)
    hidden.show()
    assert any("“余额”" in p for p in check_window(hidden, "hidden"))
    # The program's own arrangement brings the 余额 back: the long 用途 gives way.
    from desktop.ui.table_columns import arrange_columns
    arrange_columns(table)
    assert check_window(hidden, "hidden") == []
    assert table.columnWidth(1) >= table.fontMetrics().horizontalAdvance("12,680.00")


def test_a_figure_heading_is_cut_only_when_the_window_has_no_room_for_it(qtbot):
    from PySide6.QtWidgets import QDialog, QTableWidget, QTableWidgetItem, QVBoxLayout
    from PySide6.QtCore import Qt
    from desktop.ui.table_columns import HEADING_CHARACTERS, arrange_columns
    box = QDialog()
    qtbot.addWidget(box)
    table = QTableWidget(1, 2)
    heading = "2026-12 服务小时"          # 12 characters over figures of 2
    table.setHorizontalHeaderLabels(["姓名", heading])
    table.setItem(0, 0, QTableWidgetItem("马桂花"))
    hours = QTableWidgetItem("32")
    hours.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
    table.setItem(0, 1, hours)
    QVBoxLayout(box).addWidget(table)
    full = table.horizontalHeader().sectionSizeHint(1)
    cut = HEADING_CHARACTERS * table.fontMetrics().averageCharWidth()
    assert full > cut                      # the heading really is longer than the cut
    box.resize(900, 200)                   # room to spare: the whole heading shows
    box.show()
    arrange_columns(table)
    assert table.columnWidth(1) == full
    box.resize(110, 200)                   # no room: the heading is cut, the figure stays whole
    qtbot.waitUntil(lambda: table.viewport().width() < 100)
    arrange_columns(table)
    assert table.columnWidth(1) < full, (table.viewport().width(), table.columnWidth(0), cut)
    assert table.columnWidth(1) >= table.fontMetrics().horizontalAdvance("32")


def qtbot_screen_area():
    from PySide6.QtGui import QGuiApplication
    return QGuiApplication.primaryScreen().availableGeometry()
