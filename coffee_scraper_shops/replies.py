"""Replies of the fixture shops' platform routes: the Reply a route returns and helpers to build one."""
from __future__ import annotations

import json
import zlib
from dataclasses import dataclass, field
from typing import Any

from coffee_scraper_shops import pages
from coffee_scraper_shops.catalog import SYNTH_ORIGIN


@dataclass
class Reply:
    status: int
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: list[tuple[str, str]] = field(default_factory=list)
    page: int | None = None  # feed page number, for the page-targeted faults
    kind: str = "html"  # json | html | xml | text | asset (an image or a font: Shop.asset_delay applies)
    conditional: bool = False  # send ETag / Last-Modified, honour If-None-Match / If-Modified-Since



def rewrite(text: str, shop, base: str) -> str:
    if shop.origin and shop.origin != SYNTH_ORIGIN:
        text = text.replace(shop.origin, base)
    return text.replace(SYNTH_ORIGIN, base)


def json_reply(obj: Any, shop, base: str, *, status: int = 200, page: int | None = None,
                headers: list | None = None, conditional: bool = False) -> Reply:
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return Reply(status, rewrite(text, shop, base).encode(), "application/json; charset=utf-8",
                  headers or [], page, "json", conditional)


def html_reply(text: str, shop, base: str, status: int = 200) -> Reply:
    return Reply(status, rewrite(text, shop, base).encode(), "text/html; charset=utf-8")


def xml_reply(text: str, page: int | None = None) -> Reply:
    return Reply(200, text.encode(), "application/xml; charset=utf-8", page=page, kind="xml")


def int_param(params: dict, name: str, default: int) -> int | None:
    raw = params.get(name)
    if raw in (None, ""):
        return default
    try:
        return int(raw)
    except ValueError:
        return None


def sitemap_routes(shop, products: list[dict], path: str, base: str, urls_of) -> Reply | None:
    chunk = max(1, shop.sitemap_chunk)
    listed = [] if shop.faults.empty_catalogue else products
    n_files = max(1, -(-len(listed) // chunk))
    if path == "/sitemap.xml":
        return xml_reply(pages.sitemap_index(base, [f"/sitemap_products_{i}.xml" for i in range(1, n_files + 1)]
                                              + ["/sitemap_pages_1.xml"]))
    if path == "/sitemap_pages_1.xml":
        return xml_reply(pages.urlset([(base + "/", None)]))
    if path.startswith("/sitemap_products_") and path.endswith(".xml"):
        try:
            n = int(path[len("/sitemap_products_"):-4])
        except ValueError:
            return None
        if not 1 <= n <= n_files:
            return None
        return xml_reply(pages.urlset(urls_of(listed[(n - 1) * chunk: n * chunk])), page=n)
    return None



def text_reply(text: str) -> Reply:
    return Reply(200, text.encode(), "text/plain; charset=utf-8", kind="text")


def shop_id(shop) -> int:
    return 60_000_000_000 + zlib.crc32(shop.slug.encode()) % 10_000_000_000
