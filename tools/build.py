#!/usr/bin/env python3
"""Build the shipped program (dist/Cunwu/) with PyInstaller, check it, pack it, self-test it.

Called by `python3 tools/dev.py build` (`py tools\\dev.py build` on Windows: the same spec
builds Cunwu.exe and cunwu-cli.exe there). After the build it checks the folder:

- no two file names in one folder that differ only in case (NTFS would keep one of them);
- no shared library or Qt plugin whose dependencies are missing from the folder (ldd, Linux);
- no module that the source program loads during its self-test (which shows every page) and
  the frozen program lacks;

then writes the release archive dist/Cunwu-<version>-<system>.zip, prints the folder and
archive sizes, and runs both programs' self-tests. Exit 0 only when everything passed.
`--skip-build` checks an existing dist/Cunwu/.

Windows build job (CI runner `windows-latest`, or a Windows 10/11 64-bit PC), the steps:

    1. Install Python 3.11 64-bit (python.org installer, "Add to PATH"); Git for the clone.
    2. git clone <repository> cunwu && cd cunwu
    3. py tools\\dev.py build          (makes .venv, compiles translations, runs this script)
    4. Keep dist\\Cunwu-<version>-windows.zip as the job's artifact; fail the job on exit 1.

`python tools/build.py --windows-job` prints the same steps as a GitHub Actions job. The
checks that need ldd are skipped on Windows; the name and module checks run everywhere.
docs/windows-checklist.md says what to try by hand on a village office PC.
"""
from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
APP = DIST / "Cunwu"
sys.path.insert(0, str(ROOT))
from desktop import CLI_EXE, GUI_EXE, __version__  # noqa: E402

# Modules the source program loads that a frozen one has no use for: the interpreter's own
# start-up (site, the virtualenv), `python -m`, and the file-system resource readers (the
# frozen program reads its resources through PyInstaller's own importer).
SOURCE_ONLY = re.compile(r"^(site|_sitebuiltins|sitecustomize|usercustomize|_distutils_hack|_virtualenv"
                         r"|runpy|pkgutil|__editable__.*|_pytest.*|pytest.*"
                         r"|importlib\.readers|importlib\.resources\.readers|importlib\.resources\._itertools)$")

REPORT = "cunwu-selftest.txt"       # desktop/selftest.py writes it beside the windowed program

WINDOWS_JOB = r"""
windows-build:
  runs-on: windows-latest
  steps:
    - uses: actions/checkout@v4
    - uses: actions/setup-python@v5
      with: {python-version: "3.11", architecture: x64}
    - run: py tools\dev.py build
    - uses: actions/upload-artifact@v4
      with: {name: cunwu-windows, path: "dist/Cunwu-*-windows.zip"}
"""


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def exe(name: str) -> Path:
    return APP / (name + (".exe" if os.name == "nt" else ""))


def build() -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(ROOT / "build"), str(ROOT / "build.spec")],
                   cwd=ROOT, check=True)
    return time.perf_counter() - started


def case_collisions(folder: Path) -> list[list[str]]:
    """Groups of names in one folder that differ only in case (one file on Windows)."""
    groups: dict[tuple[Path, str], list[str]] = {}
    for path in [folder, *folder.rglob("*")]:
        if path.is_dir():
            for child in path.iterdir():
                groups.setdefault((path, child.name.casefold()), []).append(str(child.relative_to(folder)))
    return sorted(sorted(names) for names in groups.values() if len(names) > 1)


