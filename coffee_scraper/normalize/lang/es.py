"""Spanish: label keys, process and roast words, size units and non-coffee goods as Spanish-language shops write them."""

LOCALES = ("es",)
SCRIPT = "latin"
COMPOUNDS = False
LABELS = {
    "origin": ("origen", "país", "país de origen", "procedencia", "orígenes"),
    "region": ("región", "regiones", "zona", "departamento", "provincia", "municipio", "estado"),
    "process": ("proceso", "procesado", "beneficio", "método de proceso", "procesamiento", "método", "tipo de proceso",
                "método de beneficio"),
    "roast": ("tueste", "tostado", "nivel de tueste", "grado de tueste", "perfil de tueste", "tostión", "punto de tueste",
              "nivel de tostado", "tostión"),
    "variety": ("variedad", "variedades", "varietal", "varietales", "cultivar"),
    "altitude": ("altitud", "altura", "elevación", "msnm"),
    "producer": ("productor", "productora", "productores", "finca", "caficultor", "caficultora", "cooperativa", "granja",
                 "hacienda", "estación de lavado", "beneficio húmedo"),
    "notes": ("notas de cata", "notas", "notas de sabor", "sabor", "sabores", "perfil de taza", "en taza", "aromas",
              "perfil"),
    "weight": ("peso", "peso neto", "contenido", "formato", "tamaño"),
}
PROCESS = {
    "washed": ("lavado", "lavada", "lavados", "totalmente lavado", "vía húmeda", "doble lavado", "beneficio húmedo",
               "se lava", "se lavan", "lavamos"),
    "natural": ("natural", "naturales", "seco", "vía seca"),
    # Spain's "tueste natural" is roasted without sugar (as against "torrefacto"): no process. The
    # empty value reads as no word at all, and the longer phrase keeps its "natural" from counting.
    "": ("tueste natural", "tostado natural", "tostado al natural"),
    "honey": ("honey", "miel", "enmielado", "melado"),
    "anaerobic": ("anaeróbico", "anaeróbica", "anaerobico", "anaerobica", "fermentación anaeróbica", "anaerobio"),
    "carbonic maceration": ("maceración carbónica",),
    "pulped natural": ("natural despulpado", "despulpado natural", "cereza descascarada"),
    "wet-hulled": ("semi lavado", "semilavado", "semi-lavado"),
    "experimental": ("levadura", "levaduras", "fermentación láctica", "choque térmico", "co-fermentado", "cofermentado",
                     "infusionado"),
}
# Words that state a natural process on their own, with no process word near (dried in the cherry).
STRONG_PROCESS_WORDS = ("vía seca",)
# (fermenting and drying are steps of the process: "fermentación anaeróbica y secado como un natural")
PROCESS_CONTEXT = ("proceso", "procesado", "beneficio", "método", "procesamos", "fermentación", "fermentado",
                   "fermentada", "secado", "secada", "se seca", "secamos")
ROAST = {
    "light": ("claro", "clara", "ligero", "ligera", "suave", "filtro nórdico"),
    "medium-light": ("medio claro", "media clara", "medio-claro", "claro a medio", "medio-ligero"),
    "medium": ("medio", "media", "intermedio", "medium"),
    "medium-dark": ("medio oscuro", "media oscura", "medio-oscuro", "medio a oscuro", "medio alto"),
    "dark": ("oscuro", "oscura", "intenso", "alto", "francés", "italiano"),
    "omni": ("omni", "omniroast", "omni tueste"),
}
ROAST_CONTEXT = ("tueste", "tostado", "tostada", "tostamos", "tostión", "tostados", "tostadas")
UNITS = {"gramo": 1, "gramos": 1, "grms": 1, "kilogramo": 1000, "kilogramos": 1000}
QUANTITY_WORDS = {"un": (1, 1), "uno": (1, 1), "una": (1, 1), "medio": (1, 2), "media": (1, 2), "dos": (2, 1)}
SUBSCRIPTION_OPTIONS = ("frecuencia", "frecuencia de envío", "periodicidad", "duración de la suscripción")  # option names of a delivery rhythm
SIZE_OPTIONS = ("peso", "tamaño", "formato", "cantidad", "presentación", "contenido")
BAGS = ("bolsa", "paquete", "bolsita", "lata")  # a single bag's size in prose: weight.bag_size_in_text
COFFEE = ("café", "cafés", "en grano", "granos", "grano", "molido", "tostado", "de especialidad", "origen único",
          "microlote", "arábica", "arabica")
