"""Hand labels for the 62 products of the three real feeds (judged from each product's own data).

Labelling policy: origin_countries lists what the product's data names or unambiguously places
(a region, state or town of India counts as IN); world knowledge about an estate that the page
does not locate is not used. Variant truths come from the size and grind tables below, judged
once per distinct string the feeds use; prices are the feed's own amounts.
"""
from __future__ import annotations

SIZE_TRUTH = {
    "250g": 250, "500g": 500, "1kg": 1000, "1Kg": 1000, "1000g": 1000, "1 kg": 1000, "200g": 200, "200 g": 200,
    "200": 200, "200g x 4": 800, "200g x 5": 1000, "75g": 75, "100gms": 100,
}
GRIND_TRUTH = {
    "Whole Bean": "whole bean", "Whole Beans": "whole bean", "Whole beans": "whole bean",
    "Aeropress": "aeropress", "Inverted Aeropress": "aeropress", "Aeropress Inverted": "aeropress",
    "Aero press": "aeropress", "Channi": "cold brew", "Coffee Filter": "filter", "Cold Brew": "cold brew",
    "Cold brew": "cold brew", "Commercial Espresso": "espresso", "Home Espresso": "espresso", "Espresso": "espresso",
    "Picopresso": "espresso", "French Press": "french press", "French press": "french press",
    "Moka Pot": "moka pot", "Mokapot": "moka pot", "Mocha pot": "moka pot", "Pourover": "pour over",
    "Pour Over": "pour over", "South Indian Filter": "south indian filter", "Turkish": "turkish",
    "Inverted Aeropress / Pourover": "aeropress", "Inverted Aeropress/ Pourover": "aeropress",
    "Pourover / Inverted Aeropress": "pour over", "Chemex": "pour over", "Kalita": "pour over",
    "Drip Machine": "filter", "Cold Brew / Channi / French Press": "cold brew",
    "Cold Brew/ French Press/ Channi": "cold brew", "French Press / Cold Brew / Channi": "french press",
    "French Press/ Cold Brew/ Channi": "french press", "Syphon": "siphon",
}


def C(origins, process, roast, notes=(), blend=False, decaf=False):
    return {"is_coffee": True, "origin_countries": list(origins), "process": process, "roast_level": roast,
            "is_decaf": decaf, "is_blend": blend, "tasting_notes": list(notes)}


def N(reason):
    return {"is_coffee": False, "skip_reason": reason}


