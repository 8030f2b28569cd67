"""Hand-written products in the style of the 20 measured US/AU Shopify feeds (see REAL_FEEDS.md).

Each entry: (id, SourceProduct, expected). Variant tuples: (title, price, expected grams,
expected grind, extras) where extras may set grams (shipping weight), compare, avail, sku,
currency, expected price ("exp_price") when the price string is not plain.
"""
from __future__ import annotations

from coffee_scraper.items import SourceProduct, SourceVariant

SYNTHETIC: list = []
_n = 0


def P(name, variants, exp, *, body="", type="Coffee", vendor=None, tags=(), cur="USD", opts=("Size", "Grind"),
      extra="", cats=()):
    global _n
    _n += 1
    vs, exp_vs = [], []
    for i, (title, price, grams, grind, *rest) in enumerate(variants):
        x = rest[0] if rest else {}
        parts = [p.strip() for p in title.split(" / ")]
        options = [(opts[j] if j < len(opts) else f"Option{j + 1}", p) for j, p in enumerate(parts)]
        vid = str(900000 + _n * 100 + i)
        vs.append(SourceVariant(
            variant_id=vid, title=title, options=options, grams=x.get("grams", 0), price=price,
            compare_at_price=x.get("compare"), currency=x.get("currency"), in_stock=x.get("avail", True),
            sku=x.get("sku"),
        ))
        exp_vs.append({"variant_id": vid, "weight_grams": grams, "grind": grind,
                       "price": x.get("exp_price", price)})
    src = SourceProduct(name=name, description_html=body, product_type=type, vendor=vendor, tags=list(tags),
                        categories=list(cats), extra_html=extra, default_currency=cur, variants=vs)
    e = dict(exp)
    if e.get("is_coffee", True):
        e["variants"] = exp_vs
    SYNTHETIC.append((f"synthetic:{_n:03d}", src, e))


def C(origins=(), process=None, roast=None, notes=(), blend=False, decaf=False):
    return {"is_coffee": True, "origin_countries": list(origins), "process": process, "roast_level": roast,
            "is_decaf": decaf, "is_blend": blend, "tasting_notes": list(notes)}


def N(reason):
    return {"is_coffee": False, "skip_reason": reason}


WB, GR = "whole bean", "ground"
FOB = "<p>FOB cost: $4.78lb / $10.53kg Landed cost: $5.90lb / $13.01kg. We pay 2.4x the C price.</p>"
BOILER = "<p>Select roast profile (Drip or Espresso) at checkout. Ships Monday &amp; Thursday.</p>"

# --- Onyx-style: pipe titles, tag prefixes, oz sizes, shipping grams that lie -----------------------
P("Kenya Karumandi AA", [("10 OZ / Whole Bean", "24.00", 283, WB, {"grams": 340}),
                          ("10 OZ / Ground", "24.00", 283, GR, {"grams": 340}),
                          ("2lb / Whole Bean", "78.00", 907, WB, {"grams": 340})],
  C(["KE"], "washed", "light", ["Blackcurrant", "Grapefruit", "Brown Sugar"]),
  body="<p>We taste blackcurrant, grapefruit and brown sugar.</p><p>Process: Fully washed</p>"
       "<p>Elevation: 1700-1800m</p>" + FOB, tags=["Roast: Light", "origin:Kenya", "Process: Washed"])
P("2026 Demeka Becha - Ethiopia", [("12 oz. / Whole Bean", "22.00", 340, WB, {"grams": 397}),
                                   ("5 lb / Whole Bean", "140.00", 2268, WB, {"grams": 2500})],
  C(["ET"], "natural", "light", ["Strawberry", "Jasmine", "Cacao Nib"]),
  body="<p>Notes of strawberry, jasmine &amp; cacao nib.</p><p>Varietals: Heirloom</p><p>Elevation: 1900-2200m</p>",
  tags=["Country: Ethiopia", "Natural", "Light roast"])
P("LIMITED | PANAMA | Mama Cata | Pacamara | ASD Natural", [("4 oz", "45.00", 113, None)],
  C(["PA"], "anaerobic natural", "light", ["Cherry Cola", "Dried Fig", "Brown Sugar"]),
  body="<p>Cherry Cola - Dried Fig - Brown Sugar</p><p>1,600 - 1,800 masl</p>", tags=["roastlevel__light-roast"],
  opts=("Size",))
P("Costa Rica, Aquiares Estate Red Honey", [("12oz / Whole Bean", "21.50", 340, WB), ("12oz / Ground", "21.50", 340, GR)],
  C(["CR"], "honey", "medium-light", ["Red Apple", "Caramel", "Orange"]),
  body="<p>In the cup we find red apple, caramel and orange.</p><p>Medium-light Roast</p>", tags=["Costa Rica"])
P("COLOMBIA | EA Decaf da Caña - Huila", [("12oz / Whole Bean", "19.00", 340, WB), ("12oz / Ground", "19.00", 340, GR)],
  C(["CO"], None, "medium", ["Milk Chocolate", "Panela", "Red Grape"], decaf=True),
  body="<p>Sugarcane decaf from Huila.</p><p>Tasting Notes: Milk Chocolate, Panela, Red Grape</p>",
  tags=["origin__colombia", "Roast: Medium", "decaf"])
