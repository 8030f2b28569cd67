"""The review queue: products with several normalization warnings, or whose variant count jumped."""
import copy
import json
import os
import subprocess
import sys

from coffee_scraper_shops.platforms.shopify import synthetic_shopify
from coffee_scraper_shops.server import ShopServer
from coffee_scraper_shops.shop import Shop
from coffee_scraper.normalize import normalize_product
from coffee_scraper.spiders.shopify import source_product
from tests.conftest import run_scrapy, scalar


def cli(db_dsn, *args):
    out = subprocess.run([sys.executable, "-m", "coffee_scraper.cli", "review", "--database-url", db_dsn, *args],
                         capture_output=True, text=True, timeout=60, env=os.environ)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_review_queue(db, db_dsn, registry_file):
    products = [p for p in synthetic_shopify(30, seed=8)
                if normalize_product(source_product(p, "USD")).is_coffee and len(p["variants"]) < 6][:6]
    doubtful = copy.deepcopy(products[0])
    doubtful.update(id=777001, handle="doubtful", title="Mystery Lot")
    for v in doubtful["variants"]:
        v.update(title="Two Bags", option1="Two Bags", price="0.00", grams=0)
    grower = products[1]
    server = ShopServer([Shop(slug="rq", name="RQ", platform="shopify", currency="USD", products=products + [doubtful])]).start()
    try:
        registry = registry_file([{"slug": "rq", "name": "RQ", "url": server.base_url("rq"), "platform": "shopify", "currency": "USD"}])
        assert run_scrapy(["crawl", "shopify"], dsn=db_dsn, registry=registry).returncode == 0
        queue = json.loads(cli(db_dsn, "list", "--json"))
        assert [q["product_id"] for q in queue] == ["777001"]
        assert any("weight_grams" in w for w in queue[0]["warnings"]) and any("price" in w for w in queue[0]["warnings"])
        # A variant count jump of more than 3 since the last run sends a product to review too.
        extra = copy.deepcopy(grower["variants"][0])
        for i in range(4):
            v = copy.deepcopy(extra)
            v.update(id=888000 + i, title=f"{i + 2}lb", option1=f"{i + 2}lb")
            grower["variants"].append(v)
        server.shop("rq").set_products(products + [doubtful])
        assert run_scrapy(["crawl", "shopify"], dsn=db_dsn, registry=registry).returncode == 0
        queue = json.loads(cli(db_dsn, "list", "--json"))
        assert sorted(q["product_id"] for q in queue) == sorted(["777001", str(grower["id"])])
        grown = [q for q in queue if q["product_id"] == str(grower["id"])][0]
        assert any("count changed" in w for w in grown["warnings"])
        # Resolved stays resolved while the warnings are the same.
        assert "resolved 1" in cli(db_dsn, "resolve", str(queue[[q["product_id"] for q in queue].index("777001")]["id"]))
        assert run_scrapy(["crawl", "shopify"], dsn=db_dsn, registry=registry).returncode == 0
        assert scalar(db, "SELECT processing_status FROM coffees WHERE product_id = '777001'") == "resolved"
        # ... and the variant-count flag clears once the count is stable again.
        assert scalar(db, "SELECT processing_status FROM coffees WHERE product_id = %s", (str(grower["id"]),)) == "ok"
    finally:
        server.stop()
