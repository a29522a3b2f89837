"""cunwu roster ...: the scriptable face of the roster core (run in-process through main())."""
from __future__ import annotations

from datetime import date

import pytest

from desktop.core.roster import idcard

ID = idcard.make("610802", date(1950, 3, 1), 11, True)


@pytest.fixture
def db(store, db_path):
    return str(db_path)


def test_household_person_and_show(cli, db):
    assert cli.json("roster", "household", "add", "001", "--group", "一组", "--address", "东巷1号",
                    "--db", db)["hh_no"] == "001"
    added = cli.json("roster", "person", "add", "--name", "王建国", "--hh", "001", "--relation", "户主",
                     "--id-number", ID.lower(), "--phone", "13900001111", "--db", db)
    assert added["id_number"] == ID
    shown = cli.json("roster", "show", ID, "--db", db)
    assert shown["name"] == "王建国" and shown["household"]["hh_no"] == "001"
    assert shown["household"]["is_head"] and shown["gender"] == "男" and shown["ethnicity_name"] == "汉族"
    hh = cli.json("roster", "household", "show", "001", "--db", db)
    assert [m["name"] for m in hh["members"]] == ["王建国"] and hh["group_name"] == "一组"
    found = cli.json("roster", "search", "wjg", "--db", db)
    assert [r["name"] for r in found] == ["王建国"]
    assert cli.json("roster", "search", "wjg", "--count", "--db", db) == {"count": 1}
    edited = cli.json("roster", "person", "edit", "王建国", "--phone", "13900002222", "--db", db)
    assert edited["changed"] == ["phone"]


def test_lifecycle_commands(cli, db):
    cli("roster", "household", "add", "001", "--db", db)
    cli("roster", "household", "add", "002", "--db", db)
    cli("roster", "person", "add", "--name", "王建国", "--hh", "001", "--relation", "户主",
        "--id-number", ID, "--db", db)
    cli("roster", "person", "add", "--name", "李秀英", "--hh", "001", "--relation", "配偶",
        "--gender", "女", "--birth", "1952-01-01", "--db", db)
    cli("roster", "person", "add", "--name", "王伟", "--hh", "001", "--relation", "子",
        "--gender", "男", "--birth", "1978-01-01", "--db", db)
    cli("roster", "person", "add", "--name", "王伟", "--hh", "002", "--relation", "户主", "--db", db)

    assert cli.json("roster", "group", "add", "李秀英", "残疾", "--category", "肢体", "--grade", "2",
                    "--start", "2020-01-01", "--db", db)["detail"] == "肢体二级"
    assert cli.json("roster", "away", "李秀英", "--place", "西安", "--date", "2023-01-01",
                    "--db", db)["status"] == "外出务工"
    assert cli.json("roster", "back", "李秀英", "--date", "2023-06-01", "--db", db)["status"] == "在册"
    assert cli.json("roster", "group", "end", "李秀英", "残疾", "--date", "2023-12-31",
                    "--db", db)["end_date"] == "2023-12-31"
    assert cli.json("roster", "death", ID, "--date", "2024-05-01", "--reason", "病故",
                    "--new-head", "李秀英", "--db", db)["status"] == "死亡"
    hh = cli.json("roster", "household", "show", "001", "--all", "--db", db)
    assert hh["members"][0]["name"] == "李秀英" and hh["history"][0]["kind"] == "更换户主"

    # Two people are called 王伟: the name alone is refused with the candidates.
    code, _out, err = cli("roster", "move-out", "王伟", "--db", db)
    assert code == 1 and "有 2 人叫" in err and "户号 001" in err
    son = cli.json("roster", "search", "王伟", "--db", db)
    son_id = next(r["id"] for r in son if r["hh_no"] == "001")
    other_id = next(r["id"] for r in son if r["hh_no"] == "002")
    merged = cli.json("roster", "merge", other_id, son_id, "--reason", "重复录入", "--db", db)
    assert merged["merged_into"] == son_id
    assert cli.json("roster", "household", "dissolve", "002", "--reason", "重复户", "--db", db)
    assert cli.json("roster", "move-out", son_id, "--to", "西安", "--date", "2024-06-01",
                    "--db", db)["status"] == "迁出"
    assert cli.json("roster", "restore", son_id, "--reason", "登记错了", "--db", db)["status"] == "在册"
    shown = cli.json("roster", "show", son_id, "--db", db)
    assert [e["kind"] for e in shown["history"]] == ["迁出", "合并入", "更正"]     # by date


def test_refusals_exit_1_with_chinese_message(cli, db):
    cli("roster", "household", "add", "001", "--db", db)
    code, _out, err = cli("roster", "person", "add", "--name", "王芳", "--gender", "女",
                          "--id-number", ID, "--db", db)
    assert code == 1 and "性别" in err
    code, _out, err = cli("roster", "death", "没有这个人", "--db", db)
    assert code == 1 and "没有名叫“没有这个人”" in err
    code, _out, err = cli("roster", "merge", "a", "b", "--db", db)   # --reason is required
    assert code == 1 and "参数错误" in err
    code, _out, err = cli("roster", "person", "add", "--name", "王芳", "--id-number", "1.10101E+17",
                          "--db", db)
    assert code == 1 and "科学计数法" in err


def test_check_includes_roster_and_reindex_repairs(cli, db, store):
    cli("roster", "person", "add", "--name", "单雄信", "--db", db)
    pid = store.scalar("SELECT id FROM person")
    store.update("person", pid, {"name_pinyin": "danxiongxin"})      # stale key (e.g. an older version)
    code, out, _err = cli("check", "--db", db)
    assert code == 1 and "检索字段过期" in out
    code, out, _err = cli("roster", "reindex", "--db", db)
    assert code == 0 and "1 人" in out
    code, out, _err = cli("check", "--db", db)
    assert code == 0, out
    assert "花名册：户主属于本户且在册" in out
