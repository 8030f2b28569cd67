"""English products written the way the 20 measured shops (REAL_FEEDS.md) and WooCommerce shops write, for
the wrong calls seen on real shops (issue 14, "Fewer wrong calls on shops nobody here has seen"): goods with
no coffee evidence, platform kinds, blends in prose, sizes in codes, region-only origins, case packs,
green beans, cascara, cold-brew packs, instant, pods, ready-to-drink, merch and gear named with coffee words.

Never fed to tests/corpus/build.py; tests/test_realcalls.py asserts them. Same shape as synthetic.py:
(id, SourceProduct, expected); variant tuples (title, price, expected grams, expected grind, extras) where
extras may set grams (shipping weight), compare, avail, exp_price, exp_compare.
"""
from __future__ import annotations

from coffee_scraper.items import SourceProduct, SourceVariant

REALCALLS: list = []


def P(name, variants, exp, *, body="", type="", vendor=None, tags=(), cur="USD", opts=("Size", "Grind"),
      extra="", cats=()):
    n = len(REALCALLS) + 1
    vs, exp_vs = [], []
    for i, (title, price, grams, grind, *rest) in enumerate(variants):
        x = rest[0] if rest else {}
        parts = [p.strip() for p in title.split(" / ")] if title is not None else []
        options = [(opts[j] if j < len(opts) else f"Option{j + 1}", p) for j, p in enumerate(parts)]
        vid = f"rc{n:03d}{i}"
        vs.append(SourceVariant(
            variant_id=vid, title=title, options=options, grams=x.get("grams", 0), price=price,
            compare_at_price=x.get("compare"), currency=None, in_stock=x.get("avail", True),
        ))
        exp_vs.append({"variant_id": vid, "weight_grams": grams, "grind": grind, "price": x.get("exp_price", price),
                       "compare_at_price": x.get("exp_compare")})
    src = SourceProduct(name=name, description_html=body, product_type=type, vendor=vendor, tags=list(tags),
                        categories=list(cats), extra_html=extra, default_currency=cur, variants=vs)
    e = dict(exp)
    if e["is_coffee"]:
        e["variants"] = exp_vs
    REALCALLS.append((f"realcalls:{n:03d}", src, e))


def C(origins=(), process=None, roast=None, blend=False, decaf=False, inferred=False):
    return {"is_coffee": True, "origin_countries": list(origins), "process": process, "roast_level": roast,
            "is_decaf": decaf, "is_blend": blend, "origin_inferred": inferred}


def N(reason):
    """Not a coffee; ``reason`` is how the skip reason starts."""
    return {"is_coffee": False, "skip_reason": reason}


WB, GR = "whole bean", "ground"
DT = [("Default Title", "25.00", None, None)]

# --- Goods with no coffee evidence at all on a roaster's shop ----------------------------------------
P("Roastery Pennant", [("Default Title", "15.00", None, None)], N("merch"), opts=("Title",))
P("Farm Map Art Print - 11 x 17", [("Default Title", "30.00", None, None, {"grams": 227})], N("merch"),
  body="<p>A risograph print of the farms we buy from, signed by the artist.</p>", opts=("Title",))
P("The Coffee Roaster's Companion", [("Hardcover", "35.00", None, None)], N("merch"),
  body="<p>Scott Rao's book on roasting: 120 pages, illustrated.</p>", opts=("Format",))
P("Enamel Pin", [("Default Title", "10.00", None, None)], N("merch"), opts=("Title",))

# --- Merch and gear named with coffee words -------------------------------------------------------------
P("Ethiopia Guji T-Shirt", [("S", "28.00", None, None), ("M", "28.00", None, None), ("L", "28.00", None, None)],
  N("merch"), body="<p>Our Guji label art on a heavyweight cotton tee.</p>", opts=("Size",))
P("Espresso Cup", [("Default Title", "18.00", None, None)], N("merch"),
  body="<p>A 3 oz ceramic cup for a double shot.</p>", opts=("Title",))
P("Pour Over Kit", [("Default Title", "65.00", None, None)], N("equipment"),
  body="<p>Everything to start: a dripper, 100 filters and a 12 oz bag of our house coffee.</p>", opts=("Title",))