IN = ["IN"]
REAL_LABELS = {
    # Blue Tokai: festive hampers, workshops, subscriptions, a French press beside the coffee.
    **{f"bluetokai:{i}": N("gift hamper") for i in (
        7291034370103, 7291033255991, 7291030372407, 7291029389367, 7291027488823, 7291025031223,
        7291024343095, 7291023753271, 7291022311479, 7290499825719, 7290499268663, 7290496090167)},
    "bluetokai:7341738131511": C(IN, None, "medium", blend=True),  # "Southern India"; washed+unwashed blend
    # Chikmagalur, Karnataka; "with chocolatey and nutty flavours", "the aroma of dried fruits"
    "bluetokai:6676414398519": C(IN, None, "medium-dark", ["Chocolate", "Nuts", "Dried Fruits"]),
    "bluetokai:7321528238135": N("workshop/event"),
    "bluetokai:7321522700343": N("workshop/event"),
    "bluetokai:7208527298615": C(IN, "carbonic maceration", "light",
                                 ["Canary Melon", "Cherries", "Jasmine", "Wild Berries"]),  # Yercaud
    "bluetokai:6587292418103": N("equipment: brewer"),
    "bluetokai:7321485639735": N("workshop/event"),
    "bluetokai:6601531981879": C(IN, "natural", "medium", ["Pineapple", "Grapefruit", "Dried Fig"]),
    "bluetokai:2601862596": C(IN, "washed", "medium-dark", ["Caramel", "Dried Apricot", "Chocolate"]),
    "bluetokai:6922876092471": N("subscription"),
    "bluetokai:7327935692855": N("subscription"),
    "bluetokai:7308826279991": C(IN, "natural", "medium", ["Blueberry", "Black Tea", "Khasi Mandarin"]),  # Meghalaya
    # "fermenting whole cherries in an oxygen-free environment": an anaerobic natural.
    "bluetokai:7326021877815": C([], "anaerobic natural", "medium", ["Red Grapes", "Sweet Lime", "Cane Sugar"]),
    "bluetokai:7326023155767": N("subscription"),
    "bluetokai:7314532401207": C([], "carbonic maceration", "light",
                                 ["Fermented Red Fruit", "Dried Fig", "Plum", "Black Grape", "Mulberry"]),
    "bluetokai:7320180424759": N("bundle/sampler"),  # two different lots in one pack
    "bluetokai:1718179725367": C(IN, None, "light", ["Blueberry", "Milk Chocolate"], blend=True),
    "bluetokai:6812836823095": C(IN, "washed", "light", ["Sweet Lime", "Apricot", "Black Tea"]),
    # Rosette.
    "rosette:9011730219224": C(IN, "washed", "medium-dark", ["Cocoa", "Sweet Spices", "Jaggery", "Orange Zest"]),
    "rosette:8991090180312": C([], "experimental", "light",
                               ["Blackcurrant Jam", "Raisin", "Black Grape", "Date", "Pineapple"]),
    "rosette:8975040020696": C(IN, "anaerobic natural", "medium-light",
                               ["Berries", "Grapes", "Papaya", "Melon", "Mandarin"]),
    "rosette:8975040610520": C([], "anaerobic honey", "medium-light", ["Sugarcane", "Sweet Lime", "Florals", "Raisins"]),
    "rosette:8970274734296": C(IN, "washed", "medium-dark", ["Dark Chocolate", "Tropical Fruit", "Honey", "Cashew"]),
    "rosette:8970247209176": C(IN, "washed", None, ["Dried Apricot", "Peach", "Dragon Fruit", "Grapefruit Zest"]),
    "rosette:8970127474904": C(IN, "honey", "light", ["Guava", "Pink Grapefruit", "Cherry Cola"]),
    "rosette:8443310997720": C(IN, None, None, ["Chocolate", "Berry", "Citrus"], blend=True),
    "rosette:8923181383896": C(IN, "anaerobic natural", "medium-light",
                               ["Strawberry Iced Tea", "Raspberry", "Purple Grape", "Plum"]),
    "rosette:8020882587864": C([], "washed", "medium", ["Milk Chocolate", "Black Tea", "Grape", "Almond"]),
    "rosette:8909153108184": C([], None, "medium-dark", ["Bittersweet Chocolate", "Butter Biscuits", "Caramel"], blend=True),
    "rosette:8909131219160": C([], None, "dark", ["Cacao Nibs", "Sweet Spices", "Toasted Nuts"], blend=True),
    "rosette:8909089538264": C([], None, None, ["Hazelnut", "Chocolate", "Maple Syrup"], blend=True),
    "rosette:8884663550168": C([], "experimental", "medium-dark", ["Raisin", "Star Fruit", "Brown Sugar", "Chocolate"]),
    "rosette:8771286073560": C(IN, "experimental", "medium", ["Irish Cream", "Green Apple", "Stone Fruit", "Spice"]),
    "rosette:7969470251224": C(IN, "monsooned", "medium"),
    "rosette:8514240315608": C([], "natural", None),
    "rosette:8462632419544": N("equipment"),
    "rosette:8443317420248": C([], None, "medium-dark", ["Dark Chocolate", "Roasted Nuts", "Caramel"], blend=True),
    "rosette:8337683546328": C([], "washed", "medium-dark", blend=True),  # "two washed coffees"
    "rosette:7969470513368": C([], None, "dark"),
    "rosette:7851365269720": N("equipment: grinder"),
    # Baba's Beans (WooCommerce).
    "babasbeans:3382": C(IN, None, "dark", blend=True),
    "babasbeans:3381": N("ready-to-drink"),  # an "In-House brew": no grind, no size; not a bag of coffee
    # "City Roast"; "with sweet, nutty and spicy tones ... a citrusy aftertaste"
    "babasbeans:3305": C(IN, None, "medium", ["Nuts", "Spice", "Citrus"]),
    "babasbeans:1982": C(IN, None, "dark", blend=True),
    "babasbeans:1957": N("subscription"),
    "babasbeans:1955": N("subscription"),
    "babasbeans:1950": N("subscription"),
    "babasbeans:1173": C(IN, None, None, blend=True),  # coffee blended with chicory
    "babasbeans:1159": C(IN, None, "medium-dark"),  # "Full City Roast"
    "babasbeans:1146": C(IN, None, None),
}
