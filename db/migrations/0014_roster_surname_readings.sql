-- Polyphonic surnames: a clerk types the everyday reading (dan for 单, ceng for 曾, jie for 解)
-- as often as the surname reading (shan, zeng, xie) that name_pinyin/name_initials hold.
-- The everyday reading's keys (names.search_keys): '' for everyone without such a surname,
-- so the two partial indexes below hold only the few people who have one.
ALTER TABLE person ADD COLUMN name_pinyin_alt TEXT NOT NULL DEFAULT '';
ALTER TABLE person ADD COLUMN name_initials_alt TEXT NOT NULL DEFAULT '';

-- Keys for the people already in the file: the everyday syllables in place of the surname's.
-- Each surname is a range of the name index, so this stays fast at a million people.
-- The rows are names.EVERYDAY_READINGS (surname, length of its surname reading in letters
-- and in syllables, everyday reading, its initials or '' where they are the same);
-- tests/test_roster_readings.py checks that the result agrees with the write path.
-- A single-character surname does not apply where the name starts with a compound surname
-- (单于, 尉迟: names.split_name); a compound one needs a given name after it.
WITH reading (surname, usual_letters, usual_syllables, everyday, everyday_initials) AS (VALUES
    ('单', 4, 1, 'dan', 'd'),
    ('曾', 4, 1, 'ceng', 'c'),
    ('解', 3, 1, 'jie', 'j'),
    ('仇', 3, 1, 'chou', 'c'),
    ('朴', 4, 1, 'pu', ''),
    ('区', 2, 1, 'qu', 'q'),
    ('查', 3, 1, 'cha', 'c'),
    ('盖', 2, 1, 'gai', ''),
    ('乐', 3, 1, 'le', 'l'),
    ('覃', 3, 1, 'tan', 't'),
    ('翟', 4, 1, 'di', 'd'),
    ('缪', 4, 1, 'mou', ''),
    ('召', 4, 1, 'zhao', 'z'),
    ('种', 5, 1, 'zhong', 'z'),
    ('繁', 2, 1, 'fan', 'f'),
    ('员', 3, 1, 'yuan', ''),
    ('秘', 2, 1, 'mi', 'm'),
    ('句', 3, 1, 'ju', 'j'),
    ('折', 3, 1, 'zhe', 'z'),
    ('黑', 2, 1, 'hei', ''),
    ('尉', 2, 1, 'wei', 'w'),
    ('便', 4, 1, 'bian', 'b'),
    ('能', 3, 1, 'neng', ''),
    ('隗', 3, 1, 'kui', 'k'),
    ('宓', 2, 1, 'mi', 'm'),
    ('洗', 4, 1, 'xi', ''),
    ('莘', 4, 1, 'xin', 'x'),
    ('朝', 4, 1, 'zhao', 'z'),
    ('薄', 2, 1, 'bao', ''),
    ('藏', 4, 1, 'cang', 'c'),
    ('貟', 3, 1, 'yuan', ''),
    ('尉迟', 5, 2, 'weichi', 'wc'),
    ('万俟', 4, 2, 'wansi', 'ws'),
    ('单于', 6, 2, 'danyu', 'dy'),
    ('长孙', 8, 2, 'changsun', 'cs'),
    ('澹台', 6, 2, 'dantai', 'dt'))
UPDATE person SET
    name_pinyin_alt = reading.everyday || substr(person.name_pinyin, reading.usual_letters + 1),
    name_initials_alt = CASE WHEN reading.everyday_initials = '' THEN ''
                             ELSE reading.everyday_initials || substr(person.name_initials,
                                                                      reading.usual_syllables + 1) END
FROM reading
WHERE person.name >= reading.surname AND person.name < reading.surname || char(1114111)
  AND instr(person.name, '·') = 0
  AND CASE WHEN length(reading.surname) = 2 THEN length(person.name) >= 3
           ELSE NOT (length(person.name) >= 3 AND substr(person.name, 1, 2) IN ('单于', '尉迟')) END;

-- Each covers what the search branch tests (status, 村民小组 via household_id, and the
-- earlier branches' keys), so counting reads the small index only.
CREATE INDEX person_initials_alt_hh ON person(name_initials_alt, status, household_id, name_initials,
                                              name_pinyin) WHERE name_initials_alt <> '';
CREATE INDEX person_pinyin_alt_hh ON person(name_pinyin_alt, status, household_id, name_initials,
                                            name_pinyin, name_initials_alt) WHERE name_pinyin_alt <> '';
