"""`python -m desktop --demo`: a new file gets the demo village (the setup wizard's first-start
choices: test_setup_wizard.py)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.core import open_store, village

ROOT = Path(__file__).resolve().parent.parent


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
