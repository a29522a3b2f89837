"""The sync commands as a script uses them, and the same bundles over loopback HTTP."""
from __future__ import annotations

import json
import subprocess
import sys
import threading
import urllib.request
from datetime import date
from pathlib import Path

import pytest

from db.errors import CunwuError, RefusedError
from desktop.core.sync import exchange, network, reports
from tests.support.sync_sites import people_of, snapshot

ROOT = Path(__file__).resolve().parent.parent
MONTH = date.today().strftime("%Y-%m")


def test_cli_init_cards_export_import_and_refusals(cli, tmp_path):
    """One pass through the commands a clerk's script uses (each call is a real process)."""
    from desktop.core import open_store
    from desktop.core.sync import peers
    v, t = tmp_path / "v.sqlite", tmp_path / "t.sqlite"
    r = cli.process("demo", "--households", "12", "--db", v)
    assert r.returncode == 0, r.stderr
    r = cli.process("init", "--township", "--name", "牛家梁镇", "--code", "610802103000", "--db", t, "--json")
    assert r.returncode == 0, r.stderr
    init = json.loads(r.stdout)
    assert init["role"] == "township" and len(init["fingerprint"].split()) == 8
    r = cli.process("sync", "id", "--card", tmp_path / "v-card.json", "--db", v)
    assert r.returncode == 0 and "密钥指纹" in r.stdout, r.stderr
    fp_v = json.loads((tmp_path / "v-card.json").read_text(encoding="utf-8"))["fingerprint"]
    assert fp_v in r.stdout
    r = cli.process("sync", "peer-add", "--card", tmp_path / "v-card.json", "--fingerprint", fp_v, "--db", t)
    assert r.returncode == 0, r.stderr
    with open_store(t) as township_store:
        peers.write_card(township_store, tmp_path / "t-card.json")
    with open_store(v) as village_store:
        peers.add_peer_from_card(village_store, tmp_path / "t-card.json")
    r = cli.process("sync", "report", "submit", MONTH, "--db", v)
    assert r.returncode == 0 and "已上报" in r.stdout, r.stderr
    stick = tmp_path / "usb"
    stick.mkdir()
    r = cli.process("sync", "export", "--to", "牛家梁镇", stick, "--db", v, "--json")
    assert r.returncode == 0, r.stderr
    bundle_path = Path(json.loads(r.stdout)["path"])
    assert bundle_path.parent == stick
    r = cli.process("sync", "import", bundle_path, "--db", t)
    assert r.returncode == 0 and "已新增" in r.stdout, r.stderr
    r = cli.process("sync", "township", "--month", MONTH, "--xlsx", tmp_path / "t.xlsx", "--db", t, "--json")
    assert r.returncode == 0 and (tmp_path / "t.xlsx").exists(), r.stderr
    out = json.loads(r.stdout)
    assert out["population"]["total"]["households"] == 12
    assert out["month"]["villages"][0]["status"] == "submitted"
    r = cli.process("sync", "peers", "--db", t, "--json")
    (peer,) = json.loads(r.stdout)
    assert peer["name"] == "高家湾村" and peer["last_in"] and peer["last_out"] is None
    # A damaged bundle: exit 1, plain Chinese, no traceback.
    data = bundle_path.read_bytes()
    bundle_path.write_bytes(data[: len(data) // 2])
    r = cli.process("sync", "import", bundle_path, "--db", t)
    assert r.returncode == 1 and "不完整" in r.stderr and "Traceback" not in r.stderr


@pytest.fixture
def served_township(sites):
    """The township served by waitress on loopback, on a free port; stopped after the test."""
    server = network.make_server(sites.t.path, host="127.0.0.1", port=0)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.effective_port}"
    server.close()
    thread.join(timeout=10)
    assert not thread.is_alive()        # the server's loop ended: no error left in its thread


def test_push_and_pull_over_loopback_http(sites, served_township):
    a, t = sites.a, sites.t
    url = served_township
    reports.submit(a, MONTH)
    pushed = network.push(a, url)
    assert pushed["server"]["added"]["person"] > 0 and pushed["bundle_no"] == 1
    t_view = t  # the server wrote through its own connection; this one sees the committed data
    assert people_of(t_view, a.site_id) == people_of(a, a.site_id)
    rep = reports.report(t_view, MONTH, a.site_id)
    reports.review(t_view, rep["id"], "accepted")
    pulled = network.pull(a, url)
    assert pulled["added"].get("sync_report_review") == 1
    assert reports.report(a, MONTH)["status"] == "accepted"
    assert exchange.pending_count(a, exchange.peers.find_peer(a, "牛家梁镇")) == 0
    # The same bundle pushed twice changes nothing.
    before = snapshot(t_view)
    again = network.push(a, url)
    assert again["server"]["change_count"] == 0
    assert people_of(t_view, a.site_id) == people_of(a, a.site_id)
    assert snapshot(t_view) != before  # only the exchange log gained a line


def test_server_refuses_damaged_and_unsigned_bundles(sites, served_township):
    a = sites.a
    data, _ = exchange.build_bundle(a, "牛家梁镇")
    before = snapshot(sites.t)
    from desktop.core.sync import auth
    server_key = exchange.peers.find_peer(a, "牛家梁镇")["public_key"]
    for body in (data[:-10], b"hello", data[:40] + bytes([data[40] ^ 1]) + data[41:]):
        for signed in (False, True):   # unsigned: 401 before reading it; signed by 甲村: 422, damaged
            req = urllib.request.Request(served_township + "/cunwu/bundle", data=body, method="POST")
            if signed:
                for name, value in auth.sign_request(a, "POST", "/cunwu/bundle", server_key, body).items():
                    req.add_header(name, value)
            with pytest.raises(urllib.error.HTTPError) as err:
                urllib.request.urlopen(req, timeout=30)
            assert err.value.code == (422 if signed else 401)
            assert json.loads(err.value.read().decode("utf-8"))["error"]
    assert snapshot(sites.t) == before


def test_client_refuses_an_unregistered_server(sites, served_township):
    b = sites.b
    b.conn.execute("UPDATE sync_peer SET active=0")   # as if 乙村 had never registered the township
    with pytest.raises(RefusedError, match="没有在本机登记"):
        network.push(b, served_township)
    with pytest.raises(CunwuError, match="无法连接"):
        network.pull(sites.a, "http://127.0.0.1:9")


def test_cunwu_serve_with_cli_push_and_pull(cli, sites):
    """`cunwu serve` in its own process on loopback; a village runs `cunwu sync push|pull URL`."""
    a_path, t_path = sites.a.path, sites.t.path
    sites.t.close()
    server = subprocess.Popen([sys.executable, "-m", "desktop.cli", "serve", "--port", "0", "--db", str(t_path)],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              encoding="utf-8")
    try:
        line = server.stdout.readline()
        assert "http://127.0.0.1:" in line, server.stderr.read() if server.poll() is not None else line
        url = line.split("：", 1)[1].split()[0]
        sites.a.close()
        r = cli.process("sync", "push", url, "--db", a_path, "--json")
        assert r.returncode == 0, r.stderr
        assert json.loads(r.stdout)["server"]["added"]["person"] > 0
        r = cli.process("sync", "pull", url, "--db", a_path)
        assert r.returncode == 0 and "牛家梁镇" in r.stdout, r.stderr
    finally:
        server.terminate()
        server.communicate(timeout=30)      # waits and closes its pipes
    from desktop.core import open_store
    sites.a, sites.t = open_store(a_path), open_store(t_path)
    assert people_of(sites.t, sites.a.site_id) == people_of(sites.a, sites.a.site_id)
    assert exchange.pending_count(sites.a, exchange.peers.find_peer(sites.a, "牛家梁镇")) == 0
    sites.a.close()
    sites.t.close()
