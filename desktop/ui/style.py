"""One look for the whole program: a readable font size for older clerks, calm colours,
large click targets. Pages only set object names; the rules live here.

Sizes in the sheet follow the chosen font size (标准/大/特大), so titles and the
navigation grow with everything else instead of staying at fixed points."""
from __future__ import annotations

from string import Template

DEFAULT_POINT_SIZE = 12

_TEMPLATE = Template("""
QMainWindow, QDialog { background: #f6f7f9; }
QListWidget#navigation {
    background: #24415f; color: #ffffff; border: none;
    font-size: ${nav}pt; outline: 0;
}
QListWidget#navigation::item { padding: 10px 14px; }
QListWidget#navigation::item:selected { background: #3f6ea3; color: #ffffff; }
QListWidget#navigation::item:hover:!selected { background: #2f5378; }
QLabel#pageTitle { font-size: ${title}pt; font-weight: bold; color: #24415f; }
QFrame#card { background: #ffffff; border: 1px solid #d8dde3; border-radius: 6px; min-width: 120px; }
QLabel#cardNumber { font-size: ${number}pt; font-weight: bold; color: #24415f; }
QPushButton { padding: 5px 14px; min-height: 24px; }
QPushButton:default { font-weight: bold; }
QLineEdit, QComboBox, QDateEdit { padding: 3px 6px; min-height: 24px; }
QLineEdit[readOnly="true"] { background: #eceff2; color: #444444; }
QLineEdit#roster_search { font-size: ${nav}pt; padding: 5px 8px; }
QTableView { gridline-color: #d8dde3; selection-background-color: #3f6ea3; }
QHeaderView::section { background: #e6eaef; padding: 4px; border: none;
                       border-right: 1px solid #cfd5dc; border-bottom: 1px solid #cfd5dc; }
QGroupBox { font-weight: bold; margin-top: 14px; }
QGroupBox::title { subcontrol-origin: margin; left: 6px; padding: 0 4px; }
QStatusBar { color: #555555; }
""")


def style_sheet(point_size: int = DEFAULT_POINT_SIZE) -> str:
    """The sheet for a base font of `point_size`: every size in it keeps its ratio to 12pt."""
    def scaled(points: float) -> int:
        return round(points * point_size / DEFAULT_POINT_SIZE)
    return _TEMPLATE.substitute(nav=scaled(13), title=scaled(16), number=scaled(20))


STYLE_SHEET = style_sheet()


def apply_look(app, point_size: int | None) -> None:
    """The application font and the sheet that goes with it (at start and when 字体大小 changes)."""
    from desktop.ui.fonts import apply_app_font
    apply_app_font(app, point_size)
    app.setStyleSheet(style_sheet(point_size or DEFAULT_POINT_SIZE))
