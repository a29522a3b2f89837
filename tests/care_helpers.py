"""Small builders for the care tests: people of a given age in a real store."""
from __future__ import annotations

from datetime import date

from desktop.core.roster import idcard, people

_serial = [0]


def person(store, name: str, born: str, *, gender: str = "女") -> str:
    _serial[0] += 1
    hh = people.add_household(store, hh_no=f"T{_serial[0]:05d}")
    id_number = idcard.make("610802", date.fromisoformat(born), _serial[0] * 2, gender == "男") if born else None
    return people.add_person(store, household_id=hh, name=name, gender=gender, birth_date=born, relation="户主",
                             id_number=id_number)


def group(store, person_id: str, kind: str, start: str = "2000-01-01") -> None:
    store.insert("person_group", {"person_id": person_id, "kind": kind, "start_date": start})


def born_years_before(years: int, on: str = "2026-03-01") -> str:
    d = date.fromisoformat(on)
    return date(d.year - years, d.month, d.day).isoformat()
