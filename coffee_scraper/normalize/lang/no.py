"""Norwegian (bokmål): label keys, process and roast words, size units and non-coffee goods as Norwegian shops write them."""

LOCALES = ("nb_NO",)
SCRIPT = "latin"
COMPOUNDS = True  # "kaffekvern", "gavekort"
LABELS = {
    "origin": ("opprinnelse", "land", "opprinnelsesland", "herkomst", "dyrkingsland", "opphav"),
    "region": ("region", "område", "dyrkingsområde", "distrikt", "provins"),
    "process": ("prosess", "prosessering", "foredling", "behandling", "metode", "prosessmetode", "bearbeiding"),
    # "brenne" and "riste"/"roste" are all Norwegian for roasting coffee
    "roast": ("brenning", "brenningsgrad", "brenngrad", "brenneprofil", "brent", "ristning", "ristegrad", "rosting",
              "rostegrad", "rosteprofil", "ristegrad", "risting", "brennegrad"),
    "variety": ("varietet", "varieteter", "sort", "sorter", "kaffesort", "varietal", "kultivar"),
    "altitude": ("høyde", "dyrkingshøyde", "altitude", "høyde over havet", "moh"),
    "producer": ("produsent", "produsenter", "bonde", "gård", "farm", "kooperativ", "finca", "vaskestasjon", "dyrker"),
    "notes": ("smaksnoter", "smak", "smaksprofil", "noter", "i koppen", "toner", "aromaer"),
    "weight": ("vekt", "nettovekt", "størrelse", "innhold", "pakning"),
}
PROCESS = {
    "washed": ("vasket", "vaskede", "washed", "våtprosessert", "våtprosess"),
    "natural": ("natural", "naturlig", "naturlige", "natur", "naturell", "tørrprosessert", "tørrprosess",
                "soltørket", "bærtørket", "tørket i bæret", "tørket i bærene"),
    "honey": ("honey", "honning", "honningprosess", "honningprosessert"),
    "anaerobic": ("anaerob", "anaerobt", "anaerobe", "anaerobic", "oksygenfri", "anaerob fermentering"),
    "carbonic maceration": ("karbonisk maserasjon", "kullsyremaserasjon", "carbonic maceration"),
    "pulped natural": ("pulped natural",),
    "wet-hulled": ("wet hulled", "giling basah", "semivasket"),
    "experimental": ("gjær", "melkesyre", "termisk sjokk", "kofermentert", "infused"),
}
# Words that state a natural process on their own, with no process word near (dried in the cherry).
STRONG_PROCESS_WORDS = ("honningprosess", "honningprosessert", "tørrprosessert", "tørrprosesserte", "tørrprosess", "soltørket", "soltørkede", "bærtørket", "bærtørkede",
                        "tørket i bæret", "tørket i bærene")
# (fermenting and drying are steps of the process)
PROCESS_CONTEXT = ("prosess", "prosessert", "foredlet", "behandlet", "metode", "prosessering",
                   "fermentering", "fermentert", "tørking", "tørket", "tørkede")
ROAST = {
    "light": ("lys", "lyst", "lyse", "lysbrent", "lysbrente", "lysristet", "lysrostet", "light", "nordisk"),
    "medium-light": ("lys-medium", "medium-lys", "lys til medium", "lett-medium", "lys-middels", "middels-lys",
                     "lys til middels", "middels lys", "lys-mellom", "mellomlys"),
    "medium": ("medium", "middels", "mellom", "mellombrent", "middelsbrent", "mellomristet", "mellomrostet"),
    "medium-dark": ("medium-mørk", "middels-mørk", "medium til mørk", "mørk-medium", "middels mørk",
                    "middels til mørk", "mørk-middels", "mellommørk"),
    "dark": ("mørk", "mørkt", "mørke", "mørkbrent", "mørkbrente", "mørkristet", "mørkrostet", "dark"),
    "omni": ("omni", "omnibrent"),
}
ROAST_CONTEXT = ("brenning", "brent", "brente", "brenner", "brennes", "brenningsgrad", "ristet", "brenneprofil",
                 "rostet", "rosting", "ristes", "rostes", "risting")
UNITS = {"gram": 1, "kilo": 1000, "kilogram": 1000}
QUANTITY_WORDS = {"ett": (1, 1), "en": (1, 1), "ei": (1, 1), "halv": (1, 2), "halvt": (1, 2)}
SUBSCRIPTION_OPTIONS = ("leveringsintervall", "leveringsfrekvens", "frekvens", "intervall")  # option names of a delivery rhythm
SIZE_OPTIONS = ("vekt", "størrelse", "pakning", "mengde", "pose")
BAGS = ("pose", "pakke", "boks")  # a single bag's size in prose: weight.bag_size_in_text
COFFEE = ("kaffe", "kaffebønner", "bønner", "hele bønner", "malt", "espresso", "filterkaffe", "brent",
          "single origin", "arabica", "mikrolot")
