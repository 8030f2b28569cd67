"""Portuguese (Portugal and Brazil): label keys, process and roast words, size units and non-coffee goods."""

LOCALES = ("pt", "pt_BR")
SCRIPT = "latin"
COMPOUNDS = False
LABELS = {
    "origin": ("origem", "país", "país de origem", "procedência", "proveniência"),
    "region": ("região", "regiões", "zona", "estado", "município", "cidade", "microrregião"),
    "process": ("processo", "processamento", "método de processamento", "pós-colheita", "tipo de processo", "preparo",
                "método", "beneficiamento"),
    "roast": ("torra", "torrefação", "nível de torra", "grau de torra", "ponto de torra", "perfil de torra", "torrado"),
    "variety": ("variedade", "variedades", "varietal", "cultivar", "cultivares"),
    "altitude": ("altitude", "altura", "altitudes"),
    "producer": ("produtor", "produtora", "produtores", "fazenda", "sítio", "sitio", "quinta", "cooperativa", "finca",
                 "propriedade", "estação de lavagem"),
    "notes": ("notas sensoriais", "notas de prova", "notas", "sabor", "sabores", "perfil sensorial", "na xícara",
              "notas de degustação", "aromas", "perfil"),
    "weight": ("peso", "peso líquido", "embalagem", "conteúdo", "formato"),
}
PROCESS = {
    "washed": ("lavado", "lavada", "lavados", "via úmida", "via húmida", "totalmente lavado"),
    "natural": ("natural", "naturais", "via seca", "terreiro"),
    "honey": ("honey", "mel", "melado"),
    "anaerobic": ("anaeróbico", "anaeróbica", "anaerobico", "anaerobica", "fermentação anaeróbica"),
    "carbonic maceration": ("maceração carbônica", "maceração carbónica"),
    "pulped natural": ("cereja descascado", "cereja descascada", "cd", "descascado", "natural despolpado",
                       "despolpado", "semi-lavado", "semi lavado"),
    "wet-hulled": ("wet hulled", "giling basah"),
    "experimental": ("levedura", "leveduras", "fermentação láctica", "choque térmico", "co-fermentado", "infusionado"),
}
# Words that state a natural process on their own, with no process word near (dried in the cherry).
STRONG_PROCESS_WORDS = ("via seca",)
# (fermenting and drying are steps of the process: "fermentação anaeróbica e secagem natural no terreiro")
PROCESS_CONTEXT = ("processo", "processado", "processamento", "pós-colheita", "método", "fermentação", "fermentado",
                   "fermentada", "secagem", "secado", "secada")
ROAST = {
    "light": ("clara", "claro", "leve", "suave", "nórdica"),
    "medium-light": ("média clara", "médio claro", "média-clara", "clara a média", "média-leve"),
    "medium": ("média", "médio", "media", "medio", "medium"),
    "medium-dark": ("média escura", "médio escuro", "média-escura", "média a escura", "média-alta"),
    "dark": ("escura", "escuro", "intensa", "forte", "alta", "italiana", "francesa"),
    "omni": ("omni", "omniroast"),
}
ROAST_CONTEXT = ("torra", "torrado", "torrada", "torramos", "torrefação", "torrados")
UNITS = {"gramas": 1, "grama": 1, "quilo": 1000, "quilos": 1000, "quilograma": 1000, "quilogramas": 1000}
QUANTITY_WORDS = {"um": (1, 1), "uma": (1, 1), "meio": (1, 2), "meia": (1, 2), "dois": (2, 1), "duas": (2, 1)}
SUBSCRIPTION_OPTIONS = ("frequência", "frequência de entrega", "periodicidade", "duração da assinatura")  # option names of a delivery rhythm
SIZE_OPTIONS = ("peso", "tamanho", "embalagem", "quantidade", "formato")
BAGS = ("saco", "pacote", "embalagem", "lata")  # a single bag's size in prose: weight.bag_size_in_text
COFFEE = ("café", "cafés", "em grão", "em grãos", "grãos", "grão", "moído", "torrado", "especial", "microlote",
          "arábica", "arabica", "origem única")
