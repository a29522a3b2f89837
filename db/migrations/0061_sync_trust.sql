-- Trust between offices: bundles refused after their signature was verified (kept in the
-- sync history; the township's records stay as they were).
CREATE TABLE sync_refusal (
    id          TEXT PRIMARY KEY,
    site_id     TEXT NOT NULL,
    peer_id     TEXT NOT NULL,                  -- sync_peer.id (local) of the signer
    bundle_id   TEXT NOT NULL,
    bundle_no   INTEGER NOT NULL,
    reason      TEXT NOT NULL,                  -- the Chinese message shown to the clerk
    table_name  TEXT NOT NULL DEFAULT '',       -- the record the refusal names, if any
    record_id   TEXT NOT NULL DEFAULT '',
    file        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX sync_refusal_peer ON sync_refusal(peer_id, created_at);
