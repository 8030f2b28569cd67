"""DomainRateLimitMiddleware: token buckets per domain, enforced by spacing the domain's download slot."""
from __future__ import annotations

from scrapy.utils.misc import build_from_crawler

from coffee_scraper.middlewares.throttle import DomainRateLimitMiddleware, TokenBucket
from coffee_scraper.registry import Roaster
from tests.test_middlewares_slots import make_crawler, next_leaves, req


def test_token_bucket_allows_its_capacity_then_one_per_interval():
    bucket = TokenBucket.full(3, 60.0, now=0.0)
    assert [bucket.take(0.0) for _ in range(3)] == [0, 0, 0]
    assert bucket.take(0.0) == 20.0  # the 4th token exists in 60/3 s
    assert bucket.take(0.0) == 40.0
    assert bucket.take(50.0) == 10.0  # the 6th token exists at t=60
    assert bucket.take(200.0) == 0  # refilled meanwhile
    bucket.refill(1000.0)
    assert bucket.tokens == 3  # never more than the capacity


def setup(settings, **spider_attrs):
    crawler, clock = make_crawler(settings, **spider_attrs)
    mw = build_from_crawler(DomainRateLimitMiddleware, crawler)
    dl = crawler.engine.downloader
    return crawler, clock, mw, dl.add_slot("shop.example", 0.25, lastseen=clock.now), \
        dl.add_slot("other.example", 0.25, lastseen=clock.now)


def test_over_the_limit_the_slot_waits_for_the_token_then_spaces_requests():
    crawler, clock, mw, slot, other = setup({"DOMAIN_RATE_LIMIT_PER_MINUTE": 3})
    for i in range(3):
        assert mw.process_request(req(f"https://shop.example/{i}")) is None
    assert (slot.delay, slot.jitter) == (0.25, 0.5)  # within the burst: untouched
    assert mw.process_request(req("https://shop.example/3")) is None  # never dropped
    assert next_leaves(slot) >= clock.now + 20  # the 4th leaves when its token exists
    assert slot.delay >= 20  # and the ones after it 20 s apart
    mw.process_request(req("https://shop.example/4"))
    mw.process_request(req("https://other.example/1"))
    assert (other.delay, other.jitter) == (0.25, 0.5)  # other domains unaffected
    stats = crawler.stats
    assert stats.get_value("coffee/throttle/shop.example/limit_per_minute") == 3
    assert stats.get_value("coffee/throttle/shop.example/requests") == 5
    assert stats.get_value("coffee/throttle/shop.example/throttled") == 2
    assert stats.get_value("coffee/throttle/shop.example/wait_seconds") == 40
    assert stats.get_value("coffee/throttle/shop.example/spacing_seconds") == 20
    assert stats.get_value("coffee/throttle/other.example/throttled") is None
    # Once every token taken exists (and nothing waits in the slot), the slot's own pace comes back.
    slot.lastseen = clock.now + 40
    clock.advance(41)
    assert (slot.delay, slot.jitter) == (0.25, 0.5)


def test_the_per_hour_limit_applies_alongside():
    crawler, clock, mw, slot, _ = setup({"DOMAIN_RATE_LIMIT_PER_MINUTE": 100, "DOMAIN_RATE_LIMIT_PER_HOUR": 2})
    mw.process_request(req("https://shop.example/1"))
    mw.process_request(req("https://shop.example/2"))
    mw.process_request(req("https://shop.example/3"))
    assert slot.delay == 1800  # 3600 s / 2
    assert crawler.stats.get_value("coffee/throttle/shop.example/limit_per_hour") == 2


def test_roaster_registry_overrides_the_defaults():
    roasters = [Roaster(slug="shop", name="Shop", url="https://www.shop.example", platform="shopify",
                        settings={"requests_per_minute": 1}),
                Roaster(slug="free", name="Free", url="https://other.example", platform="shopify",
                        settings={"requests_per_minute": 0})]
    crawler, clock, mw, slot, other = setup({"DOMAIN_RATE_LIMIT_PER_MINUTE": 2}, roasters=roasters)
    assert mw.limits("shop.example") == (1, 0) and mw.limits("www.shop.example") == (1, 0)
    assert mw.limits("other.example") == (0, 0)  # 0: unlimited for that roaster
    assert mw.limits("unknown.example") == (2, 0)
    mw.process_request(req("https://shop.example/1"))
    mw.process_request(req("https://shop.example/2"))
    assert slot.delay == 60
    for i in range(10):
        mw.process_request(req(f"https://other.example/{i}"))
    assert (other.delay, other.jitter) == (0.25, 0.5)
    assert crawler.stats.get_value("coffee/throttle/other.example/requests") is None


def test_unlimited_by_default():
    crawler, clock, mw, slot, _ = setup({})
    for i in range(1000):
        mw.process_request(req(f"https://shop.example/{i}"))
    assert (slot.delay, slot.jitter) == (0.25, 0.5)
    assert not [k for k in crawler.stats.get_stats() if k.startswith("coffee/throttle")]
