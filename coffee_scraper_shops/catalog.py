"""Catalogue builders for the fixture shops: the real captured feeds and seeded synthetic ones.

Synthetic catalogues reproduce the quirks measured on live roaster feeds (shared REAL_FEEDS.md and
real/README.md): sizes spelled a dozen ways, `grams` as shipping weight, coffee facts scattered over
title / tags / vendor / body, body noise, and non-coffee items mixed into the feed. Same seed, same
catalogue; ids are unique within a catalogue.
"""
from __future__ import annotations

import copy
import html
import json
import random
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

REAL_DIR = Path(__file__).with_name("real")
# Absolute origin baked into synthetic catalogues (permalinks, schema.org urls); the server rewrites
# it to the host a request came in on.
SYNTH_ORIGIN = "https://shop.invalid"
REAL_ORIGINS = {"babasbeans": "https://babasbeanscoffee.com"}

_REAL_FILES = {
    "bluetokai": "shopify_products_bluetokai_INR.json",
    "rosette": "shopify_products_rosette_INR.json",
    "babasbeans": "woo_store_products_babasbeans_INR.json",
}


@lru_cache(maxsize=None)
def _load_real(name: str) -> Any:
    try:
        fname = _REAL_FILES[name]
    except KeyError:
        raise ValueError(f"no real feed {name!r} (known: {', '.join(sorted(_REAL_FILES))})") from None
    return json.loads((REAL_DIR / fname).read_text(encoding="utf-8"))


def real_shopify(name: str) -> list[dict[str, Any]]:
    """The captured products.json products of `bluetokai` (30) or `rosette` (22), INR, unedited."""
    data = _load_real(name)
    if not isinstance(data, dict) or "products" not in data:
        raise ValueError(f"{name!r} is not a Shopify products.json capture")
    return copy.deepcopy(data["products"])


def real_woocommerce(name: str = "babasbeans") -> list[dict[str, Any]]:
    """The captured WooCommerce Store API product list of Baba's Beans (10 products, INR minor units)."""
    data = _load_real(name)
    if not isinstance(data, list):
        raise ValueError(f"{name!r} is not a WooCommerce Store API capture")
    return copy.deepcopy(data)


# --------------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------------
# (country, regions, varieties, elevation range m)
ORIGINS = [
    ("Ethiopia", ["Yirgacheffe", "Guji", "Sidama", "Gedeb", "Limu"], ["Heirloom", "74110, 74112", "Kurume"], (1900, 2300)),
    ("Kenya", ["Nyeri", "Kirinyaga", "Embu", "Murang'a"], ["SL28, SL34", "Ruiru 11, Batian"], (1600, 1900)),
    ("Colombia", ["Huila", "Nariño", "Cauca", "Tolima"], ["Caturra", "Castillo", "Pink Bourbon"], (1600, 2100)),
    ("Brazil", ["Cerrado Mineiro", "Sul de Minas", "Mogiana"], ["Yellow Bourbon", "Mundo Novo", "Catuai"], (900, 1300)),
    ("Guatemala", ["Huehuetenango", "Antigua", "Acatenango"], ["Bourbon", "Caturra"], (1500, 1900)),
    ("Costa Rica", ["Tarrazú", "West Valley", "Naranjo"], ["Catuai", "Villa Sarchi"], (1300, 1900)),
    ("El Salvador", ["Santa Ana", "Apaneca"], ["Pacas", "Bourbon", "Pacamara"], (1200, 1800)),
    ("Honduras", ["Santa Barbara", "Marcala"], ["Parainema", "Lempira"], (1300, 1700)),
    ("Panama", ["Boquete", "Volcán"], ["Geisha", "Pacamara"], (1500, 1900)),
    ("Rwanda", ["Nyamasheke", "Huye"], ["Red Bourbon"], (1700, 2000)),
    ("Burundi", ["Kayanza", "Ngozi"], ["Red Bourbon"], (1700, 1950)),
    ("Peru", ["Cajamarca", "Cusco"], ["Typica", "Caturra"], (1600, 2000)),
    ("Indonesia", ["Aceh", "North Sumatra"], ["Ateng", "Tim Tim"], (1300, 1600)),
    ("Mexico", ["Chiapas", "Oaxaca"], ["Typica", "Bourbon"], (1200, 1700)),
    ("Papua New Guinea", ["Eastern Highlands"], ["Typica", "Arusha"], (1500, 1800)),
    ("Nicaragua", ["Jinotega", "Nueva Segovia"], ["Java", "Caturra"], (1200, 1600)),
    ("Yemen", ["Haraz"], ["Udaini", "Jaadi"], (2000, 2400)),
    ("Uganda", ["Mount Elgon"], ["SL14", "Nyasaland"], (1700, 2100)),
    ("India", ["Chikmagalur", "Coorg", "Araku Valley"], ["SLN 795", "Chandragiri"], (900, 1500)),
]
INDIA_REGIONS = [("Chikmagalur, Karnataka", "3500 Ft ASL"), ("Coorg, Karnataka", "2800 Ft &#8211; 3600 Ft ASL"),
                 ("Araku Valley, Andhra Pradesh", "2600- 2980 Ft ASL"), ("Nilgiris, Tamil Nadu", "4500 Ft ASL"),
                 ("Wayanad, Kerala", "2700 Ft ASL"), ("Tripura", "3050 Ft ASL &#8211; 3300 Ft ASL")]
