"""`cunwu check` at county scale (issue 19 point 4): the change log checked a chunk at a time,
the tables fingerprinted by SQLite, the SQLite-bound steps on worker threads. Each shortcut
must still catch what the slow way caught: an edited log entry anywhere in the chain, a row
edited, planted or deleted behind the write path, and report it in the same words."""
from __future__ import annotations

import json

import pytest

from db.store import REDACTED
from desktop.core.checks import run_checks
from desktop.core.replay.checkpoint import checkpoint_path
from desktop.core.security import audit


def failed(store) -> dict[str, str]:
    return {r["name"]: r["detail"] for r in run_checks(store) if not r["ok"]}


def result(store, name: str, **kw) -> dict:
    (found,) = [r for r in run_checks(store, **kw) if r["name"] == name]
    return found


def raw(store, *statements: str, params=()) -> None:
    """Someone who knows SQLite edits the file behind the program (the store's connection
    commits each statement)."""
    for sql in statements:
        store.conn.execute(sql, params if "?" in sql else ())


# ------------------------------------------------------------------ the change log, a chunk at a time
@pytest.fixture
def small_chunks(monkeypatch):
    """Chunks of 7 entries, so a demo village's log spans hundreds of them and an edit can sit
    at a chunk's first, middle or last entry."""
    monkeypatch.setattr(audit, "_CHUNK", 7)


def unlock_log(store) -> None:
    raw(store, "DROP TRIGGER change_log_no_update", "DROP TRIGGER change_log_redact_only",
        "DROP TRIGGER change_log_no_delete")


def _entry_near(store, seq: int) -> tuple[int, str, str]:
    return store.one("SELECT seq, table_name, record_id FROM change_log WHERE seq >= ? AND data IS NOT NULL "
                     "ORDER BY seq LIMIT 1", (seq,))


