"""The month register as a table model: people x days, walk-in rows, live totals.

Every edit goes through `desktop.core.care.register.save_cells` (one transaction per
action); the model then updates its copy and repaints only the touched cells and totals.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from db.errors import CunwuError
from desktop.core.care import kinds
from desktop.core.care.places import WEEKDAY_NAMES
from desktop.core.care.register import Cell, Register, month_register, save_cells, set_visitors, whole_day_present

NOT_ENROLLED = QColor("#e4e4e4")
CLOSED = QColor("#fff4cc")
PRESENT = QColor("#dff3df")
TOTAL = QColor("#eef2f8")
FLAGGED = QColor("#ffc7ce")

# Extra rows under the people and extra columns after the days.
VISITORS, VISITOR_MEALS, DAY_ATTENDANCE, DAY_MEALS = range(4)
ROW_DAYS, ROW_MEALS = range(2)


class RegisterModel(QAbstractTableModel):
    # (text, is_error): refusals and warnings for the status line under the grid.
    message = Signal(str, bool)

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.register: Register | None = None
        self.days: list[str] = []
        self.service_keys: dict[str, str] = {}

    # ------------------------------------------------------------- loading
    def load(self, place_id: str, month: str) -> None:
        self.beginResetModel()
        self.register = month_register(self.store, place_id, month)
        self.days = self.register.days
        offered = kinds.split_services(self.register.place["services"])
        self.service_keys = {k: s for s, k in kinds.SERVICE_KEYS.items() if s in offered}
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.register, self.days = None, []
        self.endResetModel()

    @property
    def people(self) -> int:
        return len(self.register.rows) if self.register else 0

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or not self.register else self.people + 4

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or not self.register else len(self.days) + 2

    def is_person_day(self, index: QModelIndex) -> bool:
        return index.isValid() and index.row() < self.people and index.column() < len(self.days)

    def extra_row(self, row: int) -> int | None:
        return row - self.people if row >= self.people else None

    def cell(self, index: QModelIndex) -> Cell:
        row = self.register.rows[index.row()]
        return row.cells.get(self.days[index.column()], Cell())

    # ------------------------------------------------------------- display
    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if not self.register:
            return None
        if orientation == Qt.Horizontal:
            if section < len(self.days):
                d = date.fromisoformat(self.days[section])
                if role == Qt.DisplayRole:
                    return f"{d.day}\n{WEEKDAY_NAMES[d.weekday()]}"
                if role == Qt.ToolTipRole:
                    is_open, why = self.register.opening[self.days[section]]
                    return self.days[section] + ("" if is_open else f"（{why}）")
                if role == Qt.BackgroundRole and not self.register.opening[self.days[section]][0]:
                    return QBrush(CLOSED)
            elif role == Qt.DisplayRole:
                return [self.tr("出勤\n天数"), self.tr("用餐\n餐次")][section - len(self.days)]
            return None
        if role == Qt.DisplayRole:
            extra = self.extra_row(section)
            if extra is None:
                return self.register.rows[section].name
            return [self.tr("临时来访（人次）"), self.tr("来访用餐（餐次）"), self.tr("在托出勤（人次）"),
                    self.tr("在托用餐（餐次）")][extra]
        if role == Qt.ToolTipRole and section < self.people:
            r = self.register.rows[section]
            spans = "；".join(f"{s} 至 {e or '今'}" for s, e in r.periods) or self.tr("未入托")
            return f"{r.name} {r.gender} {r.age if r.age is not None else ''}岁\n{spans}"
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not self.register:
            return None
        row, col = index.row(), index.column()
        extra = self.extra_row(row)
        ndays = len(self.days)
        if extra is None:
            person = self.register.rows[row]
            if col >= ndays:
                totals = self.register.row_totals(person)
                if role == Qt.DisplayRole:
                    return str(totals[col - ndays])
                if role == Qt.BackgroundRole:
                    return QBrush(TOTAL)
                if role == Qt.TextAlignmentRole:
                    return int(Qt.AlignCenter)
                return None
            day = self.days[col]
            cell = person.cells.get(day, Cell())
            enrolled = person.enrolled_on(day)
            if role == Qt.DisplayRole:
                if cell.empty:
                    return ""
                letters = "".join(kinds.SERVICE_KEYS.get(s, "") for s in cell.services)
                return "√" + (str(cell.meals) if cell.meals else "") + letters
            if role == Qt.BackgroundRole:
                if cell.present and not enrolled:
                    return QBrush(FLAGGED)
                if not enrolled:
                    return QBrush(NOT_ENROLLED)
                if cell.present:
                    return QBrush(PRESENT)
                if not self.register.opening[day][0]:
                    return QBrush(CLOSED)
                return None
            if role == Qt.ToolTipRole:
                parts = [f"{person.name} {day}"]
                if not enrolled:
                    parts.append(self.tr("不在入托期内"))
                if not cell.empty:
                    parts.append(self.tr("出勤") + (f"，{cell.meals} 餐" if cell.meals else ""))
                    if cell.services:
                        parts.append("、".join(cell.services))
                return "\n".join(parts)
            if role == Qt.TextAlignmentRole:
                return int(Qt.AlignCenter)
            return None
        # extra rows: walk-ins (editable) and day totals
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignCenter)
        if role == Qt.BackgroundRole and extra >= DAY_ATTENDANCE:
            return QBrush(TOTAL)
        if role == Qt.FontRole and extra >= DAY_ATTENDANCE:
            f = QFont()
            f.setBold(True)
            return f
        if role not in (Qt.DisplayRole, Qt.EditRole):
            return None
        if col >= ndays:
            if extra >= DAY_ATTENDANCE and col - ndays == ROW_DAYS:
                return str(sum(self.register.day_totals(d)[extra - DAY_ATTENDANCE] for d in self.days))
            if extra < DAY_ATTENDANCE and col - ndays == ROW_DAYS:
                return str(sum(v[extra] for v in self.register.visitors.values()))
            return ""
        day = self.days[col]
        if extra < DAY_ATTENDANCE:
            value = self.register.visitors.get(day, (0, 0))[extra]
            return value if role == Qt.EditRole else (str(value) if value else "")
        value = self.register.day_totals(day)[extra - DAY_ATTENDANCE]
        return str(value) if value else ""

    def flags(self, index):
        base = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        extra = self.extra_row(index.row())
        if extra is not None and extra < DAY_ATTENDANCE and index.column() < len(self.days):
            return base | Qt.ItemIsEditable
        return base

    # --------------------------------------------------------------- edits
    def setData(self, index, value, role=Qt.EditRole):
        """Only the walk-in rows are edited in place (a number)."""
        extra = self.extra_row(index.row())
        if role != Qt.EditRole or extra is None or extra >= DAY_ATTENDANCE or index.column() >= len(self.days):
            return False
        try:
            n = int(str(value).strip() or 0)
        except ValueError:
            self.message.emit(self.tr("请填写整数。"), True)
            return False
        day = self.days[index.column()]
        visitors, meals = self.register.visitors.get(day, (0, 0))
        visitors, meals = (n, meals) if extra == VISITORS else (visitors, n)
        try:
            out = set_visitors(self.store, self.register.place["id"], day, visitors, meals)
        except CunwuError as exc:
            self.message.emit(str(exc), True)
            return False
        if visitors or meals:
            self.register.visitors[day] = (visitors, meals)
        else:
            self.register.visitors.pop(day, None)
        self.message.emit("\n".join(out.warnings), False)
        self._changed_column(index.column())
        return True

    def apply(self, edits: list[tuple[str, str, Cell]]) -> bool:
        """Write a batch of cell changes in one transaction; refresh what they touch."""
        if not edits or not self.register:
            return False
        try:
            out = save_cells(self.store, self.register.place["id"], edits)
        except CunwuError as exc:
            self.message.emit(str(exc), True)
            return False
        rows = {r.person_id: i for i, r in enumerate(self.register.rows)}
        touched_rows, touched_cols = set(), set()
        for person_id, day, cell in edits:
            r = rows[person_id]
            cell = cell.normalised()
            if cell.empty:
                self.register.rows[r].cells.pop(day, None)
            else:
                self.register.rows[r].cells[day] = cell
            touched_rows.add(r)
            touched_cols.add(self.days.index(day))
        for r in touched_rows:
            self.dataChanged.emit(self.index(r, min(touched_cols)), self.index(r, self.columnCount() - 1))
        for c in touched_cols:
            self._changed_column(c)
        self.message.emit("\n".join(out.warnings), False)
        return True

    def _changed_column(self, col: int) -> None:
        n = self.people
        self.dataChanged.emit(self.index(n, col), self.index(n + 3, col))
        last = self.columnCount() - 1
        self.dataChanged.emit(self.index(n, last - 1), self.index(n + 3, last))

    def _person_day(self, index) -> tuple[str, str]:
        return self.register.rows[index.row()].person_id, self.days[index.column()]

    def toggle(self, indexes: list[QModelIndex]) -> bool:
        """Space: mark present; if all chosen cells already are, clear them."""
        cells = [i for i in indexes if self.is_person_day(i)]
        if not cells:
            return False
        all_present = all(self.cell(i).present for i in cells)
        edits = []
        for i in cells:
            person_id, day = self._person_day(i)
            if all_present:
                edits.append((person_id, day, Cell()))
            elif not self.cell(i).present and self.register.rows[i.row()].enrolled_on(day):
                edits.append((person_id, day, Cell(True)))
        if not edits and not all_present:
            self.message.emit(self.tr("所选日期不在入托期内，不能记出勤。"), True)
            return False
        return self.apply(edits)

    def set_meals(self, indexes: list[QModelIndex], meals: int) -> bool:
        edits = [(*self._person_day(i), Cell(True, meals, self.cell(i).services))
                 for i in indexes if self.is_person_day(i)]
        return self.apply(edits)

    def toggle_service(self, indexes: list[QModelIndex], key: str) -> bool:
        service = self.service_keys.get(key.upper())
        if service is None:
            return False
        cells = [i for i in indexes if self.is_person_day(i)]
        have = all(service in self.cell(i).services for i in cells)
        edits = []
        for i in cells:
            c = self.cell(i)
            services = tuple(s for s in c.services if s != service) if have else tuple(dict.fromkeys((*c.services, service)))
            edits.append((*self._person_day(i), Cell(c.present or not have, c.meals, services)))
        return self.apply(edits)

    def clear_cells(self, indexes: list[QModelIndex]) -> bool:
        edits = [(*self._person_day(i), Cell()) for i in indexes if self.is_person_day(i) and not self.cell(i).empty]
        return self.apply(edits)

    def whole_day(self, column: int, meals: int | None = None) -> bool:
        if not self.register or not 0 <= column < len(self.days):
            return False
        edits = whole_day_present(self.register, self.days[column], meals)
        if not edits:
            self.message.emit(self.tr("这一天在托人员都已记出勤。"), False)
            return False
        return self.apply(edits)
