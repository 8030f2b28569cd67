"""Shopify fixture shops: products.json (limit/page), product pages with the storefront markers, sitemaps."""
from __future__ import annotations

import copy
import html
import zlib
from typing import Any

from coffee_scraper_shops import pages
from coffee_scraper_shops.catalog import load_real
from coffee_scraper_shops.pages import E, ld_json, page, strip_tags
from coffee_scraper_shops.platforms import FixturePlatform
from coffee_scraper_shops.platforms.shopify_catalog import synthetic_shopify
from coffee_scraper_shops.replies import Reply, html_reply, int_param, json_reply, shop_id, sitemap_routes

SHOPIFY_DEFAULT_LIMIT, SHOPIFY_MAX_LIMIT = 30, 250


def real_shopify(name: str) -> list[dict[str, Any]]:
    """The captured products.json products of `bluetokai` (30) or `rosette` (22), INR, unedited."""
    data = load_real(name)
    if not isinstance(data, dict) or "products" not in data:
        raise ValueError(f"{name!r} is not a Shopify products.json capture")
    return copy.deepcopy(data["products"])


def shopify_head(shop) -> str:
    return (
        '<link rel="stylesheet" href="/cdn/shop/t/12/assets/base.css">\n'
        f'<meta name="shopify-digital-wallet" content="/6{zlib.crc32(shop.slug.encode()) % 10**9}/digital_wallets/dialog">\n'
        '<script>var Shopify = Shopify || {};\n'
        f'Shopify.shop = "{shop.slug}.myshopify.com";\nShopify.locale = "en";\n'
        f'Shopify.currency = {{"active":"{shop.currency}","rate":"1.0"}};\n'
        'Shopify.theme = {"name":"Dawn","id":134217728,"schema_name":"Dawn","theme_store_id":887,"role":"main"};\n'
        'Shopify.cdnHost = "cdn.shopify.com";\n'
        'window.ShopifyAnalytics = {"lib": "https://cdn.shopify.com/s/javascripts/tricorder/trekkie.storefront.min.js"};\n'
        '</script>'
    )


def shopify_home(shop, products: list[dict]) -> str:
    links = "\n".join(f'<li><a href="/products/{E(p["handle"])}">{E(p["title"])}</a></li>' for p in products[:12])
    body = (f'<header><a href="/">{E(shop.name)}</a> <a href="/collections/all">Shop all</a></header>\n'
            f'<main><h2>Featured</h2><ul class="grid">\n{links}\n</ul></main>\n'
            '<footer>Powered by Shopify</footer>')
    return page(shop.name, shopify_head(shop), body, body_class="template-index")


def shopify_collection(shop, products: list[dict]) -> str:
    links = "\n".join(f'<li><a href="/products/{E(p["handle"])}">{E(p["title"])}</a></li>' for p in products)
    return page(f"Products – {shop.name}", shopify_head(shop), f"<main><h1>Products</h1><ul>{links}</ul></main>",
                 body_class="template-collection")


def shopify_product(shop, p: dict, base: str) -> str:
    url = f"{base}/products/{p['handle']}"
    offers = [{"@type": "Offer", "availability": "http://schema.org/" + ("InStock" if v["available"] else "OutOfStock"),
               "price": v["price"], "priceCurrency": shop.currency, "url": f"{url}?variant={v['id']}",
               **({"sku": v["sku"]} if v.get("sku") else {})} for v in p["variants"]]
    ld = {"@context": "http://schema.org/", "@type": "Product", "name": p["title"], "url": url,
          "description": html.unescape(strip_tags(p["body_html"] or ""))[:5000],
          "brand": {"@type": "Brand", "name": p["vendor"]}, "offers": offers}
    if p.get("images"):
        ld["image"] = [i["src"] for i in p["images"]]
    first = p["variants"][0] if p["variants"] else None
    options = "\n".join(f'<option value="{v["id"]}"{"" if v["available"] else " disabled"}>{E(v["title"])} - '
                        f'{E(v["price"])}</option>' for v in p["variants"])
    head = (shopify_head(shop) + f'\n<meta property="og:type" content="product">\n'
            f'<meta property="og:title" content="{E(p["title"])}">\n'
            + (f'<meta property="og:price:amount" content="{E(first["price"])}">\n'
               f'<meta property="og:price:currency" content="{shop.currency}">\n' if first else "")
            + f'<script type="application/ld+json">{ld_json(ld)}</script>')
    body = (f'<main class="product"><h1>{E(p["title"])}</h1>\n'
            f'<p class="vendor">{E(p["vendor"])}</p>\n<select name="id">{options}</select>\n'
            f'<div class="product__description rte">{p["body_html"] or ""}</div></main>')
    return page(f'{p["title"]} – {shop.name}', head, body, body_class="template-product")




def route(shop, products, method, path, params, base, www) -> Reply | None:
    feed_paths = ("/products.json", "/collections/all/products.json")
    if path in feed_paths or (path.startswith("/products/") and path.endswith(".json")):
        if shop.apex_404 and not www:
            return html_reply(pages.error_page(404, "Not Found"), shop, base, 404)
    if path in feed_paths:
        limit = int_param(params, "limit", SHOPIFY_DEFAULT_LIMIT)
        page = int_param(params, "page", 1)
        limit = SHOPIFY_DEFAULT_LIMIT if limit is None or limit < 1 else min(limit, SHOPIFY_MAX_LIMIT)
        page = 1 if page is None or page < 1 else page
        listed = [] if shop.faults.empty_catalogue else products
        chunk = listed[(page - 1) * limit: page * limit]
        return json_reply({"products": chunk}, shop, base, page=page, conditional=True,
                           headers=[("Vary", "Accept"), ("X-ShopId", str(shop_id(shop))),
                                    ("Powered-By", "Shopify"), ("X-Shopify-Stage", "production")])
    if path.startswith("/products/"):
        handle = path[len("/products/"):].strip("/")
        as_json = handle.endswith(".json")
        handle = handle.removesuffix(".json")
        p = next((p for p in products if p["handle"] == handle), None)
        if p is None:
            return None
        if as_json:
            return json_reply({"product": p}, shop, base, conditional=True)
        return html_reply(shopify_product(shop, p, base), shop, base)
    if path == "/":
        return html_reply(shopify_home(shop, products), shop, base)
    if path in ("/collections/all", "/collections/all/"):
        return html_reply(shopify_collection(shop, products), shop, base)
    if path == "/meta.json":
        return json_reply({"id": shop_id(shop), "name": shop.name, "currency": shop.currency,
                            "myshopify_domain": f"{shop.slug}.myshopify.com", "url": base,
                            "published_products_count": len(products)}, shop, base)
    if path == "/robots.txt":
        return Reply(200, pages.robots(base, "/sitemap.xml", ["/admin", "/cart", "/checkout", "/account"]).encode(),
                      "text/plain; charset=utf-8", kind="text")
    return sitemap_routes(shop, products, path, base,
                           lambda ps: [(f"{base}/products/{p['handle']}", p.get("updated_at")) for p in ps])



def demo() -> list:
    from coffee_scraper_shops.shop import Shop

    return [
        Shop("bluetokai", "Blue Tokai Coffee Roasters", "shopify", "INR", real_shopify("bluetokai")),
        Shop("ridgeline", "Ridgeline Coffee Roasters", "shopify", "USD",
             synthetic_shopify(120, seed=1, currency="USD", vendor="Ridgeline Coffee Roasters"), apex_404=True),
    ]


FIXTURES = (FixturePlatform("shopify", route, {"platform": "shopify"}, demo),)
