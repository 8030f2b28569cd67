"""End to end: crawl a local Shopify fixture shop into a real Postgres and assert on the rows."""
import json

import pytest

from coffee_scraper_shops.platforms.shopify import synthetic_shopify
from coffee_scraper_shops.server import ShopServer
from coffee_scraper_shops.shop import Shop
from coffee_scraper.storage.checks import run_checks
from tests.conftest import rows, run_scrapy, scalar

HOSTILE_TITLE = "Roaster's \"Best\" '; DROP TABLE coffees; -- ☕🔥 Kenya"
BIG_BODY = "<p>" + ("Notes of cherry &amp; <b>cola</b> — " * 3000) + "</p>"


def hostile_products():
    """A coffee per hostile string, and two products that must fail the schema."""
    base = synthetic_shopify(3, seed=99, currency="USD")
    products = []
    for i, p in enumerate(base):
        p = json.loads(json.dumps(p))
        p["id"] = 990000 + i
        p["handle"] = f"hostile-{i}"
        p["product_type"] = "Coffee"
        p["tags"] = ["Coffee", "Country: Kenya"]
        for v in p["variants"]:
            v["price"] = "18.50"
        products.append(p)
    products[0]["title"] = HOSTILE_TITLE
    products[1]["body_html"] = BIG_BODY
    products[1]["title"] = "Ethiopia Guji 🍓"
    products[2]["title"] = "Colombia Huila"
    broken_price = json.loads(json.dumps(products[2]))
    broken_price.update(id=990010, handle="broken-price", title="Kenya Broken Price")
    for v in broken_price["variants"]:
        v["price"] = "N/A"
    blank_title = json.loads(json.dumps(products[2]))
    blank_title.update(id=990011, handle="blank-title", title="   ")
    return products + [broken_price, blank_title]


@pytest.fixture
def big_shop():
    products = synthetic_shopify(640, seed=7, currency="USD") + hostile_products()
    server = ShopServer([Shop(slug="bigroaster", name="Big Roaster", platform="shopify", currency="USD",
                              products=products)]).start()
    yield server, products
    server.stop()


def test_crawl_600_products_twice_is_idempotent(big_shop, db, db_dsn, registry_file):
    server, products = big_shop
    registry = registry_file([{"slug": "bigroaster", "name": "Big Roaster", "url": server.base_url("bigroaster"),
                               "platform": "shopify", "currency": "USD"}])
    result = run_scrapy(["crawl", "shopify"], dsn=db_dsn, registry=registry)
    assert result.returncode == 0, result.stderr[-3000:]

    # Every product the shop serves is accounted for exactly once: coffee, invalid or skipped.
    assert scalar(db, "SELECT count(*) FROM scrape_artifacts") == len(products)
    by_status = dict(rows(db, "SELECT validation_status, count(*) FROM scrape_artifacts GROUP BY 1"))
    coffees = scalar(db, "SELECT count(*) FROM coffees")
    assert coffees == by_status["valid"] and coffees >= 400
    assert by_status.get("invalid", 0) >= 2 and by_status.get("skipped", 0) >= 10
    # Three pages of 250 plus the empty one that ends the feed.
    pages = [r for r in server.requests("bigroaster") if r.path == "/products.json"]
    assert sorted(r.query for r in pages) == sorted(f"limit=250&page={n}" for n in (1, 2, 3, 4))

    # Variant rows match the feed's variants of the stored coffees.
    variants_by_id = {str(p["id"]): len(p["variants"]) for p in products}
    stored = [r[0] for r in rows(db, "SELECT product_id FROM coffees")]
    expected_variants = sum(variants_by_id[pid] for pid in stored)
    assert scalar(db, "SELECT count(*) FROM variants") == expected_variants
    assert scalar(db, "SELECT count(*) FROM prices") == expected_variants
    run = rows(db, "SELECT status, finish_reason, stats FROM scrape_runs")
    assert len(run) == 1 and run[0][0] == "succeeded" and run[0][1] == "finished"
    assert run[0][2]["items_valid"] == coffees

    # Second run: new price rows, no new coffees or variants, integrity holds.
    result = run_scrapy(["crawl", "shopify"], dsn=db_dsn, registry=registry)
    assert result.returncode == 0, result.stderr[-3000:]
    assert scalar(db, "SELECT count(*) FROM coffees") == coffees
    assert scalar(db, "SELECT count(*) FROM variants") == expected_variants
    assert scalar(db, "SELECT count(*) FROM prices") == 2 * expected_variants
    assert scalar(db, "SELECT count(*) FROM scrape_runs") == 2
    for sql in (
        "SELECT count(*) FROM (SELECT variant_id, scraped_at, COUNT(*) FROM prices GROUP BY 1,2 HAVING COUNT(*)>1) d",
        "SELECT COUNT(*) FROM prices WHERE variant_id NOT IN (SELECT id FROM variants)",
        "SELECT COUNT(*) FROM variants WHERE coffee_id NOT IN (SELECT id FROM coffees)",
    ):
        assert scalar(db, sql) == 0, sql
    import psycopg2

    conn = psycopg2.connect(db_dsn)
    assert not any(run_checks(conn).values())
    conn.close()

    # Schema failures are kept, with readable errors naming the field.
    invalid = dict(rows(db, "SELECT product_id, errors FROM scrape_artifacts WHERE validation_status='invalid'"))
    assert any("price" in e for e in invalid["990010"]), invalid["990010"]
    assert any(e.startswith("name") for e in invalid["990011"]), invalid["990011"]

    # Hostile strings are stored verbatim.
    assert scalar(db, "SELECT name FROM coffees WHERE product_id = '990000'") == HOSTILE_TITLE
    assert scalar(db, "SELECT payload->>'body_html' FROM scrape_artifacts WHERE product_id = '990001' LIMIT 1") == BIG_BODY
    assert scalar(db, "SELECT name FROM coffees WHERE product_id = '990001'") == "Ethiopia Guji 🍓"
    assert scalar(db, "SELECT count(*) FROM roasters") == 1


