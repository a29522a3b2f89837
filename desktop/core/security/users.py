"""Users, passwords (scrypt), login with lockout. Roles are applied to the store at login."""
from __future__ import annotations

import hashlib
import hmac
import secrets
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone

from db import Store
from db.errors import CunwuError, NotFoundError, PermissionDenied, ValidationError
from desktop.core.inputs.text import refuse_invisible
from desktop.core.security import policy

SCRYPT = {"n": 2 ** 14, "r": 8, "p": 1}      # 16 MiB per hash: slow to brute-force, quick enough to log in
MAX_FAILURES = 5
LOCK_MINUTES = 15
MIN_PASSWORD = 6


class LoginError(CunwuError):
    """`locked`: refused because the account is locked (the password was not even tried)."""

    def __init__(self, message: str, *, locked: bool = False):
        super().__init__(message)
        self.locked = locked


# One message for every refused login: whether a user name exists, or is locked, must not leak.
REFUSED = (f"用户名或密码不对。连续输错 {MAX_FAILURES} 次的账户会锁定 {LOCK_MINUTES} 分钟，"
           "请稍后再试或请管理员解锁。")


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, dklen=32, **SCRYPT)
    return f"scrypt${SCRYPT['n']}${SCRYPT['r']}${SCRYPT['p']}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    got = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                        dklen=len(digest) // 2)
    return hmac.compare_digest(got.hex(), digest)


def _check_password(password: str) -> None:
    if len(password or "") < MIN_PASSWORD:
        raise ValidationError(f"密码至少 {MIN_PASSWORD} 位。", field="password")


def has_users(store: Store) -> bool:
    return bool(store.scalar("SELECT 1 FROM security_user WHERE active=1 AND site_id=? LIMIT 1",
                             (store.site_id,))) if store.initialised else False


def add_user(store: Store, username: str, password: str, role: str, display_name: str = "") -> str:
    username = refuse_invisible((username or "").strip(), field="username", label="用户名")
    display_name = refuse_invisible(display_name or "", field="display_name", label="显示名")
    if not username:
        raise ValidationError("用户名不能为空。", field="username")
    if role not in policy.ROLE_LABELS:
        raise ValidationError(f"角色只能是：{'、'.join(f'{k}（{v}）' for k, v in policy.ROLE_LABELS.items())}。",
                              field="role")
    _check_password(password)
    if store.one("SELECT 1 FROM security_user WHERE username=? AND site_id=?", (username, store.site_id)):
        raise ValidationError(f"用户名“{username}”已存在。", field="username")
    if not has_users(store) and role != "admin":
        raise ValidationError("第一个用户必须是管理员（admin），以便日后管理其他用户。", field="role")
    return store.insert("security_user", {"username": username, "display_name": display_name.strip() or username,
                                          "role": role, "pw_hash": hash_password(password)})


def list_users(store: Store) -> list[dict]:
    return [{k: r[k] for k in ("username", "display_name", "role", "active", "locked_until", "last_login")}
            for r in store.query("SELECT * FROM security_user WHERE site_id=? ORDER BY username",
                                 (store.site_id,))]


def _user(store: Store, username: str):
    row = store.one("SELECT * FROM security_user WHERE username=? AND site_id=?", (username, store.site_id))
    if row is None:
        raise NotFoundError(f"没有用户“{username}”。")
    return row


@contextmanager
def _as_system(store: Store):
    """Bookkeeping of logins (failure counts) is not the user's own write."""
    guard, actor = store.guard, store.actor
    store.guard, store.actor = None, "system"
    try:
        yield
    finally:
        store.guard, store.actor = guard, actor


# Verified against when the user name is unknown, so that answer takes as long as a real one.
_DUMMY_HASH = f"scrypt${SCRYPT['n']}${SCRYPT['r']}${SCRYPT['p']}${'00' * 16}${'00' * 32}"


