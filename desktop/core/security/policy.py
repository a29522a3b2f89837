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


def guard_for(role: str):
    def guard(table: str, op: str) -> None:
        if not allowed(role, table):
            raise PermissionDenied(f"当前用户（{ROLE_LABELS.get(role, role)}）无权修改这类记录（{table}）："
                                   f"{_WHY.get(role, '权限不足')}。")
    return guard


def sees_sensitive(role: str | None) -> bool:
    """Every personal field in full (security.visibility decides, field by field)."""
    from desktop.core.security.visibility import sees_all
    return sees_all(role)
