"""Users and roles, the audit chain, backups, and personal-data protection (PIPL)."""
from db.store import register_secret_columns
from desktop.core.sync.registry import register_sync

# Password hashes never leave this PC in a sync bundle.
register_sync(local_only=["security_user"])

# Password hashes never enter the change log either: it records that a password changed.
register_secret_columns("security_user", "pw_hash")
# Anonymisations redact older log entries wherever they are logged, here or from a bundle.
from desktop.core.security import anonymise  # noqa: E402,F401
