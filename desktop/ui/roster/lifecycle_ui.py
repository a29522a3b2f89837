"""Dialogs for a person's life in the roster: each asks for a date and a reason, then calls
desktop.core.roster.lifecycle (which refuses in Chinese when a rule forbids the change)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QVBoxLayout, QWidget)

from db import Store
from db.errors import CunwuError
from desktop.core.roster import codes, lifecycle, merging, people
from desktop.ui.core_labels import core_label, relation_label
from desktop.ui.ops import run_op
from desktop.ui.kit.editors import date_edit
from desktop.ui.kit.dialogs import dialog_buttons

# Spelled out at each call (context and text literal) so lupdate extracts them.
translate = QCoreApplication.translate


class EventDialog(QDialog):
    """Date + reason, plus whatever extra rows an action needs (added with add_row)."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None, *, reason_required: bool = False):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.form = QFormLayout()
        self.date = date_edit()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(translate("Lifecycle", "必填") if reason_required
                                       else translate("Lifecycle", "可不填"))
        self.form.addRow(translate("Lifecycle", "日期："), self.date)
        self.form.addRow(translate("Lifecycle", "原因："), self.reason)
        layout.addLayout(self.form)
        self.buttons = dialog_buttons(self, lambda: None)    # run() connects OK to the action
        layout.addWidget(self.buttons)

    def add_row(self, label: str, widget: QWidget) -> QWidget:
        self.form.addRow(label, widget)
        return widget

    def day(self) -> str:
        return self.date.date().toString("yyyy-MM-dd")

    def run(self, action) -> bool:
        """Show; on OK run action() (ops.run_op); a refusal is shown and the clerk may correct and retry."""
        def ok():
            if run_op(self, "roster", action):
                self.accept()
        self.buttons.accepted.connect(ok)
        return bool(self.exec())


def _new_head_combo(store: Store, person: dict) -> QComboBox | None:
    """When the head leaves, who takes over (or nobody for now)."""
    hh = people.household_detail(store, person["household_id"]) if person.get("household_id") else {}
    if hh.get("head_person_id") != person["id"]:
        return None
    combo = QComboBox()
    combo.addItem(translate("Lifecycle", "暂不指定（本户暂无户主）"), None)
    for m in people.household_members(store, person["household_id"]):      # residents only
        if m["id"] != person["id"]:
            combo.addItem(f"{m['name']}（{relation_label(m['relation'])}）", m["id"])
    return combo


def _relation_combo(default: str = "") -> QComboBox:
    combo = QComboBox()
    for rel in codes.RELATIONS:
        combo.addItem(relation_label(rel), rel)
    combo.setCurrentIndex(max(combo.findData(default), 0))
    return combo


def actions_for(person: dict) -> list[tuple[str, str]]:
    """(key, label) of what can be done to a person in their current status."""
    status = person["status"]
    if status == "在册":
        out = [("move_out", translate("Lifecycle", "迁出")), ("death", translate("Lifecycle", "登记死亡")),
               ("away", translate("Lifecycle", "外出务工"))]
    elif status == "外出务工":
        out = [("back", translate("Lifecycle", "返乡（恢复在册）")), ("move_out", translate("Lifecycle", "迁出")),
               ("death", translate("Lifecycle", "登记死亡"))]
    elif status == "迁出":
        out = [("death", translate("Lifecycle", "登记死亡"))]
    else:
        out = []
    if status != "在册":
        out.append(("restore", translate("Lifecycle", "更正状态（登记有误时撤销）")))
    if status != "已合并":
        out.append(("merge", translate("Lifecycle", "标记为重复记录并合并")))
    return out


def choose_and_run(parent: QWidget, store: Store, person: dict) -> bool:
    """Ask which change to record, then run it. True when something was recorded."""
    choices = actions_for(person)
    dialog = QDialog(parent)
    dialog.setWindowTitle(translate("Lifecycle", "办理人员变动"))
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel(translate("Lifecycle", "%1（现在：%2）要办理：").replace("%1", person["name"])
                            .replace("%2", core_label(person["status"]))))
    lst = QListWidget()
    for key, label in choices:
        item = QListWidgetItem(label)
        item.setData(256, key)
        lst.addItem(item)
    lst.setCurrentRow(0)
    layout.addWidget(lst)
    buttons = dialog_buttons(dialog, ok_text=translate("Lifecycle", "下一步"))
    lst.itemDoubleClicked.connect(lambda _i: dialog.accept())
    layout.addWidget(buttons)
    if not dialog.exec() or lst.currentItem() is None:
        return False
    return run_action(parent, store, person, lst.currentItem().data(256))


