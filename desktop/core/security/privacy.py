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
from db.store import REDACTED
from desktop.core.roster import idcard
from desktop.core.roster.names import search_keys
from desktop.core.security.policy import sees_sensitive

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
    """Everything held about one person (the data subject's right of access)."""
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


ANONYMOUS = "（已匿名）"


def anonymise(store: Store, key: str, reason: str, *, on: date | None = None) -> dict:
    """Remove what identifies a person who left the roster, keeping counts and history shape.

    Allowed only for people no longer in the roster (死亡, 迁出, 已合并): for them the purpose
    of keeping the data has ended, which is when PIPL allows deletion. Birth year, gender and
    the memberships stay (statistics), name/ID/phone/notes go, and the old log entries that
    carried them are redacted (their hashes stay, so the audit chain still verifies).
    """
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("匿名化必须写明依据或原因。", field="reason")
    person = find_person(store, key)
    if person["status"] not in ("死亡", "迁出", "已合并"):
        raise RefusedError(f"{person['name']} 仍在册（{person['status']}），在册人员不能匿名化。")
    pid = person["id"]
    birth = person["birth_date"][:4] + "-01-01" if person["birth_date"] else None
    with store.transaction():
        # The derived search keys (pinyin, given name, polyphonic reading) follow the new
        # name, so none of them keeps a trace of the old one.
        store.update("person", pid, {"name": ANONYMOUS, "id_number": None, "phone": "", "note": "",
                                     "birth_date": birth, "status_reason": "", "id_reversed": "",
                                     **search_keys(ANONYMOUS)})
        for (gid,) in store.query("SELECT id FROM person_group WHERE person_id=?", (pid,)):
            store.update("person_group", gid, {"note": ""})
        store.insert("person_event", {"person_id": pid, "kind": "匿名化", "reason": reason,
                                      "event_date": (on or date.today()).isoformat()})
        last = store.scalar("SELECT MAX(seq) FROM change_log")
        redacted = store.conn.execute(
            "UPDATE change_log SET data=? WHERE record_id=? AND table_name IN ('person','person_group') "
            "AND seq < ? AND data IS NOT NULL", (REDACTED, pid, last)).rowcount
    return {"person_id": pid, "redacted_log_entries": redacted}


def masked_row(store: Store, row: dict) -> dict:
    """The view of a roster row for the current role: full for clerks, masked otherwise."""
    if sees_sensitive(store.role):
        return row
    out = dict(row)
    if out.get("id_number"):
        out["id_number"] = idcard.mask(out["id_number"])
    if out.get("phone"):
        out["phone"] = out["phone"][:3] + "****" + out["phone"][-4:] if len(out["phone"]) >= 7 else "****"
    return out


# ---------------------------------------------------------------- encryption
def encrypt_file(path: Path, passphrase: str, out: Path | None = None) -> Path:
    """Seal a file with a passphrase (Argon2id key derivation + XSalsa20-Poly1305)."""
    if len(passphrase or "") < 8:
        raise ValidationError("加密口令至少 8 位。", field="passphrase")
    path = Path(path)
    out = Path(out) if out else path.with_name(path.name + ".cunwu-enc")
    salt = nacl.utils.random(nacl.pwhash.argon2id.SALTBYTES)
    key = nacl.pwhash.argon2id.kdf(nacl.secret.SecretBox.KEY_SIZE, passphrase.encode("utf-8"), salt,
                                   opslimit=nacl.pwhash.argon2id.OPSLIMIT_MODERATE,
                                   memlimit=nacl.pwhash.argon2id.MEMLIMIT_MODERATE)
    sealed = nacl.secret.SecretBox(key).encrypt(path.read_bytes())
    return write_bytes(out, ENC_MAGIC + salt + bytes(sealed))


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
