"""Real sync partners for tests and crash trials: stores that trust each other's key cards."""
from __future__ import annotations

from pathlib import Path

from db import Store


def register_peer(store: Store, other: Store) -> None:
    """`store` registers `other`'s key card, as a clerk does on the first hand-over."""
    from desktop.core.sync import peers
    card = peers.identity(other)
    peers.add_peer(store, name=card["name"], public_key=card["public_key"], role=card["role"],
                   division_code=card["division_code"], peer_site_id=card["site_id"])


def demo_village_and_township(village_path: Path, township_path: Path, *, seed: int,
                              households: int) -> tuple[Store, Store]:
    """A demo village 甲村 and its township 牛家梁镇, each registered with the other."""
    from desktop.core import open_store, village
    from desktop.core.demo import create_demo
    from desktop.core.sync import keys
    v = open_store(village_path)
    create_demo(v, seed=seed, households=households, name="甲村", division_code="610802103001")
    t = open_store(township_path)
    village.init_site(t, name="牛家梁镇", division_code="610802103000", role="township")
    keys.ensure_keys(t)
    register_peer(t, v)
    register_peer(v, t)
    return v, t
