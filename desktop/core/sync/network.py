"""The same bundles over a network, when there is one: `cunwu serve` and `cunwu sync push|pull`.

The township serves a tiny WSGI app (run by waitress, or over TLS by the standard library
when a certificate is configured):
    GET  /cunwu/id              its key card (public: who it is; the client checks it is registered)
    POST /cunwu/bundle          a village pushes its bundle: imported with every file check
    GET  /cunwu/bundle          a village pulls the bundle made for it (sealed to its key); the
                                server writes nothing: the bundle counts as sent only when
    POST /cunwu/received        the village confirms, after importing it, which bundle it took
Every request but /cunwu/id is signed with the requester's registered key (`auth.py`): an
unknown key gets 403, an unsigned, late, replayed or wrongly signed request 401, before
anything is written. Answers carry counts and table names, never field values of records,
and no paths of the server's files.
"""
from __future__ import annotations

import ipaddress
import json
import re
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

from db import Store
from db.errors import CunwuError, RefusedError
from desktop.core.sync import auth, bundle, exchange, importing, keys, peers

MAX_BUNDLE_BYTES = 512 * 1024 * 1024
TIMEOUT = 120
_HEADER_NAMES = ("X-Cunwu-Key", "X-Cunwu-Time", "X-Cunwu-Nonce", "X-Cunwu-Signature")
# Two or more path components (a server path in a message): replaced before it goes out.
_PATH = re.compile(r"(?:[A-Za-z]:)?(?:[\\/][^\\/\s，。；：、（）()“”\"']+){2,}[\\/]?")


def make_app(db_path: str | Path):
    """A WSGI app over one database file; each request opens its own store."""
    from desktop.core import open_store
    verifier = auth.Verifier()

    def app(environ, start_response):
        method, path = environ.get("REQUEST_METHOD", "GET"), environ.get("PATH_INFO", "")
        query = environ.get("QUERY_STRING", "")
        target = path + ("?" + query if query else "")
        store = None
        try:
            store = open_store(db_path)
            store.actor = "serve"
            if method == "GET" and path == "/cunwu/id":
                return _reply(start_response, 200, peers.identity(store))
            if (method, path) not in (("POST", "/cunwu/bundle"), ("GET", "/cunwu/bundle"),
                                      ("POST", "/cunwu/received")):
                return _reply(start_response, 404, {"error": "没有这个地址。"})
            body = b""
            if method == "POST":
                length = int(environ.get("CONTENT_LENGTH") or 0)
                if length <= 0 or length > MAX_BUNDLE_BYTES:
                    return _reply(start_response, 400, {"error": "数据包为空或太大。"})
                body = environ["wsgi.input"].read(length)
            headers = {h: environ.get("HTTP_" + h.upper().replace("-", "_"), "") for h in _HEADER_NAMES}
            peer = verifier.check(store, method, target, headers, body)
            if path == "/cunwu/bundle" and method == "POST":
                summary = importing.import_bundle(store, body, file_label="network", backup=True,
                                                 signed_by=peer["public_key"])
                return _reply(start_response, 200, public_summary(summary))
            if path == "/cunwu/bundle":
                asked = urllib.parse.parse_qs(query).get("peer", [""])[0]
                if asked and asked != (peer["peer_site_id"] or ""):
                    return _reply(start_response, 403, {"error": "只能取回发给本单位的数据包。"})
                data, _ = exchange.build_bundle(store, peer, record=False)
                start_response("200 OK", [("Content-Type", "application/octet-stream"),
                                          ("Content-Length", str(len(data)))])
                return [data]
            return _reply(start_response, 200, _received(store, peer, body))
        except auth.Unauthorised as exc:
            return _reply(start_response, exc.status, {"error": str(exc)})
        except CunwuError as exc:
            return _reply(start_response, 422, {"error": without_paths(str(exc))})
        except Exception as exc:  # a bug: answer plainly, never a traceback over the wire
            return _reply(start_response, 500, {"error": f"服务器内部错误（{type(exc).__name__}）。"})
        finally:
            if store is not None:
                store.close()
    return app


def _received(store: Store, peer: dict, body: bytes) -> dict:
    """The village confirms it imported a bundle this server made for it: now it counts as sent."""
    manifest_bytes, signature = body[:-64], body[-64:]
    if len(body) <= 64 or not keys.verify(keys.existing_public_key(store) or "", manifest_bytes, signature):
        raise RefusedError("确认的不是本机签发的数据包。")
    manifest = json.loads(manifest_bytes.decode("utf-8"))
    if manifest.get("receiver", {}).get("public_key") != peer["public_key"]:
        raise RefusedError("确认的数据包不是发给本单位的。")
    exchange.record_sent(store, peer, manifest, int(manifest.get("payload_bytes") or 0))
    return {"bundle_no": manifest["bundle_no"], "recorded": True}


