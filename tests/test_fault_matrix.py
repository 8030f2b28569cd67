"""Reliability: a fault matrix against one shop while a second shop stays healthy, into a real Postgres.

For each fault: every product either shop serves ends in Postgres exactly once in that run, the
healthy shop is unaffected, Retry-After is honoured, and an open circuit sends nothing.
"""
import threading

import pytest

from coffee_scraper_shops.platforms.shopify import synthetic_shopify
from coffee_scraper_shops.server import ShopServer
from coffee_scraper_shops.shop import RateLimit, Shop
from tests.conftest import rows, run_scrapy, scalar

N_FAULTY, N_HEALTHY, PAGE = 120, 90, 25
SETTINGS = ["-s", "DOWNLOAD_DELAY=0.05", "-s", "RETRY_BACKOFF_BASE=0.5", "-s", "RETRY_TIMES=6",
            "-s", "DOWNLOAD_TIMEOUT=2", "-s", "CIRCUIT_FAILURE_THRESHOLD=3", "-s", "CIRCUIT_RECOVERY_TIMEOUT=3",
            "-s", "HTTPCACHE_ENABLED=False"]

# name -> (faults to set, seconds after the first faulted answer when they are cleared
#          (None: they clear themselves, e.g. a burst of N))
FAULTS = {
    "rate_limit_429": ({"rate_limit": RateLimit(limit=2, window=1.0, retry_after=1)}, 4.0),
    "rate_limit_429_http_date": ({"rate_limit": RateLimit(limit=2, window=1.0, retry_after=2, http_date=True)}, 4.0),
    "burst_503": ({"burst_503": 4, "burst_503_retry_after": 1}, None),
    "connection_resets": ({"reset_next": 3}, None),
    "slow_past_timeout": ({"slow": 3.0, "slow_paths": ["/products.json"]}, 2.5),
    "truncated_body": ({"truncated": [2]}, 1.0),
    "malformed_json": ({"malformed": [3]}, 0.3),
    "html_challenge_page": ({"html_instead_of_json": [2]}, 0.3),
    "huge_page": ({"huge": [1]}, None),
    "shop_down_then_back": ({"down": True}, 2.0),
}


def crawl(server, db_dsn, registry_file):
    registry = registry_file([
        {"slug": s, "name": s, "url": server.base_url(s), "platform": "shopify", "currency": "USD",
         "settings": {"page_limit": PAGE}} for s in ("faulty", "healthy")])
    result = run_scrapy(["crawl", "shopify", *SETTINGS], dsn=db_dsn, registry=registry)
    assert result.returncode == 0, result.stderr[-3000:]
    return result


def assert_exactly_once(db, slug, n):
    run = scalar(db, "SELECT s.id FROM scrape_runs s JOIN roasters r ON r.id = s.roaster_id WHERE r.slug = %s", (slug,))
    assert scalar(db, "SELECT count(*) FROM scrape_artifacts WHERE run_id = %s", (run,)) == n
    assert scalar(db, "SELECT count(DISTINCT product_id) FROM scrape_artifacts WHERE run_id = %s", (run,)) == n
    assert scalar(db, "SELECT count(*) FROM (SELECT variant_id FROM prices WHERE run_id = %s GROUP BY 1 HAVING count(*) > 1) d", (run,)) == 0
    valid = scalar(db, "SELECT count(*) FROM scrape_artifacts WHERE run_id = %s AND validation_status = 'valid'", (run,))
    assert scalar(db, "SELECT count(*) FROM coffees c JOIN roasters r ON r.id = c.roaster_id WHERE r.slug = %s", (slug,)) == valid


@pytest.mark.parametrize("name", list(FAULTS))
def test_fault(name, db, db_dsn, registry_file):
    faults, clear_after = FAULTS[name]
    faulty = Shop(slug="faulty", name="Faulty", platform="shopify", currency="USD", products=synthetic_shopify(N_FAULTY, seed=31))
    healthy = Shop(slug="healthy", name="Healthy", platform="shopify", currency="USD", products=synthetic_shopify(N_HEALTHY, seed=32))
    faulty.set_faults(**faults)
    server = ShopServer([faulty, healthy]).start()
    stop = threading.Event()

    def clear_later():
        # Transient faults: they end a while after they first hit, as real ones do.
        while not stop.is_set() and not any(r.fault for r in server.requests("faulty")):
            stop.wait(0.02)
        if not stop.wait(clear_after):
            faulty.clear_faults()

    clearer = threading.Thread(target=clear_later, daemon=True) if clear_after else None
    try:
        if clearer:
            clearer.start()
        crawl(server, db_dsn, registry_file)
        log = server.requests("faulty")
        healthy_log = server.requests("healthy")
    finally:
        stop.set()
        server.stop()

    assert_exactly_once(db, "faulty", N_FAULTY)
    assert_exactly_once(db, "healthy", N_HEALTHY)
    statuses = dict(rows(db, "SELECT r.slug, s.status FROM scrape_runs s JOIN roasters r ON r.id = s.roaster_id"))
    assert statuses["healthy"] == "succeeded"
    assert statuses["faulty"] in ("succeeded", "partial")
    # The healthy shop never saw an error and was fetched exactly once per page.
    assert all(r.status == 200 for r in healthy_log)
    assert len([r for r in healthy_log if r.path == "/products.json"]) == N_HEALTHY // PAGE + 2
    assert any(r.fault for r in log), "the fault never fired"

    # No request earlier than a Retry-After the shop sent.
    wait = _retry_after(faults)
    for i, r in enumerate(log[:-1]):
        if r.status in (429, 503) and wait:
            assert log[i + 1].time >= r.time + wait - 0.05, (name, r, log[i + 1])

    # An open circuit sends nothing until its recovery timeout has passed.
    failures = 0
    for i, r in enumerate(log):
        failures = failures + 1 if r.status in (0, 500, 502, 503, 504) or (r.duration or 0) >= 2 else 0
        if failures == 3 and i + 1 < len(log) and name == "shop_down_then_back":
            assert log[i + 1].time >= r.time + 3 - 0.1, "a request reached an open circuit"
            break


def _retry_after(faults):
    """The least wait the shop's Retry-After asked for (an HTTP-date has 1 s granularity)."""
    limit = faults.get("rate_limit")
    if limit:
        return limit.retry_after - (1 if limit.http_date else 0)
    return faults.get("burst_503_retry_after")
