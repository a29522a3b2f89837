"""Running a core operation from the GUI, one way (after Anki's CollectionOp).

    run_op(self, "funds", ledger.post_entry, store, entry_id)

calls the core function (which opens its own transaction), shows a refusal the one way
(`errors.show_error`, the dialog stays open and nothing was written), and on success
announces the change once (`ctx.changed(area)`); each page on screen then refreshes once
(`AppContext.follow`). Views therefore neither catch CunwuError nor call ctx.changed.

With `progress="正在导入花名册"` the operation takes seconds: `fn(store, progress, *args)` runs
on a worker with its own store and a progress dialog (jobs.py); the change is announced
when it is done. `area=None` runs something that changes no shown data (print, save a
file, a check): its refusal is shown the same way, nothing is announced.
"""
from __future__ import annotations

from typing import Any, Callable

from db.errors import CunwuError
from desktop.ui.errors import log_exception, show_error


class Outcome:
    """What run_op returns for an operation run at once: true when it went through, with
    fn's result as `.value`; false when it was refused (already shown to the clerk)."""
    __slots__ = ("ok", "value", "error")

    def __init__(self, ok: bool, value: Any = None, error: Exception | None = None):
        self.ok, self.value, self.error = ok, value, error

    def __bool__(self) -> bool:
        return self.ok

    def __repr__(self) -> str:
        return f"Outcome(ok={self.ok}, value={self.value!r})"


def context_of(widget):
    """The AppContext of the window `widget` belongs to (None for a dialog opened alone)."""
    while widget is not None:
        ctx = getattr(widget, "ctx", None)
        if ctx is not None and hasattr(ctx, "changed"):
            return ctx
        widget = widget.parentWidget() if hasattr(widget, "parentWidget") else None
    return None


def run_op(parent, area: str | None, fn: Callable[..., Any], *args, progress: str | None = None,
           on_done: Callable[[Any], None] | None = None,
           on_refused: Callable[[CunwuError], None] | None = None, **kwargs):
    """Run one core operation for `parent` (a widget of the window); see the module docstring.

    At once (default): returns an Outcome (its `.error` lets a form point at the field).
    With `progress`: returns the running Job, whose `done`/`error` signals still fire.
    `on_done(result)` runs just before the change is announced (a view notes what to select
    when the announcement refreshes it). `on_refused(exc)` is for a form
    that says a refusal in its own line instead of a box (a bug is still a box)."""
    ctx = context_of(parent)
    if progress is not None:
        return _run_on_worker(parent, ctx, area, progress, fn, args, on_done, kwargs)
    try:
        value = fn(*args, **kwargs)
    except Exception as exc:  # noqa: BLE001 - a refusal or a bug: a message, never a traceback
        if not isinstance(exc, CunwuError):
            log_exception(type(exc), exc, exc.__traceback__)      # a bug: its traceback goes to the log file
        if on_refused is not None and isinstance(exc, CunwuError):
            on_refused(exc)
        else:
            show_error(parent, exc)
        return Outcome(False, error=exc)
    if on_done is not None:
        on_done(value)
    announce(ctx, area)
    return Outcome(True, value)


def announce(ctx, area: str | None) -> None:
    """Say once that `area`'s data changed (for work the UI did not start through run_op,
    such as the daily backup)."""
    if ctx is not None and area:
        ctx.changed(area)


def _run_on_worker(parent, ctx, area, title, fn, args, on_done, kwargs):
    from desktop.ui.jobs import run_job
    db_path = kwargs.pop("db_path", ctx.db_path if ctx is not None else None)
    job = run_job(parent, title, db_path, fn, *args, **kwargs)

    def finished(result):
        if on_done is not None:
            on_done(result)
        announce(ctx, area)
    job.done.connect(finished)
    return job
