"""German: label keys, process and roast words, size units and non-coffee goods as German shops write them."""

LOCALES = ("de",)
SCRIPT = "latin"
COMPOUNDS = True  # "Kaffeemühle", "Espressotasse": the goods word ends the compound
LABELS = {
    "origin": ("herkunft", "herkunftsland", "ursprung", "ursprungsland", "land", "anbauland", "provenienz"),
    "region": ("region", "anbauregion", "anbaugebiet", "gebiet", "provinz", "herkunftsregion"),
    "process": ("aufbereitung", "aufbereitungsmethode", "aufbereitungsart", "verarbeitung", "prozess", "methode",
                "aufbereitungsverfahren"),
    "roast": ("röstung", "röstgrad", "röstprofil", "röststufe", "röstart", "röstungsgrad", "roestung", "röstintensität",
              "röstfarbe"),
    "variety": ("varietät", "varietäten", "sorte", "sorten", "kaffeesorte", "varietal", "kultivar", "botanische sorte"),
    "altitude": ("höhe", "anbauhöhe", "höhenlage", "lage"),
    "producer": ("produzent", "produzentin", "produzenten", "farmer", "farm", "plantage", "kooperative", "genossenschaft",
                 "erzeuger", "hersteller", "washing station", "finca", "hof"),
    "notes": ("geschmacksnoten", "geschmack", "aromen", "aroma", "noten", "tasting notes", "im geschmack",
              "geschmacksprofil", "aromaprofil", "in der tasse", "cupping notes"),
    "weight": ("gewicht", "inhalt", "füllmenge", "nettogewicht", "packungsgröße", "menge"),
}
PROCESS = {
    "washed": ("gewaschen", "gewaschene", "gewaschener", "gewaschenes", "nass aufbereitet", "nassaufbereitet",
               "nassaufbereitung", "nass", "washed", "vollständig gewaschen"),
    "natural": ("natürlich", "natürliche", "natur", "naturbelassen", "trocken aufbereitet", "trockenaufbereitet",
                "trockenaufbereitung", "trocken", "natural"),
    "honey": ("honig", "honey", "honigaufbereitung", "honey-aufbereitung"),
    "anaerobic": ("anaerob", "anaerobe", "anaerober", "anaerobes", "anaerobic", "anaerobe fermentation"),
    "carbonic maceration": ("karbonische mazeration", "kohlensäuremaischung", "carbonic maceration"),
    "pulped natural": ("pulped natural", "halbtrocken"),
    "wet-hulled": ("semi-washed", "halbgewaschen", "wet hulled", "giling basah"),
    "experimental": ("hefe", "hefefermentation", "milchsäure", "thermoschock", "koferment", "kofermentiert"),
}
# Words that state a natural process on their own, with no process word near (dried in the cherry).
STRONG_PROCESS_WORDS = ("trocken aufbereitet", "trockenaufbereitet", "trockenaufbereitung", "trocken aufbereitete",
                        "trocken aufbereiteter", "trocken aufbereitetes")
# (fermenting and drying are steps of the process)
PROCESS_CONTEXT = ("aufbereitet", "aufbereitung", "verarbeitet", "prozess", "verfahren", "aufbereitete",
                   "fermentation", "fermentiert", "fermentierte", "gärung", "trocknung", "getrocknet", "getrocknete")
