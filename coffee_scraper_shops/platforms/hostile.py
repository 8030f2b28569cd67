"""A hostile schema.org shop (tests only): sitemaps naming file://, other hosts and a gzip bomb.

Its robots.txt lists `Sitemap:` lines with file:///etc/passwd, file:///dev/zero and another host;
its sitemap index adds a gzipped sitemap that decompresses to `Shop.bomb_bytes` of XML whitespace
(1 GiB by default from about 1 MB on the wire). Its product pages are ordinary schema.org pages
(the jsonld fixture's), so what a crawl must still store is known.
"""
from __future__ import annotations

import zlib
from functools import lru_cache
from urllib.parse import urlsplit

from coffee_scraper_shops import pages
from coffee_scraper_shops.platforms import FixturePlatform
from coffee_scraper_shops.platforms import jsonld
from coffee_scraper_shops.replies import Reply, text_reply, xml_reply

BOMB_BYTES = 1024 ** 3
FOREIGN_HOST = "elsewhere.localhost"  # another host on the same server: a request there shows in its log


@lru_cache(maxsize=2)
def gzip_bomb(size: int) -> bytes:
    """A gzip member whose content is a sitemap opening followed by `size` bytes of spaces."""
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: gzip container
    chunk = b" " * (1024 * 1024)
    parts = [comp.compress(b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')]
    for _ in range(size // len(chunk)):
        parts.append(comp.compress(chunk))
    parts.append(comp.compress(b"</urlset>") + comp.flush())
    return b"".join(parts)


def route(shop, products, method, path, params, base, www):
    parts = urlsplit(base)
    foreign = f"{parts.scheme}://{FOREIGN_HOST}" + (f":{parts.port}" if parts.port else "")
    if path == "/robots.txt":
        return text_reply("User-agent: *\n\nSitemap: file:///etc/passwd\nSitemap: file:///dev/zero\n"
                          f"Sitemap: {foreign}/sitemap.xml\nSitemap: {base}/sitemap_index.xml\n")
    if path == "/sitemap_index.xml":
        return xml_reply(pages.sitemap_index("", ["file:///dev/zero", f"{foreign}/sitemap_products_1.xml",
                                                  f"{base}/bomb.xml.gz", f"{base}/sitemap_products_1.xml"]))
    if path == "/bomb.xml.gz":
        return Reply(200, gzip_bomb(BOMB_BYTES), "application/x-gzip", kind="asset")
    if path == "/sitemap_products_1.xml":
        urls = [(f"{base}/products/{e['handle']}", None) for e in products]
        urls += [(f"{foreign}/products/stolen", None), ("file:///etc/passwd", None)]
        return xml_reply(pages.urlset(urls))
    return jsonld.route(shop, products, method, path, params, base, www)


FIXTURES = (FixturePlatform("hostile", route, {"platform": "jsonld"}),)