def public_summary(summary: dict) -> dict:
    """What an import answer may carry over a network: counts and table names, nothing of the
    records' contents (a conflict's values can be an ID number) and no server paths."""
    out = {k: summary.get(k) for k in ("bundle_no", "sender", "change_count", "already_imported", "dry_run",
                                        "added", "updated", "deleted", "ignored")}
    out["conflicts"] = len(summary.get("conflicts") or [])
    out["text"] = without_paths(summary.get("text", ""))
    return out


def without_paths(message: str) -> str:
    return _PATH.sub("（服务器上的文件）", message)


def _reply(start_response, status: int, body: Any):
    data = json.dumps(body, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8")
    reason = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
              422: "Unprocessable Entity", 500: "Internal Server Error"}[status]
    start_response(f"{status} {reason}", [("Content-Type", "application/json; charset=utf-8"),
                                          ("Content-Length", str(len(data)))])
    return [data]


def make_server(db_path: str | Path, host: str = "127.0.0.1", port: int = 8765, *,
                cert: str | Path | None = None, key: str | Path | None = None):
    """A server (call .run(); .close() to stop). Port 0 picks a free one (tests).

    Plain HTTP by waitress; with `cert` (and its `key`, if not in the same file) HTTPS by
    the standard library's ssl. Either way one request at a time, as on the township's PC."""
    if cert:
        return _TLSServer(make_app(db_path), host, port, cert, key)
    from waitress import create_server
    return _PlainServer(create_server(make_app(db_path), host=host, port=port, threads=1,
                                      max_request_body_size=MAX_BUNDLE_BYTES, ident="cunwu"))


class _PlainServer:
    """waitress, closable from another thread: while its loop runs, the loop closes it (closing
    the sockets from outside left the loop waiting on a closed descriptor, an error in its thread)."""

    def __init__(self, server):
        self.server = server
        self.effective_port = server.effective_port
        self._running = False

    def run(self) -> None:
        self._running = True
        try:
            self.server.run()
        finally:
            self._running = False
            self.server.task_dispatcher.shutdown()

    def close(self) -> None:
        if self._running:
            self.server.trigger.pull_trigger(self.server.close)
        else:
            self.server.close()


class _TLSServer:
    """wsgiref over a TLS socket (TLS 1.2 or newer): enough for a township's dozens of villages."""

    def __init__(self, app, host: str, port: int, cert, key):
        import ssl
        from wsgiref.simple_server import WSGIRequestHandler, make_server as wsgi_server

        class Quiet(WSGIRequestHandler):
            def log_message(self, *args):   # no line per request on the clerk's console
                pass

        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        try:
            context.load_cert_chain(str(cert), str(key) if key else None)
        except (OSError, ssl.SSLError) as exc:
            raise CunwuError(f"读不出证书或私钥（{cert}）：{exc}。证书和私钥应是 PEM 格式的文件。") from exc
        self.httpd = wsgi_server(host, port, app, handler_class=Quiet)
        self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
        self.effective_port = self.httpd.server_port
        self._running = False

    def run(self) -> None:
        self._running = True
        self.httpd.serve_forever()

    def close(self) -> None:
        if self._running:
            self.httpd.shutdown()
        self.httpd.server_close()


# ----------------------------------------------------------------------- client
def is_lan_address(host: str) -> bool:
    """A private, loopback or link-local address, or a bare PC name / .local name."""
    try:
        ip = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return host == "localhost" or host.endswith((".local", ".lan")) or ("." not in host and bool(host))
    return ip.is_private or ip.is_loopback or ip.is_link_local


def opener_for(url: str, context=None) -> urllib.request.OpenerDirector:
    """Pushes and pulls to an address in the office network go direct: office PCs often have a
    system proxy set (IE/Windows settings, http_proxy), which cannot reach 192.168.x.x."""
    handlers = [urllib.request.HTTPSHandler(context=context)] if context is not None else []
    if is_lan_address(urllib.parse.urlsplit(url).hostname or ""):
        handlers.append(urllib.request.ProxyHandler({}))
    return urllib.request.build_opener(*handlers)


