"""Retry middleware with exponential backoff and jitter that honours Retry-After (replaces Scrapy's RetryMiddleware).

Scrapy's RetryMiddleware re-sends a 429/503 at once and ignores Retry-After. Here every retry waits
`backoff` (RETRY_BACKOFF_BASE * 2^(n-1), capped at RETRY_BACKOFF_MAX, with jitter), or longer when a 429
or 503 says Retry-After (delta-seconds or HTTP-date). The wait is put on the domain's download slot
(`SlotDelays`), so nothing sleeps and no concurrency slot is held; other domains are unaffected.
A Retry-After longer than RETRY_AFTER_MAX gives the request up and records an incident.
"""
from __future__ import annotations

import email.utils
import logging
import random
import time
from dataclasses import dataclass

from scrapy import signals
from scrapy.downloadermiddlewares.retry import RetryMiddleware, get_retry_request
from scrapy.utils.response import response_status_message

from coffee_scraper.context import CrawlContext
from coffee_scraper.middlewares.slots import SlotDelays, slot_key

logger = logging.getLogger("coffee_scraper.fetch")

_PLAN_META = "_coffee_retry_plan"


def parse_retry_after(value: bytes | str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After value (delta-seconds or HTTP-date); None when absent or invalid."""
    if value is None:
        return None
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    value = value.strip()
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # RFC 9110 dates are GMT
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


@dataclass(frozen=True)
class _Plan:
    """What one retryable response asks for: decided once, when it arrives (see _response_downloaded)."""

    response_id: int
    wait: float  # seconds the domain waits before its next request
    retry_after: float | None  # the server's Retry-After, when it sent one on a 429/503
    give_up: bool  # Retry-After beyond RETRY_AFTER_MAX


class BackoffRetryMiddleware(RetryMiddleware):
    RETRY_BACKOFF_BASE = 1.0  # seconds before the first retry (halved at worst by the jitter)
    RETRY_BACKOFF_MAX = 60.0
    RETRY_AFTER_MAX = 300.0
    # Retrying these is useless and impolite (auth, gone); removed even if RETRY_HTTP_CODES lists them.
    NEVER_RETRY = frozenset({401, 403, 404, 410})
    RETRY_AFTER_CODES = frozenset({429, 503})

    @classmethod
    def from_crawler(cls, crawler):
        mw = super().from_crawler(crawler)
        settings = crawler.settings
        mw.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE", cls.RETRY_BACKOFF_BASE)
        mw.backoff_max = settings.getfloat("RETRY_BACKOFF_MAX", cls.RETRY_BACKOFF_MAX)
        mw.retry_after_max = settings.getfloat("RETRY_AFTER_MAX", cls.RETRY_AFTER_MAX)
        mw.retry_http_codes = mw.retry_http_codes - cls.NEVER_RETRY
        mw.delays = SlotDelays.of(crawler)
        # response_downloaded fires before the downloader frees the slot for its next queued request;
        # process_response comes after, too late to stop that request leaving before Retry-After.
        crawler.signals.connect(mw._response_downloaded, signal=signals.response_downloaded)
        return mw

    def retry_request(self, request, reason):
        """The next attempt of REQUEST, or None once its retries are spent (Scrapy's public helper)."""
        meta = request.meta
        return get_retry_request(
            request, spider=self.crawler.spider, reason=reason,
            max_retry_times=meta.get("max_retry_times", self.max_retry_times),
            priority_adjust=meta.get("priority_adjust", self.priority_adjust),
            give_up_log_level=meta.get("give_up_log_level", self.give_up_log_level),
        )

    def backoff(self, attempt: int) -> float:
        """Equal jitter: between half and all of base * 2^(attempt-1), capped; spreads retries of many requests."""
        ceiling = min(self.backoff_max, self.backoff_base * 2 ** max(0, attempt - 1))
        return ceiling / 2 + random.uniform(0, ceiling / 2)  # noqa: S311 - not crypto

    # -- responses --------------------------------------------------------------------------------------
    def _plan(self, request, response) -> _Plan | None:
        retry_after = None
        if response.status in self.RETRY_AFTER_CODES:
            retry_after = parse_retry_after(response.headers.get(b"Retry-After"))
        retrying = response.status in self.retry_http_codes and not request.meta.get("dont_retry", False)
        if not retrying and retry_after is None:
            return None
        if retry_after is not None and retry_after > self.retry_after_max:
            return _Plan(id(response), 0.0, retry_after, give_up=True)
        wait = self.backoff(request.meta.get("retry_times", 0) + 1) if retrying else 0.0
        return _Plan(id(response), max(wait, retry_after or 0.0), retry_after, give_up=False)

    def _response_downloaded(self, response, request, **_) -> None:
        plan = self._plan(request, response)
        if plan is not None:
            request.meta[_PLAN_META] = plan
            self._hold(request, plan.wait)

    def _hold(self, request, wait: float) -> None:
        if wait > 0:
            self.delays.hold_until(slot_key(self.crawler, request), self.delays.clock() + wait)

    def process_response(self, request, response):
        plan = request.meta.pop(_PLAN_META, None)
        if plan is None or plan.response_id != id(response):
            plan = self._plan(request, response)  # no signal (a unit test, a cached response)
            if plan is not None:
                self._hold(request, plan.wait)
        if plan is None:
            return response
        stats = self.crawler.stats
        if plan.give_up:
            self._give_up(request, response, plan.retry_after)
            return response
        if plan.retry_after is not None:
            stats.inc_value("coffee/retry/retry_after_honoured")
            stats.max_value("coffee/retry/wait_seconds", plan.wait)
        if response.status not in self.retry_http_codes or request.meta.get("dont_retry", False):
            return response
        new = self.retry_request(request, response_status_message(response.status))
        if new is None:
            return response
        stats.inc_value("coffee/retry/count")
        stats.max_value("coffee/retry/wait_seconds", plan.wait)
        logger.debug("roaster=%s url=%s HTTP %s: retry %d in %.1fs%s", request.meta.get("roaster", "?"),
                     request.url, response.status, new.meta["retry_times"], plan.wait,
                     f" (Retry-After {plan.retry_after:.0f}s)" if plan.retry_after is not None else "")
        return new

    def _give_up(self, request, response, retry_after: float) -> None:
        slug = request.meta.get("roaster", "?")
        message = (f"HTTP {response.status} with Retry-After {retry_after:.0f}s, beyond RETRY_AFTER_MAX "
                   f"{self.retry_after_max:.0f}s: request given up")
        self.crawler.stats.inc_value("coffee/retry/retry_after_too_long")
        CrawlContext.of(self.crawler).record_incident(slug, "retry_after_too_long", request.url, message)

    # -- download errors (timeouts, resets, refused connections) -------------------------------------------
    def process_exception(self, request, exception):
        if not isinstance(exception, self.exceptions_to_retry) or request.meta.get("dont_retry", False):
            return None
        new = self.retry_request(request, exception)
        if new is None:
            return None
        # Scrapy has no hook before the slot frees itself on an error, so a request already queued for
        # this domain may leave at once; the backoff applies from the next one.
        wait = self.backoff(new.meta["retry_times"])
        self._hold(request, wait)
        self.crawler.stats.inc_value("coffee/retry/count")
        self.crawler.stats.max_value("coffee/retry/wait_seconds", wait)
        return new
