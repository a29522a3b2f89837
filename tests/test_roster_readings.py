"""Polyphonic surnames found by either reading, and the middle of a name at any size:
the write path, files from the previous version, `cunwu check` / reindex, renames and
anonymising keep the derived keys and name endings right."""
from __future__ import annotations

import json

import pytest

from db import migrate
from db.opening import connect
from db.store import Store
from desktop.core import open_store, village
from desktop.core.roster import checks, lifecycle, people, search
from desktop.core.roster.names import EVERYDAY_READINGS, SURNAME_READINGS, search_keys

NEW_MIGRATIONS = ("0014_roster_surname_readings", "0015_roster_name_parts")


def names(store, q, **kw):
    return sorted(r["name"] for r in search.search(store, q, limit=500, **kw))


def _full_name(surname: str) -> str:
    return surname + "小明"


@pytest.mark.parametrize("surname", sorted(EVERYDAY_READINGS))
def test_every_polyphonic_surname_is_found_by_both_readings(store, surname):
    hh = people.add_household(store, hh_no="D001")
    name = _full_name(surname)
    people.add_person(store, household_id=hh, name=name)
    people.add_person(store, household_id=hh, name="王小明")
    usual = "".join(SURNAME_READINGS[surname])
    everyday = "".join(EVERYDAY_READINGS[surname])
    assert usual != everyday
    for q in (usual, everyday, everyday + "xiaoming", usual + "xiaoming",
              "".join(s[0] for s in EVERYDAY_READINGS[surname]) + "xm",
              "".join(s[0] for s in SURNAME_READINGS[surname]) + "xm"):
        assert name in names(store, q), q
        assert search.count(store, q) == len(names(store, q)), q
    assert "王小明" not in names(store, everyday)


def test_shan_xiongxin_by_every_reading_and_listed_once(store):
    hh = people.add_household(store, hh_no="D002")
    pid = people.add_person(store, household_id=hh, name="单雄信")
    people.add_person(store, household_id=hh, name="但丁")          # dan by its own reading
    for q in ("dan", "danxiongxin", "dxx", "shan", "sxx", "DXX", "ｄａｎ"):
        assert "单雄信" in names(store, q), q
    # The own reading comes first, then the everyday reading of the polyphonic surname.
    assert [r["name"] for r in search.search(store, "dan")] == ["但丁", "单雄信"]
    assert search.count(store, "d") == 2 and len(search.search(store, "d")) == 2
    # 朴 piao / pu: "p" is a prefix of both readings, the person is listed once.
    park = people.add_person(store, household_id=hh, name="朴正熙")
    assert [r["id"] for r in search.search(store, "p")] == [park] and search.count(store, "p") == 1
    assert names(store, "puzhengxi") == ["朴正熙"] and names(store, "pzx") == ["朴正熙"]
    # Filters apply to the everyday-reading branch as to any other.
    lifecycle.record_death(store, pid, on="2024-01-01")
    assert names(store, "dxx", status="在册") == [] and names(store, "dxx", status="死亡") == ["单雄信"]
    assert names(store, "dxx", group="一组") == []


def test_keys_follow_renames_and_anonymising(store):
    from desktop.core.security import privacy
    hh = people.add_household(store, hh_no="D003")
    pid = people.add_person(store, household_id=hh, name="解小明")
    assert names(store, "jxm") == ["解小明"] and names(store, "小明") == ["解小明"]
    people.update_person(store, pid, name="王大力")
    assert names(store, "jxm") == [] and names(store, "xie") == []
    assert store.get("person", pid)["name_pinyin_alt"] == ""
    people.update_person(store, pid, name="单于大力")
    assert names(store, "danyu") == ["单于大力"] and names(store, "于大") == ["单于大力"]
    lifecycle.record_death(store, pid, on="2024-01-01")
    privacy.anonymise(store, pid, "死亡满一年，按规定匿名化")
    row = store.get("person", pid)
    assert not any("dayu" in str(row[k]) or "大力" in str(row[k]) for k in
                   ("name_pinyin", "name_initials", "name_given", "name_pinyin_alt", "name_initials_alt"))
    assert names(store, "于大") == [] and names(store, "大力") == []
    assert store.scalar("SELECT COUNT(*) FROM person_name_part WHERE part LIKE '%大力%'") == 0
    assert checks._stale_keys(store) == [] and checks._stale_name_parts(store) == set()


OLD_FILE_NAMES = [_full_name(s) for s in EVERYDAY_READINGS] + [
    "单于", "单", "曾", "单·热合曼", "阿卜杜·热合曼", "欧阳小秀", "张三", "王淼", "吉𠮷祥", "长孙", "尉迟恭"]


def _old_version_file(path) -> None:
    """A file as the previous version left it: no everyday-reading keys, no name endings."""
    conn = connect(path)
    # (and without the roster migrations after them, which build on them)
    migrate.apply(conn, [m for m in migrate.available() if m.key not in NEW_MIGRATIONS and not 14 <= m.number < 20])
    old = Store(conn, path)
    old._load_site()
    village.init_site(old, name="旧村", division_code="610802103201", groups=["一组"])
    with old.transaction():
        hh = old.insert("household", {"hh_no": "J001"})
        for name in OLD_FILE_NAMES:
            keys = search_keys(name)
            old.insert("person", {"household_id": hh, "name": name, "name_pinyin": keys["name_pinyin"],
                                  "name_initials": keys["name_initials"], "name_given": keys["name_given"]})
    old.close()


