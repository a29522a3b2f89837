"""The rows a change in a person's or household's life reads and writes: the person or the
household by id, the person_event / household_event log, a required reason, and ending open
special-group memberships. Shared by lifecycle.py, merging.py and life_history.py."""
from __future__ import annotations

import json

from db import Store
from db.errors import NotFoundError, ValidationError


def person_record(store: Store, person_id: str) -> dict:
    row = store.one("SELECT * FROM person WHERE id=?", (person_id,))
    if row is None:
        raise NotFoundError("找不到此人（可能已被删除或编号有误）。")
    return dict(row)


def household_record(store: Store, household_id: str) -> dict:
    row = store.one("SELECT * FROM household WHERE id=?", (household_id,))
    if row is None:
        raise NotFoundError("找不到这一户。")
    return dict(row)


def require_reason(reason: str, what: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(f"{what}需要填写原因。", field="reason")
    return reason


def log_person_event(store: Store, person_id: str, kind: str, day: str, reason: str = "", *,
                from_status: str | None = None, to_status: str | None = None,
                from_household_id: str | None = None, to_household_id: str | None = None,
                other_person_id: str | None = None, detail: dict | None = None) -> str:
    return store.insert("person_event", {
        "person_id": person_id, "kind": kind, "event_date": day, "reason": reason,
        "from_status": from_status, "to_status": to_status,
        "from_household_id": from_household_id, "to_household_id": to_household_id,
        "other_person_id": other_person_id,
        "detail": json.dumps(detail, ensure_ascii=False, sort_keys=True) if detail else ""})


def log_household_event(store: Store, household_id: str, kind: str, day: str, reason: str = "", *,
                   person_id: str | None = None, other_person_id: str | None = None,
                   detail: dict | None = None) -> str:
    return store.insert("household_event", {
        "household_id": household_id, "kind": kind, "event_date": day, "reason": reason,
        "person_id": person_id, "other_person_id": other_person_id,
        "detail": json.dumps(detail, ensure_ascii=False, sort_keys=True) if detail else ""})


def end_open_groups(store: Store, person_id: str, day: str) -> list[str]:
    """End every open special-group membership on `day`; returns their ids (for restore)."""
    ended = []
    for row in store.query("SELECT id, start_date FROM person_group WHERE person_id=? AND end_date IS NULL",
                           (person_id,)):
        end = max(day, row["start_date"] or day)
        store.update("person_group", row["id"], {"end_date": end})
        ended.append(row["id"])
    return ended