P("Espresso Tamper 58mm", [("Default Title", "45.00", None, None)], N("equipment"), opts=("Title",))
P("Cold Brew Maker", [("Default Title", "40.00", None, None)], N("equipment"), type="Brewing", opts=("Title",))

# --- Not beans or ground coffee: instant, pods, drip and cold-brew bags, ready-to-drink, green, cascara -
P("Instant Coffee Sticks - Colombia (8)", [("Default Title", "16.00", None, None)], N("instant/sachet"),
  type="Coffee", opts=("Title",))
P("Nespresso Compatible Pods - Espresso Blend", [("10 pods", "9.00", None, None)], N("instant/sachet"),
  type="Coffee", opts=("Quantity",))
P("Cold Brew Packs", [("4 x 100g", "22.00", None, None)], N("instant/sachet"),
  body="<p>Four filter bags of coarse-ground coffee: steep one in a litre of water overnight.</p>", type="Coffee",
  opts=("Size",))
P("Nitro Cold Brew Can 4-Pack", [("Default Title", "14.00", None, None)], N("instant/sachet"), type="Coffee",
  opts=("Title",))
P("Cold Brew Coffee", [("1 L", "12.00", None, None), ("500 ml", "7.00", None, None)], N("ready-to-drink"),
  body="<p>Brewed for 18 hours in our roastery and bottled fresh. Keep refrigerated.</p>", type="Coffee",
  opts=("Size",))
P("Oat Latte", [("Default Title", "4.50", None, None)], N("not coffee"),
  body="<p>Our house espresso with oat milk, bottled and ready to drink. 250 ml.</p>", type="Drinks",
  opts=("Title",))
P("Green Coffee - Colombia Huila (Unroasted)", [("1 lb", "9.00", None, None), ("5 lb", "40.00", None, None)],
  N("green coffee"), body="<p>Unroasted green beans for home roasters. Washed Caturra.</p>", opts=("Size",))
P("Ethiopia Guji Green Beans", [("2 lb", "16.00", None, None)], N("green coffee"),
  body="<p>Raw, unroasted coffee for your home roaster.</p>", opts=("Size",))
P("Cascara", [("4 oz", "12.00", None, None)], N("not coffee"),
  body="<p>The dried fruit of the coffee cherry, brewed like a tea.</p>", opts=("Size",))
P("Coffee Caramels", [("Default Title", "9.00", None, None)], N("not coffee"),
  body="<p>Soft caramels made with our espresso. 12 pieces.</p>", type="Food", opts=("Title",))
P("Single Origin Sample Pack (4 x 2oz)", [("Default Title", "24.00", None, None)], N("bundle/sampler"),
  opts=("Title",))

# --- Coffees: case packs, multiples, codes, Default Title, platform kinds -----------------------------
P("Hair Bender", [("12oz / Whole Bean", "17.00", 340, WB), ("10oz Case Pack (6) / Whole Bean", "90.00", 1701, WB)],
  C(["ET", "ID", "CO"], None, "medium", blend=True),
  body="<p>Our flagship espresso, a blend of coffees from Latin America, Indonesia and Africa.</p>"
       "<p>Origins: Ethiopia, Indonesia, Colombia</p><p>Roast Level: Medium</p>")
P("Kenya Nyeri Gatomboya AA", [("2 x 250 g", "38.00", 500, None), ("250 g", "20.00", 250, None)],
  C(["KE"], "washed", "light"),
  body="<p>A classic washed SL28 lot from the Gatomboya factory.</p><p>Roast: Light</p>", opts=("Size",), cur="AUD")
P("Summer Espresso", [("PROMO_0814_240g", "12.00", 240, None)],
  C(["BR"], "natural", "medium-dark"),
  body="<p>Origin: Brazil</p><p>Process: Natural</p><p>Roast: Medium-Dark</p>", opts=("Variant",))
P("Costa Rica Las Lajas", [("Default Title", "21.00", 340, None, {"grams": 397})],
  C(["CR"], "honey", "light"),
  body="<p>Black honey from the Chacón family. A light roast in a 12 oz bag.</p>", opts=("Title",))
