"""Excel/CSV import and export of the roster, on real files written in each test."""
from __future__ import annotations

import csv
import json
import shutil
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from db.errors import CunwuError, ValidationError
from desktop.cli import main as cli
from desktop.core.roster import excel_export, excel_fields, excel_import as X, idcard

FIXTURES = Path(__file__).parent / "fixtures"

A = idcard.make("610802", date(1960, 3, 12), 11, True)        # 户主 of 001
B = idcard.make("610802", date(1962, 5, 1), 12, False)        # his wife
C = idcard.make("610802", date(1990, 7, 8), 13, True)         # their son
D = "61080219850312028X"                                      # ends in X
OLD15 = "612701580203002"                                     # 15 digits -> 612701195802030029
E = idcard.make("610802", date(1975, 1, 2), 21, True)         # 户主 of 002
BAD = A[:-1] + ("0" if A[-1] != "0" else "1")                 # wrong check digit

HEADER = ["序号", "户号", "组别", "姓名 ", "与户主关系", "身份证号码", "性别", "民族", "出生日期", "联系电话",
          "低保", "备注"]


def fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)


def write_xlsx(path: Path, rows: list[list], *, header=HEADER, title=True, merged_header=False) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "花名册"
    if title:
        ws.append(["高家湾村村民花名册"])
        ws.merge_cells("A1:L1")
        ws.append([])
        ws.append(["填报单位：高家湾村村委会", None, None, None, None, None, None, None, "填报日期：2025年12月"])
    if merged_header:
        # Two header lines: 姓名 etc. span both (merged vertically), 身份信息 spans two columns.
        top = ["序号", "户号", "组别", "姓名", "与户主关系", "身份信息", None, "民族", "出生日期", "联系电话", "低保", "备注"]
        bottom = [None, None, None, None, None, "身份证号", "性别", None, None, None, None, None]
        ws.append(top)
        ws.append(bottom)
        r = ws.max_row
        for col in "ABCDEHIJKL":
            ws.merge_cells(f"{col}{r - 1}:{col}{r}")
        ws.merge_cells(f"F{r - 1}:G{r - 1}")
    else:
        ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def messy_rows() -> list[list]:
    return [
        [1, "001", "1组", "张三丰 ", "户主", A, "男", "汉族", "1960.3.12", 13912345678.0, "是", ""],
        [2, None, None, "李四娘", "妻", fullwidth(B), "女", "汉", "1962/05/01", None, None, None],  # merged 户号
        [3, "001", "一组", "张小明", "子", C, "男", "汉族", datetime(1990, 7, 8), None, None, "在外读书"],
        [None, None, None, None, None, None, None, None, None, None, None, None],                 # blank
        [4, "002", "2", "王淑珍", "户主", D.lower(), None, "汉族", "1985年3月12日", None, None, None],
        [5, "002", "2", "赵秀英", "母亲", OLD15, "女", "汉族", "19580203", None, None, None],
        [6, "003", "3", "钱多多", "户主", BAD, "男", "汉族", None, None, None, None],           # bad checksum
        [7, "004", "3", "孙悟空", "户主", 1.10101198001011e17, "男", "汉族", None, None, None, None],  # E+17
        [8, "005", "3", "周重复", "户主", A, "男", "汉族", None, None, None, None],             # duplicate of row 5
        [9, "006", "3", "吴小", "户主", E, "女", "汉族", None, None, None, None],               # gender disagrees
        [10, "007", "3", "郑日期", "户主", None, "男", "汉族", 31118, None, None, None],       # serial date, no ID
        ["合计：10 人"],
    ]


@pytest.fixture
def messy(tmp_path):
    return write_xlsx(tmp_path / "花名册.xlsx", messy_rows())


def people(store) -> dict[str, dict]:
    return {r["name"]: dict(r) for r in store.query(
        "SELECT p.*, h.hh_no FROM person p LEFT JOIN household h ON h.id=p.household_id")}


def log_count(store) -> int:
    return store.scalar("SELECT COUNT(*) FROM change_log")


