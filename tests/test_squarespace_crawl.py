"""`scrapy crawl squarespace` end to end: a Squarespace fixture store into a real Postgres."""
from decimal import Decimal

import pytest

from coffee_scraper_shops.platforms import squarespace as fixture
from coffee_scraper_shops.server import ShopServer
from coffee_scraper_shops.shop import Shop
from tests.conftest import rows, run_scrapy, scalar

NON_COFFEE = {"Book – The World Atlas of Coffee", "Comandante C40 MK4 Grinder", "Art Print Poster – Coffee Cherries (A3)",
              "Carte Cadeau – Gift Card", "Abonnement Café – Coffee Subscription",
              "Brewing Guide e-Book (PDF download)", "Enamel Mug", "Tote Bag"}


@pytest.fixture(scope="module")
def shop():
    server = ShopServer([Shop(slug="lumiere", name="Brûlerie Lumière", platform="squarespace", currency="EUR",
                              products=fixture.catalogue())]).start()
    yield server
    server.stop()


def variant_rows(db, product_slug):
    return rows(db, """SELECT v.title, v.weight_grams, v.grind, v.price, v.currency, v.compare_at_price, v.in_stock
                       FROM variants v JOIN coffees c ON c.id = v.coffee_id
                       WHERE c.url LIKE %s ORDER BY v.weight_grams, v.title""", (f"%/{product_slug}",))


def test_squarespace_store_crawl(shop, db, db_dsn, registry_file):
    registry = registry_file([{"slug": "lumiere", "name": "Brûlerie Lumière", "url": shop.base_url("lumiere"),
                               "platform": "squarespace"}])
    result = run_scrapy(["crawl", "squarespace"], dsn=db_dsn, registry=registry)
    assert result.returncode == 0, result.stderr[-3000:]
    catalogue = shop.shop("lumiere").products
    log = shop.requests("lumiere")
    paths = [(r.path, r.query, r.status) for r in log]

    # Store collections were found from the site (sitemap / navigation), not guessed: /shop and /merch;
    # /journal (a blog) and /about were probed and rejected; /store does not exist.
    assert ("/shop", "format=json", 200) in paths and ("/merch", "format=json", 200) in paths
    # Pagination followed to the end (20 + 20 + rest), page 2 answered 429 + Retry-After once, then again.
    listing = [r for r in log if r.path == "/shop" and "offset=" in r.query]
    assert [r.status for r in listing].count(429) == 2 and [r.status for r in listing].count(200) == 2
    # The item whose listing entry lacked its variants was read from its own page.
    assert ("/shop/p/rwanda-huye-mountain", "format=json", 200) in paths

    # Every item is accounted for: coffees stored, the other goods skipped, none lost.
    assert scalar(db, "SELECT count(*) FROM scrape_artifacts") == len(catalogue)
    skipped = {r[0]["title"] if isinstance(r[0], dict) else None
               for r in rows(db, "SELECT payload FROM scrape_artifacts WHERE validation_status = 'skipped'")}
    assert NON_COFFEE <= skipped
    names = {r[0] for r in rows(db, "SELECT name FROM coffees")}
    assert not names & NON_COFFEE
    assert scalar(db, "SELECT count(*) FROM coffees") == len(catalogue) - len(NON_COFFEE)

    # product_id = the item id, variant_id = the variant id.
    guji = next(p for p in catalogue if p["urlId"] == "ethiopie-guji-natural")
    assert scalar(db, "SELECT product_id FROM coffees WHERE name = %s", (guji["title"],)) == guji["id"]
    assert sorted(r[0] for r in rows(db, """SELECT v.variant_id FROM variants v JOIN coffees c ON c.id = v.coffee_id
                                            WHERE c.product_id = %s""", (guji["id"],))) == \
        sorted(v["id"] for v in guji["structuredContent"]["variants"])

    # French options: Poids 250 g / 1 kg read as grams; prices and currency from priceMoney.
    guji_rows = variant_rows(db, "ethiopie-guji-natural")
    assert {(r[1], r[3], r[4]) for r in guji_rows} == {(250, Decimal("14.50"), "EUR"), (1000, Decimal("48.00"), "EUR")}
    assert [r[6] for r in guji_rows].count(False) == 1  # 1 kg / Espresso: qtyInStock 0
    # Sale: the sale price is paid, the regular price is compare_at; unlimited stock is in stock.
    decaf = variant_rows(db, "colombie-huila-decafeine")
    assert (decaf[0][1], decaf[0][3], decaf[0][5], decaf[0][6]) == (250, Decimal("10.40"), Decimal("13.00"), True)
    assert (decaf[1][1], decaf[1][3], decaf[1][5]) == (1000, Decimal("42.00"), None)
    # Sold out everywhere.
    assert [r[6] for r in variant_rows(db, "kenya-kiambu-aa")] == [False]
    # English sizes and grinds in the same shop.
    brazil = variant_rows(db, "brazil-mogiana-espresso-blend")
    assert {(r[1], r[2]) for r in brazil} == {(340, "whole bean"), (340, "ground"), (907, "whole bean"), (907, "ground")}
    # The item read from its own page.
    rwanda = variant_rows(db, "rwanda-huye-mountain")
    assert [(r[1], r[3], r[5]) for r in rwanda] == [(250, Decimal("15.50"), None), (1000, Decimal("46.80"), Decimal("52.00"))]
    assert scalar(db, "SELECT count(*) FROM variants WHERE currency <> 'EUR'") == 0
    assert rows(db, "SELECT status FROM scrape_runs") == [("succeeded",)]
