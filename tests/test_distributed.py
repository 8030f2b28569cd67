"""Distributed mode: two `scrapy crawl` workers share one Redis queue, one shop, one Postgres."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid

import psycopg2
import pytest
import redis

from coffee_scraper_shops.platforms.jsonld import synthetic_jsonld
from coffee_scraper_shops.server import ShopServer
from coffee_scraper_shops.shop import Shop
from coffee_scraper.storage.runs import attach_runs, finish_shared_run
from tests.conftest import FAST, ROOT, rows, scalar

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
ADDON = json.dumps({"coffee_scraper.distributed.DistributedAddon": 0})
PRODUCTS = 1000


def start_worker(crawl_id, dsn, registry, log_path, name="worker"):
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "coffee_scraper.settings", "DATABASE_URL": dsn,
           "COFFEE_REGISTRY": str(registry)}
    log = open(log_path, "w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "scrapy", "crawl", "jsonld", *FAST,
         "-s", f"ADDONS={ADDON}", "-s", f"USER_AGENT=coffee-test-{name}", "-s", "DISTRIBUTED=1", "-s", f"CRAWL_ID={crawl_id}", "-s", f"REDIS_URL={REDIS_URL}"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, text=True,
    )
    proc.log = log
    return proc


def finish_workers(workers, tmp_path) -> list[str]:
    """Wait for the workers of start_worker(..., tmp_path / "worker<i>.log"); their logs, each checked clean."""
    for w in workers:
        w.wait(timeout=300)
        w.log.close()
    logs = [(tmp_path / f"worker{i}.log").read_text() for i in range(len(workers))]
    for w, text in zip(workers, logs):
        assert w.returncode == 0, text[-3000:]
        assert "Traceback" not in text, text[-3000:]
    return logs


def serve_jsonld(slug: str, name: str, products: int, seed: int) -> ShopServer:
    """A started fixture server with one JSON-LD shop."""
    shop = Shop(slug=slug, name=name, platform="jsonld", currency="GBP", products=synthetic_jsonld(products, seed=seed))
    return ShopServer([shop]).start()


@pytest.fixture(scope="module")
def big_shop():
    server = serve_jsonld("bigld", "Big LD", PRODUCTS, seed=11)
    yield server
    server.stop()


def test_two_workers_fetch_each_url_once(big_shop, db, db_dsn, registry_file, tmp_path):
    registry = registry_file([{"slug": "bigld", "name": "Big LD", "url": big_shop.base_url("bigld"),
                               "platform": "jsonld", "currency": "GBP"}])
    crawl_id = f"test-{uuid.uuid4().hex[:8]}"
    # Product pages answer slowly until both workers have taken queued requests, so "both did
    # work" does not depend on how fast the second process starts.
    shop = big_shop.shop("bigld")
    shop.set_faults(slow=0.3, slow_paths=["/products/*"])
    r = redis.Redis.from_url(REDIS_URL, decode_responses=True)
    workers = [start_worker(crawl_id, db_dsn, registry, tmp_path / f"worker{i}.log", f"worker{i}") for i in range(2)]
    try:
        deadline = time.monotonic() + 120
        # Each worker's RobotsTxtMiddleware fetches robots.txt itself (1); 2+ means it took queued work.
        while time.monotonic() < deadline and not (
            len(fetched := r.hgetall(f"coffee:{crawl_id}:fetched")) == 2 and all(int(n) >= 2 for n in fetched.values())
        ):
            assert all(w.poll() is None for w in workers), "a worker exited early"
            time.sleep(0.2)
    finally:
        shop.clear_faults()
    logs = finish_workers(workers, tmp_path)

    # Every URL fetched once across both workers. robots.txt is the exception by design: each
    # process's RobotsTxtMiddleware fetches it for itself, outside the scheduler.
    counts = big_shop.fetch_counts("bigld")
    twice = {url: n for url, n in counts.items() if n > 1 and not url.startswith("/robots.txt")}
    assert not twice, sorted(twice.items())[:10]
    product_pages = [u for u in counts if u.startswith("/products/")]
    assert len(product_pages) == PRODUCTS

    # Every product stored once, all in the one Postgres.
    assert scalar(db, "SELECT count(*) FROM scrape_artifacts") == PRODUCTS
    assert scalar(db, "SELECT count(DISTINCT product_id) FROM scrape_artifacts") == PRODUCTS
    assert scalar(db, "SELECT count(*) FROM coffees") == scalar(
        db, "SELECT count(*) FROM scrape_artifacts WHERE validation_status = 'valid'")

    # Both workers did work (queued requests; robots.txt each fetches for itself), told apart by User-Agent.
    fetched = [sum(1 for r in big_shop.requests("bigld") if r.path != "/robots.txt"
                   and {k.lower(): v for k, v in r.headers.items()}.get("user-agent") == f"coffee-test-worker{i}")
               for i in range(2)]
    assert all(n > 0 for n in fetched), fetched
    assert sum(fetched) >= PRODUCTS

    # The last worker out set the crawl's keys to expire; no worker is left registered.
    keys = list(r.scan_iter(match=f"coffee:{crawl_id}:*"))
    assert keys and all(r.ttl(k) > 0 for k in keys)
    assert not r.exists(f"coffee:{crawl_id}:workers")

    # Both workers wrote into one run of the roaster, finished when the last worker was
    # (needs StorePipeline to call coffee_scraper.storage.runs: see README, Distributed crawls).
    runs = rows(db, "SELECT job_id, status, stats->'workers' FROM scrape_runs")
    assert len(runs) == 1, f"{len(runs)} runs for one roaster: StorePipeline does not call storage.runs yet"
    (job_id, status, workers), = runs
    assert job_id == crawl_id and status == "succeeded" and len(workers) == 2


def test_distributed_needs_a_crawl_id(big_shop, db_dsn, registry_file, tmp_path):
    registry = registry_file([{"slug": "bigld", "name": "Big LD", "url": big_shop.base_url("bigld"),
                               "platform": "jsonld"}])
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "coffee_scraper.settings", "DATABASE_URL": db_dsn,
           "COFFEE_REGISTRY": str(registry)}
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "jsonld", *FAST, "-s", f"ADDONS={ADDON}", "-s", "DISTRIBUTED=1"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode != 0
    assert "CRAWL_ID" in result.stderr


def test_workers_share_one_run_per_roaster(db, db_dsn):
    """Two workers of one crawl attach to the same run; it finishes when the last one does."""
    with db.cursor() as cur:
        cur.execute("INSERT INTO roasters (slug, name, base_url, platform) VALUES ('r1', 'R1', 'http://r1', 'jsonld'),"
                    " ('r2', 'R2', 'http://r2', 'jsonld') RETURNING slug, id")
        roaster_ids = dict(cur.fetchall())
    a, b = psycopg2.connect(db_dsn), psycopg2.connect(db_dsn)
    try:
        runs_a = attach_runs(a, roaster_ids, "jsonld", "crawl-1", "host:1")
        runs_b = attach_runs(b, roaster_ids, "jsonld", "crawl-1", "host:2")
        assert runs_a == runs_b
        assert scalar(db, "SELECT count(*) FROM scrape_runs") == 2
        base = {"items_valid": 0, "items_invalid": 0, "items_skipped": 0, "pages": 0, "requests_failed": 0,
                "run_kind": "full"}
        assert finish_shared_run(a, runs_a["r1"], "host:1", "finished", {**base, "items_valid": 7, "pages": 2}, []) == "running"
        assert rows(db, "SELECT status, finished_at IS NULL FROM scrape_runs WHERE id = %s", (runs_a["r1"],)) == [("running", True)]
        incident = {"kind": "timeout", "url": "http://r1/p", "message": "timed out", "fatal": False}
        status = finish_shared_run(b, runs_a["r1"], "host:2", "finished", {**base, "items_valid": 5}, [incident])
        assert status == "partial"  # items and an incident
        # A spool replay of the same finish changes nothing.
        assert finish_shared_run(b, runs_a["r1"], "host:2", "finished", {**base, "items_valid": 5}, [incident]) == "partial"
        (stats, incidents, status), = rows(db, "SELECT stats, incidents, status FROM scrape_runs WHERE id = %s", (runs_a["r1"],))
        assert stats["items_valid"] == 12 and stats["pages"] == 2 and stats["run_kind"] == "full"
        assert sorted(stats["workers"]) == ["host:1", "host:2"]
        assert len(incidents) == 1 and status == "partial"
        # A different crawl id gets its own runs.
        assert attach_runs(a, roaster_ids, "jsonld", "crawl-2", "host:1")["r1"] != runs_a["r1"]
    finally:
        a.close()
        b.close()


def test_circuit_breaker_state_is_shared_across_workers():
    """Two workers' breakers on one Redis store: one opens it for both; only one takes the probe."""
    from coffee_scraper.distributed import RedisCircuitStateStore
    from coffee_scraper.middlewares.circuit import CircuitBreaker

    client = redis.Redis.from_url(REDIS_URL, decode_responses=True)
    crawl_id = f"test-{uuid.uuid4().hex[:8]}"
    now = [1000.0]
    a = CircuitBreaker(RedisCircuitStateStore(client, crawl_id, ttl=60), threshold=3, recovery_timeout=30,
                       clock=lambda: now[0])
    b = CircuitBreaker(RedisCircuitStateStore(client, crawl_id, ttl=60), threshold=3, recovery_timeout=30,
                       clock=lambda: now[0])
    a.record_failure("shop.localhost", roaster="shop")
    b.record_failure("shop.localhost", roaster="shop")
    assert b.state("shop.localhost") == "closed"
    a.record_failure("shop.localhost", roaster="shop")  # third failure, seen by two workers
    assert b.state("shop.localhost") == "open" and b.holds("shop.localhost")
    assert dict(b.store.items()) and a.state("other.localhost") == "closed"
    now[0] += 31
    decisions = [a.allow("shop.localhost")[0], b.allow("shop.localhost")[0]]
    assert sorted(decisions) == ["defer", "probe"]
    prober = a if decisions[0] == "probe" else b
    probe_id = prober.store.get("shop.localhost").probe
    prober.record_success("shop.localhost", probe_id)
    assert a.state("shop.localhost") == b.state("shop.localhost") == "closed"
    assert all(0 < client.ttl(k) <= 60 for k in client.scan_iter(match=f"coffee:{crawl_id}:circuit:*"))
