"""The Scrapy extension that runs the Spidermon suites named by the SPIDERMON_* settings, at spider open and
close, engine stop, and periodically.

It does what `spidermon.contrib.scrapy.extensions.Spidermon` does for this project's suites, without the parts
the project does not use (expression monitors, Spidermon's field coverage, the Scrapy Cloud client): importing
Spidermon's extension imports its expression monitors, hence jsonschema and its format checkers (arrow,
rfc3987, ...), ~0.1 s CPU of every crawl process's start. A setting asking for one of those parts fails the start
with a message naming Spidermon's extension, rather than being ignored.
"""
from __future__ import annotations

import os

from scrapy import signals
from scrapy.utils.misc import load_object

# Spidermon extension settings this extension does not implement.
SPIDERMON_ONLY = (
    "SPIDERMON_SPIDER_OPEN_EXPRESSION_MONITORS", "SPIDERMON_SPIDER_CLOSE_EXPRESSION_MONITORS",
    "SPIDERMON_ENGINE_STOP_EXPRESSION_MONITORS", "SPIDERMON_ADD_FIELD_COVERAGE",
)


class MonitorSuites:
    def __init__(self, crawler):
        from scrapy.exceptions import NotConfigured

        settings = crawler.settings
        if not settings.getbool("SPIDERMON_ENABLED"):
            raise NotConfigured
        wanted = [name for name in SPIDERMON_ONLY if settings.get(name)]
        if wanted:
            raise ValueError(f"setting {wanted[0]} needs Spidermon's own extension: EXTENSIONS "
                             "'spidermon.contrib.scrapy.extensions.Spidermon' instead of "
                             "'coffee_scraper.monitors.extension.MonitorSuites'")
        self.crawler = crawler
        self.opened_suites = [self.suite(path) for path in settings.getlist("SPIDERMON_SPIDER_OPEN_MONITORS")]
        self.closed_suites = [self.suite(path) for path in settings.getlist("SPIDERMON_SPIDER_CLOSE_MONITORS")]
        self.stopped_suites = [self.suite(path) for path in settings.getlist("SPIDERMON_ENGINE_STOP_MONITORS")]
        self.periodic_suites = settings.getdict("SPIDERMON_PERIODIC_MONITORS")
        self.periodic_tasks: list = []

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(ext.engine_stopped, signal=signals.engine_stopped)
        return ext

    def suite(self, path):
        from spidermon import MonitorSuite

        suite_class = load_object(path)
        if not (isinstance(suite_class, type) and issubclass(suite_class, MonitorSuite)):
            raise TypeError(f"{path} is not a Spidermon MonitorSuite")
        return suite_class(crawler=self.crawler)

    def spider_opened(self, spider):
        from twisted.internet.task import LoopingCall

        self.run(spider, self.opened_suites)
        for path, interval in self.periodic_suites.items():
            # A new suite each time, as Spidermon does: no monitor state carries over between runs.
            task = LoopingCall(lambda path=path: self.run(spider, [self.suite(path)]))
            task.start(float(interval), now=False)
            self.periodic_tasks.append(task)

    def spider_closed(self, spider):
        self.run(spider, self.closed_suites)
        for task in self.periodic_tasks:
            if task.running:
                task.stop()

    def engine_stopped(self):
        self.run(self.crawler.spider, self.stopped_suites)

    def run(self, spider, suites) -> None:
        from spidermon.contrib.scrapy.runners import SpiderMonitorRunner

        # The data Spidermon's extension gives its suites (no Scrapy Cloud job here).
        data = {
            "stats": self.crawler.stats.get_stats(),
            "stats_history": getattr(spider, "stats_history", []),
            "crawler": self.crawler,
            "spider": spider,
            "sc_spider_name": os.getenv("SHUB_VIRTUAL_SPIDER") or spider.name,
            "job": None,
        }
        for suite in suites:
            SpiderMonitorRunner(spider=spider).run(suite, **data)
