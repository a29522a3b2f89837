"""Bundles between real installations: both directions, and every way a bundle goes wrong."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from db.errors import CunwuError, RefusedError
from desktop.core import open_store
from desktop.core.sync import bundle, exchange, importing, keys, peers, reference
from tests.support.sync_sites import craft_bundle, people_of, snapshot

ROOT = Path(__file__).resolve().parent.parent


def send(src, dst_name, folder, **kw) -> Path:
    return Path(exchange.export_bundle(src, dst_name, folder, **kw)["path"])


def refused(store, path, *words) -> str:
    before = snapshot(store)
    with pytest.raises(CunwuError) as err:
        importing.import_bundle(store, path)
    assert snapshot(store) == before, "a refused bundle must leave the database unchanged"
    for w in words:
        assert w in str(err.value), str(err.value)
    return str(err.value)


def test_village_to_township_and_back_shrinks_next_export(sites):
    a, t = sites.a, sites.t
    path = send(a, "牛家梁镇", sites.dir)
    assert path.name.endswith(bundle.SUFFIX) and path.parent == sites.dir
    summary = importing.import_bundle(t, path)
    assert summary["added"]["person"] == a.scalar("SELECT COUNT(*) FROM person")
    assert people_of(t, a.site_id) == people_of(a, a.site_id)
    assert "已新增" in summary["text"] and "人员" in summary["text"]
    # The origin's own site_id/site_seq are kept at the township, so it can forward and dedupe.
    assert t.scalar("SELECT COUNT(*) FROM change_log WHERE site_id=?", (a.site_id,)) == summary["change_count"]
    peer_t = peers.find_peer(a, "牛家梁镇")
    assert exchange.pending_count(a, peer_t) == summary["change_count"]   # not acknowledged yet
    back = send(t, "甲村", sites.dir)
    importing.import_bundle(a, back)
    assert exchange.pending_count(a, peer_t) == 0                          # the ack shrank it
    a.insert("village_group", {"name": "七组"})
    nxt = exchange.export_bundle(a, "牛家梁镇", sites.dir)
    assert nxt["change_count"] == 1 and nxt["counts"] == {"village_group": {"insert": 1}}


def test_township_sends_only_reference_data_and_the_village_list(sites):
    a, b, t = sites.a, sites.b, sites.t
    importing.import_bundle(t, send(b, "牛家梁镇", sites.dir))
    t.set_setting("redwhite.standard_template", {"tables": 20, "per_table_fen": 30000})
    setting_id = t.scalar("SELECT id FROM settings WHERE key='redwhite.standard_template'")
    t.set_setting("township.private_note", "不下发")
    reference.mark(t, "settings", setting_id)
    summary = importing.import_bundle(a, send(t, "甲村", sites.dir))
    assert a.scalar("SELECT value FROM settings WHERE id=?", (setting_id,)) is not None
    assert a.scalar("SELECT COUNT(*) FROM settings WHERE key='township.private_note'") == 0
    # Nothing of village B travels to village A.
    assert a.scalar("SELECT COUNT(*) FROM person WHERE site_id=?", (b.site_id,)) == 0
    listed = {r[0] for r in a.query("SELECT name FROM sync_peer WHERE site_id=?", (t.site_id,))}
    assert listed == {"甲村", "乙村"}
    assert summary["added"]["settings"] == 1
    # The village's own settings are not shadowed by the township's row.
    assert a.setting("redwhite.standard_template") is None


def test_same_bundle_twice_and_older_bundle_after_newer_change_nothing(sites):
    a, t = sites.a, sites.t
    first = send(a, "牛家梁镇", sites.dir)
    a.insert("village_group", {"name": "八组"})
    second = send(a, "牛家梁镇", sites.dir)                      # cumulative: holds first's changes too
    importing.import_bundle(t, second)
    before = snapshot(t)
    again = importing.import_bundle(t, second)                    # replayed
    assert again["already_imported"] and snapshot(t) == before
    people_before = people_of(t, a.site_id)
    log_before = t.scalar("SELECT COUNT(*) FROM change_log WHERE site_id=?", (a.site_id,))
    old = importing.import_bundle(t, first)                       # superseded, arrives late
    assert old["added"] == {} and old["updated"] == {} and old["ignored"]["duplicate"] == old["change_count"]
    assert people_of(t, a.site_id) == people_before
    assert t.scalar("SELECT COUNT(*) FROM change_log WHERE site_id=?", (a.site_id,)) == log_before


def test_reordered_incremental_bundles_are_refused_naming_the_missing_one(sites):
    a, t = sites.a, sites.t
    one = send(a, "牛家梁镇", sites.dir, incremental=True)
    a.insert("village_group", {"name": "九组"})
    two = send(a, "牛家梁镇", sites.dir, incremental=True)
    message = refused(t, two, "缺少", "第 1 号数据包", "甲村")
    assert "第 2 号" in message
    importing.import_bundle(t, one)
    summary = importing.import_bundle(t, two)
    assert summary["added"] == {"village_group": 1}


def test_newer_cumulative_bundle_supersedes_lost_ones(sites):
    a, t = sites.a, sites.t
    send(a, "牛家梁镇", sites.dir, incremental=True)             # lost on the way
    a.insert("village_group", {"name": "十组"})
    send(a, "牛家梁镇", sites.dir, incremental=True)             # lost too
    three = send(a, "牛家梁镇", sites.dir)                        # cumulative
    summary = importing.import_bundle(t, three)
    assert summary["bundle_no"] == 3
    assert t.scalar("SELECT COUNT(*) FROM village_group WHERE site_id=? AND name='十组'", (a.site_id,)) == 1
    assert people_of(t, a.site_id) == people_of(a, a.site_id)


@pytest.mark.parametrize("keep", [0.5, 0.99, "minus_one", 20])
def test_truncated_bundle_is_refused(sites, keep):
    a, t = sites.a, sites.t
    path = send(a, "牛家梁镇", sites.dir)
    data = path.read_bytes()
    cut = len(data) - 1 if keep == "minus_one" else (keep if isinstance(keep, int) else int(len(data) * keep))
    path.write_bytes(data[:cut])
    refused(t, path, "不完整")


@pytest.mark.parametrize("where", ["manifest", "signature", "payload", "end"])
def test_bit_flipped_bundle_is_refused(sites, where):
    a, t = sites.a, sites.t
    path = send(a, "牛家梁镇", sites.dir)
    data = bytearray(path.read_bytes())
    raw = bundle.unpack(bytes(data))
    start_manifest = len(bundle.MAGIC) + 1 + 4
    offset = {"manifest": start_manifest + len(raw.manifest_bytes) // 2,
              "signature": start_manifest + len(raw.manifest_bytes) + 10,
              "payload": len(data) - len(bundle.END) - len(raw.payload) // 2,
              "end": len(data) - 3}[where]
    data[offset] ^= 0x04
    path.write_bytes(bytes(data))
    message = refused(t, path)
    assert any(w in message for w in ("签名", "校验", "损坏")), message


def test_bundle_for_another_receiver_is_refused(sites):
    t, b = sites.t, sites.b
    for_a = send(t, "甲村", sites.dir)
    refused(b, for_a, "不是发给本机", "乙村")


def test_bundle_signed_with_another_key_is_refused(sites, tmp_path):
    a, b, t = sites.a, sites.b, sites.t
    path = send(a, "牛家梁镇", sites.dir)
    raw = bundle.unpack(path.read_bytes())
    forged = tmp_path / "forged.cwbundle"
    forged.write_bytes(bundle.pack(raw.manifest_bytes, keys.sign(b, raw.manifest_bytes), raw.payload))
    refused(t, forged, "签名验证失败")
    # An installation claiming to be 甲村 with a different key (reinstalled, or an impostor).
    impostor_path = tmp_path / "impostor.sqlite"
    a.close()
    import shutil
    shutil.copy(sites.a.path, impostor_path)
    imp = open_store(impostor_path)
    imp.conn.execute("DELETE FROM sync_key")                      # simulate a new key pair
    keys.ensure_keys(imp)
    fake = send(imp, "牛家梁镇", tmp_path)
    imp.close()
    refused(t, fake, "密钥不一致", "甲村")


def test_unknown_sender_is_refused(sites, tmp_path):
    from desktop.core import village
    stranger = open_store(tmp_path / "s.sqlite")
    village.init_site(stranger, name="外乡村", division_code="610802999001")
    card = peers.identity(sites.t)
    peers.add_peer(stranger, name=card["name"], public_key=card["public_key"], role="township",
                   peer_site_id=card["site_id"])
    path = send(stranger, "牛家梁镇", tmp_path)
    stranger.close()
    refused(sites.t, path, "没有在本机登记")


def test_bundle_from_newer_schema_is_refused(sites):
    a, t = sites.a, sites.t
    a.conn.execute("INSERT INTO schema_migrations(key) VALUES ('0069_sync_future')")
    path = send(a, "牛家梁镇", sites.dir)
    refused(t, path, "较新版本", "0069_sync_future")


def test_stick_pulled_mid_write_leaves_no_bundle_that_looks_whole(sites, monkeypatch):
    a, t = sites.a, sites.t
    monkeypatch.setattr(bundle, "CHUNK", 512)
    target = sites.dir / "out.cwbundle"

    def pulled(done, total):
        if done >= 1024:
            raise OSError(5, "Input/output error")

    real = bundle.write_atomic
    monkeypatch.setattr(bundle, "write_atomic", lambda p, d, on_chunk=None: real(p, d, on_chunk=pulled))
    with pytest.raises(CunwuError, match="没有留下不完整的文件"):
        exchange.export_bundle(a, "牛家梁镇", target)
    assert list(sites.dir.iterdir()) == []
    # The failed export was not recorded: the next one is again number 1.
    monkeypatch.setattr(bundle, "write_atomic", real)
    assert exchange.export_bundle(a, "牛家梁镇", target)["bundle_no"] == 1
    importing.import_bundle(t, target)


def test_writer_killed_mid_write_never_leaves_the_final_name(sites):
    """A real process killed while writing (power cut, stick yanked): only a hidden .partial remains."""
    a = sites.a
    db = a.path
    a.close()
    target = sites.dir / "killed.cwbundle"
    script = (
        "import os, time, sys\n"
        "from desktop.core import open_store\n"
        "from desktop.core.sync import bundle, exchange\n"
        "bundle.CHUNK = 256\n"
        "def slow(done, total):\n"
        "    if done >= 512:\n"
        "        print('writing', flush=True); time.sleep(60)\n"
        "real = bundle.write_atomic\n"
        "bundle.write_atomic = lambda p, d, on_chunk=None: real(p, d, on_chunk=slow)\n"
        f"exchange.export_bundle(open_store({str(db)!r}), '牛家梁镇', {str(target)!r})\n")
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "writing"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert not target.exists()
    leftovers = list(sites.dir.iterdir())
    assert leftovers and all(p.name.endswith(".partial") and p.name.startswith(".") for p in leftovers)
    assert "不完整" in refused(sites.t, leftovers[0])
    sites.a = open_store(db)


def test_deletes_and_merges_reach_the_township(sites):
    a, t = sites.a, sites.t
    importing.import_bundle(t, send(a, "牛家梁镇", sites.dir))
    keep, dup = [r[0] for r in a.query("SELECT id FROM person WHERE site_id=? ORDER BY id LIMIT 2", (a.site_id,))]
    with a.transaction():
        a.update("person", dup, {"status": "已合并", "merged_into": keep, "status_date": "2026-03-01",
                                 "status_reason": "重复登记"})
        a.insert("person_event", {"person_id": dup, "kind": "合并", "event_date": "2026-03-01",
                                  "reason": "重复登记", "other_person_id": keep})
    group_row = a.scalar("SELECT id FROM person_group WHERE site_id=? LIMIT 1", (a.site_id,))
    a.delete("person_group", group_row)
    summary = importing.import_bundle(t, send(a, "牛家梁镇", sites.dir))
    assert summary["deleted"] == {"person_group": 1} and summary["updated"] == {"person": 1}
    assert t.one("SELECT status, merged_into FROM person WHERE id=?", (dup,))[:] == ("已合并", keep)
    assert t.scalar("SELECT COUNT(*) FROM person_group WHERE id=?", (group_row,)) == 0
    assert people_of(t, a.site_id) == people_of(a, a.site_id)


def test_township_holds_village_records_read_only(sites):
    a, t = sites.a, sites.t
    importing.import_bundle(t, send(a, "牛家梁镇", sites.dir))
    pid = t.scalar("SELECT id FROM person WHERE site_id=?", (a.site_id,))
    with pytest.raises(RefusedError, match="只能查看"):
        t.update("person", pid, {"phone": "13900000000"})
    with pytest.raises(RefusedError, match="只能查看"):
        t.delete("person", pid)


def test_concurrent_edit_resolves_the_same_way_on_both_sides_and_is_recorded(sites):
    """A village's administrator repair of a township row stays a local repair: the township
    refuses a bundle carrying it (issue 14: only a record's owner changes it through sync),
    and the township's later edit wins at the village, recorded as a conflict."""
    a, t = sites.a, sites.t
    t.set_setting("notice.template", "原文")
    row_id = t.scalar("SELECT id FROM settings WHERE key='notice.template' AND site_id=?", (t.site_id,))
    reference.mark(t, "settings", row_id)
    importing.import_bundle(a, send(t, "甲村", sites.dir))
    a.allow_foreign_writes = True
    a.update("settings", row_id, {"value": json.dumps("村里改的", ensure_ascii=False)})
    a.allow_foreign_writes = False
    time.sleep(0.01)
    t.set_setting("notice.template", "乡镇改的")
    refused(t, send(a, "牛家梁镇", sites.dir), "设置", row_id, "归“牛家梁镇”所有", "整个数据包没有导入")
    down = importing.import_bundle(a, send(t, "甲村", sites.dir))
    final = json.dumps("乡镇改的", ensure_ascii=False)
    assert t.scalar("SELECT value FROM settings WHERE id=?", (row_id,)) == final
    assert a.scalar("SELECT value FROM settings WHERE id=?", (row_id,)) == final
    assert [c["incoming_won"] for c in down["conflicts"]] == [True]
    (c,) = exchange.conflicts(a)
    assert c["column_name"] == "value" and json.loads(c["lost_value"]) == json.dumps("村里改的", ensure_ascii=False)
    assert json.loads(c["kept_value"]) == final and c["kept_origin"] == t.site_id
    assert "采用对方较新的修改" in down["text"]


def test_dry_run_reports_without_writing(sites):
    a, t = sites.a, sites.t
    path = send(a, "牛家梁镇", sites.dir)
    before = snapshot(t)
    preview = importing.import_bundle(t, path, dry_run=True)
    assert snapshot(t) == before
    assert preview["dry_run"] and preview["added"]["person"] > 0 and preview["text"].startswith("预览")
    real = importing.import_bundle(t, path)
    assert real["added"] == preview["added"] and real["updated"] == preview["updated"]


def test_bundle_holds_no_readable_personal_data(sites):
    a = sites.a
    path = send(a, "牛家梁镇", sites.dir)
    data = path.read_bytes()
    some = a.one("SELECT name, id_number FROM person WHERE site_id=? AND id_number IS NOT NULL", (a.site_id,))
    for text in some:
        assert text.encode("utf-8") not in data
    manifest = json.loads(bundle.unpack(data).manifest_bytes)
    assert manifest["sender"]["name"] == "甲村" and manifest["counts"]["person"]["insert"] > 0
    assert set(manifest) >= {"ranges", "schema_version", "payload_sha256", "content_sha256", "receiver"}


def test_fingerprint_check_at_registration(sites, tmp_path):
    card = tmp_path / "card.json"
    peers.write_card(sites.a, card)
    with pytest.raises(RefusedError, match="指纹"):
        peers.add_peer_from_card(sites.b, card, expected_fingerprint="0000 0000 0000 0000 0000 0000 0000 0000")
    fp = peers.identity(sites.a)["fingerprint"]
    peer_id = peers.add_peer_from_card(sites.t, card, expected_fingerprint=fp)
    assert peers.find_peer(sites.t, fp[:9])["id"] == peer_id


def test_key_card_prints_the_fingerprint(sites):
    html = peers.card_html(sites.a)
    assert peers.identity(sites.a)["fingerprint"] in html and "甲村" in html and "盖章处" in html


def test_export_to_a_new_folder_name_creates_it(sites):
    folder = sites.dir / "新建文件夹"
    first = Path(exchange.export_bundle(sites.a, "牛家梁镇", folder)["path"])
    second = Path(exchange.export_bundle(sites.b, "牛家梁镇", folder)["path"])
    assert first.parent == second.parent == folder and first != second
    assert first.name == "甲村-至-牛家梁镇-0001.cwbundle"



def test_a_village_cannot_send_another_villages_records(sites, tmp_path):
    a, b, t = sites.a, sites.b, sites.t
    row = {"id": "x1", "site_id": b.site_id, "name": "冒充", "leader": "", "sort_order": 1, "active": 1,
           "created_at": "2026-01-01", "updated_at": "2026-01-01"}
    as_b = [[b.site_id, 999, "village_group", "x1", "insert", json.dumps(row), "cli", "2026-01-01T00:00:00"]]
    path = tmp_path / "forged-origin.cwbundle"
    path.write_bytes(craft_bundle(a, t, as_b, ranges={b.site_id: {"from": 1, "to": 999}}))
    refused(t, path, "不属于“甲村”")
    # Its own change, but a row claiming to be created by 乙村.
    own = [[a.site_id, 1, "village_group", "x1", "insert", json.dumps(row), "cli", "2026-01-01T00:00:00"]]
    path.write_bytes(craft_bundle(a, t, own, ranges={a.site_id: {"from": 1, "to": 1}}))
    refused(t, path, "冒充")
    # And the counts in the signed manifest must match the contents.
    path.write_bytes(craft_bundle(a, t, own, counts={"village_group": {"insert": 2}}))
    refused(t, path, "不符")


def test_village_restored_from_old_backup_never_reuses_change_numbers(sites, tmp_path):
    import shutil
    a, t = sites.a, sites.t
    a.close()
    old_copy = tmp_path / "old-backup.sqlite"
    shutil.copy(sites.a.path, old_copy)
    a = open_store(sites.a.path)
    a.insert("village_group", {"name": "备份后新建"})
    importing.import_bundle(t, send(a, "牛家梁镇", sites.dir))      # the township holds the newer numbers
    ack = send(t, "甲村", sites.dir)
    a.close()
    restored = open_store(old_copy)                                # the clerk restores the old backup
    # Work done before hearing from the township reuses numbers: the township refuses, nothing is lost silently.
    restored.insert("village_group", {"name": "恢复后第一次"})
    clash = send(restored, "牛家梁镇", tmp_path / "clash")
    refused(t, clash, "旧备份")
    summary = importing.import_bundle(restored, ack)
    assert "旧备份" in summary["text"] and summary["restored_gap"]["sent_again"] > 0
    restored.insert("village_group", {"name": "恢复后新建"})
    before = people_of(t, restored.site_id)
    # The township kept where 甲村's history stood: the restored history differs, loudly, and the
    # township's clerk accepts it explicitly (issue 14).
    restored_bundle = send(restored, "牛家梁镇", sites.dir)
    message = refused(t, restored_bundle, "甲村的变更记录从第 1 条起与上次收到的不一致", "旧备份", "丢失")
    assert "accept-history" in message
    from desktop.core.sync import heads
    heads.accept_history(t, "甲村")
    up = importing.import_bundle(t, restored_bundle)
    assert up["added"] == {"village_group": 2}          # the rest is re-sent history, replayed in order
    names = {r[0] for r in t.query("SELECT name FROM village_group WHERE site_id=?", (restored.site_id,))}
    assert {"备份后新建", "恢复后第一次", "恢复后新建"} <= names
    assert people_of(t, restored.site_id) == before
    heads = "SELECT id, head_person_id FROM household WHERE site_id=? ORDER BY id"
    assert t.query(heads, (restored.site_id,)) and [tuple(r) for r in t.query(heads, (restored.site_id,))] == \
        [tuple(r) for r in restored.query(heads, (restored.site_id,))]
    restored.close()
    sites.a = open_store(sites.a.path)


def test_anonymised_person_travels_anonymised(sites):
    from desktop.core.security import privacy
    a, t = sites.a, sites.t
    pid = a.scalar("SELECT id FROM person WHERE site_id=? AND id NOT IN "
                   "(SELECT head_person_id FROM household WHERE head_person_id IS NOT NULL) LIMIT 1", (a.site_id,))
    a.update("person", pid, {"status": "死亡", "status_date": "2025-01-01"})
    privacy.anonymise(a, pid, "死亡满一年，按规定匿名化")
    assert a.scalar("SELECT COUNT(*) FROM change_log WHERE record_id=? AND data LIKE '%_redacted%'", (pid,)) > 0
    summary = importing.import_bundle(t, send(a, "牛家梁镇", sites.dir))
    assert t.one("SELECT name, id_number FROM person WHERE id=?", (pid,))[:] == ("（已匿名）", None)
    assert people_of(t, a.site_id) == people_of(a, a.site_id)
    assert summary["added"]["person"] == a.scalar("SELECT COUNT(*) FROM person")


def test_import_keeps_a_pre_sync_backup_only_when_it_applies(sites, tmp_path):
    from desktop.core.security import backups
    a, t = sites.a, sites.t
    backups.set_backup_folder(t, tmp_path / "bk")
    path = send(a, "牛家梁镇", sites.dir)
    importing.import_bundle(t, path, dry_run=True, backup=True)
    assert not list((tmp_path / "bk").glob("*pre-sync*"))
    summary = importing.import_bundle(t, path, backup=True)
    (kept,) = (tmp_path / "bk").glob("*pre-sync*")
    assert summary["backup"] == str(kept)
    importing.import_bundle(t, path, backup=True)          # replayed: nothing applied, no new backup
    assert len(list((tmp_path / "bk").glob("*pre-sync*"))) == 1


def test_logged_in_users_import_updates_and_deletes(sites):
    """With users defined, every write passes the role guard, remote changes included."""
    from desktop.core.security import users
    a, t = sites.a, sites.t
    users.add_user(t, "admin", "admin-pass-1", "admin")
    users.add_user(t, "zhen", "zhen-pass-1", "township")
    users.login(t, "zhen", "zhen-pass-1")
    importing.import_bundle(t, send(a, "牛家梁镇", sites.dir))
    person = a.one("SELECT id FROM person ORDER BY id LIMIT 1")["id"]
    a.update("person", person, {"phone": "13900000000"})
    gid = a.insert("village_group", {"name": "七组"})
    a.delete("village_group", gid)
    summary = importing.import_bundle(t, send(a, "牛家梁镇", sites.dir))
    assert summary["change_count"] >= 3
    assert t.scalar("SELECT phone FROM person WHERE id=?", (person,)) == "13900000000"
    assert t.scalar("SELECT COUNT(*) FROM village_group WHERE id=?", (gid,)) == 0


def test_every_synced_table_has_a_readable_name(store):
    """The import summary names what arrived in words (and the Korean UI translates them):
    no table of any area may show up as its SQL name."""
    from desktop.core.sync.registry import LOCAL_ONLY, TABLE_LABELS
    not_records = {"schema_migrations", "change_log",           # the file's own bookkeeping
                   "person_name_part", "person_name_part_start"}  # a search index kept by triggers
    tables = {r[0] for r in store.query("SELECT name FROM sqlite_master WHERE type='table' "
                                        "AND name NOT LIKE 'sqlite_%'")}
    assert sorted(tables - LOCAL_ONLY - not_records - set(TABLE_LABELS)) == []


def test_an_edit_made_after_seeing_another_sites_edit_is_stamped_later_even_with_a_slow_clock(sites, monkeypatch):
    """The village PC's clock is a day behind the township's. The village receives the
    township's edit, then repairs the row locally: its repair is stamped after what it saw,
    whatever the clocks say. The repair stays local: the township, the row's owner, refuses
    a bundle carrying it (issue 14) and keeps its own value."""
    import db.store
    a, t = sites.a, sites.t
    t.set_setting("notice.template", "原文")
    row_id = t.scalar("SELECT id FROM settings WHERE key='notice.template' AND site_id=?", (t.site_id,))
    reference.mark(t, "settings", row_id)
    real_now = db.store.now_utc
    ahead = (datetime.fromisoformat(real_now()) + timedelta(days=1)).isoformat(timespec="milliseconds")
    monkeypatch.setattr(db.store, "now_utc", lambda: ahead)           # the township's clock
    t.set_setting("notice.template", "乡镇改的")
    monkeypatch.setattr(db.store, "now_utc", real_now)                # the village's clock
    importing.import_bundle(a, send(t, "甲村", sites.dir))
    a.allow_foreign_writes = True                                     # an administrator repair
    a.update("settings", row_id, {"value": json.dumps("村里后改的", ensure_ascii=False)})
    a.allow_foreign_writes = False
    mine = a.scalar("SELECT MAX(ts) FROM change_log WHERE record_id=? AND site_id=?", (row_id, a.site_id))
    assert mine > ahead                                              # later than what it had seen
    refused(t, send(a, "牛家梁镇", sites.dir), "设置", row_id)
    assert t.scalar("SELECT value FROM settings WHERE id=?", (row_id,)) == json.dumps("乡镇改的", ensure_ascii=False)
