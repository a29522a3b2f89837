"""person.group_id (migration 0016): the household's 村民小组 on the person row, kept by
triggers, so that search filters a 村民小组 from its name indexes (issue 19)."""
from __future__ import annotations

import sqlite3

from db import migrate
from desktop.core import village
from desktop.core.roster import checks, lifecycle, people, search
from tests.support.old_files import three_people_in_two_households


def _groups(store):
    return {g["name"]: g["id"] for g in village.groups(store)}


def _group_of(store, person_id):
    return store.scalar("SELECT group_id FROM person WHERE id=?", (person_id,))


def test_group_id_follows_the_household(store):
    g = _groups(store)
    h1 = people.add_household(store, hh_no="0001", group_id=g["一组"])
    h2 = people.add_household(store, hh_no="0002", group_id=g["二组"])
    loner = people.add_household(store, hh_no="0003")
    a = people.add_person(store, household_id=h1, name="张三", relation="户主")
    b = people.add_person(store, household_id=h1, name="李四", relation="配偶")
    c = people.add_person(store, name="王五")
    assert (_group_of(store, a), _group_of(store, b), _group_of(store, c)) == (g["一组"], g["一组"], None)
    people.update_household(store, h1, group_id=g["二组"])             # the household changes group
    assert _group_of(store, a) == _group_of(store, b) == g["二组"]
    lifecycle.move_household(store, b, loner, relation="户主", reason="分户")   # the person moves
    assert _group_of(store, b) is None
    people.update_person(store, c, household_id=h2)                   # joins a household
    assert _group_of(store, c) == g["二组"]
    assert search.count(store, "", group="二组") == 2
    assert search.count(store, "李", group="二组") == 0
    assert checks._stale_groups(store) == 0


def test_household_arriving_after_its_people_gives_them_its_group(store):
    """A bundle may carry a household after its people: their group is filled in on arrival."""
    g = _groups(store)
    site = store.site_id
    with store.transaction():
        store.conn.execute("PRAGMA defer_foreign_keys=ON")
        store.conn.execute("INSERT INTO person (id, site_id, household_id, name, created_at, updated_at) "
                           "VALUES ('p1', ?, 'h1', '赵六', 'x', 'x')", (site,))
        assert _group_of(store, "p1") is None
        store.conn.execute("INSERT INTO household (id, site_id, hh_no, group_id, created_at, updated_at) "
                           "VALUES ('h1', ?, '0009', ?, 'x', 'x')", (site, g["一组"]))
    assert _group_of(store, "p1") == g["一组"]


def test_check_reports_and_reindex_repairs_a_wrong_group(store):
    g = _groups(store)
    h1 = people.add_household(store, hh_no="0001", group_id=g["一组"])
    a = people.add_person(store, household_id=h1, name="张三")
    store.conn.execute("DROP TRIGGER person_group_update")     # damage from outside the program
    store.conn.execute("UPDATE person SET group_id=? WHERE id=?", (g["二组"], a))
    found = [r for r in checks.run(store) if r["name"] == "花名册：检索字段与姓名一致"][0]
    assert not found["ok"] and "1 人记录的村民小组与所在户不一致" in found["detail"]
    assert checks.rebuild_search_keys(store) == 1
    assert _group_of(store, a) == g["一组"]


def test_migration_fills_group_id_for_people_already_in_the_file(tmp_path):
    conn = sqlite3.connect(tmp_path / "old.sqlite", isolation_level=None)
    before = [m for m in migrate.available() if m.number < 16]
    migrate.apply(conn, before)
    three_people_in_two_households(conn)
    migrate.apply(conn, migrate.pending(conn))
    assert dict(conn.execute("SELECT id, group_id FROM person").fetchall()) == {"p1": "g1", "p2": None, "p3": None}
