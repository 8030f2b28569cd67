"""The local fixture shop server: many shops on one loopback port, routed by Host, with faults.

Shop `slug` answers at http://SLUG.localhost:PORT and http://www.SLUG.localhost:PORT. Each platform
(one module of coffee_scraper_shops.platforms) serves its real response shapes. Faults are switched
per shop at runtime (`server.shop(slug).set_faults(...)`) or from another process through the control endpoints on the same port:

    POST /__control/SLUG/faults   JSON body merged into the shop's Faults ({"clear": true} first clears)
    GET  /__control/SLUG/faults   the shop's current faults
    GET  /__control/log           the request log (?slug=SLUG&since=WALL_TIME)
    POST /__control/log/reset     empty the request log
    GET  /__control/counts        fetch counts keyed by path+query (?slug=SLUG)
    GET  /__control/shops         the served shops and their URLs
"""
from __future__ import annotations

import collections
import email.utils
import hashlib
import json
import socket
import struct
import threading
import time
from dataclasses import asdict, dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from coffee_scraper_shops import pages
from coffee_scraper_shops.platforms import fixture_platforms
from coffee_scraper_shops.replies import Reply
from coffee_scraper_shops.shop import Shop, path_matches, spec_hits

HUGE_BYTES = 10 * 1024 * 1024
ASSET_SUFFIXES = {".jpg": "image/png", ".jpeg": "image/png", ".png": "image/png", ".webp": "image/png",
                  ".woff2": "font/woff2", ".woff": "font/woff", ".css": "text/css; charset=utf-8"}


@dataclass
class RequestRecord:
    """One request as the server saw it, faulted or not."""

    time: float  # time.monotonic() when the request line was read
    wall_time: float  # time.time() at the same moment
    slug: str | None  # None: unknown host or control request
    host: str  # Host header as sent
    www: bool
    method: str
    path: str
    query: str
    status: int  # 0 when the connection was reset instead of answered
    headers: dict[str, str] = field(default_factory=dict)  # request headers as sent by the client
    fault: str | None = None  # the fault that shaped the answer, if any
    bytes_sent: int = 0
    duration: float = 0.0

    @property
    def url_key(self) -> str:
        return self.path + (f"?{self.query}" if self.query else "")



