"""Where data lives: the user's data directory (platformdirs) unless --db says otherwise."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP = "Cunwu"


def data_dir() -> Path:
    override = os.environ.get("CUNWU_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / "cunwu.sqlite"


def resources_dir() -> Path:
    """resources/ in a checkout, or beside the frozen program (PyInstaller)."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def font_path(name: str) -> Path:
    return resources_dir() / "fonts" / name
