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
_language = "zh_CN"          # the language installed now (the core's messages follow it)


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
    global _language
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    _language = code
    if code == "zh_CN":
        QLocale.setDefault(QLocale(QLocale.Chinese, QLocale.China))
        _load(app, "qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.TranslationsPath))
        return True
    QLocale.setDefault(QLocale(code))
    _compile_if_stale(code)
    ok = _load(app, f"cunwu_{code}", str(resources_dir() / "translations"))
    _load(app, f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.TranslationsPath))
    return ok


def _compile_if_stale(code: str) -> None:
    """Running from a checkout: .qm files are built, never committed, so a fresh clone started
    without tools/dev.py (or a .ts updated by a pull) would silently stay Chinese. Compile the
    .ts here when its .qm is missing or older. The built program ships its .qm files."""
    import subprocess
    import sys
    if getattr(sys, "frozen", False):
        return
    folder = resources_dir() / "translations"
    ts, qm = folder / f"cunwu_{code}.ts", folder / f"cunwu_{code}.qm"
    if not ts.exists() or (qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime):
        return
    from pathlib import Path
    import shutil
    name = "pyside6-lrelease" + (".exe" if sys.platform == "win32" else "")
    tool = Path(sys.executable).parent / name
    tool = str(tool) if tool.exists() else shutil.which(name)
    if tool:
        try:
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True, timeout=120,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except (OSError, subprocess.SubprocessError):
            pass        # install_language then reports the language as missing


def installed_language() -> str:
    return _language


def core_text(text) -> str:
    """A message from the Qt-free core (a refusal's text, or the exception itself) in the
    interface language: the core writes Chinese, resources/translations/core_<lang>.json
    translates it (desktop.core.messages)."""
    from desktop.core.messages import localize
    from desktop.ui.core_labels import core_label
    return localize(str(text) if text is not None else "", _language, term=core_label)


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
