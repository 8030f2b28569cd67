"""Swedish: label keys, process and roast words, size units and non-coffee goods as Swedish shops write them."""

LOCALES = ("sv",)
SCRIPT = "latin"
COMPOUNDS = True  # "kaffekvarn", "presentkort"
LABELS = {
    "origin": ("ursprung", "land", "ursprungsland", "härkomst", "odlingsland"),
    "region": ("region", "område", "odlingsområde", "distrikt", "provins"),
    "process": ("process", "beredning", "beredningsmetod", "förädling", "metod", "processmetod", "behandling"),
    "roast": ("rostning", "rostningsgrad", "rostgrad", "rostprofil", "rostad", "rostningsprofil"),
    "variety": ("varietet", "varieteter", "sort", "sorter", "kaffesort", "varietal", "kultivar"),
    "altitude": ("höjd", "odlingshöjd", "altitud", "höjd över havet"),
    "producer": ("producent", "producenter", "odlare", "gård", "farm", "kooperativ", "finca", "tvättstation", "bonde"),
    "notes": ("smaknoter", "smak", "smakprofil", "toner", "i koppen", "noter", "smaker", "aromer"),
    "weight": ("vikt", "nettovikt", "storlek", "förpackning", "innehåll"),
}
PROCESS = {
    "washed": ("tvättad", "tvättade", "tvättat", "tvättats", "washed", "våtberedd", "våtprocess", "våtprocessad",
               "våtbehandlad"),
    "natural": ("naturell", "naturellt", "naturella", "naturel", "natural", "naturlig", "naturligt", "torrberedd", "torrprocess",
                "torrprocessad", "torrbehandlad", "soltorkad", "bärtorkad",
                "torkat i bäret", "torkad i bäret", "torkade i bären"),
    "honey": ("honey", "honung", "honungsprocess", "honungsprocessad"),
    "anaerobic": ("anaerob", "anaerobt", "anaeroba", "anaerobic", "syrefri", "anaerob fermentering"),
    "carbonic maceration": ("kolsyremaceration", "karbonisk maceration", "carbonic maceration"),
    "pulped natural": ("pulped natural",),
    "wet-hulled": ("wet hulled", "giling basah", "semitvättad"),
    "experimental": ("jäst", "mjölksyra", "termisk chock", "samfermenterad", "infused"),
}
# Words that state a natural process on their own, with no process word near (dried in the cherry).
STRONG_PROCESS_WORDS = ("honungsprocess", "honungsprocessad", "honungsprocessat", "torrprocessad", "torrprocessat", "torrprocessade", "torrberedd", "torrberett", "torrberedda", "soltorkad",
                        "soltorkat", "soltorkade", "bärtorkad", "bärtorkat", "bärtorkade", "torrprocess",
                        "torkat i bäret", "torkad i bäret", "torkade i bären")
# (fermenting and drying are steps of the process)
PROCESS_CONTEXT = ("process", "processad", "beredd", "beredning", "processat", "metod", "processerad",
                   "fermentering", "fermenterad", "fermenterat", "torkning", "torkad", "torkat", "torkade")
ROAST = {
    "light": ("ljus", "ljusrost", "ljusrostad", "ljusrostat", "ljust", "ljusa", "light"),
    "medium-light": ("ljus-mellan", "ljusmellan", "mellanljus", "ljus till mellan", "ljus/mellan", "medelljus", "ljus-medel",
                     "ljusmedel"),
    "medium": ("mellan", "mellanrost", "mellanrostad", "mellanrostat", "medium", "medel", "medelrost", "medelrostad"),
    "medium-dark": ("mellanmörk", "mellan-mörk", "mellan till mörk", "mellan/mörk", "medelmörk", "medel-mörk",
                    "mellanmörkrost", "mellanmörkrostad"),
    "dark": ("mörk", "mörkrost", "mörkrostad", "mörkrostat", "mörkt", "mörka", "dark"),
    "omni": ("omni", "omnirost", "omnirostad"),
}
ROAST_CONTEXT = ("rostning", "rostad", "rostat", "rostade", "rostar", "rostas", "rost", "rostningsgrad")
UNITS = {"gram": 1, "kilo": 1000, "kilogram": 1000}
QUANTITY_WORDS = {"ett": (1, 1), "en": (1, 1), "halv": (1, 2), "halvt": (1, 2), "två": (2, 1)}
SUBSCRIPTION_OPTIONS = ("leveransintervall", "leveransfrekvens", "frekvens", "intervall")  # option names of a delivery rhythm
SIZE_OPTIONS = ("vikt", "storlek", "förpackning", "mängd", "påse")
BAGS = ("påse", "förpackning", "paket", "burk")  # a single bag's size in prose: weight.bag_size_in_text
COFFEE = ("kaffe", "kaffebönor", "bönor", "hela bönor", "malet", "malt", "espresso", "bryggkaffe", "rostat",
          "single origin", "arabica", "mikrolott")
