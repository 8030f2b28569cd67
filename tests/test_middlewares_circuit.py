"""CircuitBreakerMiddleware: per-domain closed/open/half-open, deferral without holding the downloader."""
from __future__ import annotations

import logging

import pytest
from scrapy import Request, signals
from scrapy.exceptions import DontCloseSpider, DownloadConnectionRefusedError, DownloadTimeoutError
from scrapy.utils.misc import build_from_crawler

from coffee_scraper.middlewares.circuit import (
    CLOSED, HALF_OPEN, OPEN, PROBE_META, CircuitBreaker, CircuitBreakerMiddleware, InMemoryCircuitStateStore,
    circuit_state_changed,
)
from tests.test_middlewares_slots import FakeClock, make_crawler, req, resp


# -- the state machine ------------------------------------------------------------------------------------
@pytest.fixture
def breaker():
    clock = FakeClock()
    return CircuitBreaker(InMemoryCircuitStateStore(), threshold=3, recovery_timeout=60, clock=clock), clock


def test_consecutive_failures_open_and_a_success_resets_the_count(breaker):
    cb, clock = breaker
    cb.record_failure("a"), cb.record_failure("a"), cb.record_success("a"), cb.record_failure("a")
    cb.record_failure("a")
    assert cb.state("a") == CLOSED
    cb.record_failure("a")
    assert cb.state("a") == OPEN and cb.state("b") == CLOSED
    assert cb.allow("a") == ("defer", None) and cb.allow("b") == ("pass", None)


def test_half_open_lets_exactly_one_probe_through(breaker):
    cb, clock = breaker
    for _ in range(3):
        cb.record_failure("a")
    clock.advance(59)
    assert cb.allow("a")[0] == "defer"
    clock.advance(1)
    assert cb.state("a") == HALF_OPEN
    decision, probe = cb.allow("a")
    assert decision == "probe" and probe
    assert [cb.allow("a")[0] for _ in range(5)] == ["defer"] * 5
    cb.record_success("a", probe=None)  # a request sent before the circuit opened: ignored
    assert cb.state("a") == HALF_OPEN
    cb.record_failure("a", probe=probe)
    assert cb.state("a") == OPEN  # probe failed: open again for a full period
    clock.advance(60)
    decision, probe = cb.allow("a")
    cb.record_success("a", probe=probe)
    assert cb.state("a") == CLOSED and cb.allow("a") == ("pass", None)


def test_an_abandoned_probe_lets_another_request_probe(breaker):
    cb, clock = breaker
    for _ in range(3):
        cb.record_failure("a")
    clock.advance(60)
    _, probe = cb.allow("a")
    cb.abandon_probe("a", probe)
    assert cb.allow("a")[0] == "probe"


# -- the middleware ---------------------------------------------------------------------------------------
@pytest.fixture
def setup():
    crawler, clock = make_crawler({"CIRCUIT_FAILURE_THRESHOLD": 3, "CIRCUIT_RECOVERY_TIMEOUT": 30})
    mw = build_from_crawler(CircuitBreakerMiddleware, crawler)
    mw.breaker.clock, mw.call_later = clock, clock.call_later
    return crawler, clock, mw


def fail(mw, url, status=503, **meta):
    request = req(url, **meta)
    return mw.process_response(request, resp(request, status))


