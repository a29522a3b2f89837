-- Polyphonic surnames: a clerk types the everyday reading (dan for 单, ceng for 曾, jie for 解)
-- as often as the surname reading (shan, zeng, xie) that name_pinyin/name_initials hold.
-- The everyday reading's keys (names.everyday_keys): '' for everyone without such a surname,
-- so the two partial indexes below hold only the few people who have one.
ALTER TABLE person ADD COLUMN name_pinyin_alt TEXT NOT NULL DEFAULT '';
ALTER TABLE person ADD COLUMN name_initials_alt TEXT NOT NULL DEFAULT '';

-- Keys for the people already in the file: the everyday syllables in place of the surname's
-- (one statement per surname, each a range of the name index, so this stays fast at a
-- million people). Generated from names.EVERYDAY_READINGS and SURNAME_READINGS;
-- tests/test_roster_readings.py checks that it agrees with the write path.
UPDATE person SET name_pinyin_alt = 'dan' || substr(name_pinyin, 5), name_initials_alt = 'd' || substr(name_initials, 2)
    WHERE name >= '单' AND name < '单' || char(1114111) AND instr(name, '·') = 0 AND NOT (length(name) >= 3 AND substr(name, 1, 2) IN ('单于'));
UPDATE person SET name_pinyin_alt = 'ceng' || substr(name_pinyin, 5), name_initials_alt = 'c' || substr(name_initials, 2)
    WHERE name >= '曾' AND name < '曾' || char(1114111) AND instr(name, '·') = 0;
UPDATE person SET name_pinyin_alt = 'jie' || substr(name_pinyin, 4), name_initials_alt = 'j' || substr(name_initials, 2)
    WHERE name >= '解' AND name < '解' || char(1114111) AND instr(name, '·') = 0;
UPDATE person SET name_pinyin_alt = 'chou' || substr(name_pinyin, 4), name_initials_alt = 'c' || substr(name_initials, 2)
    WHERE name >= '仇' AND name < '仇' || char(1114111) AND instr(name, '·') = 0;
UPDATE person SET name_pinyin_alt = 'pu' || substr(name_pinyin, 5), name_initials_alt = ''
    WHERE name >= '朴' AND name < '朴' || char(1114111) AND instr(name, '·') = 0;
UPDATE person SET name_pinyin_alt = 'qu' || substr(name_pinyin, 3), name_initials_alt = 'q' || substr(name_initials, 2)
    WHERE name >= '区' AND name < '区' || char(1114111) AND instr(name, '·') = 0;
UPDATE person SET name_pinyin_alt = 'cha' || substr(name_pinyin, 4), name_initials_alt = 'c' || substr(name_initials, 2)
    WHERE name >= '查' AND name < '查' || char(1114111) AND instr(name, '·') = 0;
UPDATE person SET name_pinyin_alt = 'gai' || substr(name_pinyin, 3), name_initials_alt = ''
    WHERE name >= '盖' AND name < '盖' || char(1114111) AND instr(name, '·') = 0;
UPDATE person SET name_pinyin_alt = 'le' || substr(name_pinyin, 4), name_initials_alt = 'l' || substr(name_initials, 2)
    WHERE name >= '乐' AND name < '乐' || char(1114111) AND instr(name, '·') = 0;
UPDATE person SET name_pinyin_alt = 'tan' || substr(name_pinyin, 4), name_initials_alt = 't' || substr(name_initials, 2)
    WHERE name >= '覃' AND name < '覃' || char(1114111) AND instr(name, '·') = 0;
UPDATE person SET name_pinyin_alt = 'di' || substr(name_pinyin, 5), name_initials_alt = 'd' || substr(name_initials, 2)
    WHERE name >= '翟' AND name < '翟' || char(1114111) AND instr(name, '·') = 0;
UPDATE person SET name_pinyin_alt = 'mou' || substr(name_pinyin, 5), name_initials_alt = ''
    WHERE name >= '缪' AND name < '缪' || char(1114111) AND instr(name, '·') = 0;
UPDATE person SET name_pinyin_alt = 'zhao' || substr(name_pinyin, 5), name_initials_alt = 'z' || substr(name_initials, 2)
    WHERE name >= '召' AND name < '召' || char(1114111) AND instr(name, '·') = 0;
UPDATE person SET name_pinyin_alt = 'zhong' || substr(name_pinyin, 6), name_initials_alt = 'z' || substr(name_initials, 2)
    WHERE name >= '种' AND name < '种' || char(1114111) AND instr(name, '·') = 0;
UPDATE person SET name_pinyin_alt = 'fan' || substr(name_pinyin, 3), name_initials_alt = 'f' || substr(name_initials, 2)
    WHERE name >= '繁' AND name < '繁' || char(1114111) AND instr(name, '·') = 0;
UPDATE person SET name_pinyin_alt = 'yuan' || substr(name_pinyin, 4), name_initials_alt = ''
    WHERE name >= '员' AND name < '员' || char(1114111) AND instr(name, '·') = 0;
UPDATE person SET name_pinyin_alt = 'mi' || substr(name_pinyin, 3), name_initials_alt = 'm' || substr(name_initials, 2)
    WHERE name >= '秘' AND name < '秘' || char(1114111) AND instr(name, '·') = 0;
UPDATE person SET name_pinyin_alt = 'ju' || substr(name_pinyin, 4), name_initials_alt = 'j' || substr(name_initials, 2)
    WHERE name >= '句' AND name < '句' || char(1114111) AND instr(name, '·') = 0;
