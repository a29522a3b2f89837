"""Layers: the core stays Qt-free, the UI holds no SQL, areas use each other's public names only."""
from __future__ import annotations

import ast
import re
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


# ---------------------------------------------------------------- the UI is a thin layer
SQL = re.compile(r"\b(SELECT\s.+\sFROM|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|sqlite_master|PRAGMA)\b",
                 re.IGNORECASE | re.DOTALL)
# Files that still hold SQL or open transactions; each leaves this list when its reads and
# multi-step writes move into a core function. New UI code must not be added here.
UI_SQL_ALLOWED: set[str] = set()
UI_TRANSACTION_ALLOWED: set[str] = set()


def _ui_offenders() -> tuple[set[str], set[str]]:
    sql, transactions = set(), set()
    for path in (ROOT / "desktop" / "ui").rglob("*.py"):
        name = path.relative_to(ROOT).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                      if isinstance(n, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
                      and n.body and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
                    and SQL.search(node.value)):
                sql.add(name)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                if node.func.attr == "transaction":
                    transactions.add(name)
                elif node.func.attr in ("execute", "executemany", "query", "scalar") or _is_store_one(node):
                    sql.add(name)
    return sql, transactions


def _is_store_one(node: ast.Call) -> bool:
    # store.one(...) / self.store.one(...): a read by SQL (other objects' .one are not ours)
    return node.func.attr == "one" and "store" in ast.unparse(node.func.value)


def test_no_sql_or_transactions_in_the_ui():
    """Reads and multi-step writes are core functions, used by the CLI and the GUI alike."""
    sql, transactions = _ui_offenders()
    assert not sql - UI_SQL_ALLOWED, f"SQL in the UI; move it into a core function: {sorted(sql - UI_SQL_ALLOWED)}"
    assert not transactions - UI_TRANSACTION_ALLOWED, (
        f"store.transaction() in the UI; make the operation one core function: "
        f"{sorted(transactions - UI_TRANSACTION_ALLOWED)}")
    # the lists only shrink: a file that no longer offends leaves them
    assert not UI_SQL_ALLOWED - sql, f"no SQL left here, drop from UI_SQL_ALLOWED: {sorted(UI_SQL_ALLOWED - sql)}"
    assert not UI_TRANSACTION_ALLOWED - transactions, (
        f"no transaction left here, drop from UI_TRANSACTION_ALLOWED: {sorted(UI_TRANSACTION_ALLOWED - transactions)}")


def _area(path: Path) -> str | None:
    parts = path.relative_to(ROOT).parts
    if parts[:2] in (("desktop", "core"), ("desktop", "ui")) and len(parts) > 3:
        return parts[2]
    return None


def test_no_area_imports_another_areas_private_names():
    """desktop/core/<area>/ and desktop/ui/<area>/ use each other's public names only."""
    found = []
    for path in (ROOT / "desktop").rglob("*.py"):
        mine = _area(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom) or not (node.module or "").startswith("desktop."):
                continue
            parts = node.module.split(".")
            theirs = parts[2] if len(parts) > 3 and parts[1] in ("core", "ui") else None
            if theirs is None or theirs == mine:
                continue
            private = [a.name for a in node.names if a.name.startswith("_")]
            if private or any(p.startswith("_") and p != "__init__" for p in parts):
                found.append(f"{path.relative_to(ROOT)}: from {node.module} import {private}")
    assert not found, "\n".join(found)


# ---------------------------------------------------------------- one way to run an operation
# Views that catch a refusal themselves only to say it in their own line (a form's field,
# the grid's status, the login box) or never show it (a worker thread, start-up before any
# window). Everything else runs through desktop.ui.ops.run_op.
UI_CATCHING_ALLOWED = {
    "desktop/ui/app.py", "desktop/ui/jobs.py", "desktop/ui/kit/editors.py", "desktop/ui/security/login.py",
    "desktop/ui/care/register_model.py", "desktop/ui/roster/exact_count.py", "desktop/ui/roster/import_wizard.py",
    "desktop/ui/roster/person_dialog.py",
}


def test_the_ui_runs_operations_one_way():
    """Only ops.run_op announces a change (so each view refreshes once) and a refusal reaches
    the clerk through errors.show_error or the view's own line, never a hand-made box."""
    announcing, catching = set(), set()
    for path in (ROOT / "desktop" / "ui").rglob("*.py"):
        name = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "changed" \
                    and "ctx" in ast.unparse(node.func.value):
                announcing.add(name)
            if isinstance(node, ast.ExceptHandler) and node.type is not None and "CunwuError" in ast.unparse(node.type):
                catching.add(name)
    assert announcing <= {"desktop/ui/ops.py"}, f"announce through ops.run_op: {sorted(announcing)}"
    assert catching <= UI_CATCHING_ALLOWED, f"run the operation through ops.run_op: {sorted(catching - UI_CATCHING_ALLOWED)}"
    assert not UI_CATCHING_ALLOWED - catching, f"no longer catching, drop: {sorted(UI_CATCHING_ALLOWED - catching)}"


# ---------------------------------------------------------------- files small enough to read
MAX_LINES = 450
# Files past MAX_LINES, each with why it is still long. The list only shrinks: a file split
# along its seams leaves it, and no file joins it. None is left (issue 21 split the last two).
LONG_FILES_ALLOWED: dict[str, str] = {}


def test_no_source_file_is_past_the_line_limit():
    """One module per idea: a .py file under db/ or desktop/ past MAX_LINES is split along its
    seams (funds/, redwhite/ and care/ pages over their tab modules are the pattern)."""
    long_files = set()
    for folder in ("db", "desktop"):
        for path in (ROOT / folder).rglob("*.py"):
            with path.open(encoding="utf-8") as fh:
                if sum(1 for _ in fh) > MAX_LINES:
                    long_files.add(path.relative_to(ROOT).as_posix())
    assert long_files <= set(LONG_FILES_ALLOWED), (
        f"past {MAX_LINES} lines; split along its seams: {sorted(long_files - set(LONG_FILES_ALLOWED))}")
    assert not set(LONG_FILES_ALLOWED) - long_files, (
        f"no longer long, drop from LONG_FILES_ALLOWED: {sorted(set(LONG_FILES_ALLOWED) - long_files)}")
