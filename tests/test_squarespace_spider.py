"""Squarespace parsing against saved `?format=json` bodies (tests/bodies), callbacks on hand-made Responses."""
import json
from pathlib import Path

from scrapy.http import HtmlResponse, Request, TextResponse
from scrapy.utils.test import get_crawler

from coffee_scraper.items import CoffeeItem
from coffee_scraper.registry import Roaster
from coffee_scraper.spiders import squarespace as sq

BODIES = Path(__file__).parent / "bodies"


def body(name):
    return json.loads((BODIES / name).read_text(encoding="utf-8"))


def spider():
    crawler = get_crawler(sq.SquarespaceSpider)
    s = sq.SquarespaceSpider(url="https://northside.example")
    s.crawler, s.settings = crawler, crawler.settings
    s.roasters = [Roaster(slug="northside", name="Northside", url="https://northside.example", platform="squarespace")]
    return s


def test_item_page_variants_prices_stock_and_ids():
    data = body("squarespace_item_page.json")
    assert sq.selected_currency(data) == "USD"
    src = sq.source_product(data["item"], sq.selected_currency(data))
    assert src.name == "Ethiopia Worka Chelbesa" and src.categories == ["Coffee"] and "Light Roast" in src.tags
    assert "Process: Washed" in src.description_html and "Floral" in src.extra_html
    v = {x.variant_id: x for x in src.variants}
    whole = v["337cad00-a8b7-45a6-a1e6-e7315891c673"]
    assert whole.options == [("Size", "12 oz"), ("Grind", "Whole Bean")] and whole.title == "12 oz / Whole Bean"
    assert (whole.price, whole.compare_at_price, whole.currency, whole.in_stock, whole.sku) == \
        ("21.00", None, "USD", True, "SQ4925544")
    ground = v["5b0cfe2f-8d7a-4f4e-9a8b-2a1c3d4e5f60"]  # on sale and sold out
    assert (ground.price, ground.compare_at_price, ground.in_stock) == ("18.00", "21.00", False)
    five = v["9e1d2c3b-4a5f-4e6d-8c7b-1a2b3c4d5e6f"]  # unlimited: in stock whatever qtyInStock says
    assert (five.price, five.in_stock) == ("110.00", True)
    assert src.product_type is None  # physical: the normalizer decides from the title


def test_listing_types_subscription_gift_card_download_and_pagination():
    data = body("squarespace_collection_page.json")
    assert sq.is_store_collection(data) and sq.selected_currency(data) == "CAD"
    gift, club, guide, bare = data["items"]
    assert sq.source_product(gift, "CAD").product_type == "Gift Card"
    assert sq.source_product(club, "CAD").product_type == "Subscription"
    download = sq.source_product(guide, "CAD")
    assert download.product_type == "Digital"
    assert [(x.variant_id, x.price, x.compare_at_price) for x in download.variants] == \
        [("60a1b2c3d4e5f60718293a4d", "200.00", "400.00")]
    assert not sq.has_variants(bare)  # listed without product data: read from its own page
    assert sq.next_page_url(data, "https://northside.example/shop?format=json") == \
        "https://northside.example/shop?offset=1699970000000&format=json"
    assert sq.next_page_url({"pagination": {"nextPage": False}}, "https://n.example/shop?format=json") is None
    assert sq.next_page_url({"pagination": {"nextPage": True, "nextPageOffset": 42}}, "https://n.example/shop?format=json") \
        == "https://n.example/shop?offset=42&format=json"


def test_page_context_variant_shape():
    """Static.SQUARESPACE_CONTEXT.product.variants: price objects with decimalValue, stock {unlimited}."""
    v = {"id": "27d3cec5", "sku": "SQ9673550",
         "price": {"currencyCode": "IDR", "value": 100000000, "decimalValue": "1000000.00", "fractionalDigits": 2},
         "salePrice": {"currencyCode": "IDR", "value": 1000000, "decimalValue": "10000.00", "fractionalDigits": 2},
         "onSale": True, "stock": {"unlimited": True}, "attributes": {}}
    assert sq.variant_prices(v) == ("10000.00", "1000000.00", "IDR")
    assert sq.variant_in_stock(v) is True