# Possessives before a country that names another of the shop's coffees, an aside in the lot's prose
# (origin.find_origins): "comme notre Kenya du mois dernier", "wie unser Kenia".
OUR = ("nuestro", "nuestra", "nuestros", "nuestras")
# The word before the country a lot comes from, and the word that lists one more (origin.find_origins:
# "comme le Kenya du mois dernier, ce café vient de Colombie" is Colombia; "de Colombie et du Brésil" both).
FROM = ("de", "del")
AND = ("y", "e")
BLEND = ("mezcla", "mezclas", "blend")
DECAF = ("descafeinado", "descafeinada", "descafeinados", "sin cafeína", "decaf")
# Before (after, in CJK) a machine a coffee is for: "Café para cafetera italiana" (lang.for_purpose)
PURPOSE = ("para",)
NON_COFFEE = {
    # green (unroasted) beans are sold to home roasters: no roasted coffee
    "green coffee (unroasted)": ("café verde", "café oro", "sin tostar", "granos verdes"),
    "subscription": ("suscripción", "suscripciones", "suscripcion", "suscríbete", "club del café"),
    "gift card": ("tarjeta regalo", "tarjeta de regalo", "vale regalo", "cheque regalo", "bono regalo", "gift card"),
    "gift hamper": ("caja regalo", "cesta regalo", "estuche regalo", "pack regalo"),
    "workshop/event": ("curso", "cursos", "taller", "talleres", "cata guiada", "formación", "clase", "clases", "cata de café",
                       "catas"),
    "equipment: grinder": ("molino", "molinillo", "molinillos", "molinos"),
    "equipment: kettle": ("hervidor", "tetera", "pava", "jarra de goteo"),
    "equipment: brewer": ("cafetera", "cafeteras", "prensa francesa", "goteador", "dripper", "máquina de café",
                          "cafetera italiana", "jarra", "chemex"),
    "equipment: scale": ("báscula", "balanza"),
    "equipment: filters": ("filtros", "filtros de papel", "filtro de papel", "papel de filtro"),
    "equipment": ("portafiltro", "bote para café", "bote hermético", "tamper", "prensador", "lechera", "accesorio", "accesorios", "cuchara", "termómetro", "termo", "espumador"),
    "instant/sachet": ("cápsulas", "cápsula", "capsulas", "monodosis", "café soluble", "instantáneo", "drip bag",
                       "sobres", "concentrado", "café frío", "listo para beber", "bebida de café"),
    "bundle/sampler": ("pack degustación", "kit", "caja degustación", "pack de cafés", "pack descubrimiento"),
    "merch": ("pegatinas", "pegatina", "taza", "tazas", "vaso", "vasos", "camiseta", "sudadera", "gorra", "delantal", "libro", "libros",
              "póster", "lámina", "banderín", "postal", "pegatina", "bolsa de tela", "tote bag", "calcetines", "vela"),
    "not coffee: tea/food": ("té", "tés", "infusión", "chocolate a la taza", "tableta de chocolate", "galletas", "sirope", "cascara", "cáscara de café",
                             "mate", "yerba", "chocolate negro", "chocolate con leche", "bombones", "tableta", "tabletas",
                             "chocolates", "infusiones", "té verde", "té negro", "licor", "licores"),
}
COUNTRIES = {"PE": ("Peru",), "ET": ("Etiopia",), "PA": ("Panama",), "MX": ("Mexico", "Méjico"), "BR": ("Brasil",)}
ADJECTIVES = {
    "ET": ("etíope", "etiope"), "CO": ("colombiano", "colombiana"), "BR": ("brasileño", "brasileña"),
    "KE": ("keniano", "keniana", "keniata"), "GT": ("guatemalteco", "guatemalteca"), "PE": ("peruano", "peruana"),
    "HN": ("hondureño", "hondureña"), "MX": ("mexicano", "mexicana"), "RW": ("ruandés", "ruandesa"),
    "CR": ("costarricense", "tico"), "NI": ("nicaragüense",), "SV": ("salvadoreño", "salvadoreña"),
    "PA": ("panameño", "panameña"), "BO": ("boliviano", "boliviana"), "EC": ("ecuatoriano", "ecuatoriana"),
    "BI": ("burundés", "burundesa"), "TZ": ("tanzano", "tanzana"),
    "UG": ("ugandés", "ugandesa"), "YE": ("yemení", "yemenita"),
}

# Famous regions and farms that name their country (origin.py holds the English-named ones).
REGIONS = {"US": ("Hawái",)}

# Grind option names and values (grind.py reads these after the English patterns find nothing).
GRIND_OPTIONS = ("molienda", "tipo de molienda", "grado de molienda", "molido", "método de preparación", "método de extracción", "cafetera")
GRIND = {"whole bean": ("en grano", "grano", "granos", "grano entero", "café en grano", "sin moler"),
         "ground": ("molido", "molida", "café molido"),
         "espresso": ("expreso", "espresso", "cafetera espresso", "cafetera express", "máquina espresso"),
         "moka pot": ("cafetera italiana", "italiana", "moka"),
         "french press": ("prensa francesa", "émbolo", "cafetera de émbolo"),
         "filter": ("filtro", "goteo", "cafetera de goteo", "cafetera de filtro", "cafetera eléctrica"),
         "pour over": ("filtrado manual", "método filtrado", "métodos filtrados"),
         "cold brew": ("extracción en frío",),
         "turkish": ("turco", "café turco")}
