"""Politeness across distributed workers: one shop's rate limit and Retry-After hold for the whole crawl."""
from __future__ import annotations

import uuid

import pytest
import redis

from coffee_scraper.distributed import RedisRateLimitStore
from tests.conftest import scalar
from tests.test_distributed import REDIS_URL, finish_workers, serve_jsonld, start_worker

PER_MINUTE = 30
PRODUCTS = 45


def test_shared_buckets_are_one_bucket_for_every_store():
    """Two workers' stores on one crawl spend one bucket; a Retry-After set by one holds the other."""
    client = redis.Redis.from_url(REDIS_URL, decode_responses=True)
    crawl_id = f"test-{uuid.uuid4().hex[:8]}"
    a, b = RedisRateLimitStore(client, crawl_id, ttl=60), RedisRateLimitStore(client, crawl_id, ttl=60)
    limits = [(3, 60.0)]
    waits = [a.take("shop.localhost", limits), b.take("shop.localhost", limits), a.take("shop.localhost", limits),
             b.take("shop.localhost", limits), a.take("shop.localhost", limits)]
    assert waits[:3] == [0, 0, 0]
    # The 4th and 5th tokens exist 20 and 40 s on (less the few ms the calls took).
    assert 19 < waits[3] <= 20 and 39 < waits[4] <= 40
    assert a.take("other.localhost", limits) == 0  # other domains have their own bucket
    assert b.take("free.localhost", []) == 0  # no limit, no Retry-After: no wait
    assert 9 < a.defer("free.localhost", 10) <= 10
    assert 9 < b.take("free.localhost", []) <= 10  # the other worker waits for it too
    assert 9 < b.defer("free.localhost", 1) <= 10  # an earlier deadline does not shorten it
    keys = list(client.scan_iter(match=f"coffee:{crawl_id}:ratelimit:*"))
    assert len(keys) == 3 and all(0 < client.ttl(k) <= 60 for k in keys)


@pytest.fixture
def limited_shop():
    server = serve_jsonld("politeld", "Polite LD", PRODUCTS, seed=5)
    yield server
    server.stop()


def test_two_workers_keep_the_shops_rate_limit(limited_shop, db, db_dsn, registry_file, tmp_path):
    registry = registry_file([{"slug": "politeld", "name": "Polite LD", "url": limited_shop.base_url("politeld"),
                               "platform": "jsonld", "currency": "GBP",
                               "settings": {"requests_per_minute": PER_MINUTE}}])
    crawl_id = f"test-{uuid.uuid4().hex[:8]}"
    workers = [start_worker(crawl_id, db_dsn, registry, tmp_path / f"worker{i}.log", f"worker{i}") for i in range(2)]
    finish_workers(workers, tmp_path)
    assert scalar(db, "SELECT count(*) FROM scrape_artifacts") == PRODUCTS
    fetched = redis.Redis.from_url(REDIS_URL, decode_responses=True).hgetall(f"coffee:{crawl_id}:fetched")
    assert len(fetched) == 2 and all(int(n) >= 2 for n in fetched.values()), fetched  # both took queued work

    # The shop's own log: however the two workers interleave, no stretch of the crawl saw more than one
    # bucket allows (the burst of PER_MINUTE, then one request per 60/PER_MINUTE s). Unshared, the two
    # workers' buckets would let ~2x PER_MINUTE through in the first seconds.
    times = sorted(r.wall_time for r in limited_shop.requests("politeld"))
    assert len(times) > PER_MINUTE + 10
    interval = 60 / PER_MINUTE
    for i, start in enumerate(times):
        for j in range(i, len(times)):
            allowed = PER_MINUTE + (times[j] - start) / interval + 1  # +1: a refill racing the count
            assert j - i + 1 <= allowed, (i, j, times[j] - start)
    first_minute = [t for t in times if t < times[0] + 60]
    assert len(first_minute) <= 2 * PER_MINUTE
