"""Labels that the Qt-free core defines (it cannot call Qt's tr), marked here for translation.

Use `core_label(text)` where such a label reaches the screen.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "CoreLabels"
_MARKED = [
    # weekdays (desktop.core.care.places.WEEKDAY_NAMES)
    QT_TRANSLATE_NOOP("CoreLabels", "一"), QT_TRANSLATE_NOOP("CoreLabels", "二"),
    QT_TRANSLATE_NOOP("CoreLabels", "三"), QT_TRANSLATE_NOOP("CoreLabels", "四"),
    QT_TRANSLATE_NOOP("CoreLabels", "五"), QT_TRANSLATE_NOOP("CoreLabels", "六"),
    QT_TRANSLATE_NOOP("CoreLabels", "日"),
    # red-white limits (desktop.core.redwhite figures) and their units
    QT_TRANSLATE_NOOP("CoreLabels", "酒席"), QT_TRANSLATE_NOOP("CoreLabels", "每桌标准"),
    QT_TRANSLATE_NOOP("CoreLabels", "车辆"), QT_TRANSLATE_NOOP("CoreLabels", "彩礼"),
    QT_TRANSLATE_NOOP("CoreLabels", "礼金\n（每位宾客）"), QT_TRANSLATE_NOOP("CoreLabels", "礼金\n（近亲属）"),
    QT_TRANSLATE_NOOP("CoreLabels", "办事天数"), QT_TRANSLATE_NOOP("CoreLabels", "乐队/戏班"),
    QT_TRANSLATE_NOOP("CoreLabels", "桌"), QT_TRANSLATE_NOOP("CoreLabels", "元"),
    QT_TRANSLATE_NOOP("CoreLabels", "辆"), QT_TRANSLATE_NOOP("CoreLabels", "天"),
    QT_TRANSLATE_NOOP("CoreLabels", "班"),
    # font sizes (desktop.ui.i18n.FONT_SIZES)
    QT_TRANSLATE_NOOP("CoreLabels", "标准"), QT_TRANSLATE_NOOP("CoreLabels", "大"),
    QT_TRANSLATE_NOOP("CoreLabels", "特大"),
]


def core_label(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)
