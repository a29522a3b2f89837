"""Households and people: the write functions every caller (GUI, CLI, importer) uses.

All validation happens here, so a record that reaches the table is always valid.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from db import Store
from db.errors import NotFoundError, RefusedError, ValidationError
from desktop.core.roster import codes, idcard
from desktop.core.roster.names import clean_name, search_keys

PERSON_FIELDS = ("household_id", "name", "gender", "ethnicity", "id_number", "birth_date",
                 "relation", "phone", "note")


# ----------------------------------------------------------------- households
def add_household(store: Store, *, hh_no: str, address: str = "", group_id: str | None = None,
                  grid_id: str | None = None, phone: str = "", note: str = "") -> str:
    hh_no = str(hh_no or "").strip()
    if not hh_no:
        raise ValidationError("户号不能为空。", field="hh_no")
    if len(hh_no) > 30:
        raise ValidationError(f"户号“{hh_no}”太长（最多 30 个字符）。", field="hh_no")
    if store.one("SELECT 1 FROM household WHERE hh_no=?", (hh_no,)):
        raise ValidationError(f"户号“{hh_no}”已经存在。", field="hh_no")
    return store.insert("household", {"hh_no": hh_no, "address": address.strip(), "group_id": group_id,
                                      "grid_id": grid_id, "phone": phone.strip(), "note": note})


def household_by_no(store: Store, hh_no: str) -> dict | None:
    row = store.one("SELECT * FROM household WHERE hh_no=?", (str(hh_no).strip(),))
    return dict(row) if row else None


def update_household(store: Store, household_id: str, **changes: Any) -> dict:
    allowed = {"hh_no", "address", "group_id", "grid_id", "phone", "note", "head_person_id"}
    bad = set(changes) - allowed
    if bad:
        raise ValidationError(f"户没有这些字段：{', '.join(sorted(bad))}")
    if "hh_no" in changes:
        hh_no = str(changes["hh_no"] or "").strip()
        if not hh_no:
            raise ValidationError("户号不能为空。", field="hh_no")
        if store.one("SELECT 1 FROM household WHERE hh_no=? AND id<>?", (hh_no, household_id)):
            raise ValidationError(f"户号“{hh_no}”已经存在。", field="hh_no")
        changes["hh_no"] = hh_no
    return store.update("household", household_id, changes)


def set_head(store: Store, household_id: str, person_id: str) -> None:
    person = store.get("person", person_id)
    if person["household_id"] != household_id:
        raise RefusedError(f"{person['name']} 不在这一户，不能设为户主。")
    store.update("household", household_id, {"head_person_id": person_id})


# --------------------------------------------------------------------- people
def validate_person(store: Store, values: dict[str, Any], *, person_id: str | None = None) -> dict[str, Any]:
    """Return a cleaned copy of values or raise ValidationError naming the field."""
    def no_clash(number: str) -> None:
        clash = store.one(
            "SELECT name FROM person WHERE id_number=? AND site_id=? AND status NOT IN ('死亡','已合并') "
            "AND id<>?", (number, store.site_id, person_id or ""))
        if clash:
            raise ValidationError(f"身份证号 {idcard.mask(number)} 已登记在 {clash[0]} 名下，"
                                  "同一身份证号不能属于两个在世的人。", field="id_number")

    current = store.get("person", person_id) if person_id and values.get("id_number") else None
    out = clean_person(values, new=person_id is None, current=current, id_clash=no_clash)
    if out.get("household_id"):
        if not store.one("SELECT 1 FROM household WHERE id=?", (out["household_id"],)):
            raise NotFoundError("所选的户不存在。")
    return out


def clean_person(values: dict[str, Any], *, new: bool, current: Any = None,
                 id_info: idcard.IdInfo | None = None, id_clash=None) -> dict[str, Any]:
    """validate_person without its look-ups in the file: each field's own rules and the ID
    number agreeing with gender and birth date. `current`: the row being changed; `id_info`:
    the number as the caller already parsed it; `id_clash(number)` may refuse the number."""
    out = dict(values)
    if "name" in out or new:
        out["name"] = clean_name(out.get("name"))
    if "gender" not in out:
        pass
    elif out["gender"] in ("", None):
        out["gender"] = None
    elif out["gender"] not in ("男", "女"):
        raise ValidationError(f"性别应为“男”或“女”，现在是“{out['gender']}”。", field="gender")
    if "ethnicity" in out:
        code = codes.ethnicity_code(out["ethnicity"]) if out["ethnicity"] else "01"
        if code is None:
            raise ValidationError(f"民族“{out['ethnicity']}”不在 GB 3304 的 56 个民族中。", field="ethnicity")
        out["ethnicity"] = code
    if "relation" in out and out["relation"]:
        label = codes.relation_label(out["relation"])
        if label is None:
            raise ValidationError(f"与户主关系“{out['relation']}”无法识别（可填：{'、'.join(codes.RELATIONS)}）。",
                                  field="relation")
        out["relation"] = label
    if out.get("birth_date"):
        try:
            born = date.fromisoformat(str(out["birth_date"])[:10])
        except ValueError:
            raise ValidationError(f"出生日期“{out['birth_date']}”不是有效日期（应为 年-月-日）。",
                                  field="birth_date")
        if idcard.in_future(born):
            raise ValidationError(f"出生日期 {born} 在今天之后。", field="birth_date")
        out["birth_date"] = born.isoformat()
    elif "birth_date" in out:
        out["birth_date"] = None
    if out.get("id_number"):
        info = id_info if id_info is not None and id_info.number == out["id_number"] \
            else idcard.parse(out["id_number"])
        gender = out.get("gender") if "gender" in out else (current["gender"] if current else None)
        born = out.get("birth_date") if "birth_date" in out else (current["birth_date"] if current else None)
        idcard.check_agreement(info, gender=gender, birth_date=born)
        out["id_number"] = info.number
        out["gender"] = gender or info.gender
        out["birth_date"] = born or info.birth_date.isoformat()
        if id_clash is not None:
            id_clash(info.number)
    elif "id_number" in out:
        out["id_number"] = None
    if "phone" in out:
        phone = str(out["phone"] or "").strip().replace(" ", "")
        if phone and not phone.isdecimal() and not all(c.isdecimal() or c in "-+" for c in phone):
            raise ValidationError(f"联系电话“{phone}”只能包含数字和 - 号。", field="phone")
        if len(phone) > 20:
            raise ValidationError(f"联系电话“{phone}”太长。", field="phone")
        out["phone"] = phone
    return out


def search_columns(values: dict[str, Any]) -> dict[str, Any]:
    extra: dict[str, Any] = {}
    if "name" in values:
        extra.update(search_keys(values["name"]))
    if "id_number" in values:
        extra["id_reversed"] = (values["id_number"] or "")[::-1]
    return extra


def add_person(store: Store, **values: Any) -> str:
    bad = set(values) - set(PERSON_FIELDS)
    if bad:
        raise ValidationError(f"人员没有这些字段：{', '.join(sorted(bad))}")
    clean = validate_person(store, {"ethnicity": "01", **values})
    clean.update(search_columns(clean))
    with store.transaction():
        person_id = store.insert("person", clean)
        if clean.get("relation") == "户主" and clean.get("household_id"):
            hh = store.get("household", clean["household_id"])
            if not hh["head_person_id"]:
                store.update("household", hh["id"], {"head_person_id": person_id})
    return person_id


def update_person(store: Store, person_id: str, **changes: Any) -> dict:
    bad = set(changes) - set(PERSON_FIELDS)
    if bad:
        raise ValidationError(f"不能这样修改这些字段：{', '.join(sorted(bad))}")
    clean = validate_person(store, changes, person_id=person_id)
    clean.update(search_columns(clean))
    current = store.get("person", person_id)
    target = clean.get("household_id")
    if target and current["household_id"] and target != current["household_id"]:
        # Moving has one road (lifecycle.move_household): history, head hand-over, "person.moved".
        raise RefusedError("换户请用“户间迁移”（cunwu roster move），会记录迁移历史和户主交接；"
                           "修改人员信息不能改所在户。")
    return store.update("person", person_id, clean)


def get_person(store: Store, person_id: str) -> dict:
    return dict(store.get("person", person_id))


def age_on(birth_date: str | None, on: date | None = None) -> int | None:
    if not birth_date:
        return None
    on = on or date.today()
    if len(birth_date) == 4 and birth_date.isdigit():     # the year a masked view shows (visibility)
        return on.year - int(birth_date)
    born = date.fromisoformat(birth_date)
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


# ------------------------------------------------------------------ lookups
def resolve_household(store: Store, ref: str) -> dict:
    """A household by record id or 户号."""
    text = str(ref or "").strip()
    row = store.one("SELECT * FROM household WHERE id=? OR hh_no=?", (text, text))
    if row is None:
        raise NotFoundError(f"找不到户号为“{text}”的户。")
    return dict(row)


def person_with_household(store: Store, person_id: str) -> dict | None:
    """A person with their 户号 and 村民小组 name (what a picker shows), or None."""
    row = store.one(
        "SELECT p.*, h.hh_no, g.name AS group_name FROM person p "
        "LEFT JOIN household h ON h.id = p.household_id LEFT JOIN village_group g ON g.id = h.group_id "
        "WHERE p.id=?", (person_id,))
    return dict(row) if row else None


def household_detail(store: Store, household_id: str) -> dict:
    """A household with its group, grid (and keeper) and head's name, for the household view;
    {} when there is no such household."""
    row = store.one(
        "SELECT h.*, g.name AS group_name, d.name AS grid_name, d.keeper AS grid_keeper, "
        "p.name AS head_name FROM household h "
        "LEFT JOIN village_group g ON g.id = h.group_id LEFT JOIN grid d ON d.id = h.grid_id "
        "LEFT JOIN person p ON p.id = h.head_person_id WHERE h.id = ?", (household_id,))
    return dict(row) if row else {}


def households_for_choice(store: Store, text: str = "", limit: int = 200) -> list[dict]:
    """Active households to pick from (moving a person): by 户号 prefix or head's name prefix."""
    t = (text or "").strip()
    return [dict(r) for r in store.query(
        "SELECT h.id, h.hh_no, h.address, p.name AS head_name FROM household h "
        "LEFT JOIN person p ON p.id = h.head_person_id WHERE h.status = 'active' "
        "AND (? = '' OR h.hh_no >= ? AND h.hh_no < ? OR p.name >= ? AND p.name < ?) "
        "ORDER BY h.hh_no LIMIT ?", (t, t, t + "\uffff", t, t + "\uffff", limit))]


