"""Backups and restore; the subject's access right, anonymisation, encrypted exports."""
from __future__ import annotations

import json

import pytest

from db.errors import CunwuError, RefusedError
from desktop.core import open_store
from desktop.core.roster import people
from desktop.core.security import audit, backups, privacy


def test_auto_backup_rotates_and_verifies(store):
    for _ in range(backups.KEEP["pre-import"] + 3):
        backups.auto_backup(store, "pre-import")
    files = list(backups.backup_folder(store).glob("*-pre-import-*.sqlite"))
    assert len(files) == backups.KEEP["pre-import"]
    assert not backups.backup_is_stale(store)


def test_backup_folder_can_be_a_usb_stick_folder(store, tmp_path):
    stick = tmp_path / "U盘" / "村务通备份"
    backups.set_backup_folder(store, stick)
    out = backups.daily_backup_if_due(store)
    assert out.parent == stick
    assert backups.daily_backup_if_due(store) is None     # once a day


def test_restore_brings_back_the_backup_and_keeps_the_current_file(db_path, store, tmp_path):
    people.add_household(store, hh_no="BEFORE")
    saved = backups.auto_backup(store, "pre-import")
    people.add_household(store, hh_no="AFTER")
    store.close()
    kept = backups.restore(db_path, saved)
    s = open_store(db_path)
    assert [r[0] for r in s.query("SELECT hh_no FROM household")] == ["BEFORE"]
    assert audit.verify_chain(s)[0]
    s.close()
    old = open_store(kept)
    assert {r[0] for r in old.query("SELECT hh_no FROM household")} == {"BEFORE", "AFTER"}
    old.close()


def test_restore_refuses_a_bad_backup(db_path, store, tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"garbage" * 1000)
    store.close()
    with pytest.raises(CunwuError, match="校验未通过"):
        backups.restore(db_path, bad)


def test_corrupted_database_points_at_latest_backup(db_path, store):
    saved = backups.auto_backup(store, "daily")
    store.close()
    data = bytearray(db_path.read_bytes())
    data[0:16] = b"\0" * 16
    db_path.write_bytes(bytes(data))
    with pytest.raises(CunwuError) as err:
        open_store(db_path)
    assert "已损坏" in str(err.value) and saved.name in str(err.value)


def test_export_person_holds_everything(demo_store):
    pid = demo_store.scalar("SELECT person_id FROM person_group LIMIT 1")
    number = demo_store.scalar("SELECT id_number FROM person WHERE id=?", (pid,))
    data = privacy.export_person(demo_store, number or pid)
    assert data["person"]["id"] == pid
    assert data["related"]["person_group"]
    assert data["change_history"][0]["op"] == "insert"


def test_anonymise_only_people_who_left_and_chain_still_verifies(demo_store):
    living = demo_store.one("SELECT id, name FROM person WHERE status='在册' LIMIT 1")
    with pytest.raises(RefusedError, match="在册"):
        privacy.anonymise(demo_store, living["id"], "测试")
    demo_store.update("person", living["id"], {"status": "迁出", "status_date": "2020-01-01"})
    result = privacy.anonymise(demo_store, living["id"], "迁出满五年，依法删除")
    assert result["redacted_log_entries"] >= 1
    row = demo_store.get("person", living["id"])
    assert row["name"] == "（已匿名）" and row["id_number"] is None
    history = " ".join(r[0] or "" for r in demo_store.query(
        "SELECT data FROM change_log WHERE record_id=? AND op='insert'", (living["id"],)))
    assert living["name"] not in history
    ok, detail = audit.verify_chain(demo_store)
    assert ok and "匿名" in detail


def test_encrypted_export_round_trip(tmp_path):
    src = tmp_path / "名单.xlsx"
    src.write_bytes(b"610802198801010016 secret")
    sealed = privacy.encrypt_file(src, "长口令-2026")
    assert b"610802198801010016" not in sealed.read_bytes()
    with pytest.raises(CunwuError, match="口令不对"):
        privacy.decrypt_file(sealed, "wrong-passphrase", tmp_path / "x")
    out = privacy.decrypt_file(sealed, "长口令-2026", tmp_path / "plain.xlsx")
    assert out.read_bytes() == src.read_bytes()


