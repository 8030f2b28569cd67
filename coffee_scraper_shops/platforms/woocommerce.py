"""WooCommerce fixture shops: the Store API (per_page/page, X-WP-TotalPages, variations), pages, WP sitemaps."""
from __future__ import annotations

import copy
import html
import random
import re
from typing import Any
from urllib.parse import urlsplit

from coffee_scraper_shops import pages
from coffee_scraper_shops.catalog import (
    BLENDS, FARMS, INDIA_REGIONS, NOTES, ORIGINS, PROCESSES, REAL_ORIGINS, SYNTH_ORIGIN, load_real, slugify,
)
from coffee_scraper_shops.pages import E, ld_json, page
from coffee_scraper_shops.platforms import FixturePlatform
from coffee_scraper_shops.replies import Reply, html_reply, int_param, json_reply, rewrite, xml_reply

WOO_DEFAULT_PER_PAGE, WOO_MAX_PER_PAGE = 10, 100
WOO_LIST_PATHS = ("/wp-json/wc/store/v1/products", "/wp-json/wc/store/products")


def real_woocommerce(name: str = "babasbeans") -> list[dict[str, Any]]:
    """The captured WooCommerce Store API product list of Baba's Beans (10 products, INR minor units)."""
    data = load_real(name)
    if not isinstance(data, list):
        raise ValueError(f"{name!r} is not a WooCommerce Store API capture")
    return copy.deepcopy(data)



WOO_SYMBOL = {"INR": ("₹", "&#8377;"), "USD": ("$", "&#36;"), "GBP": ("£", "&pound;"), "EUR": ("€", "&euro;")}
WOO_GRINDS = ["Whole Beans", "Aero press", "Espresso", "French press", "Mocha pot", "Pour Over", "South Indian Filter"]
WOO_WEIGHTS = [("250g", 250), ("500g", 500), ("1Kg", 1000)]


def _woo_prices(currency: str, price: int, regular: int, sale: int, price_range: dict | None = None) -> dict:
    sym = WOO_SYMBOL.get(currency, ("$", "&#36;"))[0]
    return {
        "currency_code": currency, "currency_symbol": sym, "currency_minor_unit": 2,
        "currency_decimal_separator": ".", "currency_thousand_separator": ",", "currency_prefix": sym,
        "currency_suffix": "", "price": str(price), "regular_price": str(regular), "sale_price": str(sale),
        "price_range": price_range,
    }


def _woo_amount_html(minor: int, currency: str) -> str:
    ent = WOO_SYMBOL.get(currency, ("$", "&#36;"))[1]
    return (f'<span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">'
            f'{ent}</span>{minor / 100:,.2f}</bdi></span>')


def _woo_price_html(prices: dict) -> str:
    cur = prices["currency_code"]
    rng = prices.get("price_range")
    if rng:
        return f'{_woo_amount_html(int(rng["min_amount"]), cur)} &ndash; {_woo_amount_html(int(rng["max_amount"]), cur)}'
    if prices["sale_price"] != prices["regular_price"]:
        reg, sale = int(prices["regular_price"]), int(prices["sale_price"])
        return (f'<del aria-hidden="true">{_woo_amount_html(reg, cur)}</del> <span class="screen-reader-text">'
                f'Original price was: {reg / 100:.2f}.</span><ins aria-hidden="true">{_woo_amount_html(sale, cur)}</ins>'
                f'<span class="screen-reader-text">Current price is: {sale / 100:.2f}.</span>')
    return _woo_amount_html(int(prices["price"]), cur)


def _woo_weight_factor(term_name: str) -> float | None:
    m = re.match(r"\s*(\d+(?:\.\d+)?)\s*(kg|g)", term_name, re.I)
    if not m:
        return None
    grams = float(m.group(1)) * (1000 if m.group(2).lower() == "kg" else 1)
    return grams / 250 * (0.92 if grams >= 1000 else 0.96 if grams >= 500 else 1.0)


