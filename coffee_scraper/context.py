"""The crawl's shared state, one typed object per crawler (`CrawlContext.of(crawler)`): roasters and incidents.

Spiders, middlewares, extensions, monitors and pipelines of one crawl read and write the same object
instead of untyped attributes of the spider: the roasters the crawl visits (set by the spider when it
resolves them) and the incidents recorded for each roaster (kept on its run row by the store).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from coffee_scraper.registry import Roaster

logger = logging.getLogger("coffee_scraper.incidents")


@dataclass
class CrawlContext:
    crawler: Any
    roasters: list["Roaster"] = field(default_factory=list)
    incidents: dict[str, list[dict]] = field(default_factory=dict)  # slug -> incidents, in order

    @classmethod
    def of(cls, crawler) -> "CrawlContext":
        context = getattr(crawler, "crawl_context", None)
        if context is None:
            context = crawler.crawl_context = cls(crawler)
        return context

    def roaster(self, slug: str) -> "Roaster | None":
        return next((r for r in self.roasters if r.slug == slug), None)

    def record_incident(self, slug: str, kind: str, url: str, message: str, fatal: bool = False) -> None:
        """Something went wrong for one roaster: logged (roaster, URL), counted, kept on its run row."""
        spider = getattr(self.crawler, "spider", None)
        log = getattr(spider, "logger", logger)
        log = log.error if fatal else log.warning
        log("roaster=%s url=%s %s: %s%s", slug, url, kind, message, " (roaster skipped this run)" if fatal else "")
        at = datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")
        self.incidents.setdefault(slug, []).append(
            {"kind": kind, "url": url, "message": message, "fatal": fatal, "at": at}
        )
        stats = getattr(self.crawler, "stats", None)
        if stats is not None:
            stats.inc_value(f"coffee/roaster/{slug}/incidents")
            stats.inc_value(f"coffee/incidents/{kind}")
