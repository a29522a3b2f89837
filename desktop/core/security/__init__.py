"""Users and roles, the audit chain, backups, and personal-data protection (PIPL)."""
