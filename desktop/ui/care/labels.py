"""Care texts the core words in Chinese (opening days, why a day is closed), said in the interface's language."""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.core.care.places import WEEKDAY_NAMES
from desktop.ui.core_labels import core_label

# Spelled out at each call (context and text literal) so lupdate extracts them.
translate = QCoreApplication.translate

# desktop.core.care.places.opening(): "周六不开放" for the weekly rule; an exception day
# carries the clerk's own note (data, shown as typed) or one of the two defaults.
_WEEKLY_CLOSED = re.compile(r"^周(.)不开放$")


def _t(text: str) -> str:
    return translate("CareLabels", text)


def weekdays_text(digits: str) -> str:
    """'12345' -> 周一至周五 (or its translation); the interface's copy of places.weekdays_label."""
    if digits == "1234567":
        return translate("CareLabels", "每天")
    if digits == "12345":
        return translate("CareLabels", "周一至周五")
    days = core_label("、").join(core_label(WEEKDAY_NAMES[int(d) - 1]) for d in digits)
    return translate("CareLabels", "周%1").replace("%1", days)


def day_note(why: str) -> str:
    m = _WEEKLY_CLOSED.match(why or "")
    if m:
        return translate("CareLabels", "周%1不开放").replace("%1", core_label(m.group(1)))
    if why in ("临时开放", "临时闭馆"):
        return _t(why)
    return why


# The two default notes, marked for extraction (shown through _t above).
_DEFAULT_NOTES = [QT_TRANSLATE_NOOP("CareLabels", "临时开放"), QT_TRANSLATE_NOOP("CareLabels", "临时闭馆")]