class _ResetConnection(Exception):
    pass


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 256
    app: "ShopServer"

    def handle_error(self, request, client_address):  # client went away etc.: not our business
        pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "fixture-shop/1.0"
    sys_version = ""
    server: _HTTPServer

    def log_message(self, format, *args):  # noqa: A002 - quiet
        pass

    def do_GET(self):
        self._dispatch("GET")

    def do_HEAD(self):
        self._dispatch("HEAD")

    def do_POST(self):
        self._dispatch("POST")

    def do_DELETE(self):
        self._dispatch("DELETE")

    # ------------------------------------------------------------------------------------------------
    def _dispatch(self, method: str) -> None:
        app = self.server.app
        self._rec = None  # handlers are reused across keep-alive requests
        mono, wall = time.monotonic(), time.time()
        parts = urlsplit(self.path)
        path, query = unquote(parts.path) or "/", parts.query
        if path.startswith("/__control/"):
            self._control(method, path, query)
            return
        if method in ("POST", "DELETE") and self.headers.get("Content-Length"):
            self.rfile.read(int(self.headers["Content-Length"]))  # keep the connection usable
        host_header = self.headers.get("Host", "")
        slug, www = _parse_host(host_header)
        shop = app._shops.get(slug) if slug else None
        rec = RequestRecord(mono, wall, slug if shop else None, host_header, www, method, path, query, 0,
                            dict(self.headers.items()))
        self._rec, self._logged = rec, False
        try:
            if shop is None:
                reply = Reply(404, pages.error_page(404, "Not Found").encode())
                rec.fault = None
            else:
                reply = self._shop_reply(app, shop, rec, method, path, query, host_header, www)
            if reply is None:  # streamed by a fault (truncated)
                return
            self._send(reply, method)
        except _ResetConnection:
            rec.status = 0
            self._commit()
            self._reset()
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        finally:
            self._commit()

    def _commit(self) -> None:
        """Log the request once, before its answer leaves (a client that got it finds it logged)."""
        rec = getattr(self, "_rec", None)
        if rec is not None and not self._logged:
            self._logged = True
            rec.duration = time.monotonic() - rec.time
            self.server.app._log(rec)

    def _shop_reply(self, app, shop: Shop, rec: RequestRecord, method, path, query, host_header, www) -> Reply | None:
        f = shop.faults
        if f.down:
            rec.fault = "down"
            raise _ResetConnection
        if shop.take_reset():
            rec.fault = "reset_next"
            raise _ResetConnection
        if any(path_matches(p, path, query) for p in f.reset_paths or ()):
            rec.fault = "reset_paths"
            raise _ResetConnection
        if f.slow and (not f.slow_paths or any(path_matches(p, path, query) for p in f.slow_paths)):
            rec.fault = "slow"
            time.sleep(float(f.slow))
        rl = shop.take_rate_limit()
        if rl is not None:
            rec.fault = "rate_limit"
            retry = (email.utils.formatdate(time.time() + rl.retry_after, usegmt=True) if rl.http_date
                     else str(int(rl.retry_after)))
            return Reply(429, b'{"errors":"Too Many Requests"}' if path.endswith(".json") else
                          pages.error_page(429, "Too Many Requests").encode(),
                          "application/json" if path.endswith(".json") else "text/html; charset=utf-8",
                          [("Retry-After", retry)])
        if shop.take_burst():
            rec.fault = "burst_503"
            hdrs = [("Retry-After", str(f.burst_503_retry_after))] if f.burst_503_retry_after is not None else []
            return Reply(503, pages.error_page(503, "Service Unavailable").encode(), headers=hdrs)
        for pattern, code in (f.status_for or {}).items():
            if path_matches(pattern, path, query):
                rec.fault = "status_for"
                return Reply(int(code), pages.error_page(int(code), _reason(int(code))).encode())
        base = f"http://{host_header}" if host_header else app.base_url(shop.slug, www)
        reply = _route(shop, method, path, query, base, www)
        if reply.kind == "asset" and shop.asset_delay:
            time.sleep(shop.asset_delay)
        return self._apply_body_faults(shop, rec, reply, path, query)

    def _apply_body_faults(self, shop: Shop, rec, reply: Reply, path, query) -> Reply | None:
        f = shop.faults
        if reply.status != 200:
            return reply
        page = reply.page
        if spec_hits(f.html_instead_of_json, page, path, query):
            rec.fault = "html_instead_of_json"
            return Reply(200, pages.CHALLENGE_PAGE.encode(), page=page)
        if spec_hits(f.malformed, page, path, query):
            rec.fault = "malformed"
            body = reply.body
            cut = body[: max(len(body) // 2, 1)] if len(body) > 40 else b'{"products": [{"id": 1, "title": '
            reply.body = cut + b"\x00<!-- upstream error -->"
            reply.conditional = False
            return reply
        if spec_hits(f.huge, page, path, query):
            rec.fault = "huge"
            pad = max(HUGE_BYTES - len(reply.body), 0)
            if reply.kind == "json":  # still valid JSON: insignificant whitespace
                reply.body = reply.body + b" " * pad
            else:
                reply.body = reply.body + b"<!--" + b"x" * pad + b"-->"
            reply.conditional = False
            return reply
        if spec_hits(f.truncated, page, path, query):
            rec.fault = "truncated"
            body = reply.body
            sent = body[: len(body) // 2]
            self.close_connection = True
            rec.status, rec.bytes_sent = 200, len(sent)
            self._commit()
            self.send_response(200)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(body) + 4096))
            self.send_header("Connection", "close")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(sent)
            self.wfile.flush()
            return None
        return reply

    # ------------------------------------------------------------------------------------------------
    def _send(self, reply: Reply, method: str) -> int:
        app = self.server.app
        headers = list(reply.headers)
        body = reply.body
        status = reply.status
        if reply.conditional and status == 200:
            etag = 'W/"' + hashlib.sha1(body).hexdigest()[:32] + '"'
            last_modified = app._last_modified(self.headers.get("Host", "") + self.path, etag)
            headers += [("ETag", etag), ("Last-Modified", email.utils.formatdate(last_modified, usegmt=True)),
                        ("Cache-Control", "public, max-age=0, must-revalidate")]
            if _not_modified(self.headers, etag, last_modified):
                status, body = 304, b""
        rec = getattr(self, "_rec", None)
        if rec is not None:
            rec.status, rec.bytes_sent = status, 0 if method == "HEAD" else len(body)
            self._commit()
        self.send_response(status)
        if status != 304:
            self.send_header("Content-Type", reply.content_type)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if method != "HEAD" and body:
            self.wfile.write(body)
        return 0 if method == "HEAD" else len(body)

    def _reset(self) -> None:
        """Drop the connection with a TCP RST (SO_LINGER 0), sending nothing."""
        self.close_connection = True
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.rfile.close()
            self.connection.close()
        except OSError:
            pass

    def _json(self, status: int, obj: Any) -> None:
        body = json.dumps(obj, ensure_ascii=False, default=str).encode()
        self._send(Reply(status, body, "application/json; charset=utf-8"), self.command)

    def _control(self, method: str, path: str, query: str) -> None:
        app = self.server.app
        params = {k: v[-1] for k, v in parse_qs(query).items()}
        segs = [s for s in path.split("/") if s][1:]  # drop "__control"
        try:
            if segs == ["log"] and method == "GET":
                since = float(params.get("since", 0) or 0)
                recs = [r for r in app.requests(params.get("slug")) if r.wall_time >= since]
                return self._json(200, [asdict(r) for r in recs])
            if segs in (["log", "reset"], ["log"]) and method in ("POST", "DELETE"):
                app.reset_log()
                return self._json(200, {"ok": True})
            if segs == ["counts"] and method == "GET":
                return self._json(200, dict(app.fetch_counts(params.get("slug"))))
            if segs == ["shops"] and method == "GET":
                return self._json(200, [app._shop_info(s) for s in app._shops.values()])
            if len(segs) == 2 and segs[1] == "faults":
                shop = app._shops.get(segs[0])
                if shop is None:
                    return self._json(404, {"error": f"no shop {segs[0]!r}"})
                if method == "POST":
                    length = int(self.headers.get("Content-Length") or 0)
                    data = json.loads(self.rfile.read(length) or b"{}") if length else {}
                    if not isinstance(data, dict):
                        return self._json(400, {"error": "expected a JSON object of faults"})
                    clear = bool(data.pop("clear", False))
                    faults = shop.set_faults(data, clear=clear)
                    return self._json(200, faults.to_dict())
                if method == "GET":
                    return self._json(200, shop.faults.to_dict())
            return self._json(404, {"error": f"unknown control endpoint {method} {path}"})
        except (ValueError, TypeError) as exc:
            return self._json(400, {"error": str(exc)})


# ----------------------------------------------------------------------------------------------------
# Routing per platform
# ----------------------------------------------------------------------------------------------------
def _route(shop: Shop, method: str, path: str, query: str, base: str, www: bool) -> Reply:
    params = {k: v[-1] for k, v in parse_qs(query, keep_blank_values=True).items()}
    with shop.lock:
        products = list(shop.products)
    suffix = "." + path.rsplit(".", 1)[-1].lower() if "." in path.rsplit("/", 1)[-1] else ""
    if suffix in ASSET_SUFFIXES and not path.startswith(("/api/", "/wp-json/")):
        if path.endswith(".css"):
            return Reply(200, pages.SITE_CSS.encode(), ASSET_SUFFIXES[suffix], kind="text")
        body = pages.FONT_BYTES if suffix.startswith(".woff") else pages.IMAGE_BYTES
        return Reply(200, body, ASSET_SUFFIXES[suffix], [("Cache-Control", "public, max-age=31536000")], kind="asset")
    if path == "/favicon.ico":
        return Reply(204, b"", "image/x-icon")
    reply = fixture_platforms()[shop.platform].route(shop, products, method, path, params, base, www)
    if reply is None:
        return Reply(404, pages.error_page(404, "Not Found").encode())
    return reply


# ----------------------------------------------------------------------------------------------------
def _parse_host(host_header: str) -> tuple[str | None, bool]:
    host = host_header.strip().lower()
    if host.startswith("["):
        return None, False
    host = host.rsplit(":", 1)[0] if ":" in host else host
    host = host.rstrip(".")
    if not host.endswith(".localhost"):
        return None, False
    name = host[: -len(".localhost")]
    www = name.startswith("www.")
    if www:
        name = name[4:]
    return (name or None), www


def _reason(code: int) -> str:
    return BaseHTTPRequestHandler.responses.get(code, ("Error",))[0]


def _etag_list(value: str) -> list[str]:
    return [t.strip().removeprefix("W/") for t in value.split(",") if t.strip()]


def _not_modified(headers, etag: str, last_modified: float) -> bool:
    inm = headers.get("If-None-Match")
    if inm is not None:  # RFC 9110: If-None-Match wins over If-Modified-Since
        tags = _etag_list(inm)
        return "*" in tags or etag.removeprefix("W/") in tags
    ims = headers.get("If-Modified-Since")
    if ims:
        try:
            since = email.utils.parsedate_to_datetime(ims).timestamp()
        except (TypeError, ValueError, IndexError):
            return False
        return int(last_modified) <= since
    return False


# ----------------------------------------------------------------------------------------------------
class ShopServer:
    """Serve `shops` on one port; shop `slug` at http://SLUG.localhost:PORT (and www.)."""

    def __init__(self, shops: list[Shop], host: str = "127.0.0.1", port: int = 0):
        self.host = host
        self._requested_port = port
        self._shops: dict[str, Shop] = {}
        for s in shops:
            self.add_shop(s)
        self._log_lock = threading.Lock()
        self._records: list[RequestRecord] = []
        self._modified: dict[str, tuple[str, float]] = {}  # host+url -> (etag, last-modified epoch)
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -----------------------------------------------------------------------------------
    def start(self) -> "ShopServer":
        if self._httpd is not None:
            return self
        httpd = _HTTPServer((self.host, self._requested_port), _Handler)
        httpd.app = self
        self._httpd = httpd
        self._thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        name=f"ShopServer:{self.port}", daemon=True)
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve in the calling thread (the CLI); stop() from another thread or a signal ends it."""
        if self._httpd is None:
            httpd = _HTTPServer((self.host, self._requested_port), _Handler)
            httpd.app = self
            self._httpd = httpd
        self._httpd.serve_forever(poll_interval=0.1)

    def stop(self) -> None:
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        httpd.shutdown()
        httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> "ShopServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("ShopServer is not started")
        return self._httpd.server_address[1]

    # -- shops ---------------------------------------------------------------------------------------
    def base_url(self, slug: str, www: bool = False) -> str:
        return f"http://{'www.' if www else ''}{slug}.localhost:{self.port}"

    def shop(self, slug: str) -> Shop:
        return self._shops[slug]

    @property
    def shops(self) -> list[Shop]:
        return list(self._shops.values())

    def add_shop(self, shop: Shop) -> None:
        if shop.slug in self._shops:
            raise ValueError(f"shop slug {shop.slug!r} served twice")
        self._shops[shop.slug] = shop

    def _shop_info(self, s: Shop) -> dict[str, Any]:
        return {"slug": s.slug, "name": s.name, "platform": s.platform, "currency": s.currency,
                "url": self.base_url(s.slug), "www_url": self.base_url(s.slug, www=True),
                "apex_404": s.apex_404, "products": len(s.products)}

    # -- the request log -----------------------------------------------------------------------------
    def _log(self, rec: RequestRecord) -> None:
        with self._log_lock:
            self._records.append(rec)

    def requests(self, slug: str | None = None) -> list[RequestRecord]:
        with self._log_lock:
            recs = list(self._records)
        return recs if slug is None else [r for r in recs if r.slug == slug]

    def fetch_counts(self, slug: str | None = None) -> collections.Counter:
        return collections.Counter(r.url_key for r in self.requests(slug))

    def reset_log(self) -> None:
        with self._log_lock:
            self._records.clear()

    def _last_modified(self, key: str, etag: str) -> float:
        with self._log_lock:
            prev = self._modified.get(key)
            if prev and prev[0] == etag:
                return prev[1]
            now = float(int(time.time()))
            lm = now if prev is None else max(now, prev[1] + 1)
            self._modified[key] = (etag, lm)
            return lm
