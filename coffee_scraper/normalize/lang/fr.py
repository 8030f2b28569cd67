"""French: label keys, process and roast words, size units and non-coffee goods as French shops write them."""

LOCALES = ("fr",)
SCRIPT = "latin"
COMPOUNDS = False
LABELS = {
    "origin": ("origine", "origines", "pays", "pays d'origine", "pays de production", "provenance"),
    "region": ("région", "régions", "région de production", "terroir", "département", "province"),
    "process": ("procédé", "process", "méthode de traitement", "traitement", "méthode", "préparation",
                "post-récolte", "processus", "transformation", "procédé de traitement"),
    "roast": ("torréfaction", "degré de torréfaction", "niveau de torréfaction", "profil de torréfaction", "torréfié",
              "intensité de torréfaction"),
    "variety": ("variété", "variétés", "cultivar", "cultivars", "variétal", "variétaux"),
    "altitude": ("altitude", "altitudes", "élévation"),
    "producer": ("producteur", "producteurs", "productrice", "ferme", "finca", "domaine", "coopérative", "station de lavage",
                 "exploitation", "plantation", "fazenda"),
    "notes": ("notes de dégustation", "notes aromatiques", "notes", "arômes", "saveurs", "en tasse", "profil aromatique",
              "profil gustatif", "goût"),
    "weight": ("poids", "poids net", "contenance", "format", "conditionnement"),
}
PROCESS = {
    "washed": ("lavé", "lavés", "lavée", "lavées", "voie humide", "full washed", "entièrement lavé", "double lavage",
               "doublement lavé"),
    "natural": ("naturel", "naturelle", "naturels", "nature", "voie sèche", "sec", "séché en cerise",
                "séché en cerises", "séchage en cerise"),
    "honey": ("miel", "honey", "pulpé miel"),
    "anaerobic": ("anaérobie", "anaérobique", "fermentation anaérobie", "anaerobie"),
    "carbonic maceration": ("macération carbonique",),
    "pulped natural": ("pulpé naturel", "semi-lavé naturel", "dépulpé naturel", "nature dépulpé", "naturel dépulpé",
                       "nature pulpé"),
    "wet-hulled": ("semi-lavé", "semi lavé", "semilavé", "décortiqué humide"),
    "experimental": ("levures", "levure", "fermentation lactique", "choc thermique", "co-fermenté", "infusé"),
}
# ("travaillé en nature", "travaillé en lavé": how French roasters state a process in prose)
# Words that state a natural process on their own, with no process word near (dried in the cherry).
STRONG_PROCESS_WORDS = ("voie sèche", "séché en cerise", "séché en cerises", "séchage en cerise")
# (fermenting and drying are steps of the process: "fermentation anaérobie, puis séchage en nature")
PROCESS_CONTEXT = ("procédé", "traitement", "traité", "process", "méthode", "voie", "processus", "travaillé",
                   "travaillée", "travaillés", "transformé", "transformée", "fermentation", "fermenté", "fermentée",
                   "séchage", "séché", "séchée", "séchés", "séchées")
ROAST = {
    "light": ("claire", "clair", "légère", "léger", "blonde", "blond", "nordique"),
    "medium-light": ("moyenne claire", "claire à moyenne", "médium claire"),
    "medium": ("moyenne", "moyen", "médium", "medium", "intermédiaire"),
    "medium-dark": ("moyenne foncée", "moyenne à foncée", "mi-foncée", "médium foncée", "moyenne-brune"),
    "dark": ("foncée", "foncé", "brune", "brun", "sombre", "poussée", "italienne", "française"),
    "omni": ("omni", "omniroast", "omnitorréfaction"),
}
ROAST_CONTEXT = ("torréfaction", "torréfié", "torréfiée", "torréfiés", "torréfiées", "torréfions", "torréfier")
UNITS = {"gramme": 1, "grammes": 1, "grs": 1, "kilogramme": 1000, "kilogrammes": 1000}
QUANTITY_WORDS = {"un": (1, 1), "une": (1, 1), "demi": (1, 2), "deux": (2, 1)}
SUBSCRIPTION_OPTIONS = ("fréquence", "fréquence de livraison", "durée de l'abonnement", "rythme de livraison")  # option names of a delivery rhythm
SIZE_OPTIONS = ("poids", "taille", "contenance", "format", "conditionnement", "quantité")
BAGS = ("sachet", "sac", "paquet", "pochette", "boîte")  # a single bag's size in prose: weight.bag_size_in_text
COFFEE = ("café", "cafés", "grains", "en grains", "grain", "moulu", "torréfié", "torréfiés", "pure origine",
          "origine unique", "micro-lot", "microlot", "arabica")
