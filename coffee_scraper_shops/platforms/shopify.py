"""Shopify fixture shops: products.json (limit/page), product pages with the storefront markers, sitemaps."""
from __future__ import annotations

import copy
import html
import random
import zlib
from typing import Any

from coffee_scraper_shops import pages
from coffee_scraper_shops.catalog import (
    BLENDS, BOILERPLATE, EMOJI, FARMS, GRIND_OPTION_NAMES, HUGE_BODY_BYTES, NOTES, ORIGINS, PRICE_SCALE, PROCESS_BODY,
    PROCESSES, PRODUCERS, ROASTS, SIZE_OPTION_NAMES, SIZE_PROFILES_METRIC, SIZE_PROFILES_US, SIZES, TZ, Ids, load_real,
    money, slugify, stamp,
)
from coffee_scraper_shops.pages import E, ld_json, page, strip_tags
from coffee_scraper_shops.platforms import FixturePlatform
from coffee_scraper_shops.replies import Reply, html_reply, int_param, json_reply, shop_id, sitemap_routes

SHOPIFY_DEFAULT_LIMIT, SHOPIFY_MAX_LIMIT = 30, 250


def real_shopify(name: str) -> list[dict[str, Any]]:
    """The captured products.json products of `bluetokai` (30) or `rosette` (22), INR, unedited."""
    data = load_real(name)
    if not isinstance(data, dict) or "products" not in data:
        raise ValueError(f"{name!r} is not a Shopify products.json capture")
    return copy.deepcopy(data["products"])



