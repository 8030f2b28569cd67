"""BackoffRetryMiddleware: backoff with jitter, Retry-After (seconds and HTTP-date) put on the domain's slot."""
from __future__ import annotations

import email.utils
import time

import pytest
from scrapy import Request
from scrapy.exceptions import DownloadTimeoutError
from scrapy.spiders import Spider
from scrapy.utils.misc import build_from_crawler

from coffee_scraper.context import CrawlContext
from coffee_scraper.middlewares.retry import BackoffRetryMiddleware, parse_retry_after
from tests.test_middlewares_slots import make_crawler, next_leaves, req, resp


class IncidentSpider(Spider):
    name = "incidents"


@pytest.fixture
def setup():
    crawler, clock = make_crawler({"RETRY_TIMES": 3, "RETRY_BACKOFF_BASE": 1.0, "RETRY_BACKOFF_MAX": 8.0,
                                   "RETRY_AFTER_MAX": 120}, IncidentSpider)
    mw = build_from_crawler(BackoffRetryMiddleware, crawler)
    dl = crawler.engine.downloader
    slot = dl.add_slot("shop.example", delay=0.25, lastseen=clock.now)
    other = dl.add_slot("other.example", delay=0.25, lastseen=clock.now)
    return crawler, clock, mw, slot, other


def test_parse_retry_after_seconds_and_http_date():
    now = time.time()
    assert parse_retry_after(b"120") == 120
    assert parse_retry_after("  7 ") == 7
    assert parse_retry_after(email.utils.formatdate(int(now) + 30, usegmt=True), now=int(now)) == 30
    assert parse_retry_after(email.utils.formatdate(now - 60, usegmt=True)) == 0  # in the past: now
    assert parse_retry_after(b"soon") is None and parse_retry_after(None) is None and parse_retry_after(b"") is None


def test_backoff_doubles_with_jitter_up_to_the_cap(setup):
    _, _, mw, _, _ = setup
    for attempt, ceiling in ((1, 1), (2, 2), (3, 4), (4, 8), (7, 8)):
        waits = [mw.backoff(attempt) for _ in range(200)]
        assert all(ceiling / 2 <= w <= ceiling for w in waits)
        assert max(waits) - min(waits) > ceiling / 10  # jittered


def test_429_retry_after_holds_the_domain_and_only_it(setup):
    crawler, clock, mw, slot, other = setup
    request = req("https://shop.example/products.json?page=2", roaster="shop")
    retry = mw.process_response(request, resp(request, 429, {"Retry-After": "30"}))
    assert isinstance(retry, Request) and retry.meta["retry_times"] == 1 and retry.dont_filter
    assert next_leaves(slot) == clock.now + 30  # max(backoff <= 1 s, Retry-After 30 s)
    assert (other.delay, other.jitter) == (0.25, 0.5)
    stats = crawler.stats
    assert stats.get_value("coffee/retry/count") == 1
    assert stats.get_value("coffee/retry/retry_after_honoured") == 1
    assert stats.get_value("coffee/retry/wait_seconds") == 30
    clock.advance(30.5)
    assert (slot.delay, slot.jitter) == (0.25, 0.5)  # restored once the wait is over


def test_503_http_date_and_backoff_larger_than_retry_after(setup):
    crawler, clock, mw, slot, _ = setup
    request = req("https://shop.example/a")
    date = email.utils.formatdate(time.time() + 60, usegmt=True)
    assert isinstance(mw.process_response(request, resp(request, 503, {"Retry-After": date})), Request)
    assert 58 <= next_leaves(slot) - clock.now <= 60
    # Third retry: backoff 4 s (jittered 2..4) beats Retry-After 1 s.
    request = req("https://shop.example/b", retry_times=2)
    clock.advance(61)
    mw.process_response(request, resp(request, 503, {"Retry-After": "1"}))
    assert 2 <= next_leaves(slot) - clock.now <= 4


def test_retry_after_beyond_the_maximum_gives_up_and_records_it(setup):
    crawler, clock, mw, slot, _ = setup
    request = req("https://shop.example/p", roaster="shop")
    response = resp(request, 429, {"Retry-After": "3600"})
    assert mw.process_response(request, response) is response
    (incident,) = CrawlContext.of(crawler).incidents["shop"]
    assert (incident["kind"], incident["url"]) == ("retry_after_too_long", request.url)
    assert "3600" in incident["message"]
    assert crawler.stats.get_value("coffee/retry/retry_after_too_long") == 1
    assert crawler.stats.get_value("coffee/retry/count") is None


def test_retry_after_is_honoured_even_when_retries_are_spent(setup):
    crawler, clock, mw, slot, _ = setup
    request = req("https://shop.example/p", retry_times=3)
    response = resp(request, 429, {"Retry-After": "10"})
    assert mw.process_response(request, response) is response
    assert next_leaves(slot) == clock.now + 10


@pytest.mark.parametrize("status", [401, 403, 404, 410])
def test_never_retries_auth_and_missing_even_if_configured(status):
    crawler, _ = make_crawler({"RETRY_HTTP_CODES": [status, 500]})
    mw = build_from_crawler(BackoffRetryMiddleware, crawler)
    request = req("https://shop.example/x")
    response = resp(request, status)
    assert mw.process_response(request, response) is response
    assert isinstance(mw.process_response(request, resp(request, 500)), Request)


def test_timeouts_back_off_on_the_slot(setup):
    crawler, clock, mw, slot, _ = setup
    request = req("https://shop.example/slow", retry_times=1)
    retry = mw.process_exception(request, DownloadTimeoutError("took too long"))
    assert isinstance(retry, Request) and retry.meta["retry_times"] == 2
    assert 1 <= next_leaves(slot) - clock.now <= 2
    assert mw.process_exception(req("https://shop.example/x"), ValueError("not a network error")) is None


def test_the_plan_made_on_arrival_is_the_one_applied(setup):
    """response_downloaded fires before the slot can send its next request: the wait is set then, once."""
    from scrapy import signals

    crawler, clock, mw, slot, _ = setup
    request = req("https://shop.example/p")
    response = resp(request, 429, {"Retry-After": "5"})
    crawler.signals.send_catch_log(signals.response_downloaded, response=response, request=request,
                                   spider=crawler.spider)
    assert next_leaves(slot) == clock.now + 5
    clock.advance(1)  # later, process_response keeps the same deadline
    mw.process_response(request, response)
    assert next_leaves(slot) == clock.now + 4
    assert crawler.stats.get_value("coffee/retry/retry_after_honoured") == 1
