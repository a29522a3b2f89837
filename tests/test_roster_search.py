"""Search: every kind of query, filters, paging and count, against a brute-force oracle."""
from __future__ import annotations

from datetime import date

import pytest

from desktop.core import village
from desktop.core.roster import groups, idcard, lifecycle, merging, people, search, search_plan, search_query
from desktop.core.roster.names import search_keys

ID_ZSF = idcard.make("610802", date(1951, 7, 9), 101, True)


@pytest.fixture
def roster(store):
    g1, g2 = (g["id"] for g in village.groups(store))
    h1 = people.add_household(store, hh_no="GJW0001", group_id=g1)
    h2 = people.add_household(store, hh_no="GJW0002", group_id=g2)
    h3 = people.add_household(store, hh_no="0123", group_id=g2)
    ids = {}
    for hh, name, extra in [
        (h1, "张三丰", dict(id_number=ID_ZSF, relation="户主")),
        (h1, "张三", dict(gender="男")),
        (h1, "李秀英", dict(gender="女", birth_date="1940-01-01")),
        (h2, "单雄信", dict(relation="户主")),
        (h2, "曾国藩", {}),
        (h2, "阿卜杜·热合曼", {}),
        (h3, "欧阳修", {}),
        (h3, "吉𠮷祥", {}),
        (h3, "王淼", dict(gender="女")),
    ]:
        ids[name] = people.add_person(store, household_id=hh, name=name, **extra)
    return {"h1": h1, "h2": h2, "h3": h3, **ids}


def names(store, q, **kw):
    return [r["name"] for r in search.search(store, q, **kw)]


@pytest.mark.parametrize("q, expected", [
    ("张", ["张三", "张三丰"]),
    ("张三丰", ["张三丰"]),
    ("三丰", ["张三丰"]),                 # the given name
    ("雄信", ["单雄信"]),
    ("热合曼", ["阿卜杜·热合曼"]),        # after the dot
    ("卜杜", ["阿卜杜·热合曼"]),          # the middle of the name
    ("阳修", ["欧阳修"]),
    ("修", ["欧阳修"]),                   # compound surname 欧阳: 修 is the given name
    ("𠮷", ["吉𠮷祥"]),
    ("𠮷祥", ["吉𠮷祥"]),
    ("zsf", ["张三丰"]),
    ("ZSF", ["张三丰"]),
    ("zhangsanfeng", ["张三丰"]),
    ("zhangs", ["张三", "张三丰"]),
    ("shan", ["单雄信"]),                 # 单 as a surname is shan...
    ("sxx", ["单雄信"]),
    ("dan", ["单雄信"]),                  # ...but clerks type the everyday reading too
    ("dxx", ["单雄信"]),
    ("danxiongxin", ["单雄信"]),
    ("zeng", ["曾国藩"]),
    ("ceng", ["曾国藩"]),
    ("cgf", ["曾国藩"]),
    ("ouyang", ["欧阳修"]),
    ("wm", ["王淼"]),
    ("jixiang", ["吉𠮷祥"]),
    (ID_ZSF[-4:], ["张三丰"]),
    (ID_ZSF[-6:], ["张三丰"]),
    (ID_ZSF, ["张三丰"]),
    (ID_ZSF[:10], ["张三丰"]),            # typed from the left
    ("GJW0002", ["单雄信", "曾国藩", "阿卜杜·热合曼"]),
    ("gjw0002", ["单雄信", "曾国藩", "阿卜杜·热合曼"]),
    ("ＧＪＷ０００２", ["单雄信", "曾国藩", "阿卜杜·热合曼"]),   # full-width
    ("0123", ["欧阳修", "吉𠮷祥", "王淼"]),
    ("李 秀", ["李秀英"]),
    ("nobody", []),
])
def test_query_kinds(store, roster, q, expected):
    assert sorted(names(store, q)) == sorted(expected)
    assert search.count(store, q) == len(expected)


