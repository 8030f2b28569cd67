"""Dutch: label keys, process and roast words, size units and non-coffee goods as Dutch and Flemish shops write them."""

LOCALES = ("nl",)
SCRIPT = "latin"
COMPOUNDS = True  # "koffiemolen", "cadeaubon"
LABELS = {
    "origin": ("herkomst", "oorsprong", "land", "land van herkomst", "afkomst", "origine"),
    "region": ("regio", "streek", "gebied", "provincie", "teeltgebied"),
    "process": ("verwerking", "verwerkingsmethode", "proces", "bewerking", "methode", "verwerkingsproces"),
    # Flemish and many Dutch shops "roosteren" rather than "branden"
    "roast": ("branding", "brandingsgraad", "brandingsniveau", "brandprofiel", "roast", "gebrand", "branding niveau",
              "brandgraad", "brandniveau", "brandingsprofiel", "roostergraad", "roosterprofiel", "roostering",
              "roosterniveau", "geroosterd", "roostering niveau"),
    "variety": ("variëteit", "variëteiten", "varieteit", "soort", "soorten", "cultivar", "ras"),
    "altitude": ("hoogte", "teelthoogte", "hoogteligging"),
    "producer": ("producent", "producenten", "boer", "boerderij", "farm", "coöperatie", "cooperatie", "plantage", "finca",
                 "teler", "telers", "washing station"),
    "notes": ("smaaknotities", "smaaknoten", "smaak", "smaakprofiel", "tonen", "aroma's", "in de kop", "proefnotities"),
    "weight": ("gewicht", "inhoud", "netto gewicht", "verpakking", "formaat"),
}
PROCESS = {
    "washed": ("gewassen", "gewassen proces", "nat verwerkt", "natte verwerking", "washed"),
    "natural": ("natuurlijk", "natuurlijke", "naturel", "natural", "droog verwerkt", "droge verwerking"),
    "honey": ("honing", "honey", "honingproces"),
    "anaerobic": ("anaeroob", "anaerobe", "anaerobisch", "anaerobe fermentatie"),
    "carbonic maceration": ("koolzuurmaceratie", "carbonische maceratie", "carbonic maceration"),
    "pulped natural": ("pulped natural",),
    "wet-hulled": ("semi-gewassen", "semi gewassen", "wet hulled", "giling basah"),
    "experimental": ("gist", "gisten", "melkzuur", "thermische schok", "co-gefermenteerd", "geïnfuseerd"),
}
# Words that state a natural process on their own, with no process word near (dried in the cherry).
STRONG_PROCESS_WORDS = ("droog verwerkt", "droge verwerking")
# (fermenting and drying are steps of the process)
PROCESS_CONTEXT = ("verwerkt", "verwerking", "proces", "methode", "verwerkte",
                   "fermentatie", "gefermenteerd", "droging", "gedroogd")
ROAST = {
    "light": ("licht", "lichte", "lichter", "blond", "nordic", "lichtgebrand", "lichtgeroosterd", "licht gebrand",
              "licht geroosterd"),
    "medium-light": ("licht-medium", "medium-licht", "licht tot medium", "lichte medium", "licht tot middel",
                     "middel-licht", "licht-middel"),
    "medium": ("medium", "middel", "gemiddeld", "gemiddelde", "middelmatig"),
    "medium-dark": ("medium-donker", "medium donker", "medium tot donker", "middeldonker", "donker-medium",
                    "middel-donker", "middel tot donker"),
    "dark": ("donker", "donkere", "donkergebrand", "donkergeroosterd", "sterk", "italiaans", "frans"),
    "omni": ("omni", "omniroast"),
}
ROAST_CONTEXT = ("branding", "gebrand", "gebrande", "branden", "branden we", "brandingsgraad", "brandgraad",
                 "geroosterd", "geroosterde", "roosteren", "roosteren we", "roostering", "roostergraad")
UNITS = {"gram": 1, "gr": 1, "kilogram": 1000, "kilo": 1000, "pond": 500}  # (a Dutch "pond" is 500 g)
QUANTITY_WORDS = {"een": (1, 1), "één": (1, 1), "halve": (1, 2), "half": (1, 2), "twee": (2, 1)}
SUBSCRIPTION_OPTIONS = ("leverfrequentie", "bezorgfrequentie", "frequentie", "looptijd")  # option names of a delivery rhythm
SIZE_OPTIONS = ("gewicht", "inhoud", "formaat", "verpakking", "hoeveelheid", "grootte", "maat")
BAGS = ("zak", "zakje", "verpakking", "pak", "blik")  # a single bag's size in prose: weight.bag_size_in_text
COFFEE = ("koffie", "koffiebonen", "bonen", "hele bonen", "gemalen", "espresso", "filterkoffie", "single origin",
          "arabica", "gebrand")
