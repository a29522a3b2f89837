"""Backups on the media offices really use (issue 20 point 3): a write-protected USB stick, a
folder whose name holds `#`, `%` or `?`, and a data file on a network share."""
from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from db.backup import backup_file, read_only_uri, verify_backup
from db.location import network_drive_warning, network_location
from desktop.core.security import backups
from tests.support.readonly import read_only_folder

ROOT = Path(__file__).resolve().parent.parent
ODD_NAMES = ["备份#1", "100%备份", "问?号", "a b&c=d", "%23", "备份 (旧) #2%"]


def _header_journal(path: Path) -> bytes:
    """Bytes 18-19 of a SQLite file: 1,1 = rollback journal, 2,2 = WAL."""
    return path.read_bytes()[18:20]


def test_backup_files_are_in_rollback_journal_mode(store, tmp_path):
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"     # the live file is WAL
    out = backup_file(Path(store.path), tmp_path / "b")
    assert _header_journal(out) == b"\x01\x01"
    assert backups.auto_backup(store, "daily").read_bytes()[18:20] == b"\x01\x01"


@pytest.mark.parametrize("name", ODD_NAMES)
def test_verify_and_restore_from_any_folder_name(store, tmp_path, name):
    folder = tmp_path / name
    out = backup_file(Path(store.path), folder)
    assert verify_backup(out) == (True, "ok")
    target = tmp_path / "restored.sqlite"
    backups.restore(target, out)
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT name FROM site").fetchone()[0] == "测试村"
    conn.close()


def test_verify_and_restore_from_a_write_protected_stick(store, tmp_path):
    out = backup_file(Path(store.path), tmp_path / "made")
    with read_only_folder(tmp_path / "U盘#1", fill=lambda f: shutil.copy(out, f / out.name)) as stick:
        on_stick = stick / out.name
        assert verify_backup(on_stick) == (True, "ok")
        target = tmp_path / "restored.sqlite"
        backups.restore(target, on_stick)
        conn = sqlite3.connect(target)
        assert conn.execute("SELECT name FROM site").fetchone()[0] == "测试村"
        conn.close()
        assert sorted(p.name for p in stick.iterdir()) == [out.name]     # nothing written on the stick


def test_an_old_wal_mode_backup_on_a_write_protected_stick_still_verifies(store, tmp_path):
    """Backups made before this change carry the WAL flag; SQLite cannot open those read-only
    on read-only media without `immutable`."""
    old = tmp_path / "old.sqlite"
    out = sqlite3.connect(old)
    store.conn.backup(out)
    out.close()
    assert _header_journal(old) == b"\x02\x02"
    with read_only_folder(tmp_path / "stick", fill=lambda f: shutil.copy(old, f / "old.sqlite")) as stick:
        assert verify_backup(stick / "old.sqlite") == (True, "ok")


def test_a_damaged_backup_is_still_refused(store, tmp_path):
    out = backup_file(Path(store.path), tmp_path / "b")
    data = bytearray(out.read_bytes())
    data[100:400] = b"\xff" * 300          # page 1's b-tree header: the schema table
    out.write_bytes(bytes(data))
    ok, detail = verify_backup(out)
    assert not ok and detail


@pytest.mark.parametrize("path, platform, expected", [
    ("/home/a/cunwu.sqlite", "linux", "file:///home/a/cunwu.sqlite?mode=ro&immutable=1"),
    ("/mnt/备份#1/100%/x?.sqlite", "linux",
     "file:///mnt/%E5%A4%87%E4%BB%BD%231/100%25/x%3F.sqlite?mode=ro&immutable=1"),
    ("C:\\Users\\村委\\备份#1\\b.sqlite", "win32",
     "file:///C:/Users/%E6%9D%91%E5%A7%94/%E5%A4%87%E4%BB%BD%231/b.sqlite?mode=ro&immutable=1"),
    ("\\\\server\\share\\b.sqlite", "win32", "file:////server/share/b.sqlite?mode=ro&immutable=1"),
])
def test_read_only_uri_quotes_every_name(path, platform, expected):
    assert read_only_uri(path, platform=platform) == expected


MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
//fileserver/村委 /mnt/share cifs rw,vers=3.0 0 0
server:/export /mnt/nfs nfs4 rw 0 0
/dev/sdb1 /mnt/share/local\\040disk ext4 rw 0 0
/dev/sdc1 /media/U盘 vfat rw 0 0
"""


@pytest.mark.parametrize("path, expected", [
    ("/home/clerk/cunwu.sqlite", None),
    ("/mnt/share/cunwu.sqlite", "//fileserver/村委（cifs）"),
    ("/mnt/nfs/a/b/cunwu.sqlite", "server:/export（nfs4）"),
    ("/mnt/share/local disk/cunwu.sqlite", None),        # a local disk mounted inside the share
    ("/mnt/shared/cunwu.sqlite", None),                  # a sibling whose name starts the same
    ("/media/U盘/cunwu.sqlite", None),
])
def test_network_mounts_on_linux(path, expected):
    assert network_location(path, platform="linux", mounts=MOUNTS) == expected


@pytest.mark.parametrize("path, expected", [
    ("\\\\fileserver\\村委\\cunwu.sqlite", "\\\\fileserver\\村委"),
    ("//fileserver/share/cunwu.sqlite", "\\\\fileserver\\share"),
    ("\\\\?\\C:\\cunwu\\cunwu.sqlite", None),            # a long-path prefix, not a share
])
def test_unc_paths_are_network_locations(path, expected):
    assert network_location(path, platform="win32") == expected


def test_the_warning_names_the_share():
    text = network_drive_warning("\\\\fileserver\\村委\\cunwu.sqlite")
    assert "\\\\fileserver\\村委" in text and "本机硬盘" in text


def test_cli_warns_when_the_data_file_is_on_a_network_drive(store, tmp_path):
    """The real /proc/mounts cannot be given a share here, so the CLI runs with the check's
    answer fixed to a share; the command still works and says so on stderr."""
    script = ("import sys, db.location as l\n"
              "l.network_location = lambda p, **k: '//fileserver/村委（cifs）'\n"
              "from desktop.cli import main\n"
              f"sys.exit(main(['--db', {str(store.path)!r}, 'village']))\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True,
                          encoding="utf-8")
    assert done.returncode == 0, done.stderr
    assert "//fileserver/村委（cifs）" in done.stderr and "本机硬盘" in done.stderr
    assert "测试村" in done.stdout


def test_gui_warns_once_at_start_when_the_data_file_is_on_a_network_drive(qtbot, monkeypatch, message_boxes):
    import db.location
    from desktop.ui.app import warn_if_network_drive
    monkeypatch.setattr(db.location, "network_location", lambda p, **k: "\\\\fileserver\\村委")
    assert warn_if_network_drive(None, Path("\\\\fileserver\\村委\\cunwu.sqlite"))
    assert [kind for kind, _ in message_boxes] == ["warning"]
    assert "\\\\fileserver\\村委" in message_boxes[0][1]
    monkeypatch.setattr(db.location, "network_location", lambda p, **k: None)
    assert warn_if_network_drive(None, Path("/home/clerk/cunwu.sqlite")) is None
    assert len(message_boxes) == 1