def test_prefix_of_name_comes_before_given_name_match(store, roster):
    people.add_person(store, household_id=roster["h1"], name="三娃")
    assert names(store, "三") == ["三娃", "张三", "张三丰"]


def test_id_tail_with_lower_case_x(store, roster):
    for serial in range(200):
        number = idcard.make("610802", date(1980, 1, 1), serial, True)
        if number.endswith("X"):
            break
    people.add_person(store, household_id=roster["h1"], name="赵六", id_number=number)
    assert names(store, number[-4:].lower()) == ["赵六"]


def test_filters(store, roster):
    assert sorted(names(store, "", group="一组")) == ["张三", "张三丰", "李秀英"]
    assert names(store, "张", group="二组") == []
    groups.add_membership(store, roster["张三"], "低保", start="2023-01-01")
    assert names(store, "", special="低保") == ["张三"]
    assert names(store, "z", special="低保") == ["张三"]
    assert names(store, "", special="高龄") == ["李秀英"]       # born 1940: derived by age
    lifecycle.record_death(store, roster["曾国藩"], on="2024-01-01")
    old = people.add_person(store, household_id=roster["h1"], name="赵老", birth_date="1930-01-01")
    lifecycle.record_death(store, old, on="2020-01-01")
    assert names(store, "", special="高龄") == ["李秀英"]       # the dead are not 高龄 any more
    assert names(store, "", status="死亡", group="二组") == ["曾国藩"]
    assert "曾国藩" in names(store, "zeng")                      # the dead are still found
    assert names(store, "zeng", status="在册") == []
    assert sorted(names(store, "", status=["死亡", "在册"], group="二组")) == \
        sorted(["吉𠮷祥", "单雄信", "曾国藩", "欧阳修", "王淼", "阿卜杜·热合曼"])


def test_merged_duplicates_hidden_unless_asked(store, roster):
    dup = people.add_person(store, household_id=roster["h2"], name="单雄信")
    merging.merge(store, dup, roster["单雄信"], reason="重复")
    assert names(store, "shan") == ["单雄信"] and search.count(store, "shan") == 1
    assert names(store, "shan", status="已合并") == ["单雄信"]
    assert search.search(store, "shan", status="已合并")[0]["id"] == dup


def test_result_rows_carry_household_and_group(store, roster):
    row = search.search(store, "zsf")[0]
    assert (row["hh_no"], row["group_name"], row["id_number"]) == ("GJW0001", "一组", ID_ZSF)
    assert set(search.public_row(row)) == {"id", "name", "gender", "ethnicity", "id_number", "birth_date",
                                           "relation", "phone", "status", "hh_no", "group_name"}


def test_search_keys_follow_renames(store, roster):
    people.update_person(store, roster["张三"], name="单田芳")
    assert names(store, "stf") == ["单田芳"] and names(store, "田芳") == ["单田芳"]
    assert "张三" not in names(store, "zs")


# ------------------------------------------------------- the demo village
def _oracle(store, q: str) -> set[str]:
    """What search promises, computed the slow obvious way."""
    rows = store.query("SELECT p.*, h.hh_no FROM person p LEFT JOIN household h ON h.id=p.household_id "
                       "WHERE p.status <> '已合并'")
    qn = search.normalise_query(q)
    low, up = qn.lower(), qn.upper()
    out, indexed = set(), set()
    hh_matches = {r["hh_no"] for r in rows if r["hh_no"] and (r["hh_no"].startswith(qn) or r["hh_no"].startswith(up))}
    all_hh = {r[0] for r in store.query("SELECT hh_no FROM household")}
    hh_count = len({h for h in all_hh if h.startswith(qn) or h.startswith(up)})
    for r in rows:
        keys = search_keys(r["name"])
        hit = (r["name"].startswith(qn) or
               (search_query.CJK.search(qn) and keys["name_given"].startswith(qn)) or
               (qn.isascii() and qn.isalpha() and any(
                   keys[k] and keys[k].startswith(low) for k in
                   ("name_initials", "name_pinyin", "name_initials_alt", "name_pinyin_alt"))) or
               (len(qn) >= 2 and search_query.ID_TAIL.match(qn) and r["id_number"] and
                (r["id_number"].endswith(up) or (len(qn) >= 6 and r["id_number"].startswith(up)))) or
               (hh_count <= search_query.MAX_HOUSEHOLDS and r["hh_no"] in hh_matches))
        if hit:
            indexed.add(r["id"])
    out |= indexed
    if len(qn) >= search_query.MIDDLE_MIN_CHARS and search_query.CJK.search(qn):
        out |= {r["id"] for r in rows if qn in r["name"]}
    return out


