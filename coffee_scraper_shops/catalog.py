"""Shared catalogue material of the fixture shops: real captured feeds, coffee vocabulary, the demo set.

Synthetic catalogues reproduce the quirks measured on live roaster feeds (shared REAL_FEEDS.md and
real/README.md): sizes spelled a dozen ways, `grams` as shipping weight, coffee facts scattered over
title / tags / vendor / body, body noise, and non-coffee items mixed into the feed. Same seed, same
catalogue; ids are unique within a catalogue.
"""
from __future__ import annotations

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
def load_real(name: str) -> Any:
    try:
        fname = _REAL_FILES[name]
    except KeyError:
        raise ValueError(f"no real feed {name!r} (known: {', '.join(sorted(_REAL_FILES))})") from None
    return json.loads((REAL_DIR / fname).read_text(encoding="utf-8"))



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


def slugify(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", html.unescape(text).lower()).strip("-")
    return s or "product"


def money(amount: float, currency: str) -> str:
    if currency == "INR":
        return f"{round(amount / 10) * 10:.2f}"
    return f"{round(amount * 2) / 2:.2f}"


def stamp(day: int, minute: int, tz: str) -> str:
    # day 0 = 2026-09-18; walking back in time
    from datetime import datetime, timedelta

    t = datetime(2026, 9, 18, 9, 0) - timedelta(days=day, minutes=minute)
    return t.strftime("%Y-%m-%dT%H:%M:%S") + tz


class Ids:
    """Strictly increasing ids, seeded: stable per seed, unique per catalogue."""

    def __init__(self, rng: random.Random, base: int, seed: int):
        self.rng = rng
        self.next = base + (seed % 997) * 1_000_000_000 + rng.randrange(1_000_000)

    def __call__(self) -> int:
        self.next += self.rng.randrange(1, 4096)
        return self.next



# --------------------------------------------------------------------------------------------------
# The demo set
# --------------------------------------------------------------------------------------------------
def demo_shops() -> list:
    """The shops `make demo` crawls: each fixture platform's demo shops, real feeds where we have them."""
    from coffee_scraper_shops.platforms import fixture_platforms

    return [shop for platform in fixture_platforms().values() for shop in platform.demo()]
