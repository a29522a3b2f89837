"""The demo village is realistic enough for every later area."""
from __future__ import annotations

from desktop.core.roster import checks, codes, demo, groups, idcard, life_history


def test_every_special_group_present(demo_store):
    for kind in codes.SPECIAL_GROUPS:
        assert groups.members(demo_store, kind), kind


def test_history_is_there(demo_store):
    statuses = {r[0]: r[1] for r in demo_store.query("SELECT status, COUNT(*) FROM person GROUP BY status")}
    assert statuses["死亡"] >= 3 and statuses["迁出"] >= 3 and statuses["外出务工"] >= 3
    assert statuses["已合并"] == 1
    merged = demo_store.one("SELECT * FROM person WHERE status='已合并'")
    kept = demo_store.get("person", merged["merged_into"])
    assert kept["name"] == merged["name"] and kept["status"] != "已合并"
    dead = demo_store.query("SELECT id, birth_date, status_date, status_reason FROM person WHERE status='死亡'")
    assert all(r["status_date"] > r["birth_date"] and r["status_reason"] for r in dead)
    assert all(life_history.history(demo_store, r["id"])[-1]["kind"] == "死亡" for r in dead)
    kinds = {r[0] for r in demo_store.query("SELECT DISTINCT kind FROM household_event")}
    assert {"更换户主", "解散"} <= kinds


def test_ids_valid_and_checks_pass(demo_store):
    numbers = [r[0] for r in demo_store.query("SELECT id_number FROM person WHERE id_number IS NOT NULL")]
    assert len(numbers) > 300
    assert all(idcard.parse(n).number == n for n in numbers)
    failed = [c for c in checks.run(demo_store) if not c["ok"]]
    assert failed == []


def test_rare_character_names_present(demo_store):
    names = {r[0] for r in demo_store.query("SELECT name FROM person")}
    assert {"吉𠮷祥", "阿卜杜·热合曼"} <= names
    assert len({n for n, _g, _e in demo.SPECIAL_NAMES} & names) >= 4
