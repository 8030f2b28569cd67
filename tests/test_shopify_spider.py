"""Shopify spider parsing, on real products.json responses (no network)."""
import json
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.http import TextResponse
from scrapy.utils.test import get_crawler

from coffee_scraper.items import CoffeeItem
from coffee_scraper.registry import RegistryError
from coffee_scraper.spiders.shopify import ShopifySpider, source_product, www_variant

REAL = Path(__file__).resolve().parent.parent / "coffee_scraper_shops" / "real"


def make_spider(**kwargs):
    crawler = get_crawler(ShopifySpider)
    return ShopifySpider.from_crawler(crawler, **kwargs)


def feed_response(url, body, meta, status=200):
    request = Request(url, meta=meta)
    return TextResponse(url, body=body, encoding="utf-8", request=request, status=status)


def test_parses_real_bluetokai_page_and_asks_for_the_next():
    spider = make_spider(url="https://bluetokaicoffee.com", currency="INR")
    body = (REAL / "shopify_products_bluetokai_INR.json").read_bytes()
    meta = {"roaster": "bluetokai", "base": "https://bluetokaicoffee.com", "page": 1, "currency": "INR"}
    out = list(spider.parse_feed(feed_response("https://bluetokaicoffee.com/products.json?limit=250&page=1", body, meta)))
    items = [o for o in out if isinstance(o, CoffeeItem)]
    requests = [o for o in out if isinstance(o, Request)]
    assert len(items) == 30
    assert [r.url for r in requests] == ["https://bluetokaicoffee.com/products.json?limit=250&page=2"]
    first = json.loads(body)["products"][0]
    item = items[0]
    assert item["product_id"] == str(first["id"]) and item["name"] == first["title"]
    assert item["url"] == f"https://bluetokaicoffee.com/products/{first['handle']}"
    assert item["raw"] == first and item["scraped_at"].endswith("Z")
    src = item["source"]
    assert src.default_currency == "INR" and src.description_html == first["body_html"]
    v = src.variants[0]
    assert v.variant_id == str(first["variants"][0]["id"]) and v.currency is None
    # option names come from the product's `options`, values from option1..3
    assert v.options[0] == (first["options"][0]["name"], first["variants"][0]["option1"])


def test_empty_page_ends_the_roaster():
    spider = make_spider(url="https://x.com", currency="USD")
    meta = {"roaster": "x", "base": "https://x.com", "page": 4, "currency": "USD"}
    assert list(spider.parse_feed(feed_response("https://x.com/products.json?page=4", b'{"products": []}', meta))) == []


def test_apex_404_falls_back_to_www_once():
    spider = make_spider(url="https://x.com", currency="USD")
    meta = {"roaster": "x", "base": "https://x.com", "page": 1, "currency": "USD"}
    out = list(spider.parse_feed(feed_response("https://x.com/products.json?page=1", b"nope", meta, status=404)))
    assert [r.url for r in out] == ["https://www.x.com/products.json?limit=250&page=1"]
    meta["base"] = "https://www.x.com"
    out = list(spider.parse_feed(feed_response("https://www.x.com/products.json", b"nope", meta, status=404)))
    assert out == [] and spider.incidents["x"][0]["fatal"] is True


@pytest.mark.parametrize("body", [b"<html>maintenance</html>", b'{"products": {"a": 1}}', b'{"products": [', b"{}"])
def test_malformed_feed_is_asked_again_then_an_incident_not_a_crash(body):
    spider = make_spider(url="https://x.com", currency="USD")
    meta = {"roaster": "x", "base": "https://x.com", "page": 2, "currency": "USD"}
    [again] = spider.parse_feed(feed_response("https://x.com/products.json?page=2", body, meta))
    assert again.url == "https://x.com/products.json?page=2" and again.dont_filter and again.meta["parse_retries"] == 1
    assert "x" not in spider.incidents
    meta["parse_retries"] = 2
    assert list(spider.parse_feed(feed_response("https://x.com/products.json?page=2", body, meta))) == []
    incident = spider.incidents["x"][0]
    assert incident["kind"] == "malformed_feed" and "page 2" in incident["message"] and "3 times" in incident["message"]
    assert incident["url"] == "https://x.com/products.json?page=2"


def test_www_variant():
    assert www_variant("http://rosette.localhost:8080") == "http://www.rosette.localhost:8080"
    assert www_variant("https://www.a.com") is None


def test_string_tags_and_missing_fields():
    src = source_product({"id": 1, "title": "X", "tags": "Kenya, Washed , ", "variants": [{"id": 5, "price": 12.5}]}, "USD")
    assert src.tags == ["Kenya", "Washed"] and src.variants[0].price == "12.5"


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"url": "ftp://nope"}, "-a url"),
        ({"colour": "red"}, "unknown spider argument"),
        ({"roaster": "nosuchroaster"}, "unknown roaster"),
        ({"url": "https://x.com", "currency": "XYZ1"}, "ISO 4217"),
    ],
)
def test_bad_arguments_fail_before_any_request(kwargs, message):
    with pytest.raises(RegistryError, match=message):
        make_spider(**kwargs)


def test_registry_roasters_selected_by_platform(tmp_path):
    from coffee_scraper.registry import dump_registry

    registry = tmp_path / "r.yaml"
    dump_registry([{"slug": "onyxcoffeelab", "url": "https://onyxcoffeelab.com", "platform": "shopify",
                    "currency": "USD"},
                   {"slug": "woo", "url": "https://woo.example", "platform": "woocommerce"}], registry)

    def make_spider(**kwargs):
        return ShopifySpider.from_crawler(get_crawler(ShopifySpider, {"ROASTER_REGISTRY": str(registry)}), **kwargs)

    spider = make_spider()
    assert [r.slug for r in spider.roasters] == ["onyxcoffeelab"]
    spider = make_spider(url="https://www.onyxcoffeelab.com/collections/coffee")
    assert [r.slug for r in spider.roasters] == ["onyxcoffeelab"] and spider.roasters[0].currency == "USD"


@pytest.mark.parametrize("spider, kwargs, message", [
    ("shopify", {"render": "js"}, "cannot render"),
    ("woocommerce", {"render": "js"}, "cannot render"),
    ("jsonld", {"render": "yes"}, "-a render"),
    ("shopify", {"currency": "XYZ1"}, "-a currency"),
])
def test_spider_arguments_are_declared_per_spider(spider, kwargs, message):
    from coffee_scraper.platforms import platform_spiders

    with pytest.raises(RegistryError, match=message):
        platform_spiders()[spider](**kwargs)
    assert platform_spiders()["jsonld"](render="js", _job="job1").args.render == "js"
