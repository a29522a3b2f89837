"""Register the shipped CJK fonts with Qt: WenQuanYi Micro Hei first, HanaMinB for Extension B (𠮷)."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop.paths import font_path

FONT_FILES = ["wqy-microhei.ttc", "HanaMinB.ttf"]
_families: list[str] = []


def register_fonts() -> list[str]:
    if _families:
        return _families
    for name in FONT_FILES:
        fid = QFontDatabase.addApplicationFont(str(font_path(name)))
        if fid >= 0:
            for fam in QFontDatabase.applicationFontFamilies(fid):
                if fam not in _families:
                    _families.append(fam)
    return _families


def apply_app_font(app: QApplication, point_size: int | None = None) -> QFont:
    families = register_fonts()
    font = QFont()
    # Qt falls back through this list glyph by glyph: rare names draw instead of boxes.
    font.setFamilies(families)
    if point_size:
        font.setPointSize(point_size)
    app.setFont(font)
    return font
