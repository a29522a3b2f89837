"""Finding the roster person a clerk means: the one lookup used by the roster, care and red-white.

A reference is tried as, in order:
1. a record id;
2. a full 身份证号 (15 or 18 characters, any messy form);
3. a name followed by a qualifier, '张三 1234' or '张三 GJW0001': the ID number's tail (4 or
   more characters) or the 户号 narrows the namesakes;
4. an ID number's tail alone ('1234', '12345X'), 4 to 17 characters;
5. a name.
The rule for namesakes is one: when more than one person fits, the lookup refuses and lists
them (name, gender, year of birth, 户号, masked ID number, record id) so the clerk can say
which; it never picks one silently. Merged duplicates (已合并) never count.
"""
from __future__ import annotations

import re
from typing import Iterable

from db import Store
from db.errors import NotFoundError, RefusedError, ValidationError
from desktop.core.inputs.text import refuse_invisible

_TAIL = re.compile(r"^\d{3,16}[\dX]$")
_COLUMNS = ("SELECT p.*, h.hh_no AS hh_no FROM person p LEFT JOIN household h ON h.id = p.household_id ")


def person_label(row: dict) -> str:
    """How a person is told apart from namesakes (ID number masked)."""
    from desktop.core.roster.idcard import mask
    parts = [row["name"], row.get("gender") or ""]
    if row.get("birth_date"):
        parts.append(f"{row['birth_date'][:4]}年生")
    parts.append(f"户号 {row.get('hh_no') or '无'}")
    if row.get("status") and row["status"] not in ("在册",):
        parts.append(row["status"])
    if row.get("id_number"):
        parts.append(f"身份证 {mask(row['id_number'])}")
    parts.append(f"编号 {row['id']}")
    return " ".join(p for p in parts if p)


def find_person(store: Store, ref, *, statuses: Iterable[str] | None = None, own_site: bool = False,
                hh_no: str | None = None, field: str = "person", label: str = "人员") -> dict:
    """The person `ref` names (a dict of the person row plus its 'hh_no').

    `statuses` limits who can be meant at all (a host must be living); `own_site` keeps to
    this installation's own roster (a township file also holds its villages'); `hh_no`
    narrows namesakes like the qualifier in '张三 GJW0001'."""
    from desktop.core.roster import idcard
    from desktop.core.roster.names import clean_name
    text = refuse_invisible("" if ref is None else str(ref), field=field, label=label)
    text = re.sub(r"\s+", " ", text).strip()
    if not text:
        raise ValidationError(f"请指定{label}（姓名、身份证号或其后几位、户号或编号）。", field=field)
    where, params = ["p.status <> '已合并'"], []
    if own_site:
        where.append("p.site_id = ?")
        params.append(store.site_id)
    status_where, status_params = [], ()
    if statuses is not None:
        status_params = tuple(statuses)
        status_where = [f"p.status IN ({','.join('?' * len(status_params))})"]

    def pick(extra: str, extra_params: tuple, what: str, who: str, *, by_status: bool = True) -> dict:
        """`what` completes '花名册里没有…', `who` completes '有 N 人…'. A full ID number names one
        person whatever their status (by_status=False): the caller then says why they cannot act."""
        clauses = where + (status_where if by_status else []) + [extra]
        rows = [dict(r) for r in store.query(
            _COLUMNS + "WHERE " + " AND ".join(clauses) + " ORDER BY h.hh_no, p.birth_date, p.id",
            (*params, *(status_params if by_status else ()), *extra_params))]
        if len(rows) == 1:
            return rows[0]
        if not rows:
            raise NotFoundError(f"花名册里没有{what}。")
        listed = "\n".join("  " + person_label(r) for r in rows[:12])
        more = f"\n  ……共 {len(rows)} 人" if len(rows) > 12 else ""
        raise RefusedError(f"花名册里有 {len(rows)} 人{who}，请在姓名后加身份证号后几位或户号"
                           f"（如“张三 1234”），或用编号指定：\n{listed}{more}")

    row = store.one(_COLUMNS + "WHERE p.id = ?" + (" AND p.site_id = ?" if own_site else ""),
                    (text, store.site_id) if own_site else (text,))
    if row is not None:
        return dict(row)
    number = idcard.clean(text)
    if len(number) in (15, 18) and number[:6].isdecimal():
        try:
            number = idcard.parse(number, field=field).number
        except ValidationError:
            pass
        masked = idcard.mask(number)
        return pick("p.id_number = ?", (number,), f"身份证号为 {masked} 的人", f"的身份证号是 {masked}",
                    by_status=False)
    if _TAIL.match(number) and not re.search(r"[^\d\sXx-]", text):
        return pick("p.id_number LIKE ?", ("%" + number,), f"身份证号以 {number} 结尾的人",
                    f"的身份证号以 {number} 结尾")
    name, qualifier = text, hh_no
    if " " in text and qualifier is None:
        head, last = text.rsplit(" ", 1)
        if _TAIL.match(idcard.clean(last)) or store.one("SELECT 1 FROM household WHERE hh_no = ?", (last,)):
            name, qualifier = head, last
    try:
        name = clean_name(name, field=field)
    except ValidationError:
        pass
    if qualifier:
        qualifier = qualifier.strip()
        tail = idcard.clean(qualifier)
        if _TAIL.match(tail):
            return pick("p.name = ? AND (p.id_number LIKE ? OR h.hh_no = ?)", (name, "%" + tail, qualifier),
                        f"身份证号以 {tail} 结尾（或户号为 {qualifier}）的“{name}”",
                        f"叫“{name}”且身份证号以 {tail} 结尾（或户号为 {qualifier}）")
        return pick("p.name = ? AND h.hh_no = ?", (name, qualifier), f"户号 {qualifier} 中名叫“{name}”的人",
                    f"叫“{name}”且户号为 {qualifier}")
    return pick("p.name = ?", (name,), f"名叫“{name}”的人", f"叫“{name}”")
