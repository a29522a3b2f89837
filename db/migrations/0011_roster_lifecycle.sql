-- Roster lifecycle and search keys.
-- person_event gains the status before/after (so a wrongly recorded status can be
-- restored) and a free detail (new relation, destination); households get their own
-- history (dissolved, head changed); people get the given-name search key.

ALTER TABLE person_event ADD COLUMN from_status TEXT;
ALTER TABLE person_event ADD COLUMN to_status TEXT;
ALTER TABLE person_event ADD COLUMN detail TEXT NOT NULL DEFAULT '';
CREATE INDEX person_event_other ON person_event(other_person_id);

ALTER TABLE household ADD COLUMN status_date TEXT;
ALTER TABLE household ADD COLUMN status_reason TEXT NOT NULL DEFAULT '';

CREATE TABLE household_event (
    id                TEXT PRIMARY KEY,
    site_id           TEXT NOT NULL,
    household_id      TEXT NOT NULL REFERENCES household(id),
    kind              TEXT NOT NULL,              -- 解散, 更换户主, 恢复
    event_date        TEXT NOT NULL,
    reason            TEXT NOT NULL DEFAULT '',
    person_id         TEXT REFERENCES person(id), -- the new head, where one applies
    other_person_id   TEXT REFERENCES person(id), -- the previous head
    detail            TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX household_event_household ON household_event(household_id);

-- Given name (name without the surname; for 阿卜杜·热合曼 the part after the dot):
-- typing the given name finds the person through an index, not a scan.
ALTER TABLE person ADD COLUMN name_given TEXT NOT NULL DEFAULT '';
-- Derived key for rows written before this migration; the write path keeps it from now on
-- and `cunwu check` / roster.search.rebuild_keys repair compound surnames.
UPDATE person SET name_given = CASE WHEN instr(name, '·') > 0 THEN substr(name, instr(name, '·') + 1)
                                    ELSE substr(name, 2) END;
CREATE INDEX person_given ON person(name_given);

