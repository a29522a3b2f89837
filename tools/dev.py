#!/usr/bin/env python3
"""One entry point for newcomers: it makes its own virtual environment.

    python3 tools/dev.py demo     set up, then start the GUI on the built-in demo village
    python3 tools/dev.py test     set up, then run the whole test suite (offscreen Qt)
    python3 tools/dev.py build    set up, then build the shipped program with PyInstaller

Only the standard library is used here, because nothing else exists yet when it runs.
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = Path(os.environ.get("CUNWU_VENV", ROOT / ".venv"))
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")


def _stamp(extras: str) -> str:
    data = (ROOT / "pyproject.toml").read_bytes() + extras.encode()
    return hashlib.sha256(data).hexdigest()


def ensure_venv(extras: str) -> None:
    """Create .venv and install the project (editable) with the given extras, once per pyproject change."""
    if sys.version_info < (3, 11):
        sys.exit("村务通需要 Python 3.11 或更新版本 (Cunwu needs Python 3.11+)")
    if not PY.exists():
        print(f"creating virtual environment in {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True, clear=False).create(VENV)
    stamp_file = VENV / ".cunwu-installed"
    want = _stamp(extras)
    if stamp_file.exists() and stamp_file.read_text().strip() == want:
        return
    print(f"installing Cunwu and its dependencies [{extras}] ...", flush=True)
    spec = f".[{extras}]" if extras else "."
    subprocess.run([str(PY), "-m", "pip", "install", "--disable-pip-version-check", "-q",
                    "-e", spec], cwd=ROOT, check=True)
    stamp_file.write_text(want)


def build_translations() -> None:
    """Compile .ts sources to .qm (never committed) if the translations tooling exists."""
    script = ROOT / "tools" / "translations.py"
    if script.exists():
        subprocess.run([str(PY), str(script), "build"], cwd=ROOT, check=True)


def main(argv: list[str]) -> int:
    cmd = argv[0] if argv else "demo"
    rest = argv[1:]
    env = dict(os.environ)
    if cmd == "demo":
        ensure_venv("test")
        build_translations()
        return subprocess.call([str(PY), "-m", "desktop", "--demo", *rest], cwd=ROOT, env=env)
    if cmd == "test":
        ensure_venv("test")
        build_translations()
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        return subprocess.call([str(PY), "-m", "pytest", *rest], cwd=ROOT, env=env)
    if cmd == "build":
        ensure_venv("test,build")
        build_translations()
        script = ROOT / "tools" / "build.py"
        return subprocess.call([str(PY), str(script), *rest], cwd=ROOT, env=env)
    if cmd == "setup":
        ensure_venv("test")
        build_translations()
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
