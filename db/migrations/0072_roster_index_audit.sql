-- Index audit (issue 19): household_group_ids (group_id, id), added in 0013 so that the
-- 村民小组 filter could list a group's households, has had no reader since 0016 put the group
-- on the person row: no query plan of the whole test suite uses it (benchmarks/index_audit.py),
-- no trigger looks households up by group, and village groups are never deleted (a group is
-- retired with active = 0), so no foreign-key check needs it. Worse, SQLite chose it for the
-- red-white list filtered by 村民小组 (every household of the group, each of its people, then
-- their events: 137-210 ms CPU at a million people, 0.1-0.2 ms without it). It cost 39 % of the CPU time of
-- inserting households into a new file (5.8 µs per household at a million people).
-- Every other index of the roster tables has a reader (see BENCHMARKS.md, issue 19).
DROP INDEX IF EXISTS household_group_ids;
