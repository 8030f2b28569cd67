"""Fixture Wix Stores shop: sitemap index, store-products sitemap, product pages with warmup data.

Shapes follow real Wix output: /sitemap.xml is a sitemap index naming `store-products-sitemap.xml`;
a product page (`/product-page/<slug>`) embeds `<script type="application/json" id="wix-warmup-data">`
with `appsWarmupData` -> the Stores app id -> `productPage_<CURRENCY>_<slug>` -> `catalog.product`
(the storefront catalog's product: options/selections with numeric ids, productItems pointing at them
through `optionsSelections`, `price`/`comparePrice` in major units, `formattedPrice`, inventory
{status, quantity}, `currency`, `sku`, `weight`), plus the schema.org Product Wix renders. Responses
carry `x-wix-request-id` and `Server: Pepyaka`. The catalogue (Shop.products) is a list of
`catalog.product` objects; a fixture-only key `_no_warmup` serves that page with schema.org data only.
"""
from __future__ import annotations

import hashlib
import html
import json
import uuid
from typing import Any

from coffee_scraper_shops import pages
from coffee_scraper_shops.platforms import FixturePlatform
from coffee_scraper_shops.replies import Reply, html_reply, json_reply, xml_reply

STORES_APP_ID = "1380b703-ce81-ff05-f115-39571d94dfcd"  # Wix Stores' app definition id
_NS = uuid.UUID("0d3e7c1a-8a52-4b0e-9d7f-3b5c1e2a4f60")


def _id(*parts: Any) -> str:
    return str(uuid.uuid5(_NS, "/".join(map(str, parts))))


def _fmt(amount: float, currency: str) -> str:
    return f"{amount:,.2f} $" if currency == "CAD" else f"{amount:,.2f} {currency}"


def rich_text(paragraphs: list[str]) -> str:
    """A Wix rich-text (Ricos) document as the JSON string a product description holds."""
    nodes = [{"type": "PARAGRAPH", "id": _id("p", i, text)[:5], "nodes": [
        {"type": "TEXT", "id": "", "nodes": [], "textData": {"text": text, "decorations": []}}],
        "paragraphData": {"textStyle": {"textAlignment": "AUTO"}}} for i, text in enumerate(paragraphs)]
    return json.dumps({"nodes": nodes, "metadata": {"version": 1, "createdTimestamp": "2026-09-01T10:00:00.000Z",
                                                    "id": _id("doc", paragraphs[0] if paragraphs else "")},
                       "documentStyle": {}}, ensure_ascii=False)


def product(slug: str, name: str, currency: str, *, options: list[tuple[str, list[str]]] | None = None,
            items: list[dict] | None = None, price: float = 0.0, compare: float = 0.0, in_stock: bool = True,
            description: str = "", product_type: str = "physical", sku: str = "", ribbon: str = "",
            additional: list[tuple[str, str]] | None = None, **extra: Any) -> dict:
    """A catalog.product. `items`: [{"sel": [values...], "price", "compare", "qty", "status"}]."""
    opts, sel_ids, next_id = [], {}, 1
    for title, values in options or []:
        selections = []
        for value in values:
            selections.append({"id": next_id, "value": value, "description": value, "key": value,
                               "inStock": None, "linkedMediaItems": []})
            sel_ids[(title, value)] = next_id
            next_id += 1
        opts.append({"id": f"opt-{len(opts)}", "title": title, "key": title, "optionType": "DROP_DOWN",
                     "selections": selections})
    product_items = []
    for it in items or []:
        chosen = [sel_ids[(opts[i]["title"], v)] for i, v in enumerate(it["sel"])]
        p, cp = float(it["price"]), float(it.get("compare") or 0)
        status = it.get("status") or ("out_of_stock" if it.get("qty") == 0 else "in_stock")
        product_items.append({
            "id": _id(slug, *it["sel"]), "optionsSelections": chosen, "price": p, "comparePrice": cp,
            "formattedPrice": _fmt(p, currency), "formattedComparePrice": _fmt(cp, currency) if cp else "",
            "pricePerUnit": None, "formattedPricePerUnit": None, "isVisible": True,
            "inventory": {"status": status, "quantity": it.get("qty")},
            "sku": it.get("sku", ""), "weight": it.get("weight", 0), "surcharge": 0, "subscriptionPlans": {"list": []},
        })
    base_price = price if price or not product_items else min(i["price"] for i in product_items)
    return {
        "id": _id("product", slug), "name": name, "urlPart": slug, "description": description,
        "isVisible": True, "sku": sku, "ribbon": ribbon, "brand": None, "productType": product_type,
        "price": base_price, "comparePrice": compare, "discountedPrice": compare or base_price,
        "formattedPrice": _fmt(base_price, currency), "formattedComparePrice": _fmt(compare, currency) if compare else "",
        "formattedDiscountedPrice": _fmt(compare or base_price, currency),
        "pricePerUnit": None, "pricePerUnitData": None, "seoTitle": None, "seoDescription": None,
        "createVersion": 3, "digitalProductFileItems": [], "productItems": product_items,
        "isTrackingInventory": any(i["inventory"]["quantity"] is not None for i in product_items),
        "inventory": {"status": "in_stock" if in_stock else "out_of_stock", "quantity": None},
        "isManageProductItems": bool(product_items), "isInStock": in_stock,
        "media": [{"id": f"{hashlib.sha1(slug.encode()).hexdigest()[:6]}_{slug}~mv2.jpg",
                   "url": f"{hashlib.sha1(slug.encode()).hexdigest()[:6]}_{slug}~mv2.jpg",
                   "fullUrl": f"https://static.wixstatic.com/media/{hashlib.sha1(slug.encode()).hexdigest()[:6]}_{slug}~mv2.jpg",
                   "altText": None, "mediaType": "PHOTO", "width": 1200, "height": 1200, "index": 0, "title": ""}],
        "customTextFields": [], "nextOptionsSelectionId": next_id, "options": opts,
        "additionalInfo": [{"id": _id(slug, t), "title": t, "description": f"<p>{html.escape(d)}</p>", "index": i}
                           for i, (t, d) in enumerate(additional or [])],
        "subscriptionPlans": {"list": [], "oneTimePurchase": {"index": 0}},
        "discount": {"mode": "AMOUNT" if compare else "PERCENT", "value": round(base_price - compare, 2) if compare else 0},
        "currency": currency, "weight": extra.pop("weight", 0.3), "seoJson": None, **extra,
    }