FARMS = ["Karumandi", "Demeka Becha", "Mama Cata", "Aquiares Estate", "La Esperanza", "El Paraiso", "Monte Verde",
         "Gatomboya", "Kochere", "Hambela Alaka", "Banko Gotiti", "Nano Challa", "Las Flores", "Santa Rosa",
         "Don Eli", "Kiamabara", "Chelbesa", "Worka Sakaro", "La Palma y El Tucan", "El Diviso", "Gitesi",
         "Kanzu", "Gaharo Hill", "Finca Deborah", "Cerro Azul", "Tamana", "Las Margaritas", "San Jose",
         "Kayon Mountain", "Idido", "Rumudamo", "Kii", "Karogoto", "El Mirador", "Finca Sophia", "La Loma"]
PRODUCERS = ["Wilton Benitez", "Tesfaye Bekele", "Arsenio Gonzales", "Elkin Guzman", "Jamison Savage",
             "Pepe Jijon", "Israel Degfa", "Rigoberto Herrera", "Faith Kirui", "Aida Batlle"]
BLENDS = ["Hair Bender", "Morning Light", "Holler Mountain", "Big Trouble", "Fast Forward", "Night Owl",
          "Streetlevel", "Gravity", "Sunbeam", "Hometown", "Black Cat", "Fieldwork", "Good Neighbour",
          "Orbit", "Bellwether", "Slow Burn", "Daybreak", "Keystone", "Hearth", "Ember"]
PROCESSES = ["Washed", "Natural", "Honey", "Red Honey", "Black Honey", "Anaerobic Natural", "Wet Hulled",
             "Pulp Natural", "Thermal-Shock", "Culture-Innoculated Washed", "Carbonic Maceration", "Semi-Washed"]
PROCESS_BODY = {"Washed": "Fully washed", "Natural": "Natural / Dry Process", "Honey": "Honey",
                "Red Honey": "Red Honey", "Wet Hulled": "Wet Process (Giling Basah)"}
ROASTS = ["Light", "Medium-Light", "Medium", "Medium-Dark", "Dark"]
NOTES = ["Cherry Cola", "Dried Fig", "Brown Sugar", "Prunes", "Fig Danish", "Nutmeg", "Jasmine", "Bergamot",
         "Peach", "Milk Chocolate", "Caramel", "Blackberry", "Lemon Curd", "Black Tea", "Honey", "Red Apple",
         "Toffee", "Hazelnut", "Grapefruit", "Blueberry", "Cocoa Nib", "Panela", "Orange Blossom", "Plum",
         "Raspberry Jam", "Molasses", "Tamarind", "Baker's Chocolate", "Stone Fruit", "Hibiscus", "Lime"]
