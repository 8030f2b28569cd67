"""Scrapy extension recording per-response and per-item Prometheus metrics (and per-roaster stats) from signals.

Design: crawls are separate processes (scrapy crawl, Scrapyd jobs) and `coffee-scraper serve` is
another, so nothing can be scraped from a crawl directly. Every crawl writes its metrics with
prometheus-client's multiprocess mode into one shared directory (PROMETHEUS_MULTIPROC_DIR, else
METRICS_MULTIPROC_DIR, else COFFEE_DATA_DIR/metrics); the service merges those files at scrape
time (MultiProcessCollector), so counters survive the crawl that wrote them, and adds gauges
computed from Postgres (runs, last success per roaster) at scrape time. Live gauges (crawl
running, circuit open) use the `live*` modes and are dropped when the crawl process ends.
Per-item counters (coffee_items, coffee_artifacts_validated) and the per-item stats below are summed
in memory and written every METRICS_POLL_INTERVAL, when the crawl goes idle and at close, so they lag
by at most that interval (a finished crawl goes idle before Spidermon's close suite reads them).

It also keeps per-roaster stats the monitors read: coffee/roaster/<slug>/responses_ok, retries,
coverage/<field>, and coffee/last_item_at.
"""
from __future__ import annotations

import collections
import logging
import os
import sys
import time
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet.task import LoopingCall

from coffee_scraper.context import CrawlContext

logger = logging.getLogger("coffee_scraper.fetch")

LATENCY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60)
SIZE_BUCKETS = (1_000, 10_000, 50_000, 100_000, 500_000, 1_000_000, 5_000_000, 20_000_000)
DB_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)


def multiproc_dir(settings) -> Path:
    """The shared metrics directory of crawls and the service (created if missing)."""
    directory = (os.environ.get("PROMETHEUS_MULTIPROC_DIR") or settings.get("METRICS_MULTIPROC_DIR")
                 or Path(settings.get("COFFEE_DATA_DIR") or ".data") / "metrics")
    path = Path(directory).resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def enable_multiprocess(directory: Path) -> None:
    """File-backed values in DIRECTORY: prometheus-client's documented contract is PROMETHEUS_MULTIPROC_DIR set
    before its first import (a crawl process imports it here first). Raises NotConfigured otherwise."""
    wanted, current = str(directory), os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if "prometheus_client" in sys.modules and current != wanted:
        logger.warning("metrics off for this crawl: prometheus-client was imported before its multiprocess "
                       "directory was set (PROMETHEUS_MULTIPROC_DIR=%s, wanted %s)", current, wanted)
        raise NotConfigured
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = wanted


class CrawlMetrics:
    """The metrics a crawl process writes. registry=None: the multiprocess files are the registry."""

    def __init__(self):
        from prometheus_client import Counter, Gauge, Histogram

        self.fetch = Counter("coffee_fetch_requests", "Download attempts by outcome",
                             ["roaster", "platform", "result"], registry=None)
        self.latency = Histogram("coffee_fetch_latency_seconds", "Download latency of answered requests",
                                 ["roaster", "platform"], buckets=LATENCY_BUCKETS, registry=None)
        self.size = Histogram("coffee_fetch_response_bytes", "Response size as transferred",
                              ["roaster", "platform"], buckets=SIZE_BUCKETS, registry=None)
        self.requests = Counter("coffee_requests", "Requests sent to the downloader", ["roaster", "platform"],
                                registry=None)
        self.retries = Counter("coffee_retries", "Requests scheduled again by the retry middleware",
                               ["roaster", "platform"], registry=None)
        self.artifacts = Counter("coffee_artifacts_validated", "Products by validation outcome",
                                 ["roaster", "status"], registry=None)
        self.items = Counter("coffee_items", "Items per roaster: scraped (from the spider), valid, invalid, "
                             "skipped, error", ["roaster", "kind"], registry=None)
        self.crawls = Counter("coffee_crawls_finished", "Crawls finished, by finish reason",
                              ["spider", "reason"], registry=None)
        self.running = Gauge("coffee_crawl_running", "Crawl processes running now", ["spider"],
                             multiprocess_mode="livesum", registry=None)
        self.circuit = Gauge("coffee_circuit_open", "Circuit breaker of the roaster's domain: 1 open, 0.5 half-open, 0 closed",
                             ["roaster"], multiprocess_mode="livemax", registry=None)
        self.db_write = Histogram("coffee_db_write_seconds", "Postgres write time per batch (averaged over "
                                  "METRICS_POLL_INTERVAL)", buckets=DB_BUCKETS, registry=None)


