"""Korean (조선어) build: every interface string is extracted, translated, and shown."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import translations  # noqa: E402

HAN = re.compile(r"[\u4e00-\u9fff]")
TS = ROOT / "resources" / "translations" / "cunwu_ko.ts"


def _keys(path: Path) -> set[tuple[str, str]]:
    return {(m["context"], m["source"]) for m in translations.messages(path)}


def test_committed_ts_holds_every_interface_string(tmp_path):
    fresh = translations.extract(tmp_path / "fresh_ko.ts")
    missing = _keys(fresh) - _keys(TS)
    assert not missing, f"run `python tools/translations.py extract` and translate: {sorted(missing)[:10]}"


def test_every_korean_message_is_translated():
    unfinished = [m["source"] for m in translations.messages(TS)
                  if not m["translation"] or m["type"] in ("unfinished",)]
    assert unfinished == [], unfinished[:20]


def test_placeholders_survive_translation():
    pattern = re.compile(r"%\d+|%[sdn]|\{[^}]*\}")
    bad = [m["source"] for m in translations.messages(TS)
           if sorted(pattern.findall(m["source"])) != sorted(pattern.findall(m["translation"]))]
    assert bad == []


@pytest.fixture
def korean(qapp, tmp_path):
    from PySide6.QtCore import QTranslator
    subprocess_qm = tmp_path / "cunwu_ko.qm"
    import subprocess
    subprocess.run([translations._tool("lrelease"), "-silent", str(TS), "-qm", str(subprocess_qm)], check=True)
    tr = QTranslator()
    assert tr.load(str(subprocess_qm))
    qapp.installTranslator(tr)
    yield
    qapp.removeTranslator(tr)


def test_korean_interface_has_no_chinese_left(qtbot, korean, demo_store, tmp_path):
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QTabWidget, QTableView, QTableWidget
    from PySide6.QtCore import Qt
    from desktop.ui.context import AppContext
    from desktop.ui.main_window import MainWindow
    from desktop.ui.pages import PAGES
    w = MainWindow(AppContext(demo_store, tmp_path / "demo.sqlite"))
    qtbot.addWidget(w)
    w.show()
    leftovers: list[str] = []
    for i in range(w.nav.count()):
        if HAN.search(w.nav.item(i).text()):
            leftovers.append(f"nav: {w.nav.item(i).text()}")
    for key, _ in PAGES:
        page = w.show_page(key)
        for b in page.findChildren(QAbstractButton):
            if b.text() and HAN.search(b.text()) and b.property("data") is None:
                leftovers.append(f"{key} button: {b.text()}")
        for g in page.findChildren(QGroupBox):
            if HAN.search(g.title()):
                leftovers.append(f"{key} group: {g.title()}")
        for t in page.findChildren(QTabWidget):
            for j in range(t.count()):
                if HAN.search(t.tabText(j)):
                    leftovers.append(f"{key} tab: {t.tabText(j)}")
        for view in page.findChildren(QTableView):
            model = view.model()
            if model is None:
                continue
            for c in range(model.columnCount()):
                head = model.headerData(c, Qt.Horizontal, Qt.DisplayRole)
                if isinstance(head, str) and HAN.search(head):
                    leftovers.append(f"{key} column: {head}")
    assert leftovers == [], leftovers[:30]
