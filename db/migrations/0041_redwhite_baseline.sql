-- The village's stated pre-reform averages per event kind (what a wedding cost before
-- 移风易俗), against which the statistics count tables and money saved. Domain data the
-- clerk keeps, so not in the admin-only settings table.
CREATE TABLE redwhite_baseline (
    id                 TEXT PRIMARY KEY,
    site_id            TEXT NOT NULL,
    kind               TEXT NOT NULL,
    tables             INTEGER NOT NULL CHECK (tables >= 0),
    cost_per_table_fen INTEGER NOT NULL CHECK (cost_per_table_fen >= 0),
    bride_price_fen    INTEGER NOT NULL DEFAULT 0 CHECK (bride_price_fen >= 0),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE UNIQUE INDEX redwhite_baseline_kind ON redwhite_baseline(site_id, kind);
