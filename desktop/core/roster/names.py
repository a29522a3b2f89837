"""Person names: tidy what was typed, and the pinyin keys search uses."""
from __future__ import annotations

import re
import unicodedata

from pypinyin import Style, lazy_pinyin

from db.errors import ValidationError

MAX_NAME = 40
# The many dots people type in minority names all become U+00B7 (阿卜杜·热合曼).
_DOTS = re.compile(r"[\u00b7\u2022\u2027\u30fb\uff65\u2219\u22c5\u0387\u16eb\u2e31.．]")


def clean_name(raw: object, *, field: str = "name") -> str:
    text = str(raw or "")
    # NFKC would fold some rare compatibility ideographs; only fold full-width ASCII.
    text = "".join(unicodedata.normalize("NFKC", c) if "\uff01" <= c <= "\uff5e" else c for c in text)
    text = _DOTS.sub("\u00b7", text)
    text = re.sub(r"\s+", "", text)
    if not text:
        raise ValidationError("姓名不能为空。", field=field)
    if len(text) > MAX_NAME:
        raise ValidationError(f"姓名“{text[:12]}…”有 {len(text)} 个字，超过 {MAX_NAME} 个字的上限。",
                              field=field)
    if any(c.isdigit() for c in text):
        raise ValidationError(f"姓名“{text}”里有数字，请检查是否填错了列。", field=field)
    return text


def pinyin_keys(name: str) -> tuple[str, str]:
    """('zhangsanfeng', 'zsf'). Characters without pinyin (𠮷, ·) are kept out of the keys."""
    syllables = [s for s in lazy_pinyin(name, errors="ignore") if s.isascii() and s.isalpha()]
    full = "".join(syllables).lower()
    initials = "".join(s[0] for s in syllables).lower()
    return full, initials
