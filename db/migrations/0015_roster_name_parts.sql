-- Middle of a name: the endings of each name that start neither at its first character nor
-- where the given name starts (those two are the name and name_given indexes' job):
-- 张小秀 -> 秀; 欧阳小秀 -> 阳小秀, 秀; 阿卜杜·热合曼 -> 卜杜·热合曼, 杜·热合曼, ·热合曼, 合曼, 曼.
-- Text typed from the middle of a name is the start of one of them, so search reads a
-- range of this table's key, as fast at a million people as any other kind of match.
-- Derived from person.name and person.name_given and kept by the triggers below, inside
-- the same transaction as the write to person (like an index: not a record of its own,
-- no change-log entry, not synced; `cunwu roster reindex` rebuilds it).
CREATE TABLE person_name_part (
    part       TEXT NOT NULL,
    person_ref TEXT NOT NULL,             -- person.id
    PRIMARY KEY (part, person_ref)
) WITHOUT ROWID;

-- Where an ending may start (characters 2..100; names hold at most 40).
CREATE TABLE person_name_part_start (n INTEGER PRIMARY KEY);
INSERT INTO person_name_part_start (n) VALUES (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15), (16), (17), (18), (19), (20), (21), (22), (23), (24), (25), (26), (27), (28), (29), (30), (31), (32), (33), (34), (35), (36), (37), (38), (39), (40), (41), (42), (43), (44), (45), (46), (47), (48), (49), (50), (51), (52), (53), (54), (55), (56), (57), (58), (59), (60), (61), (62), (63), (64), (65), (66), (67), (68), (69), (70), (71), (72), (73), (74), (75), (76), (77), (78), (79), (80), (81), (82), (83), (84), (85), (86), (87), (88), (89), (90), (91), (92), (93), (94), (95), (96), (97), (98), (99), (100);

CREATE TRIGGER person_name_part_insert AFTER INSERT ON person
BEGIN
    INSERT OR IGNORE INTO person_name_part (part, person_ref)
        SELECT substr(NEW.name, n), NEW.id FROM person_name_part_start
        WHERE n <= length(NEW.name) AND n <> length(NEW.name) - length(NEW.name_given) + 1;
END;

CREATE TRIGGER person_name_part_update AFTER UPDATE OF name, name_given ON person
WHEN NEW.name IS NOT OLD.name OR NEW.name_given IS NOT OLD.name_given
BEGIN
    DELETE FROM person_name_part WHERE person_ref = OLD.id AND part IN
        (SELECT substr(OLD.name, n) FROM person_name_part_start WHERE n <= length(OLD.name));
    INSERT OR IGNORE INTO person_name_part (part, person_ref)
        SELECT substr(NEW.name, n), NEW.id FROM person_name_part_start
        WHERE n <= length(NEW.name) AND n <> length(NEW.name) - length(NEW.name_given) + 1;
END;

CREATE TRIGGER person_name_part_delete AFTER DELETE ON person
BEGIN
    DELETE FROM person_name_part WHERE person_ref = OLD.id AND part IN
        (SELECT substr(OLD.name, n) FROM person_name_part_start WHERE n <= length(OLD.name));
END;

-- The people already in the file (in key order: appending to the table is the fast way).
INSERT INTO person_name_part (part, person_ref)
    SELECT substr(p.name, s.n), p.id FROM person p JOIN person_name_part_start s
        ON s.n <= length(p.name) AND s.n <> length(p.name) - length(p.name_given) + 1
    ORDER BY 1, 2;
