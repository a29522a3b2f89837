"""One look for the whole program: a readable font size for older clerks, calm colours,
large click targets. Pages only set object names; the rules live here."""
from __future__ import annotations

DEFAULT_POINT_SIZE = 12

STYLE_SHEET = """
QMainWindow, QDialog { background: #f6f7f9; }
QListWidget#navigation {
    background: #24415f; color: #ffffff; border: none;
    font-size: 13pt; outline: 0;
}
QListWidget#navigation::item { padding: 10px 14px; }
QListWidget#navigation::item:selected { background: #3f6ea3; color: #ffffff; }
QListWidget#navigation::item:hover:!selected { background: #2f5378; }
QLabel#pageTitle { font-size: 15pt; font-weight: bold; color: #24415f; }
QPushButton { padding: 5px 14px; min-height: 24px; }
QPushButton:default { font-weight: bold; }
QLineEdit, QComboBox, QDateEdit { padding: 3px 6px; min-height: 24px; }
QLineEdit[readOnly="true"] { background: #eceff2; color: #444444; }
QLineEdit#roster_search { font-size: 13pt; padding: 5px 8px; }
QTableView { gridline-color: #d8dde3; selection-background-color: #3f6ea3; }
QHeaderView::section { background: #e6eaef; padding: 4px; border: none;
                       border-right: 1px solid #cfd5dc; border-bottom: 1px solid #cfd5dc; }
QGroupBox { font-weight: bold; margin-top: 14px; }
QGroupBox::title { subcontrol-origin: margin; left: 6px; padding: 0 4px; }
QStatusBar { color: #555555; }
"""
