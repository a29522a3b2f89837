-- A figure the family did not give is unknown (NULL, shown as 未填), not 0: a wedding
-- recorded with only tables and cars must not count its 彩礼 as saved or as within the
-- limit. SQLite cannot drop NOT NULL/DEFAULT in place, so the table is rebuilt; figures
-- already stored (0 included) are kept exactly as they are.
CREATE TABLE redwhite_figures_new (
    id                 TEXT PRIMARY KEY,
    site_id            TEXT NOT NULL,
    event_id           TEXT NOT NULL REFERENCES redwhite_event(id),
    stage              TEXT NOT NULL CHECK (stage IN ('plan', 'actual')),
    recorded_date      TEXT NOT NULL,
    tables             INTEGER CHECK (tables >= 0),
    cost_per_table_fen INTEGER CHECK (cost_per_table_fen >= 0),
    guests             INTEGER CHECK (guests >= 0),
    cars               INTEGER CHECK (cars >= 0),
    bride_price_fen    INTEGER CHECK (bride_price_fen >= 0),
    gift_fen           INTEGER CHECK (gift_fen >= 0),
    gift_close_fen     INTEGER CHECK (gift_close_fen >= 0),
    days               INTEGER CHECK (days >= 0),
    troupes            INTEGER CHECK (troupes >= 0),
    note               TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
INSERT INTO redwhite_figures_new (id, site_id, event_id, stage, recorded_date, tables, cost_per_table_fen,
                                  guests, cars, bride_price_fen, gift_fen, gift_close_fen, days, troupes,
                                  note, created_at, updated_at)
SELECT id, site_id, event_id, stage, recorded_date, tables, cost_per_table_fen, guests, cars,
       bride_price_fen, gift_fen, gift_close_fen, days, troupes, note, created_at, updated_at
FROM redwhite_figures;
DROP TABLE redwhite_figures;
ALTER TABLE redwhite_figures_new RENAME TO redwhite_figures;
CREATE UNIQUE INDEX redwhite_figures_stage ON redwhite_figures(event_id, stage);
