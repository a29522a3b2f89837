"""Users, roles enforced in the core, lockout, audit chain, disk full."""
from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from db.errors import DiskFullError, PermissionDenied, ValidationError
from desktop.core import open_store, village
from desktop.core.roster import people
from desktop.core.security import audit, users
from desktop.core.security.users import LoginError


@pytest.fixture
def staffed(store):
    users.add_user(store, "admin", "admin-pass", "admin", "王主任")
    users.add_user(store, "clerk", "clerk-pass", "clerk", "李会计")
    users.add_user(store, "jw", "super-pass", "supervisor", "赵监委")
    return store


def test_first_user_must_be_admin(store):
    with pytest.raises(ValidationError, match="管理员"):
        users.add_user(store, "clerk", "clerk-pass", "clerk")


def test_password_is_stored_as_scrypt_not_plain(staffed):
    stored = staffed.scalar("SELECT pw_hash FROM security_user WHERE username='clerk'")
    assert stored.startswith("scrypt$") and "clerk-pass" not in stored
    logged = " ".join(r[0] or "" for r in staffed.query("SELECT data FROM change_log"))
    assert "clerk-pass" not in logged


def test_login_sets_actor_and_changes_are_attributed(staffed):
    users.login(staffed, "clerk", "clerk-pass")
    hh = people.add_household(staffed, hh_no="H1")
    assert staffed.scalar("SELECT actor FROM change_log WHERE record_id=?", (hh,)) == "clerk"


def test_supervisor_reads_but_cannot_write_roster(staffed):
    users.login(staffed, "jw", "super-pass")
    assert staffed.scalar("SELECT COUNT(*) FROM person") == 0      # can read
    with pytest.raises(PermissionDenied, match="监委会"):
        people.add_household(staffed, hh_no="H1")
    assert staffed.scalar("SELECT COUNT(*) FROM household") == 0


def test_clerk_cannot_manage_users_or_settings(staffed):
    users.login(staffed, "clerk", "clerk-pass")
    with pytest.raises(PermissionDenied):
        users.add_user(staffed, "x", "x-password", "clerk")
    with pytest.raises(PermissionDenied):
        staffed.set_setting("backup.folder", "/tmp")
    with pytest.raises(PermissionDenied):
        village.update_site(staffed, name="别村")


def test_lockout_after_repeated_failures(staffed):
    t0 = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)
    for _ in range(users.MAX_FAILURES):
        with pytest.raises(LoginError):
            users.login(staffed, "clerk", "wrong", now=t0)
    with pytest.raises(LoginError, match="锁定"):
        users.login(staffed, "clerk", "clerk-pass", now=t0 + timedelta(minutes=1))
    who = users.login(staffed, "clerk", "clerk-pass", now=t0 + timedelta(minutes=users.LOCK_MINUTES + 1))
    assert who["role"] == "clerk"


def test_clerk_can_be_replaced_without_losing_history(staffed):
    users.login(staffed, "clerk", "clerk-pass")
    hh = people.add_household(staffed, hh_no="H1")
    users.login(staffed, "admin", "admin-pass")
    users.set_active(staffed, "clerk", False)
    users.add_user(staffed, "clerk2", "clerk2-pass", "clerk", "新会计")
    with pytest.raises(LoginError):
        users.login(staffed, "clerk", "clerk-pass")
    assert staffed.scalar("SELECT actor FROM change_log WHERE record_id=?", (hh,)) == "clerk"


def test_last_admin_cannot_be_disabled(staffed):
    with pytest.raises(ValidationError, match="最后一个管理员"):
        users.set_active(staffed, "admin", False)


def test_audit_chain_detects_edits_outside_the_program(db_path, staffed):
    people.add_household(staffed, hh_no="H1")
    people.add_household(staffed, hh_no="H2")
    assert audit.verify_chain(staffed)[0]
    staffed.close()
    raw = sqlite3.connect(db_path)
    with pytest.raises(sqlite3.DatabaseError, match="只能追加"):
        raw.execute("UPDATE change_log SET actor='nobody' WHERE seq=2")
    raw.close()
    # Someone who knows SQLite drops the triggers and rewrites history:
    ok, detail = _chain_after_raw_sql(db_path, "DROP TRIGGER change_log_no_update",
                                      "UPDATE change_log SET actor='nobody' WHERE seq=2")
    assert not ok and "第 2 条" in detail


def test_audit_chain_detects_deleted_entries(db_path, store):
    for i in range(5):
        people.add_household(store, hh_no=f"H{i}")
    store.close()
    ok, detail = _chain_after_raw_sql(db_path, "DROP TRIGGER change_log_no_delete",
                                      "DELETE FROM change_log WHERE seq = (SELECT MAX(seq) FROM change_log)")
    assert not ok and "被删除" in detail


def _chain_after_raw_sql(db_path, *statements: str) -> tuple[bool, str]:
    """Someone who knows SQLite rewrites the file behind the program's back; does the chain notice?"""
    raw = sqlite3.connect(db_path)
    for sql in statements:
        raw.execute(sql)
    raw.commit()
    raw.close()
    with open_store(db_path) as s:
        return audit.verify_chain(s)


def test_disk_full_gives_clear_message_and_consistent_file(db_path, store):
    people.add_household(store, hh_no="KEEP")
    pages = store.scalar("PRAGMA page_count")
    store.conn.execute(f"PRAGMA max_page_count={pages + 3}")
    with pytest.raises(DiskFullError, match="磁盘空间已满"):
        with store.transaction():
            for i in range(2000):
                people.add_household(store, hh_no=f"H{i:05d}", address="高家湾村" * 20)
    assert store.scalar("SELECT COUNT(*) FROM household") == 1
    assert store.integrity_ok()[0]
    assert audit.verify_chain(store)[0]
    store.close()
    again = open_store(db_path)
    assert again.scalar("SELECT hh_no FROM household") == "KEEP"
    again.close()


def test_supervisor_sees_masked_ids_in_search_clerk_sees_full(staffed):
    from desktop.core.roster import idcard, search
    hh = people.add_household(staffed, hh_no="H1")
    number = idcard.make("610802", __import__("datetime").date(1960, 5, 1), 21, True)
    people.add_person(staffed, household_id=hh, name="张三", relation="户主", id_number=number,
                      phone="13912345678")
    users.login(staffed, "jw", "super-pass")
    row = search.search(staffed, "张三")[0]
    assert row["id_number"] == idcard.mask(number) and "1234" not in row["phone"][3:7]
    # The roster table's keystroke (first page and its count) masks the same way.
    rows, _cursor, n, more = search.first_page(staffed, "张三")
    assert (n, more) == (1, False) and rows[0]["id_number"] == number[:4] + "*" * 10 + number[-4:]
    users.login(staffed, "clerk", "clerk-pass")
    assert search.search(staffed, "张三")[0]["id_number"] == number
