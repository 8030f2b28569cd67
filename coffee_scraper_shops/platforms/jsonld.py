"""schema.org fixture shops: product pages with JSON-LD or microdata, and a JS-only shop (jsonld_js)."""
from __future__ import annotations

import random
from typing import Any

from coffee_scraper_shops import pages
from coffee_scraper_shops.catalog import BLENDS, FARMS, NOTES, ORIGINS, PROCESSES, ROASTS, SYNTH_ORIGIN, slugify
from coffee_scraper_shops.pages import E, ld_json, page, site_head
from coffee_scraper_shops.platforms import FixturePlatform
from coffee_scraper_shops.replies import Reply, html_reply, json_reply, sitemap_routes


def synthetic_jsonld(n: int, seed: int = 0, currency: str = "GBP", brand: str = "Fixture Roasters") -> list[dict[str, Any]]:
    """n entries {"handle", "markup": "jsonld"|"microdata", "data": schema.org Product/ProductGroup}.

    Offer shapes rotate: a single Offer, a list of Offers, an AggregateOffer (with or without its
    offers), a ProductGroup whose hasVariant Products carry their own offers and weight; about one
    product in eight is marked up with microdata instead of JSON-LD.
    """
    r = random.Random(f"jsonld:{seed}")
    out: list[dict[str, Any]] = []
    handles: set[str] = set()
    shapes = ["offer", "offers", "aggregate", "group"]
    sizes = [("250g", 250, 1.0), ("500g", 500, 1.85), ("1kg", 1000, 3.4)]
    for i in range(n):
        country, regions, varieties, (elo, ehi) = r.choice(ORIGINS)
        farm, process, roast = r.choice(FARMS), r.choice(PROCESSES), r.choice(ROASTS)
        notes = r.sample(NOTES, 3)
        name = r.choice([f"{country} {farm}", f"{farm}, {r.choice(regions)}", f"{r.choice(BLENDS)} Blend",
                         f"{country} {r.choice(regions)} {process}"])
        handle = base = slugify(name)
        k = 1
        while handle in handles:
            handle, k = f"{base}-{k}", k + 1
        handles.add(handle)
        url = f"{SYNTH_ORIGIN}/products/{handle}"
        cur = currency if r.random() < 0.9 else "EUR"
        base_price = r.choice([9.5, 10.0, 11.5, 12.5, 13.0, 14.25, 16.0])
        in_stock = r.random() < 0.85
        sku = f"SKU-{seed}-{i:04d}"

        def price(v: float) -> Any:
            p = f"{v:.2f}"
            return p if r.random() < 0.85 else float(p)  # strings mostly; numbers on some sites

        def avail(ok: bool) -> str:
            scheme = "https" if r.random() < 0.8 else "http"
            return f"{scheme}://schema.org/{'InStock' if ok else 'OutOfStock'}"

        data: dict[str, Any] = {
            "@context": "https://schema.org", "@type": "Product", "name": name,
            "description": f"{country}, {process.lower()} process, {roast.lower()} roast. Notes of {', '.join(notes).lower()}.",
            "image": [f"{SYNTH_ORIGIN}/media/{handle}.jpg"], "sku": sku, "url": url,
            "brand": {"@type": "Brand", "name": brand},
        }
        if r.random() < 0.5:
            data["additionalProperty"] = [
                {"@type": "PropertyValue", "name": "Origin", "value": country},
                {"@type": "PropertyValue", "name": "Process", "value": process},
                {"@type": "PropertyValue", "name": "Altitude", "value": f"{elo}-{ehi} masl"},
                {"@type": "PropertyValue", "name": "Variety", "value": r.choice(varieties)},
            ]
        shape = shapes[i % 4] if i < 8 else r.choice(shapes)
        if shape == "offer":
            data["offers"] = {"@type": "Offer", "price": price(base_price), "priceCurrency": cur,
                              "availability": avail(in_stock), "url": url, "itemCondition": "https://schema.org/NewCondition"}
            data["weight"] = {"@type": "QuantitativeValue", "value": 250, "unitCode": "GRM"}
        elif shape == "offers":
            data["offers"] = [{"@type": "Offer", "name": s, "sku": f"{sku}-{s}", "price": price(base_price * f),
                               "priceCurrency": cur, "availability": avail(in_stock and r.random() < 0.9), "url": url}
                              for s, _g, f in sizes[: r.randrange(2, 4)]]
        elif shape == "aggregate":
            used = sizes[: r.randrange(2, 4)]
            agg = {"@type": "AggregateOffer", "lowPrice": f"{base_price:.2f}", "highPrice": f"{base_price * used[-1][2]:.2f}",
                   "offerCount": len(used), "priceCurrency": cur, "availability": avail(in_stock)}
            if r.random() < 0.5:
                agg["offers"] = [{"@type": "Offer", "name": s, "price": f"{base_price * f:.2f}", "priceCurrency": cur,
                                  "availability": avail(in_stock)} for s, _g, f in used]
            data["offers"] = agg
        else:
            data["@type"] = "ProductGroup"
            data["productGroupID"] = sku
            data["variesBy"] = ["https://schema.org/size"]
            data.pop("sku")
            data["hasVariant"] = [{
                "@type": "Product", "name": f"{name} - {s}", "sku": f"{sku}-{s}", "size": s,
                "weight": {"@type": "QuantitativeValue", "value": g, "unitCode": "GRM"},
                "offers": {"@type": "Offer", "price": price(base_price * f), "priceCurrency": cur,
                           "availability": avail(in_stock and r.random() < 0.85), "url": f"{url}?variant={s}"},
            } for s, g, f in sizes[: r.randrange(2, 4)]]
        markup = "microdata" if (shape in ("offer", "offers") and r.random() < 0.25) else "jsonld"
        out.append({"handle": handle, "markup": markup, "data": data})
    return out




