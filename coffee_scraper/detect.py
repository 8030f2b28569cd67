"""Platform detection: probe shop URLs and say which spider fits, with the evidence.

The platforms and what recognises each come from the spiders (coffee_scraper.platforms): their
Evidence is tried platform by platform in detect order, each in its own order of confidence; the
first conclusive match names the platform. Evidence read on product pages finds them through the
shop's sitemaps (coffee_scraper.sitemaps); a page that shows its product only after scripts run is
rendered in Chromium to confirm it (`render: js`).

Every fetch goes through Scrapy (DetectSpider, with the project's settings: user agent, size
limits, DNS and host policy, downloader middlewares, scrapy-playwright for rendering), so detect
sees a shop as the crawl will. One Scrapy process detects any number of URLs (`detect_many`).
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Awaitable, Callable
from urllib.parse import urljoin, urlsplit

import scrapy

from coffee_scraper.platforms import PRODUCT_PAGES, Evidence, platform_spiders
from coffee_scraper.registry import normalize_base_url
from coffee_scraper.settings import PLAYWRIGHT_SETTINGS
from coffee_scraper.sitemaps import FALLBACK_SITEMAPS, entries, product_pages, read_sitemap, robots_sitemaps, twin_hosts

SCRIPT_RE = re.compile(r"<script\b[^>]*>(.*?)</script>", re.I | re.S)
UNKNOWN = "unknown"
logger = logging.getLogger(__name__)

Fetch = Callable[[str], Awaitable["object | None"]]  # URL -> a Scrapy Response, None when unreachable


@dataclass
class Detection:
    url: str
    platform: str  # a platform spider's name, or "unknown"
    render: str | None = None  # "js" when product data appears only after scripts run
    evidence: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"url": self.url, "platform": self.platform, "render": self.render, "evidence": self.evidence}


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

    def __init__(self, base: str, fetch: Fetch, render_check: bool, max_size: int, render: Fetch):
        self.result = Detection(url=base, platform=UNKNOWN)
        self.fetch, self.render_check, self.max_size, self.render = fetch, render_check, max_size, render
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
                if evidence.test(await self.render(url)):
                    ev.append(f"after rendering in Chromium: {evidence.says}")
                    self.result.render = "js"
                    return True
                ev.append("even after rendering in Chromium it is not there")
            except Exception as exc:  # no browser here: say so, do not guess
                ev.append(f"could not render with Chromium ({type(exc).__name__}); pass --no-render to skip")
            return False
        return False


UNKNOWN_SAYS = "no known shop platform found"


class DetectSpider(scrapy.Spider):
    """Runs the probes of `urls` (one after the other) and leaves a Detection per URL in `results`."""

    name = "detect"
    custom_settings = {
        **PLAYWRIGHT_SETTINGS,  # Chromium starts only if a page has to be rendered
        # Detection reads a few pages and stores nothing: no pipelines, monitors, cache or retries.
        "ITEM_PIPELINES": {},
        "EXTENSIONS": {},
        "SPIDERMON_ENABLED": False,
        "HTTPCACHE_ENABLED": False,
        "RETRY_ENABLED": False,
        "ROBOTSTXT_OBEY": False,
        "DOWNLOAD_TIMEOUT": 15,
    }

    def __init__(self, urls: list[str], render_check: bool = True, **kwargs):
        super().__init__(**kwargs)
        self.urls, self.render_check = list(urls), render_check
        self.results: list[Detection] = []

    async def start(self):
        platforms = platform_spiders(self.settings)
        max_size = self.settings.getint("DOWNLOAD_MAXSIZE")
        for url in self.urls:
            probe = _Probe(normalize_base_url(url), self.fetch, self.render_check, max_size, self.render)
            self.results.append(await probe.run(platforms))
        return
        yield  # pragma: no cover - an async generator that yields no request

    async def fetch(self, url: str, meta: dict | None = None):
        """The response (any status) of a GET through the project's downloader; None when unreachable."""
        request = scrapy.Request(url, dont_filter=True, meta={"handle_httpstatus_all": True, **(meta or {})})
        try:
            return await self.crawler.engine.download_async(request)
        except Exception as exc:  # DNS, connection, timeout, refused host: the evidence says unreachable
            logger.debug("detect: %s: %s: %s", url, type(exc).__name__, exc)
            return None

    async def render(self, url: str):
        from scrapy_playwright.page import PageMethod

        response = await self.fetch(url, {"playwright": True, "dont_cache": True, "playwright_page_methods": [
            PageMethod("wait_for_load_state", "networkidle")]})
        if response is None:
            raise RuntimeError(f"{url} could not be rendered (is Chromium installed?)")
        return response


def detect_many(urls: list[str], render_check: bool = True, settings=None) -> list[Detection]:
    """Probe shop URLs in one Scrapy process (raises RegistryError on a URL that is not one)."""
    from scrapy.crawler import CrawlerProcess

    for url in urls:
        normalize_base_url(url)  # a bad URL fails before the reactor starts
    if settings is None:
        from coffee_scraper.config import project_settings

        settings = project_settings()  # with the environment applied (ALLOW_PRIVATE_HOSTS, data dir...)
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(DetectSpider)
    process.crawl(crawler, urls=urls, render_check=render_check)
    process.start()
    return crawler.spider.results


def detect(url: str, render_check: bool = True, settings=None) -> Detection:
    """Probe one shop URL; one per process (Scrapy's reactor): use detect_many for several."""
    return detect_many([url], render_check, settings)[0]
