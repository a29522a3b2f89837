"""Files the clerk saves while Excel, WPS or a PDF reader holds them open (issue 20 point 2),
simulated on Linux: Windows reports a sharing violation as WinError 32, which Python also maps
to errno EACCES ("no permission"), so the Windows code must be read first; and every export
path goes through the one safe writer (db/files.py), which names the file and leaves neither
a temporary file nor a half-written target."""
from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from db.errors import CunwuError, os_reason
from db.files import FileWriteError, write_bytes, write_with
from tests.support.readonly import read_only_folder

IN_USE = "文件正被其他程序（如 Excel、WPS）打开，请关闭后重试"


class WindowsPermissionError(PermissionError):
    """What Python raises on Windows: errno EACCES plus the native code in .winerror (on Linux
    OSError never sets .winerror, so the tests set it)."""

    def __init__(self, winerror: int, filename: str = "f"):
        super().__init__(errno.EACCES, "Permission denied", filename)
        self.winerror = winerror


@pytest.mark.parametrize("winerror, reason", [
    (32, IN_USE), (33, IN_USE), (5, "没有权限"), (19, "该位置写保护（U盘的写保护开关？）"), (112, "磁盘已满"),
])
def test_the_windows_code_is_read_before_errno(winerror, reason):
    assert os_reason(WindowsPermissionError(winerror)) == reason


def test_linux_errors_keep_their_reasons():
    assert os_reason(PermissionError(errno.EACCES, "Permission denied")) == "没有权限"
    assert os_reason(OSError(errno.EROFS, "Read-only file system")) == "该位置只读"


def _held_open(monkeypatch, winerror: int):
    """os.replace onto the target refused as Windows refuses it while Excel has the file open."""
    real = os.replace

    def replace(src, dst, *args, **kwargs):
        if Path(dst).exists():
            raise WindowsPermissionError(winerror, str(dst))
        return real(src, dst, *args, **kwargs)
    monkeypatch.setattr(os, "replace", replace)


@pytest.mark.parametrize("winerror", [32, 5])
def test_target_open_in_excel_is_named_and_kept(tmp_path, monkeypatch, winerror):
    target = tmp_path / "花名册.xlsx"
    target.write_bytes(b"old")
    _held_open(monkeypatch, winerror)
    with pytest.raises(FileWriteError) as caught:
        write_bytes(target, b"new")
    message = str(caught.value)
    assert str(target) in message and IN_USE in message and "原来的同名文件保持不变" in message
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["花名册.xlsx"]      # no temporary file left


def test_failure_while_writing_leaves_nothing(tmp_path):
    target = tmp_path / "out.pdf"

    def save(tmp: Path) -> None:
        tmp.write_bytes(b"half")
        raise OSError(errno.ENOSPC, "No space left on device")
    with pytest.raises(FileWriteError, match="磁盘已满.*目标位置没有留下不完整的文件"):
        write_with(target, save)
    assert list(tmp_path.iterdir()) == []


def test_a_bug_in_the_writer_is_not_disguised_but_cleans_up(tmp_path):
    def save(tmp: Path) -> None:
        tmp.write_bytes(b"half")
        raise ValueError("bug")
    with pytest.raises(ValueError):
        write_with(tmp_path / "out.xlsx", save)
    assert list(tmp_path.iterdir()) == []


def test_read_only_folder_is_refused_in_chinese(tmp_path):
    with read_only_folder(tmp_path / "stick") as stick:
        with pytest.raises(FileWriteError) as caught:
            write_bytes(stick / "公示.pdf", b"%PDF")
        assert str(stick / "公示.pdf") in str(caught.value)
        assert "该位置只读" in str(caught.value) or "没有权限" in str(caught.value)
        assert list(stick.iterdir()) == []


def _care_monthly(store, path):
    from desktop.core.care import export_xlsx, places, report
    place = places.list_places(store)[0]
    return export_xlsx.export_monthly(report.monthly_report(store, place["id"], "2026-03"), path)


def _care_pdf(store, path):
    from desktop.core.care import places, report_pdf
    return report_pdf.write_monthly_pdf(store, places.list_places(store)[0]["id"], "2026-03", path)


def _funds_xlsx(store, path):
    from desktop.core.funds import report, xlsx
    return xlsx.write_xlsx(report.build_report(store, "2025-Q1"), path)


def _redwhite_xlsx(store, path):
    from desktop.core.redwhite import export
    return export.export_year(store, 2025, path)


def _roster_xlsx(store, path):
    from desktop.core.roster import excel_export
    return excel_export.export_roster(store, path)


def _notice_pdf(store, path):
    from desktop.core.notices import selftest_render
    return selftest_render(store, path)


def _key_card(store, path):
    from desktop.core.sync import peers
    return peers.write_card(store, path)


def _sealed_export(store, path):
    from desktop.core.security.privacy import encrypt_file
    plain = path.with_name("plain.txt")
    plain.write_text("x")
    try:
        return encrypt_file(plain, "a long passphrase", path)
    finally:
        plain.unlink()


@pytest.mark.parametrize("export, name", [
    (_care_monthly, "幸福院2026-03.xlsx"), (_care_pdf, "月报表.pdf"), (_funds_xlsx, "财务公开表.xlsx"),
    (_redwhite_xlsx, "红白事统计-2025.xlsx"), (_roster_xlsx, "花名册.xlsx"), (_notice_pdf, "公示.pdf"),
    (_key_card, "密钥卡.json"), (_sealed_export, "导出.cunwu-enc"),
])
def test_every_export_path_refuses_cleanly_when_the_file_is_held(demo_store, tmp_path, monkeypatch, export, name):
    out = tmp_path / "out"
    out.mkdir()
    target = out / name
    target.write_bytes(b"old")
    _held_open(monkeypatch, 32)
    with pytest.raises(CunwuError) as caught:
        export(demo_store, target)
    assert str(target) in str(caught.value) and IN_USE in str(caught.value)
    assert target.read_bytes() == b"old"
    assert [p.name for p in out.iterdir()] == [name]
    monkeypatch.undo()
    export(demo_store, target)
    assert target.read_bytes() != b"old"                            # and it works once closed


def test_cli_names_the_held_file_without_a_traceback(demo_db, tmp_path, monkeypatch, capsys):
    import shutil
    from desktop.cli import main
    db = tmp_path / "demo.sqlite"
    shutil.copy(demo_db, db)
    target = tmp_path / "花名册.xlsx"
    target.write_bytes(b"old")
    _held_open(monkeypatch, 32)
    assert main(["--db", str(db), "roster", "export", str(target)]) == 1
    err = capsys.readouterr().err
    assert IN_USE in err and str(target) in err and "Traceback" not in err and "内部错误" not in err


def test_care_excel_export_in_the_gui_shows_the_reason_not_an_internal_error(
        qtbot, demo_store, tmp_path, monkeypatch, message_boxes):
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QFileDialog
    from desktop.ui.context import AppContext
    from desktop.ui.pages.care import Page
    page = Page(AppContext(demo_store, Path(demo_store.path)))
    qtbot.addWidget(page)
    page.bar.month.setDate(QDate(2026, 3, 1))
    target = tmp_path / "幸福院.xlsx"
    target.write_bytes(b"old")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    _held_open(monkeypatch, 32)
    page.report._export_xlsx()
    shown = message_boxes
    assert [kind for kind, _ in shown] == ["warning"]
    assert IN_USE in shown[0][1] and str(target) in shown[0][1]
    assert target.read_bytes() == b"old"
