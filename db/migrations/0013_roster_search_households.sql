-- The name-like search indexes also carry household_id, so that a 村民小组 filter
-- (people whose household is in the group) is answered from the index while
-- counting a name range, instead of reading every row (search.py).
DROP INDEX IF EXISTS person_name_status;
DROP INDEX IF EXISTS person_pinyin_status;
DROP INDEX IF EXISTS person_initials_status;
DROP INDEX IF EXISTS person_given_status;
CREATE INDEX person_name_hh ON person(name, status, household_id);
CREATE INDEX person_pinyin_hh ON person(name_pinyin, status, name_initials, household_id);
CREATE INDEX person_initials_hh ON person(name_initials, status, household_id);
CREATE INDEX person_given_hh ON person(name_given, status, name, household_id);
-- A group's household ids straight from the index (the list the group filter builds).
DROP INDEX IF EXISTS household_group;
CREATE INDEX household_group_ids ON household(group_id, id);