def catalogue(currency: str = "CAD") -> list[dict]:
    """A Montréal roaster's Wix store: coffees with French options (Poids, Torréfaction), gear, a gift
    card, a subscription and merch; sale prices, sold-out items, rich-text and HTML descriptions."""
    c = currency
    sizes = ["80 g", "250 g", "1 kg"]
    prices = {"80 g": 7.5, "250 g": 19.0, "1 kg": 64.0}
    return [
        product("ethiopie-sidamo", "Éthiopie Sidamo", c, options=[("Poids", sizes), ("Torréfaction", ["Filtre", "Espresso"])],
                items=[{"sel": [s, r], "price": prices[s], "compare": 54.4 if s == "1 kg" else 0,
                        "qty": 0 if (s, r) == ("80 g", "Espresso") else 15, "sku": f"ETH-{s}-{r}"}
                       for s in sizes for r in ("Filtre", "Espresso")],
                description=rich_text(["Origine : Éthiopie, Sidamo. Procédé : lavé.",
                                       "Notes de dégustation : pêche, jasmin, miel."]),
                additional=[("Origin", "Ethiopia"), ("Process", "Washed")], ribbon="Nouveau"),
        product("colombia-la-esperanza", "Colombia La Esperanza", c,
                options=[("Poids", ["250 g", "1 kg"])],
                items=[{"sel": ["250 g"], "price": 21.0, "qty": 30}, {"sel": ["1 kg"], "price": 72.0, "qty": 3}],
                description="<p>Origin: Colombia, Huila. Honey process. Notes of panela and orange.</p>"),
        # Product-level price 0: only the product items carry prices.
        product("guatemala-acatenango", "Guatemala Acatenango", c, options=[("Weight", ["340g", "2lb"])],
                items=[{"sel": ["340g"], "price": 22.0}, {"sel": ["2lb"], "price": 58.0}], price=0.0,
                description="<p>Origin: Guatemala. Washed, medium roast.</p>"),
        product("peru-cajamarca-250g", "Peru Cajamarca 250g", c, price=18.0, compare=14.4, sku="PER-250",
                description="<p>Origin: Peru. Washed. Cocoa and brown sugar.</p>"),
        product("kenya-nyeri-epuise", "Kenya Nyeri", c, options=[("Poids", ["250 g"])],
                items=[{"sel": ["250 g"], "price": 24.0, "qty": 0}], in_stock=False,
                description="<p>Origin: Kenya. Washed SL28. Blackcurrant.</p>"),
        product("hario-v60-dripper", "Hario V60 Dripper 02", c, options=[("Couleur", ["Blanc", "Noir"])],
                items=[{"sel": ["Blanc"], "price": 32.0}, {"sel": ["Noir"], "price": 32.0, "qty": 0}]),
        product("carte-cadeau", "E-Gift Card / Carte-cadeau", c, options=[("Montant", ["25 $", "50 $"])],
                items=[{"sel": ["25 $"], "price": 25.0}, {"sel": ["50 $"], "price": 50.0}], product_type="digital"),
        product("abonnement-mensuel", "Coffee Subscription – Abonnement mensuel", c, price=60.0,
                description="<p>Trois sacs de 250 g chaque mois.</p>"),
        product("tote-bag", "Tote Bag", c, price=20.0),
        # No warmup data on this page: the spider falls back to its schema.org Product.
        product("burundi-kayanza", "Burundi Kayanza 250 g", c, price=20.5, sku="BDI-250",
                description="<p>Origin: Burundi. Natural.</p>", _no_warmup=True),
    ]


