"""Who this installation exchanges bundles with, and the key card used to introduce oneself.

A village registers its township (relation 'parent'); a township registers the villages
it expects (relation 'child'). The first hand-over is a key card (JSON file or printout)
whose fingerprint both sides compare by eye.
"""
from __future__ import annotations

import json
from pathlib import Path

from db import Store
from db.errors import CunwuError, NotFoundError, RefusedError, ValidationError
from desktop.core import village
from desktop.core.sync import keys

CARD_KIND = "cunwu-key-card"


def my_role(store: Store) -> str:
    return village.site_info(store)["role"]


def identity(store: Store) -> dict:
    """This installation's key card: what a peer needs to register it."""
    info = village.site_info(store)
    public = keys.ensure_keys(store)
    return {"kind": CARD_KIND, "site_id": store.site_id, "name": info["name"],
            "division_code": info["division_code"], "role": info["role"],
            "public_key": public, "fingerprint": keys.fingerprint(public)}


def write_card(store: Store, path: str | Path) -> Path:
    from desktop.core.sync.bundle import write_atomic
    text = json.dumps(identity(store), ensure_ascii=False, indent=2, sort_keys=True)
    return write_atomic(path, text.encode("utf-8"))


def read_card(path: str | Path) -> dict:
    try:
        card = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CunwuError(f"找不到密钥卡文件：{path}")
    except (OSError, ValueError, UnicodeDecodeError):
        raise CunwuError(f"{path} 不是村务通密钥卡文件。")
    if not isinstance(card, dict) or card.get("kind") != CARD_KIND:
        raise CunwuError(f"{path} 不是村务通密钥卡文件。")
    return card


def add_peer(store: Store, *, name: str, public_key: str, role: str, division_code: str = "",
             peer_site_id: str | None = None, relation: str | None = None,
             expected_fingerprint: str | None = None, replace: bool = False) -> str:
    """Register a peer. The township registers each village it expects; a village its township.

    A second card for an office already registered (same division code or site id, another
    key) is refused unless `replace`: then the registered office gets the new key (a logged
    update of its row, so what it sent before stays attributed to it)."""
    name = (name or "").strip()
    if not name:
        raise ValidationError("对方名称不能为空。", field="name")
    if role not in ("village", "township"):
        raise ValidationError("对方类型只能是村（village）或乡镇（township）。", field="role")
    code = (division_code or "").strip()
    if code and not village.DIVISION_CODE.match(code):
        raise ValidationError(f"区划代码应为 12 位数字，现在是“{code}”。", field="division_code")
    public = keys.check_public_key(public_key)
    if expected_fingerprint is not None:
        wanted = expected_fingerprint.replace(" ", "").upper()
        if keys.fingerprint(public).replace(" ", "") != wanted:
            raise RefusedError("密钥指纹与对方打印的不一致：这张密钥卡可能不是对方的，已拒绝登记。")
    if public == keys.ensure_keys(store):
        raise RefusedError("这是本机自己的密钥，不能登记为对方。")
    if relation is None:   # a township's villages are below it; anything else is above
        relation = "child" if my_role(store) == "township" and role == "village" else "parent"
    if relation not in ("parent", "child"):
        raise ValidationError("关系只能是上级（parent）或下级（child）。", field="relation")
    with store.transaction():
        existing = store.one("SELECT id, peer_site_id FROM sync_peer WHERE site_id=? AND public_key=?",
                             (store.site_id, public))
        values = {"name": name, "division_code": code, "role": role, "relation": relation, "active": 1}
        if peer_site_id or not existing:
            values["peer_site_id"] = peer_site_id
        if existing and existing["peer_site_id"] and peer_site_id and existing["peer_site_id"] != peer_site_id:
            raise RefusedError(f"这把密钥已经登记给另一个单位（编号 {existing['peer_site_id']}），"
                               f"不能再登记给“{name}”。")
        same_office = _registered_office(store, code, peer_site_id, exclude_key=public)
        if same_office is not None:
            if not replace:
                raise RefusedError(
                    f"“{same_office['name']}”（{same_office['division_code'] or same_office['peer_site_id']}）已经用另一把密钥"
                    f"登记过（指纹 {keys.fingerprint(same_office['public_key'])}）。如果对方确实换了密钥（重装了村务通），"
                    "请当面核对新指纹后用“替换”重新登记（cunwu sync peer-add --replace）；没有登记。")
            if existing:
                raise RefusedError("新密钥已经登记给另一个同步对象，不能替换。")
            store.update("sync_peer", same_office["id"], {**values, "public_key": public})
            return same_office["id"]
        if existing:
            store.update("sync_peer", existing[0], values)
            return existing[0]
        return store.insert("sync_peer", {**values, "public_key": public})


