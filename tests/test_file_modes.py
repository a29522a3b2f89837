"""Issue 15 point 7: the files the program writes are readable by their owner only (POSIX)."""
from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from desktop.core import open_store
from desktop.core.security import backups

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX; Windows keeps the profile's ACL")


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_the_cli_writes_the_data_file_backups_exports_and_sealed_exports_owner_only(cli, tmp_path):
    db = tmp_path / "v.sqlite"
    loose = 0o022       # umask 022, as a default Linux login has it: the program must narrow it itself
    assert cli.process("demo", "--households", "5", "--db", db, umask=loose).returncode == 0
    r = cli.process("backup", tmp_path / "bk", "--quick", "--db", db, umask=loose)
    assert r.returncode == 0, r.stderr
    r = cli.process("roster", "export", tmp_path / "r.xlsx", "--db", db, umask=loose)
    assert r.returncode == 0, r.stderr
    r = cli.process("roster", "export", tmp_path / "s.xlsx", "--encrypt", "--db", db, umask=loose,
                    env={"CUNWU_EXPORT_PASSPHRASE": "村务通口令2026"})
    assert r.returncode == 0, r.stderr
    made = [db, *(tmp_path / "bk").glob("*.sqlite"), tmp_path / "r.xlsx", tmp_path / "s.xlsx.cunwu-enc"]
    made += [p for p in (Path(str(db) + "-wal"), Path(str(db) + "-shm")) if p.exists()]
    assert len(made) >= 4
    assert {p.name: oct(_mode(p)) for p in made} == {p.name: "0o600" for p in made}


def test_the_core_alone_makes_the_data_file_and_backups_owner_only(tmp_path):
    """A script using the core under a 022 umask: data file, backup and export are still 0600."""
    old = os.umask(0o022)
    try:
        s = open_store(tmp_path / "lib.sqlite")
        from desktop.core import village
        village.init_site(s, name="测试村", division_code="610802103201", township="牛家梁镇", groups=["一组"])
        saved = backups.auto_backup(s, "manual")
        from desktop.core.roster.excel_export import export_roster
        export_roster(s, tmp_path / "r.xlsx")
        s.close()
    finally:
        os.umask(old)
    assert _mode(tmp_path / "lib.sqlite") == 0o600
    assert _mode(saved) == 0o600
    assert _mode(tmp_path / "r.xlsx") == 0o600
