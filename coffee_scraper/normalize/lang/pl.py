"""Polish: label keys, process and roast words (with their case endings), size units and non-coffee goods."""

LOCALES = ("pl",)
SCRIPT = "latin"
COMPOUNDS = False
LABELS = {
    "origin": ("pochodzenie", "kraj", "kraj pochodzenia", "origin", "państwo"),
    "region": ("region", "rejon", "prowincja", "departament", "obszar"),
    "process": ("obróbka", "proces", "metoda obróbki", "obróbka ziarna", "przetwarzanie", "metoda", "rodzaj obróbki"),
    "roast": ("palenie", "stopień palenia", "stopień wypalenia", "profil palenia", "wypalenie", "palona", "poziom palenia"),
    "variety": ("odmiana", "odmiany", "odmiana botaniczna", "varietal", "gatunek"),
    "altitude": ("wysokość", "wysokość uprawy", "wysokosc", "wysokość n.p.m."),
    "producer": ("producent", "producenci", "farma", "plantacja", "farmer", "rolnik", "spółdzielnia", "kooperatywa",
                 "stacja obróbki", "przetwórnia", "finca"),
    "notes": ("nuty smakowe", "w smaku", "smak", "profil smakowy", "nuty", "aromat", "w filiżance", "profil sensoryczny"),
    "weight": ("waga", "gramatura", "waga netto", "opakowanie", "pojemność"),
}
PROCESS = {
    "washed": ("myta", "myty", "mytej", "mytą", "mytego", "obróbka mokra", "mokra", "mokrej", "washed"),
    "natural": ("naturalna", "naturalny", "naturalnej", "naturalną", "naturalnego", "sucha", "suchej", "obróbka sucha",
                "natural", "naturalnie", "suszona w owocu", "suszone w owocach", "suszone w całości", "suszona w całości",
                "suszony w całości", "suszenie w całości"),
    "honey": ("miodowa", "miodowej", "miodową", "honey", "miodowy"),
    "anaerobic": ("anaerobowa", "anaerobowy", "anaerobowej", "anaerobową", "beztlenowa", "beztlenowej", "beztlenową",
                  "fermentacja beztlenowa", "anaerobic"),
    "carbonic maceration": ("maceracja węglowa", "maceracja węglowej", "carbonic maceration", "maceracja karboniczna"),
    "pulped natural": ("pulped natural", "półsucha"),
    "wet-hulled": ("wet hulled", "giling basah", "półmyta", "semi-washed"),
    "experimental": ("drożdże", "drożdżowa", "fermentacja mlekowa", "szok termiczny", "kofermentacja", "infused"),
}
# (fermenting and drying are steps of the process)
PROCESS_CONTEXT = ("obróbka", "obróbki", "obróbce", "obróbką", "przetworzona", "proces", "procesie", "metodą", "metoda",
                   "obrabiana", "obrabiany", "obrabiane", "obrobiona", "obrobiony", "przetworzony", "przetwarzana",
                   "fermentacja", "fermentacji", "fermentowana", "fermentowane", "suszenie", "suszenia", "suszona", "suszone")
ROAST = {
    "light": ("jasne", "jasny", "jasna", "jasnego", "jaśniej", "lekkie", "jasno", "light"),
    "medium-light": ("średnio jasne", "średnio-jasne", "jasne do średniego", "jasno-średnie"),
    "medium": ("średnie", "średni", "średnia", "średniego", "średnio", "medium"),
    "medium-dark": ("średnio ciemne", "średnio-ciemne", "średnie do ciemnego", "ciemno-średnie"),
    "dark": ("ciemne", "ciemny", "ciemna", "ciemnego", "mocne", "ciemno", "dark"),
    "omni": ("omni", "omniroast", "uniwersalne"),
}
ROAST_CONTEXT = ("palenie", "palona", "palony", "palone", "palenia", "paleniu", "wypalona", "wypalenie", "palimy",
                 "paloną")
