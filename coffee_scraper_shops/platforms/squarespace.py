"""Fixture Squarespace Commerce shop: `?format=json` pages, store collections, sitemap, home page.

Shapes follow real Squarespace output: an item's `structuredContent` carries `productType`
(1 physical, 2 digital, 4 gift card), `isSubscribable`, `variantOptionOrdering` and `variants`
(`attributes` and `optionValues`, `priceMoney`/`salePriceMoney` {currency, value "18.50"} beside the
legacy cents `price`/`salePrice`, `onSale`, `unlimited`, `qtyInStock`, `sku`, a UUID `id`); a
collection page has `collection` (type 13 for a Store Page), `items`, `pagination` {nextPage,
nextPageOffset, nextPageUrl, pageSize}; every page has `websiteSettings.storeSettings.selectedCurrency`.
The catalogue (Shop.products) is a list of items in that shape; a fixture-only key
`_listing_without_variants` makes the listing omit that item's product data (its own page has it).
"""
from __future__ import annotations

import copy
import hashlib
import html
import json
import uuid
from typing import Any

from coffee_scraper_shops import pages
from coffee_scraper_shops.platforms import FixturePlatform
from coffee_scraper_shops.replies import Reply, html_reply, json_reply, xml_reply

PAGE_SIZE = 20
FIRST_PUBLISH_MS = 1_760_000_000_000
_NS = uuid.UUID("6f0b5a52-3c1e-4d55-9a7e-0c1d2e3f4a5b")


def object_id(*parts: Any) -> str:
    """A 24-hex id like Squarespace's (Mongo ObjectId), stable per input."""
    return hashlib.sha1("/".join(map(str, parts)).encode()).hexdigest()[:24]


def _money(currency: str, amount: str) -> dict:
    return {"currency": currency, "value": amount}


def _cents(amount: str) -> int:
    return int(round(float(amount) * 100))


def variant(item_slug: str, currency: str, options: list[tuple[str, str]], price: str, *, sale: str | None = None,
            qty: int | None = 10, sku: str | None = None) -> dict:
    """One structuredContent variant; qty None means unlimited stock."""
    return {
        "attributes": {name: value for name, value in options},
        "optionValues": [{"optionName": name, "value": value} for name, value in options],
        "id": str(uuid.uuid5(_NS, f"{item_slug}:{options}")),
        "sku": sku or "SQ" + str(int(hashlib.sha1(f"{item_slug}{options}".encode()).hexdigest()[:6], 16) % 10_000_000),
        "price": _cents(price),
        "salePrice": _cents(sale) if sale else 0,
        "priceMoney": _money(currency, price),
        "salePriceMoney": _money(currency, sale or "0.00"),
        "onSale": bool(sale),
        "unlimited": qty is None,
        "qtyInStock": 0 if qty is None else qty,
        "width": 0.0, "height": 0.0, "weight": 0.0, "len": 0.0,
        "imageIds": [], "images": [],
    }


def item(collection: str, slug: str, title: str, variants: list[dict], *, body: str = "", excerpt: str = "",
         tags: list[str] | None = None, categories: list[str] | None = None, product_type: int = 1,
         subscribable: bool = False, ordering: list[str] | None = None, index: int = 0,
         currency: str = "EUR", **extra: Any) -> dict:
    publish = FIRST_PUBLISH_MS - index * 3_600_000
    content: dict[str, Any] = {
        "productType": product_type,
        "isSubscribable": subscribable,
        "variantOptionOrdering": ordering or (list(variants[0]["attributes"]) if variants else []),
        "variants": variants,
        # The item-level price is 0 for products with variants: the variants carry the prices.
        "priceMoney": _money(currency, "0.00"), "salePriceMoney": _money(currency, "0.00"),
        "price": 0, "salePrice": 0, "onSale": False,
    }
    if subscribable:
        content["subscriptionPlan"] = {"billingPeriod": {"value": 1, "unit": "MONTH"}, "numBillingCycles": 0}
    return {
        "id": object_id(collection, slug),
        "collectionId": object_id("collection", collection),
        "recordType": 11,
        "recordTypeLabel": "store-item",
        "addedOn": publish, "updatedOn": publish, "publishOn": publish,
        "displayIndex": index,
        "urlId": slug,
        "title": title,
        "body": f'<div class="sqs-html-content">{body}</div>' if body else "",
        "excerpt": excerpt,
        "tags": tags or [],
        "categories": categories or [],
        "starred": False,
        "assetUrl": f"https://images.squarespace-cdn.com/content/v1/{object_id('site')}/{slug}.jpg",
        "fullUrl": f"{collection}/p/{slug}",
        "structuredContent": content,
        **extra,
    }