# ----------------------------------------------------------------- reading
def test_header_row_found_below_title_and_mapped(messy):
    table = X.read_table(messy)
    assert table.row_number(table.header_row) == 4
    mapping = X.guess_mapping(table)
    assert mapping == {1: "hh_no", 2: "group", 3: "name", 4: "relation", 5: "id_number", 6: "gender",
                       7: "ethnicity", 8: "birth_date", 9: "phone", 10: "special:低保", 11: "note"}


@pytest.mark.parametrize("header,key", [
    ("公民身份号码", "id_number"), ("身份证号", "id_number"), ("身份证号码（18位）", "id_number"),
    ("与户主关系", "relation"), ("关系", "relation"), ("户编号", "hh_no"), ("户号", "hh_no"),
    ("村民小组", "group"), ("小组", "group"), ("组别", "group"), ("联系电话", "phone"), ("手机", "phone"),
    ("电话", "phone"), ("出生年月", "birth_date"), ("家庭住址", "address"), ("住址", "address"),
    ("民族", "ethnicity"), ("性别", "gender"), ("*姓名", "name"), ("是否五保", "special:特困供养"),
    ("残疾类别", "special:残疾"), ("户主姓名", None), ("序号", None),
])
def test_header_variants(header, key):
    assert excel_fields.guess_field(header) == key


def test_two_line_merged_header(tmp_path):
    path = write_xlsx(tmp_path / "two.xlsx", [[1, "001", "一组", "张三丰", "户主", A, "男", "汉族", None, None, None, None]],
                      merged_header=True)
    table = X.read_table(path)
    mapping = X.guess_mapping(table)
    assert mapping[5] == "id_number" and mapping[6] == "gender" and mapping[3] == "name"
    assert table.row_number(table.data_start) == 6


def test_xls_fixture_read_with_xlrd(store, tmp_path):
    """The committed .xls (made once with LibreOffice; see fixtures/make_roster_xls.py)."""
    src = tmp_path / "roster_small.xls"
    shutil.copy(FIXTURES / "roster_small.xls", src)
    table = X.read_table(src)
    assert table.sheet_name == "花名册" and table.row_number(table.header_row) == 3
    result = X.run_import(store, table, X.guess_mapping(table))
    assert (result.added, len(result.errors)) == (3, 1)
    assert "科学计数法" in result.errors[0][1] and result.errors[0][0] == 7
    got = people(store)
    assert got["刘建国"]["birth_date"] == "1956-08-15" and got["刘建国"]["phone"] == "13991230001"
    assert got["刘建国"]["hh_no"] == "7"                                  # 7.0 from a number cell
    assert got["王秀兰"]["id_number"] == "612701195802030029"             # 15 digits upgraded
    assert got["刘淼"]["id_number"] == "61080219850312028X"               # lower-case x
    assert got["刘淼"]["birth_date"] == "1985-03-12"                      # Excel serial 31118


@pytest.mark.parametrize("encoding", ["gbk", "utf-8-sig", "utf-8"])
def test_csv_encodings(store, tmp_path, encoding):
    path = tmp_path / "花名册.csv"
    with open(path, "w", encoding=encoding, newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["户号", "姓名", "身份证号", "与户主关系", "村民小组", "联系电话"])
        w.writerow(["001", "王淼", A, "户主", "一组", "139 1234 5678"])
        w.writerow(["001", "李堃", B, "配偶", "一组", ""])
        w.writerow(["002", "张昇", "1.10101E+17", "户主", "二组", ""])
    table = X.read_table(path)
    assert table.encoding == {"gbk": "gb18030"}.get(encoding, encoding)
    result = X.run_import(store, table, X.guess_mapping(table))
    assert result.added == 2
    assert [(r, "科学计数法" in why) for r, why, _ in result.errors] == [(4, True)]
    assert set(people(store)) == {"王淼", "李堃"}
    assert people(store)["王淼"]["phone"] == "13912345678"


