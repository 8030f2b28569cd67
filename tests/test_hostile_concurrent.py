"""Two crawls of one roaster at once (issue 18): the second stops with a clear message, writes nothing."""
import psycopg2

from coffee_scraper_shops.platforms.shopify import synthetic_shopify
from coffee_scraper_shops.server import ShopServer
from coffee_scraper_shops.shop import Shop
from coffee_scraper.storage.checks import run_checks
from coffee_scraper.storage.runs import _ROASTER_LOCK
from tests.conftest import run_scrapy, scalar


def test_second_crawl_of_a_roaster_being_crawled_stops(db, db_dsn, registry_file, tmp_path):
    data = {"COFFEE_DATA_DIR": str(tmp_path)}
    products = synthetic_shopify(10, seed=9, currency="USD")
    with ShopServer([Shop(slug="busy", name="Busy", platform="shopify", currency="USD", products=products)]) as server:
        registry = registry_file([{"slug": "busy", "name": "Busy", "url": server.base_url("busy"),
                                   "platform": "shopify", "currency": "USD"}])
        first = run_scrapy(["crawl", "shopify"], dsn=db_dsn, registry=registry, env=data)
        assert first.returncode == 0, first.stderr[-3000:]
        prices = scalar(db, "SELECT count(*) FROM prices")
        # Another crawl of the roaster holds its lock (a crawl in progress, as a session of its own).
        other = psycopg2.connect(db_dsn)
        with other.cursor() as cur:
            cur.execute("SELECT pg_advisory_lock(%s, id::int) FROM roasters WHERE slug = 'busy'", (_ROASTER_LOCK,))
        try:
            second = run_scrapy(["crawl", "shopify"], dsn=db_dsn, registry=registry, env=data)
        finally:
            other.close()
        assert second.returncode == 1, second.stderr[-3000:]
        assert "busy are being crawled by another process" in second.stderr
        assert scalar(db, "SELECT count(*) FROM scrape_runs") == 1 and scalar(db, "SELECT count(*) FROM prices") == prices
        # Once the other crawl is over, the roaster can be crawled again.
        third = run_scrapy(["crawl", "shopify"], dsn=db_dsn, registry=registry, env=data)
        assert third.returncode == 0, third.stderr[-3000:]
    assert scalar(db, "SELECT count(*) FROM scrape_runs WHERE status = 'succeeded'") == 2
    assert not any(run_checks(db).values())
