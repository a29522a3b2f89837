"""Signed requests for network sync: who is asking, proven with the key that signs their bundles.

Every request to `cunwu serve` except GET /cunwu/id (the public key card) carries:
    X-Cunwu-Key        the requester's public key (hex), which the server must have registered
    X-Cunwu-Time       unix seconds; the server accepts WINDOW_SECONDS either side of its clock
    X-Cunwu-Nonce      random; a nonce seen in the window is a replay
    X-Cunwu-Signature  Ed25519 over method, path and query, the server's own public key (so a
                       request for one township is worthless at another), time, nonce and the
                       body's SHA-256
An unknown key is 403, a missing, late, replayed or wrong signature 401; both before the
server writes anything. Nonces are remembered in memory only: checking a request never writes.
"""
from __future__ import annotations

import hashlib
import secrets
import threading
import time

from db import Store
from desktop.core.sync import keys, peers

WINDOW_SECONDS = 300
VERSION = "cunwu-request-1"


class Unauthorised(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


def request_message(method: str, target: str, server_key: str, timestamp: str, nonce: str, body: bytes) -> bytes:
    return "\n".join([VERSION, method.upper(), target, server_key, timestamp, nonce,
                      hashlib.sha256(body).hexdigest()]).encode("utf-8")


def sign_request(store: Store, method: str, target: str, server_key: str, body: bytes = b"",
                 *, now: float | None = None) -> dict[str, str]:
    """Headers proving this installation sent this request to that server, now."""
    timestamp = str(int(time.time() if now is None else now))
    nonce = secrets.token_hex(16)
    signature = keys.sign(store, request_message(method, target, server_key, timestamp, nonce, body))
    return {"X-Cunwu-Key": keys.ensure_keys(store), "X-Cunwu-Time": timestamp, "X-Cunwu-Nonce": nonce,
            "X-Cunwu-Signature": signature.hex()}


class Verifier:
    """The server's side: one per running server (it remembers recent nonces)."""

    def __init__(self, window: int = WINDOW_SECONDS):
        self.window = window
        self._seen: dict[str, float] = {}
        self._lock = threading.Lock()

    def check(self, store: Store, method: str, target: str, headers: dict[str, str], body: bytes) -> dict:
        """The registered peer who signed this request, or Unauthorised (401/403)."""
        key = (headers.get("X-Cunwu-Key") or "").strip().lower()
        timestamp, nonce = headers.get("X-Cunwu-Time") or "", headers.get("X-Cunwu-Nonce") or ""
        signature = headers.get("X-Cunwu-Signature") or ""
        if not (key and timestamp and nonce and signature):
            raise Unauthorised(401, "需要用本单位密钥签名的请求：请用村务通的 cunwu sync push / pull。")
        peer = peers.peer_by_key(store, key)
        if peer is None:
            raise Unauthorised(403, "这把密钥没有在本机登记，不能交换数据。请先到乡镇当面登记密钥卡。")
        try:
            when = int(timestamp)
            raw = bytes.fromhex(signature)
        except ValueError:
            raise Unauthorised(401, "请求的签名格式不对。")
        now = time.time()
        if abs(now - when) > self.window:
            raise Unauthorised(401, f"请求时间与本机相差超过 {self.window // 60} 分钟：请核对两台电脑的日期和时间。")
        server_key = keys.existing_public_key(store) or ""
        if not keys.verify(key, request_message(method, target, server_key, timestamp, nonce, body), raw):
            raise Unauthorised(401, "请求的签名不对（不是用登记的密钥签的，或请求在路上被改动过）。")
        with self._lock:
            for old, expires in list(self._seen.items()):
                if expires < now:
                    del self._seen[old]
            if nonce in self._seen:
                raise Unauthorised(401, "重复的请求（可能被截获后重放），已拒绝。")
            self._seen[nonce] = now + 2 * self.window
        return peer
