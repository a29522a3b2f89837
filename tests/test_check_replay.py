"""`cunwu check` replays the change log against the tables (issue 14 point 5): each direct edit
an insider with the file can make is reported with the record named, and a deleted log tail
stays reported after later writes."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from desktop.core.checks import run_checks
from desktop.core.replay_check import replay_checks

ROOT = Path(__file__).resolve().parent.parent


def failed(store) -> dict[str, str]:
    return {r["name"]: r["detail"] for r in run_checks(store) if not r["ok"]}


def test_a_clean_demo_village_passes(demo_store):
    results = replay_checks(demo_store)
    assert [r["name"] for r in results] == ["人员与变更记录", "特殊群体登记与变更记录", "已过账凭证与变更记录",
                                            "议事决策事项与变更记录", "红白事项与变更记录"]
    assert all(r["ok"] for r in results), results
    people = demo_store.scalar("SELECT COUNT(*) FROM person")
    assert results[0]["detail"] == f"{people} 条人员与变更记录一致"


def test_ending_a_dibao_membership_directly_is_reported(demo_store):
    gid = demo_store.scalar("SELECT id FROM person_group WHERE kind='低保' AND end_date IS NULL LIMIT 1")
    assert gid
    demo_store.conn.execute("UPDATE person_group SET end_date='2026-01-01' WHERE id=?", (gid,))
    detail = failed(demo_store)["特殊群体登记与变更记录"]
    assert gid in detail and "end_date" in detail and "1 条特殊群体登记与变更记录不符" in detail


def test_changing_an_id_number_directly_is_reported_without_printing_it(demo_store):
    pid, name, number = demo_store.one("SELECT id, name, id_number FROM person WHERE id_number IS NOT NULL LIMIT 1")
    demo_store.conn.execute("UPDATE person SET id_number='610802199001011234' WHERE id=?", (pid,))
    detail = failed(demo_store)["人员与变更记录"]
    assert f"{pid}（{name}）：字段 id_number 与变更记录不同" in detail
    assert number not in detail and "610802199001011234" not in detail


def test_adding_money_to_a_posted_voucher_after_dropping_its_trigger_is_reported(demo_store):
    eid, voucher, amount = demo_store.one("SELECT id, voucher_no, amount_fen FROM funds_entry WHERE status='posted' "
                                          "LIMIT 1")
    demo_store.conn.execute("DROP TRIGGER funds_entry_posted_no_update")
    demo_store.conn.execute("UPDATE funds_entry SET amount_fen=? WHERE id=?", (amount + 100_000, eid))
    detail = failed(demo_store)["已过账凭证与变更记录"]
    assert f"{eid}（{voucher}）：字段 amount_fen" in detail


def test_rows_written_or_deleted_past_the_log_are_reported(demo_store):
    s = demo_store
    row = dict(s.one("SELECT * FROM person LIMIT 1"))
    row.update(id="planted-person", name="凭空出现", id_number=None)
    s.conn.execute(f"INSERT INTO person ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", tuple(row.values()))
    gone = s.scalar("SELECT id FROM person_group LIMIT 1")
    s.conn.execute("DELETE FROM person_group WHERE id=?", (gone,))
    bad = failed(s)
    assert "planted-person（凭空出现）：变更记录里没有这条记录" in bad["人员与变更记录"]
    assert f"{gone}" in bad["特殊群体登记与变更记录"] and "表中不见了" in bad["特殊群体登记与变更记录"]


def test_the_township_copy_of_villages_passes_and_is_judged_too(tmp_path):
    from desktop.core.sync import exchange, importing
    from tests.support.sites import demo_village_and_township
    v, t = demo_village_and_township(tmp_path / "v.sqlite", tmp_path / "t.sqlite", seed=5, households=20)
    pid = v.scalar("SELECT id FROM person WHERE status='在册' LIMIT 1")
    v.update("person", pid, {"phone": "13900000001"})
    importing.import_bundle(t, exchange.export_bundle(v, "牛家梁镇", tmp_path / "usb")["path"])
    assert all(r["ok"] for r in replay_checks(t)), replay_checks(t)
    t.conn.execute("UPDATE person SET status='迁出' WHERE id=?", (pid,))
    assert any(pid in r["detail"] and not r["ok"] for r in replay_checks(t))
    v.close()
    t.close()


def test_a_deleted_log_tail_stays_reported_after_later_writes(demo_store):
    s = demo_store
    assert not failed(s)                      # a passing check keeps where the log ends, outside the file
    top = s.scalar("SELECT MAX(seq) FROM change_log")
    s.conn.execute("DROP TRIGGER change_log_no_delete")
    s.conn.execute("DELETE FROM change_log WHERE seq > ?", (top - 3,))
    s.insert("village_group", {"name": "删尾之后"})            # the gap in numbers is hidden by this write
    bad = failed(s)
    assert "变更记录哈希链" not in bad, "the chain itself checks again"
    assert f"变更记录到第 {top} 条" in bad["上次核对过的变更记录"] and "不见了" in bad["上次核对过的变更记录"]
    s.insert("village_group", {"name": "再写一次"})
    assert "上次核对过的变更记录" in failed(s)               # and stays reported


def test_cunwu_check_names_the_edited_record(demo_store):
    s = demo_store
    pid = s.scalar("SELECT id FROM person LIMIT 1")
    s.conn.execute("UPDATE person SET name='改名' WHERE id=?", (pid,))
    path = s.path
    s.close()
    r = subprocess.run([sys.executable, "-m", "desktop.cli", "check", "--db", str(path), "--json"], cwd=ROOT,
                       capture_output=True, text=True, encoding="utf-8")
    assert r.returncode == 1 and "人员与变更记录" in r.stderr and "Traceback" not in r.stderr
    (person,) = [x for x in json.loads(r.stdout) if x["name"] == "人员与变更记录"]
    assert not person["ok"] and f"{pid}（改名）：字段 name" in person["detail"]


# ---- issue 19: the default check starts from the last passing check's checkpoint
def _person_result(store, **kw) -> dict:
    (person,) = [r for r in run_checks(store, **kw) if r["name"] == "人员与变更记录"]
    return person


def _checkpoint(store) -> dict:
    from desktop.core.replay.checkpoint import checkpoint_path
    return json.loads(checkpoint_path(store).read_text(encoding="utf-8"))


def test_after_a_passing_check_only_what_changed_is_replayed(demo_store):
    s = demo_store
    first = _person_result(s)
    assert first["ok"] and "逐条重放" not in first["detail"]          # nothing to start from: all of it
    assert _checkpoint(s)["seq"] == s.scalar("SELECT MAX(seq) FROM change_log")
    pid = s.scalar("SELECT id FROM person WHERE status='在册' LIMIT 1")
    s.update("person", pid, {"phone": "13900000002"})
    second = _person_result(s)
    assert second["ok"] and "逐条重放" in second["detail"], second
    people = s.scalar("SELECT COUNT(*) FROM person")
    assert second["detail"].startswith(f"{people} 条人员与变更记录一致")
    assert "逐条重放" not in _person_result(s, full=True)["detail"]      # --full replays everything


def test_a_direct_edit_after_a_passing_check_is_still_named(demo_store):
    s = demo_store
    assert not failed(s)
    changed = s.scalar("SELECT id FROM person WHERE status='在册' LIMIT 1")
    s.update("person", changed, {"phone": "13900000003"})          # logged: replayed
    untouched, name = s.one("SELECT id, name FROM person WHERE id <> ? AND status='在册' ORDER BY id DESC LIMIT 1",
                            (changed,))
    s.conn.execute("UPDATE person SET gender = CASE gender WHEN '男' THEN '女' ELSE '男' END WHERE id=?", (untouched,))
    detail = failed(s)["人员与变更记录"]
    assert f"{untouched}（{name}）：字段 gender 与变更记录不同" in detail


def test_a_direct_edit_of_a_record_also_changed_through_the_program_is_named(demo_store):
    s = demo_store
    assert not failed(s)
    pid, name = s.one("SELECT id, name FROM person WHERE status='在册' LIMIT 1")
    s.update("person", pid, {"phone": "13900000004"})
    s.conn.execute("UPDATE person SET phone='13900000005' WHERE id=?", (pid,))
    assert f"{pid}（{name}）：字段 phone 与变更记录不同" in failed(s)["人员与变更记录"]


def test_a_row_deleted_beside_a_logged_change_is_named(demo_store):
    """The deleted row shares its fingerprint bucket (32 consecutive rowids) with a record
    changed through the program, so only the table's count can tell it is gone."""
    s = demo_store
    assert not failed(s)
    assert _checkpoint(s)["tables"]["person_group"]["rowids_per_bucket"] == 32
    by_bucket: dict[int, list[str]] = {}
    for rowid, record_id in s.query("SELECT rowid, id FROM person_group ORDER BY rowid"):
        by_bucket.setdefault(rowid // 32, []).append(record_id)
    changed, gone = next(v for v in by_bucket.values() if len(v) >= 2)[:2]
    s.update("person_group", changed, {"detail": "复核"})
    s.conn.execute("DELETE FROM person_group WHERE id=?", (gone,))
    detail = failed(s)["特殊群体登记与变更记录"]
    assert f"{gone}" in detail and "表中不见了" in detail and changed not in detail


def test_a_planted_row_after_a_passing_check_is_named(demo_store):
    s = demo_store
    assert not failed(s)
    row = dict(s.one("SELECT * FROM person LIMIT 1"))
    row.update(id="planted-later", name="后来出现", id_number=None)
    s.conn.execute(f"INSERT INTO person ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", tuple(row.values()))
    assert "planted-later（后来出现）：变更记录里没有这条记录" in failed(s)["人员与变更记录"]


def test_a_checkpoint_of_another_log_is_not_trusted(demo_store):
    from desktop.core.replay.checkpoint import checkpoint_path
    s = demo_store
    assert not failed(s)
    kept = _checkpoint(s)
    kept["hash"] = "0" * 64                     # e.g. another file of the same name
    checkpoint_path(s).write_text(json.dumps(kept), encoding="utf-8")
    pid = s.scalar("SELECT id FROM person LIMIT 1")
    s.conn.execute("UPDATE person SET name='换了名' WHERE id=?", (pid,))
    person = _person_result(s)
    assert not person["ok"] and f"{pid}（换了名）：字段 name" in person["detail"]


def test_a_roster_finding_does_not_stop_the_next_check_from_starting_at_the_checkpoint(demo_store):
    """A dead 户主 is a finding for the clerk, not a sign the tables left the log."""
    s = demo_store
    head = s.scalar("SELECT h.head_person_id FROM household h JOIN person p ON p.id = h.head_person_id "
                    "WHERE h.status='active' AND p.status='在册' AND EXISTS (SELECT 1 FROM person m "
                    "WHERE m.household_id = h.id AND m.id <> p.id AND m.status='在册') LIMIT 1")
    s.update("person", head, {"status": "死亡"})
    assert "花名册：户主属于本户且在册" in failed(s)
    s.update("person", head, {"phone": "13900000006"})
    person = _person_result(s)
    assert person["ok"] and "逐条重放" in person["detail"]


def test_search_keys_are_recomputed_for_touched_people_and_a_stale_key_stays_reported(demo_store):
    s = demo_store
    assert not failed(s)
    pid = s.scalar("SELECT id FROM person WHERE status='在册' LIMIT 1")
    s.update("person", pid, {"name_pinyin": "bushizhege"})       # logged, so the replay agrees
    for _ in range(2):                                           # touched, then proven by fingerprint only
        bad = failed(s)
        assert "1 人的检索字段过期" in bad["花名册：检索字段与姓名一致"]
        assert "人员与变更记录" not in bad
