"""Danish: label keys, process and roast words, size units and non-coffee goods as Danish shops write them."""

LOCALES = ("da",)
SCRIPT = "latin"
COMPOUNDS = True  # "kaffekværn", "gavekort"
LABELS = {
    "origin": ("oprindelse", "land", "oprindelsesland", "herkomst", "dyrkningsland"),
    "region": ("region", "område", "dyrkningsområde", "distrikt", "provins"),
    "process": ("proces", "forarbejdning", "behandling", "metode", "processering", "forarbejdningsmetode"),
    "roast": ("ristning", "ristningsgrad", "ristegrad", "risteprofil", "ristet", "ristningsprofil"),
    "variety": ("varietet", "varieteter", "sort", "sorter", "kaffesort", "varietal", "kultivar"),
    "altitude": ("højde", "dyrkningshøjde", "altitude", "højde over havet"),
    "producer": ("producent", "producenter", "farmer", "gård", "farm", "kooperativ", "finca", "vaskestation", "avler",
                 "bonde"),
    "notes": ("smagsnoter", "smag", "smagsprofil", "noter", "i koppen", "toner", "aromaer"),
    "weight": ("vægt", "nettovægt", "størrelse", "indhold", "pakning"),
}
PROCESS = {
    "washed": ("vasket", "vaskede", "washed", "vådbehandlet", "vådproces", "vådprocesseret"),
    "natural": ("natural", "naturlig", "naturligt", "natur", "tørbehandlet", "tørproces", "tørprocesseret",
                "soltørret", "bærtørret", "tørret i bæret", "tørret i bærrene"),
    "honey": ("honey", "honning", "honningproces", "honningprocesseret"),
    "anaerobic": ("anaerob", "anaerobt", "anaerobe", "anaerobic", "iltfri", "anaerob fermentering"),
    "carbonic maceration": ("kulsyremaceration", "karbonisk maceration", "carbonic maceration"),
    "pulped natural": ("pulped natural",),
    "wet-hulled": ("wet hulled", "giling basah", "semivasket"),
    "experimental": ("gær", "mælkesyre", "termisk chok", "co-fermenteret", "infused"),
}
# Words that state a natural process on their own, with no process word near (dried in the cherry).
STRONG_PROCESS_WORDS = ("honningproces", "honningprocesseret", "tørbehandlet", "tørbehandlede", "tørproces", "tørprocesseret", "tørprocesserede", "soltørret", "soltørrede",
                        "bærtørret", "bærtørrede", "tørret i bæret", "tørret i bærrene")
# (fermenting and drying are steps of the process)
PROCESS_CONTEXT = ("proces", "processeret", "forarbejdet", "behandlet", "metode", "forarbejdning",
                   "fermentering", "fermenteret", "tørring", "tørret", "tørrede")
ROAST = {
    "light": ("lys", "lyst", "lyse", "lysristet", "lysristede", "light", "nordisk", "letristet", "let ristet"),
    "medium-light": ("lys-medium", "medium-lys", "lys til medium", "let-medium", "lys-mellem", "mellem-lys",
                     "lys til mellem", "mellemlys"),
    "medium": ("medium", "mellem", "mellemristet", "middel"),
    "medium-dark": ("medium-mørk", "mellem-mørk", "medium til mørk", "mørk-medium", "mellem til mørk",
                    "mørk-mellem", "mellemmørk", "mellemmørkristet"),
    "dark": ("mørk", "mørkt", "mørke", "mørkristet", "mørkristede", "dark"),
    "omni": ("omni", "omniristet"),
}
ROAST_CONTEXT = ("ristning", "ristet", "ristede", "rister", "ristes", "ristningsgrad", "risteprofil")
UNITS = {"gram": 1, "kilo": 1000, "kilogram": 1000}
QUANTITY_WORDS = {"et": (1, 1), "en": (1, 1), "halv": (1, 2), "halvt": (1, 2)}
SUBSCRIPTION_OPTIONS = ("leveringsinterval", "leveringsfrekvens", "frekvens", "interval")  # option names of a delivery rhythm
SIZE_OPTIONS = ("vægt", "størrelse", "pakning", "mængde", "pose")
BAGS = ("pose", "pakke", "dåse")  # a single bag's size in prose: weight.bag_size_in_text
COFFEE = ("kaffe", "kaffebønner", "bønner", "hele bønner", "malet", "espresso", "filterkaffe", "ristet",
          "single origin", "arabica", "mikrolot")