def test_unreadable_files_are_refused(tmp_path):
    with pytest.raises(CunwuError, match="找不到文件"):
        X.read_table(tmp_path / "none.xlsx")
    bad = tmp_path / "坏.xlsx"
    bad.write_bytes(b"not a workbook at all")
    with pytest.raises(CunwuError, match="已损坏"):
        X.read_table(bad)
    headerless = write_xlsx(tmp_path / "x.xlsx", [[1, 2, 3]], header=["a", "b", "c"], title=False)
    with pytest.raises(CunwuError, match="没有找到表头"):
        X.read_table(headerless)


# ------------------------------------------------------------------ values
@pytest.mark.parametrize("raw", ["1985.3.12", "1985/03/12", "19850312", "1985年3月12日", "1985-03-12",
                                 19850312, 31118, 31118.0, datetime(1985, 3, 12), " 1985.03.12 "])
def test_date_forms(raw):
    assert excel_fields.birth_date(raw) == date(1985, 3, 12)


def test_bad_dates_say_why():
    with pytest.raises(ValidationError, match="不存在"):
        excel_fields.birth_date("1985.2.30")
    with pytest.raises(ValidationError, match="看不懂"):
        excel_fields.birth_date("八五年")
    assert excel_fields.birth_date("1985.03") == (1985, 3)


def test_mapping_checked():
    with pytest.raises(ValidationError, match="姓名"):
        X.check_mapping({0: "id_number"})
    with pytest.raises(ValidationError, match="多列"):
        X.check_mapping({0: "name", 1: "id_number", 2: "id_number"})


# ------------------------------------------------------------------ import
def test_messy_sheet_import(store, messy):
    table = X.read_table(messy)
    result = X.run_import(store, table, X.guess_mapping(table))
    got = people(store)
    assert set(got) == {"张三丰", "李四娘", "张小明", "王淑珍", "赵秀英", "郑日期"}
    assert (result.added, result.updated, result.unchanged) == (6, 0, 0)
    assert got["张三丰"]["name"] == "张三丰" and got["张三丰"]["phone"] == "13912345678"
    assert got["李四娘"]["id_number"] == B and got["李四娘"]["hh_no"] == "001"     # full-width, merged 户号
    assert got["李四娘"]["relation"] == "配偶"
    assert got["王淑珍"]["id_number"] == D and got["王淑珍"]["gender"] == "女"       # from the ID
    assert got["赵秀英"]["id_number"] == "612701195802030029"
    assert got["郑日期"]["birth_date"] == "1985-03-12" and got["郑日期"]["id_number"] is None
    reasons = {row: why for row, why, _ in result.errors}
    assert set(reasons) == {11, 12, 13, 14}
    assert "校验位" in reasons[11]
    assert "科学计数法" in reasons[12] and "丢失" in reasons[12]
    assert "与第 5 行重复" in reasons[13]
    assert "性别" in reasons[14]
    # Households from 户号 with their heads; groups matched (1组 = 一组) or created (三组).
    hh = {r["hh_no"]: dict(r) for r in store.query("SELECT * FROM household")}
    assert set(hh) == {"001", "002", "007"}
    assert hh["001"]["head_person_id"] == got["张三丰"]["id"]
    assert result.households_added == 3
    assert result.groups_added == ["三组"]
    group_names = {r[0] for r in store.query("SELECT name FROM village_group")}
    assert group_names == {"一组", "二组", "三组"}
    assert store.one("SELECT kind FROM person_group WHERE person_id=?", (got["张三丰"]["id"],))[0] == "低保"
    assert any("15 位" in n for _, n in result.notes)
    assert result.skipped == [(16, "表尾说明行")]


