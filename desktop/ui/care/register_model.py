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
from desktop.ui.care.labels import day_note
from desktop.ui.core_labels import core_label, core_list
from desktop.ui.i18n import core_text

NOT_ENROLLED = QBrush(QColor("#e4e4e4"))
CLOSED = QBrush(QColor("#fff4cc"))
PRESENT = QBrush(QColor("#dff3df"))
TOTAL = QBrush(QColor("#eef2f8"))
FLAGGED = QBrush(QColor("#ffc7ce"))
# data() runs for every visible cell and role: plain ints, because looking up a PySide6
# enum member costs tens of microseconds each time.
DISPLAY, EDIT, TOOLTIP, FONT_ROLE, ALIGN, BACKGROUND = (int(r.value) for r in (
    Qt.DisplayRole, Qt.EditRole, Qt.ToolTipRole, Qt.FontRole, Qt.TextAlignmentRole, Qt.BackgroundRole))
HORIZONTAL = Qt.Horizontal
CENTER = int(Qt.AlignCenter.value)
FLAGS_CELL = Qt.ItemIsEnabled | Qt.ItemIsSelectable
FLAGS_EDITABLE = FLAGS_CELL | Qt.ItemIsEditable
_HANDLED = {DISPLAY, EDIT, TOOLTIP, FONT_ROLE, ALIGN, BACKGROUND}

# Extra rows under the people and extra columns after the days.
VISITORS, VISITOR_MEALS, DAY_ATTENDANCE, DAY_MEALS = range(4)
ROW_DAYS, ROW_MEALS = range(2)
EMPTY = Cell()


class RegisterModel(QAbstractTableModel):
    # (text, is_error): refusals and warnings for the status line under the grid.
    message = Signal(str, bool)

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.register: Register | None = None
        self.days: list[str] = []
        self.service_keys: dict[str, str] = {}
        self._bold: QFont | None = None

    # ------------------------------------------------------------- loading
    def load(self, place_id: str, month: str) -> None:
        self.beginResetModel()
        self.register = month_register(self.store, place_id, month)
        self.days = self.register.days
        # which days each person is enrolled: asked for every painted cell
        self.enrolled = [{d for d in self.days if r.enrolled_on(d)} for r in self.register.rows]
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
    def headerData(self, section, orientation, role=DISPLAY):
        role = int(role.value) if hasattr(role, "value") else role
        if not self.register or role not in _HANDLED:
            return None
        if orientation == HORIZONTAL:
            if section < len(self.days):
                d = date.fromisoformat(self.days[section])
                if role == DISPLAY:
                    return f"{d.day}\n{core_label(WEEKDAY_NAMES[d.weekday()])}"
                if role == TOOLTIP:
                    is_open, why = self.register.opening[self.days[section]]
                    return self.days[section] if is_open else self.tr("%1（%2）").replace(
                        "%1", self.days[section]).replace("%2", day_note(why))
                if role == BACKGROUND and not self.register.opening[self.days[section]][0]:
                    return CLOSED
            elif role == DISPLAY:
                return [self.tr("出勤\n天数"), self.tr("用餐\n餐次")][section - len(self.days)]
            return None
        if role == DISPLAY:
            extra = self.extra_row(section)
            if extra is None:
                return self.register.rows[section].name
            return [self.tr("临时来访（人次）"), self.tr("来访用餐（餐次）"), self.tr("在托出勤（人次）"),
                    self.tr("在托用餐（餐次）")][extra]
        if role == TOOLTIP and section < self.people:
            r = self.register.rows[section]
            spans = "；".join(self.tr("%1 至 %2").replace("%1", s).replace("%2", e or self.tr("今"))
                             for s, e in r.periods) or self.tr("未入托")
            return self.tr("%1 %2 %3岁").replace("%1", r.name).replace("%2", r.gender).replace(
                "%3", "" if r.age is None else str(r.age)) + "\n" + spans
        return None

    def data(self, index, role=DISPLAY):
        role = int(role.value) if hasattr(role, "value") else role
        if role not in _HANDLED or not self.register or not index.isValid():
            return None
        row, col = index.row(), index.column()
        extra = self.extra_row(row)
        ndays = len(self.days)
        if extra is None:
            person = self.register.rows[row]
            if col >= ndays:
                totals = self.register.row_totals(person)
                if role == DISPLAY:
                    return str(totals[col - ndays])
                if role == BACKGROUND:
                    return TOTAL
                if role == ALIGN:
                    return CENTER
                return None
            day = self.days[col]
            cell = person.cells.get(day, EMPTY)
            enrolled = day in self.enrolled[row]
            if role == DISPLAY:
                if cell.empty:
                    return ""
                letters = "".join(kinds.SERVICE_KEYS.get(s, "") for s in cell.services)
                return "√" + (str(cell.meals) if cell.meals else "") + letters
            if role == BACKGROUND:
                if cell.present and not enrolled:
                    return FLAGGED
                if not enrolled:
                    return NOT_ENROLLED
                if cell.present:
                    return PRESENT
                if not self.register.opening[day][0]:
                    return CLOSED
                return None
            if role == TOOLTIP:
                parts = [f"{person.name} {day}"]
                if not enrolled:
                    parts.append(self.tr("不在入托期内"))
                if not cell.empty:
                    parts.append(self.tr("出勤，%1 餐").replace("%1", str(cell.meals)) if cell.meals
                                 else self.tr("出勤"))
                    if cell.services:
                        parts.append(core_list("、".join(cell.services)))
                return "\n".join(parts)
            if role == ALIGN:
                return CENTER
            return None
        # extra rows: walk-ins (editable) and day totals
        if role == ALIGN:
            return CENTER
        if role == BACKGROUND and extra >= DAY_ATTENDANCE:
            return TOTAL
        if role == FONT_ROLE and extra >= DAY_ATTENDANCE:
            if self._bold is None:
                self._bold = QFont()
                self._bold.setBold(True)
            return self._bold
        if role not in (DISPLAY, EDIT):
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
            return value if role == EDIT else (str(value) if value else "")
        value = self.register.day_totals(day)[extra - DAY_ATTENDANCE]
        return str(value) if value else ""

    def flags(self, index):
        extra = self.extra_row(index.row())
        if extra is not None and extra < DAY_ATTENDANCE and index.column() < len(self.days):
            return FLAGS_EDITABLE
        return FLAGS_CELL

    # --------------------------------------------------------------- edits
    def setData(self, index, value, role=EDIT):
        """Only the walk-in rows are edited in place (a number)."""
        role = int(role.value) if hasattr(role, "value") else role
        extra = self.extra_row(index.row())
        if role != EDIT or extra is None or extra >= DAY_ATTENDANCE or index.column() >= len(self.days):
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
            self.message.emit(core_text(exc), True)
            return False
        if visitors or meals:
            self.register.visitors[day] = (visitors, meals)
        else:
            self.register.visitors.pop(day, None)
        self.message.emit(core_text("\n".join(out.warnings)), False)
        self._changed_column(index.column())
        return True

    def apply(self, edits: list[tuple[str, str, Cell]]) -> bool:
        """Write a batch of cell changes in one transaction; refresh what they touch."""
        if not edits or not self.register:
            return False
        try:
            out = save_cells(self.store, self.register.place["id"], edits)
        except CunwuError as exc:
            self.message.emit(core_text(exc), True)
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
        self.message.emit(core_text("\n".join(out.warnings)), False)
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
