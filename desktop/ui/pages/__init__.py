"""Navigation: one module per area page, each defining `Page(ctx, parent=None)` (a QWidget).

A page is built the first time the clerk opens it (so start-up only pays for the first
page). It may define `refresh()`; the main window calls it each time the page is shown
(including the first) and, for the page on screen, when `ctx.data_changed` fires.
"""
PAGES: list[tuple[str, str]] = [
    ("home", "概览"),
    ("roster", "花名册"),
    ("care", "托老托幼"),
    ("redwhite", "红白理事会"),
    ("funds", "资金与财务公开"),
    ("notices", "公告打印"),
    ("sync", "同步与上报"),
    ("settings", "本村设置"),
]