def catalogue(currency: str = "EUR", extra_coffees: int = 30) -> list[dict]:
    """A French roaster's Squarespace store: coffees mixed with books, gear, prints, gift cards, a
    subscription and a download; sale prices, sold-out and unlimited stock; French option names."""
    c = currency
    items = []
    n = 0

    def add(collection: str, slug: str, title: str, variants: list[dict], **kw: Any) -> None:
        nonlocal n
        items.append(item(collection, slug, title, variants, index=n, currency=c, **kw))
        n += 1

    poids_mouture = [[("Poids", p), ("Mouture", m)] for p in ("250 g", "1 kg") for m in ("Grains", "Filtre", "Espresso")]
    add("/shop", "ethiopie-guji-natural", "Éthiopie Guji – Natural", [
        variant("ethiopie-guji", c, opts, "14.50" if opts[0][1] == "250 g" else "48.00",
                qty=0 if opts == [("Poids", "1 kg"), ("Mouture", "Espresso")] else 12)
        for opts in poids_mouture],
        body="<p>Origine : Éthiopie, Guji. Procédé : nature. Torréfaction claire.</p>"
             "<p>Notes : fraise, bergamote, chocolat noir.</p>",
        excerpt="<p>Un nature juteux de Guji.</p>", tags=["Éthiopie", "Filtre"], categories=["Cafés"])
    add("/shop", "colombie-huila-decafeine", "Colombie Huila Décaféiné", [
        variant("colombie-decaf", c, [("Poids", "250 g")], "13.00", sale="10.40", qty=None),
        variant("colombie-decaf", c, [("Poids", "1 kg")], "42.00", qty=None)],
        body="<p>Décaféiné à la canne à sucre (EA). Origin: Colombia.</p>", categories=["Cafés"])
    add("/shop", "kenya-kiambu-aa", "Kenya Kiambu AA", [
        variant("kenya-kiambu", c, [("Size", "250g")], "17.00", qty=0)],
        body="<p>Washed SL28 and SL34 from Kiambu. Notes of blackcurrant and grapefruit.</p>", categories=["Coffee"])
    add("/shop", "brazil-mogiana-espresso-blend", "Brazil Mogiana – Espresso Blend", [
        variant("brazil-mogiana", c, [("Size", s), ("Grind", g)], "12.00" if s == "12 oz" else "36.00", qty=None)
        for s in ("12 oz", "2 lb") for g in ("Whole Bean", "Ground")],
        body="<p>Natural process, medium roast. Chocolate, hazelnut.</p>", categories=["Coffee"])
    add("/shop", "rwanda-huye-mountain", "Rwanda Huye Mountain", [
        variant("rwanda-huye", c, [("Poids", "250 g")], "15.50", qty=4),
        variant("rwanda-huye", c, [("Poids", "1 kg")], "52.00", sale="46.80", qty=2)],
        body="<p>Origine : Rwanda. Lavé. Notes : cerise, thé noir.</p>", categories=["Cafés"],
        _listing_without_variants=True)
    add("/shop", "book-world-atlas-of-coffee", "Book – The World Atlas of Coffee", [
        variant("atlas-book", c, [], "35.00", qty=3)], categories=["Books"],
        body="<p>James Hoffmann's book, 2nd edition.</p>")
    add("/shop", "comandante-c40-grinder", "Comandante C40 MK4 Grinder", [
        variant("c40", c, [("Couleur", col)], "279.00", qty=1 if col == "Noir" else 0) for col in ("Noir", "Noyer")],
        categories=["Matériel"])
    add("/shop", "art-print-poster-coffee-cherries", "Art Print Poster – Coffee Cherries (A3)", [
        variant("print", c, [("Format", "A3")], "25.00", qty=None)], categories=["Print"])
    add("/shop", "carte-cadeau-gift-card", "Carte Cadeau – Gift Card", [
        variant("giftcard", c, [("Montant", a)], a, qty=None) for a in ("25.00", "50.00", "100.00")],
        product_type=4, categories=["Cadeaux"])
    add("/shop", "abonnement-cafe-coffee-subscription", "Abonnement Café – Coffee Subscription", [
        variant("subscription", c, [("Poids", "250 g")], "16.00", qty=None)],
        subscribable=True, body="<p>Un café de saison livré chaque mois.</p>")
    guide = item("/shop", "brewing-guide-ebook", "Brewing Guide e-Book (PDF download)", [], product_type=2,
                 index=n, currency=c)
    guide["structuredContent"].update(priceMoney=_money(c, "9.00"), price=900)
    items.append(guide)
    n += 1
    origins = ["Honduras", "Guatemala", "Costa Rica", "El Salvador", "Peru", "Bolivia", "Burundi", "Uganda",
               "Tanzania", "Panama", "Mexico", "Nicaragua", "Indonesia", "India", "Yemen"]
    # The roast as this shop writes it, in either of its languages (the demo's coverage monitor reads it).
    roasts = ["Light roast", "Torréfaction moyenne", "Medium roast", "Torréfaction claire", "Omni roast"]
    for i in range(extra_coffees):
        origin = origins[i % len(origins)]
        slug = f"{origin.lower().replace(' ', '-')}-lot-{i + 1}"
        sale = "11.70" if i % 7 == 3 else None
        add("/shop", slug, f"{origin} Lot {i + 1}", [
            variant(slug, c, [("Size", "250g")], "13.00", sale=sale, qty=None if i % 2 else 20),
            variant(slug, c, [("Size", "1kg")], "44.00", qty=0 if i % 5 == 4 else 6)],
            body=f"<p>Origin: {origin}. Washed. {roasts[i % len(roasts)]}. Notes of caramel and red apple.</p>",
            categories=["Coffee"])
    add("/merch", "enamel-mug", "Enamel Mug", [variant("mug", c, [], "18.00", qty=None)])
    add("/merch", "tote-bag", "Tote Bag", [variant("tote", c, [], "15.00", qty=7)])
    return items


