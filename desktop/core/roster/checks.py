"""Roster consistency checks for `cunwu check`, and the repair of derived search keys."""
from __future__ import annotations

from db import Store
from db.errors import ValidationError
from desktop.core.roster import idcard
from desktop.core.roster.names import search_keys


_KEY_COLUMNS = ("name_pinyin", "name_initials", "name_given", "name_pinyin_alt", "name_initials_alt",
                "id_reversed")

# The name endings search reads for the middle of a name (migration 0015 and its triggers
# keep person_name_part equal to this).
_NAME_PARTS = ("SELECT substr(p.name, s.n) AS part, p.id AS person_ref FROM person p "
               "JOIN person_name_part_start s ON s.n <= length(p.name) "
               "AND s.n <> length(p.name) - length(p.name_given) + 1")


def keys_mark() -> str:
    """What the search keys and the 身份证号 rules depend on: this program and its pinyin data.
    A check that proved every person's keys under one mark lets the next check with the same
    mark look only at the people the change log touched since (replay_check's checkpoint)."""
    import hashlib
    from importlib import metadata
    from pathlib import Path
    from desktop import __version__
    from desktop.core.roster import idcard, names
    parts = [__version__]
    try:
        parts.append(metadata.version("pypinyin"))
    except metadata.PackageNotFoundError:       # frozen build without its metadata
        import pypinyin
        parts.append(getattr(pypinyin, "__version__", "?"))
    for module in (names, idcard):
        try:
            parts.append(hashlib.sha256(Path(module.__file__).read_bytes()).hexdigest()[:16])
        except (OSError, TypeError):
            pass
    return " ".join(parts)


def _people_rows(store: Store, columns: str, only: set[str] | None):
    """(id, ...) of every person, or of the people in `only`; plain tuples (a county has a million)."""
    cur = store.conn.cursor()
    cur.row_factory = None
    if only is None:
        yield from cur.execute(f"SELECT id, {columns} FROM person")
        return
    for person_id in sorted(only):
        row = cur.execute(f"SELECT id, {columns} FROM person WHERE id = ?", (person_id,)).fetchone()
        if row is not None:
            yield row


def _stale_keys(store: Store, only: set[str] | None = None) -> list[tuple[str, dict]]:
    stale = []
    for person_id, name, number, *held in _people_rows(store, f"name, id_number, {', '.join(_KEY_COLUMNS)}", only):
        keys = search_keys(name)    # cached per name (names.py)
        want = [keys[k] for k in _KEY_COLUMNS[:-1]] + [(number or "")[::-1]]
        if want != held:
            stale.append((person_id, {k: v for k, v, h in zip(_KEY_COLUMNS, want, held) if v != h}))
    return stale


def _stale_name_parts(store: Store) -> set[str]:
    """People whose name endings in person_name_part are missing or should not be there."""
    held = "SELECT part, person_ref FROM person_name_part"
    return {r[0] for r in store.query(f"SELECT person_ref FROM ({_NAME_PARTS} EXCEPT {held}) "
                                      f"UNION SELECT person_ref FROM ({held} EXCEPT {_NAME_PARTS})")}


def _stale_groups(store: Store) -> int:
    """People whose group_id (migration 0016) is not their household's."""
    return store.scalar("SELECT COUNT(*) FROM person p LEFT JOIN household h ON h.id = p.household_id "
                        "WHERE p.group_id IS NOT h.group_id")


def rebuild_search_keys(store: Store) -> int:
    """Recompute the derived search columns where they differ (e.g. after a pinyin
    update, or rows from an older version), and the name endings; returns how many
    people were fixed."""
    stale = _stale_keys(store)
    with store.transaction():
        for person_id, diff in stale:
            store.update("person", person_id, diff)     # the triggers redo these people's endings
        groups = _stale_groups(store)
        if groups:
            # Derived like an index (kept by triggers), so repaired outside the change log.
            store.conn.execute("UPDATE person SET group_id = (SELECT group_id FROM household h "
                               "WHERE h.id = person.household_id) WHERE group_id IS NOT (SELECT group_id FROM "
                               "household h WHERE h.id = person.household_id)")
        parts = _stale_name_parts(store)
        if parts:
            # A derived table (like an index): rebuilt whole, outside the change log.
            store.conn.execute("DELETE FROM person_name_part")
            store.conn.execute(f"INSERT INTO person_name_part (part, person_ref) {_NAME_PARTS} ORDER BY 1, 2")
            from desktop.core.roster import search
            search.forget_counts()      # the endings changed without a numbered change
    return len({pid for pid, _ in stale} | parts) + groups


def _result(name: str, problems: list[str], ok_detail: str = "ok") -> dict:
    if not problems:
        return {"name": name, "ok": True, "detail": ok_detail}
    shown = "；".join(problems[:5]) + (f"；等共 {len(problems)} 处" if len(problems) > 5 else "")
    return {"name": name, "ok": False, "detail": shown}