def login(store: Store, username: str, password: str, *, now: datetime | None = None) -> dict:
    """Check the password; on success the store writes as this user with this role's rights.

    The lock check, the guess and its counting happen in one write transaction (BEGIN
    IMMEDIATE): parallel guesses from other windows or processes queue behind each other, so
    once the account locks every later guess is refused as locked, untried. An unknown or
    disabled name costs the same scrypt work and gets the same message as a wrong password."""
    now = now or datetime.now(timezone.utc)
    with _as_system(store), store.transaction():
        row = store.one("SELECT * FROM security_user WHERE username=? AND site_id=?",
                        ((username or "").strip(), store.site_id))
        if row is None or not row["active"]:
            verify_password(password or "", _DUMMY_HASH)
            raise LoginError(REFUSED)
        if row["locked_until"] and datetime.fromisoformat(row["locked_until"]) > now:
            verify_password(password or "", _DUMMY_HASH)
            raise LoginError(REFUSED, locked=True)
        if not verify_password(password or "", row["pw_hash"]):
            failures = row["failed_count"] + 1
            changes: dict = {"failed_count": failures}
            if failures >= MAX_FAILURES:
                changes = {"failed_count": 0, "locked_until": (now + timedelta(minutes=LOCK_MINUTES)).isoformat()}
            store.update("security_user", row["id"], changes)
            failed = LoginError(REFUSED)
        else:
            failed = None
            store.update("security_user", row["id"], {"failed_count": 0, "locked_until": None,
                                                      "last_login": now.isoformat()})
    if failed:          # raised after the commit: the counted failure stays counted
        raise failed
    apply_session(store, row["username"], row["role"])
    return {"username": row["username"], "display_name": row["display_name"], "role": row["role"]}


def apply_session(store: Store, username: str, role: str) -> None:
    store.actor = username
    store.role = role
    store.guard = policy.guard_for_store(store, role)


def set_password(store: Store, username: str, new_password: str) -> None:
    """Admins reset anyone's password; a user may change their own."""
    _check_password(new_password)
    row = _user(store, username)
    if store.role not in (None, "admin") and store.actor != username:
        raise LoginError("只能修改自己的密码；重置他人密码请找管理员。")
    with _as_system(store):
        store.update("security_user", row["id"], {"pw_hash": hash_password(new_password), "failed_count": 0,
                                                  "locked_until": None})


def set_active(store: Store, username: str, active: bool) -> None:
    with store.transaction():
        row = _user(store, username)
        if not active and _last_active_admin(store, row):
            raise ValidationError("不能停用最后一个管理员。")
        store.update("security_user", row["id"], {"active": 1 if active else 0})


def _last_active_admin(store: Store, row) -> bool:
    return row["role"] == "admin" and row["active"] and store.scalar(
        "SELECT COUNT(*) FROM security_user WHERE role='admin' AND active=1 AND site_id=?",
        (store.site_id,)) <= 1


def set_role(store: Store, username: str, role: str) -> None:
    if role not in policy.ROLE_LABELS:
        raise ValidationError(f"未知角色“{role}”。", field="role")
    with store.transaction():
        row = _user(store, username)
        if role != "admin" and _last_active_admin(store, row):
            raise ValidationError("不能更改最后一个管理员的角色：否则就没有人能管理用户了。请先把另一位用户设为管理员。",
                                  field="role")
        store.update("security_user", row["id"], {"role": role})


def acting_as(store: Store, named: str | None, *, roles: tuple[str, ...], act: str, label: str) -> str | None:
    """Who made an act recorded under its maker's name (a 监委会 sign-off, a query's answer).

    Single-user mode (no one logged in): the name given, as today. With users: the logged-in
    user, whose role must be one of `roles`; naming someone else is refused. Off when the
    village turned the setting "security.separate_duties" off."""
    if store.role is None or not policy.duty_setting(store, "security.separate_duties"):
        return named
    who = policy.ROLE_LABELS.get(store.role, store.role)
    if store.role not in roles:
        allowed = "、".join(policy.ROLE_LABELS[r] for r in roles)
        raise PermissionDenied(f"只有{allowed}可以{act}，当前用户是{who}。")
    me = session_name(store)
    if named and named.strip() not in (me, store.actor):
        raise PermissionDenied(f"{label}只能是登录的用户本人（{me}），不能以“{named.strip()}”的名义{act}。")
    return me


def session_name(store: Store) -> str | None:
    """The logged-in user's display name (None in single-user mode): the name such acts carry."""
    if store.role is None:
        return None
    row = store.one("SELECT display_name FROM security_user WHERE username=? AND site_id=?",
                    (store.actor, store.site_id))
    return (row["display_name"] if row else "") or store.actor