# Possessives before a country that names another of the shop's coffees, an aside in the lot's prose
# (origin.find_origins): "comme notre Kenya du mois dernier", "wie unser Kenia".
OUR = ("notre", "nos")
# The word before the country a lot comes from, and the word that lists one more (origin.find_origins:
# "comme le Kenya du mois dernier, ce café vient de Colombie" is Colombia; "de Colombie et du Brésil" both).
FROM = ("de", "du", "d", "des")
AND = ("et",)
BLEND = ("mélange", "assemblage", "mélanges", "assemblages")
DECAF = ("décaféiné", "décaféinés", "déca", "sans caféine", "decaféiné")
# Before (after, in CJK) a machine a coffee is for: "Café pour cafetière italienne" (lang.for_purpose)
PURPOSE = ("pour",)
NON_COFFEE = {
    # green (unroasted) beans are sold to home roasters: no roasted coffee
    "green coffee (unroasted)": ("café vert", "cafés verts", "grains verts", "non torréfié", "café non torréfié"),
    "subscription": ("abonnement", "abonnements", "abonnez-vous"),
    "gift card": ("carte cadeau", "carte-cadeau", "bon cadeau", "bon d'achat", "e-carte cadeau", "chèque cadeau"),
    "gift hamper": ("coffret cadeau", "panier cadeau", "coffret", "coffrets"),
    "workshop/event": ("atelier", "ateliers", "formation", "cours", "masterclass", "dégustation guidée", "initiation"),
    "equipment: grinder": ("moulin", "moulins", "moulin à café", "broyeur"),
    "equipment: kettle": ("bouilloire", "bouilloires"),
    "equipment: brewer": ("cafetière", "cafetières", "dripper", "piston", "cafetière à piston", "percolateur", "carafe",
                          "machine à café", "machine espresso", "machine expresso"),
    "equipment: scale": ("balance", "balances"),
    "equipment: filters": ("filtres", "filtres papier", "filtre papier", "filtres en papier"),
    "equipment": ("presse française", "porte-filtre", "mousseur à lait", "mousseur", "boîte à café", "boîte hermétique", "pot hermétique", "tamper", "tasseur", "pichet", "boîte de conservation", "accessoire", "accessoires"),
    "instant/sachet": ("capsules", "capsule", "dosettes", "dosette", "soluble", "café soluble", "sachets", "drip bag", "concentré", "cold brew en bouteille", "café en bouteille"),
    "bundle/sampler": ("coffret découverte", "lot découverte", "lot de", "échantillons", "duo", "trio"),
    "merch": ("sac en toile", "autocollants", "autocollant", "sweat à capuche", "tasse", "tasses", "mug", "mugs", "t-shirt", "tee-shirt", "sweat", "casquette", "bonnet", "tablier",
              "livre", "livres", "affiche", "fanion", "carte postale", "autocollant", "tote bag", "gourde",
              "verre", "verres", "bougie", "chaussettes"),
    "not coffee: tea/food": ("thé", "thés", "tisane", "chocolat chaud", "tablette de chocolat", "biscuits", "sirop",
                             "cascara", "confiture", "chocolat noir", "chocolat au lait", "chocolat blanc", "chocolats",
                             "tablette", "tablettes", "pâte à tartiner", "confiserie", "pralinés", "thé vert", "thé noir",
                             "liqueur", "liqueurs"),
}
COUNTRIES = {"ET": ("Ethiopie",), "CO": ("Colombie",), "PE": ("Perou",), "SV": ("Salvador",), "CD": ("RDC", "RD Congo")}
ADJECTIVES = {
    "ET": ("éthiopien", "éthiopienne"), "CO": ("colombien", "colombienne"), "BR": ("brésilien", "brésilienne"),
    "KE": ("kényan", "kenyan", "kényane"), "GT": ("guatémaltèque",), "PE": ("péruvien", "péruvienne"),
    "HN": ("hondurien", "hondurienne"), "RW": ("rwandais", "rwandaise"), "MX": ("mexicain", "mexicaine"),
    "ID": ("indonésien", "indonésienne"), "IN": ("indien", "indienne"), "NI": ("nicaraguayen", "nicaraguayenne"),
    "CR": ("costaricien", "costaricienne", "costaricain"), "BI": ("burundais", "burundaise"),
    "SV": ("salvadorien", "salvadorienne"), "PA": ("panaméen", "panaméenne"), "TZ": ("tanzanien", "tanzanienne"),
    "UG": ("ougandais", "ougandaise"), "YE": ("yéménite",), "BO": ("bolivien", "bolivienne"), "EC": ("équatorien", "équatorienne"),
}

# Famous regions and farms that name their country (origin.py holds the English-named ones).
REGIONS = {"US": ("Hawaï",)}

# Grind option names and values (grind.py reads these after the English patterns find nothing).
GRIND_OPTIONS = ("mouture", "moudre", "type de mouture", "broyage", "méthode d'extraction", "mode de préparation", "pour quelle méthode")
GRIND = {"whole bean": ("grains", "en grains", "grain", "grain entier", "grains entiers", "café en grains", "non moulu"),
         "ground": ("moulu", "moulue", "moulus", "café moulu"),
         "espresso": ("expresso", "espresso", "machine expresso", "machine espresso"),
         "moka pot": ("cafetière italienne", "moka", "percolateur italien"),
         "french press": ("piston", "cafetière à piston", "presse française"),
         "filter": ("filtre", "cafetière filtre", "cafetière électrique", "goutte à goutte"),
         "pour over": ("filtre manuel", "filtre à main", "méthode douce", "méthodes douces"),
         "cold brew": ("infusion à froid", "extraction à froid"),
         "turkish": ("turc", "café turc")}
