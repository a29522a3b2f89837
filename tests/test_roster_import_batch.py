"""The batched roster import gives what the careful, row-by-row path gives (issue 19).

Both paths import the same sheet into copies of the same village; the people, households
(with their 户主), special groups, history, village groups, result counts, notes and error
rows must be equal. The sheets are random but drawn from small pools, so that rows collide
with each other and with the records already in the file (same 身份证号, same 户号 and
name, repeated rows, merged-cell households, new 村民小组, statuses, special groups).
"""
from __future__ import annotations

import csv
import os
import shutil
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from desktop.core import open_store, village
from desktop.core.roster import excel_import as X, idcard, lifecycle, people
from desktop.core.security.audit import verify_chain

EXAMPLES = int(os.environ.get("CUNWU_FUZZ_EXAMPLES", "60"))
HEADERS = ["户号", "村民小组", "姓名", "与户主关系", "性别", "身份证号", "出生日期", "联系电话", "住址",
           "特殊群体", "户籍状态", "备注"]
KNOWN_HEAD = idcard.make("610802", date(1958, 4, 1), 31, True)     # 王大山, 户 E001
KNOWN_DEAD = idcard.make("610802", date(1930, 2, 2), 33, True)     # 李老汉, 死亡
IDS = [idcard.make("610802", date(1960 + i, 1 + i % 12, 1 + i), 40 + i, i % 2 == 0) for i in range(8)]

hh_nos = st.sampled_from(["", "", "0001", "0002", "0003", "E001", "E002", "0001 ", "A" * 31])
groups = st.sampled_from(["", "一组", "2组", "第三村民小组", "五组"])
names = st.sampled_from(["王大山", "王小二", "李老汉", "张三", "张三", "李四", "赵五", "阿卜杜·热合曼", "王1", ""])
relations = st.sampled_from(["户主", "户主", "配偶", "子", "女", "", "侄子", "妻"])
genders = st.sampled_from(["", "男", "女"])
ids = st.sampled_from(["", "", KNOWN_HEAD, KNOWN_DEAD, *IDS, IDS[0][:-1] + "0", "123"])
births = st.sampled_from(["", "1960-01-02", "1985.3", "2999-01-01"])
phones = st.sampled_from(["", "13912345678", "电话"])
addresses = st.sampled_from(["", "高家湾1号", "高家湾2号"])
specials = st.sampled_from(["", "", "低保", "残疾（肢体二级）", "五保、特困", "低保、残疾", "火星"])
statuses = st.sampled_from(["", "", "在册", "外出务工", "死亡", "迁出"])
ROW = st.tuples(hh_nos, groups, names, relations, genders, ids, births, phones, addresses, specials, statuses,
                st.sampled_from(["", "备注"]))


def _village(path):
    s = open_store(path)
    village.init_site(s, name="对照村", division_code="610802103201", groups=["一组", "二组"])
    one = [g["id"] for g in village.groups(s) if g["name"] == "一组"][0]
    with s.transaction():
        e1 = people.add_household(s, hh_no="E001", address="老宅", group_id=one)
        people.add_person(s, household_id=e1, name="王大山", relation="户主", id_number=KNOWN_HEAD)
        people.add_person(s, household_id=e1, name="王小二", relation="子", gender="男")
        e2 = people.add_household(s, hh_no="E002", address="老宅")
        dead = people.add_person(s, household_id=e2, name="李老汉", relation="户主", id_number=KNOWN_DEAD)
        lifecycle.record_death(s, dead, reason="病故")
        people.add_household(s, hh_no="0002")
    return s


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    path = tmp_path_factory.mktemp("batchbase") / "base.sqlite"
    _village(path).close()
    return path


def _state(store) -> dict:
    """Everything the import may write, by natural keys (record ids and times differ)."""
    person = {r["id"]: (r["name"], r["id_number"], r["relation"], r["birth_date"], r["gender"], r["status"],
                        r["phone"], r["note"], r["ethnicity"], r["name_pinyin"], r["name_initials"],
                        r["name_given"], r["id_reversed"], r["hh_no"], r["group_name"])
              for r in store.query("SELECT p.*, h.hh_no, g.name AS group_name FROM person p "
                                   "LEFT JOIN household h ON h.id = p.household_id "
                                   "LEFT JOIN village_group g ON g.id = p.group_id")}
    households = [(r["hh_no"], r["address"], r["group_name"], person.get(r["head_person_id"]), r["status"])
                  for r in store.query("SELECT h.*, g.name AS group_name FROM household h "
                                       "LEFT JOIN village_group g ON g.id = h.group_id")]
    memberships = [(person[r["person_id"]], r["kind"], r["detail"], r["start_date"], r["end_date"], r["note"])
                   for r in store.query("SELECT * FROM person_group")]
    events = [(person[r["person_id"]], r["kind"], r["event_date"], r["reason"])
              for r in store.query("SELECT * FROM person_event")]
    return {
        "people": sorted(person.values(), key=repr),
        "households": sorted(households, key=repr),
        "memberships": sorted(memberships, key=repr),
        "events": sorted(events, key=repr),
        "groups": sorted(r["name"] for r in store.query("SELECT name FROM village_group")),
        "name_parts": sorted([(r["part"], person[r["person_ref"]]) for r in store.query(
            "SELECT * FROM person_name_part")], key=repr),
        # The schema itself: a large import drops search indexes and builds them again.
        "schema": _schema(store),
    }


