"""Wix Stores parsing against saved product pages (tests/bodies), callbacks on hand-made Responses."""
from pathlib import Path

from scrapy.http import HtmlResponse, Request, XmlResponse
from scrapy.utils.test import get_crawler

from coffee_scraper.items import CoffeeItem
from coffee_scraper.registry import Roaster
from coffee_scraper.spiders import wix

BODIES = Path(__file__).parent / "bodies"
BASE = "https://roesterei.example"


def spider():
    crawler = get_crawler(wix.WixSpider)
    s = wix.WixSpider(url=BASE)
    s.crawler, s.settings = crawler, crawler.settings
    s.roasters = [Roaster(slug="roesterei", name="Rösterei", url=BASE, platform="wix")]
    return s


def test_catalog_product_from_warmup_data():
    page = (BODIES / "wix_product_page.html").read_text(encoding="utf-8")
    product = wix.catalog_product(wix.warmup_data(page))
    assert product["id"] == "3e87ca61-d026-be20-a34f-11d6239e0c80"
    src = wix.source_product(product, None)
    # The description is a JSON string of rich-text nodes: parsed a second time, to paragraphs.
    assert src.description_html == "<p>Herkunft: Kolumbien, Cauca</p><p>Aufbereitung: Thermal Shock</p>"
    assert src.extra_html == "<p>Röstgrad: Hell</p>" and src.tags == ["Neu"] and src.default_currency == "EUR"
    v = {x.variant_id: x for x in src.variants}
    # A hidden product item is not offered; ids are the product items' ids.
    assert set(v) == {"0960c421-cb5d-4f75-80fd-04f167f390d9", "1a146ad4-428b-4c89-b68f-684ae80b28eb",
                      "d198cf89-b43d-49ba-8c78-4993b83d1fa7"}
    bean = v["0960c421-cb5d-4f75-80fd-04f167f390d9"]
    assert bean.options == [("Gewicht", "250g"), ("Mahlgrad", "Ganze Bohne")]
    assert (bean.price, bean.compare_at_price, bean.currency, bean.in_stock, bean.sku) == \
        ("16.9", None, "EUR", True, "COL-250-BOH")
    assert v["1a146ad4-428b-4c89-b68f-684ae80b28eb"].in_stock is False  # inventory.status out_of_stock
    kilo = v["d198cf89-b43d-49ba-8c78-4993b83d1fa7"]  # product-level price 0; the item carries 59 / 49.90
    assert (kilo.price, kilo.compare_at_price, kilo.in_stock) == ("49.9", "59.0", True)


def test_product_without_items_and_html_description():
    product = {"id": "p1", "name": "Peru 250g", "price": 18.0, "discountedPrice": 14.4, "comparePrice": 0,
               "currency": "cad", "isInStock": False, "description": "<p>Origin: Peru</p>", "productType": "digital",
               "options": [], "productItems": []}
    src = wix.source_product(product, None)
    assert src.product_type == "Digital" and src.description_html == "<p>Origin: Peru</p>"
    assert [(x.variant_id, x.price, x.compare_at_price, x.currency, x.in_stock) for x in src.variants] == \
        [("p1", "14.4", "18.0", "CAD", False)]


def test_prices_either_way_round():
    assert wix.offer_prices(20, 16) == ("16", "20")
    assert wix.offer_prices(16, 20) == ("16", "20")
    assert wix.offer_prices(20, 0) == ("20", None)
    assert wix.offer_prices(None, None) == (None, None)


def test_product_page_callback_and_schema_org_fallback():
    s = spider()
    url = BASE + "/product-page/kolumbien-finca-el-paraiso"
    request = Request(url, meta={"roaster": "roesterei"})
    items = list(s.parse_product(HtmlResponse(url, body=(BODIES / "wix_product_page.html").read_bytes(),
                                              request=request, encoding="utf-8")))
    assert len(items) == 1 and isinstance(items[0], CoffeeItem)
    assert (items[0]["product_id"], items[0]["platform"], items[0]["url"]) == \
        ("3e87ca61-d026-be20-a34f-11d6239e0c80", "wix", url)
    assert items[0]["image_url"].startswith("https://static.wixstatic.com/media/")
    url = BASE + "/product-page/brasil"
    items = list(s.parse_product(HtmlResponse(url, body=(BODIES / "wix_product_page_no_warmup.html").read_bytes(),
                                              request=Request(url, meta={"roaster": "roesterei"}))))
    assert len(items) == 1
    v = items[0]["source"].variants[0]
    assert (items[0]["name"], v.price, v.currency, v.in_stock) == ("Brasil Daterra 500g", "24.50", "EUR", False)


def test_sitemap_index_follows_the_store_products_sitemap_only():
    s = spider()
    index = (f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             f'<sitemap><loc>{BASE}/pages-sitemap.xml</loc></sitemap>'
             f'<sitemap><loc>{BASE}/store-products-sitemap.xml</loc></sitemap>'
             f'<sitemap><loc>{BASE}/blog-posts-sitemap.xml</loc></sitemap></sitemapindex>').encode()
    request = Request(BASE + "/sitemap.xml", meta={"roaster": "roesterei", "index": True})
    out = list(s.parse_sitemap(XmlResponse(request.url, body=index, request=request)))
    assert [r.url for r in out] == [BASE + "/store-products-sitemap.xml"]
    urls = (f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            f'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">'
            f'<url><loc>{BASE}/product-page/a</loc><lastmod>2026-01-01</lastmod><image:image><image:loc>'
            f'https://static.wixstatic.com/media/a.jpg</image:loc></image:image></url>'
            f'<url><loc>https://elsewhere.example/product-page/b</loc></url></urlset>').encode()
    request = Request(BASE + "/store-products-sitemap.xml", meta={"roaster": "roesterei"})
    out = list(s.parse_sitemap(XmlResponse(request.url, body=urls, request=request)))
    assert [r.url for r in out] == [BASE + "/product-page/a"]  # another host's page is not followed


def test_product_found_in_another_json_script():
    """Where the page state is not under wix-warmup-data/appsWarmupData, a product node in any JSON
    script is still read (its shape: id, name, productItems)."""
    page = ('<script type="application/json" id="wix-viewer-model">{"siteFeatures": [], "props": {"widget": '
            '{"product": {"id": "x1", "name": "Peru 340g", "currency": "USD", "productItems": [], "price": 17.5,'
            ' "isInStock": true}}}}</script>')
    assert wix.catalog_product(wix.warmup_data(page)) is None
    product = wix.embedded_product(page)
    assert product["id"] == "x1"
    assert [(v.variant_id, v.price, v.currency) for v in wix.source_product(product, None).variants] == \
        [("x1", "17.5", "USD")]