def _spots(store) -> list[int]:
    top = store.scalar("SELECT MAX(seq) FROM change_log")
    return [1, 7, 8, top // 2, top - 1, top]


def test_a_clean_log_passes_with_every_entry_counted(demo_store, small_chunks):
    entries = demo_store.scalar("SELECT COUNT(*) FROM change_log")
    assert audit.verify_chain(demo_store) == (True, f"{entries} 条变更记录，哈希链完整")


def test_edited_data_is_named_wherever_it_sits(demo_store, small_chunks):
    unlock_log(demo_store)
    for spot in _spots(demo_store):
        seq, table, record = _entry_near(demo_store, spot)
        raw(demo_store, "UPDATE change_log SET data = data || ' ' WHERE seq = ?", params=(seq,))
        assert audit.verify_chain(demo_store) == (False, f"第 {seq} 条变更记录的内容被改动过（{table} {record}）。")
        raw(demo_store, "UPDATE change_log SET data = substr(data, 1, length(data) - 1) WHERE seq = ?", params=(seq,))
    assert audit.verify_chain(demo_store)[0]


def test_an_edited_actor_or_link_is_named_wherever_it_sits(demo_store, small_chunks):
    unlock_log(demo_store)
    for spot in _spots(demo_store):
        seq, table, record = _entry_near(demo_store, spot)
        raw(demo_store, "UPDATE change_log SET actor = 'nobody' WHERE seq = ?", params=(seq,))
        assert audit.verify_chain(demo_store) == (False, f"第 {seq} 条变更记录被改动过（{table} {record}）。")
        raw(demo_store, "UPDATE change_log SET actor = 'system' WHERE seq = ?", params=(seq,))
        assert audit.verify_chain(demo_store)[0]
    seq = _spots(demo_store)[3]
    raw(demo_store, "UPDATE change_log SET prev_hash = '0' || substr(prev_hash, 2) WHERE seq = ?", params=(seq,))
    assert audit.verify_chain(demo_store) == (False, f"第 {seq} 条变更记录之前的记录被删除或改动过（哈希链断开）。")


def test_a_deleted_middle_entry_breaks_the_chain_at_the_next(demo_store, small_chunks):
    seq = _spots(demo_store)[3]
    unlock_log(demo_store)
    raw(demo_store, "DELETE FROM change_log WHERE seq = ?", params=(seq,))
    assert audit.verify_chain(demo_store) == (False, f"第 {seq + 1} 条变更记录之前的记录被删除或改动过（哈希链断开）。")


@pytest.mark.parametrize("edit", [
    "UPDATE change_log SET actor = CAST(actor AS BLOB) WHERE seq = ?",          # the same bytes, as a BLOB
    "UPDATE change_log SET data = CAST(data AS BLOB) WHERE seq = ?",
    "UPDATE change_log SET record_id = record_id || char(0) || 'x' WHERE seq = ?",  # hidden after a NUL
    "UPDATE change_log SET data = CAST(CAST(data AS BLOB) || x'ff' AS TEXT) WHERE seq = ?",  # not UTF-8
])
def test_a_value_of_another_type_or_with_a_hidden_tail_is_named_not_a_traceback(demo_store, small_chunks, edit):
    seq = _entry_near(demo_store, _spots(demo_store)[3])[0]
    unlock_log(demo_store)
    raw(demo_store, edit, params=(seq,))
    ok, detail = audit.verify_chain(demo_store)
    assert not ok and detail.startswith(f"第 {seq} 条变更记录")


def test_redacted_entries_are_counted_and_the_chain_still_holds(demo_store, small_chunks):
    entries = demo_store.scalar("SELECT COUNT(*) FROM change_log")
    raw(demo_store, "UPDATE change_log SET data = ? WHERE seq IN (3, 9, 10)", params=(REDACTED,))
    assert audit.verify_chain(demo_store) == (True, f"{entries} 条变更记录，哈希链完整，其中 3 条因匿名化已隐去内容")


# ------------------------------------------------------------------ tables fingerprinted by SQLite
def test_a_hidden_tail_after_a_nul_is_named(demo_store):
    s = demo_store
    assert not failed(s)
    pid, name = s.one("SELECT id, name FROM person WHERE status='在册' ORDER BY id LIMIT 1")
    raw(s, "UPDATE person SET note = note || char(0) || '补' WHERE id = ?", params=(pid,))
    assert f"{pid}（{name}）：字段 note 与变更记录不同" in failed(s)["人员与变更记录"]


def test_the_same_bytes_as_a_blob_are_named(demo_store):
    s = demo_store
    assert not failed(s)
    pid, name = s.one("SELECT id, name FROM person WHERE phone <> '' ORDER BY id LIMIT 1")
    raw(s, "UPDATE person SET phone = CAST(phone AS BLOB) WHERE id = ?", params=(pid,))
    assert f"{pid}（{name}）：字段 phone 与变更记录不同" in failed(s)["人员与变更记录"]


def test_a_row_deleted_by_hand_after_a_passing_check_is_named(demo_store):
    s = demo_store
    assert not failed(s)
    gone = s.scalar("SELECT id FROM person_group ORDER BY rowid DESC LIMIT 1 OFFSET 40")
    raw(s, "DELETE FROM person_group WHERE id = ?", params=(gone,))
    detail = failed(s)["特殊群体登记与变更记录"]
    assert f"{gone}" in detail and "表中不见了" in detail


def test_a_row_moved_to_another_rowid_with_its_values_unchanged_passes(demo_store):
    s = demo_store
    assert not failed(s)
    pid = s.scalar("SELECT id FROM person ORDER BY rowid LIMIT 1 OFFSET 5")
    raw(s, "UPDATE person SET rowid = (SELECT MAX(rowid) + 1000 FROM person) WHERE id = ?", params=(pid,))
    person = result(s, "人员与变更记录")
    people = s.scalar("SELECT COUNT(*) FROM person")
    assert person["ok"] and person["detail"].startswith(f"{people} 条人员与变更记录一致") and "逐条重放" in person["detail"]


def test_after_a_vacuum_the_check_passes(demo_store):
    """VACUUM may number the rows anew: the buckets then differ and the check replays more."""
    s = demo_store
    assert not failed(s)
    for gone in [r[0] for r in s.query("SELECT id FROM person_group ORDER BY rowid LIMIT 5")]:
        s.delete("person_group", gone)
    s.conn.execute("VACUUM")
    assert not failed(s)


def test_a_checkpoint_of_the_previous_version_is_used_once(demo_store):
    """Format 1 (buckets by a CRC of the id, rows hashed in Python): the first check after the
    update still starts from it and leaves a checkpoint of the new format."""
    from desktop.core.replay.format1 import MOD, Fingerprint, bucket_count
    from desktop.core.replay.records import Judge
    from desktop.core.replay_check import AREAS
    s = demo_store
    assert not failed(s)
    kept = json.loads(checkpoint_path(s).read_text(encoding="utf-8"))
    assert kept["format"] == 2
    key = bytes.fromhex(kept["key"])
    old_tables = {}
    for table, (_, _, only) in AREAS.items():
        judge = Judge(s, table, None, only)
        rows = [r for r in s.conn.execute(f"SELECT {', '.join(c for c, _ in judge.judged)} FROM {table}")
                if only is None or dict(r)[only[0]] == only[1]]
        fp = Fingerprint(bucket_count(len(rows)), key)
        for r in rows:
            fp.add(r[0], tuple(r))
        old_tables[table] = {"buckets": fp.buckets,
                             "counts": __import__("base64").b64encode(b"".join(c.to_bytes(4, "little")
                                                                               for c in fp.counts)).decode(),
                             "sums": __import__("base64").b64encode(b"".join((x % MOD).to_bytes(16, "little")
                                                                             for x in fp.sums)).decode()}
    kept.update(format=1, tables=old_tables)
    checkpoint_path(s).write_text(json.dumps(kept), encoding="utf-8")
    pid = s.scalar("SELECT id FROM person WHERE status='在册' ORDER BY id LIMIT 1")
    s.update("person", pid, {"phone": "13900000007"})
    person = result(s, "人员与变更记录")
    assert person["ok"] and "逐条重放" in person["detail"], person
    assert json.loads(checkpoint_path(s).read_text(encoding="utf-8"))["format"] == 2
    other, name = s.one("SELECT id, name FROM person WHERE id <> ? ORDER BY id DESC LIMIT 1", (pid,))
    raw(s, "UPDATE person SET relation = relation || '？' WHERE id = ?", params=(other,))
    assert f"{other}（{name}）：字段 relation 与变更记录不同" in failed(s)["人员与变更记录"]


# ------------------------------------------------------------------ worker threads
def _forget_checks(store) -> None:
    from desktop.core.chain_code import anchor_path
    for path in (checkpoint_path(store), anchor_path(store)):
        path.unlink(missing_ok=True)


def test_the_worker_threads_give_what_the_steps_in_turn_give(demo_store):
    s = demo_store
    raw(s, "PRAGMA foreign_keys = OFF")
    raw(s, "UPDATE person_group SET person_id = 'nobody' WHERE rowid = (SELECT MIN(rowid) FROM person_group)")
    raw(s, "PRAGMA foreign_keys = ON")
    _forget_checks(s)
    side_by_side = run_checks(s)
    _forget_checks(s)
    s.conn.execute("BEGIN")          # inside a transaction the steps run in turn on this connection
    try:
        in_turn = run_checks(s)
    finally:
        s.conn.execute("COMMIT")
    assert side_by_side == in_turn
    names = [r["name"] for r in side_by_side]
    assert names[:5] == ["数据库完整性", "外键一致", "变更记录哈希链", "上次核对过的变更记录", "人员与变更记录"]
    assert [r["name"] for r in side_by_side if not r["ok"]] == ["外键一致", "特殊群体登记与变更记录"]
    assert next(r for r in side_by_side if r["name"] == "外键一致")["detail"] == "1 处问题"


def test_progress_is_told_from_the_calling_thread_and_ends_complete(demo_store):
    import threading
    seen = []
    run_checks(demo_store, progress=lambda done, total, message: seen.append(
        (done, total, message, threading.current_thread() is threading.main_thread())))
    assert all(on_main for *_, on_main in seen)
    assert seen[-1][:3] == (900, 900, "检查完成")
    steps = {m for _, _, m, _ in seen if m.startswith("正在检查：")}
    assert len(steps) == 9 and "正在检查：数据库完整性（1/9）……" in steps
    assert [d for d, *_ in seen] == sorted(d for d, *_ in seen)


# ------------------------------------------------------------------ the roster's set queries
def test_roster_set_findings_are_named(demo_store):
    s = demo_store
    hh_no, head, head_name = s.one(
        "SELECT h.hh_no, h.head_person_id, p.name FROM household h JOIN person p ON p.id = h.head_person_id "
        "WHERE h.status='active' AND p.status='在册' AND EXISTS (SELECT 1 FROM person m WHERE "
        "m.household_id = h.id AND m.id <> p.id AND m.status='在册') ORDER BY h.hh_no LIMIT 1")
    other_household = s.scalar("SELECT id FROM household WHERE hh_no <> ? ORDER BY hh_no LIMIT 1", (hh_no,))
    raw(s, "UPDATE person SET household_id = ? WHERE id = ?", params=(other_household, head))
    (a, a_name, number), (b, b_name) = (s.one("SELECT id, name, id_number FROM person WHERE status='在册' "
                                               "AND id_number IS NOT NULL ORDER BY rowid LIMIT 1"),
                                        s.one("SELECT id, name FROM person WHERE status='在册' AND id_number IS NOT "
                                              "NULL ORDER BY rowid LIMIT 1 OFFSET 1"))
    raw(s, "DROP INDEX person_id_number_living",
        "UPDATE person SET id_number = ? WHERE id = ?", params=(number, b))
    bad = failed(s)
    assert bad["花名册：户主属于本户且在册"] == f"户 {hh_no} 的户主 {head_name} 不在本户"
    assert bad["花名册：身份证号不重复（在世人员）"] == f"{a_name}、{b_name} 的身份证号相同（{number[:4]}…{number[-4:]}）"
