"""Find the messages the Qt-free core shows the clerk, as templates with named placeholders.

The core (db/, desktop/core/) cannot call Qt's tr(), so its refusals are written in Chinese
and translated where they reach the screen (desktop.core.messages.localize). This module
reads the sources with `ast` (never imports them) and lists:

- templates: the text of every refusal, i.e. the first argument (or `message=`) of a call to
  a CunwuError subclass, and the text a CunwuError subclass passes to `super().__init__`.
  An f-string becomes a template whose placeholders are named after their expressions:
  f"{label}太长（{len(text)} 字）" -> "{label}太长（{len_text} 字）". A placeholder naming a
  module-level string constant is replaced by the constant's text.
- terms: short Chinese words that reach a template's placeholder, so they are translated
  too: the `label=` arguments of core calls, the string arguments given to a parameter that a
  template shows (e.g. required_text(..., label="资金名称")), the roster import's field
  names and header texts, and the reasons db.errors gives for file errors.

tools/translations.py extract-core refreshes resources/translations/core_ko.json from this;
tests/test_core_messages.py fails when a template or term has no Korean.
"""
from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ["db", "desktop/core"]
HAN = re.compile(r"[\u3400-\u9fff]")
BASE_ERRORS = {"CunwuError"}


@dataclass
class Found:
    templates: dict[str, list[str]] = field(default_factory=dict)   # template -> ["path:line", ...]
    terms: dict[str, list[str]] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)                 # refusals whose text is not literal


def source_files(root: Path = ROOT) -> list[Path]:
    out = []
    for s in SOURCES:
        out += sorted((root / s).rglob("*.py"))
    return out


def _error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """Names of CunwuError and every class deriving from it (by name, across files)."""
    bases: dict[str, set[str]] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                names = set()
                for b in node.bases:
                    if isinstance(b, ast.Name):
                        names.add(b.id)
                    elif isinstance(b, ast.Attribute):
                        names.add(b.attr)
                bases[node.name] = names
    known = set(BASE_ERRORS)
    changed = True
    while changed:
        changed = False
        for name, parents in bases.items():
            if name not in known and parents & known:
                known.add(name)
                changed = True
    return known


def placeholder_name(expr: ast.expr) -> str:
    """A readable identifier for an f-string expression: fund['name'] -> fund_name."""
    text = ast.unparse(expr)
    name = re.sub(r"[^0-9A-Za-z_]+", "_", text).strip("_")
    if not name or name[0].isdigit():
        name = "v" + name
    return name[:40]


def template_of(parts: list) -> tuple[str, list[tuple[str, ast.expr]]]:
    """Literal text and expressions -> (template, [(placeholder, expression)]); a name used
    twice gets _2, _3 (f"{a}{a}" -> "{a}{a_2}")."""
    text, used, holders = "", {}, []
    for p in parts:
        if isinstance(p, str):
            text += p.replace("{", "{{").replace("}", "}}")
            continue
        name = placeholder_name(p)
        n = used.get(name, 0)
        used[name] = n + 1
        if n:
            name = f"{name}_{n + 1}"
        holders.append((name, p))
        text += "{" + name + "}"
    return text, holders


class _Template:
    def __init__(self, constants: dict[str, str]):
        self.constants = constants

    def build(self, node: ast.expr) -> tuple[str, list[tuple[str, ast.expr]]] | None:
        """(template, [(placeholder, expression)]) for a message expression, or None when it is
        not built from literal text."""
        parts: list = []
        if not self._collect(node, parts):
            return None
        text, holders = template_of(parts)
        if not HAN.search(text):
            return None
        return text, holders

    def _collect(self, node: ast.expr, parts: list) -> bool:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            parts.append(node.value)
            return True
        if isinstance(node, ast.JoinedStr):
            for v in node.values:
                if isinstance(v, ast.Constant):
                    parts.append(v.value)
                elif isinstance(v, ast.FormattedValue):
                    inner = v.value
                    if isinstance(inner, ast.Name) and inner.id in self.constants and v.format_spec is None:
                        parts.append(self.constants[inner.id])
                    else:
                        parts.append(inner)
            return True
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left: list = []
            right: list = []
            if self._collect(node.left, left) or self._collect(node.right, right):
                for side, got in ((node.left, left), (node.right, right)):
                    parts.extend(got if got else [side])
                return True
            return False
        if isinstance(node, ast.Name) and node.id in self.constants:
            parts.append(self.constants[node.id])
            return True
        return False


def _module_constants(tree: ast.Module) -> dict[str, str]:
    out = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
                out[node.targets[0].id] = node.value.value
    return out


def _call_name(call: ast.Call) -> str | None:
    f = call.func
    if isinstance(f, ast.Name):
        return f.id
    if isinstance(f, ast.Attribute):
        return f.attr
    return None