def _request(url: str, *, data: bytes | None = None, method: str | None = None,
             headers: dict[str, str] | None = None, cafile: str | Path | None = None) -> bytes:
    """`cafile`: the township's certificate (or its CA) when it serves HTTPS with its own."""
    req = urllib.request.Request(url, data=data, method=method or ("POST" if data is not None else "GET"))
    if data is not None:
        req.add_header("Content-Type", "application/octet-stream")
    for name, value in (headers or {}).items():
        req.add_header(name, value)
    context = None
    if cafile:
        import ssl
        try:
            context = ssl.create_default_context(cafile=str(cafile))
        except (OSError, ssl.SSLError) as exc:
            raise CunwuError(f"读不出证书文件 {cafile}（{exc}）。") from exc
    try:
        with opener_for(url, context).open(req, timeout=TIMEOUT) as resp:
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


def _signed(store: Store, peer: dict, url: str, target: str, body: bytes | None = None, cafile=None) -> bytes:
    method = "POST" if body is not None else "GET"
    headers = auth.sign_request(store, method, target, peer["public_key"], body or b"")
    return _request(url.rstrip("/") + target, data=body, method=method, headers=headers, cafile=cafile)


def _server_peer(store: Store, url: str, cafile=None) -> dict:
    try:
        card = json.loads(_request(url.rstrip("/") + "/cunwu/id", cafile=cafile).decode("utf-8"))
    except ValueError:
        raise CunwuError(f"{url} 不是村务通同步服务。")
    peer = peers.peer_by_key(store, str(card.get("public_key", "")))
    if peer is None:
        raise RefusedError(f"{url} 上的“{card.get('name', '')}”没有在本机登记（或密钥不同），不与它交换数据。")
    return peer


def push(store: Store, url: str, *, progress=None, cafile=None) -> dict:
    """Send this installation's bundle to the server; recorded as sent only if the server took it."""
    peer = _server_peer(store, url, cafile)
    answer: dict = {}

    def post(data: bytes, manifest: dict) -> None:
        answer.update(json.loads(_signed(store, peer, url, "/cunwu/bundle", data, cafile).decode("utf-8")))

    _, manifest = exchange.build_bundle(store, peer, progress=progress, sink=post)
    return {"peer": peer["name"], "bundle_no": manifest["bundle_no"], "change_count": manifest["change_count"],
            "server": answer}


def pull(store: Store, url: str, *, dry_run: bool = False, progress=None, cafile=None) -> dict:
    """Fetch the server's bundle for this installation and import it with every check; then tell
    the server it arrived (a dry run tells it nothing, so nothing is used up on either side)."""
    peer = _server_peer(store, url, cafile)
    _confirm_pending(store, peer, url, cafile)
    data = _signed(store, peer, url, "/cunwu/bundle", cafile=cafile)
    summary = importing.import_bundle(store, data, dry_run=dry_run, progress=progress, file_label=url, backup=True)
    if not dry_run:
        raw = bundle.unpack(data)
        confirmation = raw.manifest_bytes + raw.signature
        try:
            _signed(store, peer, url, "/cunwu/received", confirmation, cafile)
        except CunwuError as exc:   # imported all the same; sent again before the next pull
            _keep_pending(store, summary["bundle_id"], confirmation)
            summary["note"] = f"已导入，但没能告诉对方已收到（{exc}）；下次取回时会先补告。"
    return summary


def _keep_pending(store: Store, bundle_id: str, confirmation: bytes) -> None:
    row_id = store.scalar("SELECT id FROM sync_exchange WHERE site_id=? AND bundle_id=? AND direction='in'",
                          (store.site_id, bundle_id))
    if row_id:
        with store.transaction():
            store.update("sync_exchange", row_id, {"confirm_pending": confirmation.hex()})


def _confirm_pending(store: Store, peer: dict, url: str, cafile=None) -> None:
    """Confirmations a dropped connection kept from the server go first: the server counts a
    bundle as sent only when confirmed, and a bundle made without it would not name the point of
    history this office kept from the one it did import (it would be refused as a rewritten history).
    A server that refuses the confirmation outright is not asked again (the import's own checks
    then judge the next bundle); a server out of reach stops the pull with a plain message."""
    for row in store.query("SELECT id, bundle_no, confirm_pending FROM sync_exchange WHERE site_id=? AND "
                           "peer_id=? AND direction='in' AND confirm_pending IS NOT NULL ORDER BY bundle_no",
                           (store.site_id, peer["id"])):
        try:
            _signed(store, peer, url, "/cunwu/received", bytes.fromhex(row["confirm_pending"]), cafile)
        except RefusedError:
            pass
        except CunwuError as exc:
            raise CunwuError(f"上次从“{peer['name']}”取回的第 {row['bundle_no']} 号数据包已经导入，但还没能告诉对方"
                             f"（{exc}）。要先补告对方才能继续取回，请待网络恢复后再试。") from exc
        with store.transaction():
            store.update("sync_exchange", row["id"], {"confirm_pending": None})