@pytest.mark.parametrize("q", ["", "王", "李", "秀", "建国", "w", "zh", "zhang", "l", "wj", "GJW00", "GJW0012",
                               "1", "12", "3X", "6108", "610802", "淼", "𠮷", "买买提", "热合曼", "shan",
                               "dan", "ceng", "d", "c", "j", "jie", "秀英", "建", "卜杜", "提·"])
def test_demo_village_matches_oracle_and_pages_are_consistent(demo_store, q):
    expected = _oracle(demo_store, q)
    total = search.count(demo_store, q)
    assert total == len(expected)
    seen = []
    for offset in range(0, total + 7, 7):       # odd page size crosses branch boundaries
        seen += [r["id"] for r in search.search(demo_store, q, limit=7, offset=offset)]
    assert len(seen) == len(set(seen)) == total
    assert set(seen) == expected
    assert [r["id"] for r in search.search(demo_store, q, limit=total + 5)] == seen


def test_filters_on_demo_agree_with_sql(demo_store):
    for kind in ("低保", "残疾", "孤儿", "留守儿童"):
        expected = {r[0] for r in demo_store.query(
            "SELECT DISTINCT g.person_id FROM person_group g JOIN person p ON p.id=g.person_id "
            "WHERE g.kind=? AND g.end_date IS NULL AND p.status <> '已合并'", (kind,))}
        got = {r["id"] for r in search.search(demo_store, "", special=kind, limit=10000)}
        assert got == expected and search.count(demo_store, "", special=kind) == len(expected)
    in_group = demo_store.scalar(
        "SELECT COUNT(*) FROM person p JOIN household h ON h.id=p.household_id JOIN village_group g "
        "ON g.id=h.group_id WHERE g.name='三组' AND p.status='在册'")
    assert search.count(demo_store, "", group="三组", status="在册") == in_group > 0


def test_middle_of_name_comes_after_indexed_matches(store, roster):
    people.add_person(store, household_id=roster["h1"], name="李大三丰")
    people.add_person(store, household_id=roster["h1"], name="欧阳小秀")
    # Given name first (an index), then the middle of a name.
    assert names(store, "三丰") == ["张三丰", "李大三丰"] and search.count(store, "三丰") == 2
    assert names(store, "阳小") == ["欧阳小秀"]
    assert names(store, "大三") == ["李大三丰"]
    # One character is a prefix of the name or of the given name only.
    assert names(store, "丰") == [] and search.count(store, "丰") == 0
    assert names(store, "阳") == []


def test_middle_of_name_follows_renames_and_filters(store, roster):
    pid = people.add_person(store, household_id=roster["h1"], name="李大三丰")
    people.update_person(store, pid, name="李小四")
    assert names(store, "大三") == [] and names(store, "小四") == ["李小四"]
    assert names(store, "卜杜", group="一组") == [] and names(store, "卜杜", group="二组") == ["阿卜杜·热合曼"]
    lifecycle.record_death(store, roster["阿卜杜·热合曼"], on="2024-01-01")
    assert names(store, "卜杜", status="在册") == [] and names(store, "卜杜", status="死亡") == ["阿卜杜·热合曼"]


