"""Platform detection: probe a shop URL and say which spider fits, with the evidence.

The platforms and what recognises each come from the spiders (coffee_scraper.platforms): their
Evidence is tried platform by platform in detect order, each in its own order of confidence; the
first conclusive match names the platform. Evidence read on product pages finds them through the
shop's sitemaps (coffee_scraper.sitemaps); a page that shows its product only after scripts run is
rendered in Chromium to confirm it (`render: js`).
"""
from __future__ import annotations

import asyncio
import gzip
import http.client
import re
import socket
from dataclasses import dataclass, field
from typing import Awaitable, Callable
from urllib.parse import urljoin, urlsplit

from scrapy.http import Headers
from scrapy.responsetypes import responsetypes

from coffee_scraper.dns import is_localhost
from coffee_scraper.platforms import PRODUCT_PAGES, Evidence, platform_spiders
from coffee_scraper.registry import normalize_base_url
from coffee_scraper.sitemaps import FALLBACK_SITEMAPS, entries, product_pages, read_sitemap, robots_sitemaps, twin_hosts

USER_AGENT = "coffee_scraper-detect/0.1"
SCRIPT_RE = re.compile(r"<script\b[^>]*>(.*?)</script>", re.I | re.S)
MAX_BYTES = 5_000_000
UNKNOWN = "unknown"

Fetch = Callable[[str], Awaitable["object | None"]]  # URL -> a Scrapy Response, None when unreachable


@dataclass
class Detection:
    url: str
    platform: str  # a platform spider's name, or "unknown"
    render: str | None = None  # "js" when product data appears only after scripts run
    evidence: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"url": self.url, "platform": self.platform, "render": self.render, "evidence": self.evidence}


def _fetch_sync(url: str, timeout: float = 10.0, redirects: int = 3):
    """One GET (following a few redirects) as a Scrapy Response; None when the host cannot be reached."""
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
        body = resp.read(MAX_BYTES)
        headers = {k.lower(): v for k, v in resp.getheaders()}
    except (OSError, http.client.HTTPException):
        return None
    finally:
        conn.close()
    if headers.pop("content-encoding", None) == "gzip":
        try:
            body = gzip.decompress(body)[:MAX_BYTES]
        except OSError:
            pass
    if resp.status in (301, 302, 303, 307, 308) and redirects and headers.get("location"):
        return _fetch_sync(urljoin(url, headers["location"]), timeout, redirects - 1)
    scrapy_headers = Headers(headers)
    cls = responsetypes.from_args(headers=scrapy_headers, url=url, body=body)
    return cls(url=url, status=resp.status, headers=scrapy_headers, body=body)


async def fetch(url: str):
    return await asyncio.to_thread(_fetch_sync, url)


async def render(url: str):
    """The page as Chromium shows it after its scripts ran (an HtmlResponse)."""
    from playwright.async_api import async_playwright
    from scrapy.http import HtmlResponse

    from coffee_scraper.settings import PLAYWRIGHT_SETTINGS

    options = dict(PLAYWRIGHT_SETTINGS["PLAYWRIGHT_LAUNCH_OPTIONS"])
    async with async_playwright() as p:
        browser = await p.chromium.launch(**options)
        try:
            page = await browser.new_page()
            await page.goto(url, wait_until="networkidle", timeout=20_000)
            html = await page.content()
        finally:
            await browser.close()
    return HtmlResponse(url=url, body=html.encode("utf-8"), encoding="utf-8")


def _text(response) -> str:
    return response.text if hasattr(response, "text") else ""


async def product_page_urls(base: str, home, fetch: Fetch, max_size: int, limit: int = 3) -> list[str]:
    """A few product pages of the shop, from its sitemaps (own hosts only), else the home page's links."""
    hosts = twin_hosts(urlsplit(base).hostname or "")
    robots = await fetch(base + "/robots.txt")
    listed = robots_sitemaps(robots.body, base) if robots is not None and robots.status == 200 else []
    queue = [u for u in listed if u] or [base + p for p in FALLBACK_SITEMAPS]
    pages: list[str] = []
    seen: set[str] = set()
    while queue and len(seen) < 10 and len(pages) < limit:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        resp = await fetch(url) if url.startswith(("http://", "https://")) else None
        if resp is None or resp.status != 200:
            continue
        try:
            children, found, _ = entries(read_sitemap(resp.body, max_size), hosts)
        except Exception:  # too large or not a sitemap: not evidence of anything
            continue
        queue += children
        pages += list(product_pages(found))
    if not pages and home is not None:
        pages = [urljoin(base, href) for href in re.findall(r'href="([^"]*/products?/[^"#?]+)"', _text(home))]
    return pages[:limit]