P("Southern Weather", [("12oz / Whole Bean", "18.00", 340, WB), ("2 lb. / Whole Bean", "52.00", 907, WB)],
  C(["BR", "CO", "ET"], None, "medium", ["Milk Chocolate", "Hazelnut", "Georgia Peach"], blend=True),
  body="<p>Our year-round blend. Flavors of milk chocolate, hazelnut and Georgia peach.</p>",
  tags=["From: Brazil", "From: Colombia", "From: Ethiopia", "Roast: Medium"])
P("Tropical Weather", [("12oz / Whole Bean", "19.00", 340, WB)],
  C(["ET", "CO"], None, "light", ["Mango", "Passion Fruit", "Honey"], blend=True),
  body="<p>A bright blend.</p><p>Origins : Ethiopia, Colombia</p><p>Notes: Mango, Passion Fruit, Honey</p>",
  tags=["Roast: Light"])
P("Monarch", [("12oz / Whole Bean", "19.50", 340, WB), ("5lb / Whole Bean", "120.00", 2268, WB)],
  C(["BR", "ET", "CO"], None, "dark", ["Dark Chocolate", "Molasses", "Red Wine"], blend=True),
  body="<p>Our darkest espresso blend.</p><p>Origin: Brazil, Ethiopia, Colombia</p><p>Roast Level: Dark</p>"
       "<p>Notes of dark chocolate, molasses and red wine.</p>")
P("Geometry", [("10oz Case Pack (6)", "120.00", 1701, None)],
  C(["ET", "CO"], None, "light", ["Lemon", "Black Tea", "Honeysuckle"], blend=True),
  body="<p>Ethiopia and Colombia together. We taste lemon, black tea, honeysuckle.</p>", tags=["Roast: Light", "Blend"],
  opts=("Size",))
P("Colombia Huila Decaf - Sugarcane", [("12oz / Whole Bean", "20.00", 340, WB)],
  C(["CO"], None, "medium", ["Caramel", "Red Apple"], decaf=True),
  body="<p>Sugarcane decaf. Notes of caramel and red apple.</p>", tags=["Roast: Medium"])
P("Rwanda Huye Mountain", [("12oz / Whole Bean", "21.00", 340, WB), ("12oz / Ground", "21.00", 340, GR)],
  C(["RW"], "washed", "light", ["Black Tea", "Red Currant", "Orange"]),
  body="<p>Tasting notes: Black Tea, Red Currant, Orange</p>", tags=["Rwanda", "Washed", "Light roast"])
P("El Salvador Los Pirineos Pacamara", [("12oz / Whole Bean", "25.00", 340, WB)],
  C(["SV"], "honey", "light", ["Plum", "Chocolate", "Vanilla"]),
  body="<p>Process: Yellow Honey</p><p>Notes: plum / chocolate / vanilla</p>", tags=["El-Salvador", "Roast: Light"])
P("Subscription - Single Origin", [("12oz / Every 2 weeks", "20.00", 340, None)], N("subscription"),
  type="Subscription", opts=("Size", "Deliver every"))
P("Kenya Karumandi AA (Subscription)", [("12oz", "22.00", 340, None)], N("subscription"), opts=("Size",))
P("Extra Bag (Add-On)", [("12oz", "15.00", 340, None)], N("subscription"), opts=("Size",))
P("Gift Card", [("$25", "25.00", None, None), ("$50", "50.00", None, None)], N("gift card"), type="Gift Card",
  opts=("Denominations",))
P("Onyx Tote Bag", [("Default Title", "20.00", None, None)], N("merch"), type="Merch", opts=("Title",))
P("Baratza Encore ESP", [("Default Title", "199.00", None, None, {"grams": 4500})], N("equipment: grinder"), type="",
  opts=("Title",))
P("Fellow Stagg EKG Kettle", [("Matte Black", "195.00", None, None)], N("equipment: kettle"), type="Brewing Equipment",
  opts=("Color",))
P("Coffee Sampler Box", [("Default Title", "48.00", None, None)], N("bundle/sampler"), opts=("Title",))
P("Hidden Landing - Holiday", [("Default Title", "0.00", None, None)], N("hidden product"), tags=["hidden"],
  opts=("Title",))

# --- Counter Culture / Intelligentsia style: Default Title bags, lb sizes, wholesale duplicates ---------
P("Hologram", [("12 oz", "18.25", 340, None), ("5 lb", "94.00", 2268, None)],
  C(["ET", "CO"], None, "light", ["Berries", "Chocolate", "Citrus"], blend=True),
  body="<p>Hologram is a blend of coffees from Ethiopia and Colombia. Notes of berries, chocolate, citrus.</p>",
  tags=["Light roast", "blend"], opts=("Size",))
P("Hologram", [("5 lb", "80.00", 2268, None)], N("wholesale duplicate"), vendor="Wholesale", opts=("Size",))
P("Big Trouble", [("5 lb", "75.00", 2268, None)], N("wholesale duplicate"), type="", tags=["Wholesale"],
  opts=("Size",))
