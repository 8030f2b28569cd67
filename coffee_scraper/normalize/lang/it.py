"""Italian: label keys, process and roast words, size units and non-coffee goods as Italian shops write them."""

LOCALES = ("it",)
SCRIPT = "latin"
COMPOUNDS = False
LABELS = {
    "origin": ("origine", "paese", "paese di origine", "provenienza", "nazione"),
    "region": ("regione", "zona", "area", "provincia", "dipartimento"),
    "process": ("lavorazione", "processo", "metodo di lavorazione", "processamento", "trattamento", "metodo"),
    "roast": ("tostatura", "grado di tostatura", "livello di tostatura", "profilo di tostatura", "tostato", "torrefazione",
              "grado di torrefazione", "livello di torrefazione"),
    "variety": ("varietà", "varietale", "varietali", "cultivar", "varieta"),
    "altitude": ("altitudine", "altezza", "quota"),
    "producer": ("produttore", "produttori", "fattoria", "finca", "azienda", "cooperativa", "piantagione", "stazione di lavaggio"),
    "notes": ("note di degustazione", "note aromatiche", "note", "aromi", "sentori", "profilo aromatico", "in tazza",
              "gusto", "profilo sensoriale"),
    "weight": ("peso", "peso netto", "formato", "confezione", "contenuto"),
}
PROCESS = {
    "washed": ("lavato", "lavata", "lavati", "completamente lavato", "ad umido", "via umida", "a umido"),
    "natural": ("naturale", "naturali", "natural", "a secco", "via secca"),
    "honey": ("honey", "miele"),
    "anaerobic": ("anaerobico", "anaerobica", "anaerobici", "fermentazione anaerobica"),
    "carbonic maceration": ("macerazione carbonica",),
    "pulped natural": ("semi-lavato naturale", "polpato naturale", "pulped natural"),
    "wet-hulled": ("semi lavato", "semilavato", "semi-lavato"),
    "experimental": ("lieviti", "lievito", "fermentazione lattica", "shock termico", "co-fermentato", "infuso"),
}
# Words that state a natural process on their own, with no process word near (dried in the cherry).
STRONG_PROCESS_WORDS = ("via secca",)
# (fermenting and drying are steps of the process)
PROCESS_CONTEXT = ("lavorazione", "processo", "processato", "lavorato", "trattato", "metodo", "fermentazione",
                   "fermentato", "fermentata", "essiccazione", "essiccato", "essiccata", "asciugatura")
ROAST = {
    "light": ("chiara", "chiaro", "leggera", "leggero", "nordica", "bassa", "scandinava", "bionda"),
    "medium-light": ("medio chiara", "medio-chiara", "media chiara", "medio-leggera", "chiara-media"),
    "medium": ("media", "medio", "medium"),
    "medium-dark": ("medio scura", "medio-scura", "media scura", "medio-alta", "media-alta"),
    "dark": ("scura", "scuro", "alta", "intensa", "forte", "napoletana", "all'italiana"),
    "omni": ("omni", "omniroast"),
}
ROAST_CONTEXT = ("tostatura", "tostato", "tostata", "tostiamo", "tostati", "tostate", "torrefazione", "torrefatto",
                 "torrefatta", "torrefatti")
UNITS = {"grammi": 1, "grammo": 1, "chilo": 1000, "chili": 1000, "chilogrammi": 1000, "chilogrammo": 1000}
QUANTITY_WORDS = {"un": (1, 1), "uno": (1, 1), "una": (1, 1), "mezzo": (1, 2), "mezza": (1, 2), "due": (2, 1)}
SUBSCRIPTION_OPTIONS = ("frequenza", "frequenza di consegna", "cadenza", "durata abbonamento")  # option names of a delivery rhythm
SIZE_OPTIONS = ("peso", "formato", "confezione", "quantità", "dimensione", "grammatura")
BAGS = ("sacchetto", "busta", "confezione", "pacchetto", "barattolo")  # a single bag's size in prose: weight.bag_size_in_text
COFFEE = ("caffè", "caffe", "in grani", "chicchi", "grani", "macinato", "tostato", "monorigine", "singola origine",
          "specialty", "arabica", "microlotto")