def woocommerce_variations(products: list[dict[str, Any]], seed: int = 0) -> dict[int, dict[str, Any]]:
    """Store API objects for every variation listed by the variable products (GET /products/ID).

    A variation's price scales with its weight term ("250g" / "500g" / "1Kg") from the parent's
    minimum price; a variation without a weight costs the parent's price. Stock: some variations of
    in-stock parents are out of stock (seeded), none of an out-of-stock parent is in stock.
    """
    out: dict[int, dict[str, Any]] = {}
    for p in products:
        if p.get("type") != "variable":
            continue
        rng = random.Random(f"woo-var:{seed}:{p['id']}")
        terms = {}
        for a in p.get("attributes") or []:
            for t in a.get("terms") or []:
                terms[(a["name"], t["slug"])] = t["name"]
        prices = p["prices"]
        base = int((prices.get("price_range") or {}).get("min_amount") or prices["price"])
        regular_base = int(prices["regular_price"]) if not prices.get("price_range") else base
        for v in p.get("variations") or []:
            labels = [f"{a['name']}: {terms.get((a['name'], a['value']), a['value'])}" for a in v["attributes"]]
            factor = 1.0
            for a in v["attributes"]:
                f = _woo_weight_factor(terms.get((a["name"], a["value"]), a["value"]))
                if f:
                    factor = f
            price = int(round(base * factor / 100) * 100)
            regular = int(round(regular_base * factor / 100) * 100) if p.get("on_sale") else price
            sale = price
            in_stock = bool(p.get("is_in_stock")) and rng.random() < 0.85
            vp = _woo_prices(prices["currency_code"], price, regular, sale)
            query = "&".join(f"attribute_{_woo_taxonomy(p, a['name'])}={a['value']}" for a in v["attributes"])
            out[v["id"]] = {
                "id": v["id"], "name": p["name"], "parent": p["id"], "type": "variation",
                "variation": ", ".join(labels), "permalink": f"{p['permalink']}?{query}", "sku": "",
                "short_description": "", "description": "", "on_sale": regular != sale, "prices": vp,
                "price_html": _woo_price_html(vp), "average_rating": "0", "review_count": 0,
                "images": p.get("images", [])[:1], "categories": [], "tags": [], "attributes": [], "variations": [],
                "has_options": False, "is_purchasable": True, "is_in_stock": in_stock, "is_on_backorder": False,
                "low_stock_remaining": None, "sold_individually": False, "quantity_limit": 99,
                "add_to_cart": {"text": "Add to cart" if in_stock else "Read more",
                                "description": f"Add &ldquo;{p['name']}&rdquo; to your cart", "url": f"?add-to-cart={v['id']}"},
            }
    return out


def _woo_taxonomy(p: dict, name: str) -> str:
    for a in p.get("attributes") or []:
        if a["name"] == name:
            return a.get("taxonomy") or slugify(name)
    return slugify(name)


