"""Synthetic Shopify catalogues: products.json products with the quirks of the live feeds, from a seed."""
from __future__ import annotations

import random
from typing import Any

from coffee_scraper_shops.catalog import (
    BLENDS, BOILERPLATE, EMOJI, FARMS, GRIND_OPTION_NAMES, HUGE_BODY_BYTES, NOTES, ORIGINS, PRICE_SCALE, PROCESS_BODY,
    PROCESSES, PRODUCERS, ROASTS, SIZE_OPTION_NAMES, SIZE_PROFILES_METRIC, SIZE_PROFILES_US, SIZES, TZ, Ids, money,
    slugify, stamp,
)


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
