"""Long jobs on a worker thread with a progress dialog.

The job function runs in the worker with its own Store on the same file (SQLite in WAL
mode lets the GUI keep reading meanwhile): `fn(store, progress, *args)` where
`progress(done, total, message)` may be called freely and raises JobCancelled when the
clerk pressed 取消. With db_path None the job gets no store (fn(None, progress, *args)):
for work on the file itself, such as a restore.
"""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from db.errors import CunwuError
from desktop.core import open_store
from desktop.ui.errors import log_exception, show_error
from desktop.ui.i18n import core_text


class JobCancelled(CunwuError):
    def __init__(self):
        super().__init__(QCoreApplication.translate("Jobs", "已取消，没有写入任何数据。"))


class _Worker(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)     # the exception: shown by errors.show_error in the GUI thread

    def __init__(self, db_path, actor: str, fn: Callable[..., Any], args: tuple, role: str | None = None):
        super().__init__()
        self.db_path, self.actor, self.fn, self.args, self.role = db_path, actor, fn, args, role
        self.cancelled = False

    def run(self) -> None:
        store = None
        try:
            if self.db_path is not None:
                store = open_store(self.db_path)
                store.actor = self.actor
                if self.role:       # the worker's store writes and sees as the logged-in user
                    from desktop.core.security.users import apply_session
                    apply_session(store, self.actor, self.role)
            result = self.fn(store, self._progress, *self.args)
            self.finished.emit(result)
        except CunwuError as exc:
            self.failed.emit(exc)
        except Exception as exc:  # a bug, but never a traceback in the clerk's face
            import traceback
            traceback.print_exc()
            self.failed.emit(exc)
        finally:
            if store is not None:
                store.close()

    def _progress(self, done: int, total: int, message: str = "") -> None:
        if self.cancelled:
            raise JobCancelled()
        self.progressed.emit(done, total, message)


_RUNNING: set["Job"] = set()


def stop_jobs() -> None:
    """When the program exits (the clerk closed the window mid-job): stop each running job at
    its next progress report, so its transaction rolls back, and wait for its thread; a
    thread still running when Python drops it makes Qt abort the whole process."""
    for job in list(_RUNNING):
        job.worker.cancelled = True
        job.thread.quit()
        job.thread.wait()
    _RUNNING.clear()


class Job(QObject):
    """Keep a reference until `done` or `error` fires."""
    done = Signal(object)
    error = Signal(str)

    def __init__(self, parent: QWidget, title: str, db_path, fn, *args, actor: str = "gui",
                 show_errors: bool = True):
        super().__init__(parent)
        self.thread = QThread()
        session = _session_of(parent)
        if session is not None:
            actor = session[0] if actor == "gui" else actor
        self.worker = _Worker(db_path, actor, fn, args, role=session[1] if session else None)
        self.worker.moveToThread(self.thread)
        self.dialog = QProgressDialog(title, self.tr("取消"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.canceled.connect(self._cancel)
        self.thread.started.connect(self.worker.run)
        self.worker.progressed.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self._show_errors = show_errors
        self._last_message = ""
        self._parent = parent

    def start(self) -> "Job":
        _RUNNING.add(self)
        self.thread.start()
        return self

    def _cancel(self) -> None:
        self.worker.cancelled = True

    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(done)
        if message and message != self._last_message:
            # The core's progress lines are Chinese (正在导入第 12 行…): said in the interface's language.
            self._last_message = message
            self.dialog.setLabelText(core_text(message))

    def _stop(self) -> None:
        _RUNNING.discard(self)
        self.thread.quit()
        self.thread.wait()
        self.dialog.reset()
        self.dialog.hide()

    def _on_finished(self, result: object) -> None:
        self._stop()
        self.done.emit(result)

    def _on_failed(self, exc: Exception) -> None:
        self._stop()
        if not isinstance(exc, CunwuError):
            log_exception(type(exc), exc, exc.__traceback__)      # a bug: its traceback goes to the log file
        if self._show_errors:
            show_error(self._parent, exc)
        self.error.emit(failure_text(exc))


def failure_text(exc: Exception) -> str:
    """A job's failure in one line: the core's own words, or what went wrong inside."""
    if isinstance(exc, CunwuError):
        return core_text(exc)
    return QCoreApplication.translate("Jobs", "内部错误：%1").replace("%1", f"{type(exc).__name__}: {exc}")


def _session_of(widget) -> tuple[str, str | None] | None:
    """(actor, role) of the window's logged-in user: a job sees and writes only what they may."""
    while widget is not None:
        ctx = getattr(widget, "ctx", None)
        store = getattr(ctx, "store", None)
        if store is not None:
            return store.actor, store.role
        widget = widget.parentWidget() if hasattr(widget, "parentWidget") else None
    return None


def run_job(parent: QWidget, title: str, db_path, fn, *args, **kw) -> Job:
    return Job(parent, title, db_path, fn, *args, **kw).start()


def run_and_wait(parent: QWidget | None, title: str, fn, *args) -> Any:
    """Run fn(None, progress, *args) on a worker with the progress dialog and wait for it
    (for work the program cannot go on without, such as upgrading the file at start);
    returns its result or raises CunwuError with the worker's message."""
    from PySide6.QtCore import QEventLoop
    outcome: dict[str, Any] = {}
    loop = QEventLoop()
    job = Job(parent, title, None, fn, *args, show_errors=False)
    job.done.connect(lambda result: (outcome.update(result=result), loop.quit()))
    job.error.connect(lambda message: (outcome.update(error=message), loop.quit()))
    job.start()
    if not outcome:
        loop.exec()
    if "error" in outcome:
        raise CunwuError(outcome["error"])
    return outcome["result"]