# Possessives before a country that names another of the shop's coffees, an aside in the lot's prose
# (origin.find_origins): "comme notre Kenya du mois dernier", "wie unser Kenia".
OUR = ("nostro", "nostra", "nostri", "nostre")
# The word before the country a lot comes from, and the word that lists one more (origin.find_origins:
# "comme le Kenya du mois dernier, ce café vient de Colombie" is Colombia; "de Colombie et du Brésil" both).
FROM = ("da", "dal", "dalla", "dall", "di", "del", "della", "dell")
AND = ("e", "ed")
BLEND = ("miscela", "miscele", "blend")
DECAF = ("decaffeinato", "decaffeinata", "deca", "senza caffeina", "dek")
# Before (after, in CJK) a machine a coffee is for: "Caffè per macchina espresso" (lang.for_purpose)
PURPOSE = ("per",)
NON_COFFEE = {
    # green (unroasted) beans are sold to home roasters: no roasted coffee
    "green coffee (unroasted)": ("caffè verde", "caffe verde", "caffè crudo", "caffe crudo", "chicchi verdi", "non tostato"),
    "subscription": ("abbonamento", "abbonamenti", "abbonati"),
    "gift card": ("carta regalo", "buono regalo", "gift card", "voucher"),
    "gift hamper": ("confezione regalo", "cesto regalo", "box regalo", "scatola regalo"),
    "workshop/event": ("corso", "corsi", "workshop", "masterclass", "degustazione guidata", "lezione"),
    "equipment: grinder": ("macinacaffè", "macinino", "macinini", "macinacaffe", "macina"),
    "equipment: kettle": ("bollitore", "bollitori"),
    "equipment: brewer": ("moka express", "caffettiera moka", "caffettiera", "caffettiere", "dripper", "french press", "macchina da caffè",
                          "macchina espresso", "caraffa", "infusiera"),
    "equipment: scale": ("bilancia", "bilance"),
    "equipment: filters": ("filtri", "filtri di carta", "filtri carta", "carta filtro"),
    "equipment": ("portafiltro", "montalatte", "tamper", "pressino", "lattiera", "accessorio", "accessori", "barattolo", "termometro", "cucchiaino"),
    "instant/sachet": ("capsule", "capsula", "cialde", "cialda", "solubile", "caffè solubile", "drip bag", "bustine", "concentrato"),
    "bundle/sampler": ("kit degustazione", "kit", "pacchetto", "confezione assortita", "assaggio"),
    "merch": ("borsa in tela", "adesivi", "adesivo", "tazza", "tazze", "tazzina", "tazzine", "bicchiere", "maglietta", "t-shirt", "felpa", "cappellino",
              "grembiule", "libro", "libri", "poster", "stampa", "gagliardetto", "cartolina", "adesivo", "borraccia",
              "shopper", "candela", "calzini"),
    "not coffee: tea/food": ("tè", "tisana", "infuso", "cioccolata", "cioccolato", "biscotti", "sciroppo",
                             "cascara", "cioccolatini", "cioccolatino", "praline", "tavoletta", "tavolette",
                             "crema spalmabile", "caramelle", "tè verde", "tè nero", "tisane",
                             "liquore", "liquori"),
}
COUNTRIES = {"ET": ("Etiopia",), "CO": ("Colombia",), "SV": ("Salvador",)}
ADJECTIVES = {
    "ET": ("etiope", "etiopico"), "CO": ("colombiano", "colombiana"), "BR": ("brasiliano", "brasiliana"),
    "KE": ("keniota", "keniano"), "GT": ("guatemalteco", "guatemalteca"), "PE": ("peruviano", "peruviana"),
    "HN": ("honduregno",), "MX": ("messicano", "messicana"), "IN": ("indiano", "indiana"),
    "ID": ("indonesiano", "indonesiana"), "RW": ("ruandese",), "CR": ("costaricano", "costaricense"),
    "BI": ("burundese",), "SV": ("salvadoregno",), "NI": ("nicaraguense",), "PA": ("panamense",),
    "TZ": ("tanzaniano",), "UG": ("ugandese",), "YE": ("yemenita",), "BO": ("boliviano",), "EC": ("ecuadoriano",),
}

# Famous regions and farms that name their country (origin.py holds the English-named ones).
REGIONS = {}

# Grind option names and values (grind.py reads these after the English patterns find nothing).
GRIND_OPTIONS = ("macinatura", "tipo di macinatura", "grado di macinatura", "macinato per", "metodo di estrazione", "metodo di preparazione")
GRIND = {"whole bean": ("in grani", "grani", "chicchi", "caffè in grani", "grano", "non macinato"),
         "ground": ("macinato", "macinata", "caffè macinato"),
         "espresso": ("espresso", "macchina espresso", "macchina da espresso"),
         "moka pot": ("moka", "caffettiera", "caffettiera moka"),
         "french press": ("pressa francese", "stantuffo", "caffettiera a stantuffo"),
         "filter": ("filtro", "caffè filtro", "macchina filtro"),
         "cold brew": ("estrazione a freddo",),
         "turkish": ("turco", "alla turca")}
