"""English: the words the English rules (text.py, process.py, roast.py, classify.py) do not already know."""

LOCALES = ()  # pycountry's own names are English
SCRIPT = "latin"
COMPOUNDS = False
LABELS = {
    "weight": ("net weight", "weight", "bag size", "size", "net wt"),
}
PROCESS = {}
PROCESS_CONTEXT = ()
ROAST = {}
ROAST_CONTEXT = ()
UNITS = {}
# A quantity written as a word before a unit ("mezzo chilo", "ein Kilo"): (numerator, denominator).
QUANTITY_WORDS = {"one": (1, 1), "half": (1, 2), "quarter": (1, 4), "two": (2, 1)}
SIZE_OPTIONS = ()
COFFEE = ("coffee", "coffees", "beans", "whole bean", "espresso", "single origin", "roasted", "roast", "micro lot",
          "microlot", "peaberry", "arabica", "robusta", "cold brew")
# Possessives before a country that names another of the shop's coffees, an aside in the lot's prose
# (origin.find_origins): "comme notre Kenya du mois dernier", "wie unser Kenia".
OUR = ("our",)
# The word before the country a lot comes from, and the word that lists one more (origin.find_origins:
# "comme le Kenya du mois dernier, ce café vient de Colombie" is Colombia; "de Colombie et du Brésil" both).
FROM = ("from",)
AND = ("and",)
BLEND = ("house blend", "espresso blend")
DECAF = ()
NON_COFFEE = {
    "merch": ("pennant", "pennants", "art print", "print", "prints", "poster", "posters", "book", "books", "zine",
              "patch", "pin badge", "umbrella", "blanket", "towel", "bottle opener", "lanyard", "sticker pack", "thermos", "flask",
              "tea towel", "puzzle", "jigsaw", "coaster", "coasters", "keyring", "key ring", "vinyl", "record"),
}
COUNTRIES = {}
ADJECTIVES = {}

# Famous regions and farms that name their country (origin.py holds the English-named ones).
REGIONS = {}