# --------------------------------------------------------------------------------------------------
# Serving
# --------------------------------------------------------------------------------------------------
def _jsonld(p: dict, url: str) -> dict:
    low = p["discountedPrice"] or p["price"]
    return {"@context": "https://schema.org/", "@type": "Product", "name": p["name"], "sku": p["sku"] or None,
            "productID": p["id"], "url": url, "description": html.unescape(p["description"])[:300],
            "image": [{"@type": "ImageObject", "contentUrl": p["media"][0]["fullUrl"]}],
            "offers": {"@type": "Offer", "url": url, "priceCurrency": p["currency"], "price": f"{low:.2f}",
                       "availability": "https://schema.org/InStock" if p["isInStock"]
                                       else "https://schema.org/OutOfStock"}}


def _page(shop, p: dict, url: str) -> str:
    ld = {k: v for k, v in _jsonld(p, url).items() if v is not None}
    head = ('<meta charset="utf-8"><meta name="generator" content="Wix.com Website Builder"/>'
            f"<title>{html.escape(p['name'])} | {html.escape(shop.name)}</title>"
            '<link rel="preload" href="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js" as="script">'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    warmup = ""
    if not p.get("_no_warmup"):
        served = {k: v for k, v in p.items() if not k.startswith("_")}
        data = {"appsWarmupData": {STORES_APP_ID: {
            f"productPage_{p['currency']}_{p['urlPart']}": {"catalog": {"product": served},
                                                            "appSettings": {"widgetSettings": {}}}}},
            "ssrWarmupData": {"platform": {"ssrPropsUpdates": []}}}
        # Escaped like a browser-safe JSON island: "<" never closes the script early.
        warmup = ('<script type="application/json" id="wix-warmup-data">'
                  + json.dumps(data, ensure_ascii=False).replace("<", "\\u003c") + "</script>")
    return (f'<!DOCTYPE html><html lang="fr"><head>{head}</head><body><div id="SITE_CONTAINER">'
            f'<div id="PAGES_CONTAINER"><h1>{html.escape(p["name"])}</h1><span data-hook="formatted-primary-price">'
            f'{html.escape(p["formattedPrice"])}</span></div></div>{warmup}</body></html>')


def route(shop, products: list[dict], method: str, path: str, params: dict, base: str, www: bool):
    """The Wix shop's answer to one request (None: 404)."""

    request_id = f"1764470000.{int(hashlib.sha1(path.encode()).hexdigest()[:12], 16)}"
    headers = [("x-wix-request-id", request_id), ("Server", "Pepyaka"), ("x-content-type-options", "nosniff")]
    listed = [] if shop.faults.empty_catalogue else products
    clean = path.rstrip("/") or "/"
    if clean == "/robots.txt":
        return Reply(200, pages.robots(base, "/sitemap.xml", ["/_api/", "/_partials*", "/pro-gallery-webapp/v1/galleries/*"]).encode(),
                      "text/plain; charset=utf-8", kind="text")
    if clean == "/sitemap.xml":
        return xml_reply(pages.sitemap_index(base, ["/pages-sitemap.xml", "/store-products-sitemap.xml",
                                                     "/store-categories-sitemap.xml", "/blog-posts-sitemap.xml"]))
    if clean == "/pages-sitemap.xml":
        return xml_reply(pages.urlset([(base + "/", None), (base + "/boutique", None), (base + "/a-propos", None)]))
    if clean == "/store-categories-sitemap.xml":
        return xml_reply(pages.urlset([(base + "/category/all-products", None), (base + "/category/cafes", None)]))
    if clean == "/blog-posts-sitemap.xml":
        return xml_reply(pages.urlset([(base + "/post/recolte-2026", None)]))
    if clean == "/store-products-sitemap.xml":
        return xml_reply(pages.urlset([(f"{base}/product-page/{p['urlPart']}", "2026-09-01") for p in listed]), page=1)
    if clean == "/":
        body = (f'<!DOCTYPE html><html><head><meta name="generator" content="Wix.com Website Builder"/>'
                f"<title>{html.escape(shop.name)}</title>"
                '<link rel="preconnect" href="https://static.parastorage.com"></head>'
                '<body><div id="SITE_CONTAINER"><a href="/boutique">Boutique</a></div></body></html>')
        reply = html_reply(body, shop, base)
        reply.headers += headers
        return reply
    if clean.startswith("/product-page/"):
        slug = clean[len("/product-page/"):]
        p = next((p for p in listed if p["urlPart"] == slug), None)
        if p is None:
            return None
        reply = html_reply(_page(shop, p, base + clean), shop, base)
        reply.headers += headers
        return reply
    return None


def demo() -> list:
    from coffee_scraper_shops.shop import Shop

    return [Shop("cafemtl", "Café Montréal", "wix", "CAD", catalogue("CAD"))]


FIXTURES = (FixturePlatform("wix", route, {"platform": "wix"}, demo),)
