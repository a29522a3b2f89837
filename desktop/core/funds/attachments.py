"""Attachments (scanned receipts, photos, minutes): files copied beside the database.

A file is stored once under `<database folder>/attachments/<sha256><ext>` and named by
its content hash, so the record can prove the file was not altered and two records
of the same scan share one copy.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

from db import Store
from db.errors import CunwuError, NotFoundError, RefusedError, ValidationError

MAX_BYTES = 50 * 1024 * 1024
OWNERS = {"funds_entry": "凭证", "funds_decision_stage": "议事环节", "funds_signoff": "监委会签字"}


def attachments_dir(store: Store) -> Path:
    if store.path is None:
        raise CunwuError("内存数据库不能保存附件。")
    return Path(store.path).resolve().parent / "attachments"


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def stored_name(sha256: str, file_name: str) -> str:
    return sha256 + Path(file_name).suffix.lower()[:10]


def attach(store: Store, owner_table: str, owner_id: str, source) -> str:
    """Copy `source` into the attachments folder and record it against the owner."""
    if owner_table not in OWNERS:
        raise ValidationError(f"不能给“{owner_table}”添加附件。", field="owner_table")
    if store.one(f"SELECT 1 FROM {owner_table} WHERE id=?", (owner_id,)) is None:
        raise NotFoundError(f"找不到要添加附件的{OWNERS[owner_table]}（{owner_id}）。")
    src = Path(source)
    try:
        exists = src.is_file()
    except (OSError, ValueError):
        exists = False
    if not exists:
        raise ValidationError(f"附件文件 {src} 不存在。", field="file")
    size = src.stat().st_size
    if size == 0:
        raise ValidationError(f"附件文件 {src.name} 是空文件。", field="file")
    if size > MAX_BYTES:
        raise RefusedError(f"附件文件 {src.name} 太大（{size // (1024 * 1024)} MB，最多 50 MB）。")
    digest = _sha256(src)
    folder = attachments_dir(store)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / stored_name(digest, src.name)
    if not target.exists():
        # Copy to a temporary name first: a half-copied file never carries a hash name.
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".incoming-")
        os.close(fd)
        try:
            shutil.copyfile(src, tmp)
            if _sha256(Path(tmp)) != digest:
                raise CunwuError(f"复制附件 {src.name} 时内容发生变化，请重试。")
            os.replace(tmp, target)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    return store.insert("funds_attachment", {"owner_table": owner_table, "owner_id": owner_id,
                                             "file_name": src.name, "sha256": digest, "size": size})


def list_attachments(store: Store, owner_table: str, owner_id: str) -> list[dict]:
    return [dict(r) for r in store.query(
        "SELECT * FROM funds_attachment WHERE owner_table=? AND owner_id=? ORDER BY created_at",
        (owner_table, owner_id))]


def attachment_path(store: Store, attachment_id: str, *, verify: bool = True) -> Path:
    """Where the file is; with `verify`, refuse if missing or altered since it was attached."""
    row = store.one("SELECT * FROM funds_attachment WHERE id=?", (attachment_id,))
    if row is None:
        raise NotFoundError(f"找不到附件（{attachment_id}）。")
    path = attachments_dir(store) / stored_name(row["sha256"], row["file_name"])
    if not path.exists():
        raise NotFoundError(f"附件 {row['file_name']} 的文件不在 {path.parent}（可能被移走或删除）。")
    if verify and _sha256(path) != row["sha256"]:
        raise RefusedError(f"附件 {row['file_name']} 的内容已被改动，与记账时的哈希值不符。")
    return path
