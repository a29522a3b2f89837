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


class MessageBoxes(list):
    """What the message boxes of a test said: (kind, text) each, kind "warning", "critical",
    "information", "question" or "exec" (a box built as an instance and run with exec()).
    `answer` is what a question gets (Yes unless the test says otherwise)."""

    def __init__(self):
        super().__init__()
        from PySide6.QtWidgets import QMessageBox
        self.answer = QMessageBox.Yes

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, text in self if kind is None or k == kind]


@pytest.fixture(autouse=True)
def message_boxes(request, monkeypatch):
    """A modal message box would wait forever offscreen: every box (QMessageBox.warning and
    its siblings, and an instance run with exec()) is answered at once and its text kept.
    Ask for this fixture to read what was said or to set `message_boxes.answer`."""
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        yield []
        return
    from PySide6.QtWidgets import QMessageBox
    shown = MessageBoxes()

    def answer(kind, default=None):
        def box(parent, title, text, *args, **kwargs):
            shown.append((kind, str(text)))
            return shown.answer if default is None else default
        return box
    monkeypatch.setattr(QMessageBox, "warning", answer("warning", QMessageBox.Ok))
    monkeypatch.setattr(QMessageBox, "critical", answer("critical", QMessageBox.Ok))
    monkeypatch.setattr(QMessageBox, "information", answer("information", QMessageBox.Ok))
    monkeypatch.setattr(QMessageBox, "question", answer("question"))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(("exec", box.text())) or QMessageBox.Ok)
    yield shown