# Possessives before a country that names another of the shop's coffees, an aside in the lot's prose
# (origin.find_origins): "comme notre Kenya du mois dernier", "wie unser Kenia".
OUR = ("nosso", "nossa", "nossos", "nossas")
# The word before the country a lot comes from, and the word that lists one more (origin.find_origins:
# "comme le Kenya du mois dernier, ce café vient de Colombie" is Colombia; "de Colombie et du Brésil" both).
FROM = ("de", "do", "da", "dos", "das")
AND = ("e",)
BLEND = ("blend", "mistura", "blends", "lote de cafés")
DECAF = ("descafeinado", "descafeinada", "sem cafeína", "descafeinados")
# Before (after, in CJK) a machine a coffee is for: "Café para cafeteira italiana" (lang.for_purpose)
PURPOSE = ("para",)
NON_COFFEE = {
    # green (unroasted) beans are sold to home roasters: no roasted coffee
    "green coffee (unroasted)": ("café verde", "café cru", "não torrado", "grãos verdes"),
    "subscription": ("assinatura", "assinaturas", "clube do café", "clube de assinatura", "subscrição"),
    "gift card": ("cartão presente", "cartão de presente", "vale presente", "vale-presente", "cartão oferta",
                  "vale oferta", "gift card"),
    "gift hamper": ("kit presente", "cesta", "caixa presente", "cabaz"),
    "workshop/event": ("curso", "cursos", "oficina", "workshop", "aula", "aulas", "degustação guiada", "formação"),
    "equipment: grinder": ("moedor", "moedores", "moinho"),
    "equipment: kettle": ("chaleira", "chaleiras"),
    "equipment: brewer": ("cafeteira", "cafeteiras", "prensa francesa", "coador", "dripper", "máquina de café",
                          "máquina de espresso", "jarra", "bule"),
    "equipment: scale": ("balança",),
    "equipment: filters": ("filtros de papel", "filtro de papel", "filtros", "filtro de pano"),
    "equipment": ("porta-filtro", "espumador", "espumador de leite", "tamper", "compactador", "pitcher", "leiteira", "acessório", "acessórios", "pote", "termômetro",
                  "colher"),
    "instant/sachet": ("cápsulas", "cápsula", "capsulas", "café solúvel", "solúvel", "instantâneo", "drip coffee",
                       "sachês", "sachê", "drip bag", "concentrado", "café gelado", "pronto para beber",
                       "bebida de café"),
    "bundle/sampler": ("kit degustação", "kit", "combo", "degustação"),
    "merch": ("moletom", "adesivos", "adesivo", "caneca", "canecas", "xícara", "xícaras", "chávena", "copo", "copos", "camiseta", "t-shirt", "boné",
              "avental", "livro", "livros", "pôster", "poster", "flâmula", "postal", "adesivo", "ecobag", "sacola",
              "vela", "meias", "garrafa"),
    "not coffee: tea/food": ("chá", "chás", "infusão", "chocolate quente", "barra de chocolate", "biscoitos", "xarope",
                             "cascara", "casca de café", "chocolate amargo", "chocolate ao leite", "bombons", "chocolates",
                             "barra de chocolate", "tablete", "chá verde", "chá preto",
                             "licor", "licores"),
}
COUNTRIES = {"BR": ("Brasil",), "ET": ("Etiopia",), "KE": ("Quênia", "Quénia", "Kenia", "Kenya"), "CO": ("Colombia",)}
ADJECTIVES = {
    "ET": ("etíope", "etiope"), "CO": ("colombiano", "colombiana"), "BR": ("brasileiro", "brasileira"),
    "KE": ("queniano", "queniana"), "GT": ("guatemalteco", "guatemalteca"), "PE": ("peruano", "peruana"),
    "HN": ("hondurenho", "hondurenha"), "MX": ("mexicano", "mexicana"), "RW": ("ruandês", "ruandesa"),
    "CR": ("costarriquenho", "costa-riquenho"),
    "BI": ("burundiano",), "SV": ("salvadorenho",), "NI": ("nicaraguense",), "PA": ("panamenho",), "TZ": ("tanzaniano",),
    "UG": ("ugandense",), "YE": ("iemenita",), "BO": ("boliviano",), "EC": ("equatoriano",),
}

# Famous regions and farms that name their country (origin.py holds the English-named ones).
REGIONS = {"US": ("Havaí",)}

# Grind option names and values (grind.py reads these after the English patterns find nothing).
GRIND_OPTIONS = ("moagem", "tipo de moagem", "moído", "método de preparo", "método de preparação", "preparo")
GRIND = {"whole bean": ("em grão", "em grãos", "grão", "grãos", "grão inteiro", "grãos inteiros", "café em grão"),
         "ground": ("moído", "moída", "café moído"),
         "espresso": ("expresso", "espresso", "máquina de espresso", "máquina expresso"),
         "moka pot": ("moka", "cafeteira italiana", "italiana"),
         "french press": ("prensa francesa",),
         "filter": ("filtro", "coado", "coador", "cafeteira elétrica", "filtro de papel", "filtro de pano"),
         "pour over": ("método filtrado", "métodos filtrados"),
         "cold brew": ("extração a frio",),
         "turkish": ("turco",)}
