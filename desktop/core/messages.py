"""The core's messages in the interface language, without Qt.

The core (db/, desktop/core/) writes its refusals in Chinese, often with values filled in
(f"{label}不能为空。"). resources/translations/core_<lang>.json holds, for each message
template found in the code (tools/translations.py extract-core), its translation with the
same named placeholders, and translations of the words that fill placeholders (field
labels, import headers, file-error reasons). `localize` matches a finished message against
the templates, translates the words in its placeholders and fills the translated template.
Values that are data (names, dates, amounts) pass through unchanged. A message no template
matches is returned as it was: Chinese is never replaced by nothing.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Callable

from desktop.paths import resources_dir

SOURCE_LANGUAGE = "zh_CN"
_ROW_PREFIX = re.compile(r"^第 (\d+) 行：")
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_HAN = re.compile(r"[\u3400-\u9fff]")
_LIST_SEPARATOR = "；"


class Catalogue:
    def __init__(self, data: dict):
        self.messages: dict[str, str] = {}
        for k, v in data.get("messages", {}).items():
            if v:
                # A template without placeholders is looked up as the finished text.
                plain = not _PLACEHOLDER.search(k)
                self.messages[_unescape(k) if plain else k] = _unescape(v) if plain else v
        self.terms: dict[str, str] = {k: v for k, v in data.get("terms", {}).items() if v}
        self.row_prefix: str = data.get("row_prefix", "{row}: ")
        self.list_separator: str = data.get("list_separator", "; ")
        compiled = []
        for zh, target in self.messages.items():
            pattern, names, literal = _compile(zh)
            if names:
                compiled.append((literal, pattern, names, target))
        # Most specific first: a template with more fixed text wins over a looser one.
        compiled.sort(key=lambda c: (-len(c[0].replace("\0", "")), len(c[2])))
        self.patterns = compiled

    def match(self, text: str, whole: bool = True):
        exact = self.messages.get(text)
        if exact is not None:
            return exact, {}, len(text)
        if not whole:
            starts = [k for k in self.messages if text.startswith(k) and not _PLACEHOLDER.search(k)]
            if starts:
                k = max(starts, key=len)
                return self.messages[k], {}, len(k)
        for literal, pattern, names, target in self.patterns:
            if literal and not all(part in text for part in literal.split("\0") if part):
                continue
            m = pattern.fullmatch(text) if whole else pattern.match(text)
            if m:
                return target, m.groupdict(), m.end()
        return None


def _unescape(text: str) -> str:
    return text.replace("{{", "{").replace("}}", "}")


def _compile(template: str):
    """Regex for a template: its text literally, each {name} as a lazy group."""
    pieces, names, literal, pos = [], [], [], 0
    for m in _PLACEHOLDER.finditer(template):
        text = template[pos:m.start()].replace("{{", "{").replace("}}", "}")
        pieces.append(re.escape(text))
        literal.append(text)
        name = m.group(1)
        # A placeholder ending the template may be empty: an optional tail (f"…完整{note}").
        value = ".*?" if m.end() == len(template) else ".+?"
        pieces.append(f"(?P<{name}>{value})" if name not in names else f"(?P={name})")
        names.append(name)
        pos = m.end()
    tail = template[pos:].replace("{{", "{").replace("}}", "}")
    pieces.append(re.escape(tail))
    literal.append(tail)
    return re.compile("".join(pieces), re.S), names, "\0".join(literal)


@lru_cache(maxsize=None)
def catalogue(lang: str) -> Catalogue | None:
    path = resources_dir() / "translations" / f"core_{lang}.json"
    try:
        return Catalogue(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return None


def localize(text: str, lang: str, term: Callable[[str], str] | None = None) -> str:
    """`text` (a finished core message in Chinese) in `lang`. `term` translates a word the
    catalogue does not know (the GUI passes its Qt translation of the core's vocabulary)."""
    if not text or lang == SOURCE_LANGUAGE or not _HAN.search(text):
        return text
    cat = catalogue(lang)
    if cat is None:
        return text
    return _localize(cat, text, term, depth=0)


def _localize(cat: Catalogue, text: str, term, depth: int) -> str:
    if depth > 4 or not _HAN.search(text):
        return text
    m = _ROW_PREFIX.match(text)
    if m:
        return cat.row_prefix.format(row=m.group(1)) + _localize(cat, text[m.end():], term, depth + 1)
    word = _word(cat, text, term)
    if word is not None:
        return word
    if _LIST_SEPARATOR in text and "\n" not in text:
        # A check's findings joined by ；: each one on its own when each is a known message
        # (a template's placeholder would otherwise swallow the ones after it).
        pieces = text.split(_LIST_SEPARATOR)
        done = [_localize(cat, piece, term, depth + 1) for piece in pieces]
        if all(d != p for d, p in zip(done, pieces) if _HAN.search(p)):
            return cat.list_separator.join(done)
    found = cat.match(text)
    if found is None and "\n" in text:      # several refusals, one a line
        return "\n".join(_localize(cat, line, term, depth + 1) for line in text.split("\n"))
    if found is None:
        # A message followed by more (two refusals run together, or a reason in brackets):
        # translate the first part and go on with the rest.
        found = cat.match(text, whole=False)
        if found is None or found[2] == 0:
            return text
        target, values, end = found
        return _fill(cat, target, values, term, depth) + _localize(cat, text[end:], term, depth + 1)
    target, values, _ = found
    return _fill(cat, target, values, term, depth)


def _word(cat: Catalogue, text: str, term) -> str | None:
    if text in cat.terms:
        return cat.terms[text]
    if term is not None:
        translated = term(text)
        if translated != text:
            return translated
    return None


def _fill(cat: Catalogue, target: str, values: dict, term, depth: int) -> str:
    out = {name: _localize(cat, value, term, depth + 1) for name, value in values.items()}
    return _PLACEHOLDER.sub(lambda m: out.get(m.group(1), m.group(0)),
                            target.replace("{{", "\0").replace("}}", "\1")).replace("\0", "{").replace("\1", "}")
