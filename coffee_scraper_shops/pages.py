"""HTML, XML and asset bodies of the fixture shops: storefront pages with each platform's markers."""
from __future__ import annotations

import html
import json
import struct
import zlib
from typing import Any
from xml.sax.saxutils import escape as xml_escape

E = html.escape


def _ld(data: Any) -> str:
    # JSON inside <script>: "</" must not close the tag.
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


def _page(title: str, head: str, body: str, *, body_class: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{E(title)}</title>\n'
            f'{head}\n</head>\n<body class="{body_class}">\n{body}\n</body>\n</html>\n')


# --- Shopify ------------------------------------------------------------------------------------------
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
    return _page(shop.name, shopify_head(shop), body, body_class="template-index")


def shopify_collection(shop, products: list[dict]) -> str:
    links = "\n".join(f'<li><a href="/products/{E(p["handle"])}">{E(p["title"])}</a></li>' for p in products)
    return _page(f"Products – {shop.name}", shopify_head(shop), f"<main><h1>Products</h1><ul>{links}</ul></main>",
                 body_class="template-collection")


def shopify_product(shop, p: dict, base: str) -> str:
    url = f"{base}/products/{p['handle']}"
    offers = [{"@type": "Offer", "availability": "http://schema.org/" + ("InStock" if v["available"] else "OutOfStock"),
               "price": v["price"], "priceCurrency": shop.currency, "url": f"{url}?variant={v['id']}",
               **({"sku": v["sku"]} if v.get("sku") else {})} for v in p["variants"]]
    ld = {"@context": "http://schema.org/", "@type": "Product", "name": p["title"], "url": url,
          "description": html.unescape(_strip_tags(p["body_html"] or ""))[:5000],
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
            + f'<script type="application/ld+json">{_ld(ld)}</script>')
    body = (f'<main class="product"><h1>{E(p["title"])}</h1>\n'
            f'<p class="vendor">{E(p["vendor"])}</p>\n<select name="id">{options}</select>\n'
            f'<div class="product__description rte">{p["body_html"] or ""}</div></main>')
    return _page(f'{p["title"]} – {shop.name}', head, body, body_class="template-product")


def _strip_tags(text: str) -> str:
    import re

    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", text)).strip()


# --- WooCommerce ---------------------------------------------------------------------------------------
def woo_head(shop, base: str) -> str:
    return (
        '<meta name="generator" content="WordPress 6.6.2" />\n'
        '<meta name="generator" content="WooCommerce 9.3.3" />\n'
        f'<link rel="https://api.w.org/" href="{base}/wp-json/" />\n'
        '<link rel="stylesheet" id="woocommerce-general-css" '
        'href="/wp-content/plugins/woocommerce/assets/css/woocommerce.css?ver=9.3.3" media="all" />\n'
        '<script id="wc-add-to-cart-js-extra">var wc_add_to_cart_params = {"ajax_url":"\\/wp-admin\\/admin-ajax.php",'
        '"wc_ajax_url":"\\/?wc-ajax=%%endpoint%%"};</script>'
    )


def woo_home(shop, products: list[dict], base: str) -> str:
    links = "\n".join(f'<li class="product"><a href="{E(p["permalink"])}">{p["name"]}</a></li>' for p in products[:12])
    body = (f'<header class="site-header"><a href="/">{E(shop.name)}</a></header>\n'
            f'<main><ul class="products columns-4">\n{links}\n</ul></main>')
    return _page(shop.name, woo_head(shop, base), body, body_class="home wp-theme-storefront woocommerce-js")


def woo_product(shop, p: dict, base: str) -> str:
    prices = p["prices"]
    unit = 10 ** prices.get("currency_minor_unit", 2)
    ld = {"@context": "https://schema.org/", "@type": "Product", "name": html.unescape(p["name"]),
          "url": p["permalink"], "sku": p.get("sku") or str(p["id"]),
          "offers": [{"@type": "Offer", "price": f"{int(prices['price'] or 0) / unit:.2f}",
                      "priceCurrency": prices["currency_code"],
                      "availability": "http://schema.org/" + ("InStock" if p["is_in_stock"] else "OutOfStock")}]}
    head = woo_head(shop, base) + f'\n<script type="application/ld+json">{_ld(ld)}</script>'
    body = (f'<main><div class="product type-product"><h1 class="product_title entry-title">{p["name"]}</h1>\n'
            f'<p class="price">{p["price_html"]}</p>\n'
            f'<div class="woocommerce-product-details__short-description">{p["short_description"]}</div>\n'
            f'<div class="woocommerce-Tabs-panel">{p["description"]}</div></div></main>')
    return _page(f'{html.unescape(p["name"])} – {shop.name}', head, body,
                 body_class="product-template-default single single-product woocommerce")


