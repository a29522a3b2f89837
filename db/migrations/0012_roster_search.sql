-- Search indexes (see desktop/core/roster/search.py): each is (key, status, ...) so that
-- a prefix range is read in key order, and the status filter and the "not already
-- found by an earlier branch" test are answered from the index without reading rows.
DROP INDEX IF EXISTS person_name;
DROP INDEX IF EXISTS person_pinyin;
DROP INDEX IF EXISTS person_initials;
DROP INDEX IF EXISTS person_id_reversed;
DROP INDEX IF EXISTS person_given;
DROP INDEX IF EXISTS person_id_number;
CREATE INDEX person_name_status ON person(name, status);
CREATE INDEX person_initials_status ON person(name_initials, status);
CREATE INDEX person_pinyin_status ON person(name_pinyin, status, name_initials);
CREATE INDEX person_given_status ON person(name_given, status, name);
CREATE INDEX person_id_number_status ON person(id_number, status);
CREATE INDEX person_id_reversed_status ON person(id_reversed, status, id_number);
-- 高龄 and other age filters.
CREATE INDEX person_birth_status ON person(birth_date, status);
-- 户号 prefix across the whole file (a township file holds several villages).
CREATE INDEX household_hh_no ON household(hh_no);
-- Special-group filter answered from the index alone (members on a day).
DROP INDEX IF EXISTS person_group_kind;
CREATE INDEX person_group_kind_dates ON person_group(kind, person_id, start_date, end_date);
-- Members of a household; with status, counting the whole roster reads the index only.
DROP INDEX IF EXISTS person_household;
CREATE INDEX person_household_status ON person(household_id, status);
