-- Care tallies (托老托幼): places, enrolments, the daily register, walk-in visitors.

-- A day-care place: 幸福院, 日间照料中心, 居家养老服务站, 托育点, 幼儿园/托幼所.
CREATE TABLE care_place (
    id                 TEXT PRIMARY KEY,
    site_id            TEXT NOT NULL,
    name               TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind               TEXT NOT NULL,
    capacity           INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0),   -- 0: not set
    open_weekdays      TEXT NOT NULL DEFAULT '12345',   -- ISO weekdays it opens (1 = Monday)
    services           TEXT NOT NULL DEFAULT '',        -- services offered, '、'-joined
    meal_subsidy_fen   INTEGER NOT NULL DEFAULT 0 CHECK (meal_subsidy_fen >= 0),    -- per meal (餐次)
    person_subsidy_fen INTEGER NOT NULL DEFAULT 0 CHECK (person_subsidy_fen >= 0),  -- per person served per month
    min_age            INTEGER,                         -- children's places: age range (whole years)
    max_age            INTEGER,
    address            TEXT NOT NULL DEFAULT '',
    manager            TEXT NOT NULL DEFAULT '',        -- 负责人
    phone              TEXT NOT NULL DEFAULT '',
    note               TEXT NOT NULL DEFAULT '',
    active             INTEGER NOT NULL DEFAULT 1,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE UNIQUE INDEX care_place_name ON care_place(site_id, name) WHERE active = 1;

-- Exceptions to the weekly opening days: holidays closed, a Saturday opened.
CREATE TABLE care_place_day (
    id         TEXT PRIMARY KEY,
    site_id    TEXT NOT NULL,
    place_id   TEXT NOT NULL REFERENCES care_place(id),
    day        TEXT NOT NULL,                          -- YYYY-MM-DD
    is_open    INTEGER NOT NULL CHECK (is_open IN (0, 1)),
    note       TEXT NOT NULL DEFAULT '',               -- e.g. 国庆节放假
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX care_place_day_unique ON care_place_day(place_id, day);

CREATE TABLE care_enrolment (
    id         TEXT PRIMARY KEY,
    site_id    TEXT NOT NULL,
    place_id   TEXT NOT NULL REFERENCES care_place(id),
    person_id  TEXT NOT NULL REFERENCES person(id),
    start_date TEXT NOT NULL,
    end_date   TEXT,                                   -- inclusive; NULL while enrolled
    end_reason TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX care_enrolment_place ON care_enrolment(place_id, start_date);
CREATE INDEX care_enrolment_person ON care_enrolment(person_id);

-- One row per enrolled person, place and day: present, meals (餐次), services given.
CREATE TABLE care_attendance (
    id         TEXT PRIMARY KEY,
    site_id    TEXT NOT NULL,
    place_id   TEXT NOT NULL REFERENCES care_place(id),
    person_id  TEXT NOT NULL REFERENCES person(id),
    day        TEXT NOT NULL,
    present    INTEGER NOT NULL DEFAULT 1 CHECK (present IN (0, 1)),
    meals      INTEGER NOT NULL DEFAULT 0 CHECK (meals >= 0),
    services   TEXT NOT NULL DEFAULT '',               -- '、'-joined
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX care_attendance_unique ON care_attendance(place_id, day, person_id);
CREATE INDEX care_attendance_person ON care_attendance(person_id, day);
-- Covers the tallies (a month or year of one place) without touching the table rows.
CREATE INDEX care_attendance_tally ON care_attendance(place_id, day, present, person_id, meals, services);

-- Walk-in visitors (not enrolled) counted per place and day.
CREATE TABLE care_visit (
    id         TEXT PRIMARY KEY,
    site_id    TEXT NOT NULL,
    place_id   TEXT NOT NULL REFERENCES care_place(id),
    day        TEXT NOT NULL,
    visitors   INTEGER NOT NULL DEFAULT 0 CHECK (visitors >= 0),
    meals      INTEGER NOT NULL DEFAULT 0 CHECK (meals >= 0),
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX care_visit_unique ON care_visit(place_id, day);