def test_no_row_is_lost(store, messy):
    """Every data row of the source is in the roster or in the error workbook, with its reason."""
    table = X.read_table(messy)
    result = X.run_import(store, table, X.guess_mapping(table))
    wb = openpyxl.load_workbook(result.error_workbook)
    assert result.error_workbook.parent == messy.parent
    assert result.error_workbook.name.startswith("花名册-错误行-")
    ws = wb.active
    head = [c.value for c in ws[1]]
    assert head[:2] == ["原行号", "错误原因"] and head[5].strip() == "姓名"
    error_rows = {r[0]: (r[2:], r[1]) for r in ws.iter_rows(min_row=2, values_only=True)}
    imported = {r[0] for r in store.query("SELECT name FROM person")}
    for number, cells in table.data_rows():
        name = cells[3] if len(cells) > 3 else None
        if excel_fields.is_blank(name):
            continue
        in_roster = name.strip() in imported
        assert in_roster != (number in error_rows), f"row {number}"
    # Original values kept as they were (the lost ID stays the number Excel made of it).
    cells12, why12 = error_rows[12]
    assert cells12[5] == pytest.approx(1.10101198001011e17) and "科学计数法" in why12
    assert error_rows[11][0][5] == BAD


def test_reimport_changes_nothing(store, messy):
    table = X.read_table(messy)
    mapping = X.guess_mapping(table)
    X.run_import(store, table, mapping)
    before = log_count(store)
    again = X.run_import(store, X.read_table(messy), mapping)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 6)
    assert again.households_added == 0 and again.groups_added == []
    assert log_count(store) == before


def test_changed_field_updates_only_that_field(store, tmp_path):
    rows = [[1, "001", "一组", "张三丰", "户主", A, "男", "汉族", None, "13900000000", None, None],
            [2, "001", "一组", "张小明", "子", None, "男", "汉族", None, None, None, None]]
    path = write_xlsx(tmp_path / "a.xlsx", rows)
    X.run_import(store, X.read_table(path), X.guess_mapping(X.read_table(path)))
    rows[0][9] = "13911111111"
    rows[1][5] = C                        # matched by 户号 + name, the ID is filled in
    path = write_xlsx(tmp_path / "b.xlsx", rows)
    before = store.scalar("SELECT MAX(seq) FROM change_log")
    result = X.run_import(store, X.read_table(path), X.guess_mapping(X.read_table(path)))
    assert (result.added, result.updated, result.unchanged) == (0, 2, 0)
    logged = [json.loads(r["data"]) for r in store.query(
        "SELECT data FROM change_log WHERE seq>? AND table_name='person' AND op='update' ORDER BY seq", (before,))]
    assert logged[0] == {"phone": "13911111111"}
    assert logged[1]["id_number"] == C
    assert people(store)["张小明"]["id_number"] == C


