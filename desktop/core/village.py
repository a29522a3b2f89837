"""The installation's village (or township): init, groups (村民小组) and grids (网格)."""
from __future__ import annotations

import re

from db import Store
from db.errors import CunwuError, NotFoundError, ValidationError

DIVISION_CODE = re.compile(r"^\d{12}$")


def init_site(store: Store, *, name: str, division_code: str, township: str = "",
              county: str = "", role: str = "village", groups: list[str] | None = None) -> str:
    name = (name or "").strip()
    code = (division_code or "").strip()
    if not name:
        raise ValidationError("村名不能为空。", field="name")
    if not DIVISION_CODE.match(code):
        raise ValidationError(f"区划代码应为 12 位数字（统计用区划代码），现在是“{code}”。",
                              field="division_code")
    if role not in ("village", "township"):
        raise ValidationError("类型只能是村（village）或乡镇（township）。", field="role")
    with store.transaction():
        site_id = store.create_site({"name": name, "division_code": code, "township": township.strip(),
                                     "county": county.strip(), "role": role})
        for i, g in enumerate(groups or []):
            add_group(store, g, sort_order=i + 1)
    return site_id


def set_up(store: Store, *, name: str, division_code: str, township: str = "", county: str = "",
           role: str = "village", groups: list[str] | None = None, clerk_name: str = "",
           admin: tuple[str, str] | None = None) -> str:
    """A new installation in one transaction (`cunwu init`, the setup wizard): the site and
    its groups, the clerk's name, an administrator (username, password) when the clerk wants
    a login, and the key pair that signs sync bundles. A refusal leaves the file empty."""
    from desktop.core.security import users
    from desktop.core.sync import keys
    with store.transaction():
        site_id = init_site(store, name=name, division_code=division_code, township=township, county=county,
                            role=role, groups=groups)
        if clerk_name.strip():
            store.set_setting("clerk.name", clerk_name.strip())
        if admin is not None:
            users.add_user(store, admin[0], admin[1], "admin", clerk_name)
        keys.ensure_keys(store)
    return site_id


def site_info(store: Store) -> dict:
    row = store.one("SELECT * FROM site LIMIT 1")
    if row is None:
        raise CunwuError("本数据文件尚未初始化村庄信息，请先运行 cunwu init。")
    return dict(row)


def update_site(store: Store, **changes) -> dict:
    allowed = {"name", "township", "county"}
    bad = set(changes) - allowed
    if bad:
        raise ValidationError(f"不能修改这些村庄信息：{', '.join(sorted(bad))}")
    if "name" in changes and not str(changes["name"]).strip():
        raise ValidationError("村名不能为空。", field="name")
    return store.update("site", store.site_id, {k: str(v).strip() for k, v in changes.items()})


def save_settings(store: Store, *, high_age=None, **site_changes) -> None:
    """The settings page's village section as one change: name/township/county as typed
    (unchanged ones are skipped) and the 高龄 age; a refusal leaves both as they were."""
    from desktop.core.roster import groups as special_groups
    info = site_info(store)
    changes = {k: str(v).strip() for k, v in site_changes.items() if str(v).strip() != info.get(k)}
    with store.transaction():
        if changes:
            update_site(store, **changes)
        if high_age is not None:
            special_groups.set_high_age(store, high_age)


def add_group(store: Store, name: str, *, leader: str = "", sort_order: int | None = None) -> str:
    name = (name or "").strip()
    if not name:
        raise ValidationError("村民小组名称不能为空。", field="name")
    if store.one("SELECT 1 FROM village_group WHERE name=? AND active=1", (name,)):
        raise ValidationError(f"村民小组“{name}”已存在。", field="name")
    if sort_order is None:
        sort_order = (store.scalar("SELECT MAX(sort_order) FROM village_group") or 0) + 1
    return store.insert("village_group", {"name": name, "leader": leader.strip(), "sort_order": sort_order})


def rename_group(store: Store, group_id: str, name: str, leader: str | None = None) -> None:
    name = (name or "").strip()
    if not name:
        raise ValidationError("村民小组名称不能为空。", field="name")
    clash = store.one("SELECT 1 FROM village_group WHERE name=? AND active=1 AND id<>?", (name, group_id))
    if clash:
        raise ValidationError(f"村民小组“{name}”已存在。", field="name")
    changes = {"name": name}
    if leader is not None:
        changes["leader"] = leader.strip()
    store.update("village_group", group_id, changes)


def groups(store: Store, site_id: str | None = None) -> list[dict]:
    """Active 村民小组; site_id: only that site's (a township file holds every village's)."""
    where, params = ("active=1 AND site_id=?", (site_id,)) if site_id else ("active=1", ())
    return [dict(r) for r in store.query(
        f"SELECT * FROM village_group WHERE {where} ORDER BY sort_order, name", params)]


def group_id_by_name(store: Store, name: str, *, create: bool = False) -> str:
    name = (name or "").strip()
    row = store.one("SELECT id FROM village_group WHERE name=? AND active=1", (name,))
    if row:
        return row[0]
    if create:
        return add_group(store, name)
    raise NotFoundError(f"没有名为“{name}”的村民小组。")


def add_grid(store: Store, name: str, *, group_id: str | None = None, keeper: str = "",
             phone: str = "") -> str:
    name = (name or "").strip()
    if not name:
        raise ValidationError("网格名称不能为空。", field="name")
    if store.one("SELECT 1 FROM grid WHERE name=? AND active=1", (name,)):
        raise ValidationError(f"网格“{name}”已存在。", field="name")
    return store.insert("grid", {"name": name, "group_id": group_id, "keeper": keeper.strip(),
                                 "phone": phone.strip()})


def update_grid(store: Store, grid_id: str, **changes) -> None:
    allowed = {"name", "group_id", "keeper", "phone", "active"}
    bad = set(changes) - allowed
    if bad:
        raise ValidationError(f"网格没有这些字段：{', '.join(sorted(bad))}")
    if "name" in changes:
        changes["name"] = (changes["name"] or "").strip()
        if not changes["name"]:
            raise ValidationError("网格名称不能为空。", field="name")
    store.update("grid", grid_id, changes)


def grids(store: Store) -> list[dict]:
    return [dict(r) for r in store.query("SELECT * FROM grid WHERE active=1 ORDER BY name")]