def test_cli_requires_login_once_users_exist(cli, tmp_path):
    db = tmp_path / "v.sqlite"
    assert cli.process("demo", "--households", "10", "--db", db).returncode == 0
    r = cli.process("user", "add", "admin", "--role", "admin", "--db", db, env={"CUNWU_NEW_PASSWORD": "admin-pass"})
    assert r.returncode == 0, r.stderr
    r = cli.process("roster", "search", "王", "--db", db)
    assert r.returncode == 1 and "--user" in r.stderr
    r = cli.process("roster", "search", "王", "--db", db, "--user", "admin", env={"CUNWU_PASSWORD": "nope"})
    assert r.returncode == 1 and "密码不对" in r.stderr
    r = cli.process("check", "--db", db, "--user", "admin", "--json", env={"CUNWU_PASSWORD": "admin-pass"})
    assert r.returncode == 0, r.stderr
    assert any(c["name"] == "变更记录哈希链" and c["ok"] for c in json.loads(r.stdout))


def test_roster_export_can_be_encrypted_and_says_it_is_sensitive(cli, tmp_path):
    db = tmp_path / "v.sqlite"
    assert cli.process("demo", "--households", "10", "--db", db).returncode == 0
    out = tmp_path / "花名册.xlsx"
    r = cli.process("roster", "export", out, "--encrypt", "--db", db, env={"CUNWU_EXPORT_PASSPHRASE": "村务通口令2026"})
    assert r.returncode == 0, r.stderr
    assert "敏感个人信息" in r.stderr
    sealed = tmp_path / "花名册.xlsx.cunwu-enc"
    assert sealed.exists() and not out.exists()
    r = cli.process("decrypt", sealed, "--out", tmp_path / "plain.xlsx", env={"CUNWU_EXPORT_PASSPHRASE": "村务通口令2026"})
    assert r.returncode == 0, r.stderr
    import openpyxl
    assert openpyxl.load_workbook(tmp_path / "plain.xlsx").active.max_row > 10


class _Stop(CunwuError):
    """What the GUI's progress callback raises when the clerk presses 取消."""


def _stop_at(message_part: str):
    seen = []

    def progress(done, total, message):
        seen.append(message)
        if message_part in message:
            raise _Stop("已取消")
    return progress, seen


@pytest.mark.parametrize("phase", ["复制", "校验"])
def test_a_cancelled_backup_leaves_no_file(store, phase):
    people.add_household(store, hh_no="H1")
    progress, seen = _stop_at(phase)
    with pytest.raises(_Stop):
        backups.auto_backup(store, "manual", progress=progress)
    folder = backups.backup_folder(store)
    assert not folder.exists() or not list(folder.glob("*"))      # no .part, no half backup
    assert any(phase in m for m in seen)
    assert backups.verify_backup(backups.auto_backup(store, "manual")) == (True, "ok")


def test_cancelling_a_restore_while_the_current_file_is_saved_keeps_it_in_place(db_path, store):
    people.add_household(store, hh_no="BEFORE")
    saved = backups.auto_backup(store, "pre-import")
    people.add_household(store, hh_no="AFTER")
    store.close()
    progress, seen = _stop_at("另存当前")
    with pytest.raises(_Stop):
        backups.restore(db_path, saved, progress)
    assert not list(db_path.parent.glob("*.damaged-*"))       # not mistaken for a damaged file
    s = open_store(db_path)
    assert {r[0] for r in s.query("SELECT hh_no FROM household")} == {"BEFORE", "AFTER"}
    s.close()


def test_quick_backup_check_is_offered_and_still_verifies(store, tmp_path):
    from db.backup import backup_connection
    people.add_household(store, hh_no="Q1")
    out = backup_connection(store.conn, tmp_path / "q", check="quick")
    assert backups.verify_backup(out) == (True, "ok")


def test_imports_keep_a_pre_import_backup_first(store, tmp_path):
    """A roster sheet and a care register both back the file up just before writing; a dry run does not."""
    from openpyxl import Workbook
    from desktop.core.roster import excel_import as X
    from desktop.core.roster.idcard import make
    from datetime import date
    people.add_household(store, hh_no="OLD")
    sheet = tmp_path / "花名册.xlsx"
    wb = Workbook()
    wb.active.append(["户号", "姓名", "与户主关系", "身份证号"])
    wb.active.append(["T001", "张三", "户主", make("610802", date(1970, 5, 6), 12, True)])
    wb.save(sheet)
    table = X.read_table(sheet)
    X.run_import(store, table, X.guess_mapping(table), dry_run=True)
    assert not list(backups.backup_folder(store).glob("*-pre-import-*.sqlite"))
    result = X.run_import(store, table, X.guess_mapping(table))
    assert result.added == 1 and result.backup and "已自动备份" in result.summary()
    before = open_store(result.backup)      # the backup holds the file as it was before the import
    assert [r[0] for r in before.query("SELECT hh_no FROM household")] == ["OLD"]
    before.close()
    assert len(list(backups.backup_folder(store).glob("*-pre-import-*.sqlite"))) == 1
