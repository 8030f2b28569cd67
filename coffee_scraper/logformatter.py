"""Scrapy's log formatter, minus the per-response and per-item records the configured level drops anyway.

Scrapy's root handler filters by LOG_LEVEL, but the loggers themselves stay at DEBUG, so every
"Crawled", "Scraped from" and "Dropped" line still builds a LogRecord (a stack walk each) before
the handler throws it away: several percent of a fast crawl's CPU. Below LOG_LEVEL we return
None, which Scrapy documents as "do not log".
"""
from __future__ import annotations

import logging

from scrapy.logformatter import LogFormatter


class LevelAwareLogFormatter(LogFormatter):
    def __init__(self, min_level: int = logging.DEBUG):
        self.min_level = min_level

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        if not settings.getbool("LOG_ENABLED", True):
            return cls(logging.CRITICAL + 1)
        level = settings.get("LOG_LEVEL", "DEBUG")
        level = logging.getLevelName(level.upper()) if isinstance(level, str) else int(level)
        return cls(level if isinstance(level, int) else logging.DEBUG)

    def _keep(self, kwargs):
        return kwargs if kwargs is None or kwargs["level"] >= self.min_level else None

    def crawled(self, *args, **kwargs):
        return self._keep(super().crawled(*args, **kwargs))

    def scraped(self, *args, **kwargs):
        return self._keep(super().scraped(*args, **kwargs))

    def dropped(self, *args, **kwargs):
        return self._keep(super().dropped(*args, **kwargs))
