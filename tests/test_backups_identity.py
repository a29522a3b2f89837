"""Backups belong to the data file they were made of (issue 16.4): a folder shared by the
demo village and a real one (or two villages on one USB stick) never makes one look
backed up by the other's copies, and rotation never deletes another file's backups."""
from __future__ import annotations

import shutil
from datetime import datetime

from db.backup import backup_file
from desktop.core import open_store, village
from desktop.core.security import backups


def _village(path, name, code):
    s = open_store(path)
    village.init_site(s, name=name, division_code=code, township="牛家梁镇", groups=["一组"])
    return s


def test_backups_of_another_file_in_the_same_folder_do_not_count(tmp_path):
    real = _village(tmp_path / "cunwu.sqlite", "测试村", "610802103201")
    demo = _village(tmp_path / "demo.sqlite", "示范村", "610802103202")
    assert backups.backup_folder(real) == backups.backup_folder(demo)     # the shared backups/ folder
    made = backups.auto_backup(demo, "daily")
    # The demo is backed up today; the real village never was.
    assert backups.backup_status(demo)["last"] is not None
    status = backups.backup_status(real)
    assert status["last"] is None and status["stale"] and status["backups"] == []
    assert backups.daily_backup_due(real) is True
    assert backups.daily_backup_due(demo) is False
    # The real village's own backup is named after it and its site id, and counts for it alone.
    own = backups.auto_backup(real, "daily")
    assert backups.site_tag(real.site_id) in own.name and own.name.startswith("cunwu-")
    assert [b["path"] for b in backups.backup_status(real)["backups"]] == [str(own)]
    assert [b["path"] for b in backups.backup_status(demo)["backups"]] == [str(made)]
    real.close()
    demo.close()


def test_an_untagged_backup_is_told_by_the_site_id_inside(tmp_path):
    real = _village(tmp_path / "cunwu.sqlite", "测试村", "610802103201")
    other = _village(tmp_path / "other" / "cunwu.sqlite", "别的村", "610802103203")
    folder = backups.backup_folder(real)
    # A copy made by hand (`cunwu backup DEST`), named without the tag, of each village.
    mine = backup_file(tmp_path / "cunwu.sqlite", folder / "cunwu-manual-copy.sqlite")
    theirs = backup_file(tmp_path / "other" / "cunwu.sqlite", folder / "cunwu-manual-elsewhere.sqlite")
    listed = [b["path"] for b in backups.list_backups(real)]
    assert str(mine) in listed and str(theirs) not in listed
    real.close()
    other.close()


def test_rotation_keeps_other_files_backups(tmp_path, monkeypatch):
    real = _village(tmp_path / "cunwu.sqlite", "测试村", "610802103201")
    demo = _village(tmp_path / "demo.sqlite", "示范村", "610802103202")
    folder = backups.backup_folder(real)
    demo_copies = [backups.auto_backup(demo, "pre-import") for _ in range(3)]
    for _ in range(backups.KEEP["pre-import"] + 2):
        backups.auto_backup(real, "pre-import")
    assert all(p.exists() for p in demo_copies)
    assert len(backups.own_backups(real, folder, "*-pre-import-*.sqlite")) == backups.KEEP["pre-import"]
    real.close()
    demo.close()


def test_a_copied_data_file_is_the_same_village(tmp_path):
    """The identity is the site id, not the file name: a village file copied to a new name
    (moved to a new PC) still finds its backups."""
    real = _village(tmp_path / "cunwu.sqlite", "测试村", "610802103201")
    made = backups.auto_backup(real, "manual")
    real.close()
    shutil.copy(tmp_path / "cunwu.sqlite", tmp_path / "renamed.sqlite")
    again = open_store(tmp_path / "renamed.sqlite")
    assert [b["path"] for b in backups.list_backups(again)] == [str(made)]
    assert backups.backup_status(again, now=datetime.now())["stale"] is False
    again.close()