def test_store_discovery_from_sitemap_and_navigation():
    urls = ["https://n.example/", "https://n.example/shop", "https://n.example/shop/p/a", "https://n.example/shop/p/b",
            "https://n.example/merch/p/mug", "https://n.example/blog/first-post", "https://n.example/shop/coffee/p/c"]
    assert sq.collection_paths_from_sitemap(urls) == ["/shop", "/blog", "/merch", "/shop/coffee"]
    html = '<nav><a href="/shop">Shop</a><a href="/about/">About</a><a href="/shop/p/x">x</a><a href="https://x.example/">x</a></nav>'
    assert sq.nav_paths(html) == ["/shop", "/about"]
    assert not sq.is_store_collection({"collection": {"type": 1, "typeName": "blog"}, "items": [{"id": "p", "body": ""}]})
    assert sq.with_format_json("https://n.example/shop?offset=5") == "https://n.example/shop?offset=5&format=json"


def test_listing_callback_yields_items_item_page_request_and_next_page():
    s = spider()
    request = Request("https://northside.example/shop?format=json", meta={"roaster": "northside", "page": 1})
    response = TextResponse(request.url, body=(BODIES / "squarespace_collection_page.json").read_bytes(), request=request)
    out = list(s.parse_listing(response))
    items = [o for o in out if isinstance(o, CoffeeItem)]
    requests = [o for o in out if isinstance(o, Request)]
    assert [i["product_id"] for i in items] == ["60a1b2c3d4e5f60718293a4b", "60a1b2c3d4e5f60718293a4c",
                                                "60a1b2c3d4e5f60718293a4d"]
    assert items[0]["url"] == "https://northside.example/shop/p/gift-card" and items[0]["platform"] == "squarespace"
    assert [r.url for r in requests] == ["https://northside.example/shop/p/colombia-pink-bourbon?format=json",
                                         "https://northside.example/shop?offset=1699970000000&format=json"]
    assert requests[1].meta["page"] == 2


def test_home_page_navigation_feeds_the_sitemap_request():
    s = spider()
    request = Request("https://northside.example/", meta={"roaster": "northside"})
    html = b'<!-- This is Squarespace. --><a href="/coffee">Coffee</a><a href="/about">About</a>'
    out = list(s.parse_home(HtmlResponse(request.url, body=html, request=request)))
    assert out[0].url == "https://northside.example/sitemap.xml" and out[0].meta["nav"] == ["/coffee", "/about"]


def test_product_fields_at_the_item_top_level():
    """Two public scrapers of one real store read `variants`/`productType` on the item itself, not under
    structuredContent: both places are read."""
    listed = {"id": "i1", "title": "Kenya Gatomboya", "fullUrl": "/shop/kenya-gatomboya", "productType": 1,
              "variants": [{"id": "v1", "priceMoney": {"currency": "CAD", "value": "24.00"}, "unlimited": False,
                            "qtyInStock": 3, "attributes": {"Size": "250g"}}]}
    assert sq.has_variants(listed) and sq.is_store_collection({"items": [listed]})
    src = sq.source_product(listed, None)
    assert [(v.variant_id, v.options, v.price, v.currency, v.in_stock) for v in src.variants] == \
        [("v1", [("Size", "250g")], "24.00", "CAD", True)]


def test_no_store_collection_is_a_fatal_incident():
    s = spider()
    state = {"pending": 2, "stores": set()}
    for path, data in (("/about", {"collection": {"type": 10, "typeName": "page"}}), ("/shop", None)):
        request = Request(f"https://northside.example{path}?format=json",
                          meta={"roaster": "northside", "state": state, "path": path})
        response = TextResponse(request.url, body=json.dumps(data).encode() if data else b"<html>404</html>",
                                status=200 if data else 404, request=request)
        assert list(s.parse_candidate(response)) == []
    from coffee_scraper.context import CrawlContext

    [incident] = CrawlContext.of(s.crawler).incidents["northside"]
    assert incident["kind"] == "no_store" and incident["fatal"]