# Possessives before a country that names another of the shop's coffees, an aside in the lot's prose
# (origin.find_origins): "comme notre Kenya du mois dernier", "wie unser Kenia".
OUR = ("onze", "ons")
# The word before the country a lot comes from, and the word that lists one more (origin.find_origins:
# "comme le Kenya du mois dernier, ce café vient de Colombie" is Colombia; "de Colombie et du Brésil" both).
FROM = ("uit",)
AND = ("en",)
BLEND = ("melange", "blend", "mengsel", "huismelange")
DECAF = ("cafeïnevrij", "cafeinevrij", "decaf", "zonder cafeïne", "cafeïnevrije")
# Before (after, in CJK) a machine a coffee is for: "Koffiebonen voor espressomachine" (lang.for_purpose)
PURPOSE = ("voor",)
NON_COFFEE = {
    # green (unroasted) beans are sold to home roasters: no roasted coffee
    "green coffee (unroasted)": ("groene koffie", "groene koffiebonen", "ongebrand", "ongebrande", "ruwe koffie"),
    "subscription": ("abonnement", "koffieabonnement", "abonnementen"),
    "gift card": ("cadeaubon", "cadeaukaart", "giftcard", "waardebon", "cadeaubonnen"),
    "gift hamper": ("cadeaupakket", "cadeaubox", "kerstpakket", "geschenkdoos"),
    "workshop/event": ("workshop", "cursus", "cursussen", "baristacursus", "proeverij", "training"),
    "equipment: grinder": ("molen", "koffiemolen", "handmolen", "maalmolen"),
    "equipment: kettle": ("waterkoker", "ketel", "schenkketel"),
    "equipment: brewer": ("dripper", "filterhouder", "koffiezetapparaat", "espressomachine", "cafetière", "karaf",
                          "percolator", "french press"),
    "equipment: scale": ("weegschaal", "koffieweegschaal"),
    "equipment: filters": ("filterpapier", "filterzakjes", "papieren filters", "koffiefilters"),
    "equipment": ("melkopschuimer", "melkschuimer", "voorraadpot", "tamper", "melkkan", "melkkannetje", "accessoires", "voorraadbus", "bewaarbus", "thermometer",
                  "maatlepel", "ontkalker"),
    "instant/sachet": ("capsules", "cups", "pads", "oploskoffie", "instant koffie", "koffiepads", "drip bags", "koffiecups", "koffiecapsules", "concentraat"),
    "bundle/sampler": ("proefpakket", "proeverijpakket", "probeerpakket", "pakket", "sampler"),
    "merch": ("mok", "mokken", "beker", "bekers", "kopje", "kopjes", "glas", "glazen", "boek", "boeken", "poster",
              "print", "vaantje", "wimpel", "ansichtkaart", "sticker", "shirt", "trui", "pet", "muts", "schort",
              "tas", "draagtas", "kaars", "sokken", "fles"),
    "not coffee: tea/food": ("thee", "theeën", "kruidenthee", "muntthee", "rooibosthee", "zwarte thee", "chocolade", "warme chocolademelk", "koekjes", "siroop",
                             "cascara", "stroopwafels", "bonbons", "chocoladereep", "chocoladerepen", "pure chocolade",
                             "melkchocolade", "likeur", "likeuren"),
}
COUNTRIES = {"ET": ("Ethiopie",)}
ADJECTIVES = {
    "ET": ("ethiopisch", "ethiopische"), "CO": ("colombiaans", "colombiaanse"), "BR": ("braziliaans", "braziliaanse"),
    "KE": ("keniaans", "keniaanse"), "GT": ("guatemalteeks", "guatemalteekse"), "PE": ("peruaans", "peruaanse"),
    "HN": ("hondurees", "hondurese"), "MX": ("mexicaans", "mexicaanse"), "IN": ("indiaas", "indiase"),
    "ID": ("indonesisch", "indonesische"), "RW": ("rwandees", "rwandese"), "CR": ("costa ricaans", "costa ricaanse"),
    "BI": ("burundees", "burundese"), "SV": ("salvadoraans", "salvadoraanse"), "NI": ("nicaraguaans", "nicaraguaanse"),
    "PA": ("panamees", "panamese"), "TZ": ("tanzaniaans", "tanzaniaanse"), "UG": ("oegandees", "oegandese"),
    "YE": ("jemenitisch", "jemenitische"), "BO": ("boliviaans", "boliviaanse"), "EC": ("ecuadoraans", "ecuadoraanse"),
}

# Famous regions and farms that name their country (origin.py holds the English-named ones).
REGIONS = {}

# Grind option names and values (grind.py reads these after the English patterns find nothing).
GRIND_OPTIONS = ("maling", "maalgraad", "malen", "zetmethode", "bereidingswijze", "bereiding")
GRIND = {"whole bean": ("bonen", "hele bonen", "hele boon", "ongemalen", "heel"),
         "ground": ("gemalen",),
         "espresso": ("espressomachine", "pistonmachine"),
         "moka pot": ("moka", "mokapot", "percolator"),
         "french press": ("cafetière", "french press"),
         "filter": ("filterkoffie", "snelfilter", "koffiezetapparaat", "filtermachine"),
         "pour over": ("handfilter", "slow coffee"),
         "turkish": ("turks", "turkse koffie")}
