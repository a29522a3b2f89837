"""Counts and names as typed.

Counts: whole numbers, full-width digits read, lookalikes (², ①) refused: str.isdecimal,
never isdigit (int('²') raises).
Names and text: trimmed, runs of white space made one space, middle dots (·‧•・) made '·';
invisible characters (zero-width, bidirectional overrides and isolates, BOM, C0/C1 controls)
are refused, because they make two equal-looking names differ and can reorder printed text.
Characters outside the BMP (𠮷) are ordinary characters.
"""
from __future__ import annotations

import re

from db.errors import ValidationError

# Zero-width and joiners, bidi marks/embeddings/overrides/isolates, word joiner and invisible
# operators, soft hyphen, Mongolian vowel separator, BOM; C0 and C1 controls (tab and line
# breaks are white space, handled before this).
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad\u180e"
                       "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_DOTS = re.compile("[\u00b7\u2022\u2027\u30fb\uff65\u2219\u22c5\u0387]")
# Full-width ASCII (０-９，．－Ｑ) and the ideographic space read as their ASCII forms; nothing
# else is folded (NFKC would also read ² and ① as digits).
_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20, 0xFFE5: 0xA5, 0x2212: 0x2D}


def fold_width(text: str) -> str:
    """'２０２６－０３' -> '2026-03'; '￥' -> '¥'; the minus sign U+2212 -> '-'."""
    return text.translate(_WIDTH)


def parse_count(value, *, field: str, label: str, minimum: int = 0, maximum: int | None = None,
                blank: int | None = None) -> int:
    """A whole number as typed (桌数, 人数, 床位). `blank` is what an empty field means
    (None: refused)."""
    if isinstance(value, bool):
        raise ValidationError(f"{label}应为整数，现在是“{value}”。", field=field)
    if isinstance(value, int):
        number = value
    else:
        text = fold_width("" if value is None else str(value)).strip()
        if not text:
            if blank is not None:
                return blank
            raise ValidationError(f"{label}不能为空。", field=field)
        if text.startswith("-") and text[1:].isdecimal():
            raise ValidationError(f"{label}不能是负数（现在是“{value}”）。", field=field)
        if not text.isdecimal():
            raise ValidationError(f"{label}应为整数，现在是“{value}”。", field=field)
        number = int(text)
    if number < minimum:
        if number < 0 <= minimum:
            raise ValidationError(f"{label}不能是负数（现在是 {number}）。", field=field)
        raise ValidationError(f"{label}至少是 {minimum}，现在是 {number}。", field=field)
    if maximum is not None and number > maximum:
        raise ValidationError(f"{label}最多是 {maximum}，现在是 {number}。", field=field)
    return number


def refuse_invisible(text: str, *, field: str, label: str) -> str:
    """Refuse text holding an invisible or direction-changing character; returns it unchanged."""
    if m := INVISIBLE.search(text):
        raise ValidationError(f"{label}含有不可见的控制字符（U+{ord(m.group()):04X}），"
                              f"请删掉后重新输入。", field=field)
    return text


def parse_name(value, *, field: str = "name", label: str = "名称", max_len: int = 100,
               required: bool = True) -> str:
    """A one-line name (a person, a place, a fund, a category): tidied, or refused."""
    text = refuse_invisible("" if value is None else str(value), field=field, label=label)
    text = re.sub(r"\s+", " ", text).strip()
    text = _DOTS.sub("\u00b7", text)
    if not text and required:
        raise ValidationError(f"{label}不能为空。", field=field)
    if len(text) > max_len:
        raise ValidationError(f"{label}太长（{len(text)} 字，最多 {max_len} 字）。", field=field)
    return text


def parse_text(value, *, field: str, label: str, max_len: int = 2000, required: bool = False) -> str:
    """Free text (a note, a reason, an address): trimmed, line breaks kept, invisible refused."""
    text = ("" if value is None else str(value)).strip()
    refuse_invisible(text, field=field, label=label)
    if not text and required:
        raise ValidationError(f"{label}不能为空。", field=field)
    if len(text) > max_len:
        raise ValidationError(f"{label}太长（{len(text)} 字，最多 {max_len} 字）。", field=field)
    return text