def dangling_links(folder: Path) -> list[str]:
    """Symbolic links whose target is not in the folder."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_symlink() and not p.exists())


def _is_shared_library(path: Path) -> bool:
    name = path.name
    return path.is_file() and not path.is_symlink() and (name.endswith(".so") or ".so." in name)


def missing_libraries(folder: Path) -> dict[str, list[str]]:
    """Each shared library or plugin in the folder with the libraries ldd cannot find, looked
    up as the frozen program does (its _internal folder first). Linux only; {} elsewhere."""
    if not sys.platform.startswith("linux") or not shutil.which("ldd"):
        return {}
    internal = folder / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": str(internal if internal.is_dir() else folder)}
    missing = {}
    for path in sorted(folder.rglob("*")):
        if not _is_shared_library(path):
            continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
        lost = sorted({line.split("=>")[0].strip() for line in out.splitlines() if "not found" in line})
        if lost:
            missing[str(path.relative_to(folder))] = lost
    return missing


def shippable_libraries() -> set[str]:
    """Names of the shared libraries the build environment's packages hold: a dependency among
    them that the folder lacks was left out by the build (a dangling library)."""
    import sysconfig
    packages = Path(sysconfig.get_paths()["platlib"])
    return {p.name for p in packages.rglob("*") if ".so" in p.name or p.suffix.lower() == ".dll"}


def split_missing(missing: dict[str, list[str]], shippable: set[str]) -> tuple[dict, set[str]]:
    """(libraries whose lost dependencies the build should have shipped, system libraries this
    build machine lacks). The second are not shipped on purpose (X11's xcb helpers and the
    like come with every Linux desktop); they are listed for the README, not failed on."""
    dangling = {lib: [d for d in lost if d in shippable] for lib, lost in missing.items()}
    system = {d for lost in missing.values() for d in lost if d not in shippable}
    return {lib: lost for lib, lost in dangling.items() if lost}, system


def loaded_modules(command: list[str], env: dict) -> tuple[set[str], str]:
    """The modules a self-test run loads, and its output."""
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "modules.txt"
        run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, encoding="utf-8",
                             errors="replace", timeout=600, env={**env, "CUNWU_SELFTEST_MODULES": str(listing)})
        names = set(listing.read_text(encoding="utf-8").split()) if listing.exists() else set()
    return names, run.stdout + run.stderr


def missing_modules(source: set[str], frozen: set[str]) -> list[str]:
    return sorted(m for m in source - frozen if not SOURCE_ONLY.search(m))


def make_archive(folder: Path) -> Path:
    """dist/Cunwu-<version>-<system>.zip: deflate (Windows opens it without extra tools)."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform.rstrip("0123456789"))
    target = folder.parent / f"Cunwu-{__version__}-{system}-{platform.machine().lower()}.zip"
    target.unlink(missing_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(folder.rglob("*")):
            name = Path(folder.name) / path.relative_to(folder)
            if path.is_symlink():
                # A link is stored as a link (Unix mode bits), not as a second copy of the
                # library it points to: the copies were ~27 MB of the archive.
                info = zipfile.ZipInfo(str(name))
                info.external_attr = (0o120777 << 16)
                archive.writestr(info, os.readlink(path))
            else:
                archive.write(path, name)
    return target


def self_test(env: dict) -> int:
    report = APP / REPORT
    report.unlink(missing_ok=True)
    gui = subprocess.run([str(exe(GUI_EXE)), "--self-test"], env=env, capture_output=True, text=True,
                         encoding="utf-8", errors="replace", timeout=600)
    print(gui.stdout + gui.stderr)
    written = report.read_text(encoding="utf-8") if report.exists() else ""
    print(f"report beside {GUI_EXE}: {'present' if '自检通过' in written else 'MISSING'}")
    cli = subprocess.run([str(exe(CLI_EXE)), "self-test"], env=env, capture_output=True, text=True,
                         encoding="utf-8", errors="replace", timeout=600)
    print(cli.stdout + cli.stderr)
    ok = gui.returncode == 0 and cli.returncode == 0 and "自检通过" in written
    return 0 if ok else 1


def check(env: dict) -> int:
    """The folder checks; prints each finding, returns the number of failed checks."""
    failed = 0
    collisions = case_collisions(APP)
    print("case collisions:", collisions or "none")
    failed += bool(collisions)
    links = dangling_links(APP)
    print("dangling symbolic links:", ", ".join(links) or "none")
    failed += bool(links)
    dangling, system = split_missing(missing_libraries(APP), shippable_libraries())
    print("libraries with missing dependencies:", "none" if not dangling else "")
    for name, lost in dangling.items():
        print(f"  {name}: {', '.join(lost)}")
    if system:
        print("system libraries this build machine lacks (a Linux desktop has them):", ", ".join(sorted(system)))
    failed += bool(dangling)
    source, _ = loaded_modules([sys.executable, "-m", "desktop", "--self-test"], env)
    frozen, out = loaded_modules([str(exe(GUI_EXE)), "--self-test"], env)
    (APP / REPORT).unlink(missing_ok=True)         # that run's report is not part of the release
    if not source or not frozen:
        print("module check: no module list (self-test failed?)\n" + out[-2000:])
        return failed + 1
    lacking = missing_modules(source, frozen)
    print(f"modules loaded from source but missing when frozen: {', '.join(lacking) or 'none'} "
          f"({len(source)} from source, {len(frozen)} frozen)")
    return failed + bool(lacking)


def parse_args(argv: list[str]) -> argparse.Namespace:
    # argparse so that --help (or a typo) never starts a ten-minute build
    parser = argparse.ArgumentParser(
        prog="tools/build.py", description="Build dist/Cunwu/ with PyInstaller, check it, pack it, self-test it.")
    parser.add_argument("--skip-build", action="store_true", help="check and pack an existing dist/Cunwu/")
    parser.add_argument("--windows-job", action="store_true", help="print the Windows build job and exit")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    if args.windows_job:
        print(WINDOWS_JOB.strip())
        return 0
    if not args.skip_build:
        if APP.exists():
            shutil.rmtree(APP)
        seconds = build()
        print(f"build time: {seconds:.1f} s")
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "PYTHONIOENCODING": "utf-8"}
    failed = check(env)
    size = folder_size(APP)
    files = sum(1 for p in APP.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"folder: {APP} {size / 2**20:.1f} MiB in {files} files")
    archive = make_archive(APP)
    print(f"archive: {archive} {archive.stat().st_size / 1e6:.1f} MB ({archive.stat().st_size / 2**20:.1f} MiB)")
    code = self_test(env)
    print("built program self-test:", "passed" if code == 0 else "FAILED")
    print("folder checks:", "passed" if not failed else f"FAILED ({failed})")
    return 1 if code or failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