def _message_arg(call: ast.Call) -> ast.expr | None:
    if call.args:
        return call.args[0]
    for kw in call.keywords:
        if kw.arg in ("message", "msg", "text"):
            return kw.value
    return None


def _parents(tree: ast.Module) -> dict[ast.AST, ast.AST]:
    out = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            out[child] = node
    return out


def _enclosing(node: ast.AST, parents: dict, kind) -> ast.AST | None:
    while node in parents:
        node = parents[node]
        if isinstance(node, kind):
            return node
    return None


def _indirect(arg: ast.expr, func, tree: ast.Module) -> list[tuple[ast.expr, object]]:
    """The message texts behind a variable (assigned in the function or the module) or behind a
    call of a function of the same module (its return values)."""
    out = []
    if isinstance(arg, ast.Name):
        for scope in ([func] if func is not None else []) + [tree]:
            body = ast.walk(scope) if scope is func else iter(scope.body)
            for n in body:
                if isinstance(n, ast.Assign) and any(isinstance(t, ast.Name) and t.id == arg.id for t in n.targets):
                    out.append((n.value, func if scope is func else None))
                if isinstance(n, ast.AugAssign) and isinstance(n.target, ast.Name) and n.target.id == arg.id:
                    out.append((n.value, func if scope is func else None))
            if out:
                return out
    if isinstance(arg, ast.BinOp):
        return _indirect(arg.left, func, tree) + _indirect(arg.right, func, tree)
    if isinstance(arg, ast.Call) and isinstance(arg.func, ast.Name):
        for n in tree.body:
            if isinstance(n, ast.FunctionDef) and n.name == arg.func.id:
                for r in ast.walk(n):
                    if isinstance(r, ast.Return) and r.value is not None:
                        out += [(r.value, n)] if not isinstance(r.value, ast.Name) else _indirect(r.value, n, tree)
    return out


def _han_literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and HAN.search(node.value):
        return node.value
    return None


def extract(root: Path = ROOT) -> Found:
    trees = {p: ast.parse(p.read_text(encoding="utf-8"), str(p)) for p in source_files(root)}
    errors = _error_classes(trees)
    found = Found()
    shown_params: set[tuple[str, str]] = set()      # (function name, parameter) a template shows

    def add(bucket: dict, text: str, where: str) -> None:
        bucket.setdefault(text, [])
        if where not in bucket[text]:
            bucket[text].append(where)

    for path, tree in trees.items():
        rel = path.relative_to(root).as_posix()
        builder = _Template(_module_constants(tree))
        parents = _parents(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _call_name(node)
            is_error = name in errors
            if name == "__init__" and isinstance(node.func, ast.Attribute) \
                    and isinstance(node.func.value, ast.Call) and _call_name(node.func.value) == "super":
                cls = _enclosing(node, parents, ast.ClassDef)
                is_error = cls is not None and cls.name in errors
            if not is_error:
                continue
            arg = _message_arg(node)
            if arg is None:
                continue
            where = f"{rel}:{node.lineno}"
            func = _enclosing(node, parents, (ast.FunctionDef, ast.AsyncFunctionDef))
            candidates = [(arg, func)]
            if builder.build(arg) is None:
                candidates = _indirect(arg, func, tree)
            if not candidates or all(builder.build(c) is None for c, _ in candidates):
                if not isinstance(arg, ast.Constant):
                    found.skipped.append(f"{where} {ast.unparse(arg)[:60]}")
                continue
            for expr, owner in candidates:
                built = builder.build(expr)
                if built is None:
                    continue
                template, holders = built
                add(found.templates, template, where)
                if owner is not None:
                    params = {a.arg for a in owner.args.args + owner.args.kwonlyargs}
                    for _, ph in holders:
                        if isinstance(ph, ast.Name) and ph.id in params:
                            shown_params.add((owner.name, ph.id))

    # Terms: words that reach a template's placeholder.
    first_defs: dict[str, ast.FunctionDef] = {}
    for tree in trees.values():
        for n in ast.walk(tree):
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)):
                first_defs.setdefault(n.name, n)
    for path, tree in trees.items():
        rel = path.relative_to(root).as_posix()
        if "demo" in path.name:      # the demo village's names are data, not program words
            continue
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                args = node.args
                positional = args.args[len(args.args) - len(args.defaults):]
                for a, d in list(zip(positional, args.defaults)) + list(zip(args.kwonlyargs, args.kw_defaults)):
                    text = _han_literal(d) if d is not None else None
                    if text and (a.arg == "label" or (node.name, a.arg) in shown_params):
                        add(found.terms, text, f"{rel}:{node.lineno}")
            if not isinstance(node, ast.Call):
                continue
            name = _call_name(node)
            for kw in node.keywords:
                text = _han_literal(kw.value)
                if text and (kw.arg == "label" or (name, kw.arg) in shown_params):
                    add(found.terms, text, f"{rel}:{node.lineno}")
            wanted = [p for f, p in shown_params if f == name]
            if wanted:
                for fd in [first_defs[name]] if name in first_defs else []:
                    names = [a.arg for a in fd.args.args]
                    if names and names[0] in ("self", "cls"):
                        names = names[1:]
                    for i, a in enumerate(node.args):
                        if i >= len(names) or names[i] not in wanted:
                            continue
                        texts = [_han_literal(a)]
                        if isinstance(a, ast.Name):     # reason = "..."; raise _refuse(..., reason)
                            texts = [_han_literal(n.value) for n in ast.walk(tree) if isinstance(n, ast.Assign)
                                     and any(isinstance(t, ast.Name) and t.id == a.id for t in n.targets)]
                        for text in texts:
                            if text:
                                add(found.terms, text, f"{rel}:{node.lineno}")
    _fixed_terms(root, found, add)
    _shown_texts(root, trees, found, add)
    return found