UNITS = {"gram": 1, "gramów": 1, "gramy": 1, "kilogram": 1000, "kilogramy": 1000}
QUANTITY_WORDS = {"jeden": (1, 1), "jedna": (1, 1), "jedno": (1, 1), "pół": (1, 2), "dwa": (2, 1), "dwie": (2, 1)}
SUBSCRIPTION_OPTIONS = ("częstotliwość", "częstotliwość dostaw", "częstotliwość wysyłki")  # option names of a delivery rhythm
SIZE_OPTIONS = ("waga", "gramatura", "opakowanie", "rozmiar", "pojemność", "wielkość")
BAGS = ("torebka", "opakowanie", "paczka", "puszka")  # a single bag's size in prose: weight.bag_size_in_text
COFFEE = ("kawa", "kawy", "kawę", "kawą", "ziarno", "ziarnista", "ziarnie", "mielona", "palona", "speciality", "arabika",
          "arabica", "single origin", "mikrolot")
# Possessives before a country that names another of the shop's coffees, an aside in the lot's prose
# (origin.find_origins): "comme notre Kenya du mois dernier", "wie unser Kenia".
OUR = ("nasz", "nasza", "naszej", "naszego", "naszym", "naszą", "nasze")
# The word before the country a lot comes from, and the word that lists one more (origin.find_origins:
# "comme le Kenya du mois dernier, ce café vient de Colombie" is Colombia; "de Colombie et du Brésil" both).
FROM = ("z", "ze")
AND = ("i", "oraz")
BLEND = ("mieszanka", "mieszanki", "mieszankę", "blend")
DECAF = ("bezkofeinowa", "bezkofeinowy", "bez kofeiny", "bezkofeinową", "decaf")
# Before (after, in CJK) a machine a coffee is for: "Kawa do ekspresu" (lang.for_purpose)
PURPOSE = ("do",)
NON_COFFEE = {
    # green (unroasted) beans are sold to home roasters: no roasted coffee
    "green coffee (unroasted)": ("zielona kawa", "kawa zielona", "niepalona", "niepalone", "zielone ziarna"),
    "subscription": ("subskrypcja", "subskrypcji", "prenumerata", "abonament"),
    "gift card": ("karta podarunkowa", "bon podarunkowy", "voucher", "bon prezentowy", "karta prezentowa"),
    "gift hamper": ("zestaw prezentowy", "kosz prezentowy", "box prezentowy"),
    "workshop/event": ("warsztaty", "szkolenie", "szkolenia", "kurs", "kursy", "degustacja"),
    "equipment: grinder": ("młynek", "młynki", "młynka"),
    "equipment: kettle": ("czajnik", "czajniki", "czajnika"),
    "equipment: brewer": ("dripper", "zaparzacz", "kawiarka", "ekspres", "ekspres do kawy", "french press",
                          "karafka", "dzbanek", "chemex"),
    "equipment: scale": ("waga do kawy", "wagi", "waga elektroniczna"),
    "equipment: filters": ("filtry", "filtry papierowe", "sączki", "filtrów"),
    "equipment": ("spieniacz", "spieniacz do mleka", "kolba", "tamper", "dzbanek do mleka", "akcesoria", "pojemnik", "termometr", "łyżka", "miarka"),
    "instant/sachet": ("kapsułki", "kapsułka", "rozpuszczalna", "kawa rozpuszczalna", "saszetki", "saszetkach", "saszetka", "kapsułkach", "kapsułek", "drip bagi", "dripbagi",
                       "kapsułkami", "drip bag", "koncentrat"),
    "bundle/sampler": ("zestaw", "zestaw degustacyjny", "pakiet", "próbki"),
    "merch": ("naklejki", "naklejka", "kubek", "kubki", "filiżanka", "filiżanki", "szklanka", "szklanki", "koszulka", "bluza", "czapka",
              "fartuch", "książka", "książki", "plakat", "grafika", "proporczyk", "pocztówka", "naklejka", "torba",
              "świeca", "skarpetki", "butelka"),
    "not coffee: tea/food": ("herbata", "herbaty", "herbatę", "napar", "czekolada", "czekolada pitna", "ciastka",
                             "syrop", "cascara", "czekoladki", "czekolada gorzka", "czekolada mleczna", "praliny",
                             "tabliczka czekolady", "herbata zielona", "zielona herbata",
                             "likier", "likiery"),
}
COUNTRIES = {"SV": ("Salwador", "Salwadoru"), "KE": ("Kenya",), "CR": ("Kostaryka", "Kostaryki"),
             "IN": ("Indii", "Indiach"), "NI": ("Nikaragui",), "DO": ("Dominikana", "Dominikany"), "MM": ("Birma", "Birmy"),
             "RW": ("Rwanda",), "CD": ("Demokratyczna Republika Konga", "Demokratycznej Republiki Konga", "DR Konga",
                                        "DR Kongo")}
