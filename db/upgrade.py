"""The first open after an update: a verified backup of the file as it was, and the
migrations, committed together only once that backup has passed its check.

On a big file both take long (a million people: a 2.7 GB copy and its quick_check, and
migrations that rewrite the person table), so they run side by side on the two cores: the
migrations on the caller's connection inside one BEGIN IMMEDIATE transaction, the backup on a
worker thread. While that transaction is open nobody else can commit, and in WAL mode nothing
reaches the data file before a commit, so the file's bytes stay the pre-migration state the
whole time: the worker copies them as they are and checks the copy. A backup that fails or
is cancelled, or a migration that fails, rolls the whole transaction back: the file is left
exactly as it was.
"""
from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

from db import migrate, wal_checkpoint
from db.backup import BackupCheckFailed, backup_file, copy_quiet_file
from db.errors import CunwuError
from db.progress import Progress


def upgrade(conn: sqlite3.Connection, path: Path, todo: list[migrate.Migration], backup_dir: Path,
            progress: Progress | None = None) -> None:
    """Back `path` up into backup_dir (quick_check) and apply `todo` on conn. progress hears the
    backup's steps, then the migration running; it may raise to stop until the backup is
    verified (nothing changes), and is not listened to after that (the upgrade runs to its end)."""
    progress = progress or (lambda *a: None)
    if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        # A rollback journal lets a big transaction write into the file before it commits:
        # no copying alongside, the backup comes first.
        backup_file(path, backup_dir, reason="pre-migration", check="quick",
                    progress=lambda done, total, message: progress(done, total, f"升级数据文件结构前先备份：{message}"))
        migrate.apply(conn, todo, unstoppable(progress))
        return
    # Every committed page into the file itself (another window's last writes may sit in the WAL).
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("BEGIN IMMEDIATE")
    # Holding the write lock now; an empty WAL means the file's bytes are the whole snapshot.
    # Else (another program keeps a read open, so the WAL could not be emptied) the worker
    # copies the snapshot with the backup API through a connection of its own.
    quiet = wal_checkpoint.wal_bytes(path) == 0
    job = _BackupJob(path, backup_dir, quiet)
    relay = _Relay(job, progress)
    job.start()
    conn.set_progress_handler(relay.tick, 20000)
    try:
        try:
            migrate.run(conn, todo, relay.migration)
        except sqlite3.Error as exc:
            if relay.reason() is not None:
                raise
            key = todo[relay.migrating[0]].key if relay.migrating else "?"
            raise CunwuError(f"数据文件结构升级失败（{key}：{exc}），升级已全部撤销，数据文件保持原样。"
                             "请把这条信息告诉技术支持。") from exc
        while not job.finished.wait(0.1):
            if relay.tick():
                break
        relay.tick()        # the last word from the backup (备份完成), then the running migration
        relay.raise_if_stopped()
        _commit(conn, path)
    except BaseException:
        job.stop.set()
        job.join()
        if conn.in_transaction:      # a failed COMMIT may have ended it already
            conn.execute("ROLLBACK")
        stopped = relay.reason()
        if stopped is not None:
            raise stopped from None     # the migrations were interrupted because of it
        raise
    finally:
        conn.set_progress_handler(None, 0)


def _commit(conn: sqlite3.Connection, path: Path) -> None:
    """COMMIT; a big WAL is copied into the file afterwards on a thread (db/wal_checkpoint.py)."""
    if wal_checkpoint.wal_bytes(path) < wal_checkpoint.BACKGROUND_WAL_BYTES:
        conn.execute("COMMIT")
        return
    every = conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    conn.execute("PRAGMA wal_autocheckpoint=0")
    try:
        conn.execute("COMMIT")
    finally:
        conn.execute(f"PRAGMA wal_autocheckpoint={int(every)}")
    wal_checkpoint.in_background(path)


class _Stop(Exception):
    """The upgrade stopped (cancelled, or a migration failed): the worker drops its copy."""


class _BackupJob(threading.Thread):
    def __init__(self, path: Path, backup_dir: Path, quiet: bool):
        super().__init__(name="pre-migration backup", daemon=True)
        self.path, self.backup_dir, self.quiet = path, backup_dir, quiet
        self.stop = threading.Event()
        self.finished = threading.Event()
        self.steps: list[tuple[int, int, str]] = []
        self.status = (0, 100, "")
        self.error: BaseException | None = None
        self.result: Path | None = None

    def _progress(self, done: int, total: int, message: str) -> None:
        if self.stop.is_set():
            raise _Stop()
        if not self.steps or self.steps[-1][2] != message:
            self.steps.append((done, total, message))     # each step is told, however short
        self.status = (done, total, message)

    def run(self) -> None:
        try:
            make = copy_quiet_file if self.quiet else backup_file
            self.result = make(self.path, self.backup_dir, reason="pre-migration", check="quick",
                               progress=self._progress)
        except BaseException as exc:      # handed to the upgrading thread
            self.error = exc
        finally:
            self.finished.set()


class _Relay:
    """Tells the caller's progress, on the caller's thread, what the worker is doing; stops the
    migrations (a non-zero return from SQLite's progress handler) when the caller cancels or
    the backup failed."""

    def __init__(self, job: _BackupJob, progress: Progress):
        self.job, self.progress = job, progress
        self.cancelled: BaseException | None = None
        self.migrating: tuple[int, int, str] | None = None
        self.announced = False
        self.told = 0
        self.last = 0.0

    def migration(self, done: int, total: int, message: str) -> None:
        self.migrating = (done, total, message)
        if self.announced:
            unstoppable(self.progress)(*self.migrating)

    def tick(self) -> int:
        if self.cancelled is not None or self.job.error is not None:
            return 1
        if self.announced:
            return 0
        finished = self.job.finished.is_set()     # before reading its steps: then they are all there
        try:
            while self.told < len(self.job.steps):
                self._say(self.job.steps[self.told])
                self.told += 1
            if time.monotonic() - self.last >= 0.2:
                self._say(self.job.status)
        except BaseException as exc:    # the clerk cancelled: raised once the transaction is undone
            self.cancelled = exc
            return 1
        if finished and self.job.error is None:
            self.announced = True       # from here on the upgrade runs to its end
            if self.migrating:
                unstoppable(self.progress)(*self.migrating)
        return 0

    def _say(self, status: tuple[int, int, str]) -> None:
        self.last = time.monotonic()
        done, total, message = status
        if message:
            self.progress(done, total, f"升级数据文件结构前先备份：{message}")

    def reason(self) -> BaseException | None:
        """Why the upgrade stopped, when the migrations did not fail of themselves."""
        if self.cancelled is not None:
            return self.cancelled
        error = self.job.error
        if error is None or isinstance(error, _Stop):
            return None
        if isinstance(error, BackupCheckFailed):
            detail = str(error).removeprefix("备份校验失败：")
            return BackupCheckFailed(
                f"升级数据文件结构前的备份没有通过校验（{detail}），所以没有升级，数据文件保持原样。"
                "这说明数据文件本身可能已损坏：请运行 cunwu check 检查，必要时用 cunwu restore 从较早的备份恢复。")
        return error

    def raise_if_stopped(self) -> None:
        stopped = self.reason()
        if stopped is not None:
            raise stopped


def unstoppable(progress: Progress) -> Progress:
    def report(done: int, total: int, message: str) -> None:
        try:
            progress(done, total, message)
        except Exception:
            pass
    return report