def _schema(store) -> list[tuple]:
    return sorted(tuple(r) for r in store.query("SELECT type, name, COALESCE(sql, '') FROM sqlite_master"))


def _import(base, folder, sheet, batched: bool, defer_indexes: bool | None = None):
    path = folder / f"{'batched' if batched else 'careful'}-{defer_indexes}.sqlite"
    shutil.copy(base, path)
    store = open_store(path)
    try:
        table = X.read_table(sheet)
        result = X.run_import(store, table, X.guess_mapping(table), batched=batched, error_dir=folder,
                              defer_indexes=defer_indexes)
        assert verify_chain(store)[0]
        out = result.to_json()
        for key in ("backup", "error_workbook"):
            out.pop(key)
        return out, _state(store)
    finally:
        store.close()


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(rows=st.lists(ROW, min_size=1, max_size=14))
def test_batched_import_equals_careful_import(base, tmp_path_factory, rows):
    folder = tmp_path_factory.mktemp("sheet")
    sheet = folder / "花名册.csv"
    with open(sheet, "w", newline="", encoding="utf-8-sig") as fh:
        csv.writer(fh).writerows([HEADERS, *rows])
    careful = _import(base, folder, sheet, batched=False)
    batched = _import(base, folder, sheet, batched=True)
    assert batched[0] == careful[0]          # counts, notes, error rows and reasons
    assert batched[1] == careful[1]          # what the file holds
    # The way a county sheet goes in: search indexes and name parts built after the insert.
    deferred = _import(base, folder, sheet, batched=True, defer_indexes=True)
    assert deferred[0] == careful[0]
    assert deferred[1] == careful[1]


def test_new_household_is_one_logged_insert_with_its_head(store, tmp_path):
    """A new household and its 户主 are two logged inserts (the household naming its head),
    not an insert followed by an update of the household."""
    sheet = tmp_path / "花名册.csv"
    with open(sheet, "w", newline="", encoding="utf-8-sig") as fh:
        csv.writer(fh).writerows([["户号", "姓名", "与户主关系", "身份证号"],
                                  ["0101", "张三", "户主", IDS[0]], ["0101", "李梅", "配偶", IDS[1]]])
    before = store.scalar("SELECT COUNT(*) FROM change_log")
    table = X.read_table(sheet)
    result = X.run_import(store, table, X.guess_mapping(table))
    assert (result.added, result.households_added) == (2, 1)
    log = store.query("SELECT table_name, op FROM change_log ORDER BY seq")[before:]
    assert [(r["table_name"], r["op"]) for r in log] == [("household", "insert"), ("person", "insert"),
                                                          ("person", "insert")]
    head = store.scalar("SELECT p.name FROM household h JOIN person p ON p.id = h.head_person_id "
                        "WHERE h.hh_no = '0101'")
    assert head == "张三"


def test_large_import_builds_search_indexes_after_the_insert(store, tmp_path):
    """With the indexes built afterwards the file finds people as before: by name part, pinyin
    and ID tail, with the same indexes in place; a dry run leaves the schema as it was."""
    from desktop.core.roster import search
    schema = _schema(store)
    sheet = tmp_path / "花名册.csv"
    with open(sheet, "w", newline="", encoding="utf-8-sig") as fh:
        csv.writer(fh).writerows([["户号", "姓名", "与户主关系", "身份证号"],
                                  ["0101", "阿卜杜·热合曼", "户主", IDS[0]], ["0101", "欧阳娜娜", "配偶", IDS[1]],
                                  ["0102", "单雄信", "户主", IDS[2]]])
    table = X.read_table(sheet)
    dry = X.run_import(store, table, X.guess_mapping(table), defer_indexes=True, dry_run=True)
    assert dry.added == 3
    assert _schema(store) == schema
    result = X.run_import(store, table, X.guess_mapping(table), defer_indexes=True)
    assert result.added == 3
    assert _schema(store) == schema
    # 阿卜杜·热合曼: every ending but the given name alone; 欧阳娜娜: 阳娜娜, 娜; 单雄信: 信 (given names left out).
    parts = {r[0] for r in store.query("SELECT part FROM person_name_part")}
    assert parts == {"卜杜·热合曼", "杜·热合曼", "·热合曼", "合曼", "曼", "阳娜娜", "娜", "信"}
    assert [p["name"] for p in search.search(store, "热合")] == ["阿卜杜·热合曼"]
    assert [p["name"] for p in search.search(store, "oynn")] == ["欧阳娜娜"]
    assert [p["name"] for p in search.search(store, IDS[2][-4:])] == ["单雄信"]
    assert store.scalar("PRAGMA integrity_check") == "ok"
