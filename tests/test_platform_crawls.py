"""End to end per platform: WooCommerce, JSON-LD and a JS-rendered shop into a real Postgres."""
import pytest

from coffee_scraper_shops.platforms.jsonld import synthetic_jsonld
from coffee_scraper_shops.platforms.woocommerce import real_woocommerce, synthetic_woocommerce
from coffee_scraper_shops.server import ShopServer
from coffee_scraper_shops.shop import Shop
from tests.conftest import rows, run_scrapy, scalar


@pytest.fixture(scope="module")
def shops():
    server = ShopServer([
        Shop(slug="wooshop", name="Woo Shop", platform="woocommerce", currency="INR",
             products=real_woocommerce() + synthetic_woocommerce(230, seed=5)),
        Shop(slug="ldshop", name="LD Shop", platform="jsonld", currency="GBP", products=synthetic_jsonld(60, seed=2)),
        Shop(slug="jsshop", name="JS Shop", platform="jsonld_js", currency="EUR", products=synthetic_jsonld(12, seed=4, currency="EUR")),
    ]).start()
    yield server
    server.stop()


def accounted(db):
    """Products seen this run: stored coffees + invalid + skipped artifacts."""
    return scalar(db, "SELECT count(*) FROM scrape_artifacts")


def test_woocommerce_store_api_crawl(shops, db, db_dsn, registry_file):
    registry = registry_file([{"slug": "wooshop", "name": "Woo", "url": shops.base_url("wooshop"), "platform": "woocommerce"}])
    result = run_scrapy(["crawl", "woocommerce"], dsn=db_dsn, registry=registry)
    assert result.returncode == 0, result.stderr[-3000:]
    total = len(shops.shop("wooshop").products)
    assert accounted(db) == total
    pages = [r.query for r in shops.requests("wooshop") if r.path == "/wp-json/wc/store/v1/products"]
    assert sorted(pages) == ["page=1&per_page=100", "page=2&per_page=100", "page=3&per_page=100"] or len(pages) == 3
    assert scalar(db, "SELECT count(*) FROM coffees") >= 150
    # Prices came from minor units, currency from the API.
    assert scalar(db, "SELECT count(*) FROM variants WHERE currency <> 'INR'") == 0
    assert scalar(db, "SELECT min(price) FROM variants WHERE price > 0") >= 1
    assert rows(db, "SELECT status FROM scrape_runs") == [("succeeded",)]


def test_jsonld_sitemap_crawl(shops, db, db_dsn, registry_file):
    registry = registry_file([{"slug": "ldshop", "name": "LD", "url": shops.base_url("ldshop"), "platform": "jsonld", "currency": "GBP"}])
    result = run_scrapy(["crawl", "jsonld"], dsn=db_dsn, registry=registry)
    assert result.returncode == 0, result.stderr[-3000:]
    assert accounted(db) == 60
    assert scalar(db, "SELECT count(DISTINCT currency) FROM variants") >= 1
    assert rows(db, "SELECT status FROM scrape_runs") == [("succeeded",)]


def test_js_shop_needs_rendering(shops, db, db_dsn, registry_file):
    url = shops.base_url("jsshop")
    registry = registry_file([])
    plain = run_scrapy(["crawl", "jsonld", "-a", f"url={url}", "-a", "render=none"], dsn=db_dsn, registry=registry)
    assert plain.returncode == 1, plain.stderr[-3000:]  # 0 products is not a success...
    assert accounted(db) == 0  # the HTML alone has no products
    assert "needs_rendering" in plain.stderr and "-a render=js" in plain.stderr  # ...and says what to do
    rendered = run_scrapy(["crawl", "jsonld", "-a", f"url={url}", "-a", "render=js"], dsn=db_dsn, registry=registry)
    assert rendered.returncode == 0, rendered.stderr[-3000:]
    assert "Browser" in rendered.stderr or "playwright" in rendered.stderr.lower()
    assert accounted(db) == 12
    assert scalar(db, "SELECT count(*) FROM coffees") >= 10
    # Images and fonts were blocked: the shop never served one to the browser.
    served = [r.path for r in shops.requests("jsshop")]
    assert not [p for p in served if p.endswith((".jpg", ".png", ".woff2", ".woff"))]


def test_jsonld_rerun_from_another_host_adds_prices_not_variants(db, db_dsn, registry_file):
    """Ids must not depend on the shop's host or port (offer URLs used as ids once did)."""
    counts = []
    for _ in range(2):
        server = ShopServer([Shop(slug="ldtwice", name="LD", platform="jsonld", currency="GBP",
                                  products=synthetic_jsonld(25, seed=9))]).start()
        try:
            registry = registry_file([{"slug": "ldtwice", "name": "LD", "url": server.base_url("ldtwice"),
                                       "platform": "jsonld", "currency": "GBP"}])
            result = run_scrapy(["crawl", "jsonld"], dsn=db_dsn, registry=registry)
            assert result.returncode == 0, result.stderr[-2000:]
        finally:
            server.stop()
        counts.append((scalar(db, "SELECT count(*) FROM coffees"), scalar(db, "SELECT count(*) FROM variants"),
                       scalar(db, "SELECT count(*) FROM prices")))
    assert counts[0][:2] == counts[1][:2] and counts[1][2] == 2 * counts[0][2]