class _Probe:
    """One detection: fetches each path once, tries the platforms' evidence in order."""

    def __init__(self, base: str, fetch: Fetch, render_check: bool, max_size: int):
        self.result = Detection(url=base, platform=UNKNOWN)
        self.fetch, self.render_check, self.max_size = fetch, render_check, max_size
        self.cache: dict[str, object] = {}

    @property
    def base(self) -> str:
        return self.result.url

    async def get(self, url: str):
        if url not in self.cache:
            self.cache[url] = await self.fetch(url)
        return self.cache[url]

    async def run(self, platforms: dict[str, type]) -> Detection:
        ev = self.result.evidence
        home = await self.get(self.base + "/")
        if home is None:
            www = self.base.replace("://", "://www.", 1)
            home = await self.get(www + "/")
            if home is not None:
                self.result.url = www
        if home is None:
            ev.append(f"{self.base}/ cannot be reached")
            return self.result
        self.home = home
        for name, spider in platforms.items():
            for evidence in spider.detect_evidence:
                if await self.matches(evidence) and evidence.conclusive:
                    self.result.platform = name
                    return self.result
        ev.append(UNKNOWN_SAYS)
        return self.result

    async def matches(self, evidence: Evidence) -> bool:
        if evidence.path == PRODUCT_PAGES:
            return await self.matches_product_pages(evidence)
        response = await self.get(self.base + evidence.path)
        if response is not None and evidence.test(response):
            self.result.evidence.append(evidence.says)
            return True
        host = urlsplit(self.base).hostname or ""
        if evidence.path != "/" and not host.startswith("www."):
            # Some shops answer their feeds only on www. (the apex redirects the pages, 404s the API).
            www = self.base.replace("://", "://www.", 1)
            response = await self.get(www + evidence.path)
            if response is not None and evidence.test(response):
                self.result.evidence.append(f"{evidence.says} (on {www}; {self.base} does not answer)")
                self.result.url = www
                return True
        return False

    async def matches_product_pages(self, evidence: Evidence) -> bool:
        ev = self.result.evidence
        if not hasattr(self, "pages"):
            self.pages = await product_page_urls(self.base, self.home, self.get, self.max_size)
            if not self.pages:
                ev.append("no sitemap lists product pages")
        for url in self.pages:
            page = await self.get(url)
            if page is None or page.status != 200:
                continue
            if evidence.test(page):
                ev.append(f"{evidence.says}: {url}")
                return True
            scripts = SCRIPT_RE.findall(_text(page))
            if not (evidence.renderable and any("fetch(" in s or "XMLHttpRequest" in s or "ld+json" in s
                                                for s in scripts)):
                continue
            ev.append(f"{url} has no such data in its HTML but scripts that load data")
            if not self.render_check:
                ev.append("assumed rendered (not verified: --no-render)")
                self.result.render = "js"
                return True
            try:
                if evidence.test(await render(url)):
                    ev.append(f"after rendering in Chromium: {evidence.says}")
                    self.result.render = "js"
                    return True
                ev.append("even after rendering in Chromium it is not there")
            except Exception as exc:  # no browser here: say so, do not guess
                ev.append(f"could not render with Chromium ({type(exc).__name__}); pass --no-render to skip")
            return False
        return False


UNKNOWN_SAYS = "no known shop platform found"


def detect(url: str, render_check: bool = True, settings=None) -> Detection:
    """Probe one shop URL (raises RegistryError on a URL that is not one)."""
    base = normalize_base_url(url)
    max_size = settings.getint("DOWNLOAD_MAXSIZE") if settings is not None else MAX_BYTES
    probe = _Probe(base, fetch, render_check, max_size)
    return asyncio.run(probe.run(platform_spiders(settings)))
