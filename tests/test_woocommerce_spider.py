"""WooCommerce spider parsing, on the real babasbeans Store API response (no network)."""
import json
from pathlib import Path

from scrapy import Request
from scrapy.http import TextResponse
from scrapy.utils.test import get_crawler

from coffee_scraper.items import CoffeeItem
from coffee_scraper.spiders.woocommerce import WooCommerceSpider, minor_to_major, offer_prices

REAL = Path(__file__).resolve().parent.parent / "coffee_scraper_shops" / "real" / "woo_store_products_babasbeans_INR.json"
API = "/wp-json/wc/store/v1/products"


def spider():
    return WooCommerceSpider.from_crawler(get_crawler(WooCommerceSpider), url="https://babasbeans.com")


def response(url, body, meta, status=200, headers=None):
    return TextResponse(url, body=body, encoding="utf-8", request=Request(url, meta=meta), status=status, headers=headers)


def test_minor_units_are_exact():
    assert minor_to_major("29000", 2) == "290.00"
    assert minor_to_major("1999", 2) == "19.99"
    assert minor_to_major("500", 0) == "500"
    assert minor_to_major("12345", 3) == "12.345"
    # A real sale: regular 30000 / sale 14900 -> compare_at 300.00
    assert offer_prices({"price": "14900", "regular_price": "30000", "currency_code": "INR", "currency_minor_unit": 2}) == ("149.00", "300.00", "INR")


def test_real_store_api_page():
    s = spider()
    slug = s.roasters[0].slug
    body = REAL.read_bytes()
    out = list(s.parse_page(response(f"https://babasbeans.com{API}?per_page=100&page=1", body,
                                     {"roaster": slug, "api": API, "page": 1}, headers={"X-WP-TotalPages": "1"})))
    items = {o["product_id"]: o for o in out if isinstance(o, CoffeeItem)}
    assert len(items) == 10 and not [o for o in out if isinstance(o, Request)]
    hustler = items["3382"]
    src = hustler["source"]
    assert src.default_currency == "INR" and "Roast Profile : Dark Roast" in src.extra_html
    assert len(src.variants) == 7 and src.variants[0].price == "290.00"
    # variation attribute slugs are mapped back to the shop's term names
    assert src.variants[0].options == [("Grind Size", "Aero press")]
    # HTML entities in names are decoded by the spider (a WooCommerce quirk)
    assert items["1957"]["name"] == "SUBSCRIPTION – 24 DELIVERIES"
    assert items["3381"]["source"].variants[0].variant_id == "3381"


def test_legacy_api_fallback_and_paging_by_header():
    s = spider()
    slug = s.roasters[0].slug
    out = list(s.parse_page(response(f"https://babasbeans.com{API}?page=1", b"", {"roaster": slug, "api": API, "page": 1}, status=404)))
    assert [r.url for r in out] == ["https://babasbeans.com/wp-json/wc/store/products?per_page=100&page=1"]
    out = list(s.parse_page(response(f"https://babasbeans.com{API}?page=1", b"[]", {"roaster": slug, "api": API, "page": 1},
                                     headers={"X-WP-TotalPages": "3"})))
    assert [r.url.rsplit("=", 1)[1] for r in out] == ["2", "3"]


def test_variations_with_different_prices_are_fetched_and_a_failure_does_not_lose_the_product():
    s = spider()
    slug = s.roasters[0].slug
    product = json.loads(REAL.read_text())[0]
    product["prices"]["price_range"] = {"min_amount": "29000", "max_amount": "99000"}
    product["variations"] = product["variations"][:2]
    out = list(s.product_requests_or_item(s.roasters[0], API, product, "2026-01-01T00:00:00Z"))
    assert len(out) == 1 and out[0].url.endswith(f"{API}/3974")
    first = out[0]
    variation = {"id": 3974, "prices": {"price": "99000", "regular_price": "99000", "currency_code": "INR", "currency_minor_unit": 2},
                 "is_in_stock": True, "variation_attributes": [{"name": "Grind Size", "value": "aero-press"}]}
    out = list(s.parse_variation(response(first.url, json.dumps(variation).encode(), first.meta)))
    assert len(out) == 1 and out[0].url.endswith("/3975")

    class Failure:  # what Scrapy hands an errback: the failed request
        request = out[0]
        value = RuntimeError("reset")
        type = RuntimeError

        def check(self, *types):
            return None

    items = list(s.on_variation_error(Failure()))
    assert len(items) == 1 and isinstance(items[0], CoffeeItem)
    assert [v.price for v in items[0]["source"].variants] == ["990.00"]
    assert s.incidents[slug][0]["kind"] == "fetch_error"


def test_a_product_not_for_sale_has_no_price():
    """Baba's Beans' "Jampui Hills" (is_purchasable false) reports price "0": no price, not a free bag that
    would feed the price history and price per kg."""
    zero = {"price": "0", "regular_price": "0", "sale_price": "0", "currency_code": "INR", "currency_minor_unit": 2}
    assert offer_prices(zero, False) == (None, None, "INR")
    assert offer_prices(zero, True) == ("0.00", None, "INR")  # a shop's own free item stays a stated 0
    assert offer_prices({**zero, "price": "29000", "regular_price": "29000"}, False) == ("290.00", None, "INR")
