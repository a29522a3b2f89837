"""Real installations for the sync tests: two demo villages and their township, in tmp_path.

Built once per session (demo data takes a moment), copied per test so each test writes
its own files. The villages and the township have registered each other's key cards.
"""
from __future__ import annotations

import hashlib
import shutil
from types import SimpleNamespace

import pytest

from desktop.core import open_store, village
from desktop.core.demo import create_demo
from desktop.core.sync import keys
from tests.support.sites import register_peer

VILLAGES = {"a": ("甲村", "610802103001", 11), "b": ("乙村", "610802103002", 12)}
TOWNSHIP = ("牛家梁镇", "610802103000")


@pytest.fixture(scope="session")
def sync_templates(tmp_path_factory):
    base = tmp_path_factory.mktemp("sync_templates")
    stores = {}
    for key, (name, code, seed) in VILLAGES.items():
        stores[key] = open_store(base / f"{key}.sqlite")
        create_demo(stores[key], seed=seed, households=24, name=name, division_code=code)
    stores["t"] = open_store(base / "t.sqlite")
    village.init_site(stores["t"], name=TOWNSHIP[0], division_code=TOWNSHIP[1], role="township")
    keys.ensure_keys(stores["t"])
    for key in VILLAGES:
        register_peer(stores["t"], stores[key])
        register_peer(stores[key], stores["t"])
    paths = {}
    for key, s in stores.items():
        paths[key] = s.path
        s.close()
    return paths


@pytest.fixture
def sites(sync_templates, tmp_path):
    """Open copies: sites.a, sites.b (villages), sites.t (township), sites.dir (a 'USB stick')."""
    opened = {}
    for key, path in sync_templates.items():
        copy = tmp_path / path.name
        shutil.copy(path, copy)
        opened[key] = open_store(copy)
    stick = tmp_path / "usb"
    stick.mkdir()
    yield SimpleNamespace(dir=stick, **opened)
    for s in opened.values():
        s.close()


def snapshot(store) -> str:
    """A digest of every row of every table: equal before and after means nothing changed."""
    digest = hashlib.sha256()
    for (table,) in store.query("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"):
        digest.update(table.encode())
        for row in store.query(f"SELECT * FROM {table} ORDER BY 1"):
            digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def people_of(store, site_id) -> list[tuple]:
    return [tuple(r) for r in store.query(
        "SELECT id, name, status, merged_into, household_id FROM person WHERE site_id=? ORDER BY id", (site_id,))]
