"""Helpers shared by the CLI modules: opening the store, printing JSON and tables."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Iterable

from db import Store
from desktop.core import open_store
from desktop.paths import default_db_path


def db_path(args: argparse.Namespace) -> Path:
    return Path(getattr(args, "db", None) or default_db_path())


def store_for(args: argparse.Namespace, *, must_exist: bool = True) -> Store:
    from db.errors import CunwuError
    path = db_path(args)
    if must_exist and not path.exists():
        raise CunwuError(f"数据文件 {path} 不存在。请先运行 cunwu init（或 cunwu demo）。")
    store = open_store(path)
    store.actor = "cli"
    return store


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


def add_command(sub, parent, name: str, func, help: str, **kw) -> argparse.ArgumentParser:
    p = sub.add_parser(name, help=help, description=help, parents=[parent], **kw)
    p.set_defaults(func=func)
    return p