# Possessives before a country that names another of the shop's coffees, an aside in the lot's prose
# (origin.find_origins): "comme notre Kenya du mois dernier", "wie unser Kenia".
OUR = ("vår", "vårt", "våre")
# The word before the country a lot comes from, and the word that lists one more (origin.find_origins:
# "comme le Kenya du mois dernier, ce café vient de Colombie" is Colombia; "de Colombie et du Brésil" both).
FROM = ("fra",)
AND = ("og",)
BLEND = ("blanding", "blend", "kaffeblanding", "husets blanding")
DECAF = ("koffeinfri", "koffeinfritt", "decaf", "koffeinfrie")
# Before (after, in CJK) a machine a coffee is for: "Kaffe til kaffetrakter" (lang.for_purpose)
PURPOSE = ("til", "for")
NON_COFFEE = {
    # green (unroasted) beans are sold to home roasters: no roasted coffee
    "green coffee (unroasted)": ("råkaffe", "grønne kaffebønner", "ubrent", "ubrente", "grønn kaffe"),
    "subscription": ("abonnement", "kaffeabonnement", "abonnementer"),
    "gift card": ("gavekort", "gavebevis", "verdibevis"),
    "gift hamper": ("gaveeske", "gavekurv", "gavesett", "gaveboks"),
    "workshop/event": ("kurs", "kurset", "baristakurs", "kaffekurs", "workshop", "smaking", "kaffesmaking", "event"),
    "equipment: grinder": ("kvern", "kaffekvern", "håndkvern", "kverner"),
    "equipment: kettle": ("vannkoker", "kjele", "kanne", "helle kanne"),
    "equipment: brewer": ("dripper", "kaffetrakter", "kaffemaskin", "espressomaskin", "stempelkanne", "karaffel",
                          "french press", "trakter"),
    "equipment: scale": ("kaffevekt", "kjøkkenvekt", "vekt til kaffe"),
    "equipment: filters": ("filterpapir", "kaffefilter", "papirfilter"),
    "equipment": ("melkeskummer", "kaffeboks", "tamper", "melkekanne", "tilbehør", "boks", "oppbevaringsboks", "termometer", "måleskje", "avkalking"),
    "instant/sachet": ("kapsler", "kapsel", "pulverkaffe", "instant kaffe", "drip bags", "instant", "konsentrat"),
    "bundle/sampler": ("smakspakke", "smakskasse", "prøvepakke", "pakke"),
    "merch": ("klistremerker", "klistremerke", "krus", "kopp", "kopper", "glass", "bok", "bøker", "plakat", "plakater", "print", "trykk", "vimpel",
              "postkort", "klistremerke", "genser", "t-skjorte", "caps", "lue", "forkle", "handlenett", "veske",
              "stearinlys", "duftlys", "sokker", "flaske", "kaffekopp"),
    "not coffee: tea/food": ("te", "urtete", "sjokolade", "varm kakao", "kakao", "kjeks", "sirup", "cascara", "sjokoladeplate",
                             "konfekt", "mørk sjokolade", "melkesjokolade", "likør"),
}
COUNTRIES = {"ET": ("Etiopias",), "CO": ("Colombias",), "KE": ("Kenyas",), "BR": ("Brasils",)}
ADJECTIVES = {
    "ET": ("etiopisk", "etiopiske"), "CO": ("colombiansk", "colombianske"), "BR": ("brasiliansk", "brasilianske"),
    "KE": ("kenyansk", "kenyanske"), "GT": ("guatemalansk", "guatemalanske"), "PE": ("peruviansk", "peruvianske"),
    "RW": ("rwandisk", "rwandiske"),
    "HN": ("honduransk",), "MX": ("meksikansk",), "IN": ("indisk",), "ID": ("indonesisk",), "CR": ("costaricansk",),
    "BI": ("burundisk",), "SV": ("salvadoransk",), "NI": ("nicaraguansk",), "PA": ("panamansk",), "TZ": ("tanzaniansk",),
    "UG": ("ugandisk",), "YE": ("jemenittisk",), "BO": ("boliviansk",), "EC": ("ecuadoriansk",),
}


def inflect(name: str) -> tuple[str, ...]:
    """Genitive: "Etiopias kaffe"."""
    return () if name.endswith("s") else (name + "s",)

# Famous regions and farms that name their country (origin.py holds the English-named ones).
REGIONS = {}

# Grind option names and values (grind.py reads these after the English patterns find nothing).
GRIND_OPTIONS = ("kverning", "malegrad", "kvernet", "bryggemetode", "tilberedning")
GRIND = {"whole bean": ("hele bønner", "hel bønne", "bønner", "ukvernet", "umalt"),
         "ground": ("kvernet", "formalt", "malt kaffe"),
         "espresso": ("espressomaskin",),
         "moka pot": ("mokakanne",),
         "french press": ("presskanne", "stempelkanne"),
         "filter": ("filtermalt", "traktekaffe", "kaffetrakter", "filterkaffe"),
         "pour over": ("håndbrygg", "håndbrygging"),
         "turkish": ("tyrkisk",)}
