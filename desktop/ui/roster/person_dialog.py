"""新增/修改人员: validates as the clerk types and says why, in Chinese, beside the field.

The ID number fills birth date and gender; saving calls people.add_person / update_person
(which validate again) and shows any refusal in a message box.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
                               QLabel, QLineEdit, QListWidget, QPushButton, QVBoxLayout, QWidget)

from db.errors import CunwuError, ValidationError
from desktop.core import village
from desktop.core.roster import codes, idcard, life_history, people
from desktop.core.roster.names import clean_name
from desktop.core.security import visibility
from desktop.ui.ops import run_op
from desktop.ui.roster.groups_panel import GroupsPanel
from desktop.ui.kit.dialogs import dialog_buttons
from desktop.ui.core_labels import core_label, relation_label
from desktop.ui.screen_fit import fit_window
from desktop.ui.i18n import core_text

ERROR_STYLE = "color: #b00020;"
NOTE_STYLE = "color: #7a5b00;"
OK_STYLE = "color: #1b7a1b;"


class FieldRow(QWidget):
    """An input with its message underneath (red for errors, brown for notes)."""

    def __init__(self, editor: QWidget, parent=None):
        super().__init__(parent)
        self.editor = editor
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addWidget(editor)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        box.addWidget(self.message)

    def show_message(self, text: str = "", style: str = ERROR_STYLE) -> None:
        self.message.setText(core_text(text))
        self.message.setStyleSheet(style)
        self.message.setVisible(bool(text))


class PersonDialog(QDialog):
    """Add a person (person_id=None) or edit one. `saved(person_id)` fires after a save."""
    saved = Signal(str)

    def __init__(self, ctx, person_id: str | None = None, household_id: str | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.store = ctx.store
        self.person_id = person_id
        self.person = people.get_person(self.store, person_id) if person_id else None
        household_id = self.person["household_id"] if self.person else household_id
        self.household = people.household_detail(self.store, household_id) if household_id else None
        # A role that sees some fields masked (监委会, township) views the record, never edits it:
        # a masked 身份证号 must not be saved back.
        self.read_only = bool(person_id) and not visibility.sees_all(self.store.role)
        self.setWindowTitle(self.tr("查看人员信息") if self.read_only else
                            self.tr("修改人员信息") if person_id else self.tr("新增人员"))
        fit_window(self, "person", 900, 680)
        self._id_filled: tuple[str, str] | None = None   # what the ID number last filled in
        self._build()
        if self.person:
            self._load(visibility.view_person(self.store.role, self.person))
        if self.read_only:
            self._make_read_only()
        else:
            self.validate()

    def _make_read_only(self) -> None:
        for edit in self.findChildren(QLineEdit):
            edit.setReadOnly(True)
        closing = set(self.buttons.buttons())
        for widget in self.findChildren(QComboBox) + self.findChildren(QPushButton):
            if widget not in closing:
                widget.setEnabled(False)
        self.buttons.button(QDialogButtonBox.Save).setVisible(False)

    # ---------------------------------------------------------------- layout
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        columns = QHBoxLayout()
        outer.addLayout(columns)
        layout = QVBoxLayout()
        columns.addLayout(layout, 3)
        side = QVBoxLayout()
        columns.addLayout(side, 2)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignRight | Qt.AlignTop)
        self.name = QLineEdit()
        self.name.setObjectName("person_name")
        self.id_number = QLineEdit()
        self.id_number.setObjectName("person_id_number")
        self.id_number.setPlaceholderText(self.tr("18 位；旧的 15 位号码会自动升位"))
        self.gender = QComboBox()
        self.gender.addItem(self.tr("（未填）"), "")
        self.gender.addItem(self.tr("男"), "男")
        self.gender.addItem(self.tr("女"), "女")
        self.birth_date = QLineEdit()
        self.birth_date.setPlaceholderText(self.tr("年-月-日，如 1968-03-05"))
        self.ethnicity = QComboBox()
        for code, label in codes.ETHNICITIES.items():
            self.ethnicity.addItem(f"{code} {core_label(label)}", code)
        self.relation = QComboBox()
        for rel in codes.RELATIONS:
            self.relation.addItem(relation_label(rel), rel)
        self.phone = QLineEdit()
        self.note = QLineEdit()
        self.rows: dict[str, FieldRow] = {}
        for key, label, editor in [
            ("name", self.tr("姓名"), self.name), ("id_number", self.tr("身份证号"), self.id_number),
            ("gender", self.tr("性别"), self.gender), ("birth_date", self.tr("出生日期"), self.birth_date),
            ("ethnicity", self.tr("民族"), self.ethnicity), ("relation", self.tr("与户主关系"), self.relation),
            ("phone", self.tr("联系电话"), self.phone), ("note", self.tr("备注"), self.note),
        ]:
            self.rows[key] = FieldRow(editor)
            form.addRow(label + "：", self.rows[key])
        layout.addLayout(form)
        layout.addWidget(self._household_box())
        layout.addStretch(1)
        self.groups = GroupsPanel(self.store, self.person_id)
        side.addWidget(self.groups)
        side.addWidget(self._history_box())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        self.buttons = dialog_buttons(self, self.save, save=True)
        outer.addWidget(self.buttons)
        for edit in (self.name, self.id_number, self.birth_date, self.phone, self.hh_no):
            edit.textChanged.connect(self.validate)
        for combo in (self.gender, self.relation, self.ethnicity):
            combo.currentIndexChanged.connect(self.validate)
        self.id_number.textChanged.connect(self._fill_from_id)

    def _history_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("变动记录"))
        v = QVBoxLayout(box)
        self.history = QListWidget()
        self.history.setObjectName("person_history")
        v.addWidget(self.history)
        self.btn_life = QPushButton(self.tr("办理迁出、死亡、外出务工…"))
        self.btn_life.setEnabled(self.person_id is not None)
        self.btn_life.clicked.connect(self._lifecycle)
        v.addWidget(self.btn_life)
        self._fill_history()
        return box

    def _fill_history(self) -> None:
        self.history.clear()
        if not self.person_id:
            self.history.addItem(self.tr("（保存后才有变动记录）"))
            return
        for e in reversed(life_history.history(self.store, self.person_id)):
            text = f"{e['event_date']}  {core_label(e['kind'])}"
            if e.get("to_hh_no"):
                text += self.tr(" → 户 %1").replace("%1", e["to_hh_no"])
            if e["reason"]:
                text += f"（{e['reason']}）"
            self.history.addItem(text)
        if not self.history.count():
            self.history.addItem(self.tr("（无变动）"))

    def _lifecycle(self) -> None:
        from desktop.ui.roster import lifecycle_ui
        if lifecycle_ui.choose_and_run(self, self.store, people.get_person(self.store, self.person_id)):
            self.person = people.get_person(self.store, self.person_id)
            self._fill_history()
            self.groups.refresh()
            self.setWindowTitle(self.tr("修改人员信息") + f"（{core_label(self.person['status'])}）")

    def _household_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("所在户"))
        form = QFormLayout(box)
        self.hh_no = QLineEdit()
        self.hh_no.setObjectName("person_hh_no")
        self.hh_group = QComboBox()
        for g in village.groups(self.store):
            self.hh_group.addItem(g["name"], g["id"])
        self.hh_address = QLineEdit()
        self.hh_hint = QLabel()
        self.hh_hint.setWordWrap(True)
        if self.household:
            self.hh_no.setText(self.household["hh_no"])
            self.hh_no.setReadOnly(True)
            self.hh_group.setEnabled(False)
            self.hh_address.setText(self.household["address"])
            self.hh_address.setReadOnly(True)
            idx = self.hh_group.findData(self.household.get("group_id"))
            self.hh_group.setCurrentIndex(max(idx, 0))
            if self.person:
                self.hh_hint.setText(self.tr("换户请在户的页面用“迁到其他户”。"))
        else:
            self.hh_no.setPlaceholderText(self.tr("已有的户号，或新户号（保存时建立新户）"))
        self.hh_row = FieldRow(self.hh_no)
        form.addRow(self.tr("户号："), self.hh_row)
        form.addRow(self.tr("村民小组："), self.hh_group)
        form.addRow(self.tr("住址："), self.hh_address)
        form.addRow(self.hh_hint)
        return box

    def _load(self, p: dict) -> None:
        self.name.setText(p["name"])
        self.id_number.setText(p["id_number"] or "")
        self.gender.setCurrentIndex(max(self.gender.findData(p["gender"] or ""), 0))
        self.birth_date.setText(p["birth_date"] or "")
        self.ethnicity.setCurrentIndex(max(self.ethnicity.findData(p["ethnicity"]), 0))
        rel = codes.relation_label(p["relation"]) or ""
        if rel and self.relation.findData(rel) < 0:
            self.relation.addItem(relation_label(rel), rel)
        self.relation.setCurrentIndex(max(self.relation.findData(rel), 0))
        self.phone.setText(p["phone"] or "")
        self.note.setText(p["note"] or "")
        self._id_filled = None

    # ---------------------------------------------------------------- checking
    def values(self) -> dict:
        values = {
            "name": self.name.text(), "id_number": self.id_number.text().strip() or None,
            "gender": self.gender.currentData() or None, "birth_date": self.birth_date.text().strip() or None,
            "ethnicity": self.ethnicity.currentData(), "relation": self.relation.currentData(),
            "phone": self.phone.text(), "note": self.note.text().strip(),
        }
        return values

    def _fill_from_id(self, text: str) -> None:
        """A valid number fills gender and birth date, unless the clerk typed something else."""
        try:
            info = idcard.parse(text)
        except ValidationError:
            return
        born, gender = info.birth_date.isoformat(), info.gender
        if not self.birth_date.text().strip() or (self._id_filled and self.birth_date.text() == self._id_filled[0]):
            self.birth_date.setText(born)
        if not self.gender.currentData() or (self._id_filled and self.gender.currentData() == self._id_filled[1]):
            self.gender.setCurrentIndex(self.gender.findData(gender))
        self._id_filled = (born, gender)

    def check(self) -> dict[str, str]:
        """Every problem we can see now, by field (empty when the person may be saved)."""
        errors: dict[str, str] = {}
        v = self.values()
        try:
            clean_name(v["name"])
        except ValidationError as exc:
            errors["name"] = exc.message
        if v["id_number"]:
            try:
                idcard.parse(v["id_number"])
            except ValidationError as exc:
                errors["id_number"] = exc.message
        # The rest is checked even while name or ID number are still wrong, so every
        # problem shows at once: stand in for the fields already reported.
        rest = {**v, "name": "某" if "name" in errors else v["name"],
                "id_number": None if "id_number" in errors else v["id_number"]}
        try:
            people.validate_person(self.store, rest, person_id=self.person_id)
        except ValidationError as exc:
            errors.setdefault(exc.field if exc.field in self.rows else "summary", exc.message)
        except CunwuError as exc:
            errors["summary"] = str(exc)
        if not self.household and not self.hh_no.text().strip():
            errors["hh_no"] = self.tr("请填写户号。")
        return errors

    def validate(self) -> bool:
        errors = self.check()
        for key, row in self.rows.items():
            row.show_message(errors.get(key, ""))
        self.hh_row.show_message(errors.get("hh_no", ""))
        if "id_number" not in errors and self.id_number.text().strip():
            try:
                info = idcard.parse(self.id_number.text())
                note = self.tr("号码有效：%1 出生，%2。").replace("%1", info.birth_date.isoformat()) \
                    .replace("%2", self.tr(info.gender))
                if info.upgraded:
                    note += self.tr("旧的 15 位号码已升为 18 位：") + info.number
                style = OK_STYLE
                if info.warnings:
                    note += " " + " ".join(core_text(w) for w in info.warnings)
                    style = NOTE_STYLE
                self.rows["id_number"].show_message(note, style)
            except ValidationError:
                pass
        if not self.household and self.hh_no.text().strip() and "hh_no" not in errors:
            existing = people.household_by_no(self.store, self.hh_no.text())
            self.hh_row.show_message(self.tr("加入已有的户") if existing else self.tr("保存时将建立新户"), NOTE_STYLE)
            self.hh_group.setEnabled(not existing)
            self.hh_address.setEnabled(not existing)
        self.summary.setText(core_text(errors.get("summary", "")))
        self.summary.setStyleSheet(ERROR_STYLE)
        self.buttons.button(QDialogButtonBox.Save).setEnabled(not errors)
        return not errors

    # ---------------------------------------------------------------- saving
    def save(self) -> None:
        if not self.validate():
            return
        done = run_op(self, "roster", people.save_person, self.store, self.person_id, self.values(),
                      household_id=self.household["id"] if self.household else None,
                      new_household={"hh_no": self.hh_no.text(), "group_id": self.hh_group.currentData(),
                                     "address": self.hh_address.text()},
                      join_groups=self.groups.pending.added, leave_groups=self.groups.pending.ended,
                      group_starts=self.groups.pending.started)
        if not done:
            return
        self.person_id = done.value
        self.saved.emit(done.value)
        self.accept()