def run_action(parent: QWidget, store: Store, person: dict, key: str) -> bool:
    pid, name = person["id"], person["name"]
    if key == "move_out":
        d = EventDialog(translate("Lifecycle", "迁出"),
                        translate("Lifecycle", "%1 迁出本村。其特殊群体记录将于当日结束。").replace("%1", name), parent)
        dest = d.add_row(translate("Lifecycle", "迁往："), QLineEdit())
        head = _new_head_combo(store, person)
        if head:
            d.add_row(translate("Lifecycle", "新户主："), head)
        return d.run(lambda: lifecycle.move_out(store, pid, on=d.day(), reason=d.reason.text(),
                                                destination=dest.text(), new_head_id=head.currentData() if head else None))
    if key == "death":
        d = EventDialog(translate("Lifecycle", "登记死亡"),
                        translate("Lifecycle", "登记 %1 死亡。记录不会删除，历史保留。").replace("%1", name), parent)
        head = _new_head_combo(store, person)
        if head:
            d.add_row(translate("Lifecycle", "新户主："), head)
        return d.run(lambda: lifecycle.record_death(store, pid, on=d.day(), reason=d.reason.text(),
                                                    new_head_id=head.currentData() if head else None))
    if key == "away":
        d = EventDialog(translate("Lifecycle", "外出务工"),
                        translate("Lifecycle", "%1 外出务工，仍是本户本村的人。").replace("%1", name), parent)
        place = d.add_row(translate("Lifecycle", "务工地点："), QLineEdit())
        return d.run(lambda: lifecycle.start_away(store, pid, on=d.day(), reason=d.reason.text(), place=place.text()))
    if key == "back":
        d = EventDialog(translate("Lifecycle", "返乡"), translate("Lifecycle", "%1 返乡，恢复在册。").replace("%1", name), parent)
        return d.run(lambda: lifecycle.end_away(store, pid, on=d.day(), reason=d.reason.text()))
    if key == "restore":
        d = EventDialog(translate("Lifecycle", "更正状态"),
                        translate("Lifecycle", "撤销 %1 的“%2”登记，恢复之前的状态。").replace("%1", name)
                        .replace("%2", core_label(person["status"])), parent, reason_required=True)
        return d.run(lambda: lifecycle.restore(store, pid, on=d.day(), reason=d.reason.text()))
    if key == "merge":
        d = EventDialog(translate("Lifecycle", "合并重复记录"),
                        translate("Lifecycle", "%1 这条记录是重复的：选出要保留的那条记录。").replace("%1", name),
                        parent, reason_required=True)
        picker = PersonPicker(store, exclude=pid)
        d.add_row(translate("Lifecycle", "保留："), picker)
        return d.run(lambda: merging.merge(store, pid, picker.chosen(), on=d.day(), reason=d.reason.text()))
    raise ValueError(key)


def move_household(parent: QWidget, store: Store, person: dict) -> bool:
    d = EventDialog(translate("Lifecycle", "户间迁移"),
                    translate("Lifecycle", "%1 迁到本村的另一户。").replace("%1", person["name"]), parent)
    picker = HouseholdPicker(store, exclude=person.get("household_id"))
    d.add_row(translate("Lifecycle", "迁入户："), picker)
    relation = d.add_row(translate("Lifecycle", "与新户主关系："), _relation_combo("其他"))
    head = _new_head_combo(store, person)
    if head:
        d.add_row(translate("Lifecycle", "原户新户主："), head)
    return d.run(lambda: lifecycle.move_household(store, person["id"], picker.chosen(), relation=relation.currentData(),
                                                  on=d.day(), reason=d.reason.text(),
                                                  new_head_id=head.currentData() if head else None))


def change_head(parent: QWidget, store: Store, household_id: str, person: dict) -> bool:
    hh = people.household_detail(store, household_id)
    d = EventDialog(translate("Lifecycle", "更换户主"),
                    translate("Lifecycle", "把 %1 设为户 %2 的户主。").replace("%1", person["name"])
                    .replace("%2", hh.get("hh_no", "")), parent)
    old_rel = None
    if hh.get("head_person_id") and hh["head_person_id"] != person["id"]:
        old_rel = d.add_row(translate("Lifecycle", "原户主 %1 与新户主关系：").replace("%1", hh.get("head_name") or ""),
                            _relation_combo("配偶"))
    return d.run(lambda: lifecycle.change_head(store, household_id, person["id"], on=d.day(), reason=d.reason.text(),
                                               old_head_relation=old_rel.currentData() if old_rel else None))


class _Picker(QWidget):
    """A search line over a short list; chosen() refuses in Chinese when nothing is picked."""
    empty_message = ""

    def __init__(self, store: Store, exclude: str | None = None):
        super().__init__()
        self.store, self.exclude = store, exclude
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.line = QLineEdit()
        self.list = QListWidget()
        self.list.setMinimumHeight(140)
        box.addWidget(self.line)
        box.addWidget(self.list)
        self.line.textChanged.connect(self.fill)
        self.fill("")

    def _rows(self, text: str) -> list[tuple[str, str]]:
        raise NotImplementedError

    def fill(self, text: str) -> None:
        self.list.clear()
        for key, label in self._rows(text):
            if key == self.exclude:
                continue
            item = QListWidgetItem(label)
            item.setData(256, key)
            self.list.addItem(item)

    def chosen(self) -> str:
        item = self.list.currentItem()
        if item is None:
            raise CunwuError(self.empty_message)
        return item.data(256)


class HouseholdPicker(_Picker):
    empty_message = translate("Lifecycle", "请先选择要迁入的户。")

    def __init__(self, store: Store, exclude: str | None = None):
        super().__init__(store, exclude)
        self.line.setPlaceholderText(translate("Lifecycle", "输入户号或户主姓名查找"))

    def _rows(self, text: str) -> list[tuple[str, str]]:
        return [(h["id"], f"{h['hh_no']}  {h['head_name'] or ''}  {h['address']}")
                for h in people.households_for_choice(self.store, text)]


class PersonPicker(_Picker):
    empty_message = translate("Lifecycle", "请先选择要保留的记录。")

    def __init__(self, store: Store, exclude: str | None = None):
        super().__init__(store, exclude)
        self.line.setPlaceholderText(translate("Lifecycle", "输入姓名、拼音首字母或身份证号后几位查找"))

    def _rows(self, text: str) -> list[tuple[str, str]]:
        from desktop.core.roster.search import search
        if not text.strip():
            return []
        return [(p["id"], f"{p['name']}  {p['hh_no'] or ''}  {p['birth_date'] or ''}  {core_label(p['status'])}")
                for p in search(self.store, text, limit=100)]
