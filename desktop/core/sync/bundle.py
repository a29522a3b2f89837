"""The bundle file: framing, atomic writing, and reading back what was written.

Layout (all lengths big-endian):
    MAGIC (8) | format (1) | manifest length (4) | manifest JSON | Ed25519 signature (64)
    | payload length (8) | payload (sealed to the receiver) | END (8)
The manifest is readable without the key (sender, receiver, ranges, counts, hashes) and
holds nothing personal; the payload (the changes) is compressed, then encrypted.
A file cut short anywhere fails the length checks or the END marker.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from db import files
from db.errors import CunwuError, os_reason

MAGIC = b"CUNWUBDL"
END = b"CUNWUEND"
FORMAT = 1
SUFFIX = ".cwbundle"
CHUNK = 1 << 20


class BundleDamaged(CunwuError):
    """The file is not a whole bundle (cut short, damaged, or not a bundle at all)."""


@dataclass
class RawBundle:
    manifest_bytes: bytes
    signature: bytes
    payload: bytes


def pack(manifest_bytes: bytes, signature: bytes, payload: bytes) -> bytes:
    if len(signature) != 64:
        raise ValueError("signature must be 64 bytes")
    return b"".join([MAGIC, bytes([FORMAT]), struct.pack(">I", len(manifest_bytes)), manifest_bytes,
                     signature, struct.pack(">Q", len(payload)), payload, END])


def unpack(data: bytes) -> RawBundle:
    cut = "数据包不完整（文件被截断，可能是复制时拔出了U盘），请让对方重新导出或重新复制。"
    if len(data) <= len(MAGIC) and MAGIC.startswith(data):
        raise BundleDamaged(cut)
    if data[:len(MAGIC)] != MAGIC:
        raise BundleDamaged("这不是村务通数据包文件（文件头不对）。")
    if data[len(MAGIC)] != FORMAT:
        raise BundleDamaged(f"数据包格式版本 {data[len(MAGIC)]} 本程序不认识，请升级村务通。")
    pos = len(MAGIC) + 1
    if len(data) < pos + 4:
        raise BundleDamaged(cut)
    (mlen,) = struct.unpack(">I", data[pos:pos + 4])
    pos += 4
    if len(data) < pos + mlen + 64 + 8:
        raise BundleDamaged(cut)
    manifest = data[pos:pos + mlen]
    pos += mlen
    signature = data[pos:pos + 64]
    pos += 64
    (plen,) = struct.unpack(">Q", data[pos:pos + 8])
    pos += 8
    if len(data) < pos + plen + len(END):
        raise BundleDamaged(cut)
    payload = data[pos:pos + plen]
    pos += plen
    if data[pos:pos + len(END)] != END or len(data) != pos + len(END):
        raise BundleDamaged("数据包已损坏（结尾标记不对或多出了内容），请让对方重新导出。")
    return RawBundle(manifest, signature, payload)


def read_file(path: str | Path) -> bytes:
    path = Path(path)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise CunwuError(f"找不到数据包文件：{path}")
    except OSError as exc:
        raise CunwuError(f"读不出数据包文件 {path}（{os_reason(exc)}）。U盘是否已拔出？")


def write_atomic(path: str | Path, data: bytes, *,
                 on_chunk: Callable[[int, int], None] | None = None) -> Path:
    """Temp file in the same folder, fsync, rename (db.files): the final name only ever holds a
    whole bundle. A stick pulled (or a crash) mid-write leaves at most a hidden `.partial`
    file, which the reader refuses as incomplete."""
    return files.write_bytes(path, data, on_chunk=on_chunk, chunk=CHUNK)
