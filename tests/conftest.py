"""Shared fixtures: real SQLite files in tmp_path, never mocks of our store."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Per-PC settings (language, font size, window sizes) go to a folder of this run, not the
# developer's own: a window size saved by one test must not change the next.
if "CUNWU_TEST_SETTINGS" not in os.environ:
    import tempfile
    os.environ["CUNWU_TEST_SETTINGS"] = tempfile.mkdtemp(prefix="cunwu-settings-")
    os.environ["XDG_CONFIG_HOME"] = os.environ["CUNWU_TEST_SETTINGS"]

import pytest

from desktop.core import open_store, village


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "cunwu.sqlite"


@pytest.fixture
def store(db_path):
    """An initialised, empty village."""
    s = open_store(db_path)
    village.init_site(s, name="测试村", division_code="610802103201", township="牛家梁镇",
                      groups=["一组", "二组"])
    yield s
    s.close()


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory):
    """A demo village built once per session; copy it before writing (see demo_store)."""
    from desktop.core.demo import create_demo
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    s = open_store(path)
    create_demo(s, seed=7, households=120)
    s.close()
    return path


@pytest.fixture
def demo_store(demo_db, tmp_path):
    import shutil
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_db, path)
    s = open_store(path)
    yield s
    s.close()


@pytest.fixture(autouse=True)
def _message_boxes_never_block(request, monkeypatch):
    """A modal message box would wait forever offscreen: answer it at once and keep the text
    (tests that care about a box patch it themselves, after this)."""
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        yield []
        return
    from PySide6.QtWidgets import QMessageBox
    shown: list[tuple[str, str]] = []

    def answer(kind, default):
        def box(parent, title, text, *args, **kwargs):
            shown.append((kind, str(text)))
            return default
        return box
    monkeypatch.setattr(QMessageBox, "warning", answer("warning", QMessageBox.Ok))
    monkeypatch.setattr(QMessageBox, "critical", answer("critical", QMessageBox.Ok))
    monkeypatch.setattr(QMessageBox, "information", answer("information", QMessageBox.Ok))
    monkeypatch.setattr(QMessageBox, "question", answer("question", QMessageBox.Yes))
    yield shown
