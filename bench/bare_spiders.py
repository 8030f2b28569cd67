"""Baseline spiders for the benchmarks: bare Scrapy that only parses the shops' responses into dicts."""
from __future__ import annotations

import json

import scrapy
from scrapy.spiders import SitemapSpider

# Bare Scrapy defaults plus only what a fair comparison needs: same concurrency, no throttling, the
# *.localhost resolver (the fixture shops' hosts), no pipelines, quiet logs.
BARE_SETTINGS = {
    "ITEM_PIPELINES": {},
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 2,
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "TWISTED_DNS_RESOLVER": "coffee_scraper.dns.LocalhostAwareResolver",
    "ALLOW_PRIVATE_HOSTS": True,  # the resolver refuses loopback otherwise (the fixture shops are on 127.0.0.1)
    "TELNETCONSOLE_ENABLED": False,
    "LOG_LEVEL": "WARNING",
}


class BareShopifySpider(scrapy.Spider):
    """Pages through /products.json?limit=250 per shop until an empty page, one dict per product."""

    name = "bare_shopify"

    def __init__(self, urls: str = "", **kwargs):
        super().__init__(**kwargs)
        self.bases = [u for u in urls.split(",") if u]

    async def start(self):
        for base in self.bases:
            yield self.page(base, 1)

    def page(self, base: str, n: int):
        return scrapy.Request(f"{base}/products.json?limit=250&page={n}", self.parse_page,
                              cb_kwargs={"base": base, "n": n})

    def parse_page(self, response, base: str, n: int):
        products = json.loads(response.body)["products"]
        for product in products:
            yield {"product_id": str(product["id"]), "name": product.get("title"), "url": response.url,
                   "variants": product.get("variants")}
        if products:
            yield self.page(base, n + 1)


class BareJsonLdSpider(SitemapSpider):
    """Follows robots.txt -> sitemaps -> product pages, one dict per page's JSON-LD scripts."""

    name = "bare_jsonld"
    sitemap_rules = [(r"/products/", "parse_product")]

    def __init__(self, urls: str = "", **kwargs):
        super().__init__(**kwargs)
        self.sitemap_urls = [f"{u}/robots.txt" for u in urls.split(",") if u]

    def parse_product(self, response):
        data = [json.loads(s) for s in response.css('script[type="application/ld+json"]::text').getall()]
        yield {"url": response.url, "jsonld": data}