P("Colombia La Palma y El Tucán", [(None, "24.00", 250, None)], C(["CO"], "natural", "light"),
  type="simple", cats=["Single Origin"],
  extra="<p>Origin : Colombia<br>Process : Natural<br>Roast : Light<br>Weight : 250 g</p>")
P("House Espresso", [("250g / Whole Beans", "15.00", 250, WB), ("1kg / Whole Beans", "48.00", 1000, WB)],
  C(["BR", "GT"], None, "medium-dark", blend=True), type="variable", cats=["Coffee"],
  extra="<p>Brazil and Guatemala.</p><p>Roast Profile : Medium Dark</p>", opts=("Size", "Grind"))
P("Lakeshore Blend", [("1 kg", "42.00", 1000, None)], C([], None, "medium", blend=True), type="simple",
  cats=["Wholesale Coffee"], body="<p>Roast: Medium. Our café blend, bought by the kilo.</p>", opts=("Size",))

# --- Blends stated only in prose --------------------------------------------------------------------
P("Morning Ritual", [("12oz / Whole Bean", "18.00", 340, WB)], C(["BR", "CO"], None, "medium", blend=True),
  body="<p>A rotating two-part blend of a Brazil natural and a washed Colombia, roasted medium.</p>")
P("Big Trouble", [("12 oz", "17.50", 340, None)], C([], None, "medium", blend=True),
  body="<p>This is our espresso blend: caramel, nuts and cocoa. Medium roast.</p>", opts=("Size",))
P("Hometown", [("12 oz", "17.00", 340, None)], C(["GT", "PE"], None, None, blend=True),
  body="<p>We combine a Guatemalan and a Peruvian coffee for a sweet, everyday cup.</p>", opts=("Size",))

# --- Origin stated only as a region or farm --------------------------------------------------------
P("Yirgacheffe Konga", [("12 oz", "21.00", 340, None)], C(["ET"], "washed", "light", inferred=True),
  body="<p>Washed heirloom from the Konga cooperative.</p>", tags=["Light roast"], opts=("Size",))
P("Huila Supremo", [("12oz", "18.00", 340, None)], C(["CO"], None, "medium", inferred=True),
  tags=["Roast: Medium"], opts=("Size",))
P("Boquete Geisha Natural", [("4 oz", "35.00", 113, None)], C(["PA"], "natural", "light", inferred=True),
  tags=["Roast: Light"], opts=("Size",))

# --- Roast and decaf traps -----------------------------------------------------------------------
P("Gravity Decaf", [("12 oz. / Whole Bean", "18.00", 340, WB)], C(["CO"], None, None, decaf=True),
  body="<p>Sugarcane EA decaf from Colombia.</p><p>Roast Level: Comforting</p><p>Recommended use: Espresso</p>")
P("Archival Release: Sidama Bombe", [("12oz", "28.00", 340, None)], C(["ET"], "natural", "light", inferred=True),
  type="Archival Release", tags=["Freezer Friday", "Natural", "Light roast"], opts=("Size",))

# --- Coffee-flavoured food, drinks and goods ---------------------------------------------------------
P("Coffee Chocolate Bar", [("Default Title", "8.00", None, None)], N("not coffee"),
  body="<p>70% dark chocolate with our espresso roast ground in. 80 g.</p>", opts=("Title",))
P("Chocolate Covered Espresso Beans", [("4 oz", "9.00", None, None)], N("not coffee"),
  body="<p>Our espresso beans dipped in dark chocolate.</p>", opts=("Size",))
P("Coffee Syrup", [("250 ml", "12.00", None, None)], N("not coffee"),
  body="<p>Cold brew concentrate and cane sugar, for cocktails.</p>", opts=("Size",))
P("Coffee Candle", [("Default Title", "28.00", None, None)], N("merch"), opts=("Title",))
P("Ethiopia Guji Hoodie", [("M", "60.00", None, None), ("L", "60.00", None, None)], N("merch"), opts=("Size",))
P("Coffee Scoop", [("Default Title", "12.00", None, None)], N("equipment"), opts=("Title",))
P("Logo Cap", [(None, "25.00", None, None)], N("merch"), type="simple", cats=["Merchandise"])
P("Specialty Instant - Ethiopia (6 x 3g)", [("Default Title", "14.00", None, None)], N("instant/sachet"),
  opts=("Title",))
