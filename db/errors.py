"""Errors that carry a message for the clerk, in Chinese.

Every refusal a user can cause is one of these: the CLI prints `str(err)` and exits 1,
the GUI shows it in a message box. Anything else reaching the top is a bug.
"""
from __future__ import annotations


class CunwuError(Exception):
    """Base for refusals that are the user's to fix; the message is shown as is."""


class ValidationError(CunwuError):
    """Bad input for one field. `field` names it (English key), `label` in Chinese."""

    def __init__(self, message: str, field: str | None = None, row: int | None = None):
        self.field = field
        self.row = row
        self.message = message
        prefix = f"第 {row} 行：" if row is not None else ""
        super().__init__(prefix + message)


class RefusedError(CunwuError):
    """A rule forbids the action (e.g. a closed period, a deceased person)."""


class NotFoundError(CunwuError):
    """A named record does not exist."""


class SchemaTooNewError(CunwuError):
    """The file was written by a newer Cunwu; we must not touch it."""


class CorruptDatabaseError(CunwuError):
    """The file is not a healthy SQLite database."""


class DiskFullError(CunwuError):
    """The disk (or the database's size limit) is full; the transaction was rolled back."""


class PermissionDenied(CunwuError):
    """The logged-in user's role may not do this."""
