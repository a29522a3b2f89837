"""Issue 18 point 6: special groups taken from a roster sheet start when the sheet says
(a 纳入日期 column, a date in a group's column or beside the group), else on the import day
marked 自导入起; the clerk sets the real start later (core, CLI) and earlier months' shares
then count them. Figures by hand."""
from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from db.errors import CunwuError, RefusedError, ValidationError
from desktop.core.care import enrolment, places, register, report
from desktop.core.care.register import Cell
from desktop.core.roster import excel_import as X, groups, idcard, people

TODAY = date.today().isoformat()


def _sheet(path, header, rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def _import(store, path, batched=True):
    table = X.read_table(path)
    return X.run_import(store, table, X.guess_mapping(table), batched=batched, error_dir=path.parent)


def _ids(n, year=1955):
    return [idcard.make("610802", date(year, 1 + i, 10), 31 + i, bool(i % 2)) for i in range(n)]


@pytest.fixture
def served_in_february(store, tmp_path):
    """Four elders of 70 (no 高龄), each at the 幸福院 once in February 2026."""
    home = places.add_place(store, name="幸福院", kind="幸福院", open_weekdays="每天")
    ids = _ids(4)
    names = ["赵大爷", "钱大娘", "孙大爷", "李大娘"]
    rows = [[f"H{i}", n, "户主", number] for i, (n, number) in enumerate(zip(names, ids))]
    assert not _import(store, _sheet(tmp_path / "花名册.xlsx", ["户号", "姓名", "与户主关系", "身份证号码"], rows)).errors
    pid = {n: store.scalar("SELECT id FROM person WHERE name=?", (n,)) for n in names}
    for p in pid.values():
        enrolment.enrol(store, home, p, "2026-02-01")
        register.save_cells(store, home, [(p, "2026-02-10", Cell(True, 1))])
    return home, pid, ids, names


def test_undated_groups_marked_then_counted_once_the_start_is_set(store, tmp_path, served_in_february):
    home, pid, ids, names = served_in_february
    # The village's 特殊群体 sheet, imported today: two 空巢 without a date, one 留守老人 纳入 2025-10-01.
    header = ["姓名", "身份证号码", "特殊群体", "纳入日期"]
    rows = [["赵大爷", ids[0], "空巢老人", None], ["钱大娘", ids[1], "空巢", ""],
            ["孙大爷", ids[2], "留守老人", "2025-10-01"], ["李大娘", ids[3], "", ""]]
    result = _import(store, _sheet(tmp_path / "特殊群体.xlsx", header, rows))
    assert not result.errors, result.errors
    # The clerk is told at once, and offered the way to set the start.
    assert result.undated_groups == 2 and "有 2 条特殊群体表中没有开始日期" in result.summary()
    assert "设定起始日期" in result.summary()
    feb = report.monthly_report(store, home, "2026-02")
    # 4 served. 空巢: both dated today (自导入起), so 0 of 4, marked; 留守: 1 of 4 = 25.0 %.
    assert feb["served"] == 4
    assert feb["shares"]["空巢"] == {"count": 0, "percent": 0.0, "since_import": 2}
    assert feb["shares"]["留守"] == {"count": 1, "percent": 25.0}
    assert any("空巢：另有 2 人" in f and "自导入起" in f for f in feb["flags"])
    undated = groups.undated_memberships(store)
    assert [(r["name"], r["kind"], r["start_date"]) for r in undated] == [
        ("钱大娘", "空巢老人", TODAY), ("赵大爷", "空巢老人", TODAY)]
    dated = store.one("SELECT start_date, note FROM person_group WHERE person_id=?", (pid["孙大爷"],))
    assert dated["start_date"] == "2025-10-01" and not groups.start_unknown(dated["note"])

    # The clerk sets both to 2024-06-01 at once: February now 2 of 4 = 50.0 %, nothing marked.
    assert groups.set_start_dates(store, [r["id"] for r in undated], "2024-06-01") == 2
    feb = report.monthly_report(store, home, "2026-02")
    assert feb["shares"]["空巢"] == {"count": 2, "percent": 50.0}
    assert not any("自导入起" in f for f in feb["flags"])
    assert groups.undated_memberships(store) == []
    note = store.scalar("SELECT note FROM person_group WHERE person_id=?", (pid["赵大爷"],))
    assert note.startswith("从 特殊群体.xlsx 导入，开始日期于") and "补填" in note
    # A start set to after February leaves her out of February again (and unmarked: the date is real).
    row = store.scalar("SELECT id FROM person_group WHERE person_id=?", (pid["钱大娘"],))
    groups.set_start_date(store, row, "2026-03-01")
    assert report.monthly_report(store, home, "2026-02")["shares"]["空巢"] == {"count": 1, "percent": 25.0}


@pytest.mark.parametrize("batched", [True, False])
def test_sheet_dates_in_every_form(store, tmp_path, batched):
    """New people (batched) and the careful path read the same dates."""
    ids = _ids(5, 1950)
    header = ["户号", "姓名", "与户主关系", "身份证号码", "特殊群体", "低保", "空巢老人认定日期", "起始日期"]
    rows = [
        ["A1", "周一", "户主", ids[0], "低保（2023-05起）", None, None, None],
        ["A2", "吴二", "户主", ids[1], "空巢老人 2024.3.1", None, None, None],
        ["A3", "郑三", "户主", ids[2], None, date(2022, 1, 3), "2021年6月", None],
        ["A4", "王四", "户主", ids[3], "特困（分散供养）、独居", None, None, "20190701"],
        ["A5", "冯五", "户主", ids[4], "残疾（肢体二级，2020.3起）、留守老人", None, None, None],
    ]
    result = _import(store, _sheet(tmp_path / "名单.xlsx", header, rows), batched=batched)
    assert not result.errors, result.errors
    assert result.undated_groups == 1
    got = {(r["name"], r["kind"], r["detail"], r["start_date"], groups.start_unknown(r["note"])) for r in store.query(
        "SELECT p.name, g.kind, g.detail, g.start_date, g.note FROM person_group g JOIN person p ON p.id=g.person_id")}
    assert got == {("周一", "低保", "", "2023-05-01", False), ("吴二", "空巢老人", "", "2024-03-01", False),
                   ("郑三", "低保", "", "2022-01-03", False), ("郑三", "空巢老人", "", "2021-06-01", False),
                   ("王四", "特困供养", "分散供养", "2019-07-01", False), ("王四", "独居老人", "", "2019-07-01", False),
                   ("冯五", "残疾", "肢体二级", "2020-03-01", False), ("冯五", "留守老人", "", TODAY, True)}


def test_reimport_with_dates_fills_what_an_earlier_import_left_undated(store, tmp_path):
    ids = _ids(1)
    header = ["户号", "姓名", "与户主关系", "身份证号码", "特殊群体"]
    _import(store, _sheet(tmp_path / "一.xlsx", header, [["B1", "陈六", "户主", ids[0], "空巢老人"]]))
    assert [r["start_date"] for r in groups.undated_memberships(store)] == [TODAY]
    again = _import(store, _sheet(tmp_path / "二.xlsx", header + ["纳入日期"],
                                  [["B1", "陈六", "户主", ids[0], "空巢老人", "2018-04-01"]]))
    assert not again.errors and any("开始日期按表补填为 2018-04-01" in n for _, n in again.notes)
    assert groups.undated_memberships(store) == []
    assert store.scalar("SELECT start_date FROM person_group") == "2018-04-01"


def test_roster_export_keeps_start_dates_and_an_import_elsewhere_reads_them_back(store, tmp_path):
    """The export writes each membership's start beside its group (none for 自导入起); importing
    the file into another village gives the same memberships from the same dates, and importing
    it back into its own changes nothing."""
    from desktop.core import open_store, village
    from desktop.core.roster import excel_export
    from desktop.core.security import visibility
    ids = _ids(4)
    with store.transaction():
        hid = people.add_household(store, hh_no="D1")
        zhang = people.add_person(store, household_id=hid, name="张低保", relation="户主", id_number=ids[0])
        li = people.add_person(store, household_id=hid, name="李残疾", relation="配偶", id_number=ids[1])
        wang = people.add_person(store, household_id=hid, name="王空巢", relation="子", id_number=ids[2])
        groups.add_membership(store, zhang, "低保", start="2023-05-01")
        groups.add_membership(store, li, "残疾", detail="肢体二级", start="2020-03-01")
        groups.add_membership(store, li, "空巢老人", start="2024-03-01")
        ended = groups.add_membership(store, wang, "低保", start="2019-01-01")
        groups.end_membership(store, ended, on="2021-06-30")
    # 孤儿 from an earlier sheet without a date: its start is not known (自导入起).
    header = ["户号", "姓名", "与户主关系", "身份证号码", "特殊群体"]
    _import(store, _sheet(tmp_path / "旧表.xlsx", header, [["D1", "赵孤儿", "子", ids[3], "孤儿"]]))
    out = tmp_path / "导出.xlsx"
    assert excel_export.export_roster(store, out) == 4
    ws = openpyxl.load_workbook(out).active
    head = [c.value for c in ws[1]]
    cells = {r[head.index("姓名")]: r[head.index("特殊群体")] for r in ws.iter_rows(min_row=2, values_only=True)}
    assert cells == {"张低保": "低保（2023-05-01起）", "李残疾": "残疾（肢体二级，2020-03-01起）、空巢老人（2024-03-01起）",
                     "王空巢": None, "赵孤儿": "孤儿"}
    # The 监委会 sees the disability and its start, not the category and grade (health data).
    assert visibility.view_special("supervisor", cells["李残疾"]) == "残疾（2020-03-01起）、空巢老人（2024-03-01起）"

    other = open_store(tmp_path / "另一村.sqlite")
    village.init_site(other, name="另一村", division_code="610802103202", groups=["一组"])
    result = _import(other, out)
    assert not result.errors and result.undated_groups == 1
    got = {(r["name"], r["kind"], r["detail"], r["start_date"], groups.start_unknown(r["note"])) for r in other.query(
        "SELECT p.name, g.kind, g.detail, g.start_date, g.note FROM person_group g JOIN person p ON p.id=g.person_id")}
    assert got == {("张低保", "低保", "", "2023-05-01", False), ("李残疾", "残疾", "肢体二级", "2020-03-01", False),
                   ("李残疾", "空巢老人", "", "2024-03-01", False), ("赵孤儿", "孤儿", "", TODAY, True)}
    other.close()
    before = store.scalar("SELECT COUNT(*) FROM change_log")
    again = _import(store, out)
    assert not again.errors and (again.added, again.updated) == (0, 0)
    assert store.scalar("SELECT COUNT(*) FROM change_log") == before


def test_bad_sheet_dates_refuse_the_row_in_chinese(store, tmp_path):
    ids = _ids(3)
    header = ["户号", "姓名", "与户主关系", "身份证号码", "特殊群体", "纳入日期"]
    rows = [["C1", "甲", "户主", ids[0], "低保", "去年春天"], ["C2", "乙", "户主", ids[1], "低保", "2099-01-01"],
            ["C3", "丙", "户主", ids[2], "低保", "1950-01-01"]]          # before 丙 was born (1955)
    result = _import(store, _sheet(tmp_path / "坏.xlsx", header, rows))
    reasons = {n: r for n, r, _ in result.errors}
    assert "特殊群体起始日期“去年春天”看不懂" in reasons[2]
    assert "特殊群体起始日期“2099-01-01”不合理" in reasons[3]
    assert "开始日期 1950-01-01 早于出生日期 1955-03-10" in reasons[4]
    assert store.scalar("SELECT COUNT(*) FROM person_group") == 0


def test_setting_a_start_date_is_checked(store, tmp_path):
    ids = _ids(1)
    _import(store, _sheet(tmp_path / "x.xlsx", ["户号", "姓名", "与户主关系", "身份证号码", "特殊群体"],
                          [["D1", "褚七", "户主", ids[0], "低保"]]))
    person = store.scalar("SELECT id FROM person")
    row = store.scalar("SELECT id FROM person_group")
    with pytest.raises(ValidationError, match="早于出生日期 1955-01-10"):
        groups.set_start_date(store, row, "1950-01-01")
    with pytest.raises(ValidationError):
        groups.set_start_date(store, row, "2099-01-01")
    with pytest.raises(ValidationError, match="请填写开始日期"):
        groups.set_start_date(store, row, "")
    # An earlier, ended 低保 period (2010-2015): a start inside it overlaps and is refused.
    store.insert("person_group", {"person_id": person, "kind": "低保", "start_date": "2010-01-01",
                                  "end_date": "2015-12-31"})
    with pytest.raises(RefusedError, match="另有一段低保记录（2010-01-01 至 2015-12-31）"):
        groups.set_start_date(store, row, "2015-06-01")
    # All or none: one bad id among good ones changes nothing.
    with pytest.raises(CunwuError):
        groups.set_start_dates(store, [row, "no-such-id"], "2016-01-01")
    assert groups.start_unknown(store.scalar("SELECT note FROM person_group WHERE id=?", (row,)))
    # The supervisor sees the list without the notes (备注 is hidden from outsiders).
    store.role = "supervisor"
    assert [(r["name"], r["note"]) for r in groups.undated_memberships(store)] == [("褚七", "")]
    store.role = None
    assert groups.set_start_date(store, row, "2016-01-01")["start_date"] == "2016-01-01"


def test_cli_lists_and_sets_start_dates(store, tmp_path, db_path, capsys):
    import json
    from desktop.cli import main
    ids = _ids(2)
    _import(store, _sheet(tmp_path / "y.xlsx", ["户号", "姓名", "与户主关系", "身份证号码", "特殊群体"],
                          [["E1", "卫八", "户主", ids[0], "空巢老人"], ["E2", "蒋九", "户主", ids[1], "低保、空巢"]]))
    store.close()

    def run(*args):
        code = main(["--db", str(db_path), "roster", "group", *args])
        out = capsys.readouterr()
        return code, out.out, out.err
    code, out, err = run("undated", "--json")
    assert code == 0, err
    assert sorted((r["name"], r["kind"]) for r in json.loads(out)) == [("卫八", "空巢老人"), ("蒋九", "低保"),
                                                                       ("蒋九", "空巢老人")]
    code, out, err = run("undated", "--kind", "空巢", "--set-start", "2023-01-01")
    assert code == 0 and "已把 2 条记录的开始日期设为 2023-01-01" in out, err
    code, out, err = run("start", "蒋九", "低保", "--date", "2020-05-01", "--reason", "民政台账")
    assert code == 0 and f"蒋九 的低保开始日期已由 {TODAY} 改为 2020-05-01" in out, err
    code, out, _ = run("undated", "--json")
    assert json.loads(out) == []
    code, _, err = run("start", "卫八", "低保", "--date", "2020-05-01")
    assert code == 1 and "卫八 没有低保记录" in err
    code, _, err = run("start", "卫八", "空巢老人", "--date", "明年")
    assert code == 1 and "Traceback" not in err and err.strip()


# ------------------------------------------------------------------ GUI (real widgets, offscreen)
def test_roster_page_bulk_action_sets_the_start_of_the_ticked_records(qtbot, store, tmp_path, db_path,
                                                                        served_in_february, monkeypatch,
                                                                        message_boxes):
    from PySide6.QtCore import QDate, Qt
    from desktop.ui.context import AppContext
    from desktop.ui.pages.roster import Page as RosterPage
    from desktop.ui.roster.group_dates import GroupStartDialog
    home, pid, ids, names = served_in_february
    header = ["姓名", "身份证号码", "特殊群体"]
    _import(store, _sheet(tmp_path / "特殊群体.xlsx", header, [["赵大爷", ids[0], "空巢老人"],
                                                              ["钱大娘", ids[1], "独居老人"],
                                                              ["孙大爷", ids[2], "低保"]]))
    ctx = AppContext(store, db_path)
    page = RosterPage(ctx)
    qtbot.addWidget(page)
    opened = []

    def run(dialog):
        opened.append(dialog)
        assert dialog.table.rowCount() == 3            # 低保, 独居老人, 空巢老人: none dated
        dialog.kind.setCurrentIndex(dialog.kind.findData("空巢老人"))
        assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == ["赵大爷"]
        dialog.kind.setCurrentIndex(0)
        for r in range(dialog.table.rowCount()):       # tick the two elderly groups, not 低保
            if dialog.rows[r]["kind"] != "低保":
                dialog.table.item(r, 0).setCheckState(Qt.Checked)
        dialog.day.setDate(QDate(2025, 1, 1))
        dialog._accept()
        return dialog.result()
    monkeypatch.setattr(GroupStartDialog, "exec", run)
    page.btn_group_dates.click()
    assert opened and opened[0].updated == 2
    # February: 空巢 covers 空巢老人 and 独居老人: 2 of 4 = 50.0 %.
    assert report.monthly_report(store, home, "2026-02")["shares"]["空巢"] == {"count": 2, "percent": 50.0}
    assert [r["kind"] for r in groups.undated_memberships(store)] == ["低保"]
    # Nothing ticked: said in a message box, the dialog stays open, nothing written.
    d = GroupStartDialog(ctx)
    qtbot.addWidget(d)
    d._accept()
    assert d.result() == 0 and any("请先选择" in t for t in message_boxes.said("warning"))


def test_person_dialog_shows_since_import_and_sets_the_start(qtbot, store, tmp_path, db_path, served_in_february,
                                                             monkeypatch):
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDateEdit, QDialog
    from desktop.ui.context import AppContext
    from desktop.ui.roster.person_dialog import PersonDialog
    home, pid, ids, names = served_in_february
    _import(store, _sheet(tmp_path / "特殊群体.xlsx", ["姓名", "身份证号码", "特殊群体"], [["李大娘", ids[3], "留守老人"]]))
    d = PersonDialog(AppContext(store, db_path), person_id=pid["李大娘"])
    qtbot.addWidget(d)
    table = d.groups.table
    assert table.item(0, 0).text() == "留守老人" and table.item(0, 2).text() == f"{TODAY}（自导入起）"
    table.selectRow(0)

    def pick(dialog):          # the clerk picks 2023-09-01 and presses 确定
        dialog.findChild(QDateEdit).setDate(QDate(2023, 9, 1))
        return QDialog.Accepted
    monkeypatch.setattr(QDialog, "exec", pick)
    d.groups.set_start()
    assert table.item(0, 2).text() == "2023-09-01"
    assert groups.undated_memberships(store) != []          # written only at 保存
    d.save()
    assert store.scalar("SELECT start_date FROM person_group WHERE person_id=?", (pid["李大娘"],)) == "2023-09-01"
    # February: 留守 1 of 4 = 25.0 %.
    assert report.monthly_report(store, home, "2026-02")["shares"]["留守"] == {"count": 1, "percent": 25.0}
