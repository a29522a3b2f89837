"""`cunwu`: the headless face of the core. Each area registers its own subcommands.

Contract for scripts: `--db PATH` on every command, exit 0 on success, exit 1 with a plain
message on stderr on refusal, never a traceback; `--json` output is stable.
"""
from __future__ import annotations

import argparse
import sys
import traceback
from importlib import import_module

from db.errors import CunwuError, os_reason

# Modules under desktop/cli/, each with register(subparsers, parent).
AREAS = ["village", "roster", "care", "redwhite", "funds", "notices", "sync", "admin"]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:   # argparse would exit 2 with English usage
        self.print_usage(sys.stderr)
        sys.stderr.write(f"cunwu: 参数错误：{message}\n")
        raise SystemExit(1)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                        help="数据文件路径（默认在用户数据目录）")
    common.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS,
                        help="登录用户名（设有用户时必填；密码取自环境变量 CUNWU_PASSWORD 或提示输入）")
    parser = _Parser(prog="cunwu", description="村务通 Cunwu 命令行", parents=[common])
    parser.add_argument("--version", action="version", version=_version())
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for name in AREAS:
        import_module(f"desktop.cli.{name}").register(sub, common)
    return parser


def _version() -> str:
    from desktop import __version__
    return f"cunwu {__version__}"


def main(argv: list[str] | None = None) -> int:
    utf8_streams()
    from desktop.core.security.files import owner_only_by_default
    owner_only_by_default()         # data file, backups, exports, bundles: readable by this user only
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        result = args.func(args)
        return int(result or 0)
    except CunwuError as exc:
        sys.stderr.write(f"cunwu: {exc}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("cunwu: 已中断\n")
        return 1
    except BrokenPipeError:
        return 0
    except OSError as exc:  # the disk, not the program: a name too long, no permission, disk gone
        _log_traceback()
        where = f"“{exc.filename}”" if exc.filename else ""
        sys.stderr.write(f"cunwu: 无法读写文件{where}：{os_reason(exc)}。数据文件没有被改动。\n")
        return 1
    except Exception as exc:  # a bug: say so plainly, keep the traceback in the log file
        log = _log_traceback()
        sys.stderr.write(f"cunwu: 内部错误（{type(exc).__name__}: {exc}）。详细信息已写入 {log}\n")
        return 1


def utf8_streams() -> None:
    """stdout and stderr in UTF-8 whatever the console's code page (GBK on Chinese Windows)."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(encoding="utf-8", errors="replace")
        except (AttributeError, ValueError):
            pass


def _log_traceback() -> str:
    from desktop.paths import data_dir
    try:
        folder = data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "cunwu-errors.log"
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(traceback.format_exc() + "\n")
        return str(path)
    except OSError:
        return "（无法写入日志）"


if __name__ == "__main__":
    sys.exit(main())