# ---------------------------------------------------------------- texts that are not refusals
# The core also writes what the clerk reads while and after it works: progress lines
# (progress(done, total, message)), the results of `cunwu check` (each check's name and
# detail), the notes and warnings beside an imported row or a saved register. They are found
# by where they go, not by being raised:
#   - the third argument of any call of a `progress` callable;
#   - everything appended to (or extending) a list named notes or warnings;
#   - values assigned to an attribute in SHOWN_ATTRIBUTES, arguments in SHOWN_ARGUMENTS;
#   - every text in SHOWN_SCOPES (the check modules, whole, or named functions and constants),
#     except docstrings, SQL and values compared with (data, not words for the clerk).
SHOWN_SCOPES: dict[str, set[str] | None] = {
    "desktop/core/checks.py": None,
    "desktop/core/roster/checks.py": None,
    "desktop/core/care/data_checks.py": None,
    "desktop/core/redwhite/data_checks.py": None,
    "desktop/core/funds/check.py": None,
    "desktop/core/replay_check.py": None,
    "desktop/core/replay/records.py": None,
    "desktop/core/chain_code.py": {"anchor_check"},
    "desktop/core/security/audit.py": {"verify_chain", "_first_break"},
    # shown on the funds tabs: a period's name, who signed which months off
    "desktop/core/inputs/dates.py": {"period_label", "_QUARTERS"},
    "desktop/core/funds/supervision.py": {"coverage", "coverage_groups"},
}
NOTE_LISTS = {"notes", "warnings"}
SHOWN_ARGUMENTS = {"CellError": 5}      # the reason a care register cell was not imported
SHOWN_ATTRIBUTES = {"error_workbook_problem"}
_SQL = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|WHERE|PRAGMA)\b")
_SQL_CALLS = {"query", "one", "scalar", "execute", "executemany", "executescript", "iter_query"}


def _variants(node: ast.expr, constants: dict[str, str]) -> list[list] | None:
    """The texts an expression can be, as lists of parts (literal text or the expression a
    placeholder stands for): both branches of `a if c else b`, both sides of `+`. None when
    it holds no literal text."""
    if isinstance(node, ast.Constant):
        return [[node.value]] if isinstance(node.value, str) else None
    if isinstance(node, ast.Name) and node.id in constants:
        return [[constants[node.id]]]
    if isinstance(node, ast.JoinedStr):
        parts: list = []
        for v in node.values:
            if isinstance(v, ast.Constant):
                parts.append(v.value)
            elif isinstance(v.value, ast.Name) and v.value.id in constants and v.format_spec is None:
                parts.append(constants[v.value.id])
            else:
                parts.append(v.value)
        return [parts]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _variants(node.left, constants), _variants(node.right, constants)
        if left is None and right is None:
            return None
        return [a + b for a in (left or [[node.left]]) for b in (right or [[node.right]])]
    if isinstance(node, ast.IfExp):
        body, orelse = _variants(node.body, constants), _variants(node.orelse, constants)
        if body is None and orelse is None:
            return None
        return (body or []) + (orelse or [])
    return None


def _render(parts: list) -> str | None:
    """A shown text's template, or None when it holds no Chinese or is SQL."""
    text, _ = template_of(parts)
    return text if HAN.search(text) and not _SQL.search(text) else None


