"""Reliability: a fault matrix (one shop per fault) while another shop stays healthy, into a real Postgres.

For each fault: every product the shop serves ends in Postgres exactly once in that run, the
healthy shop is unaffected, Retry-After is honoured, and an open circuit sends nothing.
"""
import threading

import psycopg2
import pytest

from coffee_scraper.registry import dump_registry
from coffee_scraper_shops.platforms.shopify import synthetic_shopify
from coffee_scraper_shops.server import ShopServer
from coffee_scraper_shops.shop import RateLimit, Shop
from tests.conftest import empty_database, rows, run_scrapy, scalar

N_FAULTY, N_HEALTHY, PAGE = 120, 90, 25
SETTINGS = ["-s", "DOWNLOAD_DELAY=0.05", "-s", "RETRY_BACKOFF_BASE=0.5", "-s", "RETRY_TIMES=6",
            "-s", "DOWNLOAD_TIMEOUT=2", "-s", "CIRCUIT_FAILURE_THRESHOLD=3", "-s", "CIRCUIT_RECOVERY_TIMEOUT=3",
            "-s", "HTTPCACHE_ENABLED=False"]

# Rate-limit windows are long enough to be hit however slowly a loaded machine crawls.
# name -> (faults to set, seconds after the first faulted answer when they are cleared
#          (None: they clear themselves, e.g. a burst of N))
FAULTS = {
    "rate_limit_429": ({"rate_limit": RateLimit(limit=2, window=5.0, retry_after=1)}, 4.0),
    "rate_limit_429_http_date": ({"rate_limit": RateLimit(limit=2, window=5.0, retry_after=2, http_date=True)}, 4.0),
    "burst_503": ({"burst_503": 4, "burst_503_retry_after": 1}, None),
    "connection_resets": ({"reset_next": 3}, None),
    "slow_past_timeout": ({"slow": 3.0, "slow_paths": ["/products.json"]}, 2.5),
    "truncated_body": ({"truncated": [2]}, 1.0),
    "malformed_json": ({"malformed": [3]}, 0.3),
    "html_challenge_page": ({"html_instead_of_json": [2]}, 0.3),
    "huge_page": ({"huge": [1]}, None),
    "shop_down_then_back": ({"down": True}, 2.0),
}


def slug_of(name: str) -> str:
    return "f-" + name.replace("_", "-")  # a host label: no underscores


@pytest.fixture(scope="module")
def matrix(pg_dsn, tmp_path_factory):
    """One crawl of every faulty shop (one fault each, on its own host) and a healthy one: faults of
    different shops never meet (per-domain retries, slots and circuits), and one crawl costs a tenth."""
    empty_database(pg_dsn)
    shops = {name: Shop(slug=slug_of(name), name=name, platform="shopify", currency="USD",
                        products=synthetic_shopify(N_FAULTY, seed=31)) for name in FAULTS}
    healthy = Shop(slug="healthy", name="Healthy", platform="shopify", currency="USD",
                   products=synthetic_shopify(N_HEALTHY, seed=32))
    for name, shop in shops.items():
        shop.set_faults(**FAULTS[name][0])
    server = ShopServer([*shops.values(), healthy]).start()
    stop = threading.Event()

    def clear_later(name):
        # Transient faults: they end a while after they first hit, as real ones do.
        slug, clear_after = slug_of(name), FAULTS[name][1]
        while not stop.is_set() and not any(r.fault for r in server.requests(slug)):
            stop.wait(0.02)
        if not stop.wait(clear_after):
            shops[name].clear_faults()

    clearers = [threading.Thread(target=clear_later, args=(name,), daemon=True)
                for name in FAULTS if FAULTS[name][1]]
    registry = tmp_path_factory.mktemp("matrix") / "roasters.yaml"
    dump_registry([{"slug": s.slug, "name": s.name, "url": server.base_url(s.slug), "platform": "shopify",
                    "currency": "USD", "settings": {"page_limit": PAGE}} for s in [*shops.values(), healthy]],
                  registry)
    try:
        for clearer in clearers:
            clearer.start()
        result = run_scrapy(["crawl", "shopify", *SETTINGS], dsn=pg_dsn, registry=registry)
        logs = {slug: server.requests(slug) for slug in [*map(slug_of, FAULTS), "healthy"]}
    finally:
        stop.set()
        server.stop()
    assert result.returncode in (0, 4), result.stderr[-3000:]  # succeeded, or partial
    conn = psycopg2.connect(pg_dsn)
    conn.autocommit = True
    yield conn, logs
    conn.close()


def assert_exactly_once(db, slug, n):
    run = scalar(db, "SELECT s.id FROM scrape_runs s JOIN roasters r ON r.id = s.roaster_id WHERE r.slug = %s", (slug,))
    assert scalar(db, "SELECT count(*) FROM scrape_artifacts WHERE run_id = %s", (run,)) == n
    assert scalar(db, "SELECT count(DISTINCT product_id) FROM scrape_artifacts WHERE run_id = %s", (run,)) == n
    assert scalar(db, "SELECT count(*) FROM (SELECT variant_id FROM prices WHERE run_id = %s GROUP BY 1 HAVING count(*) > 1) d", (run,)) == 0
    valid = scalar(db, "SELECT count(*) FROM scrape_artifacts WHERE run_id = %s AND validation_status = 'valid'", (run,))
    assert scalar(db, "SELECT count(*) FROM coffees c JOIN roasters r ON r.id = c.roaster_id WHERE r.slug = %s", (slug,)) == valid


def test_healthy_shop_is_unaffected(matrix):
    db, logs = matrix
    assert_exactly_once(db, "healthy", N_HEALTHY)
    statuses = dict(rows(db, "SELECT r.slug, s.status FROM scrape_runs s JOIN roasters r ON r.id = s.roaster_id"))
    assert statuses["healthy"] == "succeeded"
    # The healthy shop never saw an error and was fetched exactly once per page.
    assert all(r.status == 200 for r in logs["healthy"])
    assert len([r for r in logs["healthy"] if r.path == "/products.json"]) == N_HEALTHY // PAGE + 2


@pytest.mark.parametrize("name", list(FAULTS))
def test_fault(name, matrix):
    db, logs = matrix
    faults, slug = FAULTS[name][0], slug_of(name)
    log = logs[slug]
    assert_exactly_once(db, slug, N_FAULTY)
    statuses = dict(rows(db, "SELECT r.slug, s.status FROM scrape_runs s JOIN roasters r ON r.id = s.roaster_id"))
    assert statuses[slug] in ("succeeded", "partial")
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
