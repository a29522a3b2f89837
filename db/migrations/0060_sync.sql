-- Sync with the township: keys, peers, what each side holds and has acknowledged,
-- the exchange log, concurrent-edit records, reference-data marks, monthly reports.

-- This installation's Ed25519 key pair (hex). Local only: never leaves the machine.
CREATE TABLE sync_key (
    id          TEXT PRIMARY KEY,
    site_id     TEXT NOT NULL,
    public_key  TEXT NOT NULL,
    secret_key  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- Installations this one exchanges bundles with (a village's township; a township's villages).
-- A township's own rows double as the list of villages that flows down as reference data.
CREATE TABLE sync_peer (
    id            TEXT PRIMARY KEY,
    site_id       TEXT NOT NULL,                 -- who registered the peer
    peer_site_id  TEXT,                          -- learnt from its key card or first bundle
    name          TEXT NOT NULL,
    division_code TEXT NOT NULL DEFAULT '',
    role          TEXT NOT NULL CHECK (role IN ('village', 'township')),
    relation      TEXT NOT NULL CHECK (relation IN ('parent', 'child')),
    public_key    TEXT NOT NULL,
    active        INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE UNIQUE INDEX sync_peer_key ON sync_peer(site_id, public_key);

-- Per origin site: through which site_seq this installation has received its stream.
CREATE TABLE sync_origin (
    id             TEXT PRIMARY KEY,
    site_id        TEXT NOT NULL,
    origin_site_id TEXT NOT NULL,
    through_seq    INTEGER NOT NULL,
    via_peer_id    TEXT NOT NULL DEFAULT '',     -- sync_peer.id whose bundles bring this stream
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE UNIQUE INDEX sync_origin_site ON sync_origin(site_id, origin_site_id);

-- What a peer has confirmed it holds, per origin site (from the acks in its bundles).
CREATE TABLE sync_ack (
    id             TEXT PRIMARY KEY,
    site_id        TEXT NOT NULL,
    peer_id        TEXT NOT NULL,                -- sync_peer.id (local)
    origin_site_id TEXT NOT NULL,
    acked_seq      INTEGER NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE UNIQUE INDEX sync_ack_peer ON sync_ack(site_id, peer_id, origin_site_id);

-- Every bundle written or imported here, with its plain-language summary.
CREATE TABLE sync_exchange (
    id           TEXT PRIMARY KEY,
    site_id      TEXT NOT NULL,
    direction    TEXT NOT NULL CHECK (direction IN ('out', 'in')),
    peer_id      TEXT NOT NULL,                  -- sync_peer.id (local)
    bundle_id    TEXT NOT NULL,
    bundle_no    INTEGER NOT NULL,
    ranges       TEXT NOT NULL,                  -- JSON {origin: {"from": a, "to": b}}
    change_count INTEGER NOT NULL,
    summary      TEXT NOT NULL DEFAULT '{}',     -- JSON
    file         TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX sync_exchange_peer ON sync_exchange(peer_id, direction);
CREATE INDEX sync_exchange_bundle ON sync_exchange(bundle_id);

-- A concurrent edit of the same field: which value won and which was overridden.
CREATE TABLE sync_conflict (
    id              TEXT PRIMARY KEY,
    site_id         TEXT NOT NULL,
    table_name      TEXT NOT NULL,
    record_id       TEXT NOT NULL,
    column_name     TEXT NOT NULL,
    kept_value      TEXT,                        -- JSON
    kept_origin     TEXT NOT NULL,
    kept_ts         TEXT NOT NULL,
    lost_value      TEXT,                        -- JSON
    lost_origin     TEXT NOT NULL,
    lost_ts         TEXT NOT NULL,
    bundle_id       TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

-- Reference data a township sends down: a whole table (record_id NULL) or one record.
CREATE TABLE sync_reference (
    id          TEXT PRIMARY KEY,
    site_id     TEXT NOT NULL,
    table_name  TEXT NOT NULL,
    record_id   TEXT,
    active      INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- Monthly report (上报) of one village for one month; data is JSON from the report registry.
CREATE TABLE sync_report (
    id           TEXT PRIMARY KEY,
    site_id      TEXT NOT NULL,
    month        TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
    state        TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'submitted')),
    version      INTEGER NOT NULL DEFAULT 0,     -- bumped at each submission
    data         TEXT NOT NULL DEFAULT '{}',
    note         TEXT NOT NULL DEFAULT '',
    submitted_at TEXT,
    submitted_by TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE UNIQUE INDEX sync_report_month ON sync_report(site_id, month);

-- The township's answer to one submission (report id + version): accepted or returned.
CREATE TABLE sync_report_review (
    id          TEXT PRIMARY KEY,
    site_id     TEXT NOT NULL,
    report_id   TEXT NOT NULL,
    version     INTEGER NOT NULL,
    decision    TEXT NOT NULL CHECK (decision IN ('accepted', 'returned')),
    comment     TEXT NOT NULL DEFAULT '',
    reviewer    TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX sync_report_review_report ON sync_report_review(report_id, version);
