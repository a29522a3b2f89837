-- The 村民小组 on the person row: a copy of its household's group_id, kept by the triggers
-- below inside the same transaction as the write (like an index: a derived column, not a
-- record of its own; a sync bundle need not carry it). Search tests "in this group" from
-- the name indexes themselves instead of first listing the group's households (29,000 of
-- them in a group of a million-person file).
ALTER TABLE person ADD COLUMN group_id TEXT;

-- The name-like search indexes carried household_id only for the group filter.
DROP INDEX IF EXISTS person_name_hh;
DROP INDEX IF EXISTS person_pinyin_hh;
DROP INDEX IF EXISTS person_initials_hh;
DROP INDEX IF EXISTS person_given_hh;
DROP INDEX IF EXISTS person_initials_alt_hh;
DROP INDEX IF EXISTS person_pinyin_alt_hh;

UPDATE person SET group_id = household.group_id FROM household
WHERE household.id = person.household_id AND household.group_id IS NOT NULL;

CREATE INDEX person_name_grp ON person(name, status, group_id);
CREATE INDEX person_pinyin_grp ON person(name_pinyin, status, name_initials, group_id);
CREATE INDEX person_initials_grp ON person(name_initials, status, group_id);
CREATE INDEX person_given_grp ON person(name_given, status, name, group_id);
CREATE INDEX person_initials_alt_grp ON person(name_initials_alt, status, group_id, name_initials, name_pinyin)
    WHERE name_initials_alt <> '';
CREATE INDEX person_pinyin_alt_grp ON person(name_pinyin_alt, status, group_id, name_initials, name_pinyin,
                                             name_initials_alt) WHERE name_pinyin_alt <> '';
-- The whole roster of a group (with a status): counted from this index alone.
CREATE INDEX person_group_status ON person(group_id, status);

-- A writer that already passes the household's group (the batched import) costs one lookup.
CREATE TRIGGER person_group_insert AFTER INSERT ON person
WHEN NEW.group_id IS NOT (SELECT group_id FROM household WHERE id = NEW.household_id)
BEGIN
    UPDATE person SET group_id = (SELECT group_id FROM household WHERE id = NEW.household_id) WHERE id = NEW.id;
END;

CREATE TRIGGER person_group_update AFTER UPDATE OF household_id, group_id ON person
WHEN NEW.group_id IS NOT (SELECT group_id FROM household WHERE id = NEW.household_id)
BEGIN
    UPDATE person SET group_id = (SELECT group_id FROM household WHERE id = NEW.household_id) WHERE id = NEW.id;
END;

CREATE TRIGGER household_group_update AFTER UPDATE OF group_id ON household
WHEN NEW.group_id IS NOT OLD.group_id
BEGIN
    UPDATE person SET group_id = NEW.group_id WHERE household_id = NEW.id;
END;

-- A bundle may bring a household after its people (their rows then wait with no group).
CREATE TRIGGER household_group_insert AFTER INSERT ON household
WHEN NEW.group_id IS NOT NULL
BEGIN
    UPDATE person SET group_id = NEW.group_id WHERE household_id = NEW.id AND group_id IS NOT NEW.group_id;
END;
