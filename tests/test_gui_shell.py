"""The main window opens on the demo village with every page, and draws Chinese."""
from __future__ import annotations

from desktop.ui.context import AppContext
from desktop.ui.fonts import register_fonts
from desktop.ui.main_window import MainWindow
from desktop.ui.pages import PAGES


def test_main_window_has_every_page(qtbot, demo_store, tmp_path):
    ctx = AppContext(demo_store, tmp_path / "demo.sqlite")
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    assert w.nav.count() == len(PAGES)
    for key, _ in PAGES:
        assert w.show_page(key) is w.stack.currentWidget()
    home = w.show_page("home")
    active = demo_store.scalar("SELECT COUNT(*) FROM household WHERE status='active'")
    assert 100 < active <= 120     # the demo dissolves a household or two as history
    assert int(home.labels["households"].text()) == active
    assert "高家湾村" in w.windowTitle()


def test_shipped_fonts_cover_rare_characters(qapp):
    from PySide6.QtGui import QFont, QFontMetrics, QRawFont
    families = register_fonts()
    assert "WenQuanYi Micro Hei" in families
    assert any("Hana" in f for f in families)
    font = QFont()
    font.setFamilies(families)
    fm = QFontMetrics(font)
    for ch in "堃喆淼昇珺阿·热합":
        assert fm.inFontUcs4(ord(ch)), ch
    raw_b = QRawFont.fromFont(QFont([f for f in families if "Hana" in f][0]))
    assert raw_b.supportsCharacter(0x20BB7)   # 𠮷
