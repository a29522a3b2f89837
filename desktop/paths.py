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


def demo_db_path(beside: Path | None = None) -> Path:
    """The demo village's file: in a folder of its own (made here) next to the data file, so
    its backups (demo/backups/) never sit with a real village's."""
    folder = Path(beside).parent / "demo" if beside else data_dir() / "demo"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "demo.sqlite"


def resources_dir() -> Path:
    """resources/ in a checkout, or beside the frozen program (PyInstaller)."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def font_path(name: str) -> Path:
    return resources_dir() / "fonts" / name
