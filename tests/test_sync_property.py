"""Whatever order bundles arrive in (late, twice, lost, out of order), nothing is lost or doubled."""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.errors import CunwuError
from desktop.core import open_store, village
from desktop.core.sync import exchange, importing, keys, peers

# A village's day: add a group, rename or retire one, hard-delete one, or make a bundle.
steps = st.lists(st.one_of(
    st.tuples(st.just("add"), st.integers(0, 999)),
    st.tuples(st.just("rename"), st.integers(0, 50)),
    st.tuples(st.just("delete"), st.integers(0, 50)),
    st.tuples(st.just("bundle"), st.booleans()),          # True: incremental, False: cumulative
    st.tuples(st.just("ack"), st.just(0)),                # the township's answer reaches the village
), min_size=3, max_size=25)
deliveries = st.lists(st.integers(0, 30), max_size=20)    # which bundles reach the township, in what order


def _pair(folder: Path):
    v = open_store(folder / "v.sqlite")
    village.init_site(v, name="甲村", division_code="610802103001")
    t = open_store(folder / "t.sqlite")
    village.init_site(t, name="牛家梁镇", division_code="610802103000", role="township")
    for a, b in ((v, t), (t, v)):
        card = peers.identity(b)
        keys.ensure_keys(a)
        peers.add_peer(a, name=card["name"], public_key=card["public_key"], role=card["role"],
                       peer_site_id=card["site_id"])
    return v, t


def _groups(store, site_id):
    return sorted(tuple(r) for r in store.query(
        "SELECT id, name, leader, active FROM village_group WHERE site_id=?", (site_id,)))


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps, deliveries)
def test_any_delivery_order_converges_after_a_cumulative_bundle(plan, order):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        v, t = _pair(folder)
        made: list[Path] = []
        counter = 0
        try:
            for kind, arg in plan:
                ids = [r[0] for r in v.query("SELECT id FROM village_group ORDER BY id")]
                if kind == "add":
                    counter += 1
                    v.insert("village_group", {"name": f"组{counter}-{arg}"})
                elif kind == "rename" and ids:
                    v.update("village_group", ids[arg % len(ids)], {"leader": f"组长{arg}"})
                elif kind == "delete" and ids:
                    v.delete("village_group", ids[arg % len(ids)])
                elif kind == "bundle":
                    made.append(Path(exchange.export_bundle(v, "牛家梁镇", folder / "usb",
                                                            incremental=arg)["path"]))
                elif kind == "ack":
                    importing.import_bundle(v, exchange.export_bundle(t, "甲村", folder / "down")["path"])
            for n in order:   # some arrive, some twice, some never, in any order
                if made:
                    try:
                        importing.import_bundle(t, made[n % len(made)])
                    except CunwuError as exc:
                        assert "缺少" in str(exc), str(exc)   # a gap is the only acceptable refusal
            final = exchange.export_bundle(v, "牛家梁镇", folder / "usb")["path"]
            importing.import_bundle(t, final)
            assert _groups(t, v.site_id) == _groups(v, v.site_id)
            held = t.query("SELECT site_seq FROM change_log WHERE site_id=? ORDER BY site_seq", (v.site_id,))
            assert len({r[0] for r in held}) == len(held)     # nothing doubled
        finally:
            v.close()
            t.close()
