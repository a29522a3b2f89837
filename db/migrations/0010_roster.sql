-- Roster (花名册): households, people, special groups, history. Nothing is hard-deleted.

CREATE TABLE household (
    id             TEXT PRIMARY KEY,
    site_id        TEXT NOT NULL,
    hh_no          TEXT NOT NULL,                 -- 户号
    address        TEXT NOT NULL DEFAULT '',
    group_id       TEXT REFERENCES village_group(id),
    grid_id        TEXT REFERENCES grid(id),
    head_person_id TEXT,                          -- 户主 (a person row); set after the person exists
    phone          TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'dissolved')),
    note           TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE UNIQUE INDEX household_no ON household(site_id, hh_no);
CREATE INDEX household_group ON household(group_id);

CREATE TABLE person (
    id             TEXT PRIMARY KEY,
    site_id        TEXT NOT NULL,
    household_id   TEXT REFERENCES household(id),
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    gender         TEXT CHECK (gender IN ('男', '女')),
    ethnicity      TEXT NOT NULL DEFAULT '01',    -- GB 3304 code
    id_number      TEXT,                          -- normalised 18-character 身份证号, NULL when unknown
    birth_date     TEXT,                          -- YYYY-MM-DD
    relation       TEXT NOT NULL DEFAULT '',      -- 与户主关系 (GB/T 4761 label)
    phone          TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL DEFAULT '在册'
                   CHECK (status IN ('在册', '外出务工', '迁出', '死亡', '已合并')),
    status_date    TEXT,
    status_reason  TEXT NOT NULL DEFAULT '',
    merged_into    TEXT REFERENCES person(id),
    name_pinyin    TEXT NOT NULL DEFAULT '',      -- search keys, kept by the write functions
    name_initials  TEXT NOT NULL DEFAULT '',
    id_reversed    TEXT NOT NULL DEFAULT '',      -- reversed id_number: "last digits" become a prefix
    note           TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
-- The same 身份证号 cannot be on two living records of one site (a township holds
-- several villages' rosters, where someone who moved may appear in both).
CREATE UNIQUE INDEX person_id_number_living ON person(site_id, id_number)
    WHERE id_number IS NOT NULL AND status NOT IN ('死亡', '已合并');
CREATE INDEX person_household ON person(household_id);
CREATE INDEX person_name ON person(name);
CREATE INDEX person_pinyin ON person(name_pinyin);
CREATE INDEX person_initials ON person(name_initials);
CREATE INDEX person_id_number ON person(id_number);
CREATE INDEX person_id_reversed ON person(id_reversed);
CREATE INDEX person_status ON person(status);

-- Special groups: 低保, 特困供养, 残疾, 高龄, 空巢, 独居, 留守儿童, ... one row per membership period.
CREATE TABLE person_group (
    id         TEXT PRIMARY KEY,
    site_id    TEXT NOT NULL,
    person_id  TEXT NOT NULL REFERENCES person(id),
    kind       TEXT NOT NULL,
    detail     TEXT NOT NULL DEFAULT '',         -- e.g. 分散供养; 肢体 二级
    start_date TEXT,
    end_date   TEXT,
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX person_group_person ON person_group(person_id);
CREATE INDEX person_group_kind ON person_group(kind);

-- Roster history in the clerk's words: moved out, died, changed household, merged, restored.
CREATE TABLE person_event (
    id                TEXT PRIMARY KEY,
    site_id           TEXT NOT NULL,
    person_id         TEXT NOT NULL REFERENCES person(id),
    kind              TEXT NOT NULL,
    event_date        TEXT NOT NULL,
    reason            TEXT NOT NULL DEFAULT '',
    from_household_id TEXT REFERENCES household(id),
    to_household_id   TEXT REFERENCES household(id),
    other_person_id   TEXT REFERENCES person(id),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX person_event_person ON person_event(person_id);