# --------------------------------------------------------------------------------------------------
# Serving
# --------------------------------------------------------------------------------------------------
def _collections(products: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for p in products:
        out.setdefault(p["fullUrl"].split("/p/")[0], []).append(p)
    return out


def _site(shop, base: str) -> dict:
    return {
        "website": {"id": object_id("site", shop.slug), "identifier": shop.slug, "websiteType": 1,
                    "siteTitle": shop.name, "language": "fr-FR", "baseUrl": base, "authenticUrl": base},
        "websiteSettings": {"id": object_id("settings", shop.slug), "country": "FR",
                            "storeSettings": {"defaultCurrency": "USD", "selectedCurrency": shop.currency,
                                              "currenciesSupported": ["USD", "EUR", "GBP", "CAD"],
                                              "measurementStandard": 2, "isLive": True}},
    }


def _listed(p: dict) -> dict:
    """An item as a collection listing shows it."""
    shown = {k: v for k, v in p.items() if not k.startswith("_")}
    if p.get("_listing_without_variants"):
        shown.pop("structuredContent", None)
    return shown


def _home_html(shop, collections: list[str], base: str) -> str:
    nav = "".join(f'<a href="{path}" class="header-nav-item">{html.escape(path.strip("/").title())}</a>'
                  for path in [*collections, "/journal", "/about"])
    context = {"website": {"id": object_id("site", shop.slug), "siteTitle": shop.name},
               "websiteSettings": {"storeSettings": {"selectedCurrency": shop.currency}}, "pageType": 2}
    return ("<!doctype html><html lang=\"fr-FR\"><head><meta charset=\"utf-8\">"
            "<!-- This is Squarespace. --><!-- " + html.escape(shop.slug) + " -->"
            f"<title>{html.escape(shop.name)}</title>"
            '<link rel="preconnect" href="https://images.squarespace-cdn.com">'
            '<script crossorigin="anonymous" src="//assets.squarespace.com/universal/scripts-compressed/'
            'commerce-25d8f73c345d357399f9-min.fr-FR.js" defer></script>'
            '<script data-name="static-context">Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = '
            + json.dumps(context) + ";</script><!-- End of Squarespace Headers --></head>"
            f'<body><header><nav class="header-nav-list">{nav}</nav></header>'
            f"<main><h1>{html.escape(shop.name)}</h1></main></body></html>")


def route(shop, products: list[dict], method: str, path: str, params: dict, base: str, www: bool):
    """The Squarespace shop's answer to one request (None: 404)."""

    headers = [("Server", "Squarespace"), ("x-contextid", object_id("ctx", path)[:16] + "/" + object_id(path)[:8])]
    collections = _collections([] if shop.faults.empty_catalogue else products)
    as_json = params.get("format") in ("json", "json-pretty")
    clean = path.rstrip("/") or "/"
    if clean == "/robots.txt":
        return Reply(200, pages.robots(base, "/sitemap.xml", ["/config", "/search", "/api/"]).encode(),
                      "text/plain; charset=utf-8", kind="text")
    if clean == "/sitemap.xml":
        urls = [(base + "/", None), (base + "/about", None), (base + "/journal", None),
                (base + "/journal/2026/9/1/harvest-notes", None)]
        for collection, members in collections.items():
            urls.append((base + collection, None))
            urls += [(base + p["fullUrl"], None) for p in members]
        return xml_reply(pages.urlset(urls))
    if clean == "/":
        if as_json:
            return json_reply({**_site(shop, base), "collection": {"id": object_id("home"), "title": "Accueil",
                                                                   "fullUrl": "/", "type": 10, "typeName": "page"}},
                               shop, base, headers=headers)
        reply = html_reply(_home_html(shop, list(collections), base), shop, base)
        reply.headers += headers
        return reply
    if clean in ("/about", "/journal"):
        kind = {"/about": (10, "page"), "/journal": (1, "blog")}[clean]
        data = {**_site(shop, base), "collection": {"id": object_id("c", clean), "title": clean.strip("/").title(),
                                                    "fullUrl": clean, "type": kind[0], "typeName": kind[1]}}
        if clean == "/journal":
            data["items"] = [{"id": object_id("post"), "title": "Harvest notes", "recordTypeLabel": "text",
                              "fullUrl": "/journal/2026/9/1/harvest-notes", "body": "<p>…</p>"}]
        if as_json:
            return json_reply(data, shop, base, headers=headers)
        return html_reply(f"<html><body><h1>{clean}</h1></body></html>", shop, base)
    if clean in collections:
        if not as_json:
            return html_reply(f"<html><body><h1>{html.escape(clean)}</h1></body></html>", shop, base)
        return _listing(shop, clean, collections[clean], params, base, headers)
    for collection, members in collections.items():
        for p in members:
            if clean == p["fullUrl"]:
                if not as_json:
                    return html_reply(f"<html><body><h1>{html.escape(p['title'])}</h1></body></html>", shop, base)
                data = {**_site(shop, base), "collection": _collection_json(collection, members),
                        "item": {k: v for k, v in p.items() if not k.startswith("_")}}
                return json_reply(data, shop, base, headers=headers)
    return None


def _collection_json(path: str, members: list[dict]) -> dict:
    return {"id": object_id("collection", path), "title": path.strip("/").title(), "fullUrl": path,
            "type": 13, "typeName": "products", "itemCount": len(members), "pageSize": PAGE_SIZE}


def _listing(shop, path: str, members: list[dict], params: dict, base: str, headers: list):

    ordered = sorted(members, key=lambda p: -p["publishOn"])
    offset = params.get("offset")
    if offset:
        # Squarespace pages by the last item's publishOn; the first ask for page 2+ is rate limited
        # once (429 + Retry-After), as a busy real store answers a fast crawler.
        answered = vars(shop).setdefault("_squarespace_429", set())  # per shop, not module state
        key = (path, offset)
        if key not in answered:
            answered.add(key)
            return Reply(429, b"Too Many Requests", "text/plain; charset=utf-8", [("Retry-After", "1"), *headers])
        try:
            after = int(offset)
        except ValueError:
            return Reply(400, b"Bad offset", "text/plain; charset=utf-8")
        ordered = [p for p in ordered if p["publishOn"] < after]
    chunk = ordered[:PAGE_SIZE]
    more = len(ordered) > PAGE_SIZE
    pagination: dict[str, Any] = {"nextPage": more, "pageSize": PAGE_SIZE}
    if more:
        last = chunk[-1]["publishOn"]
        pagination.update(nextPageOffset=last, nextPageUrl=f"{path}?offset={last}")
    page = 1 + (sum(1 for p in members if p["publishOn"] >= int(offset)) // PAGE_SIZE if offset else 0)
    data = {**_site(shop, base), "collection": _collection_json(path, members), "items": [_listed(p) for p in chunk],
            "pagination": pagination, "empty": not chunk}
    return json_reply(copy.deepcopy(data), shop, base, page=page, headers=headers)


def demo() -> list:
    from coffee_scraper_shops.shop import Shop

    return [Shop("lumiere", "Brûlerie Lumière", "squarespace", "EUR", catalogue("EUR"))]


FIXTURES = (FixturePlatform("squarespace", route, {"platform": "squarespace"}, demo),)
