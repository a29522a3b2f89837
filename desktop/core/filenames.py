"""File names made from data (a village's name on a key card, a person's name): safe on Windows
and Linux, never a path.

`safe_filename("../../../outside/x")` is one plain name inside the chosen folder; characters
Windows refuses (\\ / : * ? " < > | and control characters) become "_", invisible format
characters (bidi overrides, zero-width) are dropped, leading and trailing dots and spaces go,
reserved device names (CON, NUL, COM1...) get a "_" in front, and the result stays short
enough for any file system. Qt-free: the CLI, the core and the GUI all use it.
"""
from __future__ import annotations

import unicodedata

_ILLEGAL = set('<>:"/\\|?*')
RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10)),
            "COM¹", "COM²", "COM³", "LPT¹", "LPT²", "LPT³", "CONIN$", "CONOUT$"}
MAX_BYTES = 150   # of UTF-8 for the part we make; a folder path and a suffix still fit in 255


def safe_filename(name: str, *, fallback: str = "未命名") -> str:
    """One file-name component (no suffix added) made from untrusted text."""
    out = []
    for ch in str(name or "").strip():
        category = unicodedata.category(ch)
        if category == "Cf":          # invisible: bidi overrides, zero-width joiners
            continue
        out.append("_" if ch in _ILLEGAL or category in ("Cc", "Zl", "Zp") else ch)
    text = "".join(out).strip(" .\t")
    while len(text.encode("utf-8")) > MAX_BYTES:
        text = text[:-1]
    text = text.rstrip(" .")
    if not text.strip("_"):
        return fallback
    if text.split(".")[0].rstrip(" ").upper() in RESERVED:
        text = "_" + text
    return text
