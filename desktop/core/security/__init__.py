"""Users and roles, the audit chain, backups, and personal-data protection (PIPL)."""
from desktop.core.sync.exchange import register_local_only

# Password hashes never leave this PC in a sync bundle.
register_local_only("security_user")
