"""What each role may see of a person: the one place that decides, for every personal field,
full / masked / hidden. Every way out of the file (search, show, household view, person
dialog, roster exports, notices, export-person, sync export, backups) asks here.

PIPL treats 身份证号, health (disability) and 低保-type status as sensitive personal information:
only the people who run the office (admin, clerk; and single-user mode, where the one user
is the clerk) see them in full. The 监委会 and township users see what their job needs:
who, which household and group, which special groups (these are publicly posted, 公示),
and ID numbers, phones and birth dates masked.

Whole-file actions (backup, restore, raw exports of everything one person or the village
holds, sync bundles) hand over every field in full: they are for admin and clerk only.
"""
from __future__ import annotations

import re
from typing import Any

from db import Store
from db.errors import PermissionDenied
from desktop.core.roster import idcard

FULL, MASKED, HIDDEN = "full", "masked", "hidden"

# Personal fields, by the keys rows carry them under, with the Chinese name for README/messages.
FIELDS = {
    "id_number": "身份证号", "phone": "联系电话", "birth_date": "出生日期", "health": "残疾类别与等级",
    "groups": "低保等特殊群体", "address": "住址", "note": "备注",
}
# The roles that run the office; None is single-user mode (no users defined).
OFFICE = (None, "admin", "clerk")
_OUTSIDERS = {
    "id_number": MASKED, "phone": MASKED, "birth_date": MASKED, "health": MASKED,
    "groups": FULL, "address": FULL, "note": HIDDEN,
}
POLICY: dict[str | None, dict[str, str]] = {
    **{role: dict.fromkeys(FIELDS, FULL) for role in OFFICE},
    "supervisor": dict(_OUTSIDERS),
    "township": dict(_OUTSIDERS),
}
# Keys under which rows carry a field (households carry their own phone and address).
_KEYS = {"id_number": ("id_number",), "phone": ("phone", "hh_phone"), "birth_date": ("birth_date",),
         "address": ("address",), "note": ("note", "status_reason")}


def level(role: str | None, field: str) -> str:
    """full / masked / hidden for this role and field; unknown roles see nothing."""
    return POLICY.get(role, {}).get(field, HIDDEN)


def sees_all(role: str | None) -> bool:
    return all(v == FULL for v in POLICY.get(role, {}).values()) and role in POLICY


def mask_phone(phone: str) -> str:
    phone = phone or ""
    if not phone:
        return ""
    return phone[:3] + "****" + phone[-4:] if len(phone) >= 11 else "****"


def _show(field: str, how: str, value: Any) -> Any:
    if how == FULL or value in (None, ""):
        return value
    if how == HIDDEN:
        return None if value is None else ""
    if field == "id_number":
        return idcard.mask(value)
    if field == "phone":
        return mask_phone(value)
    if field == "birth_date":
        return str(value)[:4]          # the year: ages and 高龄 still read, the day does not
    return ""


def view_person(role: str | None, row: dict) -> dict:
    """A copy of a person-like row (search row, profile, export row, member) as `role` may see it."""
    if sees_all(role):
        return dict(row)
    out = dict(row)
    for field, keys in _KEYS.items():
        how = level(role, field)
        for key in keys:
            if key in out:
                out[key] = _show(field, how, out[key])
    if "groups" in out and isinstance(out["groups"], list):
        out["groups"] = [view_group(role, g) for g in out["groups"] if level(role, "groups") != HIDDEN]
    if "special" in out and isinstance(out["special"], str):
        out["special"] = view_special(role, out["special"])
    if isinstance(out.get("household"), dict):
        out["household"] = view_person(role, out["household"])
    if isinstance(out.get("members"), list):
        out["members"] = [view_person(role, m) for m in out["members"]]
    return out


def view_group(role: str | None, group: dict) -> dict:
    """A special-group membership: the disability's category and grade are health data."""
    out = dict(group)
    if out.get("kind") == "残疾" and level(role, "health") != FULL:
        out["detail"] = ""
    if level(role, "note") != FULL and "note" in out:
        out["note"] = ""
    return out


def view_special(role: str | None, text: str) -> str:
    """The export's '低保、残疾（肢体二级，2020-03-01起）' column as `role` may see it: without
    the health data the disability keeps only its start, '残疾（2020-03-01起）'."""
    if level(role, "groups") == HIDDEN:
        return ""
    if level(role, "health") == FULL or not text:
        return text
    return "、".join(_without_detail(part) if part.startswith("残疾") else part for part in text.split("、"))


_START = re.compile(r"[（，](\d{4}-\d{2}-\d{2}起)）$")


def _without_detail(part: str) -> str:
    start = _START.search(part)
    return f"残疾（{start.group(1)}）" if start else "残疾"


WHOLE_FILE_WHY = "备份、恢复和整份导出含全部个人敏感信息，只有管理员和村务员可以操作"


def may_take_whole_file(store: Store) -> bool:
    """Backups, restore, export-person, sync bundles: every field in full."""
    return store.role in OFFICE


def require_whole_file(store: Store, what: str) -> None:
    """Refuse, before anything is written, a whole-file action for a role that may not take one."""
    if not may_take_whole_file(store):
        from desktop.core.security.policy import ROLE_LABELS
        raise PermissionDenied(f"当前用户（{ROLE_LABELS.get(store.role, store.role)}）不能{what}："
                               f"{WHOLE_FILE_WHY}。")


def require_full_view(store: Store, what: str) -> None:
    """Refuse an action that shows every personal field in full (export-person) to other roles."""
    if not sees_all(store.role):
        from desktop.core.security.policy import ROLE_LABELS
        raise PermissionDenied(f"当前用户（{ROLE_LABELS.get(store.role, store.role)}）不能{what}："
                               "完整的身份证号、电话和健康信息只有管理员和村务员可以查看。")