def test_special_filter_count_leaves_out_merged_members(store, roster):
    dup = people.add_person(store, household_id=roster["h2"], name="曾国藩")
    groups.add_membership(store, dup, "低保", start="2023-01-01")
    merging.merge(store, dup, roster["曾国藩"], reason="重复")       # today: its 低保 ends today
    found = search.search(store, "", special="低保")
    assert [r["id"] for r in found] == [roster["曾国藩"]]
    assert search.count(store, "", special="低保") == 1
    # Both are members today (the merged one's membership ends today); one is shown.
    assert [search.count_upto(store, "", special="低保", cap=cap) for cap in (0, 1, 2)] == \
        [(0, True), (1, False), (1, False)]


@pytest.mark.parametrize("q", ["", "张", "z", "w", "6108", "三组"])
def test_count_upto_stops_at_the_cap_and_is_exact_below_it(demo_store, q):
    """What a keystroke shows at a million people: the count up to a cap ("1,000+")."""
    total = len(_oracle(demo_store, q))
    for cap in (0, 1, 7, total - 1, total, total + 1):
        if cap < 0:
            continue
        assert search.count_upto(demo_store, q, cap=cap) == (min(total, cap), total > cap), cap


def test_count_upto_with_filters_agrees_with_sql(demo_store):
    in_group = demo_store.scalar(
        "SELECT COUNT(*) FROM person p JOIN household h ON h.id=p.household_id JOIN village_group g "
        "ON g.id=h.group_id WHERE g.name='三组' AND p.status='在册'")
    assert search.count_upto(demo_store, "", group="三组", status="在册", cap=10) == (10, True)
    assert search.count_upto(demo_store, "", group="三组", status="在册", cap=in_group) == (in_group, False)


def test_exact_counts_follow_writes_from_another_connection(store, roster, db_path):
    """The exact count is cached per roster version: a write through another connection
    (another window, the GUI's worker) is seen."""
    from desktop.core import open_store
    assert search.count(store, "张") == 2
    other = open_store(db_path)
    try:
        people.add_person(other, household_id=roster["h1"], name="张飞")
    finally:
        other.close()
    assert search.count(store, "张") == 3
    assert search.count_upto(store, "张", cap=2) == (2, True)


# ------------------------------------------------------- paging on after a row (the GUI's scrolling)
def _walk(store, q, size, **kw):
    """Every row, page after page, each page continuing after the last row of the one before."""
    seen, cursor = [], None
    for _ in range(100):
        rows, cursor = search.search_page(store, q, limit=size, after=cursor, **kw)
        seen += [r["name"] for r in rows]
        if len(rows) < size:
            assert cursor is None or not search.search_page(store, q, limit=size, after=cursor, **kw)[0]
            return seen
    raise AssertionError("the pages never end")


def test_pages_after_a_row_in_hand_computed_order(store, roster):
    g1 = village.groups(store)[0]["id"]
    h4 = people.add_household(store, hh_no="GJW0004", group_id=g1)
    people.add_person(store, household_id=h4, name="张三", birth_date="1990-05-01")
    people.add_person(store, household_id=h4, name="张三", relation="户主", birth_date="1960-01-01")
    people.add_person(store, household_id=None, name="张三")            # no household: no group either
    people.add_person(store, household_id=None, name="张一")
    # 张: by name, then status, then group (none first), then the order written.
    # 张一 < 张三 (no group) < 张三 (一组: roster's, then GJW0004's two) < 张三丰.
    expected = ["张一", "张三", "张三", "张三", "张三", "张三丰"]
    assert names(store, "张", limit=100) == expected
    assert _walk(store, "张", 1) == _walk(store, "张", 4) == expected
    rows, cursor = search.search_page(store, "张", limit=2)
    after = search.search_page(store, "张", limit=2, after=cursor)[0]
    assert [r["hh_no"] for r in rows + after] == [None, None, "GJW0001", "GJW0004"]
    # The whole roster: by 户号, the head first, then by birth date (unknown first); then people
    # without a household. 户号 "0123" sorts before "GJW...".
    expected = ["欧阳修", "吉𠮷祥", "王淼",                       # 0123: no head, no birth dates
                "张三丰", "张三", "李秀英",                        # GJW0001: head, no date, 1940
                "单雄信", "曾国藩", "阿卜杜·热合曼",               # GJW0002
                "张三", "张三",                                    # GJW0004: head (1960), 1990
                "张三", "张一"]                                    # no household
    assert names(store, "", limit=100) == expected
    assert _walk(store, "", 1) == _walk(store, "", 3) == expected
    assert search.count(store, "") == 13 and search.count_upto(store, "", cap=13) == (13, False)
    assert search.count_upto(store, "", cap=12) == (12, True)
    assert [r["birth_date"] for r in search.search(store, "", limit=100)[9:11]] == ["1960-01-01", "1990-05-01"]


