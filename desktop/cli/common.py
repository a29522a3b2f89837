"""Helpers shared by the CLI modules, so each command reads: parse, call the core, print.

- declaring: `add_group` (a command group), `add_command` (a command; adds --db/--user)
- opening: `with store_for(args) as store:` (exists? logged in? closed on every path)
- printing: `print_result` / `print_rows` (--json prints the stable data, else text or a table)
- files: `export_passphrase` (writing goes through db.files); `secret` reads a password or passphrase
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any, Callable, Iterable

from db import Store
from db.errors import CunwuError
from db.location import network_drive_warning
from desktop.core import open_store
from desktop.paths import default_db_path


def db_path(args: argparse.Namespace) -> Path:
    return Path(getattr(args, "db", None) or default_db_path())


def store_for(args: argparse.Namespace, *, must_exist: bool = True) -> Store:
    """Open the database; when users are defined, log in (roles apply to every write)."""
    path = db_path(args)
    if must_exist and not path.exists():
        raise CunwuError(f"数据文件 {path} 不存在。请先运行 cunwu init（或 cunwu demo）。")
    warning = network_drive_warning(path)
    if warning:
        print(f"警告：{warning}", file=sys.stderr, flush=True)
    store = open_store(path, progress=_say_upgrading_once(path))
    store.actor = "cli"
    try:
        _login(store, args)
    except BaseException:
        store.close()
        raise
    return store


def _say_upgrading_once(path: Path):
    """Opening only reports progress while it upgrades the file (backup, then schema change:
    seconds for a village, minutes for a big township file): say so once, on stderr."""
    said = []

    def progress(done: int, total: int, message: str) -> None:
        if not said:
            said.append(True)
            print(f"数据文件 {path} 需要升级结构：先备份原文件，再升级……", file=sys.stderr, flush=True)
    return progress


def _login(store: Store, args: argparse.Namespace) -> None:
    from desktop.core.security import users
    if not users.has_users(store):
        return
    username = getattr(args, "user", None)
    if not username:
        raise CunwuError("本数据文件设有用户，请用 --user 用户名 登录（密码放在环境变量 CUNWU_PASSWORD 中，"
                         "或在终端按提示输入）。")
    password = os.environ.get("CUNWU_PASSWORD")
    if password is None:
        if not sys.stdin or not sys.stdin.isatty():
            raise CunwuError("需要密码：请设置环境变量 CUNWU_PASSWORD，或在终端中运行以便输入密码。")
        import getpass
        password = getpass.getpass(f"{username} 的密码：")
    users.login(store, username, password)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True, default=str) + "\n")


def print_table(rows: Iterable[dict], columns: list[tuple[str, str]]) -> None:
    rows = list(rows)
    if not rows:
        print("（无）")
        return
    print("\t".join(label for _, label in columns))
    for r in rows:
        print("\t".join("" if r.get(k) is None else str(r.get(k)) for k, _ in columns))


JSON_HELP = "输出 JSON（键已排序，供脚本使用）"


def add_command(sub, parent, name: str, func, help: str, *, json: bool = False,
                **kw) -> argparse.ArgumentParser:
    """A command running func(args); --db/--user come from `parent`; `json` adds --json."""
    p = sub.add_parser(name, help=help, description=help, parents=[parent], **kw)
    p.set_defaults(func=func)
    if json:
        p.add_argument("--json", action="store_true", help=JSON_HELP)
    return p


def add_group(sub, parent, name: str, help: str, *, dest: str | None = None,
              metavar: str = "ACTION") -> argparse._SubParsersAction:
    """A command group such as `cunwu roster household ACTION`; returns its subcommands."""
    group = sub.add_parser(name, help=help, parents=[parent])
    actions = group.add_subparsers(dest=dest or f"{name}_command", metavar=metavar)
    actions.required = True
    return actions


def print_result(args: argparse.Namespace, data: Any, text: str | Callable[[], None]) -> int:
    """The stable --json `data`, or for people `text`: one line, or a function printing several."""
    if getattr(args, "json", False):
        print_json(data)
    elif callable(text):
        text()
    else:
        print(text)
    return 0


def print_rows(args: argparse.Namespace, rows: list[dict], columns: list[tuple[str, str]], *,
               data: Any = None) -> int:
    """A list as --json (`data`, or the rows themselves) or as a table for people."""
    return print_result(args, rows if data is None else data, lambda: print_table(rows, columns))


def secret(env: str, prompt: str) -> str:
    """A password or passphrase from `env`, else typed at the terminal (never echoed)."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise CunwuError(f"需要{prompt}：请设置环境变量 {env}，或在终端中运行以便输入。")
    import getpass
    return getpass.getpass(f"{prompt}：")


def export_passphrase() -> str:
    """The passphrase of an encrypted export (CUNWU_EXPORT_PASSPHRASE or typed), checked before
    anything is exported: a missing or weak one is refused with nothing written."""
    from desktop.core.security.privacy import check_passphrase
    return check_passphrase(secret("CUNWU_EXPORT_PASSPHRASE", "加密口令"))


def write_output(path: str, data: bytes | None = None, *, writer=None) -> None:
    """Write `data` to `path` (or let `writer(path)` do it), a write failure said in Chinese."""
    from db.errors import CunwuError
    from db.files import write_bytes
    try:
        writer(path) if writer else write_bytes(Path(path), data)
    except (OSError, ValueError) as exc:
        raise CunwuError(f"无法写入文件 {path}：{exc}") from exc
