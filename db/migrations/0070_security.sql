-- Users and roles. Passwords: scrypt (memory-hard, in the standard library), per-user salt.
CREATE TABLE security_user (
    id            TEXT PRIMARY KEY,
    site_id       TEXT NOT NULL,
    username      TEXT NOT NULL,
    display_name  TEXT NOT NULL DEFAULT '',
    role          TEXT NOT NULL CHECK (role IN ('admin', 'clerk', 'supervisor', 'township')),
    pw_hash       TEXT NOT NULL,              -- scrypt$n$r$p$salt_hex$hash_hex
    failed_count  INTEGER NOT NULL DEFAULT 0,
    locked_until  TEXT,                       -- UTC ISO time; NULL when not locked
    active        INTEGER NOT NULL DEFAULT 1,
    last_login    TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE UNIQUE INDEX security_user_name ON security_user(site_id, username);
