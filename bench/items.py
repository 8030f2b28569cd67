"""Benchmark inputs: synthetic Shopify products turned into the items the pipelines see, without a crawl."""
from __future__ import annotations

from types import SimpleNamespace

from scrapy.settings import Settings
from scrapy.statscollectors import MemoryStatsCollector

from coffee_scraper.items import CoffeeItem
from coffee_scraper.pipelines.normalize import NormalizePipeline, NotCoffee
from coffee_scraper.pipelines.validate import contract_of, validation_errors
from coffee_scraper_shops.platforms.shopify import synthetic_shopify
from coffee_scraper.spiders.shopify import source_product
from coffee_scraper.storage.pgtext import content_hash


def stub_crawler():
    """Just enough of a crawler for the pipelines' from_crawler (settings and stats)."""
    crawler = SimpleNamespace(settings=Settings())
    crawler.stats = MemoryStatsCollector(crawler)
    return crawler


def raw_items(n: int, seed: int = 21, slug: str = "benchroaster") -> list[CoffeeItem]:
    """CoffeeItems as ShopifySpider yields them, before any pipeline."""
    base = "http://benchroaster.localhost"
    return [
        CoffeeItem(roaster=slug, platform="shopify", url=f"{base}/products/{p['handle']}", product_id=str(p["id"]),
                   name=p.get("title") or "", image_url=None, scraped_at="2026-01-01T00:00:00Z",
                   source=source_product(p, "USD"), raw=p)
        for p in synthetic_shopify(n, seed=seed, currency="USD")
    ]


def valid_items(items: list[CoffeeItem]) -> list[CoffeeItem]:
    """The items that pass normalize and validate (what the store pipeline receives)."""
    normalize = NormalizePipeline(stub_crawler())
    out = []
    for item in items:
        try:
            item = normalize.process_item(item)
        except NotCoffee:
            continue
        if not validation_errors(contract_of(item)):
            out.append(item)
    return out


def coffee_rows(items: list[CoffeeItem], run_id: int, roaster_id: int) -> list[dict]:
    """The dicts StorePipeline.process_item buffers for CatalogWriter.write_batch."""
    return [
        {**contract_of(item), "run_id": run_id, "roaster_id": roaster_id, "content_hash": content_hash(item.get("raw")),
         "processing_status": item.get("processing_status") or "ok", "warnings": item.get("warnings") or []}
        for item in items
    ]
