"""JSON-LD spider: any shop with schema.org Product markup, found through its sitemaps.

robots.txt `Sitemap:` lines, else /sitemap.xml and /sitemap_products_1.xml; sitemap indexes are
followed; product pages are parsed with extruct. A roaster with `render: js` (or `-a render=js`)
has its product pages rendered by Chromium through scrapy-playwright; extraction is the same.
"""
from __future__ import annotations

import re

from coffee_scraper.platforms import PRODUCT_PAGES, Evidence
from coffee_scraper.registry import Roaster
from coffee_scraper.rendering import render_meta
from coffee_scraper.settings import PLAYWRIGHT_SETTINGS
from coffee_scraper.sitemaps import (
    FALLBACK_SITEMAPS,
    SitemapTooLarge,
    allowed_url,
    entries,
    product_pages,
    read_sitemap,
    robots_sitemaps,
)
from coffee_scraper.spiders.base import CoffeeSpider, utc_now_iso
from coffee_scraper.structured_data import product_items, products_from_html

SCRIPT_RE = re.compile(r"<script\b[^>]*>(.*?)</script>", re.I | re.S)


def looks_script_built(html: str) -> bool:
    """A page whose product data scripts load (fetch/XHR, JSON-LD injected by script), not its HTML."""
    return any("fetch(" in s or "XMLHttpRequest" in s or "ld+json" in s for s in SCRIPT_RE.findall(html))


def _has_product(response) -> bool:
    return hasattr(response, "text") and bool(products_from_html(response.text, response.url))


class JsonLdSpider(CoffeeSpider):
    name = "jsonld"
    # Generic: any shop with schema.org Product markup, so tried after every specific platform.
    detect_priority = 90
    detect_evidence = (
        Evidence("home page has schema.org Product markup", _has_product),
        Evidence("product page has schema.org Product markup", _has_product, path=PRODUCT_PAGES, renderable=True),
    )
    can_render = True
    custom_settings = {"ROBOTSTXT_OBEY": True, **PLAYWRIGHT_SETTINGS}

    def renders(self, roaster: Roaster) -> bool:
        if self.args.render:
            return self.args.render == "js"
        return roaster.render == "js"

    async def start_roaster(self, roaster: Roaster):
        yield self.roaster_request(roaster, roaster.url + "/robots.txt", self.parse_robots,
                                   meta={"handle_httpstatus_all": True, "feed_entry": True})

    def parse_robots(self, response):
        roaster = self.roaster_by_slug(response.meta["roaster"])
        listed = robots_sitemaps(response.body, roaster.url) if response.status == 200 else []
        urls = self.followable(roaster, response.url, listed, "robots.txt Sitemap: line")
        for url in urls or [roaster.url + path for path in FALLBACK_SITEMAPS]:
            yield self.roaster_request(roaster, url, self.parse_sitemap,
                                       meta={"handle_httpstatus_list": [404], "optional": not urls})

    def followable(self, roaster: Roaster, where: str, urls: list[str], what: str) -> list[str]:
        """The URLs on the roaster's own hosts; the others are recorded, never requested."""
        hosts = roaster.hosts
        refused = [u for u in urls if not allowed_url(u, hosts)]
        if refused:
            self.record_incident(roaster.slug, "foreign_url", where,
                                 f"{len(refused)} {what}(s) not http(s) on the shop's own hosts, not followed: "
                                 f"{', '.join(repr(u[:100]) for u in refused[:3])} (registry allowed_hosts adds hosts)")
        return [u for u in urls if allowed_url(u, hosts)]

    def parse_sitemap(self, response):
        roaster = self.roaster_by_slug(response.meta["roaster"])
        if response.status == 404:
            if not response.meta.get("optional"):
                self.record_incident(roaster.slug, "http_404", response.url, "sitemap listed in robots.txt is missing")
            return
        try:
            sitemap = read_sitemap(response.body, self.settings.getint("DOWNLOAD_MAXSIZE"))
        except SitemapTooLarge as exc:
            self.record_incident(roaster.slug, "sitemap_too_large", response.url, str(exc))
            return
        except Exception as exc:  # lxml raises several types on garbage
            self.record_incident(roaster.slug, "malformed_sitemap", response.url, f"{type(exc).__name__}: {exc}")
            return
        self.count_page(roaster.slug)
        children, pages, refused = entries(sitemap, roaster.hosts)
        self.followable(roaster, response.url, refused, "sitemap entry")
        for url in children:
            yield self.roaster_request(roaster, url, self.parse_sitemap, meta={"handle_httpstatus_list": [404]})
        for url in product_pages(pages):
            meta = render_meta() if self.renders(roaster) else {}
            yield self.roaster_request(roaster, url, self.parse_product, meta=meta)

    def parse_product(self, response):
        roaster = self.product_page_roaster(response)
        if roaster is None:
            return
        found = product_items(response.text, response.url, roaster, self.platform, utc_now_iso())
        if not found:
            self.crawler.stats.inc_value(f"coffee/roaster/{roaster.slug}/pages_without_product")
            self.logger.debug("roaster=%s url=%s has no schema.org Product", roaster.slug, response.url)
            hinted = any(i["kind"] == "needs_rendering" for i in self.incidents.get(roaster.slug, []))
            if not self.renders(roaster) and not hinted and looks_script_built(response.text):
                self.record_incident(roaster.slug, "needs_rendering", response.url,
                                     "no schema.org Product in the HTML but scripts that load data: crawl with "
                                     "-a render=js (or `render: js` in the registry)")
        yield from found
