-- Red-white council (红白理事会): members, 村规民约 standards (versioned), events, hall money.

-- Council members. person_id links a villager in the roster; outsiders (e.g. a township
-- cadre) are kept by name only.
CREATE TABLE redwhite_member (
    id         TEXT PRIMARY KEY,
    site_id    TEXT NOT NULL,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    role       TEXT NOT NULL CHECK (role IN ('会长', '副会长', '理事', '监事')),
    person_id  TEXT REFERENCES person(id),
    phone      TEXT NOT NULL DEFAULT '',
    term_start TEXT NOT NULL,
    term_end   TEXT,                                  -- NULL: term still open
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (term_end IS NULL OR term_end >= term_start)
);
CREATE INDEX redwhite_member_person ON redwhite_member(person_id);

-- One version of the village's standards, in force from effective_date until the next one.
CREATE TABLE redwhite_standard_version (
    id             TEXT PRIMARY KEY,
    site_id        TEXT NOT NULL,
    effective_date TEXT NOT NULL,
    title          TEXT NOT NULL DEFAULT '',
    is_example     INTEGER NOT NULL DEFAULT 0,       -- 1: the shipped example, not yet adapted
    note           TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE UNIQUE INDEX redwhite_standard_version_date ON redwhite_standard_version(site_id, effective_date);

-- The limits of one event kind within a version. NULL limit: no limit on that figure.
CREATE TABLE redwhite_standard (
    id                     TEXT PRIMARY KEY,
    site_id                TEXT NOT NULL,
    version_id             TEXT NOT NULL REFERENCES redwhite_standard_version(id),
    kind                   TEXT NOT NULL,
    banned                 INTEGER NOT NULL DEFAULT 0,   -- 1: this kind of banquet is not held at all
    max_tables             INTEGER,
    max_cost_per_table_fen INTEGER,
    max_bride_price_fen    INTEGER,
    max_gift_fen           INTEGER,
    max_gift_close_fen     INTEGER,                      -- close relatives (NULL: same as max_gift_fen)
    max_cars               INTEGER,
    max_days               INTEGER,
    max_troupes            INTEGER,                      -- 吹鼓手/乐队/戏班
    report_mode            TEXT NOT NULL DEFAULT 'before' CHECK (report_mode IN ('before', 'within')),
    report_days            INTEGER,                      -- before: N days ahead; within: N days after start
    rules                  TEXT NOT NULL DEFAULT '',
    created_at             TEXT NOT NULL,
    updated_at             TEXT NOT NULL
);
CREATE UNIQUE INDEX redwhite_standard_kind ON redwhite_standard(version_id, kind);

-- A wedding, funeral or other family banquet reported to the council.
CREATE TABLE redwhite_event (
    id               TEXT PRIMARY KEY,
    site_id          TEXT NOT NULL,
    kind             TEXT NOT NULL,
    host_person_id   TEXT NOT NULL REFERENCES person(id),
    subject          TEXT NOT NULL DEFAULT '',        -- e.g. 长子王伟与李娜结婚; 父亲王德胜去世
    start_date       TEXT NOT NULL,
    end_date         TEXT NOT NULL,
    place            TEXT NOT NULL DEFAULT '',
    report_date      TEXT NOT NULL,                   -- 事前申报 date
    phone            TEXT NOT NULL DEFAULT '',
    decision         TEXT CHECK (decision IN ('同意', '劝导', '不同意')),
    decision_date    TEXT,
    decision_by      TEXT REFERENCES redwhite_member(id),
    decision_note    TEXT NOT NULL DEFAULT '',
    pledge_date      TEXT,                            -- 承诺书 signed
    pledge_signer    TEXT NOT NULL DEFAULT '',
    violation_action TEXT NOT NULL DEFAULT '',        -- how an exceeded limit was handled
    violation_date   TEXT,
    violation_note   TEXT NOT NULL DEFAULT '',
    cancelled        INTEGER NOT NULL DEFAULT 0,
    note             TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    CHECK (end_date >= start_date)
);
CREATE INDEX redwhite_event_date ON redwhite_event(start_date);
CREATE INDEX redwhite_event_host ON redwhite_event(host_person_id);

-- The figures of an event: stage 'plan' (事前申报) and 'actual' (事后), same shape, same checks.
CREATE TABLE redwhite_figures (
    id                 TEXT PRIMARY KEY,
    site_id            TEXT NOT NULL,
    event_id           TEXT NOT NULL REFERENCES redwhite_event(id),
    stage              TEXT NOT NULL CHECK (stage IN ('plan', 'actual')),
    recorded_date      TEXT NOT NULL,
    tables             INTEGER NOT NULL DEFAULT 0 CHECK (tables >= 0),
    cost_per_table_fen INTEGER NOT NULL DEFAULT 0 CHECK (cost_per_table_fen >= 0),
    guests             INTEGER NOT NULL DEFAULT 0 CHECK (guests >= 0),
    cars               INTEGER NOT NULL DEFAULT 0 CHECK (cars >= 0),
    bride_price_fen    INTEGER NOT NULL DEFAULT 0 CHECK (bride_price_fen >= 0),
    gift_fen           INTEGER NOT NULL DEFAULT 0 CHECK (gift_fen >= 0),
    gift_close_fen     INTEGER NOT NULL DEFAULT 0 CHECK (gift_close_fen >= 0),
    days               INTEGER NOT NULL DEFAULT 1 CHECK (days >= 0),
    troupes            INTEGER NOT NULL DEFAULT 0 CHECK (troupes >= 0),
    note               TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE UNIQUE INDEX redwhite_figures_stage ON redwhite_figures(event_id, stage);

-- Supervisor visits (监事/理事 on site during the event).
CREATE TABLE redwhite_visit (
    id         TEXT PRIMARY KEY,
    site_id    TEXT NOT NULL,
    event_id   TEXT NOT NULL REFERENCES redwhite_event(id),
    visit_date TEXT NOT NULL,
    member_id  TEXT REFERENCES redwhite_member(id),
    finding    TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX redwhite_visit_event ON redwhite_visit(event_id);

-- Hall money (红白事服务中心: fees for tables/tableware/cooks, donations, spending).
-- The ledger itself is the funds area's; this row ties an amount to an event and, once
-- the funds ledger holds it, to that ledger entry.
CREATE TABLE redwhite_hall_money (
    id              TEXT PRIMARY KEY,
    site_id         TEXT NOT NULL,
    event_id        TEXT REFERENCES redwhite_event(id),
    direction       TEXT NOT NULL CHECK (direction IN ('income', 'expense')),
    category        TEXT NOT NULL,
    amount_fen      INTEGER NOT NULL CHECK (amount_fen > 0),
    entry_date      TEXT NOT NULL,
    summary         TEXT NOT NULL DEFAULT '',
    counterparty    TEXT NOT NULL DEFAULT '',
    funds_entry_id  TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX redwhite_hall_money_event ON redwhite_hall_money(event_id);
CREATE INDEX redwhite_hall_money_date ON redwhite_hall_money(entry_date);