EMOJI = ["☕️", "🔥", "🌸", "🍒", "✨", "🌋", "🫘"]
BOILERPLATE = ("<p>Select roast profile (Drip or Espresso) at checkout. We roast Monday through Thursday "
               "and ship within 48 hours of roasting.</p>")
# size label -> (net grams, Shopify shipping `grams`, price factor relative to a 12 oz bag)
SIZES = {
    "12 oz.": (340, 397, 1.0), "12oz": (340, 0, 1.0), "10 OZ": (283, 340, 0.9), "1lb": (454, 0, 1.3),
    "2 lb.": (907, 0, 2.4), "2lb": (907, 340, 2.4), "5 lb": (2268, 0, 5.4), "2.2 lb": (998, 998, 2.6),
    "125g": (125, 454, 0.55), "125 g": (125, 125, 0.55), "250gms": (250, 250, 0.85), "1kg": (1000, 1000, 2.6),
    "10oz Case Pack (6)": (1698, 1701, 5.0), "4oz": (113, 0, 0.45),
}
# (sizes, grinds or None): the variant grids seen on real feeds
SIZE_PROFILES_US = [
    (["12 oz."], None), (["12oz", "2 lb.", "5 lb"], ["Whole Bean", "Ground"]), (["10 OZ", "2lb"], ["Whole Bean"]),
    (["1lb", "5 lb"], None), (["12oz", "10oz Case Pack (6)"], None), (["12 oz.", "2 lb."], None),
    (["2.2 lb"], None), (["125g"], None), (["12oz"], ["Whole Bean", "Ground"]), ([], None),
]
SIZE_PROFILES_METRIC = [
    (["250gms", "1kg"], ["Whole Bean", "Espresso", "Filter"]), (["125g"], None), (["125 g", "1kg"], None),
    (["250gms"], ["Whole Bean", "Ground"]), (["1kg"], None), (["12oz"], None), ([], None),
]
SIZE_OPTION_NAMES = ["Size", "Size", "Bag Size", "Weight"]
GRIND_OPTION_NAMES = ["Grind", "Grind", "Grind Size", "Grind size"]
TZ = {"USD": "-07:00", "GBP": "+01:00", "EUR": "+02:00", "INR": "+05:30", "AUD": "+10:00"}
PRICE_SCALE = {"USD": 1.0, "GBP": 0.8, "EUR": 0.95, "AUD": 1.5, "INR": 45.0}
HUGE_BODY_BYTES = 100_000


