"""Per-domain request limits per minute and per hour (token buckets), enforced through the download slot's delay.

Settings DOMAIN_RATE_LIMIT_PER_MINUTE / DOMAIN_RATE_LIMIT_PER_HOUR (0 = unlimited) apply to every domain;
a roaster's registry entry may override them (`settings: {requests_per_minute: N, requests_per_hour: N}`).
A bucket holds N tokens and refills N per window. Each request that reaches the downloader takes one; while
a bucket is in debt the domain's slot spaces requests window/N apart (the refill rate) and its first waiting
request leaves no earlier than its token exists. Nothing sleeps, nothing is dropped, other domains go on.
Place it after HttpCacheMiddleware (900) so that cache hits take no token.

Distributed crawls (RATE_LIMIT_STORE set, see coffee_scraper.distributed.RedisRateLimitStore) keep the
buckets and the Retry-After deadlines of 429/503 answers in the store instead, so the shop sees the
configured rate whatever the number of workers. There each request takes its token from the shared bucket
and waits (a timer, not a sleep) until that token exists and any Retry-After has passed: slot spacing
cannot work across processes, since each worker would space its own requests at the full rate.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any

from scrapy import signals
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.misc import build_from_crawler, load_object
from twisted.internet.defer import Deferred

from coffee_scraper.middlewares.retry import parse_retry_after
from coffee_scraper.middlewares.slots import SlotDelays, slot_key

logger = logging.getLogger("coffee_scraper.fetch")


@dataclass
class TokenBucket:
    capacity: float  # requests allowed per window (the burst)
    window: float  # seconds
    tokens: float
    stamp: float  # clock time of the last refill

    @classmethod
    def full(cls, capacity: float, window: float, now: float) -> "TokenBucket":
        return cls(capacity, window, capacity, now)

    @property
    def interval(self) -> float:
        """Seconds per token: the spacing of requests once the burst is spent."""
        return self.window / self.capacity

    def refill(self, now: float) -> None:
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) / self.interval)
        self.stamp = now

    def take(self, now: float) -> float:
        """Take a token (going into debt if none is left); returns seconds until the token exists."""
        self.refill(now)
        self.tokens -= 1
        return self.debt_seconds()

    def debt_seconds(self) -> float:
        return max(0.0, -self.tokens) * self.interval


class DomainRateLimitMiddleware:
    DOMAIN_RATE_LIMIT_PER_MINUTE = 0
    DOMAIN_RATE_LIMIT_PER_HOUR = 0
    SPACING_SOURCE = "rate_limit"

    def __init__(self, crawler, per_minute: int, per_hour: int):
        self.crawler = crawler
        self.per_minute = per_minute
        self.per_hour = per_hour
        self.delays = SlotDelays.of(crawler)
        self._buckets: dict[str, list[TokenBucket]] = {}
        self._overrides: dict[str, dict[str, Any]] | None = None  # host -> roaster settings
        self._lift_timers: dict[str, Any] = {}
        # Shared buckets and Retry-After deadlines (distributed crawls); None: the local buckets above.
        self.store = None
        self._waiting: dict[Deferred, Any] = {}  # requests waiting for a shared token -> their timer
        crawler.signals.connect(self._close, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        mw = cls(
            crawler,
            settings.getint("DOMAIN_RATE_LIMIT_PER_MINUTE", cls.DOMAIN_RATE_LIMIT_PER_MINUTE),
            settings.getint("DOMAIN_RATE_LIMIT_PER_HOUR", cls.DOMAIN_RATE_LIMIT_PER_HOUR),
        )
        if settings.get("RATE_LIMIT_STORE"):
            mw.store = build_from_crawler(load_object(settings["RATE_LIMIT_STORE"]), crawler)
        return mw

    # -- limits -----------------------------------------------------------------------------------------
    def limits(self, domain: str) -> tuple[int, int]:
        """(per minute, per hour) for a domain: the roaster's registry override, else the settings."""
        if self._overrides is None:
            self._overrides = {}
            for roaster in getattr(self.crawler.spider, "roasters", None) or []:
                host = roaster.host.removeprefix("www.")
                for name in (host, "www." + host):
                    self._overrides.setdefault(name, roaster.settings)
        own = self._overrides.get(domain, {})
        return (int(own.get("requests_per_minute", self.per_minute) or 0),
                int(own.get("requests_per_hour", self.per_hour) or 0))

    def _buckets_for(self, domain: str, now: float) -> list[TokenBucket]:
        buckets = self._buckets.get(domain)
        if buckets is None:
            per_minute, per_hour = self.limits(domain)
            buckets = [TokenBucket.full(n, window, now) for n, window in ((per_minute, 60.0), (per_hour, 3600.0)) if n > 0]
            self._buckets[domain] = buckets
            stats = self.crawler.stats
            if buckets:
                stats.set_value(f"coffee/throttle/{domain}/limit_per_minute", per_minute)
                stats.set_value(f"coffee/throttle/{domain}/limit_per_hour", per_hour)
        return buckets

    # -- requests ---------------------------------------------------------------------------------------
    def process_request(self, request):
        domain = slot_key(self.crawler, request)
        if self.store is not None:
            return self._shared_take(domain, request)
        now = self.delays.clock()
        buckets = self._buckets_for(domain, now)
        if not buckets:
            return None
        entering = domain not in self._lift_timers
        wait = max(b.take(now) for b in buckets)
        stats = self.crawler.stats
        stats.inc_value(f"coffee/throttle/{domain}/requests")
        if wait <= 0:
            return None
        self._count_wait(domain, wait)
        if entering:
            # The first request over the limit leaves when its token exists; the ones after it follow
            # at the refill rate (the slot spacing below), not all at once when that hold ends.
            self.delays.hold_until(domain, now + wait)
            logger.info("roaster=%s domain=%s over its rate limit (%s/min, %s/h): requests now %.1fs apart",
                        request.meta.get("roaster", "?"), domain, *self.limits(domain),
                        max(b.interval for b in buckets if b.tokens < 0))
        spacing = max(b.interval for b in buckets if b.tokens < 0)
        self.delays.set_spacing(domain, self.SPACING_SOURCE, spacing)
        stats.max_value(f"coffee/throttle/{domain}/spacing_seconds", round(spacing, 3))
        self._schedule_lift(domain, wait)
        return None

    def _shared_take(self, domain: str, request) -> Deferred | None:
        """Take this request's token from the shared bucket; wait until it exists (and Retry-After passed)."""
        per_minute, per_hour = self.limits(domain)
        limits = [(n, window) for n, window in ((per_minute, 60.0), (per_hour, 3600.0)) if n > 0]
        wait = self.store.take(domain, limits)
        stats = self.crawler.stats
        if limits:
            if stats.get_value(f"coffee/throttle/{domain}/limit_per_minute") is None:
                stats.set_value(f"coffee/throttle/{domain}/limit_per_minute", per_minute)
                stats.set_value(f"coffee/throttle/{domain}/limit_per_hour", per_hour)
            stats.inc_value(f"coffee/throttle/{domain}/requests")
        if wait <= 0:
            return None
        self._count_wait(domain, wait)
        logger.debug("roaster=%s domain=%s: request waits %.1fs for the crawl's shared rate limit",
                     request.meta.get("roaster", "?"), domain, wait)
        d = Deferred()
        self._waiting[d] = self.delays.call_later(wait, self._wake, d)
        return d

    def _count_wait(self, domain: str, wait: float) -> None:
        stats = self.crawler.stats
        stats.inc_value(f"coffee/throttle/{domain}/throttled")
        stats.inc_value("coffee/throttle/throttled")
        stats.max_value(f"coffee/throttle/{domain}/wait_seconds", round(wait, 3))

    def _wake(self, d: Deferred) -> None:
        if self._waiting.pop(d, None) is not None:
            d.callback(None)

    def process_response(self, request, response):
        # Distributed: a Retry-After holds every worker's requests to this domain, not only this one's
        # (this worker's own slot is held by BackoffRetryMiddleware).
        if self.store is not None and response.status in (429, 503):
            retry_after = parse_retry_after(response.headers.get(b"Retry-After"))
            if retry_after:
                self.store.defer(slot_key(self.crawler, request), retry_after)
        return response

    def _schedule_lift(self, domain: str, after: float) -> None:
        timer = self._lift_timers.pop(domain, None)
        if timer is not None:
            timer.cancel()
        self._lift_timers[domain] = self.delays.call_later(after, self._lift, domain)

    def _lift(self, domain: str) -> None:
        """Every token taken exists by now: the slot goes back to its own pace."""
        self._lift_timers.pop(domain, None)
        now = self.delays.clock()
        buckets = self._buckets.get(domain, [])
        for b in buckets:
            b.refill(now)
        wait = max((b.debt_seconds() for b in buckets), default=0.0)
        slot = self.delays.slot(domain)
        if wait <= 0 and slot is not None and slot.queue:
            # Requests held back early (queued before the spacing began) would all leave at once:
            # legal for the bucket, but keep the pace until they are gone.
            wait = max(b.interval for b in buckets)
        if wait > 0:
            self._schedule_lift(domain, wait)
            return
        self.delays.set_spacing(domain, self.SPACING_SOURCE, None)

    def _close(self, **_: Any) -> None:
        for timer in self._lift_timers.values():
            timer.cancel()
        self._lift_timers.clear()
        waiting, self._waiting = self._waiting, {}
        for d, timer in waiting.items():
            timer.cancel()
            d.errback(IgnoreRequest("crawl closed while the request waited for its rate-limit token"))
