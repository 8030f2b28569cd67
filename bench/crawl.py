"""Runs one benchmark crawl in this process and writes its timings, counts and RSS samples as JSON.

    python bench/crawl.py --out result.json (--project SPIDER | --bare shopify|jsonld)
                          [-a NAME=VALUE ...] [-s NAME=VALUE ...] [--checkpoints 10000,100000] [--tree]

--project runs a coffee_scraper spider with the project's settings (pipelines, middlewares,
extensions) and throttling off; --bare runs a baseline spider of bench/bare_spiders.py on bare
Scrapy settings. A probe extension counts the products the spider yielded (scraped + dropped) and
samples the RSS of this process (with --tree: this process and its children, i.e. Chromium).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "coffee_scraper.settings")

import psutil  # noqa: E402
from scrapy import signals  # noqa: E402
from scrapy.crawler import CrawlerProcess  # noqa: E402
from scrapy.settings import Settings  # noqa: E402

FAST = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "LOG_LEVEL": "WARNING"}


def rss_bytes(proc: psutil.Process, tree: bool) -> int:
    total = proc.memory_info().rss
    if tree:
        for child in proc.children(recursive=True):
            try:
                total += child.memory_info().rss
            except psutil.Error:  # a renderer process that just exited
                pass
    return total


class BenchProbe:
    """Counts products and keeps the peak RSS, overall and as it stood at item-count checkpoints."""

    def __init__(self, crawler):
        self.crawler = crawler
        settings = crawler.settings
        self.tree = settings.getbool("BENCH_RSS_TREE")
        self.checkpoints = sorted(settings.getlist("BENCH_CHECKPOINTS") and
                                  [int(c) for c in settings.getlist("BENCH_CHECKPOINTS")])
        self.proc = psutil.Process()
        self.items = 0
        self.peak = 0
        self.at_checkpoint: dict[int, dict] = {}
        self.opened_at = None
        self.opened_wall = None
        self.closed_at = None
        self.opened_cpu = self.closed_cpu = None
        self._stop = threading.Event()
        crawler.bench_probe = self
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(self.item_seen, signal=signals.item_scraped)
        crawler.signals.connect(self.item_seen, signal=signals.item_dropped)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def sample(self) -> int:
        rss = rss_bytes(self.proc, self.tree)
        self.peak = max(self.peak, rss)
        return rss

    def _sampler(self):
        # A thread, so a busy reactor does not hide its peaks.
        while not self._stop.wait(0.2):
            try:
                self.sample()
            except psutil.Error:
                pass

    def spider_opened(self, spider):
        self.opened_at = time.perf_counter()
        self.opened_cpu = time.process_time()
        self.opened_wall = time.time()  # comparable across processes (distributed workers)
        self.sample()
        threading.Thread(target=self._sampler, daemon=True, name="bench-rss").start()

    def spider_closed(self, spider, reason):
        self.closed_at = time.perf_counter()
        self.closed_cpu = time.process_time()

    def item_seen(self, *args, **kwargs):
        self.items += 1
        if self.checkpoints and self.items == self.checkpoints[0]:
            rss = self.sample()
            self.at_checkpoint[self.checkpoints.pop(0)] = {"rss": rss, "peak": self.peak,
                                                            "t": time.perf_counter() - self.opened_at}

    def stop(self):
        self._stop.set()
        self.sample()


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    kind = ap.add_mutually_exclusive_group(required=True)
    kind.add_argument("--project")
    kind.add_argument("--bare", choices=["shopify", "jsonld"])
    ap.add_argument("-a", action="append", default=[], dest="args")
    ap.add_argument("-s", action="append", default=[], dest="settings")
    ap.add_argument("--checkpoints", default="")
    ap.add_argument("--tree", action="store_true")
    ns = ap.parse_args(argv)

    if ns.project:
        from coffee_scraper.config import project_settings

        settings = project_settings()  # the environment applied, as `scrapy crawl` does
        spider = ns.project
        settings.setdict(FAST, priority="cmdline")
    else:
        from bench.bare_spiders import BARE_SETTINGS, BareJsonLdSpider, BareShopifySpider

        settings = Settings()
        settings.setdict(BARE_SETTINGS, priority="project")
        spider = BareShopifySpider if ns.bare == "shopify" else BareJsonLdSpider
    for item in ns.settings:
        name, _, value = item.partition("=")
        settings.set(name, value, priority="cmdline")
    extensions = dict(settings.getdict("EXTENSIONS"))
    extensions["bench.crawl.BenchProbe"] = 0
    settings.set("EXTENSIONS", extensions, priority="cmdline")
    settings.set("BENCH_RSS_TREE", ns.tree, priority="cmdline")
    settings.set("BENCH_CHECKPOINTS", [c for c in ns.checkpoints.split(",") if c], priority="cmdline")

    process = CrawlerProcess(settings, install_root_handler=True)
    crawler = process.create_crawler(spider)
    done = {}
    d = process.crawl(crawler, **dict(a.split("=", 1) for a in ns.args))
    d.addBoth(lambda result: done.setdefault("at", time.perf_counter()) and done.setdefault("wall", time.time())
              and result)
    process.start()
    probe = crawler.bench_probe
    probe.stop()
    stats = crawler.stats.get_stats()
    out = {
        "items": probe.items,
        "seconds": done["at"] - probe.opened_at,
        "opened_wall": probe.opened_wall,
        "done_wall": done["wall"],
        "crawl_seconds": (probe.closed_at or done["at"]) - probe.opened_at,
        # CPU seconds of this process (all threads) from spider open to close: far less load-sensitive.
        "crawl_cpu": (probe.closed_cpu or time.process_time()) - probe.opened_cpu,
        "peak_rss": probe.peak,
        "checkpoints": probe.at_checkpoint,
        "responses": stats.get("response_received_count", 0),
        "finish_reason": stats.get("finish_reason"),
        "errors": stats.get("log_count/ERROR", 0),
        "stats": {k: v for k, v in stats.items() if isinstance(v, (int, float, str)) and (
            k.startswith("coffee/items") or k.startswith("coffee/db") or k.startswith("item_")
            or k.endswith("/product_pages"))},
    }
    Path(ns.out).write_text(json.dumps(out, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
