"""One person or one household, everything the roster knows, as plain data: the shape
`cunwu roster show` / `roster household show --json` print (a contract for scripts)."""
from __future__ import annotations

from db import Store
from desktop.core.roster import codes, groups, life_history, lifecycle, people, search
from desktop.core.security.visibility import view_person

# The special groups the overview page counts (the same counts the roster page's filters give).
OVERVIEW_GROUPS = ("高龄", "低保", "特困供养", "残疾", "留守儿童", "空巢老人")


def village_counts(store: Store) -> dict:
    """The overview's figures: active households, residents (在册 and 外出务工), those away, and
    residents in each of OVERVIEW_GROUPS (keyed 'group:<kind>')."""
    resident = list(lifecycle.RESIDENT)
    marks = ",".join("?" * len(resident))
    out = {"households": store.scalar("SELECT COUNT(*) FROM household WHERE status='active'"),
           "people": store.scalar(f"SELECT COUNT(*) FROM person WHERE status IN ({marks})", resident),
           "away": store.scalar("SELECT COUNT(*) FROM person WHERE status='外出务工'")}
    for kind in OVERVIEW_GROUPS:
        out[f"group:{kind}"] = search.count(store, "", special=kind, status=resident)
    return out


def person_profile(store: Store, person: dict) -> dict:
    """Everything about one person: details, household, special groups, history."""
    hh = store.one("SELECT h.*, g.name AS group_name FROM household h LEFT JOIN village_group g "
                   "ON g.id = h.group_id WHERE h.id=?", (person["household_id"],)) \
        if person["household_id"] else None
    keys = ("id", "name", "gender", "ethnicity", "id_number", "birth_date", "relation", "phone", "status",
            "status_date", "status_reason", "merged_into", "note")
    return view_person(store.role, {
        **{k: person[k] for k in keys},
        "ethnicity_name": codes.ETHNICITIES.get(person["ethnicity"], ""),
        "household": None if hh is None else {"id": hh["id"], "hh_no": hh["hh_no"], "address": hh["address"],
                                              "group_name": hh["group_name"],
                                              "is_head": hh["head_person_id"] == person["id"]},
        "groups": [{k: g[k] for k in ("kind", "detail", "start_date", "end_date", "note", "derived")}
                   for g in groups.memberships(store, person["id"])],
        "history": [{"kind": e["kind"], "date": e["event_date"], "reason": e["reason"],
                     "from_status": e["from_status"], "to_status": e["to_status"],
                     "from_hh_no": e["from_hh_no"], "to_hh_no": e["to_hh_no"], "other_name": e["other_name"],
                     "detail": e["detail"]} for e in life_history.history(store, person["id"])],
    })


def household_profile(store: Store, hh: dict, *, include_left: bool = False) -> dict:
    """A household with its members (`include_left`: also the dead, moved-out, merged) and history."""
    group = store.scalar("SELECT name FROM village_group WHERE id=?", (hh["group_id"],)) if hh["group_id"] else None
    keys = ("id", "name", "gender", "id_number", "birth_date", "relation", "phone", "status")
    return view_person(store.role, {
        "id": hh["id"], "hh_no": hh["hh_no"], "address": hh["address"], "group_name": group,
        "phone": hh["phone"], "status": hh["status"], "status_date": hh["status_date"],
        "status_reason": hh["status_reason"], "head_person_id": hh["head_person_id"], "note": hh["note"],
        "members": [{k: m[k] for k in keys} for m in
                    people.household_members(store, hh["id"], include_left=include_left)],
        "history": [{"kind": e["kind"], "date": e["event_date"], "reason": e["reason"],
                     "person_name": e["person_name"], "other_name": e["other_name"]}
                    for e in life_history.household_history(store, hh["id"])],
    })
