"""One sheet row of a roster import, cleaned: every field read the way a clerk writes it,
checked on its own (ID number, dates, codes, special groups), nothing looked up in the file.

The importer (import_rows.py) hands each row's non-blank values by field key; what comes
back is a `Row` both write paths (import_careful.py, import_batch.py) apply.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import cn2an

from db.errors import ValidationError
from desktop.core.roster import codes, groups, idcard
from desktop.core.roster import excel_fields as F


@dataclass
class Row:
    """One source row, cleaned."""
    number: int
    person: dict[str, Any]          # name, gender, ethnicity, id_number, birth_date, relation, phone, note: the non-empty ones
    id_info: idcard.IdInfo | None
    year_month: tuple | None
    hh_no: str
    group: str
    address: str
    status: str | None
    specials: list[tuple[str, str]]
    notes: list[str]
    special_since: dict[str, str] | None = None     # kind -> start date the sheet gives


def clean_row(number: int, raw: dict[str, list[Any]], seen_ids: dict[str, int]) -> Row:
    """raw: field key -> the row's non-blank values in column order. seen_ids: ID number ->
    first row with it (this row's number is added)."""
    one = {key: vals[0] for key, vals in raw.items() if vals}.get      # a field's first value, or None
    notes: list[str] = []
    person: dict[str, Any] = {}
    name = one("name")
    if name is None:
        raise ValidationError("姓名为空。", field="name")
    person["name"] = F.text(name)
    info = None
    id_raw = one("id_number")
    if id_raw is not None:
        info = idcard.parse(F.id_number_raw(id_raw))
        person["id_number"] = info.number
        if info.upgraded:
            notes.append(f"15 位身份证号已升级为 18 位 {info.number}")
        notes.extend(info.warnings)
        first = seen_ids.get(info.number)
        if first is not None:
            raise ValidationError(f"身份证号 {info.number} 与第 {first} 行重复，同一人只能出现一次。",
                                  field="id_number")
        seen_ids[info.number] = number
    g = F.gender(one("gender"))
    if g:
        person["gender"] = g
    eth = F.ethnicity(one("ethnicity"))
    if eth:
        person["ethnicity"] = eth
    born = F.birth_date(one("birth_date"))
    year_month = None
    if isinstance(born, F.YearMonth):
        year_month = born
        if info is not None:
            y, m = born
            if y != info.birth_date.year or (m is not None and m != info.birth_date.month):
                raise ValidationError(f"身份证号中的出生日期是 {info.birth_date}，但出生年月填写的是 "
                                      f"{F.text(one('birth_date'))}。", field="birth_date")
        else:
            notes.append("只有出生年月，没有具体日期，出生日期未登记")
    elif born is not None:
        person["birth_date"] = born.isoformat()
    rel = F.text(one("relation"))
    note_parts = [F.text(v) for v in raw.get("note", [])]
    if rel:
        label = codes.relation_label(rel)
        if label is None:
            if len(rel) > 8:
                raise ValidationError(f"与户主关系“{rel}”无法识别。", field="relation")
            # 侄子, 外甥, 曾孙...: kept as 其他, the sheet's word kept in the note.
            label = "其他"
            note_parts.append(f"与户主关系：{rel}")
            notes.append(f"与户主关系“{rel}”不在代码表中，登记为“其他”并写入备注")
        person["relation"] = label
    phone = F.code_text(one("phone"))
    if phone:
        person["phone"] = phone
    if note_parts:
        person["note"] = "；".join(note_parts)
    specials, since = _specials(raw, notes)
    return Row(number, person, info, year_month, F.code_text(one("hh_no")), F.text(one("group")),
               F.text(one("address")), F.status(one("status")), _dedupe(specials), notes, since)


def _specials(raw: dict[str, list[Any]], notes: list[str]) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """The special groups the row marks, (kind, detail), and when each began where the sheet says."""
    specials: list[tuple[str, str]] = []
    since: dict[str, str] = {}
    for v in raw.get("special", ()):
        for kind, detail, day in F.special_list(v):
            specials.append((kind, detail))
            if day:
                since.setdefault(kind, day)
    per_kind, since_kind = _special_keys(tuple(raw))
    for key in per_kind:
        values = raw[key]
        if not values:
            continue
        kind = key.split(":", 1)[1]
        parts = [F.special_cell(kind, v) for v in values]
        parts = [p for p in parts if p]
        if parts:
            specials.append((kind, "".join(d for _, d, _ in parts)))
            for _, _, day in parts:
                if day:
                    since.setdefault(kind, day)
    for key in since_kind:
        # 低保纳入日期: a date there also says the person is in 低保.
        kind = key.split(":", 1)[1]
        days = [F.since_date(v) for v in raw[key] if not F.is_blank(v)]
        if days:
            since[kind] = days[0]
            if kind not in {k for k, _ in specials}:
                specials.append((kind, ""))
    generic = [F.since_date(v) for v in raw.get("special_since", []) if not F.is_blank(v)]
    if generic:
        marked = [k for k, _ in specials if k != groups.DERIVED]
        if not marked:
            notes.append(f"表中有特殊群体起始日期 {generic[0]}，但本行没有特殊群体，未使用")
        for kind in marked:
            since.setdefault(kind, generic[0])
    return specials, since


@lru_cache(maxsize=64)
def _special_keys(keys: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The sheet's per-group columns (special:低保) and per-group start columns (special_since:低保),
    in column order: found once per mapping, not for every row."""
    return (tuple(k for k in keys if k.startswith("special:")),
            tuple(k for k in keys if k.startswith("special_since:")))


def _dedupe(specials: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out: dict[str, str] = {}
    for kind, detail in specials:
        if kind not in out or (detail and not out[kind]):
            out[kind] = detail
    return list(out.items())


def row_signature(household: dict | None, row: Row) -> bytes | None:
    """What makes two rows the same row: their household and every cleaned value. A digest,
    not the values: a county sheet has 100,000 rows to remember (the chance of two different
    rows sharing a 128-bit digest is nil). None for a row with an ID number: a second row with
    that number is refused as a repeated 身份证号 while it is cleaned, before any twin test."""
    if "id_number" in row.person:
        return None
    text = repr((household["id"] if household else None, sorted(row.person.items())))
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


@lru_cache(maxsize=1024)
def group_key(name: str) -> str:
    """'1组', '一组', '第一村民小组', '1' -> '一': how the same group is written differently."""
    t = re.sub(r"\s+", "", F.fold_ascii(name or ""))
    t = t.replace("村民小组", "组").replace("小组", "组")
    if t.startswith("第"):
        t = t[1:]
    if t.endswith("组") and len(t) > 1:
        t = t[:-1]
    if t.isdecimal() and len(t.lstrip("0")) <= 4:   # group numbers are small; a stray 1e16 stays as typed
        t = cn2an.an2cn(str(int(t)))
    return t