def set_checks(store: Store) -> dict:
    """The checks over the whole roster that SQLite answers alone (no per-person Python), so
    `cunwu check` can run them on a connection of their own beside the change-log checks."""
    if not store.initialised:
        return {}
    # A household whose members have all left keeps its last head as history; only the heads
    # that are wrong come back (at a county, 300,000 households).
    heads = store.query(
        "SELECT h.hh_no, p.name, p.household_id IS h.id AS inside, p.status FROM household h "
        "JOIN person p ON p.id = h.head_person_id WHERE h.status = 'active' "
        "AND NOT (p.household_id IS h.id AND p.status IN ('在册', '外出务工')) "
        "AND EXISTS (SELECT 1 FROM person m WHERE m.household_id = h.id AND m.status IN ('在册', '外出务工'))")
    # The duplicated numbers first, off the index alone; the names only for those.
    dups = store.query(
        "SELECT p.id_number, group_concat(p.name, '、') AS names FROM person p JOIN (SELECT site_id, id_number "
        "FROM person WHERE id_number IS NOT NULL AND status NOT IN ('死亡', '已合并') GROUP BY site_id, id_number "
        "HAVING COUNT(*) > 1) d ON p.site_id = d.site_id AND p.id_number = d.id_number "
        "WHERE p.status NOT IN ('死亡', '已合并') GROUP BY p.site_id, p.id_number")
    return {
        "parts": _stale_name_parts(store),
        "groups": _stale_groups(store),
        "heads": heads,
        "missing_heads": store.scalar(
            "SELECT COUNT(*) FROM household h WHERE h.status='active' AND h.head_person_id IS NOT "
            "NULL AND NOT EXISTS (SELECT 1 FROM person p WHERE p.id = h.head_person_id)"),
        "dups": dups,
        "left": store.query(
            "SELECT p.name, g.kind, p.status FROM person_group g JOIN person p ON p.id = g.person_id "
            "WHERE g.end_date IS NULL AND p.status IN ('死亡', '迁出', '已合并')"),
        "chains": store.query(
            "SELECT p.name FROM person p LEFT JOIN person k ON k.id = p.merged_into WHERE p.status = '已合并' "
            "AND (k.id IS NULL OR k.status = '已合并')"),
    }


def run(store: Store, only: set[str] | None = None, sets: dict | None = None) -> list[dict]:
    """Each check: name, ok, detail (Chinese). only: recompute search keys and check 身份证号
    for these people alone (the rest were proven under the same keys_mark() and are unchanged
    since, which replay_check proved); None: everyone. sets: set_checks(store), if already run."""
    if not store.initialised:
        return []
    if sets is None:
        sets = set_checks(store)
    out = []
    stale = _stale_keys(store, only)
    parts, groups = sets["parts"], sets["groups"]
    out.append(_result("花名册：检索字段与姓名一致",
                       ([f"{len(stale)} 人的检索字段过期，请运行 cunwu roster reindex 修复"] if stale else []) +
                       ([f"{len(parts)} 人的姓名中间查找记录与姓名不符，请运行 cunwu roster reindex 修复"]
                        if parts else []) +
                       ([f"{groups} 人记录的村民小组与所在户不一致，请运行 cunwu roster reindex 修复"]
                        if groups else [])))
    heads = sets["heads"]       # only the wrong ones: outside the household, or a status that left
    out.append(_result("花名册：户主属于本户且在册",
                       [f"户 {r['hh_no']} 的户主 {r['name']} 不在本户" for r in heads if not r["inside"]] +
                       [f"户 {r['hh_no']} 的户主 {r['name']} 状态为{r['status']}" for r in heads if r["inside"]]))
    missing = sets["missing_heads"]
    if missing:
        out[-1] = _result(out[-1]["name"], [f"{missing} 户的户主记录不存在"])
    out.append(_result("花名册：身份证号不重复（在世人员）",
                       [f"{r['names']} 的身份证号相同（{r['id_number'][:4]}…{r['id_number'][-4:]}）"
                        for r in sets["dups"]]))
    bad = [name for _, name, number in _people_rows(store, "name, id_number", only)
           if number is not None and not _valid_number(number)]
    out.append(_result("花名册：身份证号校验通过", [f"{name} 的身份证号校验不通过" for name in bad]))
    out.append(_result("花名册：离开的人没有未结束的特殊群体",
                       [f"{r['name']}（{r['status']}）仍在{r['kind']}中" for r in sets["left"]]))
    out.append(_result("花名册：合并记录指向保留的记录",
                       [f"已合并的 {r['name']} 没有指向一条保留的记录" for r in sets["chains"]]))
    return out


def _valid_number(number: str) -> bool:
    """Our rules (checksum, date), not stdnum's area list: old county codes are real."""
    try:
        return idcard.parse(number).number == number
    except ValidationError:
        return False
