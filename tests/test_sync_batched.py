"""Bundle import in per-table batches gives what applying it change by change gives (issue 19).

A demo village's bundles go to two copies of the same township: one imports them batched
(the default), the other with batched=False, every change on its own. Rows, the change log
(order, content, hash chain), what the township has received and acknowledged, conflicts
and the summaries must be equal. A bundle that fails half-way writes nothing either way.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from db.errors import RefusedError
from desktop.core import open_store
from desktop.core.roster import deferred_indexes, lifecycle, people
from desktop.core.security.audit import verify_chain
from desktop.core.sync import exchange, importing
from tests.support.sync_sites import craft_bundle, snapshot

TS = "2026-06-01T00:00:00.000+00:00"


@pytest.fixture
def townships(sync_templates, tmp_path):
    """Two copies of the same township: batched and one change at a time."""
    out = []
    for name in ("batched", "careful"):
        copy = tmp_path / f"t-{name}.sqlite"
        shutil.copy(sync_templates["t"], copy)
        out.append(open_store(copy))
    yield out
    for s in out:
        s.close()


def state(store) -> dict:
    """Every row of every table, and the change log in order. The township's own new rows
    (their ids and times are made at import) are compared without id and times."""
    me = store.site_id
    out = {}
    for (table,) in store.query("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"):
        if table in ("sqlite_sequence", "change_log"):
            continue
        rows = []
        for r in store.query(f"SELECT * FROM {table}"):
            row = dict(r)
            if row.get("site_id") == me:
                for col in ("id", "created_at", "updated_at"):
                    row.pop(col, None)
            rows.append(repr(sorted(row.items())))
        out[table] = sorted(rows)
    out["schema"] = sorted(tuple(r) for r in store.query("SELECT type, name, COALESCE(sql, '') FROM sqlite_master"))
    out["change_log"] = [tuple(r) if r["site_id"] != me else (r["site_id"], r["table_name"], r["op"])
                         for r in store.query("SELECT site_id, site_seq, table_name, record_id, op, data, actor, ts, "
                                              "data_hash FROM change_log ORDER BY seq")]
    return out


def import_both(townships, path: Path) -> list[dict]:
    summaries = []
    for t, batched in zip(townships, (True, False)):
        summary = importing.import_bundle(t, path, batched=batched)
        summary.pop("backup", None)
        summaries.append(summary)
        assert verify_chain(t)[0]
    return summaries


@pytest.mark.parametrize("search_indexes_after", [False, True])
def test_batched_bundle_import_equals_one_at_a_time(sites, townships, monkeypatch, search_indexes_after):
    """search_indexes_after: the township builds the person search indexes and name parts
    after the insert, as it does for a first bundle bringing more people than it holds."""
    monkeypatch.setattr(deferred_indexes, "LARGE_IMPORT", 1 if search_indexes_after else 10 ** 9)
    a = sites.a
    first = Path(exchange.export_bundle(a, "牛家梁镇", sites.dir)["path"])
    # The first bundle interleaves tables and updates records it inserted (each household's
    # 户主, a person's later status): what the batches fold.
    kinds = a.query("SELECT table_name, op FROM change_log WHERE site_id=? ORDER BY site_seq", (a.site_id,))
    assert len({r["table_name"] for r in kinds}) > 5
    assert sum(1 for r in kinds if r["op"] == "update") > 20
    batched, careful = import_both(townships, first)
    assert batched == careful
    assert batched["added"]["person"] > 50 and batched["updated"]
    assert state(townships[0]) == state(townships[1])

    # A month later: edits of records the township holds, new households and people with
    # their 户主, a move, a death, and again new records updated in the same bundle.
    hh = a.one("SELECT id FROM household WHERE site_id=? ORDER BY hh_no LIMIT 1", (a.site_id,))[0]
    residents = [r[0] for r in a.query("SELECT id FROM person WHERE site_id=? AND status='在册' ORDER BY id LIMIT 3",
                                       (a.site_id,))]
    with a.transaction():
        people.update_person(a, residents[0], phone="13900001111")
        new_hh = people.add_household(a, hh_no="N901", address="新村1号")
        head = people.add_person(a, household_id=new_hh, name="新户主", relation="户主", gender="男")
        people.add_person(a, household_id=new_hh, name="新配偶", relation="配偶", gender="女")
        people.update_person(a, head, phone="13900002222")
        lifecycle.move_household(a, residents[1], new_hh, relation="其他", reason="投亲")
        lifecycle.record_death(a, residents[2], reason="病故")
        people.update_household(a, hh, address="改过的地址")
    second = Path(exchange.export_bundle(a, "牛家梁镇", sites.dir)["path"])
    batched, careful = import_both(townships, second)
    assert batched == careful
    assert batched["updated"].get("person", 0) >= 3
    assert state(townships[0]) == state(townships[1])
    # The same bundle again: every change already held, nothing written.
    before = snapshot(townships[0])
    assert importing.import_bundle(townships[0], second)["already_imported"]
    assert snapshot(townships[0]) == before


def _real_changes(village) -> list[list]:
    """The village's whole history as bundle rows (what its first full bundle carries)."""
    return [list(r) for r in village.query(
        "SELECT site_id, site_seq, table_name, record_id, op, data, actor, ts FROM change_log "
        "WHERE site_id=? ORDER BY site_seq", (village.site_id,))]