P("Holiday Blend Gift Box", [("Default Title", "45.00", None, None)], N("gift hamper"),
  body="<p>Two bags of Holiday Blend, a mug and a tin.</p>", opts=("Title",))
P("Decaf Sampler", [("Default Title", "30.00", None, None)], N("bundle/sampler"), opts=("Title",))

# --- More coffees the way the measured shops write them ----------------------------------------------
P("Finca El Paraiso - Thermal-Shock", [("10 OZ / Whole Bean", "32.00", 283, WB, {"grams": 340})],
  C(["CO"], "experimental", "light"), vendor="Huila, Colombia",
  body="<p>Process: Thermal-Shock</p><p>Roast Level: Light</p>", tags=["profile:modern"])
P("Guatemala Huehuetenango", [("12oz 2-Pack", "34.00", 680, None)], C(["GT"], "washed", "dark"),
  tags=["roastlevel__dark-roast", "Process: Washed"], opts=("Size",))
P("Brazil Cerrado Pulp Natural", [("2 lb.", "36.00", 907, None), ("5 lb", "80.00", 2268, None)],
  C(["BR"], "pulped natural", "medium"), body="<p>Medium Roast</p>", opts=("Size",))
P("Kenya AA", [(None, "18.50", 250, None, {"compare": "22.00", "exp_compare": "22.00"})], C(["KE"], None, "light"),
  type="simple", cats=["Coffee Beans"], extra="<p>Roast : Light<br>Weight : 250g</p>")
P("Peru Cajamarca", [("12oz / Whole Bean", "17.00", 340, WB, {"compare": "17.00"}),
                     ("12oz / Ground", "17.00", 340, GR, {"avail": False})],
  C(["PE"], "washed", "medium"), body="<p>Washed. Medium roast.</p>")

# --- Coffees named for their brewer; goods named for coffee ----------------------------------------
P("French Press Blend", [(None, "16.00", 340, None)], C([], None, "dark", blend=True), type="simple",
  extra="<p>Roast : Dark<br>Weight : 12 oz</p>")
P("Chemex Roast", [("12 oz", "18.00", 340, None)], C(["ET"], "washed", "light"),
  body="<p>Origin: Ethiopia</p><p>Process: Washed</p><p>Roast: Light</p>", opts=("Size",))
P("Coffee Grounds Soap", [("Default Title", "9.00", None, None)], N("merch"), opts=("Title",))
P("Coffee Bean Earrings", [("Default Title", "24.00", None, None)], N("merch"), opts=("Title",))
P("Blue Mountain Peaberry", [("8 oz", "55.00", 227, None)], C(["JM"], "washed", "medium", inferred=True),
  body="<p>Process: Washed</p><p>Roast: Medium</p>", opts=("Size",))
P("Sparkling Coffee Tonic", [("330 ml", "6.00", None, None)], N("ready-to-drink"), type="simple", cats=["Coffee"],
  opts=("Volume",))

# --- What a shop sells beside goods; drinks made with coffee ---------------------------------------
P("Donation - Coffee Farmers Relief Fund", [("$10", "10.00", None, None), ("$25", "25.00", None, None)],
  N("not coffee: service"), opts=("Amount",))
P("Coffee Gift Wrap", [("Default Title", "4.00", None, None)], N("not coffee: service"), opts=("Title",))
P("Relief Fund Blend", [("12 oz", "18.00", 340, None)], C(["CO", "ET"], None, "medium", blend=True),
  body="<p>Origins: Colombia, Ethiopia</p><p>Roast: Medium</p><p>All proceeds go to the relief fund.</p>",
  opts=("Size",))
P("Coffee Stout (4-pack)", [("Default Title", "16.00", None, None)], N("not coffee"),
  body="<p>Brewed with our Ethiopia Guji by our friends down the road.</p>", opts=("Title",))