class _ShopifyBuilder:
    def __init__(self, seed: int, currency: str, vendor: str):
        self.rng = random.Random(f"shopify:{seed}")
        self.seed = seed
        self.currency = currency
        self.vendor = vendor
        self.tz = TZ.get(currency, "+00:00")
        self.scale = PRICE_SCALE.get(currency, 1.0)
        self.pid = Ids(self.rng, 7_000_000_000_000, seed)
        self.vid = Ids(self.rng, 40_000_000_000_000, seed)
        self.iid = Ids(self.rng, 30_000_000_000_000, seed)
        self.handles: set[str] = set()
        self.day = 0
        self.empty_body_rate = self.rng.choice([0.04, 0.1, 0.25])
        self.last_coffee: dict[str, Any] | None = None

    # -- pieces -------------------------------------------------------------------------------------
    def handle(self, title: str) -> str:
        base = slugify(title)[:80]
        h, k = base, 1
        while h in self.handles:
            h, k = f"{base}-{k}", k + 1
        self.handles.add(h)
        return h

    def price(self, base: float) -> str:
        return money(base * self.scale, self.currency)

    def product(self, title: str, body: str, vendor: str, ptype: str, tags: list[str],
                options: list[tuple[str, list[str]]], variant_rows: list[dict[str, Any]], images: int = 1) -> dict:
        r = self.rng
        self.day += r.choice([0, 0, 1, 1, 2, 3, 7])
        created = stamp(self.day + r.randrange(0, 30), r.randrange(600), self.tz)
        updated = stamp(self.day, r.randrange(600), self.tz)
        pid = self.pid()
        handle = self.handle(title)
        variants = []
        for pos, row in enumerate(variant_rows, 1):
            opts = row["options"] + [None] * (3 - len(row["options"]))
            variants.append({
                "id": self.vid(), "title": " / ".join(o for o in row["options"] if o is not None),
                "option1": opts[0], "option2": opts[1], "option3": opts[2], "sku": row.get("sku"),
                "requires_shipping": row.get("requires_shipping", True), "taxable": True, "featured_image": None,
                "available": row["available"], "price": row["price"], "grams": row["grams"],
                "compare_at_price": row.get("compare_at_price"), "position": pos, "product_id": pid,
                "created_at": created, "updated_at": updated,
            })
        imgs = []
        for pos in range(1, images + 1):
            v = 1_700_000_000 + r.randrange(60_000_000)
            imgs.append({
                "id": self.iid(), "created_at": created, "position": pos, "updated_at": updated, "product_id": pid,
                "variant_ids": [], "src": f"https://cdn.shopify.com/s/files/1/0{600 + self.seed % 300}/{1000 + self.seed % 9000}/files/{handle}-{pos}.jpg?v={v}",
                "width": 1600, "height": 1600,
            })
        return {
            "id": pid, "title": title, "handle": handle, "body_html": body, "published_at": updated,
            "created_at": created, "updated_at": updated, "vendor": vendor, "product_type": ptype,
            "tags": sorted(set(tags)), "variants": variants, "images": imgs,
            "options": [{"name": n, "position": i, "values": vals} for i, (n, vals) in enumerate(options, 1)],
        }

    def grid(self, sizes: list[str], grinds: list[str] | None, base: float, *, sold_out: bool = False,
             sale: bool = False, sku_prefix: str | None = None) -> tuple[list, list]:
        r = self.rng
        if not sizes:
            rows = [{"options": ["Default Title"], "grams": r.choice([0, 340, 397]), "price": self.price(base),
                     "available": not sold_out}]
            return [("Title", ["Default Title"])], rows
        options = [(r.choice(SIZE_OPTION_NAMES), list(sizes))]
        if grinds:
            options.append((r.choice(GRIND_OPTION_NAMES), list(grinds)))
        rows = []
        odd_compare = r.random() < 0.05
        for size in sizes:
            _net, ship, factor = SIZES[size]
            price = self.price(base * factor)
            for grind in grinds or [None]:
                row = {"options": [size] + ([grind] if grind else []), "grams": ship, "price": price,
                       "available": (not sold_out) and r.random() < 0.93}
                if sale:
                    row["compare_at_price"] = self.price(base * factor * 1.25)
                elif odd_compare:  # compare_at below price: not a sale (real: rosette)
                    row["compare_at_price"] = self.price(base * factor * 0.9)
                if sku_prefix and r.random() < 0.7:
                    row["sku"] = f"{sku_prefix}-{slugify(size).upper()}" + (f"-{grind[:2].upper()}" if grind else "")
                rows.append(row)
        return options, rows

    # -- coffee ---------------------------------------------------------------------------------------
    def coffee(self, *, decaf: bool = False, blend: bool | None = None, title: str | None = None,
               extra_tags: list[str] = (), ptype: str | None = None, body_extra: str = "") -> dict:
        r = self.rng
        country, regions, varieties, (elo, ehi) = r.choice(ORIGINS)
        region = r.choice(regions)
        farm = r.choice(FARMS)
        variety = r.choice(varieties)
        process = "EA Decaf" if decaf else r.choice(PROCESSES)
        roast = r.choice(ROASTS)
        notes = r.sample(NOTES, r.choice([2, 3, 3, 4]))
        blend = (r.random() < 0.18) if blend is None else blend
        tags: list[str] = list(extra_tags)
        vendor = self.vendor
        body_parts: list[str] = []
        if blend:
            others = r.sample([o[0] for o in ORIGINS if o[0] != country], 2)
            title = title or f"{r.choice(BLENDS)}" + r.choice([" Blend", "", " Espresso", " Blend - Whole Bean"])
            tags += [f"From: {c}" for c in [country] + others]
            if r.random() < 0.5:
                body_parts.append(f"<p>Origins : {country}, {others[0]} &amp; {others[1]}</p>")
        else:
            title = title or self._coffee_title(country, region, farm, variety, process, decaf)
            self._origin_tag(tags, country)
            if r.random() < 0.12:
                vendor = r.choice([f"{region}, {country}", r.choice(PRODUCERS)])
        self._process_tag(tags, process)
        self._roast_tag(tags, roast)
        if r.random() < 0.3:
            tags.append(r.choice([n for n in notes]))
        if r.random() < 0.15:
            tags.append(f"Flavor Profile: {r.choice(['Chocolate', 'Fruity', 'Floral', 'Sweet'])}")
        if r.random() < 0.1:
            tags.append("profile:modern")
        if decaf:
            tags.append("decaf")
        tags.append(r.choice(["coffee", "Coffee", "single-origin", "beans"]) if not blend else "blend")
        body = "" if r.random() < self.empty_body_rate else self._coffee_body(
            country, region, farm, variety, process, roast, notes, elo, ehi) + "".join(body_parts) + body_extra
        profile = r.choice(SIZE_PROFILES_US if self.currency == "USD" else SIZE_PROFILES_METRIC)
        sold_out = r.random() < 0.1
        options, rows = self.grid(profile[0], profile[1], r.uniform(16, 26), sold_out=sold_out,
                                  sale=r.random() < 0.08, sku_prefix=slugify(country)[:3].upper() + str(r.randrange(100, 999)))
        ptype = ptype if ptype is not None else r.choice(["Coffee", "Coffee", "Single Origin", "Blend" if blend else "Coffee", ""])
        p = self.product(title, body, vendor, ptype, tags, options, rows, images=r.choice([0, 1, 1, 2, 3]))
        self.last_coffee = p
        return p

    def _coffee_title(self, country, region, farm, variety, process, decaf) -> str:
        r = self.rng
        if decaf:
            return r.choice([f"{country.upper()} | EA Decaf da Caña - {region}", f"Decaf {country} {region}",
                             f"Swiss Water Decaf - {country}"])
        forms = [
            f"{country} {farm}",
            f"2026 {r.choice(PRODUCERS)} - {country}",
            f"LIMITED | {country.upper()} | {farm} | {variety.split(',')[0]} | {r.choice(['ASD Natural', process])}",
            f"{country}, {farm} {process}",
            f"{farm} - {process} Process -",
            f"{country} {region} | {process}",
            f"{farm}",  # origin only in tags/body
            f"{region} {farm}",
            f"Cup of Excellence {country} #{r.randrange(1, 30)} {farm}",
        ]
        return r.choice(forms)

    def _origin_tag(self, tags: list[str], country: str) -> None:
        r = self.rng
        form = r.randrange(7)
        if form == 0:
            tags.append(f"origin:{country}")
        elif form == 1:
            tags.append(f"From: {country}")
        elif form == 2:
            tags.append(f"Country: {country}")
        elif form == 3:
            tags.append(f"origin__{slugify(country).replace('-', '_')}")
        elif form == 4:
            tags.append(country.replace(" ", "-") if r.random() < 0.5 else country)
        # 5, 6: no origin tag (title / body / vendor only)

    def _process_tag(self, tags: list[str], process: str) -> None:
        r = self.rng
        form = r.randrange(6)
        if form == 0:
            tags.append(f"Process: {process}")
        elif form == 1:
            tags += [f"Process: {process}", "Process: Washed"] if process != "Washed" else ["Process: Anaerobic", "Process: Washed"]
        elif form == 2:
            tags.append(process)
        elif form == 3:
            tags.append(f"process:{process.lower()}")

    def _roast_tag(self, tags: list[str], roast: str) -> None:
        r = self.rng
        form = r.randrange(7)
        if form == 0:
            tags.append(f"Roast: {roast}")
        elif form == 1:
            tags.append(f"roastlevel__{slugify(roast)}-roast")
        elif form == 2:
            tags.append(f"{roast} roast")
        elif form == 3:
            tags.append(roast.replace("-", " ").lower() + " roast")
        elif form == 4:
            tags.append(roast.replace("-", " "))

    def _coffee_body(self, country, region, farm, variety, process, roast, notes, elo, ehi) -> str:
        r = self.rng
        parts = []
        lead = r.randrange(7)
        joined = ", ".join(notes[:-1]) + f" and {notes[-1]}"
        if lead == 0:
            parts.append(f"<p>We taste {joined.lower()}.</p>")
        elif lead == 1:
            parts.append(f"<p>In the cup we find {joined.lower()}, with a lingering finish.</p>")
        elif lead == 2:
            parts.append(f"<p><strong>Notes of</strong> {joined}</p>")
        elif lead == 3:
            parts.append(f"<p>{' - '.join(notes)}</p>")
        elif lead == 4:
            parts.append(f"<p>{' • '.join(notes)}</p>")
        elif lead == 5:
            parts.append(f"<p>Juicy and bright, this lot is all {joined.lower()}.</p>")
        else:
            parts.append(f"<p>Expect flavors of {joined.lower()}.</p>")
        story = (f"<p>This lot comes from {farm} in {region}, {country}. "
                 f"The cherries are picked at peak ripeness and processed on site.</p>")
        parts.append(story)
        labels = r.randrange(5)
        elev = (f"Elevation: {elo}-{ehi}m" if r.random() < 0.5 else f"{elo:,} - {ehi:,} masl")
        pbody = PROCESS_BODY.get(process, process)
        if labels == 0:
            roast_line = f"Roast Level: {roast}" if r.random() < 0.8 else "Roast Level: Comforting"
            parts.append(f"<p>Origins : {country}<br>Location: {region}<br>Process: {pbody}<br>"
                         f"Varietals: {variety}<br>{elev}<br>{roast_line}</p>")
        elif labels == 1:
            parts.append("<table><tbody>"
                         f"<tr><td>ORIGIN</td><td>{region}, {country}</td></tr>"
                         f"<tr><td>PROCESS</td><td>{pbody}</td></tr>"
                         f"<tr><td>VARIETY</td><td>{variety}</td></tr>"
                         f"<tr><td>ELEVATION</td><td>{elo} masl</td></tr></tbody></table>")
        elif labels == 2:  # flattened table
            parts.append(f"<p>ORIGIN {country} PRODUCER {r.choice(PRODUCERS)} PROCESS {pbody.upper()} "
                         f"VARIETY {variety} ALTITUDE {elo}m</p>")
        elif labels == 3:
            parts.append(f"<p>{roast.replace('-', ' ').capitalize()} Roast</p><p>recommended use: "
                         f"{r.choice(['Espresso', 'Filter', 'Espresso or Filter'])}</p>")
        if r.random() < 0.12:
            lb = r.uniform(3.5, 9.0)
            parts.append(f"<p>FOB cost: ${lb:.2f}lb / ${lb * 2.2046:.2f}kg Landed cost: ${lb + 0.9:.2f}lb / "
                         f"${(lb + 0.9) * 2.2046:.2f}kg</p>")
        if r.random() < 0.25:
            parts.append(BOILERPLATE)
        if r.random() < 0.08:
            parts.append(f"<p>{r.choice(EMOJI)} Limited release! {r.choice(EMOJI)}</p>")
        return "\n".join(parts)

    # -- not coffee (or coffee in odd clothes) ---------------------------------------------------------
    def simple(self, title: str, ptype: str, tags: list[str], prices: list[tuple[str, float]], *, vendor: str | None = None,
               option: str = "Title", body: str = "", grams: int = 0, requires_shipping: bool = True) -> dict:
        rows = [{"options": [label], "grams": grams, "price": self.price(p) if p else "0.00", "available": True,
                 "requires_shipping": requires_shipping} for label, p in prices]
        return self.product(title, body, vendor or self.vendor, ptype, tags,
                            [(option, [label for label, _ in prices])], rows)

    def special(self, kind: str) -> list[dict]:
        r = self.rng
        if kind == "subscription":
            base = r.choice(BLENDS)
            opts = [("Frequency", ["Every 2 Weeks", "Every 4 Weeks"]), ("Size", ["12oz", "2 lb."])]
            rows = [{"options": [f, s], "grams": 0, "price": self.price(18 * SIZES[s][2]), "available": True}
                    for f in opts[0][1] for s in opts[1][1]]
            return [self.product(f"{base} (Subscription)", "<p>Fresh coffee on your schedule. Pause anytime.</p>",
                                 self.vendor, "Subscription", ["subscription", "Subscriptions"], opts, rows)]
        if kind == "addon":
            return [self.simple("Extra Bag of the Month (Add-On)", "Add-On", ["addon"], [("12oz", 17)])]
        if kind == "bundle":
            return [self.simple("Origin Sampler - 3 x 4oz", "Bundle", ["sampler", "gift"], [("Default Title", 29)],
                                body="<p>Three 4oz bags: Ethiopia, Colombia and Kenya.</p>", grams=340)]
        if kind == "gift_card":
            sym = {"USD": "$", "GBP": "£", "EUR": "€", "INR": "₹"}.get(self.currency, "$")
            return [self.simple("Gift Card", "Gift Card", ["gift card"], [(f"{sym}25", 25), (f"{sym}50", 50), (f"{sym}100", 100)],
                                option="Denominations", requires_shipping=False)]
        if kind == "grinder":
            return [self.simple(r.choice(["Baratza Encore ESP Grinder", "Comandante C40 MK4 Hand Grinder"]), "", [],
                                [("Default Title", 199)], vendor=r.choice(["Baratza", "Comandante"]), grams=2500)]
        if kind == "merch":
            tee = [("S", 28), ("M", 28), ("L", 28), ("XL", 30)]
            return [self.simple("Logo Tee - Natural", "Merch", ["merch", "apparel"], tee, option="Size", grams=200)]
        if kind == "mug":
            return [self.simple("Enamel Camp Mug 12oz", "Drinkware", ["merch"], [("Default Title", 22)], grams=300)]
        if kind == "collateral":
            return [self.simple("Wholesale Menu Card", "Collateral", ["wholesale"], [("Default Title", 0)])]
        if kind == "instant":
            return [self.simple("Instant Coffee - 6 Pack", "Coffee", ["instant"], [("6 Pack", 14), ("12 Pack", 26)], option="Size")]
        if kind == "pouch":
            return [self.simple("Single-Serve Pour Over Pouches (10 ct)", "Coffee", ["single serve"], [("Default Title", 18)])]
        if kind == "white_label":
            return [self.simple("Hotel Lobby House Blend - Private Label", "White Label", ["contract"], [("5 lb", 62)], option="Size")]
        if kind == "collab":
            return [self.coffee(title="Collab Box: Two Roasters, Two Coffees", blend=True, extra_tags=["collab"],
                                ptype="Bundle")]
        if kind == "hidden":
            return [self.coffee(title="Landing - Mystery Coffee", extra_tags=["hidden"])]
        if kind == "archival":
            return [self.coffee(ptype="Archival Release", extra_tags=["Freezer Friday"])]
        if kind == "wholesale":
            src = self.last_coffee or self.coffee()
            return [self._wholesale_copy(src)]
        if kind == "decaf_x5":
            decaf = self.coffee(decaf=True)
            return [decaf] + [self._wholesale_copy(decaf) for _ in range(4)]
        if kind == "hostile_quotes":
            return [self.coffee(title='Kahuna "Big Cup" Blend — O\'Brien\'s <Favourite>', blend=True,
                                body_extra='<p>He said "it\'s great" &amp; left.</p>')]
        if kind == "hostile_sql":
            return [self.coffee(title="Robert'); DROP TABLE coffees; --",
                                extra_tags=["'; DROP TABLE coffees; --"],
                                body_extra="<p>'; DROP TABLE coffees; -- <script>alert('x')</script></p>")]
        if kind == "hostile_emoji":
            return [self.coffee(title="Sunrise ☀️ Espresso 🚀🔥 — Ethiopia\u200b Guji", extra_tags=["🔥 hot"],
                                body_extra="<p>🍓🍫☕️ Notes of strawberry &amp; cocoa 🌸</p>")]
        if kind == "hostile_huge":
            para = ("<p>Our long story of sourcing, roasting and brewing continues here, in far more detail than "
                    "anybody needs, with tables and repetition. Notes of chocolate and cherry.</p>\n")
            return [self.coffee(title="The Very Long Story Blend", blend=True,
                                body_extra=para * (HUGE_BODY_BYTES // len(para) + 1))]
        raise ValueError(kind)

    def _wholesale_copy(self, src: dict) -> dict:
        r = self.rng
        title = src["title"] if r.random() < 0.6 else f"{src['title']} - Wholesale"
        options, rows = self.grid(["5 lb"], None, r.uniform(14, 18))
        return self.product(title, src["body_html"], "Wholesale", src["product_type"] or "Coffee",
                            [t for t in src["tags"] if t != "hidden"] + ["Normal Wholesale", r.choice(["tier2", "tier1"])],
                            options, rows)


# Present at least once when the catalogue is big enough (in this order of priority).
SHOPIFY_GUARANTEED = ["subscription", "gift_card", "grinder", "merch", "collateral", "wholesale", "hidden",
                      "hostile_sql", "hostile_quotes", "hostile_emoji", "hostile_huge", "instant", "bundle",
                      "addon", "archival", "decaf_x5", "pouch", "mug", "white_label", "collab"]
SHOPIFY_RANDOM_SPECIALS = ["subscription", "gift_card", "grinder", "merch", "mug", "collateral", "instant", "pouch",
                           "bundle", "addon", "wholesale", "wholesale", "archival", "white_label"]


def synthetic_shopify(n: int, seed: int = 0, currency: str = "USD", vendor: str = "Fixture Coffee Roasters") -> list[dict[str, Any]]:
    """n products in the products.json shape, with the quirks of the live feeds (see module doc)."""
    b = _ShopifyBuilder(seed, currency, vendor)
    r = b.rng
    k = min(len(SHOPIFY_GUARANTEED), n // 5)
    guaranteed = SHOPIFY_GUARANTEED[:k]
    slots = sorted(r.sample(range(n), k)) if k else []
    plan = dict(zip(slots, guaranteed))
    out: list[dict[str, Any]] = []
    i = 0
    while len(out) < n:
        if i in plan:
            out += b.special(plan[i])
        elif r.random() < 0.12:
            out += b.special(r.choice(SHOPIFY_RANDOM_SPECIALS))
        else:
            out.append(b.coffee())
        i += 1
    return out[:n]



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
