"""The first open after an update (db/upgrade.py): the pre-migration backup is copied and
checked while the migrations run in one transaction, committed only once the backup passed
its check; anything that fails or is cancelled leaves the data file exactly as it was."""
from __future__ import annotations

import sqlite3

import pytest

from db.errors import CunwuError
from db.opening import upgrade_pending
from desktop.core import open_store
from tests.support.old_files import three_people_in_two_households, undo_roster_migration


def _dump(path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _keys(path) -> set[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT key FROM schema_migrations")}
    finally:
        conn.close()


def _backups(db_path) -> list:
    folder = db_path.parent / "backups"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_backup_holds_the_file_as_it_was_and_the_upgrade_is_committed(db_path, store):
    undo_roster_migration(store)
    before = _dump(db_path)
    open_store(db_path).close()
    (backup,) = (db_path.parent / "backups").glob("cunwu-pre-migration-*.sqlite")
    assert _dump(backup) == before
    assert "0010_roster" in _keys(db_path) and "0010_roster" not in _keys(backup)
    assert not upgrade_pending(db_path)
    # The copy is an ordinary backup: a journal, not WAL, so it opens read-only from any stick.
    conn = sqlite3.connect(f"file:{backup}?mode=ro&immutable=1", uri=True)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_migrations_are_not_committed_before_the_backup_is_verified(db_path, store):
    undo_roster_migration(store)
    seen = {}

    def progress(done, total, message):
        if "正在校验备份" in message and "checking" not in seen:
            seen["checking"] = _keys(db_path)           # another reader: only committed work shows
        if message.startswith("正在升级数据文件结构"):
            seen.setdefault("backups when migrating is told", _backups(db_path))
    open_store(db_path, progress=progress).close()
    assert "0010_roster" not in seen["checking"]
    assert [n for n in seen["backups when migrating is told"] if n.endswith(".sqlite")]
    assert "0010_roster" in _keys(db_path)


def test_damaged_file_fails_its_backup_check_and_is_not_upgraded(db_path, store):
    """The copy is byte for byte the file: a damaged page in a table no migration reads fails
    the copy's quick_check, and the migrations already run are rolled back."""
    store.conn.execute("CREATE TABLE scratch (x BLOB)")
    store.conn.executemany("INSERT INTO scratch VALUES (randomblob(600))", [()] * 300)
    root = store.scalar("SELECT rootpage FROM sqlite_master WHERE name='scratch'")
    page_size = store.scalar("PRAGMA page_size")
    undo_roster_migration(store)
    with open(db_path, "r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\x00")            # not a b-tree page type any more
    before = db_path.read_bytes()
    with pytest.raises(CunwuError) as failed:
        open_store(db_path)
    message = str(failed.value)
    assert "备份没有通过校验" in message and "没有升级" in message and "cunwu check" in message
    assert "Traceback" not in message
    assert db_path.read_bytes() == before and upgrade_pending(db_path)
    assert _backups(db_path) == []          # no half-made or failed copy left behind


def test_failed_migration_undoes_the_ones_before_it(db_path, store):
    """Two pending migrations: the first succeeds, the second fails; the file keeps neither."""
    store.conn.execute("DELETE FROM schema_migrations WHERE key = '0020_notices'")   # its tables stay
    undo_roster_migration(store)
    before = db_path.read_bytes()
    with pytest.raises(CunwuError, match="0020_notices") as failed:
        open_store(db_path)
    assert "升级已全部撤销，数据文件保持原样" in str(failed.value)
    assert db_path.read_bytes() == before
    assert not {"0010_roster", "0020_notices"} & _keys(db_path)


def test_cancelled_while_the_backup_is_checked_changes_nothing(db_path, store):
    undo_roster_migration(store)
    before, dump = db_path.read_bytes(), _dump(db_path)

    def cancel(done, total, message):
        if "正在校验备份" in message:
            raise CunwuError("已取消")
    with pytest.raises(CunwuError, match="已取消"):
        open_store(db_path, progress=cancel)
    assert db_path.read_bytes() == before and upgrade_pending(db_path)
    # A small file's copy may be checked before the clerk's click is heard: then it stays, whole.
    left = _backups(db_path)
    assert all(name.endswith(".sqlite") for name in left)
    assert all(_dump(db_path.parent / "backups" / name) == dump for name in left)


def test_cancel_after_the_backup_is_verified_is_not_heard(db_path, store):
    undo_roster_migration(store)

    def cancel(done, total, message):
        if message.startswith("正在升级数据文件结构"):
            raise CunwuError("已取消")
    open_store(db_path, progress=cancel).close()
    assert not upgrade_pending(db_path)


def test_writes_waiting_in_the_wal_are_in_the_backup(db_path, store):
    """Another program keeps an old read open, so the WAL cannot be emptied into the file:
    the backup is then taken through SQLite, and holds the last committed write."""
    undo_roster_migration(store)
    reader = sqlite3.connect(db_path, isolation_level=None)
    writer = sqlite3.connect(db_path, isolation_level=None)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM site").fetchone()      # holds the older snapshot
        writer.execute("CREATE TABLE late_note (text TEXT)")
        writer.execute("INSERT INTO late_note VALUES ('写在 WAL 里')")
        open_store(db_path).close()
    finally:
        reader.close()
        writer.close()
    (backup,) = (db_path.parent / "backups").glob("*.sqlite")
    conn = sqlite3.connect(f"file:{backup}?mode=ro&immutable=1", uri=True)
    assert conn.execute("SELECT text FROM late_note").fetchall() == [("写在 WAL 里",)]
    assert conn.execute("SELECT count(*) FROM schema_migrations WHERE key='0010_roster'").fetchone()[0] == 0
    conn.close()
    assert not upgrade_pending(db_path)


def test_the_byte_copy_writes_sqlites_lock_page_as_zeros(tmp_path):
    """SQLite keeps no data in the page at 1 GiB (its lock bytes, which Windows will not let
    another reader touch): the copy writes zeros there and every other byte as it is. Shown
    with the lock page moved to 3 pages in, on a small file with a 4096-byte page size."""
    from db.backup import _copy_bytes
    page = 4096
    header = bytearray(100)
    header[16:18] = page.to_bytes(2, "big")
    pages = [bytes(header) + bytes([1]) * (page - 100)] + [bytes([n]) * page for n in range(2, 9)]
    source = tmp_path / "source.sqlite"
    source.write_bytes(b"".join(pages))
    told = []
    _copy_bytes(source, tmp_path / "copy.part", told.append, lock_page_at=3 * page)
    expected = b"".join(pages[:3]) + bytes(page) + b"".join(pages[4:])
    assert (tmp_path / "copy.part").read_bytes() == expected
    assert told[-1] == 1.0


def test_a_file_from_before_0016_upgrades_to_the_schema_and_groups_of_a_new_file(tmp_path):
    """Every pending migration in one transaction (0016 first, after the later ones the old
    file already had) gives the schema a new file gets, and each person their household's group."""
    from db import migrate
    old = tmp_path / "old.sqlite"
    conn = sqlite3.connect(old, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    migrate.apply(conn, [m for m in migrate.available() if m.number != 16])
    three_people_in_two_households(conn)
    conn.close()
    open_store(old).close()
    open_store(tmp_path / "new.sqlite").close()

    def schema(path):
        c = sqlite3.connect(path)
        try:
            return sorted(c.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                    "WHERE name <> 'sqlite_stat1'").fetchall())
        finally:
            c.close()
    assert schema(old) == schema(tmp_path / "new.sqlite")
    assert _keys(old) == _keys(tmp_path / "new.sqlite")
    c = sqlite3.connect(old)
    assert dict(c.execute("SELECT id, group_id FROM person").fetchall()) == {"p1": "g1", "p2": None, "p3": None}
    c.close()


def test_a_big_wal_is_copied_into_the_file_after_the_open_and_before_the_close(db_path, store, monkeypatch):
    """An update's large WAL is checkpointed on a thread of its own (the clerk does not wait for
    it at the first open): the store reads and writes meanwhile, and once it is closed the file
    alone holds everything, the WAL gone. (Every WAL counts as large here.)"""
    from db import wal_checkpoint
    monkeypatch.setattr(wal_checkpoint, "BACKGROUND_WAL_BYTES", 0)
    undo_roster_migration(store)
    started = []
    real = wal_checkpoint.in_background
    monkeypatch.setattr(wal_checkpoint, "in_background", lambda path: (started.append(path), real(path)))
    upgraded = open_store(db_path)
    try:
        assert started == [db_path]
        assert upgraded.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
        household = upgraded.insert("household", {"hh_no": "0001"})
        assert upgraded.get("household", household)["hh_no"] == "0001"
    finally:
        upgraded.close()
    assert not (db_path.parent / (db_path.name + "-wal")).exists()
    conn = sqlite3.connect(f"file:{db_path}?immutable=1", uri=True)     # the file alone, no WAL
    try:
        assert conn.execute("SELECT hh_no FROM household").fetchall() == [("0001",)]
        assert "0010_roster" in {r[0] for r in conn.execute("SELECT key FROM schema_migrations")}
    finally:
        conn.close()
