"""The built-in demo village: synthetic but realistic, so a newcomer sees a working program.

Each area contributes through its own `demo.populate(store, rng)`; the order matters
(care needs people, funds need decisions...).
"""
from __future__ import annotations

import random
from importlib import import_module

from db import Store
from desktop.core import village

DEMO_VILLAGE = {
    "name": "高家湾村", "division_code": "610802103201", "township": "牛家梁镇",
    "county": "陕西省榆林市榆阳区",
}
DEMO_GROUPS = ["一组", "二组", "三组", "四组", "五组", "六组"]
AREA_DEMOS = ["roster", "care", "redwhite", "funds", "notices", "sync"]


def create_demo(store: Store, *, seed: int = 2026, households: int = 300, name: str | None = None,
                division_code: str | None = None) -> dict:
    """`name`/`division_code` make other demo villages (a township's several villages in tests)."""
    rng = random.Random(seed)
    summary: dict = {}
    site = {**DEMO_VILLAGE, **({"name": name} if name else {}),
            **({"division_code": division_code} if division_code else {})}
    with store.transaction():
        village.init_site(store, groups=DEMO_GROUPS, **site)
        for area in AREA_DEMOS:
            module = import_module(f"desktop.core.{area}.demo")
            result = module.populate(store, rng, households=households) if area == "roster" \
                else module.populate(store, rng)
            if result:
                summary.update(result)
        store.set_setting("demo", True)
    return summary