ADJECTIVES = {
    "ET": ("etiopska", "etiopski", "etiopskie"), "CO": ("kolumbijska", "kolumbijski", "kolumbijskie"),
    "BR": ("brazylijska", "brazylijski", "brazylijskie"), "KE": ("kenijska", "kenijski", "kenijskie"),
    "GT": ("gwatemalska", "gwatemalski"), "PE": ("peruwiańska", "peruwiański"), "HN": ("honduraska", "honduraski"),
    "MX": ("meksykańska", "meksykański"), "IN": ("indyjska", "indyjski"), "RW": ("rwandyjska", "rwandyjski"),
    "ID": ("indonezyjska", "indonezyjski"), "CR": ("kostarykańska", "kostarykański"), "BI": ("burundyjska", "burundyjski"),
    "SV": ("salwadorska", "salwadorski"), "NI": ("nikaraguańska", "nikaraguański"), "PA": ("panamska", "panamski"),
    "TZ": ("tanzańska", "tanzański"), "UG": ("ugandyjska", "ugandyjski"), "YE": ("jemeńska", "jemeński"),
    "BO": ("boliwijska", "boliwijski"), "EC": ("ekwadorska", "ekwadorski"),
}


def inflect(name: str) -> tuple[str, ...]:
    """Genitive and locative of a country name ("z Etiopii", "w Kolumbii", "z Hondurasu", "z Gwatemali"), and
    the accusative and instrumental of the feminine ones ("łączy Brazylię i Gwatemalę", "z Etiopią")."""
    low = name.lower()
    if " " in name:
        return ()
    if low.endswith(("ia", "ja")):
        return (name[:-1] + "i", name[:-1] + "ę", name[:-1] + "ą")
    if low.endswith(("ka", "ga", "la")):
        return (name[:-1] + "i", name[:-1] + "ę", name[:-1] + "ą")
    if low.endswith("a"):
        return (name[:-1] + "y", name[:-1] + "zie", name[:-1] + "ę", name[:-1] + "ą")
    if low[-1] in "bcdfghjklłmnprstwz":
        return (name + "u", name + "ie")
    return ()

# Famous regions and farms that name their country (origin.py holds the English-named ones).
REGIONS = {"US": ("Hawaje", "Hawajów")}

# Grind option names and values (grind.py reads these after the English patterns find nothing).
GRIND_OPTIONS = ("mielenie", "stopień zmielenia", "stopień mielenia", "sposób mielenia", "zmielenie", "metoda parzenia", "metoda przygotowania")
GRIND = {"whole bean": ("ziarno", "ziarnista", "ziarniste", "w ziarnach", "w ziarnie", "całe ziarna", "kawa ziarnista", "niemielona"),
         "ground": ("mielona", "mielone", "zmielona", "zmielone", "kawa mielona"),
         "espresso": ("ekspres", "ekspresu", "ekspres kolbowy", "kolba", "kolby", "ekspres ciśnieniowy", "ekspresu ciśnieniowego"),
         "moka pot": ("kawiarka", "kawiarki", "kawiarce"),
         "french press": ("prasa francuska", "prasy francuskiej", "zaparzacz tłokowy", "zaparzacza tłokowego"),
         "filter": ("przelew", "przelewu", "przelewowy", "przelewowa", "ekspres przelewowy", "ekspresu przelewowego"),
         "turkish": ("po turecku", "turecka")}