def _shown_texts(root: Path, trees: dict[Path, ast.Module], found: Found, add) -> None:
    for path, tree in trees.items():
        rel = path.relative_to(root).as_posix()
        constants = _module_constants(tree)

        def take(expr: ast.expr, line: int, func=None) -> None:
            variants = _variants(expr, constants)
            if variants is None and isinstance(expr, ast.Name):      # message = f"..."; progress(.., message)
                variants = [v for value, _ in _indirect(expr, func, tree) for v in (_variants(value, constants) or [])]
            for parts in variants or []:
                template = _render(parts)
                if template:
                    add(found.templates, template, f"{rel}:{line}")

        parents = _parents(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                name = _call_name(node)
                func = _enclosing(node, parents, (ast.FunctionDef, ast.AsyncFunctionDef))
                if name and name.endswith("progress") and len(node.args) >= 3:
                    take(node.args[2], node.lineno, func)
                if name in SHOWN_ARGUMENTS and len(node.args) > SHOWN_ARGUMENTS[name]:
                    take(node.args[SHOWN_ARGUMENTS[name]], node.lineno, func)
                f = node.func
                if isinstance(f, ast.Attribute) and f.attr in ("append", "extend") and node.args:
                    owner = f.value.attr if isinstance(f.value, ast.Attribute) else getattr(f.value, "id", None)
                    if owner in NOTE_LISTS:
                        arg = node.args[0]
                        for item in (arg.elts if isinstance(arg, (ast.List, ast.Tuple)) else [arg]):
                            take(item, node.lineno, func)
            if isinstance(node, ast.Assign) and any(
                    (isinstance(t, ast.Attribute) and t.attr in SHOWN_ATTRIBUTES) for t in node.targets):
                take(node.value, node.lineno)
        if rel in SHOWN_SCOPES:
            wanted = SHOWN_SCOPES[rel]
            scopes = [tree] if wanted is None else [
                n for n in tree.body if (isinstance(n, ast.FunctionDef) and n.name in wanted)
                or (isinstance(n, ast.Assign) and any(getattr(t, "id", None) in wanted for t in n.targets))]
            for scope in scopes:
                _texts_in(scope, lambda expr: take(expr, expr.lineno), constants)


def _filled_by(node: ast.expr, constants: dict[str, str]) -> list[ast.expr]:
    """The expressions that fill a text expression's placeholders (not its literal parts)."""
    if isinstance(node, ast.JoinedStr):
        return [v.value for v in node.values if isinstance(v, ast.FormattedValue)]
    if isinstance(node, (ast.BinOp, ast.IfExp)):
        sides = [node.left, node.right] if isinstance(node, ast.BinOp) else [node.test, node.body, node.orelse]
        out = []
        for side in sides:
            out += _filled_by(side, constants) if _variants(side, constants) is not None else [side]
        return out
    return []


def _texts_in(node: ast.AST, take, constants: dict[str, str]) -> None:
    """Every outermost text expression under `node`, but docstrings, SQL and compared values."""
    body = getattr(node, "body", None)
    children = list(ast.iter_child_nodes(node))
    if isinstance(body, list) and body and isinstance(body[0], ast.Expr) \
            and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str):
        children = [c for c in children if c is not body[0]]
    for child in children:
        if isinstance(child, ast.Compare):
            continue
        if isinstance(child, ast.Call) and _call_name(child) in _SQL_CALLS:
            continue
        if isinstance(child, ast.expr) and _variants(child, constants) is not None:
            take(child)
            # What fills its placeholders may hold texts of their own (f"{'、'.join(...)}").
            for sub in _filled_by(child, constants):
                _texts_in(ast.Expr(sub), take, constants)
            continue
        _texts_in(child, take, constants)


def _fixed_terms(root: Path, found: Found, add) -> None:
    """Terms kept in tables rather than passed as arguments: the roster import's field names
    and the header texts it recognises, and the file-error reasons."""
    fields = root / "desktop/core/roster/excel_fields.py"
    tree = ast.parse(fields.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Tuple) and len(node.elts) == 3:
            text = _han_literal(node.elts[1])
            if text:
                add(found.terms, text, f"desktop/core/roster/excel_fields.py:{node.lineno}")
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name) \
                and node.targets[0].id in ("IGNORED_HEADERS",):
            for elt in getattr(node.value, "elts", []):
                text = _han_literal(elt)
                if text:
                    add(found.terms, text, f"desktop/core/roster/excel_fields.py:{node.lineno}")
    errors_py = root / "db/errors.py"
    tree = ast.parse(errors_py.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            for v in node.values:
                text = _han_literal(v)
                if text:
                    add(found.terms, text, f"db/errors.py:{v.lineno}")
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            text = _han_literal(node.value)
            if text:
                add(found.terms, text, f"db/errors.py:{node.lineno}")


PLACEHOLDER = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)\}(?!\})")


def placeholders(template: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(template))


if __name__ == "__main__":
    f = extract()
    print(len(f.templates), "templates,", len(f.terms), "terms,", len(f.skipped), "skipped")
    for s in f.skipped:
        print("  skipped", s)
