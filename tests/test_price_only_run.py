"""RUN_KIND=price: prices and stock move; descriptions and unchanged payloads are left alone."""
from coffee_scraper_shops.platforms.shopify import synthetic_shopify
from coffee_scraper_shops.server import ShopServer
from coffee_scraper_shops.shop import Shop
from tests.conftest import run_scrapy, scalar


def test_price_only_run(db, db_dsn, registry_file):
    products = synthetic_shopify(40, seed=21)
    server = ShopServer([Shop(slug="weekly", name="Weekly", platform="shopify", currency="USD", products=products)]).start()
    try:
        registry = registry_file([{"slug": "weekly", "name": "Weekly", "url": server.base_url("weekly"),
                                   "platform": "shopify", "currency": "USD"}])
        assert run_scrapy(["crawl", "shopify"], dsn=db_dsn, registry=registry).returncode == 0
        pid = scalar(db, "SELECT product_id FROM coffees ORDER BY product_id LIMIT 1")
        before = scalar(db, "SELECT description FROM coffees WHERE product_id = %s", (pid,))
        artifacts = scalar(db, "SELECT count(*) FROM scrape_artifacts")
        changed = [p for p in products if str(p["id"]) == pid][0]
        changed["body_html"] = "<p>Rewritten by the roaster</p>"
        changed["title"] = changed["title"] + " (new label)"
        changed["variants"][0]["price"] = "99.00"
        server.shop("weekly").set_products(products)
        result = run_scrapy(["crawl", "shopify", "-s", "RUN_KIND=price"], dsn=db_dsn, registry=registry)
        assert result.returncode == 0, result.stderr[-2000:]
    finally:
        server.stop()
    assert scalar(db, "SELECT description FROM coffees WHERE product_id = %s", (pid,)) == before
    assert not scalar(db, "SELECT name FROM coffees WHERE product_id = %s", (pid,)).endswith("(new label)")
    assert str(scalar(db, "SELECT v.price FROM variants v JOIN coffees c ON c.id = v.coffee_id "
                          "WHERE c.product_id = %s AND v.variant_id = %s", (pid, str(changed["variants"][0]["id"])))) == "99.00"
    assert scalar(db, "SELECT count(DISTINCT run_id) FROM prices") == 2
    # Only the changed product's payload was stored again.
    assert scalar(db, "SELECT count(*) FROM scrape_artifacts") == artifacts + 1
    assert scalar(db, "SELECT stats->>'run_kind' FROM scrape_runs ORDER BY id DESC LIMIT 1") == "price"