UPDATE person SET name_pinyin_alt = 'zhe' || substr(name_pinyin, 4), name_initials_alt = 'z' || substr(name_initials, 2)
    WHERE name >= '折' AND name < '折' || char(1114111) AND instr(name, '·') = 0;
UPDATE person SET name_pinyin_alt = 'hei' || substr(name_pinyin, 3), name_initials_alt = ''
    WHERE name >= '黑' AND name < '黑' || char(1114111) AND instr(name, '·') = 0;
UPDATE person SET name_pinyin_alt = 'wei' || substr(name_pinyin, 3), name_initials_alt = 'w' || substr(name_initials, 2)
    WHERE name >= '尉' AND name < '尉' || char(1114111) AND instr(name, '·') = 0 AND NOT (length(name) >= 3 AND substr(name, 1, 2) IN ('尉迟'));
UPDATE person SET name_pinyin_alt = 'bian' || substr(name_pinyin, 5), name_initials_alt = 'b' || substr(name_initials, 2)
    WHERE name >= '便' AND name < '便' || char(1114111) AND instr(name, '·') = 0;
UPDATE person SET name_pinyin_alt = 'neng' || substr(name_pinyin, 4), name_initials_alt = ''
    WHERE name >= '能' AND name < '能' || char(1114111) AND instr(name, '·') = 0;
UPDATE person SET name_pinyin_alt = 'kui' || substr(name_pinyin, 4), name_initials_alt = 'k' || substr(name_initials, 2)
    WHERE name >= '隗' AND name < '隗' || char(1114111) AND instr(name, '·') = 0;
UPDATE person SET name_pinyin_alt = 'mi' || substr(name_pinyin, 3), name_initials_alt = 'm' || substr(name_initials, 2)
    WHERE name >= '宓' AND name < '宓' || char(1114111) AND instr(name, '·') = 0;
UPDATE person SET name_pinyin_alt = 'xi' || substr(name_pinyin, 5), name_initials_alt = ''
    WHERE name >= '洗' AND name < '洗' || char(1114111) AND instr(name, '·') = 0;
UPDATE person SET name_pinyin_alt = 'xin' || substr(name_pinyin, 5), name_initials_alt = 'x' || substr(name_initials, 2)
    WHERE name >= '莘' AND name < '莘' || char(1114111) AND instr(name, '·') = 0;
UPDATE person SET name_pinyin_alt = 'zhao' || substr(name_pinyin, 5), name_initials_alt = 'z' || substr(name_initials, 2)
    WHERE name >= '朝' AND name < '朝' || char(1114111) AND instr(name, '·') = 0;
UPDATE person SET name_pinyin_alt = 'bao' || substr(name_pinyin, 3), name_initials_alt = ''
    WHERE name >= '薄' AND name < '薄' || char(1114111) AND instr(name, '·') = 0;
UPDATE person SET name_pinyin_alt = 'cang' || substr(name_pinyin, 5), name_initials_alt = 'c' || substr(name_initials, 2)
    WHERE name >= '藏' AND name < '藏' || char(1114111) AND instr(name, '·') = 0;
UPDATE person SET name_pinyin_alt = 'yuan' || substr(name_pinyin, 4), name_initials_alt = ''
    WHERE name >= '貟' AND name < '貟' || char(1114111) AND instr(name, '·') = 0;
UPDATE person SET name_pinyin_alt = 'weichi' || substr(name_pinyin, 6), name_initials_alt = 'wc' || substr(name_initials, 3)
    WHERE name >= '尉迟' AND name < '尉迟' || char(1114111) AND instr(name, '·') = 0 AND length(name) >= 3;
UPDATE person SET name_pinyin_alt = 'wansi' || substr(name_pinyin, 5), name_initials_alt = 'ws' || substr(name_initials, 3)
    WHERE name >= '万俟' AND name < '万俟' || char(1114111) AND instr(name, '·') = 0 AND length(name) >= 3;
UPDATE person SET name_pinyin_alt = 'danyu' || substr(name_pinyin, 7), name_initials_alt = 'dy' || substr(name_initials, 3)
    WHERE name >= '单于' AND name < '单于' || char(1114111) AND instr(name, '·') = 0 AND length(name) >= 3;
UPDATE person SET name_pinyin_alt = 'changsun' || substr(name_pinyin, 9), name_initials_alt = 'cs' || substr(name_initials, 3)
    WHERE name >= '长孙' AND name < '长孙' || char(1114111) AND instr(name, '·') = 0 AND length(name) >= 3;
UPDATE person SET name_pinyin_alt = 'dantai' || substr(name_pinyin, 7), name_initials_alt = 'dt' || substr(name_initials, 3)
    WHERE name >= '澹台' AND name < '澹台' || char(1114111) AND instr(name, '·') = 0 AND length(name) >= 3;

-- Each covers what the search branch tests (status, 村民小组 via household_id, and the
-- earlier branches' keys), so counting reads the small index only.
CREATE INDEX person_initials_alt_hh ON person(name_initials_alt, status, household_id, name_initials,
                                              name_pinyin) WHERE name_initials_alt <> '';
CREATE INDEX person_pinyin_alt_hh ON person(name_pinyin_alt, status, household_id, name_initials,
                                            name_pinyin, name_initials_alt) WHERE name_pinyin_alt <> '';
