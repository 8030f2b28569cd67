"""Hostile shops lose nothing: each case crawled beside a calm roaster into real Postgres (issue 18).

Per case: what is stored, the incident recorded, the run's status, peak memory (Scrapy's
memusage stats), no request outside the shop, and the calm roaster of the same crawl fully stored.
"""
import json

import pytest

from coffee_scraper_shops.platforms.shopify import synthetic_shopify
from coffee_scraper_shops.server import ShopServer
from coffee_scraper_shops.shop import Shop
from coffee_scraper.storage.checks import run_checks
from tests import hostile_shop
from tests.conftest import rows, run_scrapy, scalar

CALM_PRODUCTS = synthetic_shopify(40, seed=3, currency="USD")
MAX_RSS = 1024 * 1024 * 1024


@pytest.fixture(scope="module")
def calm_server():
    server = ShopServer([Shop(slug="calm", name="Calm", platform="shopify", currency="USD",
                              products=CALM_PRODUCTS)]).start()
    yield server
    server.stop()


def crawl(db_dsn, registry_file, calm_server, pages: list[bytes], data_dir):
    shop = hostile_shop.HostileShop(pages)
    try:
        registry = registry_file([
            {"slug": "hostile", "name": "Hostile", "url": shop.url, "platform": "shopify", "currency": "USD"},
            {"slug": "calm", "name": "Calm", "url": calm_server.base_url("calm"), "platform": "shopify",
             "currency": "USD"},
        ])
        stats_file = data_dir / "stats.json"
        result = run_scrapy(["crawl", "shopify", "-s", "FEED_PARSE_RETRIES=0",
                             "-s", 'EXTENSIONS={"tests.hostile_shop.StatsFile": 0}'], dsn=db_dsn, registry=registry,
                            env={"COFFEE_DATA_DIR": str(data_dir), "HOSTILE_STATS_FILE": str(stats_file)})
    finally:
        shop.stop()
    # Only the shop's own feed was asked for.
    assert shop.log and all(path.startswith("/products.json?") for _, path in shop.log), shop.log
    peak = json.loads(stats_file.read_text()).get("memusage/max")
    assert peak and peak < MAX_RSS, result.stderr[-2000:]
    return result


def crawl_products(db, db_dsn, registry_file, calm_server, products, data_dir, exit_code=0) -> int:
    """Crawl a hostile feed of these products (and the calm shop); returns the hostile artifacts stored."""
    result = crawl(db_dsn, registry_file, calm_server, [hostile_shop.feed(products)], data_dir)
    assert result.returncode == exit_code, result.stderr[-3000:]  # 4: a run is partial
    return scalar(db, "SELECT count(*) FROM scrape_artifacts a JOIN roasters r ON r.id = a.roaster_id "
                      "WHERE r.slug = 'hostile'")


def run_of(db, slug):
    return rows(db, "SELECT r.status, r.incidents FROM scrape_runs r JOIN roasters o ON o.id = r.roaster_id "
                    "WHERE o.slug = %s", (slug,))[0]


def assert_calm_complete(db):
    """The other roaster of the crawl: every product accounted for, its run succeeded."""
    calm = scalar(db, "SELECT id FROM roasters WHERE slug = 'calm'")
    assert scalar(db, "SELECT count(*) FROM scrape_artifacts WHERE roaster_id = %s", (calm,)) == len(CALM_PRODUCTS)
    valid = scalar(db, "SELECT count(*) FROM scrape_artifacts WHERE roaster_id = %s AND validation_status = 'valid'",
                   (calm,))
    assert valid > 0 and scalar(db, "SELECT count(*) FROM coffees WHERE roaster_id = %s", (calm,)) == valid
    assert run_of(db, "calm")[0] == "succeeded"
    assert not any(run_checks(db).values()), run_checks(db)


def test_nul_bytes_in_every_text_column_are_stored(db, db_dsn, registry_file, calm_server, tmp_path):
    products = hostile_shop.nul_bytes()
    stored = crawl_products(db, db_dsn, registry_file, calm_server, products, tmp_path)
    assert stored == len(products) == scalar(db, "SELECT count(*) FROM coffees c JOIN roasters r ON r.id = c.roaster_id "
                                                 "WHERE r.slug = 'hostile'")
    assert scalar(db, "SELECT name FROM coffees WHERE product_id = '770000\ufffd'") == "Kenya\ufffd AA"
    assert scalar(db, "SELECT v.variant_id FROM variants v JOIN coffees c ON c.id = v.coffee_id "
                      "WHERE c.product_id = '770000\ufffd' ORDER BY v.id LIMIT 1") == "v\ufffd1"
    assert run_of(db, "hostile")[0] == "succeeded"
    assert_calm_complete(db)


def test_lone_surrogates_are_stored(db, db_dsn, registry_file, calm_server, tmp_path):
    products = hostile_shop.lone_surrogate()
    stored = crawl_products(db, db_dsn, registry_file, calm_server, products, tmp_path)
    assert stored == len(products)
    assert scalar(db, "SELECT name FROM coffees WHERE product_id = '780000'") == "Kenya \ufffd AA"
    assert_calm_complete(db)


def test_a_value_postgres_refuses_costs_only_its_product(db, db_dsn, registry_file, calm_server, tmp_path):
    products = hostile_shop.oversized_id()
    stored = crawl_products(db, db_dsn, registry_file, calm_server, products, tmp_path, exit_code=4)
    # The other products of the hostile shop and of the calm one are stored; the bad one is an incident.
    assert stored == len(products) - 1
    status, incidents = run_of(db, "hostile")
    assert status == "partial"
    refused = [i for i in incidents if i["kind"] in ("storage_refused", "item_error")]
    assert refused and "index row" in refused[0]["message"], incidents
    assert_calm_complete(db)


def test_exception_in_normalization_is_an_invalid_artifact(db, db_dsn, registry_file, calm_server, tmp_path):
    products = hostile_shop.huge_price()
    stored = crawl_products(db, db_dsn, registry_file, calm_server, products, tmp_path)
    assert stored == len(products)
    status, errors = rows(db, "SELECT validation_status, errors FROM scrape_artifacts WHERE product_id = '800000'")[0]
    assert status == "invalid" and "price" in " ".join(errors).lower(), errors
    assert_calm_complete(db)


def test_deeply_nested_feed_is_an_incident_not_a_success(db, db_dsn, registry_file, calm_server, tmp_path):
    result = crawl(db_dsn, registry_file, calm_server, [hostile_shop.deeply_nested()], tmp_path)
    assert result.returncode == 1, result.stderr[-3000:]
    status, incidents = run_of(db, "hostile")
    assert status == "failed", incidents
    assert any("RecursionError" in i["message"] for i in incidents), incidents
    assert_calm_complete(db)
