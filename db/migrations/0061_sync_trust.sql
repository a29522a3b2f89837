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

-- Where each office's history stood when its bundles arrived (issue 14): the hash of its
-- change_log entry with that site_seq, signed in the bundle. A later bundle must show the same
-- hash at every one of these points, or its history was rewritten (or restored from an old
-- backup). A 'reset' row is the township's explicit acceptance of a new history from that seq.
CREATE TABLE sync_head (
    id             TEXT PRIMARY KEY,
    site_id        TEXT NOT NULL,
    peer_id        TEXT NOT NULL,                -- sync_peer.id (local) whose bundle brought it
    origin_site_id TEXT NOT NULL,
    seq            INTEGER NOT NULL,             -- the origin's site_seq
    hash           TEXT NOT NULL,                -- change_log.hash of that entry at the origin
    bundle_id      TEXT NOT NULL DEFAULT '',
    reset          INTEGER NOT NULL DEFAULT 0,   -- 1: accepted by the clerk as a new start
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX sync_head_origin ON sync_head(site_id, origin_site_id, seq);
