"""Who may write what. Enforced in the store's write path (Store.guard), so the GUI, the CLI
and scripts are held to the same rules.

Tables are matched by shell pattern; the first matching rule of a role decides.
"""
from __future__ import annotations

from fnmatch import fnmatch

from db.errors import PermissionDenied

ROLE_LABELS = {"admin": "管理员", "clerk": "村务员", "supervisor": "监委会", "township": "乡镇人员"}

# Users and the installation's own settings are the admin's.
ADMIN_ONLY = ["security_user", "settings", "site"]
# What only the 监委会 writes: its sign-offs and reviews.
SUPERVISION = ["funds_signoff*", "funds_review*", "funds_supervision*"]
# Records anyone logged in may leave: what they printed, villagers' queries and answers.
ANYONE = ["notices_printed*", "notice_history*", "notices_history*", "funds_query*"]

_ALLOW: dict[str, list[str]] = {
    "admin": ["*"],
    "clerk": ["*"],
    "supervisor": SUPERVISION + ANYONE,
    "township": ["*"],
}
_DENY: dict[str, list[str]] = {
    "admin": [],
    "clerk": ADMIN_ONLY + SUPERVISION,
    "supervisor": [],
    "township": ADMIN_ONLY,
}
_WHY = {
    "clerk": "村务员不能管理用户和系统设置，也不能代替监委会签字",
    "supervisor": "监委会成员可以查看全部数据、审核签字，但不能录入或修改账目和台账",
    "township": "乡镇人员不能管理本机用户和系统设置",
}


def allowed(role: str, table: str) -> bool:
    if any(fnmatch(table, pat) for pat in _DENY.get(role, ["*"])):
        return False
    return any(fnmatch(table, pat) for pat in _ALLOW.get(role, []))


# Separation of duties: village settings, safe by default (issue 15). "separate_duties": the
# 监委会's sign-offs and reviews are written by 监委会 users only (an admin cannot sign for them);
# "township_read_only": a township user on a village PC reads, prints, and writes nothing else.
DUTY_SETTINGS = {"security.separate_duties": True, "security.township_read_only": True}
_WHY_READ_ONLY = "乡镇人员在村里的电脑上只能查看和打印，不能录入或修改（系统设置“乡镇人员只读”）"
_WHY_DUTIES = "监委会的审核签字只能由监委会成员本人登录后录入（系统设置“职责分离”）"


def duty_setting(store, key: str) -> bool:
    return bool(store.setting(key, DUTY_SETTINGS[key])) if store.initialised else DUTY_SETTINGS[key]


def guard_for(role: str, *, township_read_only: bool = False, separate_duties: bool = False):
    def guard(table: str, op: str) -> None:
        if township_read_only and role == "township" and not any(fnmatch(table, p) for p in ANYONE):
            raise PermissionDenied(f"当前用户（{ROLE_LABELS[role]}）无权修改这类记录（{table}）：{_WHY_READ_ONLY}。")
        if separate_duties and role != "supervisor" and any(fnmatch(table, p) for p in SUPERVISION):
            raise PermissionDenied(f"当前用户（{ROLE_LABELS.get(role, role)}）无权录入这类记录（{table}）：{_WHY_DUTIES}。")
        if not allowed(role, table):
            raise PermissionDenied(f"当前用户（{ROLE_LABELS.get(role, role)}）无权修改这类记录（{table}）："
                                   f"{_WHY.get(role, '权限不足')}。")
    return guard


def guard_for_store(store, role: str):
    """The guard for `role` on this PC, with the village's duty settings."""
    on_village_pc = store.initialised and store.scalar("SELECT role FROM site WHERE id=?", (store.site_id,)) != "township"
    return guard_for(role, township_read_only=on_village_pc and duty_setting(store, "security.township_read_only"),
                     separate_duties=duty_setting(store, "security.separate_duties"))


def sees_sensitive(role: str | None) -> bool:
    """Every personal field in full (security.visibility decides, field by field)."""
    from desktop.core.security.visibility import sees_all
    return sees_all(role)