def test_a_row_written_above_the_page_does_not_repeat_a_row(store, roster):
    """Paging by offset shows a row twice when someone is added above the page; paging after
    the last row does not (and shows the newcomer only if it sorts after that row)."""
    rows, cursor = search.search_page(store, "", limit=4)
    assert [r["name"] for r in rows] == ["欧阳修", "吉𠮷祥", "王淼", "张三丰"]
    people.add_person(store, household_id=roster["h3"], name="王大")       # 0123: above the page
    people.add_person(store, household_id=roster["h2"], name="王二")       # GJW0002: below it
    rest = _walk_from(store, cursor)
    assert rest == ["张三", "李秀英", "单雄信", "曾国藩", "阿卜杜·热合曼", "王二"]
    assert cursor.position == 4


def _walk_from(store, cursor, q=""):
    seen = []
    while cursor is not None and len(seen) < 100:
        rows, cursor = search.search_page(store, q, limit=2, after=cursor)
        seen += [r["name"] for r in rows]
    return seen


def test_a_cursor_from_other_branches_falls_back_to_its_position(store, roster):
    """A 户号 prefix lists the matching households in its branch: when one is added, the
    cursor of the old branch list no longer applies and the page starts at its position."""
    whole = names(store, "GJW", limit=100)      # GJW0001's three and GJW0002's three, household by household
    assert sorted(whole) == sorted(["张三丰", "张三", "李秀英", "单雄信", "曾国藩", "阿卜杜·热合曼"])
    rows, cursor = search.search_page(store, "GJW", limit=2)
    people.add_household(store, hh_no="GJW0003")           # nobody in it: the result is the same
    assert search.search_page(store, "GJW", limit=1)[1].shape != cursor.shape
    assert [r["name"] for r in rows + search.search_page(store, "GJW", limit=2, after=cursor)[0]] == whole[:4]


@pytest.mark.parametrize("q", ["", "王", "秀", "w", "dan", "6108", "GJW00", "买买提", "热合曼", "1"])
@pytest.mark.parametrize("filters", [{}, {"group": "三组"}, {"status": "在册"}, {"group": "三组", "status": "在册"},
                                     {"special": "低保"}, {"special": "孤儿"}, {"special": "高龄"},
                                     {"special": "低保", "status": "在册"}, {"special": "孤儿", "group": "三组"},
                                     {"special": "孤儿", "status": "在册"}])
def test_demo_pages_after_a_row_are_the_pages_by_offset(demo_store, q, filters):
    whole = [r["id"] for r in search.search(demo_store, q, limit=100000, **filters)]
    assert len(whole) == search.count(demo_store, q, **filters)
    by_cursor, cursor = [], None
    while len(by_cursor) <= len(whole):
        rows, cursor = search.search_page(demo_store, q, limit=7, after=cursor, **filters)
        by_cursor += [r["id"] for r in rows]
        if cursor is None:
            break
        assert cursor.position == len(by_cursor)
    by_offset = []
    for offset in range(0, len(whole) + 7, 7):
        by_offset += [r["id"] for r in search.search(demo_store, q, limit=7, offset=offset, **filters)]
    assert by_cursor == by_offset == whole


