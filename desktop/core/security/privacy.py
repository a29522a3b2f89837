"""Personal data (PIPL): what one person's record holds, anonymisation, masked views,
and passphrase encryption of exports that contain sensitive data."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import nacl.exceptions
import nacl.pwhash
import nacl.secret
import nacl.utils

from db import Store
from db.errors import CunwuError, RefusedError, ValidationError
from db.files import write_bytes
from desktop.core.roster import idcard
from desktop.core.security import visibility

ENC_MAGIC = b"CUNWU-ENC1\n"
SENSITIVE_NOTE = "本文件含身份证号、低保、残疾等敏感个人信息，请妥善保管，不得外传。"


def find_person(store: Store, key: str) -> dict:
    """A person by id, by 身份证号 (any form the clerk types), or by a unique name."""
    key = (key or "").strip()
    row = store.one("SELECT * FROM person WHERE id=?", (key,))
    if row is None:
        try:
            number = idcard.parse(key).number
            row = store.one("SELECT * FROM person WHERE id_number=? ORDER BY status='在册' DESC", (number,))
        except CunwuError:
            pass
    if row is None:
        rows = store.query("SELECT * FROM person WHERE name=?", (key,))
        if len(rows) > 1:
            raise RefusedError(f"有 {len(rows)} 人叫“{key}”，请改用身份证号指定。")
        row = rows[0] if rows else None
    if row is None:
        raise CunwuError(f"找不到人员“{key}”。")
    return dict(row)


def _person_columns(store: Store) -> list[tuple[str, str]]:
    """(table, column) pairs that point at a person: *person_id columns and merged_into."""
    out = []
    for table in store.tables():
        for name in store.columns(table):
            if table == "person" and name != "merged_into":
                continue
            if name.endswith("person_id") or name == "merged_into":
                out.append((table, name))
    return out


def export_person(store: Store, key: str) -> dict:
    """Everything held about one person (the data subject's right of access): every field in
    full, so only for the roles that see everything."""
    visibility.require_full_view(store, "导出个人的全部信息")
    person = find_person(store, key)
    pid = person["id"]
    held: dict[str, list[dict]] = {}
    for table, column in _person_columns(store):
        rows = [dict(r) for r in store.query(f"SELECT * FROM {table} WHERE {column}=?", (pid,))]
        if rows:
            held.setdefault(table, []).extend(rows)
    household = None
    if person.get("household_id"):
        household = dict(store.get("household", person["household_id"]))
    history = [dict(r) for r in store.query(
        "SELECT seq, table_name, op, data, actor, ts FROM change_log WHERE record_id=? ORDER BY seq", (pid,))]
    return {"person": person, "household": household, "related": held, "change_history": history,
            "exported_on": date.today().isoformat(), "note": SENSITIVE_NOTE}


def anonymise(store: Store, key: str, reason: str, *, on: date | None = None) -> dict:
    """Anonymise someone who left the roster (死亡, 迁出, 已合并): see security.anonymise."""
    from desktop.core.security import anonymise as anon
    return anon.anonymise(store, find_person(store, key), reason, on=on)


def masked_row(store: Store, row: dict) -> dict:
    """The view of a roster row for the current role (security.visibility decides)."""
    return visibility.view_person(store.role, row)


# ---------------------------------------------------------------- encryption
SEALED_SUFFIX = ".cunwu-enc"
MIN_PASSPHRASE = 8


def check_passphrase(passphrase: str | None) -> str:
    """Refuse a missing or weak passphrase (before anything is exported); returns it."""
    p = passphrase or ""
    if not p.strip():
        raise ValidationError("加密导出需要口令。", field="passphrase")
    if len(p) < MIN_PASSPHRASE:
        raise ValidationError(f"加密口令至少 {MIN_PASSPHRASE} 位。", field="passphrase")
    if len(set(p)) < 4:
        raise ValidationError("加密口令太简单（至少要有 4 个不同的字符）。", field="passphrase")
    return p


def seal(data: bytes, passphrase: str) -> bytes:
    """Encrypt in memory (Argon2id key derivation + XSalsa20-Poly1305): the clear text never
    touches the disk."""
    check_passphrase(passphrase)
    salt = nacl.utils.random(nacl.pwhash.argon2id.SALTBYTES)
    key = nacl.pwhash.argon2id.kdf(nacl.secret.SecretBox.KEY_SIZE, passphrase.encode("utf-8"), salt,
                                   opslimit=nacl.pwhash.argon2id.OPSLIMIT_MODERATE,
                                   memlimit=nacl.pwhash.argon2id.MEMLIMIT_MODERATE)
    return ENC_MAGIC + salt + bytes(nacl.secret.SecretBox(key).encrypt(data))


def sealed_path(path: str | Path) -> Path:
    path = Path(path)
    return path if path.name.endswith(SEALED_SUFFIX) else path.with_name(path.name + SEALED_SUFFIX)


def write_sealed(path: str | Path, data: bytes, passphrase: str) -> Path:
    """Seal `data` in memory and write only the sealed file, atomically, owner-only: <path>.cunwu-enc."""
    return write_bytes(sealed_path(path), seal(data, passphrase))


def encrypt_file(path: Path, passphrase: str, out: Path | None = None) -> Path:
    """Seal an existing file (one already on disk, e.g. a backup the clerk wants to carry)."""
    path = Path(path)
    return write_bytes(Path(out) if out else sealed_path(path), seal(path.read_bytes(), passphrase))


def decrypt_file(path: Path, passphrase: str, out: Path) -> Path:
    blob = Path(path).read_bytes()
    if not blob.startswith(ENC_MAGIC):
        raise CunwuError(f"{path} 不是村务通加密的文件。")
    blob = blob[len(ENC_MAGIC):]
    salt, sealed = blob[:nacl.pwhash.argon2id.SALTBYTES], blob[nacl.pwhash.argon2id.SALTBYTES:]
    key = nacl.pwhash.argon2id.kdf(nacl.secret.SecretBox.KEY_SIZE, (passphrase or "").encode("utf-8"), salt,
                                   opslimit=nacl.pwhash.argon2id.OPSLIMIT_MODERATE,
                                   memlimit=nacl.pwhash.argon2id.MEMLIMIT_MODERATE)
    try:
        plain = nacl.secret.SecretBox(key).decrypt(sealed)
    except nacl.exceptions.CryptoError:
        raise CunwuError("口令不对，或文件已损坏，无法解密。") from None
    return write_bytes(out, plain)


def person_json(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=str)
