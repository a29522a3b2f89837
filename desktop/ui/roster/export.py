"""导出到 Excel: the current filter or the whole roster, written on a worker thread."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.core import village
from desktop.core.roster import search
from desktop.core.roster.excel_export import export_roster
from desktop.ui.jobs import Job, run_job
from desktop.ui.kit.files import open_folder
from desktop.ui.roster.table_model import RosterFilter
from desktop.core.filenames import safe_filename

# Spelled out at each call (context and text literal) so lupdate extracts them.
translate = QCoreApplication.translate



def _export(store, progress, path: str, flt: RosterFilter) -> tuple[int, str]:
    n = export_roster(store, path, query=flt.query, progress=progress, **flt.kwargs())
    return n, path


def choose_scope(parent: QWidget, ctx, flt: RosterFilter) -> RosterFilter | None:
    """With a filter active, ask whether to export just those people or everyone."""
    if flt == RosterFilter():
        return flt
    n = search.count(ctx.store, flt.query, **flt.kwargs())
    box = QMessageBox(parent)
    box.setWindowTitle(translate("RosterExport", "导出到 Excel"))
    box.setText(translate("RosterExport", "现在花名册按条件筛选出 %1 人。要导出哪些人？").replace("%1", str(n)))
    filtered = box.addButton(translate("RosterExport", "只导出筛选出的 %1 人").replace("%1", str(n)), QMessageBox.AcceptRole)
    whole = box.addButton(translate("RosterExport", "导出全部"), QMessageBox.AcceptRole)
    box.addButton(translate("RosterExport", "取消"), QMessageBox.RejectRole)
    box.exec()
    if box.clickedButton() is filtered:
        return flt
    if box.clickedButton() is whole:
        return RosterFilter()
    return None


def start_export(parent: QWidget, ctx, flt: RosterFilter, path: str | Path) -> Job:
    job = run_job(parent, translate("RosterExport", "正在导出花名册"), ctx.db_path, _export, str(path), flt)
    job.done.connect(lambda result: _done(parent, result))
    return job


def _done(parent: QWidget, result: tuple[int, str]) -> None:
    n, path = result
    box = QMessageBox(parent)
    box.setWindowTitle(translate("RosterExport", "导出完成"))
    box.setText(translate("RosterExport", "已导出 %1 人到：\n%2").replace("%1", str(n)).replace("%2", Path(path).name))
    box.setDetailedText(path)
    open_btn = box.addButton(translate("RosterExport", "打开所在文件夹"), QMessageBox.ActionRole)
    box.addButton(translate("RosterExport", "关闭"), QMessageBox.RejectRole)
    box.exec()
    if box.clickedButton() is open_btn:
        open_folder(parent, Path(path).parent)


def export_roster_dialog(parent: QWidget, ctx, flt: RosterFilter) -> Job | None:
    scope = choose_scope(parent, ctx, flt)
    if scope is None:
        return None
    name = safe_filename(f"{village.site_info(ctx.store)['name']}花名册-{date.today():%Y%m%d}.xlsx")
    path, _ = QFileDialog.getSaveFileName(parent, translate("RosterExport", "导出到 Excel"), str(Path.home() / name),
                                          translate("RosterExport", "Excel 工作簿 (*.xlsx)"))
    if not path:
        return None
    return start_export(parent, ctx, scope, path)