def test_apex_404_then_www_and_feed_export(db, db_dsn, registry_file, tmp_path):
    products = synthetic_shopify(30, seed=3, currency="USD")
    shop = Shop(slug="wwwonly", name="WWW Only", platform="shopify", currency="USD", products=products, apex_404=True)
    server = ShopServer([shop]).start()
    try:
        out = tmp_path / "items.jsonl"
        result = run_scrapy(
            ["crawl", "shopify", "-a", f"url={server.base_url('wwwonly')}", "-a", "currency=USD", "-O", str(out)],
            dsn=db_dsn, registry=registry_file([]),
        )
        assert result.returncode == 0, result.stderr[-3000:]
        log = server.requests("wwwonly")
        feed = [(r.host.split(":")[0], r.status) for r in log if r.path == "/products.json"]
        assert feed[0] == ("wwwonly.localhost", 404)
        assert all(host.startswith("www.") for host, _ in feed[1:]) and len(feed) >= 3
    finally:
        server.stop()
    items = [json.loads(line) for line in out.read_text().splitlines()]
    assert items and len(items) == scalar(db, "SELECT count(*) FROM coffees")
    from coffee_scraper.items import CONTRACT_FIELDS, VARIANT_FIELDS

    for item in items:
        assert list(item) == CONTRACT_FIELDS
        assert item["roaster"] == "wwwonly" and item["platform"] == "shopify"
        assert item["scraped_at"].endswith("Z") and item["url"].startswith("http://www.wwwonly.localhost:")
        for v in item["variants"]:
            assert list(v) == VARIANT_FIELDS
            assert isinstance(v["price"], (int, float)) and v["currency"] == "USD"


def test_bad_arguments_exit_nonzero_with_a_clear_message(db_dsn, registry_file):
    result = run_scrapy(["crawl", "shopify", "-a", "url=ftp://nope"], dsn=db_dsn, registry=registry_file([]))
    assert result.returncode != 0
    assert "-a url" in result.stderr and "not an http(s) URL" in result.stderr


@pytest.mark.parametrize("setting, message", [
    ("DB_BATCH_SIZE=0", "must be positive"),
    ("RETRY_TIMES=-1", "must be zero or more"),
    ("RUN_KIND=weekly", "must be one of full, price"),
    ("DISTRIBUTED=1", "needs -s CRAWL_ID"),
])
def test_bad_settings_fail_at_start_naming_the_setting(db_dsn, registry_file, setting, message):
    registry = registry_file([{"slug": "a", "url": "http://a.localhost:9", "platform": "shopify", "currency": "USD"}])
    result = run_scrapy(["crawl", "shopify", "-s", setting], dsn=db_dsn, registry=registry)
    assert result.returncode == 2 and message in result.stderr and setting.split("=")[0] in result.stderr
    assert "Spider opened" not in result.stderr
