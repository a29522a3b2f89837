"""Interface language and font size: per PC (QSettings), not per village database.

Simplified Chinese is the source language; Korean (조선어) ships for Yanbian villages.
Switching installs a new QTranslator and rebuilds the main window, so no restart is needed.
"""
from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.paths import resources_dir

LANGUAGES = {"zh_CN": "简体中文", "ko": "조선어（한국어）"}
FONT_SIZES = {"标准": 12, "大": 14, "特大": 17}
DEFAULT_FONT_SIZE = 12
_installed: list[QTranslator] = []


def settings() -> QSettings:
    return QSettings("Cunwu", "Cunwu")


def current_language() -> str:
    value = settings().value("ui/language", "zh_CN")
    return value if value in LANGUAGES else "zh_CN"


def current_font_size() -> int:
    try:
        return int(settings().value("ui/font_size", DEFAULT_FONT_SIZE))
    except (TypeError, ValueError):
        return DEFAULT_FONT_SIZE


def install_language(app: QApplication, code: str) -> bool:
    """Install the translators for `code`; returns False when its .qm file is missing."""
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    if code == "zh_CN":
        QLocale.setDefault(QLocale(QLocale.Chinese, QLocale.China))
        _load(app, "qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.TranslationsPath))
        return True
    QLocale.setDefault(QLocale(code))
    ok = _load(app, f"cunwu_{code}", str(resources_dir() / "translations"))
    _load(app, f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.TranslationsPath))
    return ok


def _load(app: QApplication, name: str, folder: str) -> bool:
    tr = QTranslator(app)
    if tr.load(name, folder):
        app.installTranslator(tr)
        _installed.append(tr)
        return True
    return False


def save_language(code: str) -> None:
    settings().setValue("ui/language", code)


def save_font_size(size: int) -> None:
    settings().setValue("ui/font_size", int(size))