@pytest.mark.parametrize("kind", ["低保", "残疾", "孤儿"])
def test_special_group_with_status_and_group_counts_agree_with_sql(demo_store, kind):
    """The overview's figure (a special group's residents) is counted from the members."""
    for status, group in ((("在册", "外出务工"), None), ("在册", "三组"), (None, "三组"), ("死亡", None)):
        wanted = [status] if isinstance(status, str) else list(status or [])
        expected = {r[0] for r in demo_store.query(
            "SELECT g.person_id FROM person_group g JOIN person p ON p.id=g.person_id "
            "LEFT JOIN household h ON h.id=p.household_id LEFT JOIN village_group vg ON vg.id=h.group_id "
            "WHERE g.kind=? AND g.end_date IS NULL AND p.status <> '已合并'", (kind,))
            if (not wanted or demo_store.scalar("SELECT status FROM person WHERE id=?", (r[0],)) in wanted)
            and (group is None or demo_store.scalar(
                "SELECT vg.name FROM person p JOIN household h ON h.id=p.household_id JOIN village_group vg "
                "ON vg.id=h.group_id WHERE p.id=?", (r[0],)) == group)}
        kw = dict(special=kind, status=status, group=group)
        assert search.count(demo_store, "", **kw) == len(expected), kw
        assert {r["id"] for r in search.search(demo_store, "", limit=10000, **kw)} == expected, kw


@pytest.mark.parametrize("filters", [{"special": "低保"}, {"special": "孤儿"}, {"special": "高龄"}, {"status": "死亡"},
                                     {"group": "三组"}, {"special": "低保", "status": "在册"}, {}])
def test_count_upto_of_the_whole_roster_with_filters_agrees_with_sql(demo_store, filters):
    """The whole roster with filters is counted up to the cap in one go (both branches)."""
    where, params = ["p.status <> '已合并'" if "status" not in filters else "p.status = ?"], []
    if "status" in filters:
        params.append(filters["status"])
    if "group" in filters:
        where.append("p.household_id IN (SELECT h.id FROM household h JOIN village_group g ON g.id = h.group_id "
                     "WHERE g.name = ?)")
        params.append(filters["group"])
    if filters.get("special") == "高龄":
        where.append("p.birth_date <= ? AND p.status IN ('在册', '外出务工')")
        params.append(groups.high_age_cutoff(demo_store))
    elif "special" in filters:
        where.append("p.id IN (SELECT person_id FROM person_group WHERE kind = ? AND end_date IS NULL)")
        params.append(filters["special"])
    total = demo_store.scalar(f"SELECT COUNT(*) FROM person p WHERE {' AND '.join(where)}", params)
    assert total > 0
    for cap in sorted({0, 1, total - 1, total, total + 1}):
        search.forget_counts()
        assert search.count_upto(demo_store, "", cap=cap, **filters) == (min(total, cap), total > cap), cap


def test_pages_follow_the_order_of_their_index(store):
    """A branch's page is read in its index's order (nothing sorted): the order search pages
    in is each index's columns, as the migrations made them."""
    for index, columns in search_plan.INDEX_ORDER.items():
        in_file = [r["name"] for r in store.query(f"PRAGMA index_info({index})")]
        assert ["p." + c for c in in_file] == list(columns), index


