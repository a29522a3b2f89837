"""The roster table: a model that fetches people page by page, so 100,000 rows open at once.

The view asks `canFetchMore` / `fetchMore` as the clerk scrolls; each fetch is one
indexed search page that starts after the last row shown (`search_page` with its cursor: as
fast far down a long result as at its top, where an offset would read every row above). The total is counted only up to `count_cap` (a county file has a
million people: "1,000+"); the roster page asks for the exact total off the UI thread.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from db import Store
from desktop.core.roster import codes
from desktop.core.roster import search as roster_search
from desktop.ui.core_labels import core_label, relation_label

PAGE_SIZE = 300


def _t(text: str) -> str:
    return QCoreApplication.translate("RosterModel", text)


# (row key, header); the headers are translated when shown.
COLUMNS: list[tuple[str, str]] = [
    ("name", QT_TRANSLATE_NOOP("RosterModel", "姓名")), ("gender", QT_TRANSLATE_NOOP("RosterModel", "性别")),
    ("age", QT_TRANSLATE_NOOP("RosterModel", "年龄")), ("ethnicity", QT_TRANSLATE_NOOP("RosterModel", "民族")),
    ("id_number", QT_TRANSLATE_NOOP("RosterModel", "身份证号")),
    ("relation", QT_TRANSLATE_NOOP("RosterModel", "与户主关系")), ("hh_no", QT_TRANSLATE_NOOP("RosterModel", "户号")),
    ("group_name", QT_TRANSLATE_NOOP("RosterModel", "村民小组")), ("status", QT_TRANSLATE_NOOP("RosterModel", "状态")),
    ("phone", QT_TRANSLATE_NOOP("RosterModel", "联系电话")),
]


def _age(birth_date: str | None, today: date) -> str:
    # Not people.age_on: importing people loads pypinyin, seconds before the table could show.
    if not birth_date:
        return ""
    if len(birth_date) == 4:            # a masked view shows the year only (security.visibility)
        return str(today.year - int(birth_date))
    y, m, d = int(birth_date[:4]), int(birth_date[5:7]), int(birth_date[8:10])
    return str(today.year - y - ((today.month, today.day) < (m, d)))


@dataclass(frozen=True)
class RosterFilter:
    query: str = ""
    group: str | None = None
    status: str | None = None
    special: str | None = None

    def kwargs(self) -> dict:
        return {"group": self.group, "status": self.status, "special": self.special}


_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_USER = Qt.ItemDataRole.UserRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_ALIGN = Qt.ItemDataRole.TextAlignmentRole.value
_CENTER = Qt.AlignmentFlag.AlignCenter.value
_KEYS = [key for key, _ in COLUMNS]
_CENTRED = {i for i, key in enumerate(_KEYS) if key in ("age", "gender")}
_GONE = ("迁出", "死亡", "已合并")
_GREY = QColor("#888888")


class RosterModel(QAbstractTableModel):
    def __init__(self, store: Store, parent=None, page_size: int = PAGE_SIZE,
                 count_cap: int = roster_search.COUNT_CAP):
        super().__init__(parent)
        self.store = store
        self.page_size = page_size
        self.count_cap = count_cap
        self.filter = RosterFilter()
        self._terms: dict[str, str] = {}
        self.rows: list[dict] = []
        self.total = 0
        self.total_exact = True         # False: more than `total` people match (counted off the UI thread)
        self._exhausted = False
        self._cursor: roster_search.PageCursor | None = None
        self.reload()

    # ------------------------------------------------------------ filtering
    def set_filter(self, flt: RosterFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        """Start over with the current filter: count, then the first page."""
        self.beginResetModel()
        self.today = date.today()
        self.rows, self._cursor, self.total, more = roster_search.first_page(
            self.store, self.filter.query, limit=self.page_size, cap=self.count_cap, **self.filter.kwargs())
        self.total_exact = not more
        self._exhausted = len(self.rows) < self.page_size
        self.endResetModel()

    def _page(self, after: roster_search.PageCursor | None) -> tuple[list[dict], roster_search.PageCursor | None]:
        return roster_search.search_page(self.store, self.filter.query, limit=self.page_size, after=after,
                                         **self.filter.kwargs())

    # ------------------------------------------------------------ lazy fetch
    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return (not parent.isValid() and not self._exhausted
                and (not self.total_exact or len(self.rows) < self.total))

    def set_exact_total(self, flt: RosterFilter, total: int) -> bool:
        """The exact count for `flt` arrived from the worker; False if the filter changed since."""
        if flt != self.filter:
            return False
        self.total, self.total_exact = total, True
        return True

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid():
            return
        more, cursor = self._page(self._cursor)
        if len(more) < self.page_size:
            self._exhausted = True
        if not more:
            return
        self._cursor = cursor
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    # ------------------------------------------------------------ table
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=_DISPLAY):
        if role != _DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return _t(COLUMNS[section][1])
        return str(section + 1)

    def data(self, index: QModelIndex, role=_DISPLAY):
        # Called for every visible cell and role on each paint: plain ints, no enum lookups.
        row_no = index.row()
        if row_no < 0 or row_no >= len(self.rows):
            return None
        if role == _DISPLAY:
            return self.display(self.rows[row_no], _KEYS[index.column()])
        if role == _USER:
            return self.rows[row_no]
        if role == _FOREGROUND:
            return _GREY if self.rows[row_no].get("status") in _GONE else None
        if role == _ALIGN and index.column() in _CENTRED:
            return _CENTER
        return None

    def display(self, row: dict, key: str) -> str:
        if key == "age":
            return _age(row.get("birth_date"), self.today)
        if key == "ethnicity":
            code = row.get("ethnicity") or ""
            return self._term(codes.ETHNICITIES.get(code, code))
        value = row.get(key)
        if value is None:
            return ""
        if key in ("gender", "status"):
            return self._term(value)
        if key == "relation":
            return relation_label(value)
        return str(value)

    def _term(self, text: str) -> str:
        # Painting asks for every visible cell: translate each term once per model.
        shown = self._terms.get(text)
        if shown is None:
            shown = self._terms[text] = core_label(text)
        return shown

    def person_at(self, row: int) -> dict | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None
