"""Roster screens on real widgets over real SQLite files."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.core.roster import idcard, lifecycle, people
from desktop.core.roster import search as roster_search
from desktop.core.roster.names import pinyin_keys
from desktop.ui.context import AppContext
from desktop.ui.pages.roster import Page as RosterPage
from desktop.ui.roster.household_view import HouseholdDialog
from desktop.ui.roster.table_model import RosterFilter
from desktop.ui.roster.person_dialog import PersonDialog
from desktop.ui.roster import lifecycle_ui


@pytest.fixture
def ctx(demo_store, tmp_path):
    return AppContext(demo_store, tmp_path / "demo.sqlite")


@pytest.fixture
def warnings(message_boxes):
    """Message boxes the code shows instead of tracebacks (conftest answers them)."""
    return message_boxes.said("warning")


def _names(page) -> list[str]:
    return [page.model.rows[r]["name"] for r in range(page.model.rowCount())]


def test_typing_pinyin_initials_filters_the_table(qtbot, ctx):
    page = RosterPage(ctx)
    qtbot.addWidget(page)
    everyone = page.model.total
    assert everyone > 300 and page.model.rowCount() == 300     # first page only
    target = ctx.store.one("SELECT name, name_initials FROM person WHERE name='阿卜杜·热合曼'")
    qtbot.keyClicks(page.search, target["name_initials"])
    qtbot.waitUntil(lambda: page.model.total < everyone, timeout=3000)
    assert "阿卜杜·热合曼" in _names(page)
    assert all(pinyin_keys(n)[1].startswith(target["name_initials"]) or
               pinyin_keys(n)[0].startswith(target["name_initials"]) for n in _names(page))
    assert page.count_label.text().startswith(f"共 {page.model.total} 人")


def test_rare_name_id_tail_and_household_number_find_people(qtbot, ctx):
    page = RosterPage(ctx)
    qtbot.addWidget(page)
    row = ctx.store.one("SELECT p.id_number, h.hh_no FROM person p JOIN household h ON h.id=p.household_id "
                        "WHERE p.name='吉𠮷祥'")
    for query in ("吉𠮷", row["id_number"][-6:], row["hh_no"]):
        page.search.setText(query)
        page.apply_filter()
        assert "吉𠮷祥" in _names(page), query
    page.search.setText(row["hh_no"])
    page.apply_filter()
    members = ctx.store.scalar("SELECT COUNT(*) FROM person p JOIN household h ON h.id=p.household_id "
                               "WHERE h.hh_no=?", (row["hh_no"],))
    assert page.model.total == page.model.rowCount() == members


def test_filters_by_group_status_and_special_group(qtbot, ctx):
    page = RosterPage(ctx)
    qtbot.addWidget(page)
    page.group.setCurrentIndex(page.group.findData("二组"))
    assert {page.model.rows[r]["group_name"] for r in range(page.model.rowCount())} == {"二组"}
    page.group.setCurrentIndex(0)
    page.special.setCurrentIndex(page.special.findData("低保"))
    dibao = ctx.store.scalar("SELECT COUNT(DISTINCT person_id) FROM person_group WHERE kind='低保' "
                             "AND (end_date IS NULL OR end_date >= date('now'))")
    assert page.model.total == dibao > 0
    pid = page.model.rows[0]["id"]
    lifecycle.record_death(ctx.store, pid, reason="病故")
    page.special.setCurrentIndex(0)
    page.status.setCurrentIndex(page.status.findData("死亡"))
    assert pid in [r["id"] for r in page.model.rows]


def test_model_fetches_lazily_in_pages(qtbot, store, tmp_path):
    hh = people.add_household(store, hh_no="0001")
    rows = []
    for i in range(2500):
        name = f"张{'三四五六七'[i % 5]}丰"      # 三 and 四 both give zsf
        full, initials = pinyin_keys(name)
        rows.append({"household_id": hh, "name": name, "gender": "男", "name_pinyin": full,
                     "name_initials": initials, "relation": "其他"})
    store.insert_many("person", rows)
    ctx = AppContext(store, tmp_path / "cunwu.sqlite")
    page = RosterPage(ctx)
    qtbot.addWidget(page)
    model = page.model
    qtbot.waitUntil(lambda: model.total_exact, timeout=5000)     # counted past 1,000 on a worker
    assert model.total == 2500
    assert model.rowCount() == 300 and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 600
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 2500
    assert len({r["id"] for r in model.rows}) == 2500      # no page fetched twice
    page.search.setText("zsf")
    page.apply_filter()
    assert model.total == 1000 and model.rowCount() == 300
    # The view itself asks for more as it scrolls to the bottom.
    page.resize(900, 600)
    page.show()
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > 300, timeout=3000)
    assert model.rowCount() <= 1000


def test_person_dialog_shows_reason_for_bad_id_and_refuses_to_save(qtbot, ctx):
    before = ctx.store.scalar("SELECT COUNT(*) FROM person")
    d = PersonDialog(ctx)
    qtbot.addWidget(d)
    d.name.setText("阿卜杜·热合曼")
    d.hh_no.setText("XIN001")
    good = idcard.make("610802", date(1980, 1, 1), 11, True)
    bad = good[:-1] + ("0" if good[-1] != "0" else "1")
    qtbot.keyClicks(d.id_number, bad)
    msg = d.rows["id_number"].message
    assert msg.isVisibleTo(d) and "校验位不对" in msg.text()
    assert not d.buttons.button(QDialogButtonBox.Save).isEnabled()
    d.save()
    assert ctx.store.scalar("SELECT COUNT(*) FROM person") == before
    # Excel's scientific notation: the reason says the digits are lost.
    d.id_number.setText("6.10802E+17")
    assert "科学计数法" in d.rows["id_number"].message.text()


def test_id_number_fills_birth_date_and_gender_and_mismatch_is_explained(qtbot, ctx):
    d = PersonDialog(ctx)
    qtbot.addWidget(d)
    number = idcard.make("610802", date(1975, 6, 30), 22, False)
    d.id_number.setText(number)
    assert d.birth_date.text() == "1975-06-30"
    assert d.gender.currentData() == "女"
    d.gender.setCurrentIndex(d.gender.findData("男"))
    assert "性别" in d.rows["gender"].message.text()
    assert not d.buttons.button(QDialogButtonBox.Save).isEnabled()


def test_saving_a_valid_person_adds_them_and_a_new_household(qtbot, ctx, warnings):
    d = PersonDialog(ctx)
    qtbot.addWidget(d)
    changed = []
    ctx.data_changed.connect(changed.append)
    number = idcard.make("610802", date(1990, 2, 3), 7, True)
    d.name.setText("吉𠮷祥")
    d.id_number.setText(number)
    d.ethnicity.setCurrentIndex(d.ethnicity.findData("10"))
    d.relation.setCurrentIndex(d.relation.findData("户主"))
    d.hh_no.setText("XIN002")
    d.hh_address.setText("高家湾村一组新巷1号")
    assert d.buttons.button(QDialogButtonBox.Save).isEnabled()
    d.save()
    assert warnings == []
    p = people.get_person(ctx.store, d.person_id)
    assert (p["name"], p["id_number"], p["gender"], p["birth_date"], p["ethnicity"]) == \
        ("吉𠮷祥", number, "男", "1990-02-03", "10")
    hh = people.household_by_no(ctx.store, "XIN002")
    assert hh["head_person_id"] == d.person_id and hh["address"] == "高家湾村一组新巷1号"
    assert changed == ["roster"]
    # The same number on a second living person is refused, with the reason beside the field.
    d2 = PersonDialog(ctx)
    qtbot.addWidget(d2)
    d2.name.setText("王五")
    d2.hh_no.setText("XIN002")
    d2.id_number.setText(number)
    assert "已登记在" in d2.rows["id_number"].message.text()


def test_editing_a_person_with_special_group(qtbot, ctx, warnings):
    pid = ctx.store.scalar("SELECT id FROM person WHERE status='在册' AND birth_date < '1990-01-01' LIMIT 1")
    d = PersonDialog(ctx, person_id=pid)
    qtbot.addWidget(d)
    d.phone.setText("13912345678")
    d.groups.pending.added.append({"kind": "残疾", "category": "肢体", "grade": "二", "start": "2024-05-01",
                                   "note": ""})
    d.save()
    assert warnings == []
    assert people.get_person(ctx.store, pid)["phone"] == "13912345678"
    row = ctx.store.one("SELECT detail, start_date FROM person_group WHERE person_id=? AND kind='残疾' "
                        "AND end_date IS NULL", (pid,))
    assert tuple(row) == ("肢体二级", "2024-05-01")


def test_household_view_and_moving_out_with_date_and_reason(qtbot, ctx):
    hh_id = ctx.store.scalar("SELECT household_id FROM person WHERE name='阿卜杜·热合曼'")
    d = HouseholdDialog(ctx, hh_id)
    qtbot.addWidget(d)
    names = [d.members.item(r, 0).text() for r in range(d.members.rowCount())]
    assert names[0] == "阿卜杜·热合曼" and d.labels["head"].text() == "阿卜杜·热合曼"
    member = next(m for m in d.member_rows if m["relation"] != "户主")

    def fill_and_accept(dialog):
        dialog.date.setDate(dialog.date.date().addDays(-3))
        dialog.reason.setText("嫁到外村")
        dialog.buttons.button(QDialogButtonBox.Ok).click()
    _answer_modal(fill_and_accept)
    assert lifecycle_ui.run_action(d, ctx.store, member, "move_out")
    d.refresh()
    p = people.get_person(ctx.store, member["id"])
    assert p["status"] == "迁出" and p["status_reason"] == "嫁到外村"
    history = [[d.history.item(r, c).text() for c in range(d.history.columnCount())]
               for r in range(d.history.rowCount())]
    assert any(row[1] == member["name"] and row[2] == "迁出" and row[5] == "嫁到外村" for row in history)


def test_lifecycle_refusal_is_shown_not_raised(qtbot, ctx, warnings):
    pid = ctx.store.scalar("SELECT id FROM person WHERE status='在册' AND relation<>'户主' LIMIT 1")
    person = people.get_person(ctx.store, pid)

    def no_choice(dialog):
        dialog.reason.setText("重复")
        dialog.buttons.button(QDialogButtonBox.Ok).click()     # no record chosen: refused, stays open
        assert dialog.isVisible()
    _answer_modal(no_choice)
    assert not lifecycle_ui.run_action(None, ctx.store, person, "merge")
    assert warnings and "请先选择要保留的记录" in warnings[0]
    assert people.get_person(ctx.store, pid)["status"] == "在册"


def _answer_modal(callback, delay_ms: int = 50) -> None:
    """Fill in the next modal dialog (exec() blocks the test until it closes). A dialog still
    open afterwards (its action was refused) is closed, so the test fails instead of hanging."""
    from PySide6.QtCore import QTimer

    def answer():
        dialog = QApplication.activeModalWidget()
        try:
            callback(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()
    QTimer.singleShot(delay_ms, answer)


def test_household_view_changes_head_and_household_details(qtbot, ctx, warnings):
    hh_id = ctx.store.scalar("SELECT household_id FROM person WHERE name='阿卜杜·热合曼'")
    d = HouseholdDialog(ctx, hh_id)
    qtbot.addWidget(d)
    spouse_row = next(i for i, m in enumerate(d.member_rows) if m["relation"] == "配偶")
    spouse = d.member_rows[spouse_row]
    d.members.selectRow(spouse_row)

    def new_head(dialog):
        dialog.reason.setText("原户主年老")
        dialog.buttons.button(QDialogButtonBox.Ok).click()
    _answer_modal(new_head)
    d.make_head()
    assert warnings == []
    assert d.labels["head"].text() == spouse["name"]
    relations = {m["name"]: m["relation"] for m in d.member_rows}
    assert relations[spouse["name"]] == "户主" and relations["阿卜杜·热合曼"] == "配偶"

    def details(dialog):
        dialog.address.setText("高家湾村五组新巷8号")
        dialog.group.setCurrentIndex(dialog.group.findText("六组"))
        dialog.save()
    _answer_modal(details)
    d.edit_info()
    assert d.labels["address"].text() == "高家湾村五组新巷8号" and d.labels["group"].text() == "六组"


def test_moving_a_person_to_another_household(qtbot, ctx, warnings):
    pid = ctx.store.scalar("SELECT id FROM person WHERE status='在册' AND relation='子' LIMIT 1")
    person = people.get_person(ctx.store, pid)
    target = ctx.store.one("SELECT id, hh_no FROM household WHERE id<>? AND status='active' "
                           "ORDER BY hh_no DESC LIMIT 1", (person["household_id"],))

    def choose(dialog):
        picker = dialog.findChild(lifecycle_ui.HouseholdPicker)
        picker.line.setText(target["hh_no"])
        picker.list.setCurrentRow(0)
        dialog.reason.setText("投靠亲属")
        dialog.buttons.button(QDialogButtonBox.Ok).click()
    _answer_modal(choose)
    assert lifecycle_ui.move_household(None, ctx.store, person)
    assert warnings == []
    moved = people.get_person(ctx.store, pid)
    assert moved["household_id"] == target["id"] and moved["relation"] == "其他"
    d = HouseholdDialog(ctx, target["id"])
    qtbot.addWidget(d)
    assert person["name"] in [m["name"] for m in d.member_rows]
    assert any(d.history.item(r, 2).text() == "户间迁移" for r in range(d.history.rowCount()))


def test_roster_keeps_the_clerks_place_after_an_edit(qtbot, ctx):
    page = RosterPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    while page.model.canFetchMore():
        page.model.fetchMore()
    assert page.model.rowCount() > 305
    page.table.selectRow(page.model.rowCount() - 5)      # beyond the first page
    chosen = page.selected_person()
    people.update_person(ctx.store, chosen["id"], phone="13800000000")
    ctx.changed("roster")
    page.refresh()
    assert page.model.rowCount() > 300
    assert page.selected_person()["id"] == chosen["id"]
    assert page.selected_person()["phone"] == "13800000000"


def test_a_large_result_shows_a_capped_count_then_the_exact_total(qtbot, ctx):
    """At a million people the exact count costs tens of milliseconds per keystroke: the page
    shows "N+" at once and the exact total when the worker has counted it."""
    page = RosterPage(ctx)
    qtbot.addWidget(page)
    everyone = ctx.store.scalar("SELECT COUNT(*) FROM person WHERE status <> '已合并'")
    assert everyone > 50
    page.model.count_cap = 50
    page.search.setText("")
    page.apply_filter()
    assert page.model.total == 50 and not page.model.total_exact
    assert page.model.canFetchMore()
    in_register = ctx.store.scalar("SELECT COUNT(*) FROM person WHERE status = '在册'")
    assert in_register < everyone      # the demo village has people who moved out or died
    # All statuses are listed: the count says how many of them are 在册 (the overview's figure).
    qtbot.waitUntil(lambda: page.count_label.text() ==
                    f"共 {everyone} 人（各种状态；其中在册 {in_register} 人，即概览页的“在册人数”）", timeout=5000)
    assert page.model.total == everyone and page.model.total_exact
    while page.model.canFetchMore():        # the table still reaches the last person
        page.model.fetchMore()
    assert page.model.rowCount() == everyone


def test_the_exact_count_worker_also_counts_the_in_register_people_for_the_label(qtbot, ctx):
    """The label's "其中在册 N 人" comes from the core's count cache, filled by the worker: the UI
    thread does not count it (李 + 低保 at a million people: 190 ms there)."""
    from desktop.ui.roster.exact_count import ExactCounter, _Count
    roster_search.forget_counts()
    counter = ExactCounter()
    got = []
    counter.counted.connect(lambda flt, n: got.append(n))
    _Count(counter, ctx.store.path, RosterFilter("", None, None, None)).run()
    assert got == [ctx.store.scalar("SELECT COUNT(*) FROM person WHERE status <> '已合并'")]
    statements: list[str] = []
    ctx.store.conn.set_trace_callback(statements.append)
    try:
        in_register = roster_search.count(ctx.store, "", status="在册")
    finally:
        ctx.store.conn.set_trace_callback(None)
    assert in_register == ctx.store.scalar("SELECT COUNT(*) FROM person WHERE status = '在册'")
    assert not [s for s in statements if "COUNT(" in s], statements