P("Decaf Urcunina", [("5lb", "85.00", 2268, None)], N("wholesale duplicate"), tags=["Normal Wholesale", "tier2"],
  opts=("Size",))
P("Decaf Urcunina", [("12 oz", "19.00", 340, None)],
  C(["CO"], None, "medium", ["Caramel", "Toffee"], decaf=True),
  body="<p>A Colombian decaf processed with ethyl acetate.</p><p>Region: Nariño</p><p>Tasting Notes: Caramel, Toffee</p>",
  tags=["Roast: Medium", "decaf"], opts=("Size",))
P("Black Cat Classic Espresso", [("12oz", "17.00", 340, None), ("2lb", "42.00", 907, None), ("5lb", "95.00", 2268, None)],
  C(["BR", "CO"], None, "medium-dark", ["Dark Chocolate", "Brown Sugar", "Cherry"], blend=True),
  body="<p>Our flagship espresso blend. Flavors of dark chocolate, brown sugar and cherry.</p>"
       "<p>Origins: Brazil, Colombia</p>", tags=["Medium Dark"], opts=("Size",))
P("La Tortuga Honduras", [("12 oz", "19.50", 340, None)],
  C(["HN"], "washed", "medium", ["Milk Chocolate", "Almond", "Apple"]),
  body="<p>Process: Washed</p><p>Roast Level: Medium</p><p>Notes: Milk Chocolate, Almond, Apple</p>", opts=("Size",))
P("Frequency Blend", [("Default Title", "17.50", 340, None, {"grams": 340})],
  C(["PE", "HN"], None, "medium", ["Cocoa", "Caramel"], blend=True),
  body="<p>Origin: Peru, Honduras</p><p>Notes of cocoa and caramel.</p><p>medium roast</p>", opts=("Title",))
P("Instant Coffee - Colombia (6 pack)", [("Default Title", "15.00", None, None)], N("instant/sachet"),
  type="Coffee", opts=("Title",))
P("Single Serve Pour Over Pouches", [("10 pack", "20.00", None, None)], N("instant/sachet"), type="Coffee",
  opts=("Size",))
P("Counter Culture Hat", [("Default Title", "28.00", None, None)], N("merch"), type="", opts=("Title",))
P("Brew Guide Postcards", [("Default Title", "0.00", None, None)], N("zero-priced collateral"), type="Collateral",
  opts=("Title",))
P("Coffee Cherry Tea (Cascara)", [("8 oz", "14.00", None, None)], N("not coffee: tea/food"), type="", opts=("Size",))

# --- Sey / Passenger / Madcap style: body tables, lead-in-free text, odd types -------------------------
P("Gatomboya Kenya", [("250g", "28.00", 250, None, {"grams": 454})],
  C(["KE"], "washed", None, ["Blackcurrant", "Hibiscus", "Lime"]),
  body="<table><tr><td>ORIGIN</td><td>Nyeri, Kenya</td></tr><tr><td>PROCESS</td><td>Washed</td></tr>"
       "<tr><td>NOTES</td><td>Blackcurrant, Hibiscus, Lime</td></tr></table>", opts=("Size",))
P("Pepe Jijon Ecuador Sidra", [("125g", "45.00", 125, None, {"grams": 454})],
  C(["EC"], "anaerobic natural", None, ["Lychee", "Rose", "Mango"]),
  body="<p>ORIGIN Ecuador PROCESS Anaerobic Natural VARIETY Sidra ELEVATION 2,400 - 2,500 masl</p>"
       "<p>Lychee • Rose • Mango</p>", opts=("Size",))
P("Archival Release: Finca El Paraiso Thermal Shock", [("125 g", "38.00", 125, None)],
  C(["CO"], "experimental", None, ["Passion Fruit", "Strawberry", "Peach"]),
  body="<p>Cauca, Colombia. Thermal-Shock processed lot.</p><p>Notes of passion fruit, strawberry and peach.</p>",
  type="Archival Release", tags=["Freezer Friday"], opts=("Size",))
P("Cup of Excellence #3 Guatemala Huehuetenango", [("125g", "40.00", 125, None)],
  C(["GT"], "washed", None, ["Peach", "Jasmine", "Honey"]),
  body="<p>Process: Washed</p><p>We taste peach, jasmine, honey.</p>", type="Coffee", opts=("Size",))
P("Finca Sophia Gesha", [("250gms / Whole Bean", "65.00", 250, WB)],
  C(["PA"], "natural", "light", ["Bergamot", "Peach", "Jasmine"]),
  body="<p>Boquete, Panama.</p><p>Process: Natural</p><p>Prunes • Fig Danish • Nutmeg</p><p>Roast: Light</p>"
       "<p>In the cup we find bergamot, peach and jasmine.</p>", opts=("Size", "Grind"))
P("Wush Wush - Culture-Innoculated Washed", [("8.8 oz", "30.00", 249, None)],
  C(["CO"], "experimental", None, ["Raspberry", "Rose", "Cola"]),
  body="<p>Location: Tolima</p><p>Notes: Raspberry, Rose, Cola</p>", opts=("Size",))
