-- Core: the installation (site), settings, the change log, village groups and grids.

CREATE TABLE site (
    id            TEXT PRIMARY KEY,          -- this installation's site id (UUID)
    site_id       TEXT NOT NULL,             -- the site that created the row (itself)
    role          TEXT NOT NULL DEFAULT 'village' CHECK (role IN ('village', 'township')),
    name          TEXT NOT NULL,             -- 村名 or 乡镇名
    division_code TEXT NOT NULL CHECK (length(division_code) = 12),
    township      TEXT NOT NULL DEFAULT '',
    county        TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

CREATE TABLE settings (
    id         TEXT PRIMARY KEY,
    site_id    TEXT NOT NULL,
    key        TEXT NOT NULL,
    value      TEXT NOT NULL,               -- JSON
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX settings_key ON settings(site_id, key);

-- Every change, in order, written in the same transaction as the change itself.
-- (site_id, site_seq) names a change everywhere: the sync bundle carries it as is.
CREATE TABLE change_log (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,   -- local order of application
    site_id    TEXT NOT NULL,                       -- site that made the change
    site_seq   INTEGER NOT NULL,                    -- that site's own counter, gap-free
    table_name TEXT NOT NULL,
    record_id  TEXT NOT NULL,
    op         TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    data       TEXT,                                -- JSON: full row on insert, changed columns on update
    actor      TEXT NOT NULL DEFAULT 'system',
    ts         TEXT NOT NULL,
    data_hash  TEXT NOT NULL DEFAULT '',            -- sha256 of data, kept when data is redacted
    prev_hash  TEXT NOT NULL DEFAULT '',            -- hash of the previous entry (by seq)
    hash       TEXT NOT NULL DEFAULT '',            -- sha256 over this entry and prev_hash
    UNIQUE (site_id, site_seq)
);
CREATE INDEX change_log_record ON change_log(table_name, record_id);

-- Append-only: the program never rewrites history. Only `data` may be replaced by the
-- redaction marker (anonymisation under PIPL); its hash stays, so the chain still checks.
CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log
BEGIN
    SELECT RAISE(ABORT, '变更记录只能追加，不能删除');
END;
CREATE TRIGGER change_log_no_update BEFORE UPDATE OF seq, site_id, site_seq, table_name, record_id,
    op, actor, ts, data_hash, prev_hash, hash ON change_log
BEGIN
    SELECT RAISE(ABORT, '变更记录只能追加，不能修改');
END;
CREATE TRIGGER change_log_redact_only BEFORE UPDATE OF data ON change_log
WHEN NEW.data IS NOT '{"_redacted": true}'
BEGIN
    SELECT RAISE(ABORT, '变更记录只能追加，不能修改');
END;

-- 村民小组
CREATE TABLE village_group (
    id         TEXT PRIMARY KEY,
    site_id    TEXT NOT NULL,
    name       TEXT NOT NULL,
    leader     TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0,
    active     INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX village_group_name ON village_group(site_id, name) WHERE active = 1;

-- 网格
CREATE TABLE grid (
    id         TEXT PRIMARY KEY,
    site_id    TEXT NOT NULL,
    name       TEXT NOT NULL,
    group_id   TEXT REFERENCES village_group(id),
    keeper     TEXT NOT NULL DEFAULT '',       -- 网格员
    phone      TEXT NOT NULL DEFAULT '',
    active     INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX grid_name ON grid(site_id, name) WHERE active = 1;
