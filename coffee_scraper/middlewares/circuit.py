"""Per-domain circuit breaker: a failing shop's requests wait out a recovery period, other shops keep crawling.

closed --N consecutive failures--> open --CIRCUIT_RECOVERY_TIMEOUT--> half-open --one probe-->
closed (probe succeeded) or open again (probe failed). Failures are 5xx responses and download errors
(timeouts, refused/reset connections: the RETRY_EXCEPTIONS); 4xx, 404 included, are answers, not failures.

How deferral works, and why this way: a request for an open domain is kept aside in memory, not sent and
not dropped, and handed back to the engine (`engine.crawl`) when its domain half-opens (one request, the
probe) or closes (all of them). Requests are caught where they enter the scheduler (a `request_scheduled`
handler raising `CircuitOpenDeferral`, an IgnoreRequest the engine drops silently: no errback, no log) and,
for those already scheduled when the circuit opened, in process_request, which returns the request to the
engine so that the same handler keeps it. Requests already queued in the domain's download slot are sent
back the same way. Kept-aside requests sit in neither the downloader nor its slots, so they hold none of
CONCURRENT_REQUESTS and other domains run at full speed; raising the slot delay instead would park them in
the downloader for the whole recovery period, where a few dozen of them stall every other domain.
While any request is kept aside the spider does not close (spider_idle raises DontCloseSpider).

The breaker's state lives behind `CircuitStateStore` (in memory now) so that it can move to Redis to be
shared by several workers; kept-aside requests stay with the worker that scheduled them.
Monitoring: `crawler.get_downloader_middleware(CircuitBreakerMiddleware).states()` -> {domain: state}, stats `coffee/circuit/...`, and the
`circuit_state_changed` signal (domain, old, new, roaster).
"""
from __future__ import annotations

import logging
from collections import defaultdict, deque
from typing import Any

from scrapy import signals
from scrapy.exceptions import DontCloseSpider, IgnoreRequest
from scrapy.utils.asyncio import call_later
from scrapy.utils.misc import build_from_crawler, load_object
from twisted.internet.error import TCPTimedOutError, TimeoutError
from twisted.python.failure import Failure

from coffee_scraper.context import CrawlContext
from coffee_scraper.middlewares.breaker import (
    CLOSED, HALF_OPEN, OPEN, CircuitBreaker, CircuitState, CircuitStateStore, InMemoryCircuitStateStore,
)
from coffee_scraper.middlewares.slots import slot_key

logger = logging.getLogger("coffee_scraper.fetch")

PROBE_META = "circuit_probe"
# Sent on every transition: handler(domain, old, new, roaster, reason).
circuit_state_changed = object()


def _describe(exception: Exception) -> str:
    text = str(exception)
    if "ConnectionLost" in text or "ConnectionDone" in text:  # DownloadFailedError wraps a list of Failures
        text = "connection lost"
    return f"{type(exception).__name__}: {text[:120]}"


class CircuitOpenDeferral(IgnoreRequest):
    """The request's domain has an open circuit: it is kept aside and re-sent later, not dropped.

    Never reaches a callback or errback in normal operation; an errback that sees it should ignore it.
    """