P("Ethiopia Chelbesa", [("Default Title", "23.00", 340, None, {"grams": 340})],
  C(["ET"], "washed", None, ["Lemon", "Jasmine", "Peach"]),
  body="<p>Location: Gedeb</p><p>Process: Washed</p><p>Lemon - Jasmine - Peach</p>", type="", opts=("Title",))
P("Sey Hoodie", [("S", "65.00", None, None), ("M", "65.00", None, None)], N("merch"), type="Apparel",
  opts=("Size",))
P("Collab Box w/ Friends Roastery", [("Default Title", "60.00", None, None)], N("bundle/sampler"), opts=("Title",))
P("Wholesale Decaf Espresso", [("5 lb", "70.00", 2268, None)], N("wholesale duplicate"), opts=("Size",))
P("Colombia Pink Bourbon", [("250g", "26.00", 250, None), ("1kg", "90.00", 1000, None)],
  C(["CO"], "washed", "light", ["Watermelon", "Hibiscus", "Panela"]),
  body="<p>From Huila.</p><p>Varietals: Pink Bourbon</p><p>Process : Washed</p>"
       "<p>Tasting Notes: Watermelon, Hibiscus, Panela</p>", tags=["From: Colombia", "Roast: Light"], opts=("Size",))
P("Kii Kenya - Washed Process -", [("250g", "27.00", 250, None)],
  C(["KE"], "washed", None, ["Tomato", "Blackberry", "Grapefruit"]),
  body="<p>Kirinyaga. Notes of tomato, blackberry and grapefruit.</p>", opts=("Size",))

# --- Stumptown / La Colombe / Verve style: roast words, "recommended use", Profile traps ---------------
P("Hair Bender", [("12 oz / Whole Bean", "17.00", 340, WB), ("12 oz / Ground - Drip", "17.00", 340, "filter"),
                  ("2 lb / Whole Bean", "45.00", 907, WB)],
  C(["ID", "ET", "GT"], None, "medium", ["Dark Chocolate", "Cherry", "Citrus"], blend=True),
  body="<p>Origin: Indonesia, Ethiopia, Guatemala</p><p>Roast Level: Comforting</p>"
       "<p>We taste dark chocolate, cherry and citrus.</p><p>recommended use: Espresso</p>",
  tags=["medium roast", "profile:modern"])
P("Holler Mountain", [("12 oz / Whole Bean", "16.00", 340, WB)],
  C(["CO", "ET"], None, "medium", ["Caramel", "Citrus"], blend=True),
  body="<p>Origin: Colombia &amp; Ethiopia</p><p>Roast Level: Comforting</p><p>Notes of caramel and citrus.</p>",
  tags=["Roast: Medium"])
P("Nizza", [("12oz / Whole Bean", "15.00", 340, WB), ("12oz / Espresso Grind", "15.00", 340, "espresso")],
  C(["BR"], "natural", "medium", ["Milk Chocolate", "Peanut Butter"]),
  body="<p>Region: Minas Gerais, Brazil</p><p>Process: Natural</p><p>Flavors of milk chocolate and peanut butter.</p>",
  tags=["Roast: Medium", "recommended use: Espresso"])
P("Corsica", [("12 oz", "15.00", 340, None)],
  C(["BR", "PE"], None, "dark", ["Dark Chocolate", "Molasses"], blend=True),
  body="<p>Origin: Brazil, Peru</p><p>Dark Roast</p><p>Notes of dark chocolate and molasses.</p>", opts=("Size",))
P("Streetlevel Espresso", [("12oz", "19.00", 340, None), ("2lb", "50.00", 907, None)],
  C(["GT", "ET"], None, "medium-dark", ["Butterscotch", "Orange"], blend=True),
  body="<p>Guatemala and Ethiopia. Notes of butterscotch and orange.</p>",
  tags=["roastlevel__medium-dark-roast", "Espresso blend"], opts=("Size",))
P("Sermon", [("12 oz.", "18.00", 340, None), ("5 lb.", "98.00", 2268, None)],
  C(["ET", "CO", "BR"], None, "medium", ["Chocolate", "Berries"], blend=True),
  body="<p>Coffees from Ethiopia, Colombia and Brazil. We taste chocolate, berries.</p>", tags=["Roast: Medium"],
  opts=("Size",))
P("French Roast", [("12 oz", "15.00", 340, None)],
  C(["CO", "BR"], None, "dark", ["Smoke", "Cacao"], blend=True),
  body="<p>Origin: Colombia, Brazil</p><p>Notes of smoke and cacao.</p>", tags=["blend"], opts=("Size",))
P("Java Jampit", [("12oz", "21.00", 340, None)],
  C(["ID"], "wet-hulled", "medium", ["Cedar", "Dark Chocolate"]),
  body="<p>Origin: Java, Indonesia</p><p>Process: Wet-hulled</p><p>Notes: cedar, dark chocolate</p>",
  tags=["Roast: Medium"], opts=("Size",))
P("Mocha Java Blend", [("12oz", "16.00", 340, None)],
  C(["YE", "ID"], None, "medium", ["Cocoa", "Spice"], blend=True),
  body="<p>The classic pairing. Origins: Yemen, Indonesia</p><p>Notes of cocoa and spice.</p>", tags=["Roast: Medium"],
  opts=("Size",))