def _slugify(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", html.unescape(text).lower()).strip("-")
    return s or "product"


def _money(amount: float, currency: str) -> str:
    if currency == "INR":
        return f"{round(amount / 10) * 10:.2f}"
    return f"{round(amount * 2) / 2:.2f}"


def _stamp(day: int, minute: int, tz: str) -> str:
    # day 0 = 2026-09-18; walking back in time
    from datetime import datetime, timedelta

    t = datetime(2026, 9, 18, 9, 0) - timedelta(days=day, minutes=minute)
    return t.strftime("%Y-%m-%dT%H:%M:%S") + tz


class _Ids:
    """Strictly increasing ids, seeded: stable per seed, unique per catalogue."""

    def __init__(self, rng: random.Random, base: int, seed: int):
        self.rng = rng
        self.next = base + (seed % 997) * 1_000_000_000 + rng.randrange(1_000_000)

    def __call__(self) -> int:
        self.next += self.rng.randrange(1, 4096)
        return self.next


# --------------------------------------------------------------------------------------------------
# Shopify
# --------------------------------------------------------------------------------------------------
class _ShopifyBuilder:
    def __init__(self, seed: int, currency: str, vendor: str):
        self.rng = random.Random(f"shopify:{seed}")
        self.seed = seed
        self.currency = currency
        self.vendor = vendor
        self.tz = TZ.get(currency, "+00:00")
        self.scale = PRICE_SCALE.get(currency, 1.0)
        self.pid = _Ids(self.rng, 7_000_000_000_000, seed)
        self.vid = _Ids(self.rng, 40_000_000_000_000, seed)
        self.iid = _Ids(self.rng, 30_000_000_000_000, seed)
        self.handles: set[str] = set()
        self.day = 0
        self.empty_body_rate = self.rng.choice([0.04, 0.1, 0.25])
        self.last_coffee: dict[str, Any] | None = None

    # -- pieces -------------------------------------------------------------------------------------
    def handle(self, title: str) -> str:
        base = _slugify(title)[:80]
        h, k = base, 1
        while h in self.handles:
            h, k = f"{base}-{k}", k + 1
        self.handles.add(h)
        return h

    def price(self, base: float) -> str:
        return _money(base * self.scale, self.currency)

    def product(self, title: str, body: str, vendor: str, ptype: str, tags: list[str],
                options: list[tuple[str, list[str]]], variant_rows: list[dict[str, Any]], images: int = 1) -> dict:
        r = self.rng
        self.day += r.choice([0, 0, 1, 1, 2, 3, 7])
        created = _stamp(self.day + r.randrange(0, 30), r.randrange(600), self.tz)
        updated = _stamp(self.day, r.randrange(600), self.tz)
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
                    row["sku"] = f"{sku_prefix}-{_slugify(size).upper()}" + (f"-{grind[:2].upper()}" if grind else "")
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
                                  sale=r.random() < 0.08, sku_prefix=_slugify(country)[:3].upper() + str(r.randrange(100, 999)))
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
            tags.append(f"origin__{_slugify(country).replace('-', '_')}")
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
            tags.append(f"roastlevel__{_slugify(roast)}-roast")
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


# --------------------------------------------------------------------------------------------------
# WooCommerce (Store API)
# --------------------------------------------------------------------------------------------------
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
            return a.get("taxonomy") or _slugify(name)
    return _slugify(name)


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
        slug = _slugify(html.unescape(name))
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
                    "terms": [{"id": tid(t), "name": t, "slug": _slugify(t)} for t in names],
                })
            combos: list[list[tuple[str, str]]] = [[]]
            for aname, _tax, names in attrs:
                combos = [c + [(aname, _slugify(t))] for c in combos for t in names]
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


# --------------------------------------------------------------------------------------------------
# JSON-LD (schema.org in HTML) shops
# --------------------------------------------------------------------------------------------------
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
        handle = base = _slugify(name)
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


# --------------------------------------------------------------------------------------------------
# The demo set
# --------------------------------------------------------------------------------------------------
def demo_shops() -> list:
    """The shops `make demo` crawls: one per platform, real feeds where we have them."""
    from coffee_scraper.shops.shop import Shop

    return [
        Shop("bluetokai", "Blue Tokai Coffee Roasters", "shopify", "INR", real_shopify("bluetokai")),
        Shop("ridgeline", "Ridgeline Coffee Roasters", "shopify", "USD",
             synthetic_shopify(120, seed=1, currency="USD", vendor="Ridgeline Coffee Roasters"), apex_404=True),
        Shop("babasbeans", "Baba's Beans Coffee", "woocommerce", "INR", real_woocommerce(),
             origin=REAL_ORIGINS["babasbeans"]),
        Shop("kestrel", "Kestrel Coffee", "jsonld", "GBP", synthetic_jsonld(40, seed=3, currency="GBP", brand="Kestrel Coffee")),
        Shop("lumen", "Lumen Roastery", "jsonld_js", "EUR", synthetic_jsonld(20, seed=4, currency="EUR", brand="Lumen Roastery"),
             asset_delay=0.2),
    ]
