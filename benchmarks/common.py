"""Helpers for benchmark scripts: timing, peak memory, a big roster built fast."""
from __future__ import annotations

import platform
import resource
import sys
import time
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def machine() -> str:
    import os
    import sqlite3
    return (f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, Python "
            f"{platform.python_version()}, SQLite {sqlite3.sqlite_version}, {date.today()}")


def peak_rss_mib() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return usage / 1024 if sys.platform != "darwin" else usage / 2**20


@contextmanager
def timed(label: str, results: dict):
    t = time.perf_counter()
    yield
    results[label] = time.perf_counter() - t


def build_roster(path: Path, people: int, *, batch: int = 20000, seed: int = 1):
    """A village with `people` people in households of 4, written through the store's write path."""
    import random
    from desktop.core import open_store, village
    from desktop.core.roster import idcard
    from desktop.core.roster.names import search_keys
    from desktop.core.roster.demo import GIVEN_F, GIVEN_M, SURNAMES
    rng = random.Random(seed)
    s = open_store(path)
    village.init_site(s, name="基准村", division_code="610802103201", groups=[f"{i}组" for i in range(1, 11)])
    groups = [g["id"] for g in village.groups(s)]
    keys: dict[str, dict[str, str]] = {}
    used: set[str] = set()
    made = 0
    hh_n = 0
    while made < people:
        with s.transaction():
            households, persons = [], []
            while len(persons) < batch and made + len(persons) < people:
                hh_n += 1
                hid = f"hh-{hh_n}"
                households.append({"id": hid, "hh_no": f"B{hh_n:07d}", "group_id": groups[hh_n % len(groups)],
                                   "address": f"基准村{hh_n % 50}巷"})
                surname = rng.choice(SURNAMES)
                for j in range(4):
                    male = rng.random() < 0.5
                    name = surname + rng.choice(GIVEN_M if male else GIVEN_F)
                    if name not in keys:
                        keys[name] = search_keys(name)   # the same derived columns the roster writes
                    while True:   # 30,000 birth dates x 500 serials per sex: plenty, but never twice
                        born = date(1940, 1, 1) + timedelta(days=rng.randint(0, 30000))
                        number = idcard.make("610802" if born.year >= 1999 else "612701", born,
                                             rng.randint(1, 999), male)
                        if number not in used:
                            used.add(number)
                            break
                    persons.append({"household_id": hid, "name": name, "gender": "男" if male else "女",
                                    "id_number": number, "birth_date": born.isoformat(),
                                    "relation": ["户主", "配偶", "子", "女"][j], **keys[name],
                                    "id_reversed": number[::-1]})
            s.insert_many("household", households)
            s.insert_many("person", persons)
            made += len(persons)
    return s