P("Sumatra Ketiara", [("12oz", "18.00", 340, None)],
  C(["ID"], "wet-hulled", "dark", ["Cedar", "Tobacco", "Dark Chocolate"]),
  body="<p>Giling basah (wet-hulled). Dark Roast.</p><p>Flavor notes: Cedar, Tobacco, Dark Chocolate</p>",
  opts=("Size",))
P("Espresso Machine Cleaning Tablets", [("Default Title", "12.00", None, None)], N("equipment: espresso machine"),
  type="", opts=("Title",))
P("Hario V60 Dripper", [("Default Title", "25.00", None, None)], N("equipment: brewer"), type="", opts=("Title",))
P("Cold Brew Concentrate (32 oz)", [("Default Title", "16.00", None, None)], N("instant/sachet"), type="Coffee",
  opts=("Title",))
P("La Colombe Draft Latte Cans", [("4 pack", "12.00", None, None)], N("instant/sachet"), type="Coffee", opts=("Size",))
P("Verve Enamel Mug", [("Default Title", "18.00", None, None)], N("merch"), type="", opts=("Title",))

# --- Australian roasters (AUD, grams, "Filter"/"Espresso" roast options, omni) --------------------------
P("Seasonal Espresso", [("250g / Whole Bean", "19.00", 250, WB), ("1kg / Whole Bean", "62.00", 1000, WB),
                        ("1kg / Espresso", "62.00", 1000, "espresso")],
  C(["BR", "CO"], None, "medium", ["Chocolate", "Stone Fruit", "Caramel"], blend=True),
  body="<p>Origins : Brazil, Colombia</p><p>Roast: Medium</p><p>Notes: Chocolate, Stone Fruit, Caramel</p>",
  cur="AUD", tags=["blend"])
P("Ethiopia Guji Hambela", [("250g / Whole Bean", "24.00", 250, WB), ("250g / Plunger", "24.00", 250, "french press")],
  C(["ET"], "natural", "omni", ["Blueberry", "Strawberry", "Cacao"]),
  body="<p>Guji zone. Natural process.</p><p>Roast: Omni</p><p>Notes: Blueberry, Strawberry, Cacao</p>", cur="AUD")
P("Burundi Kayanza", [("250g / Whole Bean", "22.00", 250, WB), ("250g / Stovetop", "22.00", 250, "moka pot")],
  C(["BI"], "washed", "light", ["Red Apple", "Black Tea"]),
  body="<p>Process: Washed</p><p>Roast: Filter (light)</p><p>Notes: Red Apple, Black Tea</p>", cur="AUD")
P("Brazil Daterra Sweet Collection", [("250g", "20.00", 250, None), ("1kg", "58.00", 1000, None)],
  C(["BR"], "pulped natural", "medium", ["Hazelnut", "Milk Chocolate", "Caramel"]),
  body="<p>Cerrado Mineiro. Pulp Natural.</p><p>Roast Level: Medium</p><p>We taste hazelnut, milk chocolate and caramel.</p>",
  cur="AUD", opts=("Size",))
P("Swiss Water Decaf - PNG", [("250g", "21.00", 250, None), ("1kg", "60.00", 1000, None)],
  C(["PG"], None, "medium", ["Cocoa", "Brown Sugar"], decaf=True),
  body="<p>Papua New Guinea decaffeinated using the Swiss Water method.</p><p>Notes of cocoa and brown sugar.</p>",
  cur="AUD", tags=["Roast: Medium"], opts=("Size",))
P("Colombia Decaf Sugarcane 🍬", [("250g", "21.00", 250, None)],
  C(["CO"], None, None, ["Toffee", "Orange"], decaf=True),
  body="<p>☕️ Sugarcane decaf ✨ Notes of toffee and orange.</p>", cur="AUD", opts=("Size",))
P("Timor-Leste Ermera", [("250g", "20.00", 250, None)],
  C(["TL"], "washed", "medium", ["Cocoa", "Spice"]),
  body="<p>Process: Washed</p><p>Roast: Medium</p><p>Notes: Cocoa, Spice</p>", cur="AUD", opts=("Size",))
P("Tasting Flight - 4 x 100g", [("Default Title", "45.00", None, None)], N("bundle/sampler"), cur="AUD",
  opts=("Title",))
P("Barista Basics Workshop", [("Sat 12 Oct", "120.00", None, None)], N("workshop/event"), type="Class", cur="AUD",
  opts=("Date",))
P("Chocolate Bar - 70% Dark", [("Default Title", "9.00", None, None)], N("not coffee: tea/food"), type="Food",
  cur="AUD", opts=("Title",))
P("Nespresso Compatible Capsules", [("10 capsules", "9.00", None, None)], N("instant/sachet"), type="Coffee",
  cur="AUD", opts=("Size",))
P("Gift Subscription - 3 Months", [("250g", "75.00", 250, None)], N("subscription"), cur="AUD", opts=("Size",))

