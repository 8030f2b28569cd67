"""A hostile Shopify shop for tests: serves raw products.json bodies exactly as given, logs requests.

The fixture shop server encodes its products itself; a hostile shop needs bodies no encoder would
write (100,000 nested arrays, "\\u0000" in ids, lone surrogates), so this one serves bytes.
"""
from __future__ import annotations

import base64
import json
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from scrapy import signals

from coffee_scraper_shops.platforms.shopify import synthetic_shopify


class StatsFile:
    """A Scrapy extension for test crawls: the crawl's final stats (memusage/max...) as JSON in
    $HOSTILE_STATS_FILE, since the operator's log no longer dumps them."""

    def __init__(self, crawler):
        self.crawler = crawler
        crawler.signals.connect(self.closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def closed(self, spider, reason):
        with open(os.environ["HOSTILE_STATS_FILE"], "w") as fh:
            json.dump(self.crawler.stats.get_stats(), fh, default=str)


class HostileShop:
    """Page N of /products.json is pages[N-1] (bytes); later pages are empty. Every request is logged."""

    def __init__(self, pages: list[bytes]):
        self.pages = pages
        self.log: list[tuple[str, str]] = []  # (Host header, path with query)
        shop = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format, *args):  # noqa: A002 - quiet
                pass

            def do_GET(self):
                shop.log.append((self.headers.get("Host", ""), self.path))
                url = urlsplit(self.path)
                if url.path != "/products.json":
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                page = int(parse_qs(url.query).get("page", ["1"])[0])
                body = shop.pages[page - 1] if page <= len(shop.pages) else b'{"products": []}'
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


def coffees(n: int, seed: int, id_base: int) -> list[dict]:
    """n plain coffees (valid, one currency) with ids from id_base: the hostile values go on top."""
    out = []
    for i, p in enumerate(synthetic_shopify(n, seed=seed, currency="USD")):
        p = json.loads(json.dumps(p))
        p.update(id=id_base + i, handle=f"coffee-{i}", product_type="Coffee", title=f"Kenya Lot {i}",
                 tags=["Coffee", "Country: Kenya"])
        for v in p["variants"]:
            v["price"] = "18.50"
        out.append(p)
    return out


def feed(products: list[dict]) -> bytes:
    # ensure_ascii: NUL and lone surrogates travel as JSON escapes, as a hostile feed sends them.
    return json.dumps({"products": products}, ensure_ascii=True).encode()


def nul_bytes() -> list[dict]:
    """NUL in every kind of text column: id, handle (URL), title, variant id, SKU, image URL, tags."""
    products = coffees(4, seed=5, id_base=770000)
    p = products[0]
    p["id"] = "770000\x00"
    p["handle"] = "nul\x00handle"
    p["title"] = "Kenya\x00 AA"
    p["variants"][0]["id"] = "v\x001"
    p["variants"][0]["sku"] = "SKU\x00"
    p["images"] = [{"src": "https://cdn.example/a\x00.jpg"}]
    products[1]["tags"] = ["Coffee", "Country: Kenya", "Notes: cherry\x00"]
    return products


def lone_surrogate() -> list[dict]:
    products = coffees(3, seed=6, id_base=780000)
    products[0]["title"] = "Kenya \ud800 AA"
    products[1]["body_html"] = "<p>Notes of plum \udfff and cocoa</p>"
    return products


def oversized_id() -> list[dict]:
    """An id Postgres cannot index (a unique index row holds at most 2704 bytes): it fails alone."""
    products = coffees(3, seed=7, id_base=790000)
    products[0]["id"] = base64.b64encode(os.urandom(6000)).decode()
    return products


def huge_price() -> list[dict]:
    """A 32-digit price (decimal.InvalidOperation where it is quantized)."""
    products = coffees(3, seed=8, id_base=800000)
    for v in products[0]["variants"]:
        v["price"] = "12345678901234567890123456789012"
    return products


def deeply_nested() -> bytes:
    """100,000 nested arrays: RecursionError in json.loads."""
    return b'{"products": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