def _has(value) -> bool:
    return value not in (None, "", [], {})


# The per-roaster coverage stats (coffee/roaster/<slug>/coverage/<name>), in the order of the counts kept per roaster.
COVERAGE = ("items", "origin_countries", "process", "roast_level", "variants", "weight_grams", "price")
_PRODUCT_COVERAGE = tuple(enumerate(COVERAGE[1:4], 1))  # (index, field) counted when the item has the field


class MetricsExtension:
    def __init__(self, crawler):
        if not crawler.settings.getbool("METRICS_ENABLED", True):
            raise NotConfigured
        self.crawler = crawler
        self.stats = crawler.stats
        # Bound once: Scrapy 2.19 wraps every stats attribute lookup (a spider-argument deprecation shim).
        self._inc_stat, self._set_stat = crawler.stats.inc_value, crawler.stats.set_value
        self.directory = multiproc_dir(crawler.settings)
        enable_multiprocess(self.directory)
        self.m = CrawlMetrics()
        self.platform = "?"
        self._answered: set[int] = set()
        self._db_seen = (0.0, 0)
        self._circuits: set[str] = set()
        # Per-item counts wait here and reach the (file-backed) counters at each poll and at close:
        # one mmap write per label set per poll instead of three per item.
        self._pending: collections.Counter = collections.Counter()
        self._pending_stats: collections.Counter = collections.Counter()  # stat name -> increment
        self._coverage: dict[str, list[int]] = {}  # roaster -> counts in COVERAGE's order, since the last flush
        self._last_item_at: float | None = None
        self._poll = LoopingCall(self.poll_stats)
        self.poll_interval = crawler.settings.getfloat("METRICS_POLL_INTERVAL", 5.0)

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler)
        for handler, signal in (
            (ext.spider_opened, signals.spider_opened),
            (ext.spider_closed, signals.spider_closed),
            (ext.request_reached_downloader, signals.request_reached_downloader),
            (ext.request_scheduled, signals.request_scheduled),
            (ext.response_downloaded, signals.response_downloaded),
            (ext.request_left_downloader, signals.request_left_downloader),
            (ext.item_scraped, signals.item_scraped),
            (ext.item_dropped, signals.item_dropped),
            (ext.item_error, signals.item_error),
            (ext.flush_items, signals.spider_idle),
        ):
            # Strong references: the crawler keeps this extension anyway, and a weak one is resolved (two
            # bound-method objects) on every send of the signal, i.e. per item for the item signals.
            crawler.signals.connect(handler, signal=signal, weak=False)
        try:  # the circuit breaker announces its transitions (when it is installed)
            from coffee_scraper.middlewares.circuit import circuit_state_changed
        except ImportError:
            pass
        else:
            crawler.signals.connect(ext.circuit_changed, signal=circuit_state_changed)
        return ext

    # -- crawl lifecycle -------------------------------------------------------------------------
    def spider_opened(self, spider):
        self.platform = spider.name
        self.m.running.labels(spider.name).inc()
        self.stats.set_value("coffee/started_at", time.time())
        self._poll.start(self.poll_interval, now=False)
        logger.info("metrics of roaster(s) %s go to %s (pid %d)",
                    ",".join(r.slug for r in CrawlContext.of(self.crawler).roasters), self.directory, os.getpid())

    def spider_closed(self, spider, reason):
        if self._poll.running:
            self._poll.stop()
        self.poll_stats()
        self.m.crawls.labels(spider.name, reason).inc()
        self.m.running.labels(spider.name).dec()
        for slug in self._circuits:
            self.m.circuit.labels(slug).set(0)
        # Live gauges of this pid are dropped once the process is gone (the service also sweeps).
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(os.getpid(), str(self.directory))

    # -- requests and responses ------------------------------------------------------------------
    def request_reached_downloader(self, request, spider):
        self.m.requests.labels(request.meta.get("roaster", "-"), self.platform).inc()

    def request_scheduled(self, request, spider):
        if request.meta.get("retry_times"):
            slug = request.meta.get("roaster", "-")
            self.m.retries.labels(slug, self.platform).inc()
            self.stats.inc_value(f"coffee/roaster/{slug}/retries")

    def response_downloaded(self, response, request, spider):
        # Sent for every answered download attempt, before the downloader middlewares (retries
        # included); request_left_downloader follows for answered and failed attempts alike.
        self._answered.add(id(request))
        slug = request.meta.get("roaster", "-")
        status = response.status
        result = "not_modified" if status == 304 else "success" if status < 400 else "fail"
        self.m.fetch.labels(slug, self.platform, result).inc()
        latency = request.meta.get("download_latency")
        if latency is not None:
            self.m.latency.labels(slug, self.platform).observe(latency)
        self.m.size.labels(slug, self.platform).observe(len(response.body))
        if status < 400:
            self.stats.inc_value(f"coffee/roaster/{slug}/responses_ok")
        else:
            logger.debug("roaster=%s url=%s HTTP %d", slug, request.url, status)

    def request_left_downloader(self, request, spider):
        if id(request) in self._answered:
            self._answered.discard(id(request))
            return
        slug = request.meta.get("roaster", "-")
        self.m.fetch.labels(slug, self.platform, "fail").inc()
        logger.debug("roaster=%s url=%s download failed (no response)", slug, request.url)

    # -- items -----------------------------------------------------------------------------------
    def _item_seen(self, slug: str, kind: str):
        pending = self._pending
        pending["items", slug, "scraped"] += 1
        pending["items", slug, kind] += 1
        self._last_item_at = time.time()

    def flush_items(self, *_, **__):
        pending, self._pending = self._pending, collections.Counter()
        for (metric, slug, kind), n in pending.items():
            getattr(self.m, metric).labels(slug, kind).inc(n)
        pending_stats, self._pending_stats = self._pending_stats, collections.Counter()
        coverage, self._coverage = self._coverage, {}
        for slug, counts in coverage.items():
            for name, n in zip(COVERAGE, counts):
                # items, variants and their fields are counted for every item (0 included), the product's fields when set
                if n or name in ("items", "variants", "weight_grams", "price"):
                    pending_stats[f"coffee/roaster/{slug}/coverage/{name}"] += n
        for name, n in pending_stats.items():
            self._inc_stat(name, n)
        if self._last_item_at is not None:
            self._set_stat("coffee/last_item_at", self._last_item_at)

    def item_scraped(self, item, response, spider):
        get = item.get if hasattr(item, "get") else None
        slug = get("roaster", "-") if get else "-"
        self._item_seen(slug, "valid")
        self._pending["artifacts", slug, "valid"] += 1
        # Counted here, added to the stats at the next flush: a stats call costs ~10x a list update.
        counts = self._coverage.get(slug)
        if counts is None:
            counts = self._coverage[slug] = [0] * len(COVERAGE)
        counts[0] += 1
        if get is None:
            return
        for i, name in _PRODUCT_COVERAGE:
            if _has(get(name)):
                counts[i] += 1
        variants = get("variants") or []
        counts[4] += len(variants)
        for v in variants:
            if _has(v.get("weight_grams")):
                counts[5] += 1
            if _has(v.get("price")):
                counts[6] += 1

    def item_dropped(self, item, response, exception, spider):
        slug = item.get("roaster", "-") if hasattr(item, "get") else "-"
        name = type(exception).__name__
        status = "invalid" if name == "InvalidItem" else "skipped" if name == "NotCoffee" else "dropped"
        self._item_seen(slug, status)
        if status != "dropped":
            self._pending["artifacts", slug, status] += 1

    def item_error(self, item, response, spider, failure):
        slug = item.get("roaster", "-") if hasattr(item, "get") else "-"
        self._item_seen(slug, "error")
        logger.error("roaster=%s url=%s item pipeline error: %s", slug, item.get("url") if hasattr(item, "get") else "?",
                     failure.getErrorMessage())

    def circuit_changed(self, domain, old, new, roaster=None, reason=None, **kwargs):
        slug = roaster or domain
        self._circuits.add(slug)
        self.m.circuit.labels(slug).set({"open": 1.0, "half_open": 0.5}.get(new, 0.0))
        logger.debug("roaster=%s url=http(s)://%s circuit %s -> %s", slug, domain, old, new)

    # -- stats other components keep -------------------------------------------------------------
    def poll_stats(self):
        self.flush_items()
        stats = self.stats.get_stats()
        seconds = float(stats.get("coffee/db/write_seconds", 0) or 0)
        batches = int(stats.get("coffee/db/batches", 0) or 0)
        d_seconds, d_batches = seconds - self._db_seen[0], batches - self._db_seen[1]
        if d_batches > 0:
            for _ in range(d_batches):
                self.m.db_write.observe(max(0.0, d_seconds) / d_batches)
        self._db_seen = (seconds, batches)