def test_file_from_the_previous_version_gets_the_keys_at_open(tmp_path):
    path = tmp_path / "old.sqlite"
    _old_version_file(path)
    store = open_store(path)
    try:
        assert set(NEW_MIGRATIONS) <= migrate.applied(store.conn)
        # The migration's SQL computes exactly what the write path would have written.
        assert checks._stale_keys(store) == []
        assert checks._stale_name_parts(store) == set()
        assert all(c["ok"] for c in checks.run(store)), checks.run(store)
        assert names(store, "dxm") == ["单小明", "翟小明"] and names(store, "cengxiaoming") == ["曾小明"]
        assert names(store, "danyu") == ["单于", "单于小明"] and "长孙小明" in names(store, "changsun")
        assert names(store, "weichigong") == ["尉迟恭"]
        assert names(store, "阳小") == ["欧阳小秀"] and names(store, "卜杜") == ["阿卜杜·热合曼"]
        assert names(store, "·热") == ["单·热合曼", "阿卜杜·热合曼"]
        assert names(store, "𠮷祥") == ["吉𠮷祥"]
    finally:
        store.close()


def test_check_finds_damaged_name_endings_and_reindex_repairs(store):
    hh = people.add_household(store, hh_no="D004")
    people.add_person(store, household_id=hh, name="阿卜杜·热合曼")
    pid = people.add_person(store, household_id=hh, name="单雄信")
    # Damage as an older copy or a crash of some other tool could leave it (test only).
    store.conn.execute("DELETE FROM person_name_part WHERE part = '杜·热合曼'")
    store.conn.execute("UPDATE person SET name_initials_alt = '' WHERE id = ?", (pid,))
    result = {c["name"]: c for c in checks.run(store)}["花名册：检索字段与姓名一致"]
    assert not result["ok"] and "1 人的检索字段过期" in result["detail"]
    assert "1 人的姓名中间查找记录" in result["detail"]
    assert names(store, "杜·") == [] and names(store, "dxx") == []
    assert checks.rebuild_search_keys(store) == 2
    assert all(c["ok"] for c in checks.run(store))
    assert names(store, "杜·") == ["阿卜杜·热合曼"] and names(store, "dxx") == ["单雄信"]
    assert checks.rebuild_search_keys(store) == 0


def test_demo_village_polyphonic_and_middle_matches(demo_store):
    ceng = demo_store.scalar("SELECT COUNT(*) FROM person WHERE name LIKE '曾%' AND status <> '已合并'")
    assert ceng > 0                      # the demo village has people named 曾
    assert search.count(demo_store, "ceng") >= ceng
    assert {r["name"][0] for r in search.search(demo_store, "ceng", limit=1000)} >= {"曾"}
    # The middle of a name finds exactly the names holding the text after their start.
    for q in ("秀英", "建国", "热合", "卜杜", "买提"):
        expected = {r[0] for r in demo_store.query(
            "SELECT id FROM person WHERE status <> '已合并' AND instr(name, ?) > 0", (q,))}
        assert {r["id"] for r in search.search(demo_store, q, limit=5000)} == expected, q


def test_gui_says_why_one_character_finds_nobody(qtbot, demo_store, tmp_path):
    from desktop.ui.context import AppContext
    from desktop.ui.pages.roster import Page
    page = Page(AppContext(demo_store, tmp_path / "demo.sqlite"))
    qtbot.addWidget(page)
    page.search.setText("卜")              # 阿卜杜·热合曼: in the middle, not a start
    page.apply_filter()
    assert page.model.total == 0
    assert "至少输入两个字" in page.count_label.text() and "卜" in page.count_label.text()
    page.search.setText("卜杜")
    page.apply_filter()
    assert "阿卜杜·热合曼" in [page.model.rows[r]["name"] for r in range(page.model.rowCount())]
    page.search.setText("zzzzqqq")
    page.apply_filter()
    assert "至少输入两个字" not in page.count_label.text() and "没有找到" in page.count_label.text()


def test_cli_search_by_everyday_reading_and_the_short_query_hint(capsys, store, db_path):
    from desktop.cli import main
    hh = people.add_household(store, hh_no="D005")
    people.add_person(store, household_id=hh, name="阿卜杜·热合曼")
    people.add_person(store, household_id=hh, name="单雄信")
    assert main(["roster", "search", "dxx", "--json", "--db", str(db_path)]) == 0
    assert [r["name"] for r in json.loads(capsys.readouterr().out)] == ["单雄信"]
    assert main(["roster", "search", "卜", "--db", str(db_path)]) == 0
    assert "至少输入两个字" in capsys.readouterr().err
    assert main(["roster", "search", "卜杜", "--db", str(db_path)]) == 0
    out = capsys.readouterr()
    assert "阿卜杜·热合曼" in out.out and out.err == ""