def wp_json_index(shop, base: str) -> dict:
    return {"name": shop.name, "description": "", "url": base, "home": base, "gmt_offset": "5.5",
            "namespaces": ["oembed/1.0", "wc/store", "wc/store/v1", "wc/v3", "wp/v2", "wp-site-health/v1"],
            "authentication": [], "routes": {}}


# --- JSON-LD shops -------------------------------------------------------------------------------------
SITE_CSS = ("@font-face{font-family:Brand;src:url(/static/fonts/brand.woff2) format('woff2');font-display:block}"
            "body{font-family:Brand,Georgia,serif;margin:0 auto;max-width:60rem}.price{font-weight:bold}")


def _site_head() -> str:
    return ('<link rel="stylesheet" href="/static/site.css">\n'
            '<link rel="preload" href="/static/fonts/brand.woff2" as="font" type="font/woff2" crossorigin>')


def jsonld_home(shop, entries: list[dict]) -> str:
    links = "\n".join(f'<li><a href="/products/{E(e["handle"])}">{E(e["data"]["name"])}</a></li>' for e in entries[:12])
    return _page(shop.name, _site_head(), f'<header><a href="/">{E(shop.name)}</a></header>\n'
                 f'<main><h1>{E(shop.name)}</h1><ul>{links}</ul></main>')


def _display_price(offer: dict) -> str:
    sym = {"GBP": "£", "EUR": "€", "USD": "$", "INR": "₹"}.get(offer.get("priceCurrency", ""), "")
    price = offer.get("price", offer.get("lowPrice"))
    try:
        return f"{sym}{float(price):.2f}"
    except (TypeError, ValueError):
        return str(price)


def _first_offer(data: dict) -> dict:
    offers = data.get("offers")
    if offers is None and data.get("hasVariant"):
        offers = data["hasVariant"][0].get("offers")
    if isinstance(offers, list):
        offers = offers[0] if offers else {}
    return offers or {}


def jsonld_product(shop, entry: dict) -> str:
    data = entry["data"]
    if entry.get("markup") == "microdata":
        return _microdata_product(shop, data)
    img = (data.get("image") or [""])[0]
    head = _site_head() + f'\n<meta property="og:title" content="{E(data["name"])}">\n' \
                          f'<script type="application/ld+json">{_ld(data)}</script>'
    body = (f'<nav><a href="/">Home</a></nav>\n<main><h1>{E(data["name"])}</h1>\n'
            f'<img src="{E(img)}" alt="{E(data["name"])}" width="600" height="600">\n'
            f'<p class="price">{E(_display_price(_first_offer(data)))}</p>\n'
            f'<div class="description"><p>{E(data.get("description", ""))}</p></div></main>')
    return _page(f'{data["name"]} | {shop.name}', head, body)


def _microdata_offer(o: dict) -> str:
    price = o.get("price")
    return (f'<div itemprop="offers" itemscope itemtype="https://schema.org/Offer">'
            + (f'<span itemprop="name">{E(o["name"])}</span> ' if o.get("name") else "")
            + f'<span itemprop="price" content="{E(str(price))}">{E(_display_price(o))}</span>'
            f'<meta itemprop="priceCurrency" content="{E(o.get("priceCurrency", ""))}">'
            f'<link itemprop="availability" href="{E(o.get("availability", ""))}"></div>')


def _microdata_product(shop, data: dict) -> str:
    offers = data.get("offers") or []
    offers = offers if isinstance(offers, list) else [offers]
    props = "".join(
        f'<li itemprop="additionalProperty" itemscope itemtype="https://schema.org/PropertyValue">'
        f'<span itemprop="name">{E(pv["name"])}</span>: <span itemprop="value">{E(pv["value"])}</span></li>'
        for pv in data.get("additionalProperty") or [])
    img = (data.get("image") or [""])[0]
    body = (f'<nav><a href="/">Home</a></nav>\n<main itemscope itemtype="https://schema.org/Product">\n'
            f'<h1 itemprop="name">{E(data["name"])}</h1>\n<img itemprop="image" src="{E(img)}" alt="">\n'
            f'<meta itemprop="sku" content="{E(data.get("sku", ""))}">\n'
            f'<div itemprop="brand" itemscope itemtype="https://schema.org/Brand"><meta itemprop="name" '
            f'content="{E(data.get("brand", {}).get("name", ""))}"></div>\n'
            f'<p itemprop="description">{E(data.get("description", ""))}</p>\n'
            + "\n".join(_microdata_offer(o) for o in offers)
            + (f"\n<ul>{props}</ul>" if props else "") + "\n</main>")
    return _page(f'{data["name"]} | {shop.name}', _site_head(), body)


