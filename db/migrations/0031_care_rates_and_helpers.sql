-- Care: rates with effective dates, subsidies paid, walk-in services, staff and volunteers.

-- A place's rates from effective_date until the next row's date. Before a place's first
-- row its own meal_subsidy_fen / person_subsidy_fen apply, so a change of rate never
-- rewrites a month already reported (March keeps March's rate).
CREATE TABLE care_rate (
    id                       TEXT PRIMARY KEY,
    site_id                  TEXT NOT NULL,
    place_id                 TEXT NOT NULL REFERENCES care_place(id),
    effective_date           TEXT NOT NULL,
    meal_subsidy_fen         INTEGER NOT NULL DEFAULT 0 CHECK (meal_subsidy_fen >= 0),    -- per meal (餐次)
    person_subsidy_fen       INTEGER NOT NULL DEFAULT 0 CHECK (person_subsidy_fen >= 0),  -- per person served a month
    visitor_meal_subsidy_fen INTEGER NOT NULL DEFAULT 0 CHECK (visitor_meal_subsidy_fen >= 0),  -- per walk-in meal
    meal_fee_fen             INTEGER NOT NULL DEFAULT 0 CHECK (meal_fee_fen >= 0),        -- 自付 per meal
    service_subsidy          TEXT NOT NULL DEFAULT '{}',   -- JSON: service -> fen per time (人次)
    service_fee              TEXT NOT NULL DEFAULT '{}',   -- JSON: service -> 自付 fen per time
    note                     TEXT NOT NULL DEFAULT '',
    created_at               TEXT NOT NULL,
    updated_at               TEXT NOT NULL
);
CREATE UNIQUE INDEX care_rate_date ON care_rate(place_id, effective_date);

-- Walk-in visitors' services (体检, 文娱 ...): JSON service -> 人次 that day.
ALTER TABLE care_visit ADD COLUMN services TEXT NOT NULL DEFAULT '';

-- Subsidy actually paid (拨付) for a place's month, and the fund ledger entry that holds it.
CREATE TABLE care_subsidy_payment (
    id             TEXT PRIMARY KEY,
    site_id        TEXT NOT NULL,
    place_id       TEXT NOT NULL REFERENCES care_place(id),
    month          TEXT NOT NULL,                     -- YYYY-MM the subsidy is for
    amount_fen     INTEGER NOT NULL CHECK (amount_fen > 0),
    paid_date      TEXT NOT NULL,
    payer          TEXT NOT NULL DEFAULT '',          -- e.g. 镇民政办
    funds_entry_id TEXT,
    note           TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX care_subsidy_payment_month ON care_subsidy_payment(place_id, month);

-- Staff (工作人员) and volunteers (志愿者) of a place; person_id when on the roster.
CREATE TABLE care_helper (
    id         TEXT PRIMARY KEY,
    site_id    TEXT NOT NULL,
    place_id   TEXT NOT NULL REFERENCES care_place(id),
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    person_id  TEXT REFERENCES person(id),
    role       TEXT NOT NULL CHECK (role IN ('工作人员', '志愿者')),
    phone      TEXT NOT NULL DEFAULT '',
    start_date TEXT NOT NULL,
    end_date   TEXT,
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX care_helper_place ON care_helper(place_id);

-- Hours a helper served on a day (minutes, so half hours stay whole numbers).
CREATE TABLE care_helper_time (
    id         TEXT PRIMARY KEY,
    site_id    TEXT NOT NULL,
    helper_id  TEXT NOT NULL REFERENCES care_helper(id),
    day        TEXT NOT NULL,
    minutes    INTEGER NOT NULL CHECK (minutes > 0 AND minutes <= 1440),
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX care_helper_time_day ON care_helper_time(helper_id, day);

-- Counting attendance only inside an enrolment (report.COVERED) looks up the person's
-- enrolment at the place for every attendance row: one index lookup, not a scan of the
-- place's enrolments.
CREATE INDEX care_enrolment_cover ON care_enrolment(person_id, place_id, start_date, end_date);
