"""`python -m desktop`: start the GUI. --db PATH picks the file; --demo opens the demo village."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.paths import default_db_path, demo_db_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="cunwu-gui", description="村务通")
    parser.add_argument("--db", type=Path, help="数据文件路径")
    parser.add_argument("--demo", action="store_true", help="打开示范村（没有时自动创建）")
    parser.add_argument("--self-test", action="store_true", help="自检：临时数据库、示范村、公告、主窗口，然后退出")
    args = parser.parse_args(argv)
    if args.self_test:
        from desktop.selftest import run as self_test
        return self_test()
    path = args.db or (demo_db_path() if args.demo else default_db_path())
    from desktop.ui.app import run
    return run(path, demo=args.demo)


if __name__ == "__main__":
    sys.exit(main())
