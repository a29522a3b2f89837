"""This installation's signing key (Ed25519, PyNaCl) and the fingerprints people compare.

One key pair per installation, made at init (or on first use for files made before
sync existed). It signs every bundle; its Curve25519 twin decrypts bundles sent here,
so a peer needs only one public key and one fingerprint to check on the first hand-over.
"""
from __future__ import annotations

import hashlib

from nacl.encoding import HexEncoder
from nacl.exceptions import BadSignatureError
from nacl.public import PrivateKey, PublicKey, SealedBox
from nacl.signing import SigningKey, VerifyKey

from db import Store
from db.errors import CunwuError, RefusedError


def ensure_keys(store: Store) -> str:
    """The public key (hex), creating the key pair the first time."""
    row = store.one("SELECT public_key FROM sync_key WHERE site_id=?", (store.site_id,))
    if row:
        return row[0]
    key = SigningKey.generate()
    public = key.verify_key.encode(HexEncoder).decode()
    store.insert("sync_key", {"public_key": public, "secret_key": key.encode(HexEncoder).decode()})
    return public


def existing_public_key(store: Store) -> str | None:
    """The public key if one was made (reading never creates one)."""
    return store.scalar("SELECT public_key FROM sync_key WHERE site_id=?", (store.site_id,))


def _signing_key(store: Store) -> SigningKey:
    ensure_keys(store)
    row = store.one("SELECT secret_key FROM sync_key WHERE site_id=?", (store.site_id,))
    return SigningKey(row[0].encode(), encoder=HexEncoder)


def fingerprint(public_hex: str) -> str:
    """A short form people read aloud or compare on paper: 8 groups of 4 hex digits."""
    digest = hashlib.sha256(bytes.fromhex(public_hex)).hexdigest()[:32].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


def check_public_key(text: str) -> str:
    """A usable Ed25519 public key in hex: 64 hex digits that are a real curve point (bundles are
    sealed to its Curve25519 twin, which a malformed key does not have)."""
    text = (str(text or "")).strip().lower()
    try:
        VerifyKey(text.encode(), encoder=HexEncoder).to_curve25519_public_key()
    except Exception:
        shape = "应为 64 位十六进制字符" if len(text) != 64 else "这 64 位字符不是有效的公钥（可能抄错了几位）"
        raise RefusedError(f"公钥格式不对：{shape}。请从对方的密钥卡上重新抄录或导入密钥卡文件，没有登记。")
    return text


def sign(store: Store, message: bytes) -> bytes:
    return _signing_key(store).sign(message).signature


def verify(public_hex: str, message: bytes, signature: bytes) -> bool:
    try:
        VerifyKey(public_hex.encode(), encoder=HexEncoder).verify(message, signature)
        return True
    except (BadSignatureError, ValueError):
        return False


def seal(receiver_public_hex: str, plaintext: bytes) -> bytes:
    """Encrypt for the receiver only: a lost USB stick exposes nothing."""
    curve = VerifyKey(receiver_public_hex.encode(), encoder=HexEncoder).to_curve25519_public_key()
    return SealedBox(PublicKey(curve.encode())).encrypt(plaintext)


def unseal(store: Store, ciphertext: bytes) -> bytes:
    curve = _signing_key(store).to_curve25519_private_key()
    try:
        return SealedBox(PrivateKey(curve.encode())).decrypt(ciphertext)
    except Exception as exc:
        raise CunwuError("数据包无法用本机的密钥解密：它不是加密发给本机的，或内容已损坏。") from exc
