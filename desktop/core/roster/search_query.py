"""What the clerk typed, as the branches of a search: each a prefix range on one indexed
column (name, name_given, name_initials, name_pinyin, their everyday-reading twins
name_initials_alt and name_pinyin_alt, id_reversed, id_number, household hh_no, and the
endings of names in person_name_part for text typed from the middle of a name), most exact
kind of match first. The filters and the SQL that walks a branch: search_plan.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from db import Store

ID_TAIL = re.compile(r"^\d{1,17}[0-9Xx]?$|^\d{0,17}[Xx]$")
_LATIN = re.compile(r"^[a-zA-Z]+$")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_HH_NO = re.compile(r"^[0-9A-Za-z\-_#号组\u4e00-\u9fff]{1,30}$")
MIDDLE_MIN_CHARS = 2       # shortest text looked for in the middle of a name
MAX_HOUSEHOLDS = 500       # a 户号 prefix matching more households is not a useful branch


def _prefix_range(column: str, prefix: str) -> tuple[str, list[Any]]:
    # column >= prefix AND column < prefix+U+10FFFF: an index range, unlike LIKE.
    return f"({column} >= ? AND {column} < ?)", [prefix, prefix + "\U0010ffff"]


@dataclass
class Branch:
    index: str                  # the index that drives it
    key: str                    # its first column (the order)
    cond: str                   # SQL condition on person p
    params: list[Any]
    by_household: bool = False   # the whole roster: 户号 order, head first in each household
    middle: bool = False         # middle of a name: driven by the person_name_part range
    ranged: bool = False         # cond's first parameter is the lower bound of a range on key


def normalise_query(query: str | None) -> str:
    q = unicodedata.normalize("NFKC", str(query or "")) if query else ""
    # Full-width letters/digits (ＧＪＷ０１) fold; CJK stays as typed.
    q = re.sub(r"\s+", "", q)
    return q.replace("・", "·").replace("．", "·").replace("•", "·")


def branches(store: Store, q: str) -> list[Branch]:
    """The branches for a query, most exact kind of match first."""
    if not q:
        # The whole roster reads like the paper 花名册: by 户号, head first; then anyone
        # without a household.
        return [Branch("household_hh_no", "h.hh_no", "p.household_id IS NOT NULL", [], by_household=True),
                Branch("person_household_status", "p.rowid", "p.household_id IS NULL", [])]
    out: list[Branch] = []
    if _LATIN.match(q):
        low = q.lower()
        # The surname reading first (shan for 单), then the everyday one (dan). One letter:
        # every initials match is also a pinyin match, one branch per reading suffices.
        for suffix in ("", "_alt"):
            if len(low) > 1:
                out.append(_pinyin_branch("initials", suffix, low))
            out.append(_pinyin_branch("pinyin", suffix, low))
    if ID_TAIL.match(q) and len(q) >= 2:
        up = q.upper()
        if len(up) >= 6:
            # Typed from the left (a whole number or its start).
            out.append(Branch("person_id_number_status", "p.id_number", *_prefix_range("p.id_number", up),
                              ranged=True))
        out.append(Branch("person_id_reversed_status", "p.id_reversed",
                          *_prefix_range("p.id_reversed", up[::-1]), ranged=True))
    cjk = bool(CJK.search(q))
    if cjk or not out:
        out.append(Branch("person_name_grp", "p.name", *_prefix_range("p.name", q), ranged=True))
    if cjk:
        out.append(Branch("person_given_grp", "p.name_given", *_prefix_range("p.name_given", q), ranged=True))
    if _HH_NO.match(q):
        hh_ids = _household_ids(store, q)
        if hh_ids:
            marks = ",".join("?" * len(hh_ids))
            out.append(Branch("person_household_status", "p.household_id", f"p.household_id IN ({marks})", hh_ids))
    if cjk and len(q) >= MIDDLE_MIN_CHARS:
        cond, params = _prefix_range("part", q)
        out.append(Branch("person_name_part", "p.name", f"p.id IN (SELECT person_ref FROM person_name_part "
                                                        f"WHERE {cond})", params, middle=True))
    return out


def _pinyin_branch(kind: str, suffix: str, low: str) -> Branch:
    column = f"p.name_{kind}{suffix}"
    cond, params = _prefix_range(column, low)
    if suffix:
        # Also the partial index's own condition, which lets SQLite use it.
        cond = f"({cond} AND {column} <> '')"
    return Branch(f"person_{kind}{suffix}_grp", column, cond, params, ranged=True)


def _household_ids(store: Store, q: str) -> list[str]:
    """Households whose 户号 starts with q (also upper-cased); none when too many to be useful."""
    ids: list[str] = []
    for prefix in dict.fromkeys((q, q.upper())):
        ids += [r[0] for r in store.query(
            "SELECT id FROM household INDEXED BY household_hh_no WHERE hh_no >= ? AND hh_no < ? LIMIT ?",
            [prefix, prefix + "\U0010ffff", MAX_HOUSEHOLDS + 1])]
    return ids if len(ids) <= MAX_HOUSEHOLDS else []