def synthetic_woocommerce(n: int, seed: int = 0, currency: str = "INR") -> list[dict[str, Any]]:
    """n Store API products shaped like the real babasbeans feed (labelled short_description lines,
    minor-unit price strings, HTML entities in names, variable products with attribute terms)."""
    r = random.Random(f"woo:{seed}")
    next_id = 1000 + (seed % 97) * 10_000
    out: list[dict[str, Any]] = []
    scale = {"INR": 1.0, "USD": 0.05, "GBP": 0.04, "EUR": 0.045}.get(currency, 1.0)
    term_ids = {}

    def tid(name: str) -> int:
        return term_ids.setdefault(name, 40 + len(term_ids))

    def minor(amount_inr: float) -> int:
        return int(round(amount_inr * scale)) * 100

    for i in range(n):
        next_id += r.randrange(2, 40)
        pid = next_id
        kind = r.choices(["variable", "simple", "subscription", "equipment", "unavailable"], [55, 20, 6, 9, 10])[0]
        if currency == "INR":
            region, elev = r.choice(INDIA_REGIONS)
        else:
            c, regions, _v, (elo, ehi) = r.choice(ORIGINS)
            region, elev = f"{r.choice(regions)}, {c}", f"{elo}m &#8211; {ehi}m"
        estate = r.choice(FARMS + ["Harley Estate", "Baarbara Estate", "Ratnagiri Estate", "Kelagur Estate"])
        name = r.choice([estate.upper(), f"{estate} &#8211; {r.choice(PROCESSES)}", estate, f"{r.choice(BLENDS)} Blend"])
        if kind == "subscription":
            name = f"SUBSCRIPTION &#8211; {r.choice([6, 12, 24])} DELIVERIES"
        elif kind == "equipment":
            name = r.choice(["Hario V60 Dripper &amp; Filters", "French Press 600 ml", "Moka Pot (3 Cup)", "Gift Card"])
        roast = r.choice(["Light Roast", "Medium Roast", "Medium Dark Roast", "Dark Roast", "City Roast", "Full City Roast"])
        notes = r.sample(NOTES, 3)
        short = ""
        if kind not in ("subscription", "equipment") and r.random() < 0.85:
            short = (f"<p>Region : {region}<br />\nElevation: {elev}<br />\n"
                     f"Type : {r.choice(['Single Origin Coffees', 'Blends', 'Single Estate'])}<br />\n"
                     f"Strength : {r.randrange(1, 5)}/4<br />\nRoast Profile : {roast}<br />\n"
                     f"Process : {r.choice(PROCESSES)}<br />\n"
                     f"Variety : {r.choice(['Arabica', 'Arabica &amp; Robusta', 'SLN 795', 'Chandragiri'])}<br />\n"
                     f"Tasting Notes : {', '.join(notes)}</p>\n"
                     f"<p>Brewing Recommendation : {r.choice(['Pour over', 'Espresso | Moka pot', 'On the rocks'])}</p>")
        elif kind not in ("subscription", "equipment"):
            short = f"<p>A coffee from {region}. Flavours of {notes[0].lower()} and {notes[1].lower()}.</p>"
        base = r.choice([380, 450, 520, 650, 780, 990])
        slug = slugify(html.unescape(name))
        permalink = f"{SYNTH_ORIGIN}/product/{slug}-{pid}/"
        attributes: list[dict] = []
        variations: list[dict] = []
        price_range = None
        in_stock = r.random() < 0.85
        on_sale = False
        if kind in ("variable", "subscription"):
            grinds = r.sample(WOO_GRINDS, r.randrange(2, len(WOO_GRINDS) + 1))
            grinds.sort(key=WOO_GRINDS.index)
            gname = r.choice(["Grind Size", "Grind size", "Grind"])
            attrs = [(gname, "pa_grind-size", grinds)]
            if kind == "variable" and r.random() < 0.6:
                weights = [w for w, _ in WOO_WEIGHTS[: r.randrange(2, 4)]]
                attrs.insert(0, ("Weight", "pa_weight", weights))
                mx = max(_woo_weight_factor(w) for w in weights)
                price_range = {"min_amount": str(minor(base)), "max_amount": str(int(round(minor(base) * mx / 100) * 100))}
            if kind == "subscription":
                attrs.append(("Frequency Of Delivery", "pa_frequency", ["Weekly", "Fortnightly"]))
                attrs.append(("Coffee", None, ["Roaster's Choice", "Single Origin", "Blend"]))
                base = base * 6
            for aid, (aname, tax, names) in enumerate(attrs, 1):
                attributes.append({
                    "id": aid if tax else 0, "name": aname, "taxonomy": tax, "has_variations": True,
                    "terms": [{"id": tid(t), "name": t, "slug": slugify(t)} for t in names],
                })
            combos: list[list[tuple[str, str]]] = [[]]
            for aname, _tax, names in attrs:
                combos = [c + [(aname, slugify(t))] for c in combos for t in names]
            for c in combos:
                next_id += 1
                variations.append({"id": next_id, "attributes": [{"name": a, "value": v} for a, v in c]})
        if kind == "unavailable":
            in_stock = False
            prices = _woo_prices(currency, 0, 0, 0)  # real: price "0" on unavailable products
        elif price_range:
            prices = _woo_prices(currency, int(price_range["min_amount"]), int(price_range["min_amount"]),
                                 int(price_range["min_amount"]), price_range)
        else:
            regular = minor(base)
            sale = regular
            if r.random() < 0.1:
                sale, on_sale = int(round(regular * 0.5 / 100) * 100), True
            prices = _woo_prices(currency, sale, regular, sale)
        cats = {"equipment": [("Equipment", "equipment")], "subscription": [("Subscriptions", "subscriptions")]}.get(
            kind, [r.choice([("Single Origin", "single-origin"), ("Blends", "blends"), ("COLD BREW", "cold-brew"),
                             ("Our Coffees", "our-coffees")])])
        img_id = next_id + 500
        out.append({
            "id": pid, "name": name, "parent": 0, "type": "variable" if variations else "simple", "variation": "",
            "permalink": permalink, "sku": "" if r.random() < 0.7 else f"BB-{pid}",
            "short_description": short, "description": "" if r.random() < 0.6 else f"<p>{html.escape(name)} &#8211; roasted to order.</p>",
            "on_sale": on_sale, "prices": prices, "price_html": _woo_price_html(prices),
            "average_rating": "0", "review_count": 0,
            "images": [{
                "id": img_id, "src": f"{SYNTH_ORIGIN}/wp-content/uploads/2026/0{1 + i % 9}/{slug}.jpg",
                "thumbnail": f"{SYNTH_ORIGIN}/wp-content/uploads/2026/0{1 + i % 9}/{slug}-300x300.jpg",
                "srcset": f"{SYNTH_ORIGIN}/wp-content/uploads/2026/0{1 + i % 9}/{slug}.jpg 800w",
                "sizes": "(max-width: 800px) 100vw, 800px", "name": slug, "alt": "",
            }] if r.random() < 0.9 else [],
            "categories": [{"id": 60 + len(c[0]), "name": c[0], "slug": c[1],
                            "link": f"{SYNTH_ORIGIN}/product-category/{c[1]}/"} for c in cats],
            "tags": [], "attributes": attributes, "variations": variations, "has_options": bool(variations),
            "is_purchasable": kind != "unavailable", "is_in_stock": in_stock, "is_on_backorder": False,
            "low_stock_remaining": None, "sold_individually": False, "quantity_limit": 99,
            "add_to_cart": {"text": "Select options" if variations else ("Add to cart" if in_stock else "Read more"),
                            "description": f"Select options for &ldquo;{name}&rdquo;", "url": permalink},
        })
    return out



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
    return page(shop.name, woo_head(shop, base), body, body_class="home wp-theme-storefront woocommerce-js")