# --- UK / EU roasters (GBP/EUR, comma prices, kg) ------------------------------------------------------
P("Rwanda Gitesi", [("250g / Wholebean", "£12,50", 250, WB, {"exp_price": "12.50"}),
                    ("1kg / Wholebean", "£41,00", 1000, WB, {"exp_price": "41.00"})],
  C(["RW"], "washed", "light", ["Red Grape", "Hibiscus"]),
  body="<p>Process: Washed</p><p>Notes: Red Grape, Hibiscus</p>", cur="GBP", tags=["Roast: Light"])
P("Guatemala Finca La Bolsa", [("250g / Cafetière", "11.00", 250, "french press"),
                               ("250g / Aeropress", "11.00", 250, "aeropress"),
                               ("250g / Espresso", "11.00", 250, "espresso")],
  C(["GT"], "washed", "medium", ["Milk Chocolate", "Apple"]),
  body="<p>Huehuetenango.</p><p>Process: Washed</p><p>Roast: Medium</p><p>Notes: milk chocolate, apple</p>", cur="GBP")
P("Nicaragua Los Pinos Honey", [("0.5kg", "24,00 €", 500, None, {"exp_price": "24.00"}),
                                ("1 kg", "44,90 €", 1000, None, {"exp_price": "44.90"})],
  C(["NI"], "honey", "medium-light", ["Caramel", "Plum"]),
  body="<p>Region: Jinotega</p><p>Roast: Light-Medium</p><p>Notes of caramel and plum.</p>", cur="EUR",
  opts=("Size",))
P("Peru Cajamarca Organic", [("1,000g", "38.00", 1000, None), ("500 g", "21.00", 500, None)],
  C(["PE"], "washed", "medium", ["Cocoa", "Almond", "Orange"]),
  body="<p>Country: Peru</p><p>Process: Washed</p><p>Roast Level: Medium</p><p>Notes: Cocoa, Almond, Orange</p>",
  cur="EUR", opts=("Size",))
P("Yemen Haraz Mokha", [("125g", "29.00", 125, None)],
  C(["YE"], "natural", None, ["Dried Fruit", "Spice", "Cocoa"]),
  body="<p>Process: Natural (sun-dried)</p><p>Notes: Dried Fruit, Spice, Cocoa</p>", cur="GBP", opts=("Size",))
P("Uganda Mt. Elgon Natural", [("250g", "10.50", 250, None)],
  C(["UG"], "natural", "medium", ["Chocolate", "Cherry"]),
  body="<p>Roast: Medium</p><p>Notes: Chocolate, Cherry</p>", cur="GBP", opts=("Size",))

# --- Size and price quirks ---------------------------------------------------------------------------------
P("Guatemala El Injerto", [("2.2 lb", "95.00", 998, None), ("12oz", "32.00", 340, None, {"avail": False})],
  C(["GT"], "washed", "light", ["Peach", "Honey"]),
  body="<p>Process: Washed</p><p>Roast: Light</p><p>Notes: peach, honey</p>", opts=("Size",))
P("Mexico Chiapas", [("12 oz / Whole Bean", "16.00", 340, WB, {"compare": "20.00"}),
                     ("12 oz / Ground", "16.00", 340, GR, {"compare": "14.00"})],
  C(["MX"], "washed", "medium", ["Cocoa", "Brown Sugar"]),
  body="<p>Process: Washed</p><p>Roast: Medium</p><p>Notes: Cocoa, Brown Sugar</p>")
P("Peru Decaf", [("2 Bags", "30.00", None, None), ("12oz", "17.00", 340, None)],
  C(["PE"], None, "medium", ["Chocolate"], decaf=True),
  body="<p>Swiss Water Process.</p><p>Roast: Medium</p><p>Notes: Chocolate</p>", opts=("Size",))
P("Brazil Fazenda Ambiental", [("1 lb", "16.00", 454, None), ("3 lb", "44.00", 1361, None),
                               ("5 lbs", "70.00", 2268, None)],
  C(["BR"], "natural", "medium-dark", ["Peanut", "Chocolate"]),
  body="<p>Process: Natural</p><p>Roast: Medium-Dark</p><p>Notes: peanut, chocolate</p>", opts=("Size",))
P("Honduras Marcala", [("12oz 2-Pack", "34.00", 680, None), ("12oz", "18.00", 340, None)],
  C(["HN"], "washed", "medium", ["Caramel", "Apple"]),
  body="<p>Process: Washed</p><p>Roast: Medium</p><p>Notes: Caramel, Apple</p>", opts=("Size",))
P("Ethiopia Yirgacheffe Kochere", [("Default Title", "20.00", 340, None, {"grams": 340, "sku": ""})],
  C(["ET"], "washed", "light", ["Lemon", "Bergamot", "Jasmine"]),
  body="<p>Process: Washed</p><p>Roast: Light</p><p>Notes: Lemon, Bergamot, Jasmine</p>", type="", opts=("Title",))
P("Colombia Tolima 12oz", [("Whole Bean", "18.00", 340, WB), ("Ground", "18.00", 340, GR)],
  C(["CO"], "washed", "medium", ["Caramel", "Red Apple"]),
  body="<p>Process: Washed</p><p>Roast: Medium</p><p>Notes: caramel, red apple</p>", opts=("Grind",))
