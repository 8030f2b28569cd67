"""Normalize pipeline: turns a spider's SourceProduct into the contract fields; drops non-coffee."""
from __future__ import annotations

import logging

from scrapy.exceptions import DropItem

from coffee_scraper.items import SourceProduct, copy_normalized
from coffee_scraper.normalize import normalize_product

logger = logging.getLogger("coffee_scraper.normalize")


class NotCoffee(DropItem):
    """A product that is not a coffee (gift card, grinder...): stored as a 'skipped' artifact."""


class NormalizePipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.max_warnings = crawler.settings.getint("REVIEW_MAX_WARNINGS", 1)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item):
        src = item["source"]
        if isinstance(src, dict):
            src = SourceProduct.from_dict(src)
        norm = normalize_product(src)
        copy_normalized(item, norm)
        item["warnings"] = list(norm.warnings)
        # Stated values that are wrong ("'1E5' uses exponent notation"): the validate pipeline adds
        # them to the schema's errors, and the item is stored as an invalid artifact naming the field.
        item["validation_errors"] = list(norm.errors)
        item["processing_status"] = "review" if len(norm.warnings) > self.max_warnings else "ok"
        roaster = item.get("roaster")
        if not norm.is_coffee:
            item["skip_reason"] = norm.skip_reason or "not coffee"
            self.stats.inc_value("coffee/items/skipped")
            self.stats.inc_value(f"coffee/roaster/{roaster}/items_skipped")
            raise NotCoffee(
                f"not coffee ({item['skip_reason']}): {roaster} {item.get('url')}", log_level="DEBUG"
            )
        for warning in norm.warnings:
            logger.debug("roaster=%s url=%s %s", roaster, item.get("url"), warning)
        if norm.warnings:
            self.stats.inc_value("coffee/items/with_warnings")
        return item
