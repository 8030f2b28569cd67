"""What the normalizer finds reaches Postgres: a wrongly stated price makes an invalid artifact naming the
field (issue 18), and an origin known only from a famous region is stored as inferred (issue 14)."""
from tests import hostile_shop
from tests.conftest import rows, run_scrapy, scalar

BAD_PRICES = {"1E5": "'1E5' uses exponent notation", 1e308: "'1e+308' uses exponent notation",
              "1e-308": "'1e-308' uses exponent notation",
              "12345678901234567890123456789012": "'12345678901234567890123456789012' is out of range"}


def shop_products() -> list[dict]:
    products = hostile_shop.coffees(len(BAD_PRICES) + 3, seed=9, id_base=810000)
    for p, price in zip(products, BAD_PRICES):
        p["variants"][-1]["price"] = price  # the last variant only: the error names its index
    inferred, named = products[-2], products[-1]
    inferred.update(title="Yirgacheffe Konga", tags=["Coffee"], body_html="<p>Washed. Notes of jasmine.</p>")
    named.update(title="Kenya Karimikui", tags=["Coffee"], body_html="<p>From Kenya's Kirinyaga county.</p>")
    return products


def test_normalizer_errors_and_inferred_origin_are_stored(db, db_dsn, registry_file, tmp_path):
    products = shop_products()
    shop = hostile_shop.HostileShop([hostile_shop.feed(products)])
    try:
        registry = registry_file([{"slug": "stated", "name": "Stated", "url": shop.url, "platform": "shopify",
                                   "currency": "USD"}])
        result = run_scrapy(["crawl", "shopify", "-s", "FEED_PARSE_RETRIES=0"], dsn=db_dsn, registry=registry,
                            env={"COFFEE_DATA_DIR": str(tmp_path)})
    finally:
        shop.stop()
    assert result.returncode == 0, result.stderr[-3000:]

    artifacts = {pid: (status, errors) for pid, status, errors in rows(
        db, "SELECT a.product_id, a.validation_status, a.errors FROM scrape_artifacts a "
            "JOIN roasters r ON r.id = a.roaster_id WHERE r.slug = 'stated'")}
    assert len(artifacts) == len(products)
    for p, message in zip(products, BAD_PRICES.values()):
        status, errors = artifacts[str(p["id"])]
        last = len(p["variants"]) - 1
        assert status == "invalid", (p["id"], errors)
        assert any(e.startswith(f"variants/{last}/price: {message}") for e in errors), errors
    # Not stored as a coffee (never as 1.00); the other products are (the synthetic feed has non-coffees too).
    others = {str(p["id"]): artifacts[str(p["id"])][0] for p in products[len(BAD_PRICES):]}
    assert set(others.values()) <= {"valid", "skipped"}, others
    stored = {r[0] for r in rows(db, "SELECT c.product_id FROM coffees c JOIN roasters r ON r.id = c.roaster_id "
                                     "WHERE r.slug = 'stated'")}
    assert stored == {pid for pid, status in others.items() if status == "valid"}
    assert {str(products[-2]["id"]), str(products[-1]["id"])} <= stored

    def inferred(product):
        return scalar(db, "SELECT origin_countries::text || ' ' || origin_inferred FROM coffees WHERE product_id = %s",
                      (str(product["id"]),))
    assert inferred(products[-2]) == "{ET} true"
    assert inferred(products[-1]) == "{KE} false"


def test_artifacts_stored_before_origin_inferred_still_validate():
    from coffee_scraper.items import contract_schema

    assert "origin_inferred" in contract_schema()["properties"]
    assert "origin_inferred" not in contract_schema()["required"]  # revalidate reads older artifacts