def woo_product(shop, p: dict, base: str) -> str:
    prices = p["prices"]
    unit = 10 ** prices.get("currency_minor_unit", 2)
    ld = {"@context": "https://schema.org/", "@type": "Product", "name": html.unescape(p["name"]),
          "url": p["permalink"], "sku": p.get("sku") or str(p["id"]),
          "offers": [{"@type": "Offer", "price": f"{int(prices['price'] or 0) / unit:.2f}",
                      "priceCurrency": prices["currency_code"],
                      "availability": "http://schema.org/" + ("InStock" if p["is_in_stock"] else "OutOfStock")}]}
    head = woo_head(shop, base) + f'\n<script type="application/ld+json">{ld_json(ld)}</script>'
    body = (f'<main><div class="product type-product"><h1 class="product_title entry-title">{p["name"]}</h1>\n'
            f'<p class="price">{p["price_html"]}</p>\n'
            f'<div class="woocommerce-product-details__short-description">{p["short_description"]}</div>\n'
            f'<div class="woocommerce-Tabs-panel">{p["description"]}</div></div></main>')
    return page(f'{html.unescape(p["name"])} – {shop.name}', head, body,
                 body_class="product-template-default single single-product woocommerce")


def wp_json_index(shop, base: str) -> dict:
    return {"name": shop.name, "description": "", "url": base, "home": base, "gmt_offset": "5.5",
            "namespaces": ["oembed/1.0", "wc/store", "wc/store/v1", "wc/v3", "wp/v2", "wp-site-health/v1"],
            "authentication": [], "routes": {}}