JS_APP = r"""
(function () {
  var handle = location.pathname.split('/').filter(Boolean).pop();
  var app = document.getElementById('app');
  fetch('/api/products/' + encodeURIComponent(handle) + '.json', {headers: {'Accept': 'application/json'}})
    .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
    .then(function (d) {
      var s = document.createElement('script');
      s.type = 'application/ld+json';
      s.textContent = JSON.stringify(d);
      document.head.appendChild(s);
      app.innerHTML = '';
      var h1 = document.createElement('h1'); h1.textContent = d.name; app.appendChild(h1);
      if (d.image && d.image.length) {
        var img = document.createElement('img'); img.src = d.image[0]; img.alt = d.name; app.appendChild(img);
      }
      var o = d.offers || (d.hasVariant && d.hasVariant[0].offers) || {};
      if (Array.isArray(o)) { o = o[0] || {}; }
      var p = document.createElement('p'); p.className = 'price';
      p.textContent = (o.priceCurrency || '') + ' ' + (o.price || o.lowPrice || ''); app.appendChild(p);
      var desc = document.createElement('div'); desc.className = 'description';
      desc.textContent = d.description || ''; app.appendChild(desc);
      document.title = d.name + ' | ' + document.title;
      document.documentElement.setAttribute('data-product-loaded', '1');
    })
    .catch(function (e) { app.textContent = 'Sorry, this product could not be loaded (' + e.message + ').'; });
})();
"""


def jsonld_js_shell(shop) -> str:
    """A product page with no product data: the inline script fetches and injects it."""
    body = ('<header><a href="/">' + E(shop.name) + '</a></header>\n'
            '<img class="hero" src="/static/hero.jpg" alt="" width="1200" height="400">\n'
            '<div id="app"><p class="loading">Loading…</p></div>\n'
            f'<script>{JS_APP}</script>')
    return _page(shop.name, _site_head(), body)


# --- unknown -------------------------------------------------------------------------------------------
def plain_home(shop) -> str:
    return _page(shop.name, "", f"<h1>{E(shop.name)}</h1>\n<p>We roast coffee and sell it at the farmers' "
                 "market on Saturdays. Call us to order.</p>\n<p><a href=\"/about\">About us</a></p>")


def plain_about(shop) -> str:
    return _page(f"About – {shop.name}", "", "<h1>About</h1><p>A small roastery since 2009.</p>")


# --- robots / sitemaps ----------------------------------------------------------------------------------
def robots(base: str, sitemap: str | None, disallow: list[str]) -> str:
    lines = ["User-agent: *"] + [f"Disallow: {d}" for d in disallow]
    if sitemap:
        lines += ["", f"Sitemap: {base}{sitemap}"]
    return "\n".join(lines) + "\n"


def sitemap_index(base: str, files: list[str]) -> str:
    items = "".join(f"<sitemap><loc>{xml_escape(base + f)}</loc></sitemap>" for f in files)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{items}</sitemapindex>\n')


def urlset(urls: list[tuple[str, str | None]]) -> str:
    items = "".join(f"<url><loc>{xml_escape(u)}</loc>" + (f"<lastmod>{lm}</lastmod>" if lm else "")
                    + "<changefreq>daily</changefreq></url>" for u, lm in urls)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{items}</urlset>\n')


# --- fault bodies ---------------------------------------------------------------------------------------
CHALLENGE_PAGE = _page("Just a moment...", '<meta name="robots" content="noindex,nofollow">',
                       '<div class="main-wrapper"><h1>Checking your browser before accessing the site.</h1>'
                       '<p>Please enable JavaScript and cookies to continue.</p></div>')


def error_page(status: int, reason: str) -> str:
    return _page(f"{status} {reason}", "", f"<h1>{status} {E(reason)}</h1>")


# --- assets ---------------------------------------------------------------------------------------------
def _png(width: int, height: int, pad: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes([200, 150, 100]) * width for _ in range(height))
    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(raw)))
    # a text chunk pads the file so that downloading images costs something
    return png + chunk(b"tEXt", b"Comment\x00" + b"x" * pad) + chunk(b"IEND", b"")


IMAGE_BYTES = _png(64, 64, 60_000)
FONT_BYTES = b"wOF2" + bytes(range(256)) * 120  # not a usable font: the browser drops it
