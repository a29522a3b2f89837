"""The shipped program. The fast tests read build.spec and tools/build.py's checks without
building; CI (CI=true, or CUNWU_TEST_BUILD=1 locally: a few minutes) builds the folder with
PyInstaller and fails on a case collision, a library with missing dependencies, a module the
source program loads that the frozen one lacks, a size over target, or a failed self-test."""
from __future__ import annotations

import ast
import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import CLI_EXE, GUI_EXE

ROOT = Path(__file__).resolve().parent.parent
WANTED = os.environ.get("CI") == "true" or os.environ.get("CUNWU_TEST_BUILD") == "1"

def _load_build_tool():
    spec = importlib.util.spec_from_file_location("cunwu_tools_build", ROOT / "tools" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = _load_build_tool()

FOLDER_MIB_MAX = 190
ARCHIVE_MB_MAX = 90


def _exe_names_in_spec() -> list[str]:
    """The `name=` of every EXE(...) in build.spec, resolved to the constants it uses."""
    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "EXE":
            value = next(k.value for k in node.keywords if k.arg == "name")
            names.append(value.value if isinstance(value, ast.Constant) else {"GUI_EXE": GUI_EXE,
                                                                               "CLI_EXE": CLI_EXE}[value.id])
    return names


def test_the_spec_declares_two_programs_whose_names_differ_in_more_than_case():
    names = _exe_names_in_spec()
    assert sorted(names) == sorted([GUI_EXE, CLI_EXE]) == ["Cunwu", "cunwu-cli"]
    assert len({(n + ".exe").casefold() for n in names}) == 2


def test_both_programs_read_the_one_shared_code_archive_the_spec_ships():
    """build.spec puts the Python code in _internal/ once; the runtime hook that each program
    runs first must open that same file name, or both programs fail at start."""
    hook = ROOT / "tools" / "pyi_rth_shared_code.py"
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    shipped = re.search(r'\("([\w.-]+\.pyz)", shared_code\.name, "DATA"\)', spec).group(1)
    assert re.search(rf'os\.path\.join\(sys\._MEIPASS, "{re.escape(shipped)}"\)', hook.read_text(encoding="utf-8"))
    assert f'runtime_hooks=[str(ROOT / "tools" / "{hook.name}")]' in spec
    assert spec.count("EXE(empty_code,") == 2


def test_case_collisions_are_found(tmp_path):
    (tmp_path / "Cunwu.exe").write_bytes(b"gui")
    (tmp_path / "cunwu.EXE").write_bytes(b"cli")
    (tmp_path / "cunwu-cli.exe").write_bytes(b"cli")
    (tmp_path / "_internal").mkdir()
    (tmp_path / "_internal" / "a.dll").write_bytes(b"")
    (tmp_path / "_internal" / "A.DLL").write_bytes(b"")
    assert build.case_collisions(tmp_path) == [["Cunwu.exe", "cunwu.EXE"], ["_internal/A.DLL", "_internal/a.dll"]]


def test_dangling_links_are_found(tmp_path):
    (tmp_path / "libQt6Core.so.6").write_bytes(b"")
    (tmp_path / "core.so").symlink_to("libQt6Core.so.6")
    (tmp_path / "pdf.so").symlink_to("PySide6/Qt/lib/libQt6Pdf.so.6")
    assert build.dangling_links(tmp_path) == ["pdf.so"]


def test_module_check_ignores_only_the_interpreter_start_up():
    source = {"desktop.ui.pages.funds", "_rl_accel", "site", "_virtualenv", "runpy"}
    assert build.missing_modules(source, {"desktop.ui.pages.funds"}) == ["_rl_accel"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd is Linux's")
def test_missing_library_check_names_the_lost_dependency(tmp_path):
    """A copy of a Qt plugin whose Qt libraries are not beside it is reported, as a dangling
    plugin in the folder would be."""
    import PySide6
    plugin = next((Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms").glob("libqoffscreen.so"))
    copy = tmp_path / "plugins" / plugin.name
    copy.parent.mkdir()
    copy.write_bytes(plugin.read_bytes())
    missing = build.missing_libraries(tmp_path)
    assert "libQt6Gui.so.6" in missing[f"plugins/{plugin.name}"]
    dangling, _system = build.split_missing(missing, build.shippable_libraries())
    assert "libQt6Gui.so.6" in dangling[f"plugins/{plugin.name}"]


def test_system_libraries_are_told_apart_from_dangling_ones():
    missing = {"plugins/libqxcb.so": ["libxcb-icccm.so.4", "libQt6XcbQpa.so.6"]}
    assert build.split_missing(missing, {"libQt6XcbQpa.so.6"}) == (
        {"plugins/libqxcb.so": ["libQt6XcbQpa.so.6"]}, {"libxcb-icccm.so.4"})


def test_help_and_unknown_options_never_start_a_build():
    # main() parses first: --help and a typo exit here, before build() could start
    with pytest.raises(SystemExit) as exit_help:
        build.parse_args(["--help"])
    assert exit_help.value.code == 0
    with pytest.raises(SystemExit) as exit_typo:
        build.parse_args(["--skip-buidl"])
    assert exit_typo.value.code == 2
    assert build.parse_args(["--skip-build"]).skip_build is True
    assert build.parse_args([]).skip_build is False


@pytest.mark.skipif(not WANTED, reason="the PyInstaller build runs in CI (CI=true) or with CUNWU_TEST_BUILD=1")
@pytest.mark.timeout(1800)   # the build alone took 167 s on a busy 2-core machine; the suite's 300 s is for dialogs
def test_built_program_passes_its_checks_and_self_test():
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "build.py")], cwd=ROOT, capture_output=True,
                            text=True, encoding="utf-8", errors="replace", timeout=1800)
    out = result.stdout + result.stderr
    assert result.returncode == 0, out[-4000:]
    assert "case collisions: none" in out and "dangling symbolic links: none" in out
    assert "libraries with missing dependencies: none" in out
    assert "missing when frozen: none" in out
    assert out.count("自检通过") == 2, out[-4000:]
    assert f"report beside {GUI_EXE}: present" in out
    assert "built program self-test: passed" in out and "folder checks: passed" in out
    if sys.platform.startswith("linux"):
        mib = float(re.search(r"folder: .* ([\d.]+) MiB in", out).group(1))
        mb = float(re.search(r"archive: .* ([\d.]+) MB \(", out).group(1))
        assert mib <= FOLDER_MIB_MAX, (mib, mb)
        assert 10 < mb <= ARCHIVE_MB_MAX, (mib, mb)
