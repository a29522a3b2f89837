"""File names built from user text (notice titles, event hosts, village names) made safe
for Windows, where the offices' PCs run, and for USB sticks formatted FAT32 or exFAT.

Windows refuses `\\ / : * ? " < > |` and control characters, drops trailing dots and
spaces, and treats CON, PRN, AUX, NUL, COM1-9 and LPT1-9 as devices whatever their
extension (`con.pdf` opens the console). A cleaned name is one path segment: no separator
survives and it never starts with a dot, so it cannot climb out of the chosen folder.
"""
from __future__ import annotations

import re
import unicodedata

_FORBIDDEN = set('\\/:*?"<>|')
_RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|COM[0-9¹²³]|LPT[0-9¹²³])$", re.IGNORECASE)
# ext4 allows 255 bytes of UTF-8 in a name, NTFS and FAT 255 UTF-16 units; a Chinese
# character is 3 bytes. Stay well under both so a suffix ("-错误行-20240101") still fits.
MAX_BYTES = 180


def _allowed(ch: str) -> bool:
    # Cc: control characters; Cf: invisible format characters (bidi overrides could make
    # "公示‮fdp.exe" look like a PDF); Zl/Zp: line and paragraph separators.
    return ch not in _FORBIDDEN and unicodedata.category(ch) not in ("Cc", "Cf", "Zl", "Zp")


def _replace(text: str) -> str:
    return re.sub(r"_{2,}", "_", "".join(ch if _allowed(ch) else "_" for ch in text))


def _cut(text: str, limit: int) -> str:
    return text.encode("utf-8")[:limit].decode("utf-8", errors="ignore").rstrip(" .")


def safe_filename(text: str, fallback: str = "未命名", *, max_bytes: int = MAX_BYTES) -> str:
    """`text` as one file name every Windows and Linux file system accepts.

    Pass the whole name with its extension (`f"{title}.pdf"`); when it must be shortened, the
    stem is cut (never mid-character) and a short extension kept. `fallback` is used when
    nothing of `text` survives (e.g. a title of only "???")."""
    name = _replace(str(text or ""))
    stem, dot, suffix = name.rpartition(".")
    if not dot or len(suffix) > 10 or not (suffix.isascii() and suffix.isalnum()):
        stem, suffix = name, ""
    stem = stem.strip(" ._") or _replace(fallback).strip(" ._") or "未命名"
    ending = "." + suffix if suffix else ""
    stem = _cut(stem, max_bytes - len(ending) - 1) or "_"     # - 1: room for the "_" below
    if _RESERVED.match(stem.split(".")[0].rstrip(" ")):
        stem = "_" + stem
    return stem + ending