# -- the middleware ---------------------------------------------------------------------------------------
class CircuitBreakerMiddleware:
    CIRCUIT_FAILURE_THRESHOLD = 5
    CIRCUIT_RECOVERY_TIMEOUT = 60.0
    PROBE_RECHECK = 2.0  # seconds, while half-open with a probe out and requests kept aside
    CIRCUIT_STATE_STORE = None  # import path of a CircuitStateStore class (built with from_crawler); None: in memory
    # Timeouts as raised by twisted itself, besides the RETRY_EXCEPTIONS Scrapy's handlers raise.
    EXTRA_FAILURE_EXCEPTIONS = (TimeoutError, TCPTimedOutError)

    def __init__(self, crawler, threshold: int, recovery_timeout: float, store: CircuitStateStore | None = None):
        self.crawler = crawler
        self.call_later = call_later
        self.breaker = CircuitBreaker(store or InMemoryCircuitStateStore(), threshold, recovery_timeout,
                                      on_transition=self._on_transition)
        self.failure_exceptions = (
            *(load_object(e) if isinstance(e, str) else e for e in crawler.settings.getlist("RETRY_EXCEPTIONS")),
            *self.EXTRA_FAILURE_EXCEPTIONS,
        )
        self._deferred: dict[str, deque] = defaultdict(deque)  # domain -> requests kept aside, in order
        self._timers: dict[str, Any] = {}

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        store_path = settings.get("CIRCUIT_STATE_STORE", cls.CIRCUIT_STATE_STORE)
        mw = cls(
            crawler,
            settings.getint("CIRCUIT_FAILURE_THRESHOLD", cls.CIRCUIT_FAILURE_THRESHOLD),
            settings.getfloat("CIRCUIT_RECOVERY_TIMEOUT", cls.CIRCUIT_RECOVERY_TIMEOUT),
            build_from_crawler(load_object(store_path), crawler) if store_path else None,
        )
        crawler.signals.connect(mw._request_scheduled, signal=signals.request_scheduled)
        # 5xx are seen when they arrive, before the downloader sends the domain's next queued request.
        crawler.signals.connect(mw._response_downloaded, signal=signals.response_downloaded)
        crawler.signals.connect(mw._spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(mw._spider_closed, signal=signals.spider_closed)
        return mw

    def states(self) -> dict[str, str]:
        """{domain: "closed" | "open" | "half_open"} for every domain that has had a failure."""
        return {domain: self.breaker.state(domain) for domain, _ in self.breaker.store.items()}

    def deferred_count(self, domain: str | None = None) -> int:
        if domain is not None:
            return len(self._deferred.get(domain, ()))
        return sum(len(q) for q in self._deferred.values())

    # -- keeping requests aside -----------------------------------------------------------------------------
    def _request_scheduled(self, request, **_: Any) -> None:
        domain = slot_key(self.crawler, request)
        if not self.breaker.holds(domain):
            return
        self._keep_aside(domain, request)
        raise CircuitOpenDeferral(f"circuit open for {domain}")

    def _keep_aside(self, domain: str, request) -> None:
        self._deferred[domain].append(request)
        stats = self.crawler.stats
        stats.inc_value("coffee/circuit/deferred")
        stats.inc_value(f"coffee/circuit/{domain}/deferred")
        if self.breaker.state(domain) == OPEN and domain not in self._timers:
            self._schedule_recovery(domain)

    def process_request(self, request):
        domain = slot_key(self.crawler, request)
        decision, probe = self.breaker.allow(domain, request.meta.get("roaster"))
        if decision == "pass":
            return None
        if decision == "probe":
            request.meta[PROBE_META] = probe
            self.crawler.stats.inc_value("coffee/circuit/probes")
            logger.info("roaster=%s domain=%s circuit half-open: probe %s", request.meta.get("roaster", "?"),
                        domain, request.url)
            return None
        # Scheduled before the circuit opened: back to the engine, whose request_scheduled handler keeps
        # it aside. dont_filter: the dupefilter has already seen it.
        return request.replace(dont_filter=True)

    def _release(self, domain: str, count: int | None = None) -> int:
        engine = self.crawler.engine
        queue = self._deferred.get(domain)
        released = 0
        while queue and (count is None or released < count):
            if engine is None or getattr(engine, "spider", None) is None:
                break
            engine.crawl(queue.popleft())
            released += 1
        if queue is not None and not queue:
            self._deferred.pop(domain, None)
        return released

    def _evict_queued(self, domain: str) -> None:
        """Requests already waiting in the domain's download slot go back to the engine (and aside).

        Scrapy has no public hook between a slot's queue and the download (process_request ran before
        the request was queued), so this one reads Slot.queue; see the module docstring for why.
        """
        downloader = getattr(getattr(self.crawler, "engine", None), "downloader", None)
        slot = downloader.slots.get(domain) if downloader is not None else None
        while slot is not None and slot.queue:
            request, dfd = slot.queue.popleft()
            # Fails the download with CircuitOpenDeferral; process_exception below returns the request.
            dfd.errback(Failure(CircuitOpenDeferral(f"circuit open for {domain}")))

    # -- outcomes -------------------------------------------------------------------------------------------
    def _is_failure_status(self, status: int) -> bool:
        return status >= 500

    def _observe(self, request, failed: bool, reason: str) -> None:
        domain = slot_key(self.crawler, request)
        probe = request.meta.get(PROBE_META)
        if failed:
            self.breaker.record_failure(domain, probe, request.meta.get("roaster"), reason)
        else:
            self.breaker.record_success(domain, probe)

    def _response_downloaded(self, response, request, **_: Any) -> None:
        request.meta["_circuit_seen"] = id(response)
        self._observe(request, self._is_failure_status(response.status), f"HTTP {response.status}")

    def process_response(self, request, response):
        if "cached" in response.flags:
            return response  # from the HTTP cache, not from the shop
        if request.meta.pop("_circuit_seen", None) != id(response):
            self._observe(request, self._is_failure_status(response.status), f"HTTP {response.status}")
        request.meta.pop(PROBE_META, None)  # a retry of the probe is not the probe
        return response

    def process_exception(self, request, exception):
        if isinstance(exception, CircuitOpenDeferral):
            return request.replace(dont_filter=True)  # evicted from the slot queue: keep it aside
        probe = request.meta.pop(PROBE_META, None)
        if isinstance(exception, self.failure_exceptions):
            request.meta[PROBE_META] = probe
            self._observe(request, True, _describe(exception))
            request.meta.pop(PROBE_META, None)
        elif probe is not None:
            # The probe ended without telling us anything about the shop: let another request probe.
            domain = slot_key(self.crawler, request)
            self.breaker.abandon_probe(domain, probe)
            self._release_probe(domain)
        return None

    # -- transitions ----------------------------------------------------------------------------------------
    def _schedule_recovery(self, domain: str) -> None:
        timer = self._timers.pop(domain, None)
        if timer is not None:
            timer.cancel()
        self._timers[domain] = self.call_later(self.breaker.remaining(domain), self._recovery_due, domain)

    def _recovery_due(self, domain: str) -> None:
        self._timers.pop(domain, None)
        state = self.breaker.state(domain)
        if state == OPEN:  # re-opened meanwhile
            self._schedule_recovery(domain)
        elif state == CLOSED:  # closed by another worker sharing the store
            self._release(domain)
        elif self.breaker.store.get(domain).probe is None:
            self._release_probe(domain)
        elif self._deferred.get(domain):
            # A probe is out (maybe another worker's): look again soon, its outcome may not reach us.
            self._timers[domain] = self.call_later(self.PROBE_RECHECK, self._recovery_due, domain)

    def _release_probe(self, domain: str) -> None:
        if self.breaker.state(domain) == HALF_OPEN and self.breaker.store.get(domain).probe is None:
            self._release(domain, 1)  # becomes the probe in process_request, unless another gets there first

    def _on_transition(self, domain: str, old: CircuitState, new: CircuitState, reason: str) -> None:
        stats = self.crawler.stats
        roaster = new.roaster or "?"
        stats.set_value(f"coffee/circuit/{domain}/state", new.state)
        if new.state == OPEN:
            stats.inc_value("coffee/circuit/opened")
            stats.inc_value(f"coffee/circuit/{domain}/opened")
            again = old.state == HALF_OPEN
            message = (f"circuit {'re-opened: probe failed' if again else 'open'} ({reason}"
                       f"{'' if again else f', {new.failures} consecutive failures'}); requests to {domain} "
                       f"wait {self.breaker.recovery_timeout:g}s")
            logger.warning("roaster=%s domain=%s %s", roaster, domain, message)
            if not again:
                CrawlContext.of(self.crawler).record_incident(roaster, "circuit_open", domain, message)
            self._evict_queued(domain)
            self._schedule_recovery(domain)
        elif new.state == HALF_OPEN:
            stats.inc_value("coffee/circuit/half_opened")
            logger.info("roaster=%s domain=%s circuit half-open after %gs: one probe request", roaster, domain,
                        self.breaker.recovery_timeout)
        elif new.state == CLOSED:
            stats.inc_value("coffee/circuit/closed")
            waiting = self.deferred_count(domain)
            logger.info("roaster=%s domain=%s circuit closed: probe succeeded, %d kept-aside requests resume",
                        roaster, domain, waiting)
            timer = self._timers.pop(domain, None)
            if timer is not None:
                timer.cancel()
            self._release(domain)
        self.crawler.signals.send_catch_log(circuit_state_changed, domain=domain, old=old.state,
                                            new=new.state, roaster=new.roaster, reason=reason)

    # -- spider lifecycle -----------------------------------------------------------------------------------
    def _spider_idle(self, **_: Any) -> None:
        if not self.deferred_count():
            return
        for domain in list(self._deferred):
            state = self.breaker.state(domain)
            if state == CLOSED:
                self._release(domain)
            elif state == HALF_OPEN:
                self._release_probe(domain)  # e.g. a released probe candidate was a duplicate
        raise DontCloseSpider

    def _spider_closed(self, **_: Any) -> None:
        for timer in self._timers.values():
            timer.cancel()
        self._timers.clear()
        dropped = self.deferred_count()
        if dropped:
            self.crawler.stats.set_value("coffee/circuit/deferred_dropped", dropped)
            logger.warning("spider closed with %d requests still waiting on open circuits", dropped)
        self._deferred.clear()