def test_the_index_audit_drops_the_households_by_group_index(store, db_path):
    """Migration 0072: household_group_ids had no reader; a file from before loses it on open,
    and the group filter still finds the group's people."""
    import sqlite3
    from desktop.core import open_store
    g1 = village.groups(store)[0]["id"]
    people.add_person(store, household_id=people.add_household(store, hh_no="0001", group_id=g1), name="张三")
    store.close()
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE INDEX household_group_ids ON household(group_id, id)")     # as 0013 left it
    conn.execute("DELETE FROM schema_migrations WHERE key LIKE '0072%'")
    conn.commit()
    conn.close()
    s = open_store(db_path)
    try:
        assert s.scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'household_group_ids'") == 0
        assert s.scalar("SELECT COUNT(*) FROM schema_migrations WHERE key LIKE '0072%'") == 1
        assert names(s, "", group="一组") == ["张三"] and names(s, "", group="二组") == []
    finally:
        s.close()


# ------------------------------------------------------- a keystroke's count where each row needs a look
def _high_age_ids(store) -> set[str]:
    """高龄 by hand: 80 or older today (the default threshold), living in the village."""
    today = date.today()
    cutoff = date(today.year - 80, today.month, 28 if (today.month, today.day) == (2, 29) else today.day)
    return {r[0] for r in store.query("SELECT id FROM person WHERE birth_date <= ? AND status IN ('在册', '外出务工')",
                                      [cutoff.isoformat()])}


def _low_income_ids(store) -> set[str]:
    today = date.today().isoformat()
    return {r[0] for r in store.query(
        "SELECT person_id FROM person_group WHERE kind = '低保' AND (start_date IS NULL OR start_date <= ?) "
        "AND (end_date IS NULL OR end_date >= ?)", [today, today])}


@pytest.mark.parametrize(("q", "special"), [("杨", "高龄"), ("y", "高龄"), ("z", "高龄"), ("s", "高龄"),
                                           ("杨", "低保"), ("y", "低保"), ("l", "低保")])
def test_count_upto_over_a_bounded_walk_is_a_lower_bound_that_says_there_may_be_more(demo_store, monkeypatch,
                                                                                       q, special):
    """A name with 高龄 or a large special group: each index entry walked needs its person row,
    so the keystroke's count reads at most `work` of them and then says "at least n"."""
    monkeypatch.setattr(search_plan, "SMALL_SET", 0)     # 低保 counted as a large group
    search_plan._small_groups.clear()
    wanted = _high_age_ids(demo_store) if special == "高龄" else _low_income_ids(demo_store)
    total = len(_oracle(demo_store, q) & wanted)
    candidates = len(_oracle(demo_store, q))
    assert total > 0 and candidates > total, (q, special, total, candidates)    # the case is real
    search.forget_counts()
    assert search.count(demo_store, q, special=special) == total
    for work in (0, 1, 5, candidates // 2):
        search.forget_counts()
        n, more = search.count_upto(demo_store, q, special=special, work=work)
        assert more and n <= min(total, work + 1), (work, n, total)
    search.forget_counts()
    assert search.count_upto(demo_store, q, special=special, work=candidates) == (total, False)
    search.forget_counts()
    assert search.count_upto(demo_store, q, special=special, work=candidates, cap=total - 1) == (total - 1, True)


@pytest.mark.parametrize("kw", [dict(q="杨"), dict(q="y", special="低保"), dict(q="z", special="高龄"),
                                dict(q="", group="三组", status="死亡"), dict(q="买买提"), dict(q="zzzz")])
def test_first_page_gives_the_keystrokes_rows_and_count(demo_store, kw):
    """A page that is not full counted every match; a full one says how many up to the cap."""
    q = kw.pop("q")
    every = search.search(demo_store, q, limit=100000, **kw)
    total = len(every)
    for limit, cap in ((10, 1000), (10, 3), (total + 1, 1000), (total, 1000), (max(total - 1, 1), max(total - 1, 0))):
        search.forget_counts()
        rows, cursor, n, more = search.first_page(demo_store, q, limit=limit, cap=cap, **kw)
        assert rows == every[:limit]
        if len(rows) < limit:
            assert (n, more) == (min(total, cap), total > cap), (limit, cap)
        else:
            assert n <= min(total, cap) and more == (n < total), (limit, cap, n, more)
