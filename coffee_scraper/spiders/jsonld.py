"""JSON-LD spider: any shop with schema.org Product markup, found through its sitemaps.

robots.txt `Sitemap:` lines, else /sitemap.xml and /sitemap_products_1.xml; sitemap indexes are
followed; product pages are parsed with extruct. A roaster with `render: js` (or `-a render=js`)
has its product pages rendered by Chromium through scrapy-playwright; extraction is the same.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from coffee_scraper.items import CoffeeItem
from coffee_scraper.registry import Roaster, RegistryError
from coffee_scraper.rendering import render_meta
from coffee_scraper.settings import PLAYWRIGHT_SETTINGS
from coffee_scraper.spiders.base import CoffeeSpider, utc_now_iso
from coffee_scraper.structured_data import image_of, products_from_html

FALLBACK_SITEMAPS = ("/sitemap.xml", "/sitemap_products_1.xml")
# Which sitemap entries are product pages (Shopify-, WooCommerce- and generic-style paths).
PRODUCT_PATH_RE = re.compile(r"/(products?|shop|coffees?|item|p)/[^/]+", re.I)
SCRIPT_RE = re.compile(r"<script\b[^>]*>(.*?)</script>", re.I | re.S)


def looks_script_built(html: str) -> bool:
    """A page whose product data scripts load (fetch/XHR, JSON-LD injected by script), not its HTML."""
    return any("fetch(" in s or "XMLHttpRequest" in s or "ld+json" in s for s in SCRIPT_RE.findall(html))


class JsonLdSpider(CoffeeSpider):
    name = "jsonld"
    platform = "jsonld"
    custom_settings = {"ROBOTSTXT_OBEY": True, **PLAYWRIGHT_SETTINGS}

    def __init__(self, *args, render: str | None = None, **kwargs):
        if render not in (None, "", "js", "none"):
            raise RegistryError(f"{self.name} -a render: expected 'js' or 'none', got {render!r}")
        self.arg_render = render or None
        super().__init__(*args, **kwargs)

    def renders(self, roaster: Roaster) -> bool:
        if self.arg_render:
            return self.arg_render == "js"
        return roaster.render == "js"

    async def start_roaster(self, roaster: Roaster):
        yield self.roaster_request(roaster, roaster.url + "/robots.txt", self.parse_robots,
                                   meta={"handle_httpstatus_all": True, "feed_entry": True})

    def parse_robots(self, response):
        roaster = self.roaster_by_slug(response.meta["roaster"])
        urls = list(sitemap_urls_from_robots(response.body, base_url=roaster.url)) if response.status == 200 else []
        for url in urls or [roaster.url + path for path in FALLBACK_SITEMAPS]:
            yield self.roaster_request(roaster, url, self.parse_sitemap,
                                       meta={"handle_httpstatus_list": [404], "optional": not urls})

    def parse_sitemap(self, response):
        roaster = self.roaster_by_slug(response.meta["roaster"])
        if response.status == 404:
            if not response.meta.get("optional"):
                self.record_incident(roaster.slug, "http_404", response.url, "sitemap listed in robots.txt is missing")
            return
        body = response.body
        if body[:2] == b"\x1f\x8b":
            body = gunzip(body)
        try:
            sitemap = Sitemap(body)
        except Exception as exc:  # lxml raises several types on garbage
            self.record_incident(roaster.slug, "malformed_sitemap", response.url, f"{type(exc).__name__}: {exc}")
            return
        self.count_page(roaster.slug)
        if sitemap.type == "sitemapindex":
            for entry in sitemap:
                yield self.roaster_request(roaster, entry["loc"], self.parse_sitemap,
                                           meta={"handle_httpstatus_list": [404]})
            return
        host = (urlsplit(roaster.url).hostname or "").removeprefix("www.")
        for entry in sitemap:
            loc = entry.get("loc", "")
            parts = urlsplit(loc)
            if (parts.hostname or "").removeprefix("www.") != host or not PRODUCT_PATH_RE.search(parts.path):
                continue
            meta = render_meta() if self.renders(roaster) else {}
            yield self.roaster_request(roaster, loc, self.parse_product, meta=meta)

    def parse_product(self, response):
        roaster = self.roaster_by_slug(response.meta["roaster"])
        self.crawler.stats.inc_value(f"coffee/roaster/{roaster.slug}/product_pages")
        if not hasattr(response, "text"):
            self.record_incident(roaster.slug, "not_html", response.url, "product page is not text")
            return
        found = products_from_html(response.text, response.url)
        if not found:
            self.crawler.stats.inc_value(f"coffee/roaster/{roaster.slug}/pages_without_product")
            self.logger.debug("roaster=%s url=%s has no schema.org Product", roaster.slug, response.url)
            hinted = any(i["kind"] == "needs_rendering" for i in self.incidents.get(roaster.slug, []))
            if not self.renders(roaster) and not hinted and looks_script_built(response.text):
                self.record_incident(roaster.slug, "needs_rendering", response.url,
                                     "no schema.org Product in the HTML but scripts that load data: crawl with "
                                     "-a render=js (or `render: js` in the registry)")
            return
        scraped_at = utc_now_iso()
        for product_id, node, source in found:
            source.default_currency = roaster.currency
            yield CoffeeItem(
                roaster=roaster.slug,
                platform=self.platform,
                url=response.url,
                product_id=product_id,
                name=source.name,
                image_url=image_of(node),
                scraped_at=scraped_at,
                source=source,
                raw={"url": response.url, "product": node},
            )