def household_members(store: Store, household_id: str, *, include_left: bool = False) -> list[dict]:
    """Members, head first; `include_left` adds the dead, moved-out and merged (history)."""
    where = "" if include_left else " AND status IN ('在册', '外出务工')"
    return [dict(r) for r in store.query(
        "SELECT * FROM person WHERE household_id=?" + where +
        " ORDER BY relation <> '户主', status NOT IN ('在册', '外出务工'), birth_date", (household_id,))]


def save_person(store: Store, person_id: str | None, values: dict[str, Any], *, household_id: str | None = None,
                new_household: dict[str, Any] | None = None, join_groups: list[dict] = (),
                leave_groups: list[dict] = (), group_starts: list[dict] = ()) -> str:
    """The person form's 保存 (GUI), all in one transaction: add the person (into household_id,
    or the household with new_household's 户号, made from it when there is none yet) or
    change only what differs; then the special-group memberships whose start date was
    corrected (set_start_date's keywords), added (add_membership's) and ended
    (end_membership's). Returns the person's id."""
    from desktop.core.roster import groups
    with store.transaction():
        if person_id:
            current = get_person(store, person_id)
            changes = {k: v for k, v in values.items() if (current.get(k) or None) != (v or None)}
            if changes:
                update_person(store, person_id, **changes)
        else:
            if household_id is None:
                existing = household_by_no(store, (new_household or {}).get("hh_no", ""))
                household_id = existing["id"] if existing else add_household(store, **(new_household or {"hh_no": ""}))
            person_id = add_person(store, household_id=household_id, **values)
        for kw in group_starts:
            groups.set_start_date(store, **kw)
        for kw in join_groups:
            groups.add_membership(store, person_id, **kw)
        for kw in leave_groups:
            groups.end_membership(store, **kw)
    return person_id
