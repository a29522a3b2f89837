"""Storage: the SQLite file, its numbered migrations, and the one write path (no Qt here)."""
from db.errors import CunwuError, ValidationError, RefusedError, SchemaTooNewError, CorruptDatabaseError
from db.store import Store

__all__ = ["Store", "CunwuError", "ValidationError", "RefusedError", "SchemaTooNewError",
           "CorruptDatabaseError"]