def test_opens_on_5xx_defers_that_domain_only_and_recovers_through_one_probe(setup, caplog):
    crawler, clock, mw = setup
    engine = crawler.engine
    changes = []
    crawler.signals.connect(lambda **kw: changes.append((kw["domain"], kw["old"], kw["new"])),
                            signal=circuit_state_changed, weak=False)
    with caplog.at_level(logging.INFO, logger="coffee_scraper.fetch"):
        for i in range(3):
            fail(mw, f"https://shop.example/{i}", roaster="shop")
    assert mw.states() == {"shop.example": OPEN}
    assert "roaster=shop domain=shop.example circuit open" in caplog.text

    # A request scheduled before the circuit opened comes back to the engine, which keeps it aside ...
    already_scheduled = req("https://shop.example/p1")
    back = mw.process_request(already_scheduled)
    assert isinstance(back, Request) and back.dont_filter
    engine.crawl(back)
    # ... and new ones are kept aside as they are scheduled: neither reaches the downloader.
    engine.crawl(req("https://shop.example/p2"))
    assert engine.scheduled == [] and mw.deferred_count("shop.example") == 2
    # Other domains are not delayed at all.
    other = req("https://other.example/1")
    engine.crawl(other)
    assert engine.scheduled == [other] and mw.process_request(other) is None
    # The spider stays open while requests wait.
    with pytest.raises(DontCloseSpider):
        mw._spider_idle(spider=crawler.spider)

    clock.advance(30)  # recovery period over: half-open, one kept-aside request released as the probe
    assert mw.states() == {"shop.example": HALF_OPEN}
    probe = engine.scheduled[-1]
    assert probe.url == "https://shop.example/p1" and mw.process_request(probe) is None
    assert probe.meta[PROBE_META]
    # While the probe is out, nothing else goes.
    assert isinstance(mw.process_request(req("https://shop.example/p3")), Request)
    engine.crawl(req("https://shop.example/p4"))
    assert engine.scheduled[-1] is probe

    with caplog.at_level(logging.INFO, logger="coffee_scraper.fetch"):
        assert mw.process_response(probe, resp(probe, 200)).status == 200
    assert mw.states() == {"shop.example": CLOSED}
    assert "circuit closed" in caplog.text
    assert sorted(r.url for r in engine.scheduled[2:]) == ["https://shop.example/p2", "https://shop.example/p4"]
    assert mw.deferred_count() == 0
    mw._spider_idle(spider=crawler.spider)  # nothing waits: may close

    stats = crawler.stats
    assert stats.get_value("coffee/circuit/opened") == 1
    assert stats.get_value("coffee/circuit/half_opened") == 1
    assert stats.get_value("coffee/circuit/closed") == 1
    assert stats.get_value("coffee/circuit/probes") == 1
    assert stats.get_value("coffee/circuit/shop.example/state") == CLOSED
    assert stats.get_value("coffee/circuit/shop.example/deferred") == 3
    assert changes == [("shop.example", CLOSED, OPEN), ("shop.example", OPEN, HALF_OPEN),
                       ("shop.example", HALF_OPEN, CLOSED)]


def test_a_failed_probe_reopens_for_a_full_period(setup):
    crawler, clock, mw = setup
    for i in range(3):
        fail(mw, f"https://shop.example/{i}")
    crawler.engine.crawl(req("https://shop.example/a"))
    crawler.engine.crawl(req("https://shop.example/b"))
    clock.advance(30)
    probe = crawler.engine.scheduled[-1]
    mw.process_request(probe)
    assert mw.process_exception(probe, DownloadConnectionRefusedError()) is None
    assert mw.states() == {"shop.example": OPEN}
    assert len(crawler.engine.scheduled) == 1 and crawler.stats.get_value("coffee/circuit/opened") == 2
    clock.advance(29)
    assert len(crawler.engine.scheduled) == 1
    clock.advance(1)
    assert len(crawler.engine.scheduled) == 2  # the next probe


@pytest.mark.parametrize("status", [400, 403, 404, 410, 429])
def test_4xx_never_opens(setup, status):
    crawler, clock, mw = setup
    for i in range(20):
        fail(mw, f"https://shop.example/{i}", status=status)
    assert mw.states() == {} and crawler.stats.get_value("coffee/circuit/opened") is None


def test_timeouts_and_connection_errors_count_and_cached_responses_do_not(setup):
    crawler, clock, mw = setup
    mw.process_exception(req("https://shop.example/1"), DownloadTimeoutError())
    mw.process_exception(req("https://shop.example/2"), DownloadConnectionRefusedError())
    request = req("https://shop.example/3")
    mw.process_response(request, resp(request, 200, flags=["cached"]))  # the cache says nothing of the shop
    assert mw.states() == {"shop.example": CLOSED}
    mw.process_exception(req("https://shop.example/4"), DownloadTimeoutError())
    assert mw.states() == {"shop.example": OPEN}


def test_a_5xx_is_counted_once_when_it_arrives(setup):
    crawler, clock, mw = setup
    for i in range(2):
        request = req(f"https://shop.example/{i}")
        response = resp(request, 500)
        crawler.signals.send_catch_log(signals.response_downloaded, response=response, request=request,
                                       spider=crawler.spider)
        mw.process_response(request, response)
    assert mw.states() == {"shop.example": CLOSED}  # 2 failures, not 4


class CountingStore(InMemoryCircuitStateStore):
    @classmethod
    def from_crawler(cls, crawler):
        store = cls()
        store.crawler = crawler
        return store


def test_the_state_store_is_pluggable():
    crawler, _ = make_crawler({"CIRCUIT_STATE_STORE": f"{__name__}.CountingStore"})
    mw = build_from_crawler(CircuitBreakerMiddleware, crawler)
    assert isinstance(mw.breaker.store, CountingStore) and mw.breaker.store.crawler is crawler