def route(shop, products, method, path, params, base, www) -> Reply | None:
    api = path.rstrip("/")
    if api in WOO_LIST_PATHS:
        if shop.apex_404 and not www:
            return _woo_error(shop, base, 404, "rest_no_route", "No route was found matching the URL and request method.")
        per_page = int_param(params, "per_page", WOO_DEFAULT_PER_PAGE)
        page = int_param(params, "page", 1)
        if per_page is None or not 1 <= per_page <= WOO_MAX_PER_PAGE:
            return _woo_error(shop, base, 400, "rest_invalid_param", "Invalid parameter(s): per_page",
                              {"params": {"per_page": f"per_page must be between 1 (inclusive) and {WOO_MAX_PER_PAGE} (inclusive)"}})
        if page is None or page < 1:
            return _woo_error(shop, base, 400, "rest_invalid_param", "Invalid parameter(s): page",
                              {"params": {"page": "page must be greater than or equal to 1"}})
        listed = [] if shop.faults.empty_catalogue else products
        total = len(listed)
        pages_total = -(-total // per_page)
        chunk = listed[(page - 1) * per_page: page * per_page]
        link = []
        if page > 1:
            link.append(f'<{base}{api}?per_page={per_page}&page={page - 1}>; rel="prev"')
        if page < pages_total:
            link.append(f'<{base}{api}?per_page={per_page}&page={page + 1}>; rel="next"')
        headers = [("X-WP-Total", str(total)), ("X-WP-TotalPages", str(pages_total)),
                   ("Link", f'<{base}/wp-json/>; rel="https://api.w.org/"'),
                   ("X-Robots-Tag", "noindex"), ("Allow", "GET")]
        if link:
            headers.append(("Link", ", ".join(link)))
        return json_reply(chunk, shop, base, page=page, headers=headers, conditional=True)
    for prefix in WOO_LIST_PATHS:
        if api.startswith(prefix + "/"):
            try:
                pid = int(api[len(prefix) + 1:])
            except ValueError:
                return None
            with shop.lock:
                obj = next((p for p in products if p["id"] == pid), None) or shop.variations.get(pid)
            if obj is None:
                return _woo_error(shop, base, 404, "woocommerce_rest_product_invalid_id", "Invalid product ID.")
            return json_reply(obj, shop, base)
    if api in ("/wp-json", "/wp-json/wc/store/v1", "/wp-json/wc/store"):
        return json_reply(wp_json_index(shop, base), shop, base)
    if path == "/":
        return html_reply(woo_home(shop, products, base), shop, base)
    if path.startswith("/product/"):
        wanted = path.rstrip("/") + "/"
        for p in products:
            if urlsplit(p.get("permalink", "")).path == wanted:
                return html_reply(woo_product(shop, p, base), shop, base)
        return None
    if path == "/robots.txt":
        return Reply(200, pages.robots(base, "/wp-sitemap.xml", ["/wp-admin/", "/cart/", "/checkout/"]).encode(),
                      "text/plain; charset=utf-8", kind="text")
    if path == "/wp-sitemap.xml":
        return xml_reply(pages.sitemap_index(base, ["/wp-sitemap-posts-product-1.xml"]))
    if path == "/wp-sitemap-posts-product-1.xml":
        listed = [] if shop.faults.empty_catalogue else products
        return Reply(200, rewrite(pages.urlset([(p["permalink"], None) for p in listed]), shop, base).encode(),
                      "application/xml; charset=utf-8", page=1, kind="xml")
    return None


def _woo_error(shop, base, status, code, message, data=None) -> Reply:
    return json_reply({"code": code, "message": message, "data": {"status": status, **(data or {})}},
                       shop, base, status=status)



def prepare(shop) -> None:
    # The Store API answers each variation by id: derive them from the products when not given.
    if not shop.variations:
        shop.variations = woocommerce_variations(shop.products)


def demo() -> list:
    from coffee_scraper_shops.shop import Shop

    return [Shop("babasbeans", "Baba's Beans Coffee", "woocommerce", "INR", real_woocommerce(),
                 origin=REAL_ORIGINS["babasbeans"])]


FIXTURES = (FixturePlatform("woocommerce", route, {"platform": "woocommerce"}, demo, prepare),)