def _registered_office(store: Store, code: str, peer_site_id: str | None, *, exclude_key: str) -> dict | None:
    """An active peer already registered for this division code or site id under another key."""
    for p in store.query("SELECT * FROM sync_peer WHERE site_id=? AND active=1 AND public_key<>?",
                         (store.site_id, exclude_key)):
        if (code and p["division_code"] == code) or (peer_site_id and p["peer_site_id"] == peer_site_id):
            return dict(p)
    return None


def add_peer_from_card(store: Store, path: str | Path, *, expected_fingerprint: str | None = None,
                       replace: bool = False) -> str:
    card = read_card(path)
    site = card.get("site_id")
    return add_peer(store, name=str(card.get("name", "")), public_key=str(card.get("public_key", "")),
                    role=str(card.get("role", "")), division_code=str(card.get("division_code", "")),
                    peer_site_id=str(site) if site else None, expected_fingerprint=expected_fingerprint,
                    replace=replace)


def peers(store: Store, *, include_inactive: bool = False) -> list[dict]:
    sql = "SELECT * FROM sync_peer WHERE site_id=?" + ("" if include_inactive else " AND active=1")
    rows = [dict(r) for r in store.query(sql + " ORDER BY relation DESC, division_code, name",
                                         (store.site_id,))]
    for r in rows:
        r["fingerprint"] = keys.fingerprint(r["public_key"])
    return rows


def find_peer(store: Store, text: str) -> dict:
    """A peer by name, division code, site id or fingerprint (as the clerk types it)."""
    wanted = (text or "").strip()
    squeezed = wanted.replace(" ", "").upper()
    for p in peers(store):
        if wanted in (p["name"], p["division_code"], p["peer_site_id"], p["id"]) \
                or (len(squeezed) >= 8 and p["fingerprint"].replace(" ", "").startswith(squeezed)):
            return p
    raise NotFoundError(f"没有登记名为“{wanted}”的同步对象。请先用 cunwu sync peer-add 登记（导入对方的密钥卡）。")


def peer_by_key(store: Store, public_key: str) -> dict | None:
    row = store.one("SELECT * FROM sync_peer WHERE site_id=? AND public_key=? AND active=1",
                    (store.site_id, public_key))
    return dict(row) if row else None


def peer_by_site(store: Store, peer_site_id: str) -> dict | None:
    row = store.one("SELECT * FROM sync_peer WHERE site_id=? AND peer_site_id=? AND active=1",
                    (store.site_id, peer_site_id))
    return dict(row) if row else None


def site_names(store: Store) -> dict[str, str]:
    """site id -> name, for every site this installation knows (itself and all peers' lists)."""
    names = {r["peer_site_id"]: r["name"] for r in store.query(
        "SELECT peer_site_id, name FROM sync_peer WHERE peer_site_id IS NOT NULL")}
    names.update({r["peer_site_id"]: r["name"] for r in store.query(
        "SELECT peer_site_id, name FROM sync_peer WHERE site_id=? AND peer_site_id IS NOT NULL",
        (store.site_id,))})
    names[store.site_id] = village.site_info(store)["name"]
    return names


def card_html(store: Store) -> str:
    """The printable key card for the first hand-over: both sides compare the fingerprint by eye."""
    import html
    c = identity(store)
    role = "乡镇" if c["role"] == "township" else "村"
    return (f"<h2 style='text-align:center'>村务通数据交换密钥卡</h2>"
            f"<p>单位：{html.escape(c['name'])}（{role}）　区划代码：{c['division_code']}</p>"
            f"<p style='font-size:16pt'>密钥指纹：<b>{c['fingerprint']}</b></p>"
            f"<p style='font-size:8pt'>公钥：{c['public_key']}</p>"
            "<p>对方登记本单位时，请逐组核对上面的指纹；一致才能登记。指纹不是密码，可以公开。</p>"
            "<p><br>经办人：__________　　日期：__________　　（盖章处）</p>")
