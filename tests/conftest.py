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

import shutil
from types import SimpleNamespace

import pytest

from desktop.core import open_store, village


@pytest.fixture
def cli():
    """Run `cunwu`: cli(*args) in this process -> (code, out, err); cli.json(*args);
    cli.process(*args) as a real process (tests/support/cli.py)."""
    from tests.support.cli import Cli
    return Cli()


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


# ------------------------------------------------------------------ sync: two villages and their township
# Built once per session (demo data takes a moment), copied per test so each test writes its
# own files. The villages and the township have registered each other's key cards.

@pytest.fixture(scope="session")
def sync_templates(tmp_path_factory):
    from desktop.core.demo import create_demo
    from desktop.core.sync import keys
    from tests.support.sites import register_peer
    from tests.support.sync_sites import TOWNSHIP, VILLAGES
    base = tmp_path_factory.mktemp("sync_templates")
    stores = {}
    for key, (name, code, seed) in VILLAGES.items():
        stores[key] = open_store(base / f"{key}.sqlite")
        create_demo(stores[key], seed=seed, households=24, name=name, division_code=code)
    stores["t"] = open_store(base / "t.sqlite")
    village.init_site(stores["t"], name=TOWNSHIP[0], division_code=TOWNSHIP[1], role="township")
    keys.ensure_keys(stores["t"])
    for key in VILLAGES:
        register_peer(stores["t"], stores[key])
        register_peer(stores[key], stores["t"])
    paths = {}
    for key, s in stores.items():
        paths[key] = s.path
        s.close()
    return paths


@pytest.fixture
def sites(sync_templates, tmp_path):
    """Open copies: sites.a, sites.b (villages), sites.t (township), sites.dir (a 'USB stick')."""
    opened = {}
    for key, path in sync_templates.items():
        copy = tmp_path / path.name
        shutil.copy(path, copy)
        opened[key] = open_store(copy)
    stick = tmp_path / "usb"
    stick.mkdir()
    yield SimpleNamespace(dir=stick, **opened)
    for s in opened.values():
        s.close()


class MessageBoxes(list):
    """What the message boxes of a test said: (kind, text) each, kind "warning", "critical",
    "information", "question" or "exec" (a box built as an instance and run with exec()).
    `answer` is what a question gets (Yes unless the test says otherwise)."""

    def __init__(self):
        super().__init__()
        from PySide6.QtWidgets import QMessageBox
        self.answer = QMessageBox.Yes

    def said(self, *kinds: str) -> "Said":
        """The texts of these kinds of box, as shown so far and from now on (a live view)."""
        return Said(self, kinds)


class Said:
    def __init__(self, boxes: MessageBoxes, kinds: tuple[str, ...]):
        self.boxes, self.kinds = boxes, kinds

    def _texts(self) -> list[str]:
        return [text for kind, text in self.boxes if not self.kinds or kind in self.kinds]

    def __len__(self):
        return len(self._texts())

    def __getitem__(self, i):
        return self._texts()[i]

    def __iter__(self):
        return iter(self._texts())

    def __eq__(self, other):
        return self._texts() == list(other)

    def __repr__(self):
        return repr(self._texts())


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
