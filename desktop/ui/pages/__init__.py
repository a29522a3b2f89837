"""Navigation: one module per area page, each defining `Page(ctx, parent=None)` (a QWidget).

A page is built the first time the clerk opens it (so start-up only pays for the first
page). It may define `refresh()`; the main window calls it each time the page is shown
(including the first); the page itself asks `ctx.follow(self)` to be refreshed after each
announced change while it is on screen (so it refreshes once per change).
"""
from PySide6.QtCore import QT_TRANSLATE_NOOP

# Titles are marked for extraction here and translated where shown (context "Navigation").
PAGES: list[tuple[str, str]] = [
    ("home", QT_TRANSLATE_NOOP("Navigation", "概览")),
    ("roster", QT_TRANSLATE_NOOP("Navigation", "花名册")),
    ("care", QT_TRANSLATE_NOOP("Navigation", "托老托幼")),
    ("redwhite", QT_TRANSLATE_NOOP("Navigation", "红白理事会")),
    ("funds", QT_TRANSLATE_NOOP("Navigation", "资金与财务公开")),
    ("notices", QT_TRANSLATE_NOOP("Navigation", "公告打印")),
    ("sync", QT_TRANSLATE_NOOP("Navigation", "同步与上报")),
    ("settings", QT_TRANSLATE_NOOP("Navigation", "本村设置")),
]
