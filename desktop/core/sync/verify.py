"""Verifying a bundle before anything of it is written: framing, sender registered, signature
with the registered key, receiver, schema, payload hash, decryption, content hash, counts,
origins, gaps. A refusal says why in Chinese; importing.py applies what passes."""
from __future__ import annotations

import hashlib
import json
import zlib

from db import Store
from db import migrate
from db.errors import RefusedError
from desktop.core import village
from desktop.core.sync import bundle, keys, peers
from desktop.core.sync.acks import through


class Verified:
    """A bundle that passed every check: its manifest, its changes, the peer that signed it, its size."""

    def __init__(self, manifest: dict, changes: list[list], peer: dict, size: int):
        self.manifest, self.changes, self.peer, self.size = manifest, changes, peer, size


def _fp(public_hex: str) -> str:
    try:
        return keys.fingerprint(public_hex)
    except ValueError:
        return "（无效）"


def verify_bundle(store: Store, data: bytes) -> Verified:
    """Every check, before anything is written. Raises RefusedError with the reason in Chinese."""
    raw = bundle.unpack(data)
    try:
        manifest = json.loads(raw.manifest_bytes.decode("utf-8"))
        sender, receiver = manifest["sender"], manifest["receiver"]
        sender_key, sender_site = str(sender["public_key"]), str(sender["site_id"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise RefusedError("数据包已损坏：清单无法读取（文件内容被改动过），没有导入任何内容。")
    sender_name = f"{sender.get('name', '')}（{sender.get('division_code', '')}）"
    peer = peers.peer_by_key(store, sender_key)
    if peer is None:
        known = peers.peer_by_site(store, sender_site)
        if known is not None:
            raise RefusedError(
                f"数据包的签名密钥与本机登记的“{known['name']}”的密钥不一致（数据包指纹 {_fp(sender_key)}，"
                f"登记的指纹 {keys.fingerprint(known['public_key'])}）。可能是伪造的数据包，或对方重装后换了密钥；"
                "请当面核对指纹后重新登记，没有导入任何内容。")
        raise RefusedError(f"发送方 {sender_name} 没有在本机登记，不能导入。请先导入对方的密钥卡并核对指纹。")
    if not keys.verify(peer["public_key"], raw.manifest_bytes, raw.signature):
        raise RefusedError(f"签名验证失败：这个数据包不是“{peer['name']}”签发的，或者文件内容被改动过。没有导入任何内容。")
    if peer["peer_site_id"] and peer["peer_site_id"] != sender_site:
        raise RefusedError(f"数据包的发送方编号与登记的“{peer['name']}”不一致，没有导入任何内容。")
    if not peer["peer_site_id"]:   # registered by key alone: its first bundle names its site
        other = peers.peer_by_site(store, sender_site)
        taken = sender_site == store.site_id or other is not None or store.scalar(
            "SELECT 1 FROM sync_origin WHERE site_id=? AND origin_site_id=?", (store.site_id, sender_site))
        if taken:
            raise RefusedError(f"“{peer['name']}”的数据包自称是另一个已登记单位（{other['name'] if other else sender_site}），"
                               "已拒绝，没有导入任何内容。")
    if manifest.get("format") != bundle.FORMAT:
        raise RefusedError("数据包格式版本本程序不认识，请升级村务通。")
    my_key = keys.existing_public_key(store)
    if receiver.get("public_key") != my_key or receiver.get("site_id") not in (None, store.site_id):
        me = village.site_info(store)["name"]
        raise RefusedError(f"这个数据包是“{peer['name']}”发给“{receiver.get('name', '')}”的，不是发给本机（{me}）的，"
                           "没有导入任何内容。")
    unknown = sorted(set(manifest.get("migrations") or []) - {m.key for m in migrate.available()})
    if unknown:
        raise RefusedError(f"数据包由较新版本的村务通生成（本程序不认识的结构更新：{'、'.join(unknown)}），"
                           "请先升级本机的村务通再导入。没有导入任何内容。")
    if len(raw.payload) != manifest.get("payload_bytes") \
            or hashlib.sha256(raw.payload).hexdigest() != manifest.get("payload_sha256"):
        raise RefusedError("数据包内容与清单的校验值不符（文件损坏或被改动过），没有导入任何内容。")
    plain = keys.unseal(store, raw.payload)
    if hashlib.sha256(plain).hexdigest() != manifest.get("content_sha256"):
        raise RefusedError("数据包解密后的内容校验值不符，没有导入任何内容。")
    try:
        changes = json.loads(zlib.decompress(plain).decode("utf-8"))["changes"]
    except (zlib.error, ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise RefusedError("数据包内容无法读取（已损坏），没有导入任何内容。")
    if len(changes) != manifest.get("change_count"):
        raise RefusedError("数据包里的变更条数与清单不符，没有导入任何内容。")
    counts: dict[str, dict[str, int]] = {}
    relay = peer["role"] == "township" and peer["relation"] == "child"
    for c in changes:
        if not isinstance(c, list) or len(c) != 8 or c[4] not in ("insert", "update", "delete") \
                or not all(isinstance(c[i], str) for i in (0, 2, 3)) or not isinstance(c[1], int) \
                or not (c[5] is None or isinstance(c[5], str)):
            raise RefusedError("数据包里有格式不对的变更记录，没有导入任何内容。")
        if c[0] != sender_site and not relay:
            raise RefusedError(f"数据包里有不属于“{peer['name']}”的变更（来自其他单位），已拒绝，没有导入任何内容。")
        per = counts.setdefault(c[2], {})
        per[c[4]] = per.get(c[4], 0) + 1
    if counts != manifest.get("counts"):
        raise RefusedError("数据包里各表的变更数与清单不符，没有导入任何内容。")
    check_gaps(store, manifest, peer)
    return Verified(manifest, changes, peer, len(data))


def check_gaps(store: Store, manifest: dict, peer: dict) -> None:
    held = through(store)
    for origin, r in (manifest.get("ranges") or {}).items():
        if origin == store.site_id:
            continue
        have = held.get(origin, 0)
        if r["from"] <= have + 1:
            continue
        lo, hi = have + 1, r["from"] - 1
        missing = [e["bundle_no"] for e in manifest.get("earlier") or []
                   if origin in e["ranges"] and e["ranges"][origin]["to"] >= lo
                   and e["ranges"][origin]["from"] <= hi]
        where = (f"第 {'、'.join(str(n) for n in missing)} 号数据包" if missing else "更早的数据包")
        raise RefusedError(
            f"缺少“{peer['name']}”{where}（其中的第 {lo}–{hi} 号变更）：这是第 {manifest['bundle_no']} 号数据包，"
            f"本机只收到第 {have} 号变更为止。请先导入{where}，或请对方重新导出一个完整的数据包"
            "（cunwu sync export 不加 --incremental；对方数据恢复过时加 --full）。没有导入任何内容。")