def jsonld_home(shop, entries: list[dict]) -> str:
    links = "\n".join(f'<li><a href="/products/{E(e["handle"])}">{E(e["data"]["name"])}</a></li>' for e in entries[:12])
    return page(shop.name, site_head(), f'<header><a href="/">{E(shop.name)}</a></header>\n'
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
    head = site_head() + f'\n<meta property="og:title" content="{E(data["name"])}">\n' \
                          f'<script type="application/ld+json">{ld_json(data)}</script>'
    body = (f'<nav><a href="/">Home</a></nav>\n<main><h1>{E(data["name"])}</h1>\n'
            f'<img src="{E(img)}" alt="{E(data["name"])}" width="600" height="600">\n'
            f'<p class="price">{E(_display_price(_first_offer(data)))}</p>\n'
            f'<div class="description"><p>{E(data.get("description", ""))}</p></div></main>')
    return page(f'{data["name"]} | {shop.name}', head, body)


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
    return page(f'{data["name"]} | {shop.name}', site_head(), body)


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
    return page(shop.name, site_head(), body)




def route(shop, products, method, path, params, base, www) -> Reply | None:
    js = shop.platform == "jsonld_js"
    if path == "/":
        return html_reply(jsonld_js_shell(shop) if js else jsonld_home(shop, products), shop, base)
    if path == "/robots.txt":
        return Reply(200, pages.robots(base, "/sitemap.xml", ["/basket", "/checkout"]).encode(),
                      "text/plain; charset=utf-8", kind="text")
    if path.startswith("/products/"):
        handle = path[len("/products/"):].strip("/")
        entry = next((e for e in products if e["handle"] == handle), None)
        if entry is None:
            return None
        if js:  # the shell: no product data at all, the script fetches it
            return html_reply(jsonld_js_shell(shop), shop, base)
        return html_reply(jsonld_product(shop, entry), shop, base)
    if js and path.startswith("/api/products/") and path.endswith(".json"):
        handle = path[len("/api/products/"):-len(".json")]
        entry = next((e for e in products if e["handle"] == handle), None)
        if entry is None:
            return json_reply({"error": "not found"}, shop, base, status=404)
        return json_reply(entry["data"], shop, base, conditional=True)
    return sitemap_routes(shop, products, path, base,
                           lambda es: [(f"{base}/products/{e['handle']}", None) for e in es])



def demo() -> list:
    from coffee_scraper_shops.shop import Shop

    return [Shop("kestrel", "Kestrel Coffee", "jsonld", "GBP",
                 synthetic_jsonld(40, seed=3, currency="GBP", brand="Kestrel Coffee"))]


def demo_js() -> list:
    from coffee_scraper_shops.shop import Shop

    return [Shop("lumen", "Lumen Roastery", "jsonld_js", "EUR",
                 synthetic_jsonld(20, seed=4, currency="EUR", brand="Lumen Roastery"), asset_delay=0.2)]


FIXTURES = (
    FixturePlatform("jsonld", route, {"platform": "jsonld"}, demo),
    FixturePlatform("jsonld_js", route, {"platform": "jsonld", "render": "js"}, demo_js),
)
