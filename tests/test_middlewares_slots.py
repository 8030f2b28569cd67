"""SlotDelays: waits put on download slots, restored afterwards; plus the fakes the middleware unit tests share."""
from __future__ import annotations

import heapq
import itertools
from types import SimpleNamespace

from scrapy import Request, signals
from scrapy.core.downloader import Slot
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.spiders import Spider
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.test import get_crawler
from twisted.python.failure import Failure

from coffee_scraper.middlewares.slots import SlotDelays


class FakeClock:
    """time.monotonic() and call_later() in one, moved by hand."""

    def __init__(self, now: float = 1000.0):
        self.now = now
        self._timers: list = []
        self._seq = itertools.count()

    def __call__(self) -> float:
        return self.now

    def call_later(self, delay, func, *args):
        entry = [self.now + delay, next(self._seq), func, args, False]
        heapq.heappush(self._timers, entry)
        return SimpleNamespace(cancel=lambda: entry.__setitem__(4, True))

    def advance(self, seconds: float) -> None:
        end = self.now + seconds
        while self._timers and self._timers[0][0] <= end:
            when, _, func, args, cancelled = heapq.heappop(self._timers)
            self.now = max(self.now, when)
            if not cancelled:
                func(*args)
        self.now = end


class FakeDownloader:
    def __init__(self):
        self.slots: dict[str, Slot] = {}

    def get_slot_key(self, request) -> str:
        return request.meta.get("download_slot") or urlparse_cached(request).hostname or ""

    def add_slot(self, key: str, delay: float = 0.25, jitter: float = 0.5, lastseen: float = 0.0) -> Slot:
        slot = self.slots[key] = Slot(2, delay, jitter)
        slot.lastseen = lastseen
        return slot


class FakeEngine:
    """What the middlewares use of the engine: the downloader, the spider, and crawl() (which sends
    request_scheduled and drops the request when a handler raises IgnoreRequest, as the engine does)."""

    def __init__(self, crawler, spider):
        self.crawler = crawler
        self.downloader = FakeDownloader()
        self.spider = spider
        self.scheduled: list[Request] = []

    def crawl(self, request) -> None:
        results = self.crawler.signals.send_catch_log(signals.request_scheduled, request=request,
                                                      spider=self.spider, dont_log=IgnoreRequest)
        if not any(isinstance(r, Failure) and isinstance(r.value, IgnoreRequest) for _, r in results):
            self.scheduled.append(request)


def make_crawler(settings=None, spidercls=Spider, clock: FakeClock | None = None, **spider_attrs):
    """A crawler as in Scrapy's tests (get_crawler), with a fake engine and a hand-moved clock."""
    settings = {"REMOTE_CONTROL_ENABLED": False, **(settings or {})}
    crawler = get_crawler(spidercls, settings)
    spider = spidercls(name="test") if spidercls is Spider else spidercls()
    spider.crawler = crawler
    for key, value in spider_attrs.items():
        setattr(spider, key, value)
    crawler.spider = spider
    crawler.engine = FakeEngine(crawler, spider)
    crawler.stats.open_spider()
    clock = clock or FakeClock()
    delays = SlotDelays.of(crawler)
    delays.clock, delays.call_later = clock, clock.call_later
    return crawler, clock


def req(url: str, **meta) -> Request:
    request = Request(url, meta=meta)
    request.meta.setdefault("download_slot", urlparse_cached(request).hostname)
    return request


def resp(request, status=200, headers=None, flags=None) -> Response:
    return Response(request.url, status=status, headers=headers or {}, request=request, flags=flags)


def next_leaves(slot: Slot) -> float:
    """When the downloader would send this slot's next request (jitter must be off for this to be exact)."""
    assert slot.jitter == 0
    return slot.lastseen + slot.delay


# ----------------------------------------------------------------------------------------------------------
def test_hold_raises_only_that_slot_and_restores_it():
    crawler, clock = make_crawler()
    dl = crawler.engine.downloader
    held = dl.add_slot("a.example", delay=0.25, jitter=0.5, lastseen=clock.now - 0.1)
    other = dl.add_slot("b.example", delay=0.25, jitter=0.5, lastseen=clock.now - 0.1)
    delays = crawler.slot_delays
    delays.hold_until("a.example", clock.now + 10)
    assert next_leaves(held) == clock.now + 10
    assert (other.delay, other.jitter) == (0.25, 0.5)
    clock.advance(9.9)
    assert next_leaves(held) == clock.now + 0.1
    clock.advance(0.2)
    assert (held.delay, held.jitter) == (0.25, 0.5)
    assert delays.remaining("a.example") == 0


def test_a_new_slot_gets_a_pending_hold_before_its_first_request_is_queued():
    crawler, clock = make_crawler()
    crawler.slot_delays.hold_until("new.example", clock.now + 5)
    request = req("https://new.example/")
    slot = crawler.engine.downloader.add_slot("new.example", delay=0.0, lastseen=0.0)
    crawler.signals.send_catch_log(signals.request_reached_downloader, request=request, spider=crawler.spider)
    assert slot.lastseen + slot.delay - clock.now == 5  # Slot waits until lastseen + delay


def test_autothrottle_cannot_lower_a_hold_and_its_higher_delay_is_kept():
    crawler, clock = make_crawler()
    slot = crawler.engine.downloader.add_slot("a.example", delay=0.5, lastseen=clock.now)
    crawler.slot_delays.hold_until("a.example", clock.now + 20)
    request = req("https://a.example/")
    slot.delay = 10.0  # AutoThrottle averaging our 20 s with a short latency
    crawler.signals.send_catch_log(signals.response_downloaded, response=resp(request), request=request,
                                   spider=crawler.spider)
    assert next_leaves(slot) == clock.now + 20
    clock.advance(21)
    assert (slot.delay, slot.jitter) == (0.5, 0.5)  # what was there before

    crawler.slot_delays.hold_until("a.example", clock.now + 2)
    slot.delay = 30.0  # AutoThrottle wants more than we do: not fought ...
    crawler.signals.send_catch_log(signals.response_downloaded, response=resp(request), request=request,
                                   spider=crawler.spider)
    assert slot.delay == 30.0
    slot.delay = 25.0  # ... and when it moves again after our last change, it is left alone at the end
    clock.advance(3)
    assert slot.delay == 25.0 and slot.jitter == 0.5


def test_spacing_and_hold_combine_and_lift_separately():
    crawler, clock = make_crawler()
    slot = crawler.engine.downloader.add_slot("a.example", delay=0.1, lastseen=clock.now)
    delays = crawler.slot_delays
    delays.set_spacing("a.example", "rate_limit", 3.0)
    assert slot.delay == 3.0 and slot.jitter == 0
    delays.hold_until("a.example", clock.now + 8)
    assert next_leaves(slot) == clock.now + 8
    clock.advance(9)
    assert slot.delay == 3.0  # the spacing remains
    delays.set_spacing("a.example", "rate_limit", None)
    assert (slot.delay, slot.jitter) == (0.1, 0.5)