P("Kenya Kiambu Peaberry", [("6oz", "16.00", 170, None), ("12 OZ", "28.00", 340, None)],
  C(["KE"], "washed", "light", ["Blackberry", "Tomato"]),
  body="<p>Process: Washed</p><p>Roast: Light</p><p>Notes: blackberry, tomato</p>", opts=("Size",))
P("Brazil Mogiana 5LB", [("Whole Bean", "65.00", 2268, WB), ("Ground - Espresso", "65.00", 2268, "espresso")],
  C(["BR"], "natural", "medium", ["Chocolate", "Nuts"]),
  body="<p>Process: Natural</p><p>Roast: Medium</p><p>Notes: chocolate, nuts</p>", opts=("Grind",))
P("Tanzania Peaberry", [("340g", "19.00", 340, None), ("Sample 2oz", "5.00", 57, None)],
  C(["TZ"], "washed", "medium", ["Black Currant", "Lemon"]),
  body="<p>Kilimanjaro.</p><p>Process: Washed</p><p>Roast: Medium</p><p>Notes: Black Currant, Lemon</p>",
  opts=("Size",))

# --- More single origins and blends in feed style ------------------------------------------------------
P("Ethiopia Sidama Bensa Anaerobic", [("10oz", "26.00", 283, None)],
  C(["ET"], "anaerobic natural", "light", ["Strawberry Jam", "Rum", "Cacao"]),
  body="<p>Process: Anaerobic Natural</p><p>Notes: Strawberry Jam, Rum, Cacao</p>", tags=["Roast: Light"],
  opts=("Size",))
P("Colombia La Palma y El Tucan", [("10oz", "30.00", 283, None)],
  C(["CO"], "anaerobic washed", "light", ["Grape", "Bubblegum", "Lime"]),
  body="<p>Notes: Grape, Bubblegum, Lime</p>", tags=["Process: Anaerobic", "Process: Washed", "Roast: Light"],
  opts=("Size",))
P("Costa Rica Las Lajas Black Honey", [("12oz", "22.00", 340, None)],
  C(["CR"], "honey", "light", ["Raisin", "Cherry", "Molasses"]),
  body="<p>Notes of raisin, cherry and molasses.</p>", tags=["Roast: Light", "Country: Costa Rica"], opts=("Size",))
P("Costa Rica Anaerobic Honey", [("12oz", "24.00", 340, None)],
  C(["CR"], "anaerobic honey", "light", ["Pineapple", "Cinnamon"]),
  body="<p>Region: Tarrazú</p><p>Notes: Pineapple, Cinnamon</p>", tags=["Roast: Light"], opts=("Size",))
P("Panama Carbonic Maceration Geisha", [("100g", "55.00", 100, None)],
  C(["PA"], "carbonic maceration", "light", ["Bergamot", "Lychee"]),
  body="<p>Notes: Bergamot, Lychee</p>", tags=["Roast: Light"], opts=("Size",))
P("Bolivia Caranavi", [("12oz", "20.00", 340, None)],
  C(["BO"], "washed", "medium-light", ["Caramel", "Peach"]),
  body="<p>Process: Washed</p><p>Roast: Medium Light</p><p>Notes: Caramel, Peach</p>", opts=("Size",))
P("DR Congo Kivu", [("12oz", "20.00", 340, None)],
  C(["CD"], "washed", "medium", ["Plum", "Cocoa"]),
  body="<p>Process: Washed</p><p>Notes: Plum, Cocoa</p>", tags=["medium roast"], opts=("Size",))
P("Hawaii Kona Extra Fancy", [("7oz", "45.00", 198, None)],
  C(["US"], "washed", "medium", ["Macadamia", "Milk Chocolate"]),
  body="<p>Process: Washed</p><p>Roast: Medium</p><p>Notes: Macadamia, Milk Chocolate</p>", opts=("Size",))
P("Frinj California Geisha", [("4oz", "60.00", 113, None)],
  C(["US"], "washed", "light", ["Jasmine", "Lemon"]),
  body="<p>Notes: Jasmine, Lemon</p>", tags=["origin:California", "Process: Washed", "Roast: Light"], opts=("Size",))
P("Vienna Blend", [("12oz", "16.00", 340, None)],
  C(["CO", "BR"], None, "dark", ["Bittersweet Chocolate"], blend=True),
  body="<p>Origin: Colombia, Brazil</p><p>Notes: Bittersweet Chocolate</p>", tags=["Roast: Dark"], opts=("Size",))
P("House Blend", [("12oz", "14.00", 340, None), ("5lb", "60.00", 2268, None)],
  C([], None, "medium", ["Chocolate", "Nuts"], blend=True),
  body="<p>Our everyday blend. Notes of chocolate and nuts.</p>", tags=["Roast: Medium"], opts=("Size",))
P("Decaf House Blend", [("12oz", "15.00", 340, None)],
  C([], None, "medium-dark", ["Cocoa"], blend=True, decaf=True),
  body="<p>Swiss Water decaf. Notes: Cocoa</p>", tags=["Medium Dark"], opts=("Size",))
