"""Council members (红白理事会成员): role, term, and the roster person where a villager."""
from __future__ import annotations

from db import Store
from db.errors import NotFoundError, RefusedError, ValidationError
from desktop.core.events import subscribe
from desktop.core.redwhite.codes import ROLES
from desktop.core.redwhite.dates import parse_date

# Roles of which the council has only one at a time.
SINGLE_ROLES = ("会长",)


def _person(store: Store, person_id: str) -> dict:
    row = store.one("SELECT id, name, status, phone FROM person WHERE id=?", (person_id,))
    if row is None:
        raise NotFoundError("所选的人员不在花名册中。")
    if row["status"] in ("死亡", "已合并"):
        raise RefusedError(f"{row['name']} 的户籍状态为“{row['status']}”，不能担任理事会成员。")
    return dict(row)


def _clean(store: Store, values: dict, member_id: str | None = None) -> dict:
    out = dict(values)
    if "role" in out:
        if out["role"] not in ROLES:
            raise ValidationError(f"职务“{out['role']}”无法识别（可填：{'、'.join(ROLES)}）。", field="role")
    if out.get("person_id"):
        person = _person(store, out["person_id"])
        out["name"] = person["name"]      # a linked member always carries the roster name
        if not out.get("phone"):
            out["phone"] = person["phone"] or ""
    elif "name" in out:
        out["name"] = str(out.get("name") or "").strip()
        if not out["name"]:
            raise ValidationError("成员姓名不能为空（村民请从花名册选择）。", field="name")
        if len(out["name"]) > 30:
            raise ValidationError("成员姓名太长（最多 30 个字）。", field="name")
    if "term_start" in out:
        out["term_start"] = parse_date(out["term_start"], field="term_start", label="任期开始日期")
    if "term_end" in out:
        out["term_end"] = parse_date(out["term_end"], field="term_end", label="任期结束日期", required=False)
    current = dict(store.get("redwhite_member", member_id)) if member_id else {}
    merged = {**current, **out}
    if merged.get("term_end") and merged["term_end"] < merged["term_start"]:
        raise ValidationError(f"任期结束日期 {merged['term_end']} 早于开始日期 {merged['term_start']}。",
                              field="term_end")
    _check_overlap(store, merged, member_id)
    return out


def _overlaps(a_start, a_end, b_start, b_end) -> bool:
    return a_start <= (b_end or "9999-12-31") and b_start <= (a_end or "9999-12-31")


def _check_overlap(store: Store, m: dict, member_id: str | None) -> None:
    for other in store.query("SELECT * FROM redwhite_member WHERE id<>? AND site_id=?",
                             (member_id or "", store.site_id)):
        if not _overlaps(m["term_start"], m.get("term_end"), other["term_start"], other["term_end"]):
            continue
        same_person = (m.get("person_id") and other["person_id"] == m.get("person_id")) or \
            (not m.get("person_id") and not other["person_id"] and other["name"] == m["name"])
        if same_person:
            raise RefusedError(f"{m['name']} 在 {other['term_start']} 起的任期内已是{other['role']}，"
                               "同一人任期不能重叠（换届请先结束原任期）。")
        if m["role"] in SINGLE_ROLES and other["role"] == m["role"]:
            raise RefusedError(f"{other['name']} 的{other['role']}任期（{other['term_start']} 起）与此重叠，"
                               f"同一时间只能有一位{m['role']}。")


def add_member(store: Store, *, role: str, term_start, name: str = "", person_id: str | None = None,
               term_end=None, phone: str = "", note: str = "") -> str:
    values = {"role": role, "term_start": term_start, "term_end": term_end, "name": name,
              "person_id": person_id or None, "phone": (phone or "").strip(), "note": note or ""}
    with store.transaction():
        return store.insert("redwhite_member", _clean(store, values))


def update_member(store: Store, member_id: str, **changes) -> dict:
    allowed = {"role", "term_start", "term_end", "name", "person_id", "phone", "note"}
    bad = set(changes) - allowed
    if bad:
        raise ValidationError(f"理事会成员没有这些字段：{', '.join(sorted(bad))}")
    with store.transaction():
        store.get("redwhite_member", member_id)
        return store.update("redwhite_member", member_id, _clean(store, changes, member_id))


def end_term(store: Store, member_id: str, end_date) -> dict:
    return update_member(store, member_id, term_end=end_date)


def list_members(store: Store, *, on_date: str | None = None) -> list[dict]:
    """Members, current ones first; with on_date only those whose term covers that day."""
    sql = ("SELECT m.*, p.status AS person_status, h.hh_no, g.name AS group_name "
           "FROM redwhite_member m LEFT JOIN person p ON p.id = m.person_id "
           "LEFT JOIN household h ON h.id = p.household_id "
           "LEFT JOIN village_group g ON g.id = h.group_id WHERE m.site_id = ? ")
    params: tuple = (store.site_id,)
    if on_date:
        sql += "AND m.term_start <= ? AND (m.term_end IS NULL OR m.term_end >= ?) "
        params += (on_date, on_date)
    order = "CASE m.role " + " ".join(f"WHEN '{r}' THEN {i}" for i, r in enumerate(ROLES)) + " END"
    sql += f"ORDER BY (m.term_end IS NOT NULL), {order}, m.term_start, m.name"
    return [dict(r) for r in store.query(sql, params)]


def find_member(store: Store, ref: str, *, on_date: str | None = None) -> dict:
    """A member by id or by name (serving on on_date when given)."""
    ref = (ref or "").strip()
    row = store.one("SELECT * FROM redwhite_member WHERE id=?", (ref,))
    if row:
        return dict(row)
    candidates = [m for m in list_members(store, on_date=on_date) if m["name"] == ref]
    if not candidates:
        when = f"在 {on_date} " if on_date else ""
        raise NotFoundError(f"理事会成员中没有{when}在任的“{ref}”。")
    if len(candidates) > 1:
        raise RefusedError(f"理事会中有 {len(candidates)} 位“{ref}”，请用成员编号指定。")
    return candidates[0]


def serving(store: Store, member_id: str, on_date: str) -> bool:
    m = store.get("redwhite_member", member_id)
    return m["term_start"] <= on_date and (m["term_end"] is None or m["term_end"] >= on_date)


@subscribe("person.left")
def _member_left_village(store: Store, *, person_id: str, status: str, date: str, reason: str = "",
                         **_ignored) -> None:
    """The roster recorded a death or a move: that member's council term ends the same day.
    A merged duplicate hands the membership to the record it was merged into."""
    open_terms = store.query("SELECT * FROM redwhite_member WHERE person_id=? AND (term_end IS NULL OR term_end > ?)",
                             (person_id, date))
    for m in open_terms:
        if status == "已合并":
            target = store.scalar("SELECT merged_into FROM person WHERE id=?", (person_id,))
            if target:
                store.update("redwhite_member", m["id"], {"person_id": target})
                continue
        note = (m["note"] + "；" if m["note"] else "") + f"{date} 花名册登记{status}，任期随之结束"
        store.update("redwhite_member", m["id"], {"term_end": max(date, m["term_start"]), "note": note})