ROAST = {
    "light": ("hell", "helle", "heller", "helles", "hellen", "leicht", "leichte", "nordisch", "skandinavisch"),
    "medium-light": ("mittelhell", "hell bis mittel", "hell-mittel", "mittel-hell"),
    "medium": ("mittel", "mittlere", "mittlerer", "mittleres", "mittelstark", "medium"),
    "medium-dark": ("mitteldunkel", "mittel bis dunkel", "mittel-dunkel", "dunkel-mittel", "mittelkräftig"),
    "dark": ("dunkel", "dunkle", "dunkler", "dunkles", "dunklen", "kräftig", "stark", "italienisch"),
    "omni": ("omni", "omniröstung", "omni-röstung"),
}
ROAST_CONTEXT = ("röstung", "geröstet", "röstgrad", "rösten", "rösten wir", "röstprofil", "gerösteter", "geröstete")
UNITS = {"gramm": 1, "kilogramm": 1000, "kilogr": 1000, "pfund": 500}
QUANTITY_WORDS = {"ein": (1, 1), "eine": (1, 1), "einen": (1, 1), "halb": (1, 2), "halbe": (1, 2), "halbes": (1, 2),
                  "halben": (1, 2), "zwei": (2, 1)}
SUBSCRIPTION_OPTIONS = ("lieferintervall", "lieferrhythmus", "lieferhäufigkeit", "laufzeit", "intervall")  # option names of a delivery rhythm
SIZE_OPTIONS = ("größe", "gewicht", "menge", "packungsgröße", "inhalt", "füllmenge", "packung", "beutel")
BAGS = ("beutel", "tüte", "packung", "päckchen")  # a single bag's size in prose: weight.bag_size_in_text
COFFEE = ("kaffee", "kaffees", "bohnen", "ganze bohne", "kaffeebohnen", "gemahlen", "espresso", "filterkaffee",
          "röstkaffee", "geröstet", "single origin", "arabica", "mikrolot")
# Possessives before a country that names another of the shop's coffees, an aside in the lot's prose
# (origin.find_origins): "comme notre Kenya du mois dernier", "wie unser Kenia".
OUR = ("unser", "unsere", "unserem", "unseren", "unserer", "unseres")
# The word before the country a lot comes from, and the word that lists one more (origin.find_origins:
# "comme le Kenya du mois dernier, ce café vient de Colombie" is Colombia; "de Colombie et du Brésil" both).
FROM = ("aus",)
AND = ("und",)
BLEND = ("mischung", "mischungen", "blend", "kaffeemischung", "espressomischung", "hausmischung")
DECAF = ("entkoffeiniert", "entkoffeinierter", "entkoffeinierte", "koffeinfrei", "koffeinfreier", "entcoffeiniert")
# Before (after, in CJK) a machine a coffee is for: "Espresso für Siebträger" (lang.for_purpose)
PURPOSE = ("für", "fuer")
NON_COFFEE = {
    # green (unroasted) beans are sold to home roasters: no roasted coffee
    "green coffee (unroasted)": ("rohkaffee", "rohkaffeebohnen", "ungeröstet", "ungerösteter", "ungeröstete", "grüne kaffeebohnen", "grüner kaffee"),
    "subscription": ("abo", "abonnement", "kaffeeabo", "kaffee-abo", "abos"),
    "gift card": ("gutschein", "geschenkgutschein", "geschenkkarte", "gutscheinkarte", "wertgutschein"),
    "gift hamper": ("geschenkset", "geschenkbox", "präsentkorb", "geschenkkorb"),
    "workshop/event": ("kurs", "kurse", "seminar", "workshop", "barista kurs", "schulung", "verkostung", "tasting"),
    "equipment: grinder": ("mühle", "mühlen", "kaffeemühle", "handmühle", "mahlwerk"),
    "equipment: kettle": ("wasserkocher", "kessel", "kanne", "wasserkessel"),
    "equipment: brewer": ("dripper", "handfilter", "filterhalter", "siebträger", "siebträgermaschine", "kaffeemaschine",
                          "espressomaschine", "espressokocher", "kocher", "karaffe", "french press", "stempelkanne",
                          "brüher"),
    "equipment: scale": ("waage", "kaffeewaage"),
    "equipment: filters": ("filterpapier", "papierfilter", "filtertüten", "kaffeefilter", "filterpapiere"),
    "equipment": ("porzellanfilter", "kaffeedose", "vorratsdose", "aromadose", "tamper", "milchkännchen", "kännchen", "zubehör", "reinigungstabletten", "entkalker", "dose",
                  "vorratsdose", "thermometer", "löffel", "dosierlöffel", "thermoskanne", "milchaufschäumer"),
    "instant/sachet": ("kapseln", "kapsel", "pads", "instantkaffee", "löslicher kaffee", "kaffeepads", "sticks", "konzentrat", "cold brew konzentrat", "kaffeekonzentrat"),
    "bundle/sampler": ("probierset", "probierpaket", "entdeckerset", "probierbox", "paket", "set", "adventskalender",
                       "weihnachtsbox", "geschenkbox", "kaffeebox", "entdeckerbox"),
    "merch": ("tasse", "tassen", "becher", "kaffeebecher", "glas", "gläser", "buch", "bücher", "poster", "druck",
              "kunstdruck", "wimpel", "postkarte", "aufkleber", "sticker", "shirt", "pullover", "mütze", "kappe",
              "schürze", "jutebeutel", "stoffbeutel", "kerze", "socken", "flasche", "trinkflasche"),
    "not coffee: tea/food": ("tee", "tees", "kräutertee", "schokolade", "trinkschokolade", "kakao", "kekse", "sirup",
                             "cascara", "gebäck", "honig im glas", "pralinen", "praline", "schokoriegel", "tafel schokolade",
                             "likör", "liköre"),
}
COUNTRIES = {"ET": ("Aethiopien", "Äthiopiens"), "CO": ("Kolumbiens",), "SV": ("Salvador",), "CR": ("Costa Ricas",),
             "CI": ("Elfenbeinküste",)}
