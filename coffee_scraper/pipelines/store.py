"""Store pipeline: batched Postgres upserts of coffees, variants, prices, artifacts and runs.

Valid items are buffered and written DB_BATCH_SIZE at a time. Items dropped earlier in the chain
still reach the database: the `item_dropped` signal turns an invalid item into an 'invalid'
artifact (with its errors) and a non-coffee into a 'skipped' one (with its reason).
"""
from __future__ import annotations

import logging
from datetime import datetime, timezone

from scrapy import signals

from coffee_scraper.pipelines.normalize import NotCoffee
from coffee_scraper.pipelines.validate import InvalidItem, contract_of
from coffee_scraper.storage.db import connect, dsn_from_settings, migrate, redact_dsn
from coffee_scraper.storage.writer import CatalogWriter, content_hash

logger = logging.getLogger("coffee_scraper.store")


class StorePipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.settings = crawler.settings
        self.stats = crawler.stats
        self.batch_size = max(1, crawler.settings.getint("DB_BATCH_SIZE", 500))
        self.review_delta = crawler.settings.getint("REVIEW_VARIANT_DELTA", 3)
        self.conn = None
        self.writer: CatalogWriter | None = None
        self.roaster_ids: dict[str, int] = {}
        self.run_ids: dict[str, int] = {}
        self.coffees: list[dict] = []
        self.artifacts: list[dict] = []
        crawler.signals.connect(self.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    # -- lifecycle -------------------------------------------------------------------------------
    def open_spider(self):
        spider = self.crawler.spider
        dsn = dsn_from_settings(self.settings)
        self.conn = connect(dsn)
        logger.info("storing into %s", redact_dsn(dsn))
        if self.settings.getbool("DB_AUTO_MIGRATE", True):
            migrate(self.conn)
        self.writer = CatalogWriter(self.conn)
        roasters = list(getattr(spider, "roasters", []))
        self.roaster_ids = self.writer.upsert_roasters(roasters)
        job_id = self.settings.get("JOB_ID") or None
        self.run_ids = self.writer.start_runs(self.roaster_ids, spider.name, job_id)
        self.stats.set_value("coffee/run_ids", dict(self.run_ids))

    def close_spider(self):
        self.flush()

    def spider_closed(self, spider, reason):
        if self.writer is None:
            return
        try:
            self.flush()
            incidents = getattr(spider, "incidents", {})
            for slug, run_id in self.run_ids.items():
                stats = self.roaster_stats(slug)
                status = self.run_status(slug, reason, stats, incidents.get(slug, []))
                self.writer.finish_run(run_id, status, reason, stats, incidents.get(slug, []))
                logger.info("run %s roaster=%s status=%s stats=%s", run_id, slug, status, stats)
        finally:
            self.conn.close()
            self.writer = None

    # -- items -----------------------------------------------------------------------------------
    def process_item(self, item):
        slug = item["roaster"]
        run_id, roaster_id = self.run_ids[slug], self.roaster_ids[slug]
        contract = contract_of(item)
        self.coffees.append(
            {
                **contract,
                "run_id": run_id,
                "roaster_id": roaster_id,
                "content_hash": content_hash(item.get("raw")),
                "processing_status": item.get("processing_status") or "ok",
                "warnings": item.get("warnings") or [],
            }
        )
        self._add_artifact(item, "valid", [], contract)
        self.stats.inc_value("coffee/items/valid")
        self.stats.inc_value(f"coffee/roaster/{slug}/items_valid")
        if len(self.coffees) >= self.batch_size:
            self.flush()
        return item

    def item_dropped(self, item, response, exception, spider):
        if self.writer is None or not hasattr(item, "get") or item.get("roaster") not in self.run_ids:
            return
        if isinstance(exception, InvalidItem):
            self._add_artifact(item, "invalid", item.get("validation_errors") or [str(exception)], contract_of(item))
        elif isinstance(exception, NotCoffee):
            self._add_artifact(item, "skipped", [item.get("skip_reason") or str(exception)], contract_of(item))
        else:
            return
        if len(self.artifacts) >= self.batch_size:
            self.flush()

    def _add_artifact(self, item, status, errors, contract):
        raw = item.get("raw")
        self.artifacts.append(
            {
                "run_id": self.run_ids[item["roaster"]],
                "roaster_id": self.roaster_ids[item["roaster"]],
                "platform": item.get("platform") or self.crawler.spider.name,
                "url": item.get("url"),
                "product_id": item.get("product_id"),
                "payload": raw if raw is not None else {},
                "normalized": contract,
                "content_hash": content_hash(raw),
                "validation_status": status,
                "errors": errors,
            }
        )

    def flush(self):
        if not (self.coffees or self.artifacts) or self.writer is None:
            return
        coffees, artifacts = self.coffees, self.artifacts
        self.coffees, self.artifacts = [], []
        started = datetime.now(timezone.utc)
        counts = self.writer.write_batch(coffees, artifacts, self.review_delta)
        elapsed = (datetime.now(timezone.utc) - started).total_seconds()
        for key, value in counts.items():
            self.stats.inc_value(f"coffee/db/{key}", value)
        self.stats.inc_value("coffee/db/batches")
        self.stats.inc_value("coffee/db/write_seconds", elapsed)

    # -- runs ------------------------------------------------------------------------------------
    def roaster_stats(self, slug: str) -> dict:
        get = self.stats.get_value
        prefix = f"coffee/roaster/{slug}/"
        out = {
            key.removeprefix(prefix): value
            for key, value in self.stats.get_stats().items()
            if key.startswith(prefix)
        }
        for key in ("items_valid", "items_invalid", "items_skipped", "pages", "requests_failed"):
            out.setdefault(key, 0)
        out["finish_reason"] = get("finish_reason")
        return out

    @staticmethod
    def run_status(slug: str, reason: str, stats: dict, incidents: list) -> str:
        if any(i.get("fatal") for i in incidents):
            return "failed"
        seen = stats["items_valid"] + stats["items_invalid"] + stats["items_skipped"]
        if reason != "finished":
            return "aborted" if seen == 0 else "partial"
        if incidents:
            return "partial" if seen else "failed"
        return "succeeded"
