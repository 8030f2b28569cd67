"""Dedupe pipeline: the same product of the same roaster only once per run."""
from __future__ import annotations

from scrapy.exceptions import DropItem


class DuplicateItem(DropItem):
    pass


class DedupePipeline:
    def __init__(self, crawler):
        self.stats = crawler.stats
        self.seen: set[tuple[str, str]] = set()

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item):
        key = (item["roaster"], item["product_id"])
        if key in self.seen:
            self.stats.inc_value("coffee/items/duplicate")
            raise DuplicateItem(f"duplicate product {key[1]} of {key[0]}", log_level="DEBUG")
        self.seen.add(key)
        return item
