"""The one way the tests run `cunwu` (the conftest fixture `cli`).

    code, out, err = cli("--db", db, "roster", "search", "张")      # in this process
    rows = cli.json("--db", db, "roster", "search", "张")           # adds --json, expects exit 0
    done = cli.process("--db", db, "check")                         # a real process: exit code, stderr

A real process runs the code of this checkout (PYTHONPATH), whatever folder it starts in.
"""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parent.parent.parent


class Ran(NamedTuple):
    code: int
    out: str
    err: str


class Cli:
    def __call__(self, *args, env: dict | None = None) -> Ran:
        """`env`: variables set for this run only (CUNWU_PASSWORD for --user)."""
        from desktop.cli import main
        out, err = io.StringIO(), io.StringIO()
        saved = {k: os.environ.get(k) for k in env or {}}
        os.environ.update(env or {})
        try:
            with redirect_stdout(out), redirect_stderr(err):
                try:
                    code = main([str(a) for a in args])
                except SystemExit as exc:       # argparse refuses before main's own handling
                    code = exc.code if isinstance(exc.code, int) else 1
        finally:
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
        return Ran(code, out.getvalue(), err.getvalue())

    def json(self, *args) -> Any:
        ran = self(*args, "--json")
        assert ran.code == 0, ran.err
        return json.loads(ran.out)

    def process(self, *args, env: dict | None = None, cwd: Path = ROOT, umask: int | None = None,
                module: str = "desktop.cli", timeout: float | None = None) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", module, *map(str, args)], cwd=cwd, capture_output=True,
                              text=True, encoding="utf-8", timeout=timeout,
                              env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
                              preexec_fn=(lambda: os.umask(umask)) if umask is not None else None)
