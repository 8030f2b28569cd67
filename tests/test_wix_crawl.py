"""`scrapy crawl wix` end to end: a Wix Stores fixture shop into a real Postgres."""
from decimal import Decimal

import pytest

from coffee_scraper_shops.platforms import wix as fixture
from coffee_scraper_shops.server import ShopServer
from coffee_scraper_shops.shop import RateLimit, Shop
from tests.conftest import rows, run_scrapy, scalar

NON_COFFEE = {"Hario V60 Dripper 02", "E-Gift Card / Carte-cadeau", "Coffee Subscription – Abonnement mensuel",
              "Tote Bag"}


@pytest.fixture(scope="module")
def shop():
    server = ShopServer([Shop(slug="cafemtl", name="Café Montréal", platform="wix", currency="CAD",
                              products=fixture.catalogue())]).start()
    yield server
    server.stop()


def variant_rows(db, slug):
    return rows(db, """SELECT v.variant_id, v.weight_grams, v.price, v.currency, v.compare_at_price, v.in_stock, v.sku
                       FROM variants v JOIN coffees c ON c.id = v.coffee_id
                       WHERE c.url LIKE %s ORDER BY v.weight_grams, v.sku""", (f"%/product-page/{slug}",))


def test_wix_stores_crawl(shop, db, db_dsn, registry_file):
    registry = registry_file([{"slug": "cafemtl", "name": "Café Montréal", "url": shop.base_url("cafemtl"),
                               "platform": "wix"}])
    # A busy shop: more than 4 requests a second answer 429 + Retry-After.
    shop.shop("cafemtl").set_faults(rate_limit=RateLimit(limit=4, window=1.0, retry_after=1))
    try:
        result = run_scrapy(["crawl", "wix"], dsn=db_dsn, registry=registry)
    finally:
        shop.shop("cafemtl").clear_faults()
    assert result.returncode == 0, result.stderr[-3000:]
    catalogue = shop.shop("cafemtl").products
    log = shop.requests("cafemtl")
    fetched = {r.path for r in log if r.status == 200}
    # Product pages found through the sitemap index -> store-products-sitemap.xml only.
    assert {"/sitemap.xml", "/store-products-sitemap.xml"} <= fetched
    assert not {"/blog-posts-sitemap.xml", "/pages-sitemap.xml"} & {r.path for r in log}
    assert {f"/product-page/{p['urlPart']}" for p in catalogue} <= fetched

    assert scalar(db, "SELECT count(*) FROM scrape_artifacts") == len(catalogue)
    names = {r[0] for r in rows(db, "SELECT name FROM coffees")}
    assert not names & NON_COFFEE
    assert names == {p["name"] for p in catalogue} - NON_COFFEE

    # variant_id = the product item's id; Poids 80 g / 250 g / 1 kg as grams; CAD from the product.
    sidamo = next(p for p in catalogue if p["urlPart"] == "ethiopie-sidamo")
    got = variant_rows(db, "ethiopie-sidamo")
    assert sorted(r[0] for r in got) == sorted(i["id"] for i in sidamo["productItems"])
    assert {(r[1], r[2]) for r in got} == {(80, Decimal("7.50")), (250, Decimal("19.00")), (1000, Decimal("54.40"))}
    assert {r[3] for r in got} == {"CAD"}
    # 1 kg on sale: 54.40 paid, 64.00 struck out; 80 g espresso is out of stock.
    assert {r[4] for r in got if r[1] == 1000} == {Decimal("64.00")}
    assert [(r[1], r[6]) for r in got if r[5] is False] == [(80, "ETH-80 g-Espresso")]
    # The rich-text description (a JSON string) was parsed again into text.
    description = scalar(db, "SELECT description FROM coffees WHERE product_id = %s", (sidamo["id"],))
    assert "pêche, jasmin" in description and '"nodes"' not in description

    # Product-level price 0, prices on the product items (340 g / 2 lb).
    assert {(r[1], r[2]) for r in variant_rows(db, "guatemala-acatenango")} == {(340, Decimal("22.00")),
                                                                                (907, Decimal("58.00"))}
    # A single-SKU product on sale, and a sold-out one.
    assert [(r[1], r[2], r[4]) for r in variant_rows(db, "peru-cajamarca-250g")] == [(250, Decimal("14.40"),
                                                                                      Decimal("18.00"))]
    assert [r[5] for r in variant_rows(db, "kenya-nyeri-epuise")] == [False]
    # The page without warmup data was read from its schema.org Product.
    burundi = variant_rows(db, "burundi-kayanza")
    assert [(r[1], r[2], r[3]) for r in burundi] == [(250, Decimal("20.50"), "CAD")]
    assert scalar(db, "SELECT count(*) FROM variants WHERE currency <> 'CAD'") == 0
    assert rows(db, "SELECT status FROM scrape_runs") == [("succeeded",)]
