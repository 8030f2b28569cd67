"""The metrics extension's per-roaster item stats (coverage, counts) on a real crawler's stats."""
from __future__ import annotations

import collections

from scrapy import Spider
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from coffee_scraper.extensions.metrics import MetricsExtension
from coffee_scraper.items import CoffeeItem


def expected_coverage(items) -> dict:
    """What the stats say, written out per item: every item counts `items`, its variants and their fields;
    origin, process and roast level count when set."""
    stats = collections.Counter()
    for item in items:
        p = f"coffee/roaster/{item.get('roaster', '-')}/coverage/"
        stats[p + "items"] += 1
        for name in ("origin_countries", "process", "roast_level"):
            if item.get(name) not in (None, "", [], {}):
                stats[p + name] += 1
        variants = item.get("variants") or []
        stats[p + "variants"] += len(variants)
        stats[p + "weight_grams"] += sum(1 for v in variants if v.get("weight_grams") not in (None, "", [], {}))
        stats[p + "price"] += sum(1 for v in variants if v.get("price") not in (None, "", [], {}))
    return dict(stats)


def test_coverage_and_counts_reach_the_stats_at_each_flush(tmp_path):
    crawler = get_crawler(Spider, {"METRICS_MULTIPROC_DIR": str(tmp_path)})
    ext = MetricsExtension.from_crawler(crawler)
    items = [
        CoffeeItem(roaster="a", origin_countries=["KE"], process="washed", roast_level="light",
                   variants=[{"weight_grams": 250, "price": 12.5}, {"weight_grams": None, "price": 40}]),
        CoffeeItem(roaster="a", origin_countries=[], process=None, variants=[]),
        CoffeeItem(roaster="b", roast_level="dark", variants=[{"weight_grams": 1000, "price": None}]),
        {"roaster": "b", "process": "natural"},  # a plain dict item
        CoffeeItem(roaster="a", process="", variants=None),
    ]
    for item in items[:3]:
        ext.item_scraped(item, None, None)
    ext.item_dropped(CoffeeItem(roaster="b"), None, DropItem("x"), None)
    ext.flush_items()
    stats = crawler.stats.get_stats()
    assert {k: v for k, v in stats.items() if "/coverage/" in k} == expected_coverage(items[:3])
    assert stats["coffee/last_item_at"] > 0
    for item in items[3:]:
        ext.item_scraped(item, None, None)
    ext.flush_items()
    ext.flush_items()  # nothing new: nothing added
    total = collections.Counter(expected_coverage(items[:3])) + collections.Counter(expected_coverage(items[3:]))
    assert {k: v for k, v in crawler.stats.get_stats().items() if "/coverage/" in k} == {
        **{k: 0 for k in expected_coverage(items) if not total[k]}, **total}