# Possessives before a country that names another of the shop's coffees, an aside in the lot's prose
# (origin.find_origins): "comme notre Kenya du mois dernier", "wie unser Kenia".
OUR = ("vores",)
# The word before the country a lot comes from, and the word that lists one more (origin.find_origins:
# "comme le Kenya du mois dernier, ce café vient de Colombie" is Colombia; "de Colombie et du Brésil" both).
FROM = ("fra",)
AND = ("og",)
BLEND = ("blanding", "blend", "kaffeblanding", "husets blanding")
DECAF = ("koffeinfri", "koffeinfrit", "decaf", "koffeinfrie")
# Before (after, in CJK) a machine a coffee is for: "Kaffe til espressomaskine" (lang.for_purpose)
PURPOSE = ("til",)
NON_COFFEE = {
    # green (unroasted) beans are sold to home roasters: no roasted coffee
    "green coffee (unroasted)": ("råkaffe", "grønne kaffebønner", "uristet", "uristede", "grøn kaffe"),
    "subscription": ("abonnement", "kaffeabonnement", "abonnementer"),
    "gift card": ("gavekort", "gavebevis", "værdibevis"),
    "gift hamper": ("gaveæske", "gavekurv", "gavesæt", "gaveboks"),
    "workshop/event": ("kursus", "kurser", "baristakursus", "kaffekursus", "workshop", "smagning", "kaffesmagning", "event"),
    "equipment: grinder": ("kværn", "kaffekværn", "håndkværn", "kværne"),
    "equipment: kettle": ("elkedel", "kedel", "kande", "hældekande"),
    "equipment: brewer": ("dripper", "kaffebrygger", "kaffemaskine", "espressomaskine", "stempelkande", "karaffel",
                          "french press", "brygger"),
    "equipment: scale": ("vægt til kaffe", "kaffevægt", "køkkenvægt"),
    # (not a bare "filtre": French coffees are titled "Kenya – Filtre", roasted for filter)
    "equipment: filters": ("filterpapir", "kaffefilter", "kaffefiltre", "papirfiltre", "papirfilter", "filterposer",
                           "filtre til"),
    "equipment": ("mælkeskummer", "kaffedåse", "tamper", "mælkekande", "tilbehør", "dåse", "opbevaringsdåse", "termometer", "måleske", "afkalker"),
    "instant/sachet": ("kapsler", "kapsel", "pulverkaffe", "instant kaffe", "drip bags", "instant", "koncentrat"),
    "bundle/sampler": ("smagekasse", "smagepakke", "prøvepakke", "pakke"),
    "merch": ("klistermærker", "klistermærke", "krus", "kop", "kopper", "glas", "bog", "bøger", "plakat", "plakater", "print", "tryk", "vimpel",
              "postkort", "klistermærke", "trøje", "t-shirt", "kasket", "hue", "forklæde", "mulepose", "taske",
              "stearinlys", "duftlys", "sokker", "flaske", "kaffekop"),
    "not coffee: tea/food": ("te", "urtete", "chokolade", "varm kakao", "kakao", "småkager", "sirup", "cascara", "chokoladebar",
                             "flødeboller", "mørk chokolade", "mælkechokolade", "konfekt",
                             "likør"),
}
COUNTRIES = {"ET": ("Etiopiens",), "CO": ("Colombias",), "KE": ("Kenyas",), "BR": ("Brasiliens",), "TL": ("Østtimor",)}
ADJECTIVES = {
    "ET": ("etiopisk", "etiopiske"), "CO": ("colombiansk", "colombianske"), "BR": ("brasiliansk", "brasilianske"),
    "KE": ("kenyansk", "kenyanske"), "GT": ("guatemalansk", "guatemalanske"), "PE": ("peruviansk", "peruvianske"),
    "RW": ("rwandisk", "rwandiske"),
    "HN": ("honduransk",), "MX": ("mexicansk",), "IN": ("indisk",), "ID": ("indonesisk",), "CR": ("costaricansk",),
    "BI": ("burundisk",), "SV": ("salvadoransk",), "NI": ("nicaraguansk",), "PA": ("panamansk",), "TZ": ("tanzanisk",),
    "UG": ("ugandisk",), "YE": ("yemenitisk",), "BO": ("boliviansk",), "EC": ("ecuadoriansk",),
}


def inflect(name: str) -> tuple[str, ...]:
    """Genitive: "Etiopiens kaffe"."""
    return () if name.endswith("s") else (name + "s",)

# Famous regions and farms that name their country (origin.py holds the English-named ones).
REGIONS = {}

# Grind option names and values (grind.py reads these after the English patterns find nothing).
GRIND_OPTIONS = ("malning", "malegrad", "formaling", "kværning", "brygmetode", "tilberedning")
GRIND = {"whole bean": ("hele bønner", "hel bønne", "bønner", "umalet", "umalede"),
         "ground": ("malet", "malede", "formalet", "kværnet"),
         "espresso": ("espressomaskine",),
         "moka pot": ("mokakande", "kogekande"),
         "french press": ("stempelkande", "presskande"),
         "filter": ("filtermalet", "kaffemaskine", "filterkaffe"),
         "pour over": ("håndbryg", "håndbrygning"),
         "turkish": ("tyrkisk",)}
