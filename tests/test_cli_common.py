"""The CLI's shared helpers: one way to print --json or text, declare commands, open the store."""
from __future__ import annotations

import argparse
import json

import pytest

from db.errors import CunwuError
from desktop import cli
from desktop.cli.common import JSON_HELP, print_result, print_rows, store_for


def _args(**kw) -> argparse.Namespace:
    return argparse.Namespace(**kw)


def test_print_result_json_is_sorted_and_keeps_chinese(capsys):
    assert print_result(_args(json=True), {"姓名": "王秀英", "b": 2, "a": [1]}, "不会打印") == 0
    out = capsys.readouterr().out
    assert json.loads(out) == {"姓名": "王秀英", "b": 2, "a": [1]}
    assert out.index('"a"') < out.index('"b"') < out.index('"姓名"') and "王秀英" in out


def test_print_result_text_is_a_line_or_a_printer(capsys):
    print_result(_args(json=False), {"x": 1}, "已保存。")
    print_result(_args(), {"x": 1}, lambda: print("第一行\n第二行"))     # commands without --json
    assert capsys.readouterr().out == "已保存。\n第一行\n第二行\n"


def test_print_rows_prints_the_data_as_json_and_the_rows_as_a_table(capsys):
    rows = [{"name": "幸福院", "meal": "3.50"}]
    print_rows(_args(json=True), rows, [("name", "名称"), ("meal", "每餐补贴")], data=[{"meal_fen": 350}])
    assert json.loads(capsys.readouterr().out) == [{"meal_fen": 350}]
    print_rows(_args(json=False), rows, [("name", "名称"), ("meal", "每餐补贴")])
    print_rows(_args(json=False), [], [("name", "名称")])
    assert capsys.readouterr().out == "名称\t每餐补贴\n幸福院\t3.50\n（无）\n"


def test_json_flags_are_explained_in_help():
    flags = {}

    def walk(parser, path):
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, child in action.choices.items():
                    walk(child, path + (name,))
            elif "--json" in action.option_strings:
                flags[path] = action.help
    walk(cli.build_parser(), ())
    assert flags[("roster", "search")] == flags[("funds", "report")] == flags[("check",)] == JSON_HELP
    assert flags[("redwhite", "stats")] == flags[("redwhite", "event", "list")] == JSON_HELP
    unexplained = sorted(" ".join(p) for p, h in flags.items() if not h)
    assert unexplained == []


def test_a_group_without_an_action_is_a_plain_refusal(capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main(["roster", "household"])
    assert exc.value.code == 1 and "参数错误" in capsys.readouterr().err


def test_store_for_refuses_a_missing_file_and_closes_what_it_opens(tmp_path):
    with pytest.raises(CunwuError, match="不存在"):
        store_for(_args(db=str(tmp_path / "none.sqlite")))
    path = tmp_path / "x.sqlite"
    from desktop.core import open_store
    open_store(path).close()
    with store_for(_args(db=str(path))) as store:
        assert store.actor == "cli"
    with pytest.raises(Exception):
        store.scalar("SELECT 1")           # closed on leaving the block
