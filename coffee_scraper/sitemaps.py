"""Sitemaps and robots.txt of a shop: where they are, reading them within a size limit, which URLs to follow.

Used by every spider that finds pages through sitemaps and by `detect`. A shop is untrusted: a
gzipped sitemap is decompressed no further than DOWNLOAD_MAXSIZE (as Scrapy's SitemapSpider does),
and only http(s) URLs on the shop's own hosts are followed (robots.txt `Sitemap:` lines and
sitemap-index entries can name anything, file:///dev/zero included).
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator
from urllib.parse import urlsplit

from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

# Tried when robots.txt names no sitemap (generic, then Shopify's own product sitemap).
FALLBACK_SITEMAPS = ("/sitemap.xml", "/sitemap_products_1.xml")
# Which sitemap entries are product pages (Shopify-, WooCommerce- and generic-style paths).
PRODUCT_PATH_RE = re.compile(r"/(products?|shop|coffees?|item|p)/[^/]+", re.I)


class SitemapTooLarge(ValueError):
    """A sitemap decompresses to more than the size limit."""


def twin_hosts(host: str) -> set[str]:
    """A host and its www./apex twin: shop.example and www.shop.example are one shop."""
    apex = host.lower().removeprefix("www.")
    return {apex, "www." + apex}


def allowed_url(url: str, hosts: Iterable[str]) -> bool:
    """An http(s) URL on one of `hosts` (give them with their twins: see twin_hosts)."""
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and host is not None and host in set(hosts)


def robots_sitemaps(body: bytes, base_url: str) -> list[str]:
    """The `Sitemap:` URLs robots.txt lists (relative ones resolved against the shop's base)."""
    return list(sitemap_urls_from_robots(body, base_url=base_url))


def read_sitemap(body: bytes, max_size: int) -> Sitemap:
    """Parse a sitemap body, gunzipping it (no further than max_size bytes; 0 = no limit) when gzipped.

    Raises SitemapTooLarge past the limit, ValueError (or lxml's errors) on garbage.
    """
    if body[:2] == b"\x1f\x8b":
        try:
            body = gunzip(body, max_size=max_size)
        except ValueError as exc:  # Scrapy's own "decompressed past the maximum" error
            raise SitemapTooLarge(str(exc)) from None
    elif max_size and len(body) > max_size:
        raise SitemapTooLarge(f"the sitemap is {len(body)} B, over the {max_size} B limit")
    return Sitemap(body)


def entries(sitemap: Sitemap, hosts: Iterable[str]) -> tuple[list[str], list[str], list[str]]:
    """(child sitemaps, page URLs, refused URLs) of a sitemap; refused = not http(s) or another host."""
    hosts = set(hosts)
    children, pages, refused = [], [], []
    for entry in sitemap:
        loc = (entry.get("loc") or "").strip()
        if not loc:
            continue
        if not allowed_url(loc, hosts):
            refused.append(loc)
        elif sitemap.type == "sitemapindex":
            children.append(loc)
        else:
            pages.append(loc)
    return children, pages, refused


def product_pages(urls: Iterable[str]) -> Iterator[str]:
    """The URLs that look like product pages."""
    return (u for u in urls if PRODUCT_PATH_RE.search(urlsplit(u).path))
