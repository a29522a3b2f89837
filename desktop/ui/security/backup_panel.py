"""Backups: when the last one was made (warned when old), make one now, choose the folder
(e.g. a USB stick), restore one; and check the file (`cunwu check`) with a progress bar."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QLabel, QMessageBox,
                               QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from desktop.core.security import backups
from desktop.core.security.visibility import may_take_whole_file, require_whole_file
from desktop.ui.jobs import run_job
from desktop.ui.flow_row import FlowRow
from desktop.ui.i18n import core_text
from desktop.ui.kit.files import open_folder
from desktop.ui.ops import announce, run_op
from desktop.ui.screen_fit import fit_window


class BackupPanel(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        ctx.follow(self)
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setObjectName("backup_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row = FlowRow()
        for text, slot, name, tip in [
                (self.tr("立即备份"), self.backup_now, "backup_now", self.tr("把数据文件完整复制一份到备份文件夹")),
                (self.tr("选择备份文件夹…"), self.choose_folder, "backup_folder",
                 self.tr("可以选 U 盘上的文件夹，备份就会存到 U 盘")),
                (self.tr("打开备份文件夹"), self.open_folder, "backup_open", self.tr("在文件管理器中查看备份")),
                (self.tr("从备份恢复…"), self.restore, "backup_restore",
                 self.tr("用一份备份替换现在的数据（现在的数据会先另存一份）")),
                (self.tr("检查数据文件"), self.check_file, "check_file",
                 self.tr("检查文件是否完好、变更记录是否未被改动、各项数据是否一致（与 cunwu check 相同）"))]:
            b = QPushButton(text)
            b.setObjectName(name)
            b.setToolTip(tip)
            b.clicked.connect(slot)
            # Backups and restore carry every personal field, and the check names any record it
            # finds edited: admin and clerk only (visibility).
            if name in ("backup_now", "backup_restore", "check_file") and not may_take_whole_file(ctx.store):
                b.setEnabled(False)
                b.setToolTip(self.tr("备份、恢复和检查涉及全部个人敏感信息，只有管理员和村务员可以操作。"))
            row.addWidget(b)
        self.full_check = QCheckBox(self.tr("完整检查（较慢）"))
        self.full_check.setObjectName("check_full")
        self.full_check.setToolTip(self.tr("逐页比对全部索引并重放全部变更记录；百万人的数据文件要几分钟"))
        row.addWidget(self.full_check)
        row.addStretch(1)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        status = backups.backup_status(self.ctx.store)
        last = status["last"]
        text = self.tr("备份文件夹：") + str(status["folder"]) + "\n"
        if last is None:
            text += self.tr("还没有备份。")
        else:
            text += self.tr("最近一次备份：") + last.strftime("%Y-%m-%d %H:%M")
        if status["stale"]:
            text += "\n" + self.tr("注意：已超过 7 天没有备份，请立即备份！")
            self.status.setStyleSheet("color: #b00020; font-weight: bold")
        else:
            self.status.setStyleSheet("")
        self.status.setText(text)

    def backup_now(self) -> None:
        """On a worker thread: a township file of 1,000,000 people takes about a minute."""
        if not run_op(self, None, require_whole_file, self.ctx.store, self.tr("备份数据文件")):
            return
        self.job = run_op(self, "backup", _backup_job, progress=self.tr("正在备份"), on_done=self._backed_up)

    def _backed_up(self, out) -> None:
        # The file by name: the panel shows the folder, 打开备份文件夹 opens it.
        QMessageBox.information(self, self.tr("已备份"), self.tr("已备份并校验：") + Path(out).name)

    def check_file(self) -> None:
        """On a worker thread with a progress bar: a county file takes half a minute, --full minutes."""
        if not run_op(self, None, require_whole_file, self.ctx.store, self.tr("检查数据文件")):
            return
        self.job = run_op(self, None, _check_job, self.full_check.isChecked(), progress=self.tr("正在检查数据文件"),
                          on_done=self._checked)

    def _checked(self, results: list[dict]) -> None:
        # Each check's name and detail are the core's words: in the interface's language.
        bad = [r for r in results if not r["ok"]]
        lines = "\n".join(("✔ " if r["ok"] else "✘ ") + self.tr("%1：%2").replace("%1", core_text(r["name"]))
                          .replace("%2", self.tr("正常") if r["detail"] == "ok" else core_text(r["detail"]))
                          for r in results)
        self.result_box = CheckResultDialog(
            self.tr("检查未通过") if bad else self.tr("检查通过"),
            (self.tr("发现问题：") + self.tr("；").join(core_text(r["name"]) for r in bad)) if bad
            else self.tr("数据文件完好，变更记录未被改动，各项数据一致。"), lines, bool(bad), self)
        self.result_box.open()

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择备份文件夹"),
                                                  str(backups.backup_folder(self.ctx.store)))
        if not folder:
            return
        run_op(self, "backup", backups.set_backup_folder, self.ctx.store, folder)

    def open_folder(self) -> None:
        open_folder(self, backups.backup_folder(self.ctx.store))

    def restore(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择备份文件"), str(backups.backup_folder(self.ctx.store)),
                                              self.tr("村务通备份 (*.sqlite)"))
        if not path:
            return
        if not run_op(self, None, require_whole_file, self.ctx.store, self.tr("恢复备份")):
            return
        if QMessageBox.question(self, self.tr("确认恢复"),
                                self.tr("用这份备份替换现在的数据？现在的数据会先另存一份。恢复后程序需要重新打开数据文件。")) \
                != QMessageBox.Yes:
            return
        store = self.ctx.store
        self._session = (store.actor, store.role)
        db_path = Path(store.path)
        store.close()
        self.job = run_job(self, self.tr("正在恢复"), None, _restore_job, db_path, Path(path))
        self.job.done.connect(lambda saved: self._restored(db_path, saved, ""))
        self.job.error.connect(lambda message: self._restored(db_path, None, message))

    def _restored(self, db_path: Path, saved, problem: str) -> None:
        """Reopen the file (restored or, after a refusal, as it was) with the same user's rights."""
        from desktop.core import open_store
        from desktop.core.security import users
        actor, role = self._session
        self.ctx.store = open_store(db_path)
        if role:
            users.apply_session(self.ctx.store, actor, role)
        else:
            self.ctx.store.actor = actor
        announce(self.ctx, "all")
        if not problem:
            text = self.tr("已恢复。")
            if saved:
                text += self.tr("恢复前的数据已另存为：") + Path(saved).name
            QMessageBox.information(self, self.tr("已恢复"), text)


class CheckResultDialog(QDialog):
    """What `cunwu check` found: the verdict on top, each check on its own line below, all
    readable (a message box kept them in three narrow lines behind 显示详细信息)."""

    def __init__(self, title: str, verdict: str, lines: str, bad: bool, parent=None):
        super().__init__(parent)
        self.setObjectName("check_result")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.verdict = QLabel(verdict)
        self.verdict.setWordWrap(True)
        if bad:
            self.verdict.setStyleSheet("color: #b00020; font-weight: bold")
        layout.addWidget(self.verdict)
        self.details = QPlainTextEdit(lines)
        self.details.setReadOnly(True)
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("确定"))
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        fit_window(self, "check_result", 760, 460)

    def text(self) -> str:
        return self.verdict.text()

    def detailedText(self) -> str:
        return self.details.toPlainText()


def _backup_job(store, progress):
    return backups.auto_backup(store, "manual", progress=progress)


def _check_job(store, progress, full: bool):
    from desktop.core.checks import run_checks
    return run_checks(store, full=full, progress=progress)


def _restore_job(_store, progress, db_path: Path, backup: Path):
    return backups.restore(db_path, backup, progress)