def test_same_name_different_id_in_household_is_an_error(store, tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", [[1, "001", "一组", "张三丰", "户主", A, "男", "汉族", None, None, None, None]])
    X.run_import(store, X.read_table(path), X.guess_mapping(X.read_table(path)))
    other = idcard.make("610802", date(1961, 1, 1), 31, True)
    path = write_xlsx(tmp_path / "b.xlsx", [[1, "001", "一组", "张三丰", "户主", other, "男", "汉族", None, None, None, None]])
    result = X.run_import(store, X.read_table(path), X.guess_mapping(X.read_table(path)))
    assert result.added == 0 and "身份证号不同" in result.errors[0][1]


def test_households_without_hh_no_follow_the_head(store, tmp_path):
    header = ["姓名", "与户主关系", "身份证号", "家庭住址"]
    rows = [["张三丰", "户主", A, "东巷 3 号"], ["李四娘", "配偶", B, None], ["王淑珍", "户主", D, "西巷 1 号"],
            ["赵秀英", "母亲", OLD15, None]]
    path = write_xlsx(tmp_path / "a.xlsx", rows, header=header, title=False)
    result = X.run_import(store, X.read_table(path), X.guess_mapping(X.read_table(path)))
    assert result.added == 4 and result.households_added == 2
    got = people(store)
    assert got["张三丰"]["household_id"] == got["李四娘"]["household_id"] != got["王淑珍"]["household_id"]
    hh = dict(store.get("household", got["张三丰"]["household_id"]))
    assert hh["address"] == "东巷 3 号" and hh["head_person_id"] == got["张三丰"]["id"]
    assert {got["张三丰"]["hh_no"], got["王淑珍"]["hh_no"]} == {"0001", "0002"}     # numbered for the clerk
    assert any("自动编为 0001" in note for _, note in result.notes)
    again = X.run_import(store, X.read_table(path), X.guess_mapping(X.read_table(path)))
    assert (again.added, again.updated, again.households_added) == (0, 0, 0)


def test_special_groups_and_status(store, tmp_path):
    header = ["户号", "姓名", "与户主关系", "身份证号", "特殊群体", "残疾等级", "户籍状态"]
    rows = [["001", "张三丰", "户主", A, "低保、特困供养（分散供养）", None, "在册"],
            ["001", "李四娘", "配偶", B, None, "肢体二级", "外出务工"],
            ["001", "张小明", "子", C, None, None, "死亡"],
            ["002", "王淑珍", "户主", D, "困难户", None, None]]
    path = write_xlsx(tmp_path / "a.xlsx", rows, header=header, title=False)
    table = X.read_table(path)
    result = X.run_import(store, table, X.guess_mapping(table))
    got = people(store)
    kinds = {(r["name"], r["kind"], r["detail"]) for r in store.query(
        "SELECT p.name, g.kind, g.detail FROM person_group g JOIN person p ON p.id=g.person_id")}
    assert kinds == {("张三丰", "低保", ""), ("张三丰", "特困供养", "分散供养"), ("李四娘", "残疾", "肢体二级")}
    assert got["李四娘"]["status"] == "外出务工" and got["张小明"]["status"] == "死亡"
    assert [r for r, _, _ in result.errors] == [5] and "困难户" in result.errors[0][1]
    before = log_count(store)
    again = X.run_import(store, X.read_table(path), X.guess_mapping(X.read_table(path)))
    assert (again.added, again.updated) == (0, 0) and log_count(store) == before


def test_preview_writes_nothing(store, messy):
    table = X.read_table(messy)
    before = log_count(store)
    rows = X.preview(store, table, X.guess_mapping(table), limit=50)
    assert log_count(store) == before and store.scalar("SELECT COUNT(*) FROM person") == 0
    actions = {r.row_number: r.action for r in rows}
    assert actions[5] == "add" and actions[11] == "error" and actions[13] == "error"
    first = rows[0]
    assert first.values["name"] == "张三丰" and first.values["id_number"] == A and first.values["hh_no"] == "001"
    assert len(X.preview(store, table, X.guess_mapping(table), limit=2)) == 2


def test_unexpected_failure_rolls_back_everything(store, tmp_path):
    rows = [[i, f"{i:03d}", "一组", f"张{chr(0x4e00 + i)}", "户主",
             idcard.make("610802", date(1970, 1, 1), i, True), None, None, None, None, None, None]
            for i in range(1, 260)]
    path = write_xlsx(tmp_path / "big.xlsx", rows)
    table = X.read_table(path)
    before = log_count(store)

    def boom(done, total, msg):
        if done > 0:
            raise RuntimeError("disk unplugged")
    with pytest.raises(RuntimeError):
        X.run_import(store, table, X.guess_mapping(table), boom)
    assert log_count(store) == before and store.scalar("SELECT COUNT(*) FROM household") == 0

    def cancel(done, total, msg):
        if done > 0:
            raise CunwuError("已取消")
    with pytest.raises(CunwuError):
        X.run_import(store, table, X.guess_mapping(table), cancel)
    assert log_count(store) == before


def test_dry_run_reports_without_writing(store, messy):
    table = X.read_table(messy)
    result = X.run_import(store, table, X.guess_mapping(table), dry_run=True)
    assert result.added == 6 and len(result.errors) == 4 and result.error_workbook is None
    assert store.scalar("SELECT COUNT(*) FROM person") == 0


# ------------------------------------------------------------------ export
def test_export_text_cells_widths_and_round_trip(demo_store, tmp_path):
    # a rare-character name and a 户号 with leading zeros
    from desktop.core.roster import people as P
    hid = P.add_household(demo_store, hh_no="0012")
    P.add_person(demo_store, household_id=hid, name="𠮷冈珺", relation="户主",
                 id_number=idcard.make("610802", date(1950, 1, 1), 77, True))
    path = tmp_path / "导出.xlsx"
    n = excel_export.export_roster(demo_store, path)
    # The whole roster: everyone except merged duplicates (search hides them by default).
    assert n == demo_store.scalar("SELECT COUNT(*) FROM person WHERE status <> '已合并'")
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws.freeze_panes == "A2"
    head = [c.value for c in ws[1]]
    assert head[:4] == ["序号", "户号", "村民小组", "姓名"] and ws["A1"].font.b
    id_col = head.index("身份证号") + 1
    hh_col = head.index("户号") + 1
    birth_col = head.index("出生日期") + 1
    for row in ws.iter_rows(min_row=2):
        if row[id_col - 1].value:
            assert row[id_col - 1].data_type == "s" and row[id_col - 1].number_format == "@"
        assert row[hh_col - 1].data_type == "s"
        if row[birth_col - 1].value:
            assert isinstance(row[birth_col - 1].value, str) and len(row[birth_col - 1].value) == 10
    names = [r[head.index("姓名")] for r in ws.iter_rows(min_row=2, values_only=True)]
    assert "𠮷冈珺" in names
    zero = [r for r in ws.iter_rows(min_row=2, values_only=True) if r[head.index("姓名")] == "𠮷冈珺"][0]
    assert zero[hh_col - 1] == "0012"
    assert ws.column_dimensions["H"].width >= 18           # 18-digit IDs fit
    # As a 花名册 reads: households in 户号 order, the head first.
    listed = [(r[hh_col - 1], r[head.index("与户主关系")]) for r in ws.iter_rows(min_row=2, values_only=True)]
    order = [hh for hh, _ in listed]
    assert order == sorted(order, key=lambda h: excel_export._natural(h or ""))
    firsts = {}
    for hh, rel in listed:
        firsts.setdefault(hh, rel)
    assert list(firsts.values()).count("户主") >= len(firsts) - 3
    special_col = head.index("特殊群体")
    assert any("高龄" in (r[special_col] or "") for r in ws.iter_rows(min_row=2, values_only=True))
    # Importing the export back changes nothing.
    before = log_count(demo_store)
    result = X.run_import(demo_store, X.read_table(path), X.guess_mapping(X.read_table(path)))
    assert result.errors == [] and result.added == 0 and result.updated == 0
    assert log_count(demo_store) == before


def test_export_filtered(demo_store, tmp_path):
    path = tmp_path / "低保.xlsx"
    n = excel_export.export_roster(demo_store, path, special="低保")
    expected = demo_store.scalar("SELECT COUNT(DISTINCT person_id) FROM person_group WHERE kind='低保' "
                                 "AND end_date IS NULL")
    assert n == expected > 0
    ws = openpyxl.load_workbook(path).active
    col = [c.value for c in ws[1]].index("特殊群体")
    assert all("低保" in r[col] for r in ws.iter_rows(min_row=2, values_only=True))
    n1 = excel_export.export_roster(demo_store, tmp_path / "一组.xlsx", group="一组")
    assert 0 < n1 < demo_store.scalar("SELECT COUNT(*) FROM person")


# --------------------------------------------------------------------- CLI
def _init(db):
    assert cli(["--db", str(db), "init", "--name", "测试村", "--code", "610802103201", "--group", "一组"]) == 0


def test_cli_import_and_export(tmp_path, messy, capsys):
    db = tmp_path / "c.sqlite"
    _init(db)
    capsys.readouterr()
    assert cli(["--db", str(db), "roster", "import", str(messy), "--dry-run", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["added"] == 6 and data["error_count"] == 4 and data["dry_run"] and data["error_workbook"] is None
    assert cli(["--db", str(db), "roster", "import", str(messy)]) == 0
    out = capsys.readouterr().out
    assert "新增 6 人" in out and "有 4 行有错误" in out and "错误行" in out
    assert cli(["--db", str(db), "roster", "import", str(messy), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["added"], data["unchanged"]) == (0, 6)
    assert cli(["--db", str(db), "roster", "export", str(tmp_path / "out.xlsx"), "--group", "一组"]) == 0
    assert "已导出 3 人" in capsys.readouterr().out
    assert cli(["--db", str(db), "roster", "import", str(tmp_path / "missing.xlsx")]) == 1
    assert "找不到文件" in capsys.readouterr().err


def test_namesakes_and_repeated_rows_without_id(store, tmp_path):
    header = ["户号", "姓名", "与户主关系", "出生日期"]
    rows = [["001", "雷平", "户主", "1950-01-01"], ["001", "雷平", "子", "1980-01-01"],
            ["001", "雷平", "子", "1980-01-01"]]                      # the last is a pasted twin
    path = write_xlsx(tmp_path / "a.xlsx", rows, header=header, title=False)
    result = X.run_import(store, X.read_table(path), X.guess_mapping(X.read_table(path)))
    assert result.added == 2 and [(r, "与第 3 行" in why) for r, why, _ in result.errors] == [(4, True)]
    again = X.run_import(store, X.read_table(path), X.guess_mapping(X.read_table(path)))
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)


def test_fixed_error_workbook_imports(store, messy):
    """The clerk's loop: fix the rows in the error workbook, import it, only what is still bad stays."""
    table = X.read_table(messy)
    first = X.run_import(store, table, X.guess_mapping(table))
    wb = openpyxl.load_workbook(first.error_workbook)
    ws = wb.active
    for row in ws.iter_rows(min_row=2):
        if row[0].value == 11:                       # the bad checksum
            row[7].value = idcard.make("610802", date(1970, 5, 5), 41, True)
        if row[0].value == 12:                       # the lost number, typed again as text
            row[7].value = idcard.make("610802", date(1980, 1, 1), 43, True)
            row[8].value = "男"
    fixed = messy.parent / "改好的.xlsx"
    wb.save(fixed)
    table = X.read_table(fixed)
    assert table.row_number(table.header_row) == 1
    second = X.run_import(store, table, X.guess_mapping(table))
    assert second.added == 2 and len(second.errors) == 2
    # Row 13 reused 张三丰's number under another name: refused, 张三丰 untouched.
    assert any("已登记为 张三丰" in why for _, why, _ in second.errors)
    assert people(store)["张三丰"]["hh_no"] == "001"
    assert {"钱多多", "孙悟空"} <= {r[0] for r in store.query("SELECT name FROM person")}


def test_formula_like_text_stays_text(store, tmp_path):
    path = tmp_path / "f.csv"
    path.write_text("姓名,户号,身份证号\n=HYPERLINK(\"x\"),001,123\n", encoding="utf-8")
    result = X.run_import(store, X.read_table(path), X.guess_mapping(X.read_table(path)))
    ws = openpyxl.load_workbook(result.error_workbook).active
    assert ws["C2"].data_type == "s" and ws["C2"].value.startswith("=HYPERLINK")


def test_error_workbook_falls_back_when_folder_unwritable(store, messy, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("CUNWU_DATA_DIR", str(tmp_path / "data"))
    table = X.read_table(messy)
    result = X.run_import(store, table, X.guess_mapping(table), error_dir=blocker / "sub")
    assert result.error_workbook.parent == tmp_path / "data" and result.error_workbook.exists()


def test_formatted_empty_rows_below_the_data_are_ignored(store, tmp_path):
    from openpyxl.styles import Font
    path = tmp_path / "formatted.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["姓名", "身份证号", "户号"])
    ws.append(["张三丰", A, "001"])
    for r in range(3, 3000):                 # a border/font painted far below the data
        ws.cell(row=r, column=1).font = Font(bold=True)
    wb.save(path)
    table = X.read_table(path)
    assert table.row_number(table.header_row) == 1 and len(table.rows) == 2
    assert X.run_import(store, table, X.guess_mapping(table)).added == 1


def test_cli_export_names_the_file_and_refuses_other_types(tmp_path, capsys):
    db = tmp_path / "c.sqlite"
    _init(db)
    capsys.readouterr()
    assert cli(["--db", str(db), "roster", "export", str(tmp_path / "花名册"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"file": str(tmp_path / "花名册.xlsx"), "rows": 0}
    assert (tmp_path / "花名册.xlsx").exists()
    assert cli(["--db", str(db), "roster", "export", str(tmp_path / "花名册.xls")]) == 1
    assert ".xlsx" in capsys.readouterr().err
    # Found by the CLI fuzz campaign: an empty name was an internal error.
    for where, says in (("", "请给出要导出的文件名"), (".", "请给出要导出的文件名"),
                        (str(tmp_path) + "/", "请给出要导出的文件名"), (str(tmp_path), "是一个文件夹")):
        assert cli(["--db", str(db), "roster", "export", where]) == 1
        err = capsys.readouterr().err
        assert says in err and "内部错误" not in err, (where, err)


def test_gb18030_csv_keeps_rare_characters(store, tmp_path):
    path = tmp_path / "生僻字.csv"
    path.write_bytes("姓名\t户号\t身份证号\n吉𠮷祥\t001\t{}\n阿卜杜·热合曼\t002\t\n".format(A).encode("gb18030"))
    table = X.read_table(path)
    assert table.encoding == "gb18030"
    assert X.run_import(store, table, X.guess_mapping(table)).added == 2
    assert {"吉𠮷祥", "阿卜杜·热合曼"} == {r[0] for r in store.query("SELECT name FROM person")}


def test_repeated_page_headers_are_skipped(store, tmp_path):
    rows = [[1, "001", "一组", "张三丰", "户主", A, "男", "汉族", None, None, None, None],
            HEADER,                                          # printed sheets repeat the header
            [2, "001", "一组", "李四娘", "配偶", B, "女", "汉族", None, None, None, None]]
    path = write_xlsx(tmp_path / "pages.xlsx", rows)
    result = X.run_import(store, X.read_table(path), X.guess_mapping(X.read_table(path)))
    assert result.added == 2 and result.errors == [] and result.skipped == [(6, "重复的表头行")]


def test_cancelled_export_leaves_the_old_file(demo_store, tmp_path):
    (tmp_path / "out").mkdir()
    path = tmp_path / "out" / "花名册.xlsx"
    path.write_bytes(b"old file")

    def cancel(done, total, msg):
        raise CunwuError("已取消")
    with pytest.raises(CunwuError):
        excel_export.export_roster(demo_store, path, progress=cancel)
    assert path.read_bytes() == b"old file" and sorted(p.name for p in path.parent.iterdir()) == ["花名册.xlsx"]


def test_huge_number_in_group_column_is_a_group_name_not_a_crash(store, tmp_path):
    import openpyxl
    path = tmp_path / "组.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["户号", "姓名", "村民小组"])
    wb.active.append(["H1", "张三", 1e16])
    wb.save(path)
    table = X.read_table(path)
    result = X.run_import(store, table, X.guess_mapping(table))
    assert result.added + len(result.errors) == 1


def test_control_characters_in_headers_and_cells_reach_the_error_workbook(store, tmp_path):
    """A CSV saved by some tool with an ESC in a header and a cell: the error workbook shows
    them as codes (found by the sheet fuzz campaign: a header's ESC broke the workbook)."""
    from openpyxl import load_workbook
    path = tmp_path / "esc.csv"
    path.write_text("姓名,户号,身份证号,备注\x1b\n张\x1b三,001,123\n", encoding="utf-8")
    table = X.read_table(path)
    result = X.run_import(store, table, X.guess_mapping(table))
    assert result.added == 0 and len(result.errors) == 1
    sheet = load_workbook(result.error_workbook).active
    values = [c.value for row in sheet.iter_rows() for c in row]
    assert "备注\\x1b" in values and "张\\x1b三" in values


@pytest.mark.parametrize("cell", [float("inf"), float("-inf"), float("nan")])
def test_birth_date_number_cells_that_are_no_number_are_refused(cell):
    """Found by the sheet fuzz campaign: a cell read back as infinity crashed the importer."""
    from desktop.core.roster import excel_fields
    with pytest.raises(ValidationError, match="出生日期"):
        excel_fields.birth_date(cell)