ADJECTIVES = {
    "ET": ("äthiopisch", "äthiopischer", "äthiopische", "äthiopisches"),
    "CO": ("kolumbianisch", "kolumbianischer", "kolumbianische", "kolumbianisches"),
    "BR": ("brasilianisch", "brasilianischer", "brasilianische", "brasilianisches"),
    "KE": ("kenianisch", "kenianischer", "kenianische", "kenianisches"),
    "GT": ("guatemaltekisch", "guatemaltekischer", "guatemaltekische"),
    "PE": ("peruanisch", "peruanischer", "peruanische"), "HN": ("honduranisch", "honduranischer", "honduranische"),
    "MX": ("mexikanisch", "mexikanischer", "mexikanische"), "IN": ("indisch", "indischer", "indische"),
    "ID": ("indonesisch", "indonesischer", "indonesische"), "RW": ("ruandisch", "ruandischer", "ruandische"),
    "CR": ("costa-ricanisch", "costaricanisch"), "BI": ("burundisch",), "SV": ("salvadorianisch",),
    "NI": ("nicaraguanisch",), "PA": ("panamaisch",), "TZ": ("tansanisch", "tanzanisch"), "UG": ("ugandisch",), "YE": ("jemenitisch",),
    "BO": ("bolivianisch",), "EC": ("ecuadorianisch",),
}

# Famous regions and farms that name their country (origin.py holds the English-named ones).
REGIONS = {}

# Grind option names and values (grind.py reads these after the English patterns find nothing).
GRIND_OPTIONS = ("mahlgrad", "mahlung", "mahlart", "zubereitung", "zubereitungsart", "zubereitungsmethode", "brühmethode")
GRIND = {"whole bean": ("ganze bohne", "ganze bohnen", "bohne", "bohnen", "ungemahlen"),
         "ground": ("gemahlen", "mahlen"),
         "espresso": ("siebträger", "espressomaschine", "espressokanne"),
         "moka pot": ("espressokocher", "herdkanne", "mokkakanne", "caffettiera"),
         "french press": ("stempelkanne", "pressstempelkanne", "kaffeepresse"),
         "filter": ("filtermaschine", "kaffeemaschine", "filterkaffee"),
         "pour over": ("handfilter", "handaufguss", "karlsbader kanne"),
         "turkish": ("türkisch", "türkischer mokka")}
