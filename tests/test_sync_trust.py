"""Issue 14: no village can touch another's records at the township, whatever it signs.

Each attack is a bundle correctly signed with the attacker's own registered key (village 乙村,
"B") whose changes name records of village 甲村 ("A") or of the township. Every one must be
refused whole, with a message naming the table and the record, kept in the sync history, and
leave the township's records exactly as they were; A's real bundles still go through after.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from db.errors import CunwuError
from desktop.core.sync import acks, exchange, importing, many_bundles, refusal_log
from tests.support.sync_sites import craft_bundle, people_of, snapshot

TS = "2026-06-01T00:00:00.000+00:00"


def send(src, dst_name, folder) -> Path:
    return Path(exchange.export_bundle(src, dst_name, folder)["path"])


@pytest.fixture
def township_with_both(sites):
    """The township after one honest bundle from each village."""
    importing.import_bundle(sites.t, send(sites.a, "牛家梁镇", sites.dir))
    importing.import_bundle(sites.t, send(sites.b, "牛家梁镇", sites.dir))
    return sites


def next_seq(store) -> int:
    return store.scalar("SELECT MAX(site_seq) FROM change_log WHERE site_id=?", (store.site_id,)) + 1


def attack(s, rows, tmp_path, *words) -> str:
    """B signs `rows` for the township: refused whole, recorded, content unchanged."""
    b, t = s.b, s.t
    seqs = [r[1] for r in rows if r[0] == b.site_id]
    held = acks.through(t).get(b.site_id, 0)
    ranges = {b.site_id: {"from": held + 1, "to": max(seqs)}} if seqs else {}
    path = tmp_path / "attack.cwbundle"
    path.write_bytes(craft_bundle(b, t, rows, ranges=ranges))
    before = snapshot(t)
    refusals_before = t.scalar("SELECT COUNT(*) FROM sync_refusal")
    with pytest.raises(CunwuError) as err:
        importing.import_bundle(t, path, backup=True)
    message = str(err.value)
    assert snapshot(t) == before, "a refused bundle must leave the township's records unchanged"
    for w in words:
        assert w in message, message
    assert "整个数据包没有导入" in message
    (kept,) = refusal_log.refusals(t)[:1]
    assert t.scalar("SELECT COUNT(*) FROM sync_refusal") == refusals_before + 1
    assert kept["peer_name"] == "乙村" and kept["reason"] == message
    return message


def a_still_syncs(s) -> None:
    """A's own next bundle is accepted and the township holds exactly A's roster."""
    a, t = s.a, s.t
    a.insert("village_group", {"name": "攻击之后"})
    summary = importing.import_bundle(t, send(a, "牛家梁镇", s.dir))
    assert summary["added"] == {"village_group": 1}
    assert people_of(t, a.site_id) == people_of(a, a.site_id)


def test_b_cannot_edit_a_person_of_a(township_with_both, tmp_path):
    s = township_with_both
    pid = s.a.scalar("SELECT id FROM person WHERE site_id=? ORDER BY id LIMIT 1", (s.a.site_id,))
    row = [s.b.site_id, next_seq(s.b), "person", pid, "update", json.dumps({"name": "冒名顶替"}), "cli", TS]
    message = attack(s, [row], tmp_path, "修改", "人员", pid, "归“甲村”所有", "“乙村”")
    assert refusal_log.refusals(s.t)[0]["table_name"] == "person"
    assert refusal_log.refusals(s.t)[0]["record_id"] == pid
    assert "冒名顶替" not in message
    a_still_syncs(s)


def test_b_cannot_delete_a_care_attendance_of_a(township_with_both, tmp_path):
    s = township_with_both
    rid = s.a.scalar("SELECT id FROM care_attendance WHERE site_id=? LIMIT 1", (s.a.site_id,))
    assert rid and s.t.scalar("SELECT COUNT(*) FROM care_attendance WHERE id=?", (rid,)) == 1
    row = [s.b.site_id, next_seq(s.b), "care_attendance", rid, "delete", None, "cli", TS]
    attack(s, [row], tmp_path, "删除", rid, "归“甲村”所有")
    assert s.t.scalar("SELECT COUNT(*) FROM care_attendance WHERE id=?", (rid,)) == 1
    a_still_syncs(s)


def test_b_cannot_take_over_a_person_by_inserting_it_under_its_own_name(township_with_both, tmp_path):
    s = township_with_both
    person = dict(s.a.one("SELECT * FROM person WHERE site_id=? ORDER BY id LIMIT 1", (s.a.site_id,)))
    stolen = {**person, "site_id": s.b.site_id, "name": "被乙村接管"}
    row = [s.b.site_id, next_seq(s.b), "person", person["id"], "insert", json.dumps(stolen, ensure_ascii=False),
           "cli", TS]
    attack(s, [row], tmp_path, "覆盖", "人员", person["id"], "归“甲村”所有")
    assert s.t.one("SELECT site_id, name FROM person WHERE id=?", (person["id"],))[:] == \
        (s.a.site_id, person["name"])
    a_still_syncs(s)


def test_b_cannot_replace_a_key_in_the_township_registry(township_with_both, tmp_path):
    s = township_with_both
    t = s.t
    a_peer = t.one("SELECT * FROM sync_peer WHERE site_id=? AND peer_site_id=?", (t.site_id, s.a.site_id))
    b_key = t.scalar("SELECT public_key FROM sync_peer WHERE site_id=? AND peer_site_id=?",
                     (t.site_id, s.b.site_id))
    row = [s.b.site_id, next_seq(s.b), "sync_peer", a_peer["id"], "update", json.dumps({"public_key": "ab" * 32}),
           "cli", TS]
    attack(s, [row], tmp_path, "修改", "同步对象", a_peer["id"], "归“牛家梁镇”所有")
    # Taking it over by an "insert" of the township's own row is refused the same way.
    taken = {**dict(a_peer), "public_key": b_key}
    row = [s.b.site_id, next_seq(s.b), "sync_peer", a_peer["id"], "insert", json.dumps(taken), "cli", TS]
    attack(s, [row], tmp_path, "冒充别的单位建立记录", a_peer["id"])
    registry = [tuple(r) for r in t.query("SELECT * FROM sync_peer WHERE site_id=? ORDER BY id", (t.site_id,))]
    # A registry row of B's own (claiming A's site) is not taken in at all: B's registry is B's business.
    fake = {**dict(a_peer), "id": "b-own-peer-row", "site_id": s.b.site_id, "public_key": "cd" * 32}
    seq = next_seq(s.b)
    path = tmp_path / "registry.cwbundle"
    path.write_bytes(craft_bundle(s.b, t, [[s.b.site_id, seq, "sync_peer", "b-own-peer-row", "insert",
                                            json.dumps(fake), "cli", TS]],
                                  ranges={s.b.site_id: {"from": acks.through(t)[s.b.site_id] + 1, "to": seq}}))
    summary = importing.import_bundle(t, path)
    assert summary["added"] == {} and t.scalar("SELECT COUNT(*) FROM sync_peer WHERE id='b-own-peer-row'") == 0
    assert [tuple(r) for r in t.query("SELECT * FROM sync_peer WHERE site_id=? ORDER BY id", (t.site_id,))] \
        == registry
    a_still_syncs(s)


def test_b_cannot_forge_a_report_from_a(township_with_both, tmp_path):
    from desktop.core.sync import reports
    s = township_with_both
    a, b, t = s.a, s.b, s.t
    month = "2026-05"
    forged = {"id": "forged-report", "site_id": a.site_id, "month": month, "state": "submitted", "version": 1,
              "data": json.dumps({"population": {"persons": 1}}), "note": "", "submitted_at": TS,
              "submitted_by": "甲村", "created_at": TS, "updated_at": TS}
    # Under B's own origin, claiming A made it.
    row = [b.site_id, next_seq(b), "sync_report", "forged-report", "insert", json.dumps(forged), "cli", TS]
    attack(s, [row], tmp_path, "冒充别的单位建立记录", "月度上报", "forged-report", "归“甲村”所有")
    # Under A's origin inside B's bundle (only a relay may forward other offices' changes).
    path = tmp_path / "as-a.cwbundle"
    path.write_bytes(craft_bundle(b, t, [[a.site_id, next_seq(a), "sync_report", "forged-report", "insert",
                                          json.dumps(forged), "cli", TS]]))
    before = snapshot(t)
    with pytest.raises(CunwuError, match="不属于“乙村”"):
        importing.import_bundle(t, path)
    assert snapshot(t) == before
    # Rewriting A's real report, once the township holds it.
    reports.submit(a, month)
    importing.import_bundle(t, send(a, "牛家梁镇", s.dir))
    real = t.one("SELECT id, data FROM sync_report WHERE site_id=? AND month=?", (a.site_id, month))
    row = [b.site_id, next_seq(b), "sync_report", real["id"], "update",
           json.dumps({"data": json.dumps({"population": {"persons": 1}})}), "cli", TS]
    attack(s, [row], tmp_path, "修改", "月度上报", real["id"])
    assert t.scalar("SELECT data FROM sync_report WHERE id=?", (real["id"],)) == real["data"]
    a_still_syncs(s)


def test_a_bundle_cannot_write_the_change_log_or_a_deleted_record_of_another(township_with_both, tmp_path):
    s = township_with_both
    a, b, t = s.a, s.b, s.t
    entry = {"site_id": b.site_id, "site_seq": 1, "table_name": "person", "record_id": "x", "op": "delete"}
    row = [b.site_id, next_seq(b), "change_log", "999999", "insert", json.dumps(entry), "cli", TS]
    attack(s, [row], tmp_path, "内部记录", "change_log")
    # A record A deleted still belongs to A: B cannot bring it back under its own name...
    gid = a.insert("village_group", {"name": "将删除"})
    a.delete("village_group", gid)
    importing.import_bundle(t, send(a, "牛家梁镇", s.dir))
    row = [b.site_id, next_seq(b), "village_group", gid, "update", json.dumps({"name": "乙村改的"}), "cli", TS]
    attack(s, [row], tmp_path, "修改", gid, "归“甲村”所有")


def test_a_death_recorded_in_the_village_reaches_the_township(sites):
    a, t = sites.a, sites.t
    importing.import_bundle(t, send(a, "牛家梁镇", sites.dir))
    pid = a.scalar("SELECT id FROM person WHERE site_id=? AND status='在册' ORDER BY id LIMIT 1", (a.site_id,))
    a.update("person", pid, {"status": "死亡", "status_date": "2026-05-02", "status_reason": "病故"})
    summary = importing.import_bundle(t, send(a, "牛家梁镇", sites.dir))
    assert summary["updated"] == {"person": 1}
    assert t.one("SELECT status, status_date, status_reason FROM person WHERE id=?", (pid,))[:] == \
        ("死亡", "2026-05-02", "病故")


# ------------------------------------------------------------------ names and keys (point 3)
@pytest.mark.parametrize("card_name", ["../../../outside/x", "CON", 'a:b*c?"d<e>f|g\\h'])
def test_a_key_card_name_never_writes_outside_the_chosen_folder(sites, tmp_path, card_name):
    from desktop.core.sync import peers
    a, t = sites.a, sites.t
    card = peers.identity(t)
    peers.add_peer(a, name=card_name, public_key=card["public_key"], role="township",
                   division_code=card["division_code"], peer_site_id=card["site_id"])
    stick = tmp_path / "stick" / "bundles"
    stick.mkdir(parents=True)
    written = Path(exchange.export_bundle(a, card["fingerprint"], stick)["path"])
    assert written.parent == stick and written.exists()
    assert [p.name for p in (tmp_path / "stick").rglob("*") if p.is_file()] == [written.name]
    # where "../../../outside/x" from the stick would land; not a scan of every test's folder
    # (another test may well have made a file called x there)
    assert not (tmp_path.parent / "outside").exists() and not any(p.name == "x" for p in tmp_path.rglob("*"))
    assert not any(ch in written.name for ch in '<>:"/\\|?*') and not written.name.upper().startswith("CON")
    assert importing.import_bundle(t, written)["added"]


@pytest.mark.parametrize("key", ["00" * 32, "ff" * 32, "12345", "zz" * 32, ""])
def test_a_malformed_public_key_is_refused_at_registration(sites, tmp_path, key):
    from desktop.core.sync import peers
    t = sites.t
    before = snapshot(t)
    with pytest.raises(CunwuError, match="公钥格式不对"):
        peers.add_peer(t, name="丙村", public_key=key, role="village", division_code="610802103003")
    card = tmp_path / "card.json"
    card.write_text(json.dumps({"kind": peers.CARD_KIND, "name": "丙村", "public_key": key, "role": "village",
                                "division_code": "610802103003", "site_id": "s-3"}), encoding="utf-8")
    with pytest.raises(CunwuError, match="公钥格式不对"):
        peers.add_peer_from_card(t, card)
    assert snapshot(t) == before


def test_a_second_card_for_a_registered_village_needs_an_explicit_replace(sites, tmp_path):
    from nacl.encoding import HexEncoder
    from nacl.signing import SigningKey
    from desktop.core.sync import keys, peers
    t = sites.t
    old = peers.find_peer(t, "甲村")
    new_key = SigningKey.generate().verify_key.encode(HexEncoder).decode()
    card = tmp_path / "card.json"
    card.write_text(json.dumps({"kind": peers.CARD_KIND, "name": "甲村", "public_key": new_key, "role": "village",
                                "division_code": old["division_code"], "site_id": old["peer_site_id"]}),
                    encoding="utf-8")
    before = snapshot(t)
    with pytest.raises(CunwuError, match="已经用另一把密钥登记过") as err:
        peers.add_peer_from_card(t, card)
    assert keys.fingerprint(old["public_key"]) in str(err.value) and "--replace" in str(err.value)
    assert snapshot(t) == before
    # Another site id under the same division code is the same office too.
    with pytest.raises(CunwuError, match="已经用另一把密钥登记过"):
        peers.add_peer(t, name="假甲村", public_key=new_key, role="village", division_code=old["division_code"])
    replaced = peers.add_peer_from_card(t, card, replace=True)
    assert replaced == old["id"]
    assert t.scalar("SELECT public_key FROM sync_peer WHERE id=?", (old["id"],)) == new_key
    assert t.scalar("SELECT COUNT(*) FROM sync_peer WHERE site_id=?", (t.site_id,)) == 2
    logged = t.one("SELECT op, data FROM change_log WHERE table_name='sync_peer' AND record_id=? "
                   "ORDER BY seq DESC LIMIT 1", (old["id"],))
    assert logged["op"] == "update" and json.loads(logged["data"])["public_key"] == new_key
    # The old key no longer signs for 甲村.
    with pytest.raises(CunwuError, match="密钥"):
        importing.import_bundle(t, send(sites.a, "牛家梁镇", sites.dir))


# ------------------------------------------------------------- authenticated exchange (point 2)
@pytest.fixture
def served(sites):
    import threading
    from desktop.core.sync import network
    server = network.make_server(sites.t.path, host="127.0.0.1", port=0)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.effective_port}"
    server.close()
    thread.join(timeout=10)


def http(url, *, method="GET", body=None, headers=None):
    """(status, JSON answer or bytes) of one raw request."""
    import urllib.error
    import urllib.request
    req = urllib.request.Request(url, data=body, method=method)
    for name, value in (headers or {}).items():
        req.add_header(name, value)
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read().decode("utf-8"))


def test_pulling_needs_the_requesters_registered_key_and_writes_nothing(sites, served, tmp_path):
    from desktop.core import village
    from desktop.core.sync import auth, keys, peers
    from desktop.core import open_store
    a, t = sites.a, sites.t
    server_key = peers.identity(t)["public_key"]
    before = snapshot(t)
    # Anyone on the LAN, naming 甲村's site id: no key, no bundle.
    status, answer = http(f"{served}/cunwu/bundle?peer={a.site_id}")
    assert status == 401 and "签名" in answer["error"]
    # An installation the township never registered, signing properly: 403.
    stranger = open_store(tmp_path / "stranger.sqlite")
    village.init_site(stranger, name="外乡村", division_code="610802999001")
    keys.ensure_keys(stranger)
    status, answer = http(served + "/cunwu/bundle",
                          headers=auth.sign_request(stranger, "GET", "/cunwu/bundle", server_key))
    assert status == 403 and "没有在本机登记" in answer["error"]
    # 乙村, registered, asking for 甲村's bundle: 403.
    target = f"/cunwu/bundle?peer={a.site_id}"
    status, answer = http(served + target, headers=auth.sign_request(sites.b, "GET", target, server_key))
    assert status == 403
    # A signature made for another path, an old request, a replayed one: 401.
    wrong = auth.sign_request(a, "GET", "/cunwu/other", server_key)
    assert http(served + "/cunwu/bundle", headers=wrong)[0] == 401
    late = auth.sign_request(a, "GET", "/cunwu/bundle", server_key, now=__import__("time").time() - 3600)
    assert http(served + "/cunwu/bundle", headers=late)[0] == 401
    good = auth.sign_request(a, "GET", "/cunwu/bundle", server_key)
    status, data = http(served + "/cunwu/bundle", headers=good)
    assert status == 200 and data.startswith(b"CUNWUBDL")
    assert http(served + "/cunwu/bundle", headers=good)[0] == 401            # replayed
    assert snapshot(t) == before, "no request may write before the village confirms"
    stranger.close()


def test_a_pull_is_recorded_only_when_the_village_confirms_and_a_dry_run_uses_up_nothing(sites, served):
    from desktop.core.sync import network, reference
    a, t = sites.a, sites.t
    t.set_setting("notice.footer", "乡镇通知")
    reference.mark(t, "settings", t.scalar("SELECT id FROM settings WHERE key='notice.footer'"))
    t_before, a_before = snapshot(t), snapshot(a)
    preview = network.pull(a, served, dry_run=True)
    assert preview["dry_run"] and preview["added"]["settings"] == 1
    assert snapshot(t) == t_before and snapshot(a) == a_before
    # The GET alone no longer swallows the changes of the next incremental export.
    nxt = exchange.build_bundle(t, "甲村", incremental=True, record=False)[1]
    assert nxt["bundle_no"] == 1 and nxt["counts"]["settings"]["insert"] == 1
    pulled = network.pull(a, served)
    assert pulled["added"]["settings"] == 1 and "note" not in pulled
    (out,) = t.query("SELECT bundle_id, bundle_no FROM sync_exchange WHERE direction='out'")
    assert out["bundle_id"] == pulled["bundle_id"] and out["bundle_no"] == 1


def test_a_pull_whose_confirmation_was_lost_is_confirmed_before_the_next_pull(sites, served, monkeypatch):
    """Issue 14 follow-up: the confirmation of an imported pull did not reach the township, so the
    next bundle did not name the point the village kept and was refused as a rewritten history."""
    from desktop.core.sync import network, reference
    a, t = sites.a, sites.t
    t.set_setting("notice.footer", "乡镇通知")
    reference.mark(t, "settings", t.scalar("SELECT id FROM settings WHERE key='notice.footer'"))
    real = network._signed
    down = {"on": True}

    def lossy(store, peer, url, path, *args, **kw):
        if path == "/cunwu/received" and down["on"]:
            raise CunwuError("无法连接（连接中断）")
        return real(store, peer, url, path, *args, **kw)

    monkeypatch.setattr(network, "_signed", lossy)
    first = network.pull(a, served)
    assert first["added"]["settings"] == 1 and "下次取回时会先补告" in first["note"]
    assert t.scalar("SELECT COUNT(*) FROM sync_exchange WHERE direction='out'") == 0
    # Still out of reach: the pull stops before fetching anything, saying why.
    before = snapshot(a)
    with pytest.raises(CunwuError, match="第 1 号数据包已经导入，但还没能告诉对方"):
        network.pull(a, served)
    assert snapshot(a) == before
    down["on"] = False
    t.set_setting("notice.header", "新的抬头")
    reference.mark(t, "settings", t.scalar("SELECT id FROM settings WHERE key='notice.header'"))
    second = network.pull(a, served)
    assert second["bundle_no"] == 2 and second["added"]["settings"] == 1 and "note" not in second
    assert a.scalar("SELECT value FROM settings WHERE key='notice.header'") == '"新的抬头"'
    assert [r[0] for r in t.query("SELECT bundle_no FROM sync_exchange WHERE direction='out' ORDER BY bundle_no")] \
        == [1, 2]
    assert a.scalar("SELECT COUNT(*) FROM sync_exchange WHERE confirm_pending IS NOT NULL") == 0


def test_push_answer_carries_counts_only(sites, served):
    from desktop.core.sync import network
    a, t = sites.a, sites.t
    pushed = network.push(a, served)
    answer = json.dumps(pushed["server"], ensure_ascii=False)
    assert pushed["server"]["added"]["person"] == a.scalar("SELECT COUNT(*) FROM person")
    assert isinstance(pushed["server"]["conflicts"], int) and "backup" not in pushed["server"]
    assert str(t.path.parent) not in answer and "sqlite" not in answer
    for (name, id_number) in a.query("SELECT name, id_number FROM person WHERE id_number IS NOT NULL LIMIT 20"):
        assert id_number not in answer and name not in answer
    assert network.without_paths("备份到 /srv/cunwu/backups/t.sqlite 失败") == "备份到 （服务器上的文件） 失败"
    assert network.without_paths("C:\\Cunwu\\data\\t.sqlite 已损坏") == "（服务器上的文件） 已损坏"


@pytest.mark.skipif(__import__("shutil").which("openssl") is None, reason="needs the openssl command")
def test_serve_over_tls_with_a_configured_certificate(sites, tmp_path):
    import subprocess
    import threading
    from desktop.core.sync import network
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out",
                    str(cert), "-days", "30", "-subj", "/CN=township", "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True)
    server = network.make_server(sites.t.path, host="127.0.0.1", port=0, cert=cert, key=key)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"https://127.0.0.1:{server.effective_port}"
    try:
        with pytest.raises(CunwuError, match="无法连接"):          # an unknown certificate is not trusted
            network.push(sites.a, url)
        pushed = network.push(sites.a, url, cafile=cert)
        assert pushed["server"]["added"]["person"] == sites.a.scalar("SELECT COUNT(*) FROM person")
        assert network.pull(sites.a, url, cafile=cert)["sender"] == "牛家梁镇"
    finally:
        server.close()
        thread.join(timeout=10)


# ------------------------------------------------------------------ township size (point 7)
def test_a_stick_of_bundles_is_imported_each_on_its_own_with_one_backup(sites, tmp_path):
    from desktop.core.security import backups
    a, b, t = sites.a, sites.b, sites.t
    backups.set_backup_folder(t, tmp_path / "bk")
    stick = sites.dir
    one = exchange.export_bundle(a, "牛家梁镇", stick, incremental=True)["path"]
    a.insert("village_group", {"name": "批量"})
    two = exchange.export_bundle(a, "牛家梁镇", stick, incremental=True)["path"]
    Path(one).rename(stick / "zz-later-name.cwbundle")       # the folder order is not the bundle order
    send(b, "牛家梁镇", stick)
    exchange.export_bundle(t, "甲村", stick)                    # the township's own answer, on the same stick
    (stick / "坏的.cwbundle").write_bytes(b"CUNWUBDL\x01broken")
    (stick / ".half.cwbundle.1234.partial").write_bytes(b"CUNWU")
    results = many_bundles.import_many(t, [stick], backup=True)
    by_name = {Path(r["file"]).name: r for r in results}
    assert len(results) == 5 and ".half.cwbundle.1234.partial" not in by_name
    assert by_name["zz-later-name.cwbundle"]["ok"] and by_name[Path(two).name]["ok"]
    assert by_name[Path(two).name]["summary"]["added"] == {"village_group": 1}
    assert by_name["乙村-至-牛家梁镇-0001.cwbundle"]["summary"]["added"]["person"] > 0
    assert by_name["牛家梁镇-至-甲村-0001.cwbundle"].get("skipped")
    assert not by_name["坏的.cwbundle"]["ok"] and "不完整" in by_name["坏的.cwbundle"]["error"]
    assert len(list((tmp_path / "bk").glob("*pre-sync*"))) == 1
    assert people_of(t, a.site_id) == people_of(a, a.site_id) and people_of(t, b.site_id) == people_of(b, b.site_id)


@pytest.mark.parametrize("batched", [True, False])
def test_a_read_only_user_cannot_import_a_stick_of_bundles(sites, tmp_path, batched, monkeypatch):
    """Role checks sit in the store's write path: a 监委会 user on the township PC is refused at
    the first write of every bundle on the stick, whichever import path applies it, and nothing
    of any bundle stays."""
    from desktop.core.security import users
    a, b, t = sites.a, sites.b, sites.t
    for s in (a, b):
        send(s, "牛家梁镇", sites.dir)
    users.add_user(t, "admin", "admin-pass", "admin", "王主任")
    users.add_user(t, "jw", "super-pass", "supervisor", "赵监委")
    users.login(t, "jw", "super-pass")
    before = snapshot(t)
    log_before = t.scalar("SELECT COUNT(*) FROM change_log WHERE table_name <> 'sync_refusal'")
    if not batched:
        real = importing.import_bundle
        monkeypatch.setattr(importing, "import_bundle", lambda *args, **kw: real(*args, batched=False, **kw))
    results = many_bundles.import_many(t, [sites.dir])
    assert len(results) == 2
    for result in results:
        assert not result["ok"] and "监委会" in result["error"], result
    assert snapshot(t) == before
    assert t.scalar("SELECT COUNT(*) FROM change_log WHERE table_name <> 'sync_refusal'") == log_before
    assert t.scalar("SELECT COUNT(*) FROM person WHERE site_id IN (?, ?)", (a.site_id, b.site_id)) == 0


def test_cli_imports_a_folder_and_exports_to_all(cli, sites, tmp_path):
    for s in (sites.a, sites.b):
        send(s, "牛家梁镇", sites.dir)
    (sites.dir / "坏的.cwbundle").write_bytes(b"nonsense")
    t_path = sites.t.path
    sites.t.close()
    r = cli.process("sync", "import", sites.dir, "--db", t_path)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "【甲村-至-牛家梁镇-0001.cwbundle】来自“甲村”" in r.stdout and "【乙村-至-牛家梁镇-0001.cwbundle】来自“乙村”" in r.stdout
    assert r.stdout.count("已新增") == 2
    assert "【坏的.cwbundle】没有导入" in r.stdout and "3 个数据包中有 1 个没有导入（坏的.cwbundle）" in r.stderr
    assert r.stdout.count("导入前已备份数据文件") == 1
    out = tmp_path / "answers"
    r = cli.process("sync", "export", "--to", "all", out, "--json", "--db", t_path)
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in out.iterdir()) == ["牛家梁镇-至-乙村-0001.cwbundle", "牛家梁镇-至-甲村-0001.cwbundle"]
    from desktop.core import open_store
    sites.t = open_store(t_path)


# ----------------------------------------------------- history anchored outside the file (point 4)
def rewrite_log_from(store, site_seq: int, table: str = "person") -> None:
    """What an insider with the file can do: change an entry's data, then recompute its hash and
    every later hash so the chain inside the file checks again."""
    from db.log_hashes import data_hash, entry_hash
    conn = store.conn
    for trigger in ("change_log_no_delete", "change_log_no_update", "change_log_redact_only"):
        conn.execute(f"DROP TRIGGER {trigger}")
    row = conn.execute("SELECT * FROM change_log WHERE site_id=? AND site_seq=?", (store.site_id, site_seq)).fetchone()
    data = json.loads(row["data"])
    data["name" if "name" in data else next(iter(data))] = "改写的"
    text = json.dumps(data, ensure_ascii=False)
    conn.execute("UPDATE change_log SET data=?, data_hash=? WHERE seq=?", (text, data_hash(text), row["seq"]))
    prev = conn.execute("SELECT hash FROM change_log WHERE seq<? ORDER BY seq DESC LIMIT 1", (row["seq"],)).fetchone()
    prev = prev[0] if prev else ""
    for e in conn.execute("SELECT * FROM change_log WHERE seq>=? ORDER BY seq", (row["seq"],)).fetchall():
        e = dict(e)
        e["prev_hash"] = prev
        prev = entry_hash(e)
        conn.execute("UPDATE change_log SET prev_hash=?, hash=? WHERE seq=?", (e["prev_hash"], prev, e["seq"]))


def test_a_rewritten_history_is_refused_naming_where_it_differs(sites, tmp_path):
    from desktop.core.security.audit import verify_chain
    a, t = sites.a, sites.t
    importing.import_bundle(t, send(a, "牛家梁镇", sites.dir))
    first_head = t.scalar("SELECT MAX(seq) FROM sync_head WHERE origin_site_id=?", (a.site_id,))
    assert first_head == a.scalar("SELECT MAX(site_seq) FROM change_log WHERE site_id=?", (a.site_id,)) - 1
    hh = a.scalar("SELECT id FROM household WHERE site_id=? LIMIT 1", (a.site_id,))
    pid = a.insert("person", {"name": "后来的人", "gender": "女", "household_id": hh, "relation": "女"})
    importing.import_bundle(t, send(a, "牛家梁镇", sites.dir))
    seq = a.scalar("SELECT site_seq FROM change_log WHERE record_id=? AND op='insert'", (pid,))
    assert seq > first_head
    rewrite_log_from(a, seq)
    assert verify_chain(a)[0], "the rewritten chain checks inside the file"
    a.insert("village_group", {"name": "改写之后"})
    path = send(a, "牛家梁镇", sites.dir)
    before = snapshot(t)
    with pytest.raises(CunwuError) as err:
        importing.import_bundle(t, path)
    assert f"甲村的变更记录从第 {first_head + 1} 条起与上次收到的不一致" in str(err.value)
    assert snapshot(t) == before
    assert refusal_log.refusals(t)[0]["reason"] == str(err.value)
    # Records sent before do not make it pass: the township's copy stays as first received.
    assert t.scalar("SELECT name FROM person WHERE id=?", (pid,)) == "后来的人"


def test_a_late_older_bundle_still_passes_and_a_pre_upgrade_bundle_is_refused_once_heads_are_kept(sites, tmp_path):
    a, t = sites.a, sites.t
    first = send(a, "牛家梁镇", sites.dir)
    a.insert("village_group", {"name": "第二次"})
    importing.import_bundle(t, send(a, "牛家梁镇", sites.dir))
    assert importing.import_bundle(t, first)["ignored"]["duplicate"] > 0
    seq = a.scalar("SELECT MAX(site_seq) FROM change_log WHERE site_id=?", (a.site_id,)) + 1
    path = tmp_path / "old-version.cwbundle"
    path.write_bytes(craft_bundle(a, t, [[a.site_id, seq, "village_group", "g-old", "insert", json.dumps(
        {"id": "g-old", "site_id": a.site_id, "name": "旧版", "leader": "", "sort_order": 0, "active": 1,
         "created_at": TS, "updated_at": TS}), "cli", TS]],
        ranges={a.site_id: {"from": acks.through(t)[a.site_id] + 1, "to": seq}}, stream=None))
    with pytest.raises(CunwuError, match="没有带变更记录校验码"):
        importing.import_bundle(t, path)


def test_notice_code_witnesses_the_books(sites):
    from desktop.core import chain_code as heads
    a = sites.a
    code = heads.notice_code(a)
    top = a.scalar("SELECT MAX(seq) FROM change_log")
    assert code == f"第 {top} 条 " + a.scalar("SELECT hash FROM change_log WHERE seq=?", (top,))[:12]
    a.insert("village_group", {"name": "公告之后"})
    ok, detail = heads.verify_notice_code(a, code)
    assert ok and "一致" in detail
    assert heads.verify_notice_code(a, f"{top}-{code.split()[-1]}")[0]
    early = a.scalar("SELECT site_seq FROM change_log WHERE site_id=? AND table_name='person' AND op='insert' "
                     "ORDER BY seq LIMIT 1", (a.site_id,))
    rewrite_log_from(a, early)
    ok, detail = heads.verify_notice_code(a, code)
    assert not ok and "被改动过" in detail
    with pytest.raises(CunwuError, match="格式不对"):
        heads.verify_notice_code(a, "hello")
