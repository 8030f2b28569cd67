"""Platform detection: probe a shop URL and say which spider fits, with the evidence.

Probes, in order: Shopify (products.json answering a product list, or storefront markers),
WooCommerce (Store API answering a product list), schema.org Product markup on a product page
found through the sitemaps (static, or present only after JavaScript runs), else unknown.
"""
from __future__ import annotations

import gzip
import http.client
import json
import re
import socket
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from scrapy.utils.sitemap import Sitemap

from coffee_scraper.dns import is_localhost
from coffee_scraper.registry import normalize_base_url
from coffee_scraper.spiders.jsonld import FALLBACK_SITEMAPS, PRODUCT_PATH_RE, looks_script_built
from coffee_scraper.structured_data import products_from_html

USER_AGENT = "coffee_scraper-detect/0.1"
SHOPIFY_MARKERS = re.compile(r"Shopify\.shop\s*=|cdn\.shopify\.com|shopify-section", re.I)
WOO_MARKERS = re.compile(r"wp-content/plugins/woocommerce|woocommerce-|wc-block", re.I)


@dataclass
class Detection:
    url: str
    platform: str  # shopify | woocommerce | jsonld | unknown
    render: str | None = None  # "js" when product data appears only after scripts run
    evidence: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"url": self.url, "platform": self.platform, "render": self.render, "evidence": self.evidence}


@dataclass
class Fetched:
    url: str
    status: int
    headers: dict
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")

    def json(self):
        return json.loads(self.body)


def fetch(url: str, timeout: float = 10.0, max_bytes: int = 5_000_000, redirects: int = 3) -> Fetched | None:
    """One GET (following a few redirects); None when the host cannot be reached."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    conn_cls = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    conn = conn_cls(host, port, timeout=timeout)
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    try:
        if is_localhost(host):
            # RFC 6761: *.localhost is loopback, whatever the system resolver thinks.
            conn.sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
        conn.request("GET", path, headers={"Host": parts.netloc, "User-Agent": USER_AGENT,
                                           "Accept-Encoding": "gzip", "Accept": "*/*"})
        resp = conn.getresponse()
        body = resp.read(max_bytes)
        headers = {k.lower(): v for k, v in resp.getheaders()}
    except (OSError, http.client.HTTPException):
        return None
    finally:
        conn.close()
    if headers.get("content-encoding") == "gzip":
        try:
            body = gzip.decompress(body)
        except OSError:
            pass
    if resp.status in (301, 302, 303, 307, 308) and redirects and headers.get("location"):
        return fetch(urljoin(url, headers["location"]), timeout, max_bytes, redirects - 1)
    return Fetched(url, resp.status, headers, body)


def _json_list(resp: Fetched | None, key: str | None = None):
    if resp is None or resp.status != 200:
        return None
    try:
        data = resp.json()
    except ValueError:
        return None
    if key is not None:
        data = data.get(key) if isinstance(data, dict) else None
    return data if isinstance(data, list) else None


def _product_pages(base: str, home: Fetched | None) -> list[str]:
    sitemaps = []
    robots = fetch(base + "/robots.txt")
    if robots is not None and robots.status == 200:
        sitemaps = [line.split(":", 1)[1].strip() for line in robots.text.splitlines()
                    if line.lower().startswith("sitemap:")]
    queue = sitemaps or [base + p for p in FALLBACK_SITEMAPS]
    pages: list[str] = []
    seen = set()
    while queue and len(seen) < 10 and len(pages) < 3:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        resp = fetch(url)
        if resp is None or resp.status != 200:
            continue
        try:
            sitemap = Sitemap(resp.body)
        except Exception:
            continue
        for entry in sitemap:
            loc = entry.get("loc", "")
            if sitemap.type == "sitemapindex":
                queue.append(loc)
            elif PRODUCT_PATH_RE.search(urlsplit(loc).path):
                pages.append(loc)
    if not pages and home is not None:
        pages = [urljoin(base, href) for href in re.findall(r'href="([^"]*/products?/[^"#?]+)"', home.text)][:3]
    return pages


def _renders_product(url: str) -> bool:
    """Open the page in Chromium and look for a Product after scripts ran."""
    from playwright.sync_api import sync_playwright

    from coffee_scraper.settings import PLAYWRIGHT_SETTINGS

    options = dict(PLAYWRIGHT_SETTINGS["PLAYWRIGHT_LAUNCH_OPTIONS"])
    with sync_playwright() as p:
        browser = p.chromium.launch(**options)
        try:
            page = browser.new_page()
            page.goto(url, wait_until="networkidle", timeout=20_000)
            html = page.content()
        finally:
            browser.close()
    return bool(products_from_html(html, url))


def detect(url: str, render_check: bool = True) -> Detection:
    base = normalize_base_url(url)
    result = Detection(url=base, platform="unknown")
    ev = result.evidence

    home = fetch(base + "/")
    if home is None:
        www = base.replace("://", "://www.", 1)
        home = fetch(www + "/")
        if home is not None:
            base = result.url = www
    if home is None:
        ev.append(f"{base}/ cannot be reached")
        return result

    products = _json_list(fetch(base + "/products.json?limit=1"), "products")
    if products is None and not urlsplit(base).hostname.startswith("www."):
        www = base.replace("://", "://www.", 1)
        products = _json_list(fetch(www + "/products.json?limit=1"), "products")
        if products is not None:
            ev.append(f"{base}/products.json does not answer; {www}/products.json does")
            result.url = www
    if products is not None:
        ev.append(f"/products.json answers a Shopify product list ({len(products)} on the first page of 1)")
        result.platform = "shopify"
        if SHOPIFY_MARKERS.search(home.text):
            ev.append("home page carries Shopify storefront markers")
        return result
    if SHOPIFY_MARKERS.search(home.text):
        ev.append("home page carries Shopify storefront markers (but /products.json does not answer)")
        result.platform = "shopify"
        return result

    for api in ("/wp-json/wc/store/v1/products", "/wp-json/wc/store/products"):
        listing = _json_list(fetch(base + api + "?per_page=1"))
        if listing is not None:
            ev.append(f"{api} answers a WooCommerce Store API product list")
            result.platform = "woocommerce"
            return result
    if WOO_MARKERS.search(home.text):
        ev.append("home page carries WooCommerce markers, but the Store API does not answer")

    home_products = products_from_html(home.text, base + "/")
    if home_products:
        ev.append(f"home page has schema.org Product markup ({len(home_products)})")
        result.platform = "jsonld"
        return result
    pages = _product_pages(base, home)
    for page_url in pages:
        page = fetch(page_url)
        if page is None or page.status != 200:
            continue
        if products_from_html(page.text, page_url):
            ev.append(f"product page {page_url} has schema.org Product markup")
            result.platform = "jsonld"
            return result
        if looks_script_built(page.text):
            ev.append(f"product page {page_url} has no Product markup in its HTML but scripts that load data")
            if render_check:
                try:
                    if _renders_product(page_url):
                        ev.append("after rendering in Chromium the page has schema.org Product markup")
                        result.platform, result.render = "jsonld", "js"
                        return result
                    ev.append("even after rendering in Chromium there is no Product markup")
                except Exception as exc:  # no browser here: say so, do not guess
                    ev.append(f"could not render with Chromium ({type(exc).__name__}); pass --no-render to skip")
            else:
                result.platform, result.render = "jsonld", "js"
                ev.append("assumed rendered (not verified: --no-render)")
                return result
            break
    if not pages:
        ev.append("no sitemap lists product pages")
    ev.append("no known shop platform found")
    return result
