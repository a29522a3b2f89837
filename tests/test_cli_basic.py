"""The CLI contract: --db everywhere, exit 0/1, plain messages, no tracebacks."""
from __future__ import annotations

import json


def test_init_then_show(cli, tmp_path):
    db = tmp_path / "v.sqlite"
    r = cli.process("init", "--name", "高家湾村", "--code", "610802103201", "--group", "一组", "--db", db)
    assert r.returncode == 0, r.stderr
    r = cli.process("--db", db, "village", "--json")
    assert r.returncode == 0, r.stderr
    info = json.loads(r.stdout)
    assert info["site"]["name"] == "高家湾村"
    assert [g["name"] for g in info["groups"]] == ["一组"]


def test_refusal_exits_1_with_plain_message(cli, tmp_path):
    db = tmp_path / "v.sqlite"
    r = cli.process("init", "--name", "高家湾村", "--code", "123", "--db", db)
    assert r.returncode == 1
    assert "12 位" in r.stderr and "Traceback" not in r.stderr


def test_missing_database_is_a_plain_refusal(cli, tmp_path):
    r = cli.process("roster", "search", "王", "--db", tmp_path / "none.sqlite")
    assert r.returncode == 1
    assert "不存在" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "none.sqlite").exists()


def test_bad_arguments_exit_1(cli, tmp_path):
    r = cli.process("roster", "search", "--limit", "many", "--db", tmp_path / "x.sqlite")
    assert r.returncode == 1
    assert "Traceback" not in r.stderr


def test_demo_backup_check(cli, tmp_path):
    db = tmp_path / "demo.sqlite"
    r = cli.process("demo", "--households", "40", "--db", db, "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["households"] == 40
    r = cli.process("backup", tmp_path / "bk", "--db", db)
    assert r.returncode == 0, r.stderr
    assert len(list((tmp_path / "bk").glob("*.sqlite"))) == 1
    r = cli.process("backup", tmp_path / "bk", "--quick", "--db", db)
    assert r.returncode == 0 and "快速校验" in r.stdout, r.stderr
    assert len(list((tmp_path / "bk").glob("*.sqlite"))) == 2
    r = cli.process("check", "--db", db)
    assert r.returncode == 0, r.stdout + r.stderr
    # quick_check unless --full (integrity_check compares every index: minutes at a million
    # people); each step is announced on stderr
    assert "快速检查" in r.stdout and "正在检查：变更记录哈希链（3/9）" in r.stderr
    r = cli.process("check", "--full", "--db", db, "--json")
    assert r.returncode == 0, r.stdout + r.stderr
    assert json.loads(r.stdout)[0] == {"name": "数据库完整性", "ok": True, "detail": "ok", "full": True}
    r = cli.process("demo", "--db", db)
    assert r.returncode == 1 and "已有数据" in r.stderr


def test_init_township_role_and_parent_township_name(cli, tmp_path):
    t = tmp_path / "t.sqlite"
    r = cli.process("init", "--township", "--name", "牛家梁镇", "--code", "610802103000", "--db", t)
    assert r.returncode == 0 and "密钥指纹" in r.stdout, r.stderr
    v = tmp_path / "v.sqlite"
    r = cli.process("init", "--name", "高家湾村", "--code", "610802103201", "--township-name", "牛家梁镇", "--db", v)
    assert r.returncode == 0, r.stderr
    roles = [json.loads(cli.process("--db", db, "village", "--json").stdout)["site"] for db in (t, v)]
    assert [s["role"] for s in roles] == ["township", "village"]
    assert roles[1]["township"] == "牛家梁镇"


def test_opening_an_old_file_says_it_is_upgraded_first(cli, tmp_path):
    from desktop.core import open_store, village
    from tests.support.old_files import undo_roster_migration
    db = tmp_path / "v.sqlite"
    store = open_store(db)
    village.init_site(store, name="测试村", division_code="610802103201", groups=["一组"])
    undo_roster_migration(store)
    r = cli.process("--db", db, "village", "--json")
    assert r.returncode == 0, r.stderr
    assert "需要升级结构" in r.stderr and json.loads(r.stdout)["site"]["name"] == "测试村"
    r = cli.process("--db", db, "village", "--json")
    assert r.returncode == 0 and r.stderr == ""


def test_file_system_refusals_are_plain_chinese(cli, tmp_path):
    """Found by the CLI fuzz campaign: a 300-character name was an internal error."""
    db = tmp_path / "v.sqlite"
    assert cli.process("init", "--name", "高家湾村", "--code", "610802103201", "--db", db).returncode == 0
    before = db.read_bytes()
    long_name = "x" * 300
    for args, says in ((("backup", long_name), "文件名太长"),
                       (("roster", "export", long_name), "文件名太长"),
                       (("backup", str(db)), "不能写在数据文件本身")):
        r = cli.process(*args, "--db", db, cwd=tmp_path)
        assert r.returncode == 1 and says in r.stderr, (args, r.stderr)
        assert "内部错误" not in r.stderr and "Traceback" not in r.stderr
    assert db.read_bytes() == before
