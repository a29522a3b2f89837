"""Pushes and pulls to an office-network address bypass the system proxy (issue 20 point 6):
a PC with a proxy set for the internet must still reach the township PC at 192.168.x.x."""
from __future__ import annotations

import http.server
import threading
import urllib.request

import pytest

from desktop.core.sync import network


@pytest.mark.parametrize("host, lan", [
    ("192.168.1.20", True), ("10.0.0.5", True), ("172.16.3.4", True), ("127.0.0.1", True),
    ("localhost", True), ("169.254.10.1", True), ("::1", True), ("fe80::1", True),
    ("xiangzhen-pc", True), ("township.local", True),
    ("8.8.8.8", False), ("example.cn", False), ("", False),
])
def test_which_addresses_are_in_the_office_network(host, lan):
    assert network.is_lan_address(host) is lan


class _Hello(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"hello")

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = http.server.HTTPServer(("127.0.0.1", 0), _Hello)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


def test_a_lan_request_goes_direct_even_with_a_dead_system_proxy(server, monkeypatch):
    monkeypatch.setenv("http_proxy", "http://127.0.0.1:9")     # nothing listens there
    monkeypatch.setenv("no_proxy", "")
    monkeypatch.delenv("NO_PROXY", raising=False)
    with pytest.raises(OSError):                                # what urllib alone would do
        urllib.request.build_opener().open(server, timeout=5)
    assert network._request(server) == b"hello"


def test_an_internet_address_keeps_the_system_proxy(monkeypatch):
    monkeypatch.setenv("http_proxy", "http://proxy.example:3128")
    handlers = network.opener_for("http://1.2.4.8/cunwu/id").handlers
    proxies = [h.proxies for h in handlers if isinstance(h, urllib.request.ProxyHandler)]
    assert proxies and proxies[0].get("http") == "http://proxy.example:3128"
    handlers = network.opener_for("http://192.168.1.20:8765/cunwu/id").handlers
    assert not [h for h in handlers if isinstance(h, urllib.request.ProxyHandler)]      # no proxy at all
