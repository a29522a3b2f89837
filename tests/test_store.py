"""The store: WAL, migrations, the one write path and its change log."""
from __future__ import annotations

import json
import sqlite3

import pytest

from db import Store
from db.errors import CorruptDatabaseError, CunwuError, SchemaTooNewError
from db.opening import upgrade_pending
from desktop.core import open_store, village
from tests.support.old_files import undo_roster_migration


def test_open_sets_wal_and_foreign_keys(store):
    assert store.scalar("PRAGMA journal_mode") == "wal"
    assert store.scalar("PRAGMA foreign_keys") == 1


def test_every_write_is_logged_in_order(store):
    before = store.scalar("SELECT MAX(site_seq) FROM change_log")
    gid = village.add_group(store, "三组", leader="李四")
    village.rename_group(store, gid, "三组", leader="王五")
    rows = store.query("SELECT * FROM change_log WHERE record_id=? ORDER BY seq", (gid,))
    assert [r["op"] for r in rows] == ["insert", "update"]
    assert json.loads(rows[0]["data"])["leader"] == "李四"
    assert json.loads(rows[1]["data"]) == {"leader": "王五"}
    assert [r["site_seq"] for r in rows] == [before + 1, before + 2]
    assert all(r["site_id"] == store.site_id for r in rows)


def test_update_without_change_logs_nothing(store):
    gid = village.add_group(store, "三组")
    n = store.scalar("SELECT COUNT(*) FROM change_log")
    assert store.update("village_group", gid, {"name": "三组"}) == {}
    assert store.scalar("SELECT COUNT(*) FROM change_log") == n


def test_failed_transaction_leaves_no_row_and_no_log(store):
    n_log = store.scalar("SELECT COUNT(*) FROM change_log")
    with pytest.raises(RuntimeError):
        with store.transaction():
            village.add_group(store, "三组")
            village.add_group(store, "四组")
            raise RuntimeError("power cut")
    assert store.scalar("SELECT COUNT(*) FROM village_group WHERE name IN ('三组','四组')") == 0
    assert store.scalar("SELECT COUNT(*) FROM change_log") == n_log


def test_nested_savepoint_rolls_back_only_inner(store):
    with store.transaction():
        village.add_group(store, "三组")
        with pytest.raises(CunwuError):
            with store.transaction():
                village.add_group(store, "四组")
                village.add_group(store, "四组")   # duplicate: refused
    names = {g["name"] for g in village.groups(store)}
    assert "三组" in names and "四组" not in names
    logged = store.query("SELECT data FROM change_log WHERE table_name='village_group'")
    assert not any("四组" in r[0] for r in logged)


def test_sequence_is_gap_free_across_reopen(db_path, store):
    village.add_group(store, "三组")
    store.close()
    again = open_store(db_path)
    village.add_group(again, "四组")
    seqs = [r[0] for r in again.query("SELECT site_seq FROM change_log ORDER BY seq")]
    assert seqs == list(range(1, len(seqs) + 1))
    again.close()


def test_writes_need_an_initialised_site(db_path):
    s = open_store(db_path)
    with pytest.raises(CunwuError, match="尚未初始化"):
        village.add_group(s, "一组")
    s.close()


def test_init_twice_is_refused(store):
    with pytest.raises(CunwuError, match="重复初始化"):
        village.init_site(store, name="别的村", division_code="610802103202")


@pytest.mark.parametrize("code", ["61080210320", "6108021032011", "61080210320X", ""])
def test_division_code_must_be_12_digits(db_path, code):
    s = open_store(db_path)
    with pytest.raises(CunwuError, match="12 位"):
        village.init_site(s, name="某村", division_code=code)
    assert not s.initialised
    s.close()


def test_file_from_newer_version_is_refused_and_untouched(db_path, store):
    store.conn.execute("INSERT INTO schema_migrations(key) VALUES ('9999_from_the_future')")
    store.close()
    before = db_path.read_bytes()
    with pytest.raises(SchemaTooNewError, match="较新版本"):
        open_store(db_path)
    assert db_path.read_bytes() == before


def test_pending_migration_backs_up_first(db_path, store):
    undo_roster_migration(store)
    assert upgrade_pending(db_path)
    again = open_store(db_path)
    assert not upgrade_pending(db_path)
    backups = list((db_path.parent / "backups").glob("*pre-migration*.sqlite"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("SELECT name FROM site").fetchone()[0] == "测试村"
    assert old.execute("SELECT 1 FROM sqlite_master WHERE name='person'").fetchone() is None
    old.close()
    assert again.scalar("SELECT COUNT(*) FROM person") == 0
    again.close()


def test_upgrade_reports_backup_then_each_migration(db_path, store):
    undo_roster_migration(store)
    heard = []
    open_store(db_path, progress=lambda done, total, message: heard.append(message)).close()
    backing_up = [m for m in heard if m.startswith("升级数据文件结构前先备份")]
    assert any("正在校验备份" in m for m in backing_up) and backing_up[-1].endswith("备份完成")
    assert heard[-1] == "正在升级数据文件结构（1/1）……"


def test_upgrade_stopped_during_its_backup_changes_nothing(db_path, store):
    undo_roster_migration(store)
    before = db_path.read_bytes()

    def stop(done, total, message):
        if "复制" in message:
            raise CunwuError("已取消")
    with pytest.raises(CunwuError, match="已取消"):
        open_store(db_path, progress=stop)
    assert db_path.read_bytes() == before and upgrade_pending(db_path)
    assert not list((db_path.parent / "backups").glob("*.part"))


def test_new_or_garbage_files_have_no_upgrade_pending(tmp_path):
    assert not upgrade_pending(tmp_path / "absent.sqlite")
    (tmp_path / "junk.sqlite").write_bytes(b"junk" * 100)
    assert not upgrade_pending(tmp_path / "junk.sqlite")


def test_garbage_file_is_reported_not_overwritten(tmp_path):
    path = tmp_path / "cunwu.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(CorruptDatabaseError, match="已损坏"):
        Store.open(path)
    assert path.read_bytes() == b"this is not a database" * 100


def test_rolled_back_savepoint_leaves_no_gap_and_chain_intact(store):
    from desktop.core.security.audit import verify_chain
    with store.transaction():
        village.add_group(store, "三组")
        try:
            with store.transaction():
                village.add_group(store, "四组")
                raise ValueError("bad row")
        except ValueError:
            pass
        village.add_group(store, "五组")
    seqs = [r[0] for r in store.query("SELECT site_seq FROM change_log ORDER BY seq")]
    assert seqs == list(range(1, len(seqs) + 1))
    assert verify_chain(store)[0]
