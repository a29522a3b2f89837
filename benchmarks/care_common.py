"""Shared set-up for the care benchmarks: a village with one place, N elders, daily attendance."""
from __future__ import annotations

import os
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.core import open_store, village  # noqa: E402
from desktop.core.care import places  # noqa: E402
from desktop.core.roster import idcard, people  # noqa: E402


def _name(i: int) -> str:
    from desktop.core.roster.demo import GIVEN_F, GIVEN_M, SURNAMES
    given = GIVEN_M if i % 2 else GIVEN_F
    return SURNAMES[i % len(SURNAMES)] + given[(i // len(SURNAMES)) % len(given)]


def build(path: Path, *, elders: int, first: date, last: date, rate: float = 0.8, seed: int = 1):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(str(path) + suffix):
            os.remove(str(path) + suffix)
    rng = random.Random(seed)
    store = open_store(path)
    t0 = time.perf_counter()
    with store.transaction():
        village.init_site(store, name="测试村", division_code="610802103201", groups=["一组"])
        place_id = places.add_place(store, name="幸福院", kind="幸福院", capacity=elders, meal_subsidy_fen=400,
                                    person_subsidy_fen=3000)
        person_ids = []
        for i in range(elders):
            hh = people.add_household(store, hh_no=f"B{i:05d}")
            born = date(1930 + i % 30, 1 + i % 12, 1 + i % 28)
            pid = people.add_person(store, household_id=hh, name=_name(i), gender="男" if i % 2 else "女",
                                    id_number=idcard.make("610802", born, i, bool(i % 2)), relation="户主")
            person_ids.append(pid)
            if i % 5 == 0:
                store.insert("person_group", {"person_id": pid, "kind": "空巢老人", "start_date": "2000-01-01"})
        store.insert_many("care_enrolment", [{"place_id": place_id, "person_id": p, "start_date": first.isoformat()}
                                             for p in person_ids])
    rows = 0
    day = first
    batch = []
    while day <= last:
        if day.isoweekday() <= 5:
            for p in person_ids:
                if rng.random() < rate:
                    batch.append({"place_id": place_id, "person_id": p, "day": day.isoformat(), "present": 1,
                                  "meals": 1, "services": "文娱" if rng.random() < 0.3 else ""})
        if len(batch) > 20000 or day == last:
            store.insert_many("care_attendance", batch)
            rows += len(batch)
            batch = []
        day += timedelta(days=1)
    return store, place_id, person_ids, rows, time.perf_counter() - t0


def peak_mb() -> float:
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
