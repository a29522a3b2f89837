"""First start without data, and `python -m desktop --demo`."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from desktop.core import open_store, village
from desktop.ui.context import AppContext
from desktop.ui.first_run import FirstRunDialog, demo_path_for

ROOT = Path(__file__).resolve().parent.parent


def test_first_run_sets_up_an_empty_village(qtbot, db_path):
    store = open_store(db_path)
    d = FirstRunDialog(AppContext(store, db_path))
    qtbot.addWidget(d)
    ok = d.buttons.button(QDialogButtonBox.Ok)
    assert ok.isEnabled() and not d.form_box.isEnabled()      # the demo is the default
    d.empty.setChecked(True)
    assert d.form_box.isEnabled() and not ok.isEnabled()
    d.name.setText("柳树湾村")
    d.code.setText("61080210")
    assert "12 位数字" in d.message.text() and not ok.isEnabled()
    d.code.setText("610802103202")
    d.township.setText("牛家梁镇")
    d.groups.setText("一组、二组，三组")
    assert ok.isEnabled()
    ok.click()
    assert d.choice == "village" and d.result() == d.DialogCode.Accepted
    info = village.site_info(store)
    assert (info["name"], info["division_code"], info["township"]) == ("柳树湾村", "610802103202", "牛家梁镇")
    assert [g["name"] for g in village.groups(store)] == ["一组", "二组", "三组"]
    store.close()


def test_choosing_the_demo_keeps_the_real_file_empty(qtbot, db_path):
    store = open_store(db_path)
    d = FirstRunDialog(AppContext(store, db_path))
    qtbot.addWidget(d)
    d.buttons.button(QDialogButtonBox.Ok).click()
    assert d.choice == "demo" and not store.initialised
    # In a folder of its own: its backups never sit with the real village's (issue 16.4).
    demo = demo_path_for(db_path)
    assert demo == db_path.parent / "demo" / "demo.sqlite" and demo.parent.is_dir()
    store.close()


def test_python_m_desktop_demo_opens_the_demo_village(tmp_path):
    db = tmp_path / "demo-start.sqlite"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CUNWU_QUIT_AFTER_SHOW": "1", "CUNWU_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "desktop", "--db", str(db), "--demo"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stderr
    store = open_store(db)
    assert village.site_info(store)["name"] == "高家湾村"
    assert store.scalar("SELECT COUNT(*) FROM household") >= 100
    store.close()
