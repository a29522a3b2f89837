"""The same bundles over a network, when there is one: `cunwu serve` and `cunwu sync push|pull`.

The township serves a tiny WSGI app (run by waitress):
    GET  /cunwu/id              its key card (who it is; the client checks it is registered)
    POST /cunwu/bundle          a village pushes a bundle: imported with every file check
    GET  /cunwu/bundle?peer=ID  a registered peer pulls its bundle (sealed to its key)
Only signed bundles from registered peers are accepted; nothing else writes. TLS is
optional (a reverse proxy can add it): bundles are signed and encrypted either way.
"""
from __future__ import annotations

import ipaddress
import json
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

from db import Store
from db.errors import CunwuError, RefusedError
from desktop.core.sync import exchange, peers

MAX_BUNDLE_BYTES = 512 * 1024 * 1024
TIMEOUT = 120


def make_app(db_path: str | Path):
    """A WSGI app over one database file; each request opens its own store."""
    from desktop.core import open_store

    def app(environ, start_response):
        method, path = environ.get("REQUEST_METHOD", "GET"), environ.get("PATH_INFO", "")
        store = None
        try:
            store = open_store(db_path)
            store.actor = "serve"
            if method == "GET" and path == "/cunwu/id":
                return _reply(start_response, 200, peers.identity(store))
            if method == "POST" and path == "/cunwu/bundle":
                length = int(environ.get("CONTENT_LENGTH") or 0)
                if length <= 0 or length > MAX_BUNDLE_BYTES:
                    return _reply(start_response, 400, {"error": "数据包为空或太大。"})
                body = environ["wsgi.input"].read(length)
                summary = exchange.import_bundle(store, body, file_label="network", backup=True)
                return _reply(start_response, 200, summary)
            if method == "GET" and path == "/cunwu/bundle":
                query = urllib.parse.parse_qs(environ.get("QUERY_STRING", ""))
                peer = peers.peer_by_site(store, (query.get("peer") or [""])[0])
                if peer is None:
                    return _reply(start_response, 404, {"error": "本机没有登记这个同步对象，不能给它数据包。"})
                data, _ = exchange.build_bundle(store, peer)
                start_response("200 OK", [("Content-Type", "application/octet-stream"),
                                          ("Content-Length", str(len(data)))])
                return [data]
            return _reply(start_response, 404, {"error": "没有这个地址。"})
        except CunwuError as exc:
            return _reply(start_response, 422, {"error": str(exc)})
        except Exception as exc:  # a bug: answer plainly, never a traceback over the wire
            return _reply(start_response, 500, {"error": f"服务器内部错误（{type(exc).__name__}）。"})
        finally:
            if store is not None:
                store.close()
    return app


def _reply(start_response, status: int, body: Any):
    data = json.dumps(body, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8")
    reason = {200: "OK", 400: "Bad Request", 404: "Not Found", 422: "Unprocessable Entity",
              500: "Internal Server Error"}[status]
    start_response(f"{status} {reason}", [("Content-Type", "application/json; charset=utf-8"),
                                          ("Content-Length", str(len(data)))])
    return [data]


def make_server(db_path: str | Path, host: str = "127.0.0.1", port: int = 8765):
    """A waitress server (call .run(); .close() to stop). Port 0 picks a free one (tests)."""
    from waitress import create_server
    # One thread: imports are serialised, as on the township's single PC.
    return create_server(make_app(db_path), host=host, port=port, threads=1,
                         max_request_body_size=MAX_BUNDLE_BYTES, ident="cunwu")


# ----------------------------------------------------------------------- client
def is_lan_address(host: str) -> bool:
    """A private, loopback or link-local address, or a bare PC name / .local name."""
    try:
        ip = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return host == "localhost" or host.endswith((".local", ".lan")) or ("." not in host and bool(host))
    return ip.is_private or ip.is_loopback or ip.is_link_local


def opener_for(url: str) -> urllib.request.OpenerDirector:
    """Pushes and pulls to an address in the office network go direct: office PCs often have a
    system proxy set (IE/Windows settings, http_proxy), which cannot reach 192.168.x.x."""
    if is_lan_address(urllib.parse.urlsplit(url).hostname or ""):
        return urllib.request.build_opener(urllib.request.ProxyHandler({}))
    return urllib.request.build_opener()


def _request(url: str, *, data: bytes | None = None) -> bytes:
    req = urllib.request.Request(url, data=data, method="POST" if data is not None else "GET")
    if data is not None:
        req.add_header("Content-Type", "application/octet-stream")
    try:
        with opener_for(url).open(req, timeout=TIMEOUT) as resp:
            return resp.read()
    except urllib.error.HTTPError as exc:
        try:
            message = json.loads(exc.read().decode("utf-8"))["error"]
        except Exception:
            message = f"HTTP {exc.code}"
        raise RefusedError(f"对方拒绝：{message}") from exc
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise CunwuError(f"无法连接 {url}（{reason}）。请检查网络，或改用U盘传递数据包。") from exc


def _server_peer(store: Store, url: str) -> dict:
    try:
        card = json.loads(_request(url.rstrip("/") + "/cunwu/id").decode("utf-8"))
    except ValueError:
        raise CunwuError(f"{url} 不是村务通同步服务。")
    peer = peers.peer_by_key(store, str(card.get("public_key", "")))
    if peer is None:
        raise RefusedError(f"{url} 上的“{card.get('name', '')}”没有在本机登记（或密钥不同），不与它交换数据。")
    return peer


def push(store: Store, url: str, *, progress=None) -> dict:
    """Send this installation's bundle to the server; recorded as sent only if the server took it."""
    peer = _server_peer(store, url)
    answer: dict = {}

    def post(data: bytes, manifest: dict) -> None:
        answer.update(json.loads(_request(url.rstrip("/") + "/cunwu/bundle", data=data).decode("utf-8")))

    _, manifest = exchange.build_bundle(store, peer, progress=progress, sink=post)
    return {"peer": peer["name"], "bundle_no": manifest["bundle_no"], "change_count": manifest["change_count"],
            "server": answer}


def pull(store: Store, url: str, *, dry_run: bool = False, progress=None) -> dict:
    """Fetch the server's bundle for this installation and import it with every check."""
    _server_peer(store, url)
    query = urllib.parse.urlencode({"peer": store.site_id})
    data = _request(url.rstrip("/") + "/cunwu/bundle?" + query)
    return exchange.import_bundle(store, data, dry_run=dry_run, progress=progress, file_label=url,
                                   backup=True)