# Possessives before a country that names another of the shop's coffees, an aside in the lot's prose
# (origin.find_origins): "comme notre Kenya du mois dernier", "wie unser Kenia".
OUR = ("vår", "vårt", "våra")
# The word before the country a lot comes from, and the word that lists one more (origin.find_origins:
# "comme le Kenya du mois dernier, ce café vient de Colombie" is Colombia; "de Colombie et du Brésil" both).
FROM = ("från",)
AND = ("och",)
BLEND = ("blandning", "blend", "kaffeblandning", "husblandning")
DECAF = ("koffeinfri", "koffeinfritt", "decaf", "koffeinfria")
# Before (after, in CJK) a machine a coffee is for: "Kaffe till bryggare" (lang.for_purpose)
PURPOSE = ("till", "för")
NON_COFFEE = {
    # green (unroasted) beans are sold to home roasters: no roasted coffee
    "green coffee (unroasted)": ("råkaffe", "gröna kaffebönor", "orostat", "orostade", "grönt kaffe"),
    "subscription": ("prenumeration", "kaffeprenumeration", "abonnemang", "prenumerera"),
    "gift card": ("presentkort", "gåvokort", "värdebevis"),
    "gift hamper": ("presentask", "presentförpackning", "presentkorg", "julklapp"),
    "workshop/event": ("kurs", "kurser", "baristakurs", "kaffekurs", "bryggkurs", "workshop", "provning", "kaffeprovning", "utbildning"),
    "equipment: grinder": ("kvarn", "kaffekvarn", "handkvarn", "kvarnar"),
    "equipment: kettle": ("vattenkokare", "kanna", "droppkanna"),
    "equipment: brewer": ("dripper", "kaffebryggare", "bryggare", "espressomaskin", "presskanna", "karaff", "mokabryggare",
                          "french press"),
    "equipment: scale": ("våg", "kaffevåg"),
    "equipment: filters": ("filterpapper", "kaffefilter", "pappersfilter"),
    "equipment": ("mjölkskummare", "kaffeburk", "tamper", "mjölkkanna", "tillbehör", "burk", "förvaringsburk", "termometer", "mått", "avkalkning"),
    "instant/sachet": ("kapslar", "kapsel", "snabbkaffe", "pulverkaffe", "drip bags", "instant", "koncentrat"),
    "bundle/sampler": ("provpaket", "provlåda", "smakpaket", "paket"),
    "merch": ("tygpåse", "klistermärken", "klistermärke", "mugg", "muggar", "kopp", "koppar", "glas", "bok", "böcker", "affisch", "poster", "tryck", "vimpel",
              "vykort", "klistermärke", "tröja", "keps", "mössa", "förkläde", "tygkasse", "kasse", "doftljus", "stearinljus", "strumpor", "kaffekopp",
              "flaska"),
    "not coffee: tea/food": ("te", "örtte", "choklad", "varm choklad", "kakor", "sirap", "cascara", "kex", "chokladkaka",
                             "praliner", "mörk choklad", "mjölkchoklad", "likör"),
}
COUNTRIES = {"ET": ("Etiopiens",), "CO": ("Colombias",), "KE": ("Kenyas",), "BR": ("Brasiliens",)}
ADJECTIVES = {
    "ET": ("etiopisk", "etiopiskt", "etiopiska"), "CO": ("colombiansk", "colombianskt", "colombianska"),
    "BR": ("brasiliansk", "brasilianskt", "brasilianska"), "KE": ("kenyansk", "kenyanskt", "kenyanska"),
    "GT": ("guatemalansk", "guatemalanska"), "PE": ("peruansk", "peruanska"), "RW": ("rwandisk", "rwandiska"),
    "HN": ("honduransk",), "MX": ("mexikansk",), "IN": ("indisk",), "ID": ("indonesisk",), "CR": ("costaricansk",),
    "BI": ("burundisk",), "SV": ("salvadoransk",), "NI": ("nicaraguansk",), "PA": ("panamansk",), "TZ": ("tanzanisk",),
    "UG": ("ugandisk",), "YE": ("jemenitisk",), "BO": ("boliviansk",), "EC": ("ecuadoriansk",),
}


def inflect(name: str) -> tuple[str, ...]:
    """Genitive: "Etiopiens kaffe", "Colombias högland"."""
    return () if name.endswith("s") else (name + "s",)

# Famous regions and farms that name their country (origin.py holds the English-named ones).
REGIONS = {}

# Grind option names and values (grind.py reads these after the English patterns find nothing).
GRIND_OPTIONS = ("malning", "malningsgrad", "bryggmetod", "tillagning")
GRIND = {"whole bean": ("hela bönor", "hel böna", "bönor", "omalet", "omalda"),
         "ground": ("malet", "malda", "malt kaffe"),
         "espresso": ("espressomaskin",),
         "moka pot": ("mokabryggare", "mokakanna"),
         "french press": ("presskanna", "pressbryggare"),
         "filter": ("bryggkaffe", "bryggmalet", "kaffebryggare", "filtermalet"),
         "pour over": ("handbryggt", "manuell bryggning"),
         "turkish": ("turkisk", "turkiskt")}
