"""Per-domain waits applied through Scrapy's download slots: the one place that raises and restores slot delays.

Retry-After, backoff and rate limits all need "the next request to this domain leaves no earlier than T"
or "requests to this domain leave at least S seconds apart". Scrapy's downloader already does that without
blocking the reactor: a slot sends its next queued request once `slot.lastseen + slot.delay` has passed
(AutoThrottle works the same way). So we raise the slot's delay, with jitter off so the time is exact, and
put back what was there once no wait remains. Other slots (domains) are never touched.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import Any

from scrapy import signals
from scrapy.utils.asyncio import call_later
from scrapy.utils.httpobj import urlparse_cached

logger = logging.getLogger("coffee_scraper.fetch")


def slot_key(crawler, request) -> str:
    """The download slot a request goes through (its host unless meta['download_slot']): our "domain"."""
    engine = getattr(crawler, "engine", None)
    downloader = getattr(engine, "downloader", None)
    if downloader is not None:
        return downloader.get_slot_key(request)
    return request.meta.get("download_slot") or urlparse_cached(request).hostname or ""


@dataclass
class _Wait:
    until: float = 0.0  # time.monotonic(): the slot's next request leaves no earlier than this
    spacing: dict[str, float] = field(default_factory=dict)  # source -> minimum seconds between requests
    slot: Any = None  # the Slot object we changed (the downloader may drop idle slots and make new ones)
    saved: tuple[float, float] | None = None  # its (delay, jitter) before we touched it
    applied: float | None = None  # the delay we last set, to tell it from a change made by someone else
    timer: Any = None


class SlotDelays:
    """Holds on download slots, shared by every middleware of one crawler (`SlotDelays.of(crawler)`)."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.clock = time.monotonic  # the downloader's clock (Slot.lastseen)
        self.call_later = call_later
        self._waits: dict[str, _Wait] = {}
        # A request reaching a brand-new slot gets the pending wait before it is queued; after each
        # response AutoThrottle may have moved the delay (it runs first: extensions connect before
        # middlewares), so we put our minimum back, keeping any higher value it chose.
        crawler.signals.connect(self._reapply, signal=signals.request_reached_downloader)
        crawler.signals.connect(self._reapply, signal=signals.response_downloaded)
        crawler.signals.connect(self._close, signal=signals.spider_closed)

    @classmethod
    def of(cls, crawler) -> "SlotDelays":
        delays = getattr(crawler, "slot_delays", None)
        if delays is None:
            delays = crawler.slot_delays = cls(crawler)
        return delays

    # -- what the middlewares ask for ---------------------------------------------------------------
    def hold_until(self, key: str, until: float) -> None:
        """The next request through slot `key` leaves no earlier than `until` (time.monotonic())."""
        wait = self._waits.setdefault(key, _Wait())
        if until <= wait.until:
            return
        wait.until = until
        if wait.timer is not None:
            wait.timer.cancel()
        # Re-evaluated when the hold expires, to restore the slot's own delay.
        wait.timer = self.call_later(max(0.0, until - self.clock()), self._expire, key)
        self.apply(key)

    def set_spacing(self, key: str, source: str, seconds: float | None) -> None:
        """Requests through slot `key` leave at least `seconds` apart while set (None/0 lifts it)."""
        wait = self._waits.get(key)
        if seconds:
            wait = wait or self._waits.setdefault(key, _Wait())
            if wait.spacing.get(source) == seconds:
                return
            wait.spacing[source] = seconds
        elif wait is None or wait.spacing.pop(source, None) is None:
            return
        self.apply(key)

    def remaining(self, key: str) -> float:
        wait = self._waits.get(key)
        return max(0.0, wait.until - self.clock()) if wait else 0.0

    # -- applying them to the slot --------------------------------------------------------------------
    def slot(self, key: str):
        """The downloader's Slot for `key`, None before its first request (or after it was dropped idle)."""
        engine = getattr(self.crawler, "engine", None)
        downloader = getattr(engine, "downloader", None)
        return downloader.slots.get(key) if downloader is not None else None

    def apply(self, key: str) -> None:
        wait = self._waits.get(key)
        if wait is None:
            return
        now = self.clock()
        holding = wait.until > now
        slot = self.slot(key)
        if slot is not None and slot is not wait.slot:
            wait.slot, wait.saved, wait.applied = slot, None, None
        if holding or wait.spacing:
            if slot is None:
                return  # no slot yet: applied on request_reached_downloader, before the request is queued
            required = max(wait.spacing.values(), default=0.0)
            if holding:
                # The slot waits until lastseen + delay, so this delay makes "no earlier than until" exact.
                required = max(required, wait.until - slot.lastseen)
            if wait.saved is None:
                wait.saved = (slot.delay, slot.jitter)
            ours = wait.applied is None or slot.delay == wait.applied
            # Keep someone else's higher delay (AutoThrottle); never go below what we need.
            new = max(required, wait.saved[0] if ours else slot.delay)
            if new != wait.applied:
                logger.debug("slot %s: delay %.3fs (own %.3fs), next request in %.3fs", key, new,
                             wait.saved[0], max(0.0, slot.lastseen + new - now))
            slot.delay, slot.jitter, wait.applied = new, 0.0, new
            return
        # Nothing to wait for: restore what was there, unless someone else has changed it since.
        if slot is not None and wait.saved is not None:
            if slot.delay == wait.applied:
                slot.delay = wait.saved[0]
            slot.jitter = wait.saved[1]
        if wait.timer is not None:
            wait.timer.cancel()
        del self._waits[key]

    def _expire(self, key: str) -> None:
        wait = self._waits.get(key)
        if wait is not None:
            wait.timer = None
            self.apply(key)

    def _reapply(self, request, **_: Any) -> None:
        key = request.meta.get("download_slot")
        if key in self._waits:
            self.apply(key)

    def _close(self, **_: Any) -> None:
        for wait in self._waits.values():
            if wait.timer is not None:
                wait.timer.cancel()
        self._waits.clear()
