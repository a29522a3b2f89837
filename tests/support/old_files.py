"""Files as an older version of Cunwu left them, so opening them runs a migration."""
from __future__ import annotations


def undo_roster_migration(store) -> None:
    """Make the file look as if written before migration 0010, then close it."""
    store.conn.execute("DELETE FROM schema_migrations WHERE key LIKE '0010_%'")
    for table in ("person_event", "person_group", "person", "household"):
        store.conn.execute(f"DROP TABLE {table}")
    store.close()