@pytest.mark.parametrize("broken", ["not_null", "foreign_key"])
def test_bundle_failing_half_way_writes_nothing(sites, townships, tmp_path, broken):
    """A change half-way through fails (a person without a name: at the batch's insert; a
    person in a household nobody has: at commit). Both paths refuse the whole bundle and
    leave the township exactly as it was."""
    a = sites.a
    rows = _real_changes(a)
    inserts = [i for i, r in enumerate(rows) if r[2] == "person" and r[4] == "insert"]
    i = inserts[len(inserts) // 2]
    data = json.loads(rows[i][5])
    if broken == "not_null":
        data["name"] = None
    else:
        data["household_id"] = "nowhere"
    rows[i][5] = json.dumps(data, ensure_ascii=False)
    path = tmp_path / "broken.cwbundle"
    path.write_bytes(craft_bundle(a, townships[0], rows, ranges={a.site_id: {"from": 1, "to": rows[-1][1]}}))
    for t, batched in zip(townships, (True, False)):
        before = snapshot(t)
        # The dry run refuses it too (the foreign keys, checked at commit, are looked at before).
        with pytest.raises(RefusedError):
            importing.import_bundle(t, path, batched=batched, dry_run=True)
        with pytest.raises(RefusedError) as err:
            importing.import_bundle(t, path, batched=batched)
        assert "整个数据包没有导入" in str(err.value)
        assert snapshot(t) == before
        assert t.scalar("SELECT COUNT(*) FROM person WHERE site_id=?", (a.site_id,)) == 0
    # The honest bundle still goes in afterwards.
    summary = importing.import_bundle(townships[0], Path(exchange.export_bundle(a, "牛家梁镇", sites.dir)["path"]))
    assert summary["added"]["person"] == a.scalar("SELECT COUNT(*) FROM person WHERE site_id=?", (a.site_id,))


def test_records_may_arrive_before_those_they_refer_to(sites, townships, tmp_path):
    """Foreign keys are checked at commit: a person listed before the household it lives in
    (a relay may order streams so) goes in, batched or not, since the household comes later."""
    a = sites.a
    hh = {"id": "hh-late", "site_id": a.site_id, "hh_no": "L001", "address": "", "created_at": TS, "updated_at": TS}
    person = {"id": "p-early", "site_id": a.site_id, "household_id": "hh-late", "name": "先到", "created_at": TS,
              "updated_at": TS}
    rows = _real_changes(a)
    seq = rows[-1][1]
    rows += [[a.site_id, seq + 1, "person", "p-early", "insert", json.dumps(person, ensure_ascii=False), "cli", TS],
             [a.site_id, seq + 2, "household", "hh-late", "insert", json.dumps(hh, ensure_ascii=False), "cli", TS],
             [a.site_id, seq + 3, "household", "hh-late", "update", json.dumps({"head_person_id": "p-early"}),
              "cli", TS],
             # The same record inserted again (two paths through a relay): applied, and logged, as an update.
             [a.site_id, seq + 4, "person", "p-early", "insert", json.dumps({**person, "name": "又到"},
                                                                           ensure_ascii=False), "cli", TS]]
    path = tmp_path / "order.cwbundle"
    path.write_bytes(craft_bundle(a, townships[0], rows, ranges={a.site_id: {"from": 1, "to": seq + 4}}))
    batched, careful = import_both(townships, path)
    assert batched == careful
    assert state(townships[0]) == state(townships[1])
    t = townships[0]
    assert t.one("SELECT head_person_id FROM household WHERE id='hh-late'")[0] == "p-early"
    assert t.one("SELECT name FROM person WHERE id='p-early'")[0] == "又到"
    assert t.scalar("SELECT op FROM change_log WHERE site_id=? AND site_seq=?", (a.site_id, seq + 4)) == "update"
