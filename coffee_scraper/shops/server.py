"""The local fixture shop server: many shops on one loopback port, routed by Host, with faults.

Shop `slug` answers at http://SLUG.localhost:PORT and http://www.SLUG.localhost:PORT. Each platform
serves its real response shapes (Shopify products.json, WooCommerce Store API, schema.org pages,
a JS-rendered shop). Faults are switched per shop at runtime (`server.shop(slug).set_faults(...)`)
or from another process through the control endpoints on the same port:

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

from coffee_scraper.shops import pages, squarespace, wix
from coffee_scraper.shops.catalog import SYNTH_ORIGIN
from coffee_scraper.shops.shop import Faults, Shop, path_matches, spec_hits

HUGE_BYTES = 10 * 1024 * 1024
SHOPIFY_DEFAULT_LIMIT, SHOPIFY_MAX_LIMIT = 30, 250
WOO_DEFAULT_PER_PAGE, WOO_MAX_PER_PAGE = 10, 100
WOO_LIST_PATHS = ("/wp-json/wc/store/v1/products", "/wp-json/wc/store/products")
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


@dataclass
class _Reply:
    status: int
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: list[tuple[str, str]] = field(default_factory=list)
    page: int | None = None  # feed page number, for the page-targeted faults
    kind: str = "html"  # json | html | xml | text | asset (an image or a font: Shop.asset_delay applies)
    conditional: bool = False  # send ETag / Last-Modified, honour If-None-Match / If-Modified-Since


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
                reply = _Reply(404, pages.error_page(404, "Not Found").encode())
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

    def _shop_reply(self, app, shop: Shop, rec: RequestRecord, method, path, query, host_header, www) -> _Reply | None:
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
            return _Reply(429, b'{"errors":"Too Many Requests"}' if path.endswith(".json") else
                          pages.error_page(429, "Too Many Requests").encode(),
                          "application/json" if path.endswith(".json") else "text/html; charset=utf-8",
                          [("Retry-After", retry)])
        if shop.take_burst():
            rec.fault = "burst_503"
            hdrs = [("Retry-After", str(f.burst_503_retry_after))] if f.burst_503_retry_after is not None else []
            return _Reply(503, pages.error_page(503, "Service Unavailable").encode(), headers=hdrs)
        for pattern, code in (f.status_for or {}).items():
            if path_matches(pattern, path, query):
                rec.fault = "status_for"
                return _Reply(int(code), pages.error_page(int(code), _reason(int(code))).encode())
        base = f"http://{host_header}" if host_header else app.base_url(shop.slug, www)
        reply = _route(shop, method, path, query, base, www)
        if reply.kind == "asset" and shop.asset_delay:
            time.sleep(shop.asset_delay)
        return self._apply_body_faults(shop, rec, reply, path, query)

    def _apply_body_faults(self, shop: Shop, rec, reply: _Reply, path, query) -> _Reply | None:
        f = shop.faults
        if reply.status != 200:
            return reply
        page = reply.page
        if spec_hits(f.html_instead_of_json, page, path, query):
            rec.fault = "html_instead_of_json"
            return _Reply(200, pages.CHALLENGE_PAGE.encode(), page=page)
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
    def _send(self, reply: _Reply, method: str) -> int:
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
        self._send(_Reply(status, body, "application/json; charset=utf-8"), self.command)

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
def _route(shop: Shop, method: str, path: str, query: str, base: str, www: bool) -> _Reply:
    params = {k: v[-1] for k, v in parse_qs(query, keep_blank_values=True).items()}
    with shop.lock:
        products = list(shop.products)
    suffix = "." + path.rsplit(".", 1)[-1].lower() if "." in path.rsplit("/", 1)[-1] else ""
    if suffix in ASSET_SUFFIXES and not path.startswith(("/api/", "/wp-json/")):
        if path.endswith(".css"):
            return _Reply(200, pages.SITE_CSS.encode(), ASSET_SUFFIXES[suffix], kind="text")
        body = pages.FONT_BYTES if suffix.startswith(".woff") else pages.IMAGE_BYTES
        return _Reply(200, body, ASSET_SUFFIXES[suffix], [("Cache-Control", "public, max-age=31536000")], kind="asset")
    if path == "/favicon.ico":
        return _Reply(204, b"", "image/x-icon")
    handler = _PLATFORM_ROUTES[shop.platform]
    reply = handler(shop, products, method, path, params, base, www)
    if reply is None:
        return _Reply(404, pages.error_page(404, "Not Found").encode())
    return reply


def _rewrite(text: str, shop: Shop, base: str) -> str:
    if shop.origin and shop.origin != SYNTH_ORIGIN:
        text = text.replace(shop.origin, base)
    return text.replace(SYNTH_ORIGIN, base)


def _json_reply(obj: Any, shop: Shop, base: str, *, status: int = 200, page: int | None = None,
                headers: list | None = None, conditional: bool = False) -> _Reply:
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return _Reply(status, _rewrite(text, shop, base).encode(), "application/json; charset=utf-8",
                  headers or [], page, "json", conditional)


def _html_reply(text: str, shop: Shop, base: str, status: int = 200) -> _Reply:
    return _Reply(status, _rewrite(text, shop, base).encode(), "text/html; charset=utf-8")


def _xml_reply(text: str, page: int | None = None) -> _Reply:
    return _Reply(200, text.encode(), "application/xml; charset=utf-8", page=page, kind="xml")


def _int_param(params: dict, name: str, default: int) -> int | None:
    raw = params.get(name)
    if raw in (None, ""):
        return default
    try:
        return int(raw)
    except ValueError:
        return None


def _sitemap_routes(shop: Shop, products: list[dict], path: str, base: str, urls_of) -> _Reply | None:
    chunk = max(1, shop.sitemap_chunk)
    listed = [] if shop.faults.empty_catalogue else products
    n_files = max(1, -(-len(listed) // chunk))
    if path == "/sitemap.xml":
        return _xml_reply(pages.sitemap_index(base, [f"/sitemap_products_{i}.xml" for i in range(1, n_files + 1)]
                                              + ["/sitemap_pages_1.xml"]))
    if path == "/sitemap_pages_1.xml":
        return _xml_reply(pages.urlset([(base + "/", None)]))
    if path.startswith("/sitemap_products_") and path.endswith(".xml"):
        try:
            n = int(path[len("/sitemap_products_"):-4])
        except ValueError:
            return None
        if not 1 <= n <= n_files:
            return None
        return _xml_reply(pages.urlset(urls_of(listed[(n - 1) * chunk: n * chunk])), page=n)
    return None


def _shopify(shop: Shop, products, method, path, params, base, www) -> _Reply | None:
    feed_paths = ("/products.json", "/collections/all/products.json")
    if path in feed_paths or (path.startswith("/products/") and path.endswith(".json")):
        if shop.apex_404 and not www:
            return _html_reply(pages.error_page(404, "Not Found"), shop, base, 404)
    if path in feed_paths:
        limit = _int_param(params, "limit", SHOPIFY_DEFAULT_LIMIT)
        page = _int_param(params, "page", 1)
        limit = SHOPIFY_DEFAULT_LIMIT if limit is None or limit < 1 else min(limit, SHOPIFY_MAX_LIMIT)
        page = 1 if page is None or page < 1 else page
        listed = [] if shop.faults.empty_catalogue else products
        chunk = listed[(page - 1) * limit: page * limit]
        return _json_reply({"products": chunk}, shop, base, page=page, conditional=True,
                           headers=[("Vary", "Accept"), ("X-ShopId", str(_shop_id(shop))),
                                    ("Powered-By", "Shopify"), ("X-Shopify-Stage", "production")])
    if path.startswith("/products/"):
        handle = path[len("/products/"):].strip("/")
        as_json = handle.endswith(".json")
        handle = handle.removesuffix(".json")
        p = next((p for p in products if p["handle"] == handle), None)
        if p is None:
            return None
        if as_json:
            return _json_reply({"product": p}, shop, base, conditional=True)
        return _html_reply(pages.shopify_product(shop, p, base), shop, base)
    if path == "/":
        return _html_reply(pages.shopify_home(shop, products), shop, base)
    if path in ("/collections/all", "/collections/all/"):
        return _html_reply(pages.shopify_collection(shop, products), shop, base)
    if path == "/meta.json":
        return _json_reply({"id": _shop_id(shop), "name": shop.name, "currency": shop.currency,
                            "myshopify_domain": f"{shop.slug}.myshopify.com", "url": base,
                            "published_products_count": len(products)}, shop, base)
    if path == "/robots.txt":
        return _Reply(200, pages.robots(base, "/sitemap.xml", ["/admin", "/cart", "/checkout", "/account"]).encode(),
                      "text/plain; charset=utf-8", kind="text")
    return _sitemap_routes(shop, products, path, base,
                           lambda ps: [(f"{base}/products/{p['handle']}", p.get("updated_at")) for p in ps])


def _woocommerce(shop: Shop, products, method, path, params, base, www) -> _Reply | None:
    api = path.rstrip("/")
    if api in WOO_LIST_PATHS:
        if shop.apex_404 and not www:
            return _woo_error(shop, base, 404, "rest_no_route", "No route was found matching the URL and request method.")
        per_page = _int_param(params, "per_page", WOO_DEFAULT_PER_PAGE)
        page = _int_param(params, "page", 1)
        if per_page is None or not 1 <= per_page <= WOO_MAX_PER_PAGE:
            return _woo_error(shop, base, 400, "rest_invalid_param", "Invalid parameter(s): per_page",
                              {"params": {"per_page": f"per_page must be between 1 (inclusive) and {WOO_MAX_PER_PAGE} (inclusive)"}})
        if page is None or page < 1:
            return _woo_error(shop, base, 400, "rest_invalid_param", "Invalid parameter(s): page",
                              {"params": {"page": "page must be greater than or equal to 1"}})
        listed = [] if shop.faults.empty_catalogue else products
        total = len(listed)
        pages_total = -(-total // per_page)
        chunk = listed[(page - 1) * per_page: page * per_page]
        link = []
        if page > 1:
            link.append(f'<{base}{api}?per_page={per_page}&page={page - 1}>; rel="prev"')
        if page < pages_total:
            link.append(f'<{base}{api}?per_page={per_page}&page={page + 1}>; rel="next"')
        headers = [("X-WP-Total", str(total)), ("X-WP-TotalPages", str(pages_total)),
                   ("Link", f'<{base}/wp-json/>; rel="https://api.w.org/"'),
                   ("X-Robots-Tag", "noindex"), ("Allow", "GET")]
        if link:
            headers.append(("Link", ", ".join(link)))
        return _json_reply(chunk, shop, base, page=page, headers=headers, conditional=True)
    for prefix in WOO_LIST_PATHS:
        if api.startswith(prefix + "/"):
            try:
                pid = int(api[len(prefix) + 1:])
            except ValueError:
                return None
            with shop.lock:
                obj = next((p for p in products if p["id"] == pid), None) or shop.variations.get(pid)
            if obj is None:
                return _woo_error(shop, base, 404, "woocommerce_rest_product_invalid_id", "Invalid product ID.")
            return _json_reply(obj, shop, base)
    if api in ("/wp-json", "/wp-json/wc/store/v1", "/wp-json/wc/store"):
        return _json_reply(pages.wp_json_index(shop, base), shop, base)
    if path == "/":
        return _html_reply(pages.woo_home(shop, products, base), shop, base)
    if path.startswith("/product/"):
        wanted = path.rstrip("/") + "/"
        for p in products:
            if urlsplit(p.get("permalink", "")).path == wanted:
                return _html_reply(pages.woo_product(shop, p, base), shop, base)
        return None
    if path == "/robots.txt":
        return _Reply(200, pages.robots(base, "/wp-sitemap.xml", ["/wp-admin/", "/cart/", "/checkout/"]).encode(),
                      "text/plain; charset=utf-8", kind="text")
    if path == "/wp-sitemap.xml":
        return _xml_reply(pages.sitemap_index(base, ["/wp-sitemap-posts-product-1.xml"]))
    if path == "/wp-sitemap-posts-product-1.xml":
        listed = [] if shop.faults.empty_catalogue else products
        return _Reply(200, _rewrite(pages.urlset([(p["permalink"], None) for p in listed]), shop, base).encode(),
                      "application/xml; charset=utf-8", page=1, kind="xml")
    return None


def _woo_error(shop, base, status, code, message, data=None) -> _Reply:
    return _json_reply({"code": code, "message": message, "data": {"status": status, **(data or {})}},
                       shop, base, status=status)


def _jsonld(shop: Shop, products, method, path, params, base, www) -> _Reply | None:
    js = shop.platform == "jsonld_js"
    if path == "/":
        return _html_reply(pages.jsonld_js_shell(shop) if js else pages.jsonld_home(shop, products), shop, base)
    if path == "/robots.txt":
        return _Reply(200, pages.robots(base, "/sitemap.xml", ["/basket", "/checkout"]).encode(),
                      "text/plain; charset=utf-8", kind="text")
    if path.startswith("/products/"):
        handle = path[len("/products/"):].strip("/")
        entry = next((e for e in products if e["handle"] == handle), None)
        if entry is None:
            return None
        if js:  # the shell: no product data at all, the script fetches it
            return _html_reply(pages.jsonld_js_shell(shop), shop, base)
        return _html_reply(pages.jsonld_product(shop, entry), shop, base)
    if js and path.startswith("/api/products/") and path.endswith(".json"):
        handle = path[len("/api/products/"):-len(".json")]
        entry = next((e for e in products if e["handle"] == handle), None)
        if entry is None:
            return _json_reply({"error": "not found"}, shop, base, status=404)
        return _json_reply(entry["data"], shop, base, conditional=True)
    return _sitemap_routes(shop, products, path, base,
                           lambda es: [(f"{base}/products/{e['handle']}", None) for e in es])


def _unknown(shop: Shop, products, method, path, params, base, www) -> _Reply | None:
    if path == "/":
        return _html_reply(pages.plain_home(shop), shop, base)
    if path in ("/about", "/about/"):
        return _html_reply(pages.plain_about(shop), shop, base)
    if path == "/robots.txt":
        return _Reply(200, pages.robots(base, None, []).encode(), "text/plain; charset=utf-8", kind="text")
    return None


_PLATFORM_ROUTES = {"shopify": _shopify, "woocommerce": _woocommerce, "jsonld": _jsonld,
                    "jsonld_js": _jsonld, "squarespace": squarespace.route, "wix": wix.route, "unknown": _unknown}


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


def _shop_id(shop: Shop) -> int:
    import zlib

    return 60_000_000_000 + zlib.crc32(shop.slug.encode()) % 10_000_000_000


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
