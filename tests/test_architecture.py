"""The core stays Qt-free: db/ and desktop/core/ must not import PySide6."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_no_qt_imports_in_core_sources():
    offenders = []
    for folder in ("db", "desktop/core"):
        for path in (ROOT / folder).rglob("*.py"):
            bad = _imports(path) & {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
            if bad:
                offenders.append(f"{path.relative_to(ROOT)}: {sorted(bad)}")
    assert not offenders, offenders


def test_importing_core_and_cli_loads_no_qt():
    code = ("import sys, desktop.core.areas, desktop.core.demo, desktop.cli; "
            "desktop.cli.build_parser(); "
            "bad=[m for m in sys.modules if m.startswith(('PySide6','shiboken6'))]; "
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_undefined_names_anywhere():
    """pyflakes finds names used before they exist, which only fail on the path that runs
    them (a role guard in the sync import once read a variable set two lines later)."""
    from pyflakes import checker
    tolerated = {"UnusedImport", "RedefinedWhileUnused", "UnusedVariable"}  # re-exports, fixtures
    found = []
    for folder in ("db", "desktop", "tools", "benchmarks", "tests"):
        for path in (ROOT / folder).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
            found += [str(m) for m in checker.Checker(tree, filename=str(path.relative_to(ROOT))).messages
                      if type(m).__name__ not in tolerated]
    assert not found, "\n".join(found)