P("Nicaragua Single Origin Espresso", [("12oz", "18.00", 340, None)],
  C(["NI"], "natural", "medium", ["Chocolate", "Cherry"]),
  body="<p>A single origin espresso.</p><p>Process: Natural</p><p>Notes: Chocolate, Cherry</p>",
  tags=["Roast: Medium"], opts=("Size",))
P("Sold Out: Kenya Gichathaini", [("12oz", "24.00", 340, None, {"avail": False})],
  C(["KE"], "washed", "light", ["Blackcurrant", "Rhubarb"]),
  body="<p>Process: Washed</p><p>Notes: Blackcurrant, Rhubarb</p>", tags=["Roast: Light"], opts=("Size",))
P("Guatemala Acatenango", [("12oz", "19.00", 340, None)],
  C(["GT"], "washed", "medium", ["Cocoa", "Orange"]),
  body="<p>Grown at 1,700 masl. Washed process.</p><p>Notes: Cocoa, Orange</p>", tags=["Roast Level: Medium"],
  opts=("Size",))
P("Indonesia Aceh Gayo", [("12oz", "18.00", 340, None)],
  C(["ID"], "wet-hulled", "dark", ["Earth", "Cedar"]),
  body="<p>Process: Semi-washed</p><p>Notes: Earth, Cedar</p>", tags=["Dark Roast"], opts=("Size",))
P("Burundi Ngozi Natural", [("12oz", "21.00", 340, None)],
  C(["BI"], "natural", "light", ["Raspberry", "Black Tea"]),
  body="<p>Notes: Raspberry, Black Tea</p>", tags=["Natural", "Light roast"], opts=("Size",))
P("El Salvador Santa Ana Pulped Natural", [("12oz", "19.00", 340, None)],
  C(["SV"], "pulped natural", "medium", ["Caramel", "Almond"]),
  body="<p>Notes: Caramel, Almond</p>", tags=["Roast: Medium"], opts=("Size",))
P("Ecuador Loja Typica", [("8oz", "28.00", 227, None)],
  C(["EC"], "washed", "light", ["Lemon", "Honey"]),
  body="<p>Elevation: 1900-2100m</p><p>Process: Washed</p><p>Notes: Lemon, Honey</p>", tags=["Roast: Light"],
  opts=("Size",))
P("Colombia Huila Wine Yeast Inoculated", [("10oz", "28.00", 283, None)],
  C(["CO"], "experimental", "light", ["Red Wine", "Cherry"]),
  body="<p>Notes: Red Wine, Cherry</p>", tags=["Roast: Light"], opts=("Size",))
P("China Yunnan Natural", [("12oz", "20.00", 340, None)],
  C(["CN"], "natural", "medium", ["Plum", "Cocoa"]),
  body="<p>Notes: Plum, Cocoa</p>", tags=["Roast: Medium"], opts=("Size",))
P("Ethiopia Limu", [("Default Title", "19.00", 340, None, {"grams": 397})],
  C(["ET"], "washed", "medium", ["Peach", "Honey"]),
  body="<p>12 oz bag.</p><p>Process: Washed</p><p>Notes: Peach, Honey</p>", tags=["Roast: Medium"],
  opts=("Title",))
P("Peru Decaf - Mountain Water", [("12oz", "18.00", 340, None)],
  C(["PE"], None, "medium", ["Chocolate", "Caramel"], decaf=True),
  body="<p>Notes: Chocolate, Caramel</p>", tags=["Roast: Medium"], opts=("Size",))
P("Colombia Narino Espresso", [("12oz", "18.00", 340, None)],
  C(["CO"], "washed", "medium", ["Brown Sugar", "Orange"]),
  body="<p>Process: Washed</p><p>Notes: Brown Sugar, Orange</p>", tags=["Roast: Medium"], opts=("Size",))
P("Rwanda Nyamasheke Natural", [("12oz", "21.00", 340, None)],
  C(["RW"], "natural", "light", ["Strawberry", "Hibiscus"]),
  body="<p>Notes: Strawberry, Hibiscus</p>", tags=["Roast: Light"], opts=("Size",))
P("Brazil Cerrado", [("12oz", "15.00", 340, None), ("2lb", "38.00", 907, None)],
  C(["BR"], "natural", "medium-dark", ["Peanut Butter", "Chocolate"]),
  body="<p>Process: Natural</p><p>Notes: Peanut Butter, Chocolate</p>", tags=["Roast: Medium Dark"], opts=("Size",))
P("Coffee Scoop", [("Default Title", "8.00", None, None)], N("equipment: accessory"), type="", opts=("Title",))
P("Airscape Canister", [("Default Title", "30.00", None, None)], N("equipment: accessory"), type="Gear",
  opts=("Title",))
P("Drip Bags - Ethiopia (10)", [("Default Title", "18.00", None, None)], N("instant/sachet"), type="Coffee",
  opts=("Title",))
P("Holiday Bundle: 3 Bags", [("Default Title", "55.00", None, None)], N("bundle/sampler"), opts=("Title",))
P("Private Label - Hotel Blend", [("5lb", "60.00", 2268, None)], N("white label"), opts=("Size",))
P("Ethiopia Worka Sakaro", [("12oz", "22.00", 340, None)], N("hidden product"), tags=["hidden", "Roast: Light"],
  opts=("Size",))
