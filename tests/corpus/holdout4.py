"""A fourth held-out multilingual set, written apart from the vocabularies, the rules and the other held-out
sets' products: in each of 15 languages, 10 coffees (single origins, one or two blends, a decaf, one named
only by a famous growing region) and 3 goods a roaster also sells, whose names often hold a coffee word
(Kaffeefilter, filtres à café, コーヒーミル, 커피 드리퍼, 咖啡滤纸).

It leans on shapes the earlier sets used less: facts only in Shopify tags ("Origin_Ethiopia", "origen:colombia",
"Röstgrad: Hell", "process-natural", bare tags in the language); facts only in the title ("Kenia AA Nyeri –
gewaschen – helle Röstung"); WooCommerce short descriptions (extra_html) with attribute lines; product types
and categories in the language; bilingual English + local pages; farm prose stating process and roast in a
sentence; decimal-comma and written-out sizes ("0,5 kg", "1 Pfund", "半磅"); option names in the language;
upper-case labels and odd label punctuation ("Herkunft |", "Origine —", "産地／").

Labelled as a careful cataloguer would: a region alone is labelled as its country (Yirgacheffe/Sidamo -> ET,
Huila -> CO, Antigua -> GT, Tarrazú -> CR, Kona -> US); a decaffeination method (Swiss Water, sugarcane EA)
is no process; a blend states no one process; スマトラ式 / 湿刨法 / giling basah is wet-hulled; 半日晒 and
cereja descascado are pulped natural; a German "Pfund" is 500 g, a Chinese 半磅 227 g.

Same entry format as multilingual.py (its C and N helpers); ids "h4:<lang>:<n>".
"""
from __future__ import annotations

from multilingual import C, N, product_builder

HOLDOUT4: list = []
P = product_builder(HOLDOUT4, "h4", "h4")

ONE = [("Default Title", "25.00", None)]


# --------------------------------------------------------------------------------------------- English
L = "en"
P(L, "Hambela Alaka", [("12 oz.", "22.00", 340), ("2 lb.", "58.00", 907)], C(["ET"], "natural", "light"),
  tags=("Origin_Ethiopia", "process-natural", "Light Roast", "Blueberry", "Single Origin"), cur="USD")
P(L, "Kenya AA Kiambu — Washed — Light Roast", [("12oz", "24.00", 340)], C(["KE"], "washed", "light"),
  body="<p>Bright and juicy. Built for pour over.</p>", cur="USD")
P(L, "Colombia Tolima La Esperanza", [("250g", "16.00", 250), ("1kg", "52.00", 1000)],
  C(["CO"], "honey", "medium-light"), cats=("Coffee", "Single Origin"),
  extra="<p><strong>COUNTRY:</strong> Colombia<br><strong>PROCESS:</strong> Honey<br>"
        "<strong>ROAST:</strong> Medium-Light</p>")
P(L, "Finca Santa Rosa", [("12 oz", "21.00", 340)], C(["SV"], "anaerobic natural", "light"),
  body="<p>Don Julio Peña has farmed Santa Rosa, on the slopes above Chalatenango in El Salvador, since 1994. "
       "His daughter Ana now runs the wet mill.</p><p>After picking, the cherries rest in sealed tanks for 72 "
       "hours with no oxygen, then dry whole on raised beds for three weeks, an anaerobic natural that keeps "
       "the fruit front and centre.</p><p>We roast it light to hold on to that.</p>", cur="USD")
P(L, "Yirgacheffe Konga", [("12 oz", "20.00", 340)], C(["ET"], "washed", "light"),
  body="<p>Process | Washed<br>Roast | Light<br>Varietal | Heirloom<br>Elevation | 1,900 - 2,100 masl</p>",
  cur="USD")
P(L, "Daybreak Espresso Blend", [("12 oz.", "18.00", 340), ("5 lb", "95.00", 2268)],
  C(["BR", "CO"], None, "medium-dark", blend=True),
  body="<p>Our everyday espresso: a natural Brazil for body and a washed Colombia for sweetness.</p>"
       "<p>Roast Level: Medium-Dark</p>", cur="USD")
P(L, "Decaf Peru Cajamarca 250g", [("Default Title", "15.00", 250)], C(["PE"], None, "medium", decaf=True),
  body="<p>Decaffeinated with the Swiss Water Process. Medium roast, chocolate and walnut.</p>", cur="USD")
P(L, "Sumatra Gayo Mountain", [("12 oz", "19.00", 340)], C(["ID"], "wet-hulled", "dark"),
  body="<p>Grown by smallholders around Lake Tawar in Aceh, Indonesia.</p><p>Process: Wet-hulled (giling "
       "basah)</p>", tags=("Roast: Dark", "Indonesia"), cur="USD")
P(L, "Costa Rica Las Lajas Black Honey", [("12 oz", "23.00", 340), ("2 lb", "60.00", 907)],
  C(["CR"], "honey", None), body="<p>Producer: Oscar & Francisca Chacón<br>Variety: Caturra, Catuaí</p>",
  cur="USD")
P(L, "House Blend", [("12 oz", "16.00", 340)], C(["GT", "ET"], None, "medium", blend=True),
  tags=("From: Guatemala", "From: Ethiopia", "Roast: Medium", "blend"), cur="USD")
P(L, "Paper Coffee Filters — V60 02 (100 pack)", ONE, N("equipment"), type="Brew Gear", cur="USD")
P(L, "Coffee Subscription — Monthly", [("12 oz / Monthly", "20.00", None)], N("subscription"),
  body="<p>A fresh single origin coffee every month, roasted to order.</p>", cur="USD")
P(L, "Home Barista Coffee Workshop", ONE, N("workshop/event"),
  body="<p>Two hours on brewing coffee at home: grind, ratio, water.</p>", cur="USD")

# ---------------------------------------------------------------------------------------------- French
L = "fr"
P(L, "Sidra Bombe", [("250 g", "19.00", 250)], C(["CO"], "washed", "light"),
  tags=("Pays_Colombie", "Procédé_Lavé", "Torréfaction_Claire", "Café de spécialité"))
P(L, "Kenya Kirinyaga AA – lavé – torréfaction claire", [("250 g", "16.50", 250)], C(["KE"], "washed", "light"),
  body="<p>Cassis, pamplemousse, thé noir.</p>")
P(L, "Brésil Cerrado Mineiro", [("250 g", "11.90", 250), ("1 kg", "38.00", 1000)],
  C(["BR"], "pulped natural", "medium"), cats=("Café en grains", "Origines"),
  extra="<ul><li>Origine — Brésil</li><li>Traitement — Pulped natural</li><li>Torréfaction — Moyenne</li></ul>")
P(L, "Finca La Bella Vista", [("250 g", "15.00", 250)], C(["GT"], "washed", "medium"),
  body="<p>Au nord-ouest du Guatemala, dans les montagnes de Huehuetenango, la famille Villatoro cultive le "
       "café depuis trois générations.</p><p>Après la récolte, les cerises sont dépulpées, fermentées une nuit "
       "puis le café est lavé à l'eau claire et séché sur patio.</p><p>Nous lui avons donné une torréfaction "
       "moyenne, ronde et chocolatée.</p>")
P(L, "Sidamo Bensa", [("250 g", "14.00", 250)], C(["ET"], "natural", "light"),
  body="<p>ORIGINE : Sidamo<br>PROCÉDÉ : Naturel<br>TORRÉFACTION : Claire</p>")
P(L, "Mélange Maison", [("250 g", "10.50", 250), ("1 kg", "34.00", 1000)],
  C(["BR", "IN"], None, "dark", blend=True),
  body="<p>Assemblage de Brésil (60 %) et d'Inde (40 %), pensé pour l'espresso.</p><p>Torréfaction : foncée</p>")
P(L, "Décaféiné Colombie", [("0,5 kg", "21.00", 500), ("1,0 kg", "39.00", 1000)],
  C(["CO"], None, "medium", decaf=True),
  body="<p>Décaféiné naturellement à l'acétate d'éthyle issu de la canne à sucre. Torréfaction moyenne.</p>",
  opt="Poids")
P(L, "Rwanda Nyamasheke", [("250 g", "14.50", 250)], C(["RW"], "washed", "light"),
  body="<p>EN — Origin: Rwanda · Process: Washed · Roast: Light</p>"
       "<p>FR — Origine : Rwanda · Procédé : Lavé · Torréfaction : Claire</p>")
P(L, "Panama Boquete Geisha", [("100 g", "24.00", 100)], C(["PA"], "anaerobic natural", "light"),
  type="Café en grains", body="<p>Procédé : Naturel anaérobie<br>Torréfaction : Claire</p>")
P(L, "Honduras Santa Bárbara", [("250 g", "13.50", 250)], C(["HN"], "honey", "omni"),
  body="<p>Origine / Honduras</p><p>Procédé / Honey</p><p>Torréfaction / Omni (filtre & espresso)</p>")
P(L, "Filtres à café papier n°4 (x80)", ONE, N("equipment"), type="Accessoires")
P(L, "Carte cadeau", [("25 €", "25.00", None), ("50 €", "50.00", None)], N("gift card"))
P(L, "Atelier dégustation — initiation au café de spécialité", ONE, N("workshop/event"),
  body="<p>Deux heures pour apprendre à déguster le café : arômes, acidité, corps.</p>")

# ---------------------------------------------------------------------------------------------- German
L = "de"
P(L, "Aricha", [("250 g", "14.90", 250)], C(["ET"], "washed", "light"),
  tags=("Herkunft: Äthiopien", "Röstgrad: Hell", "Aufbereitung: Gewaschen"))
P(L, "Kenia AA Nyeri – gewaschen – helle Röstung", [("250 g", "16.90", 250)], C(["KE"], "washed", "light"),
  body="<p>Johannisbeere, Grapefruit, Rohrzucker.</p>")
P(L, "Brasilien Fazenda Pinhal", [("250 g", "10.90", 250), ("1 kg", "36.00", 1000)],
  C(["BR"], "natural", "medium"), cats=("Kaffeebohnen", "Filterkaffee"),
  extra="<p>Herkunft | Brasilien<br>Aufbereitung | Natural<br>Röstgrad | Mittel</p>")
P(L, "Finca El Cedro", [("250 g", "15.90", 250)], C(["HN"], "anaerobic washed", "medium-light"),
  body="<p>Seit drei Generationen bewirtschaftet Familie Mejía ihre Farm im Westen von Honduras, nahe Santa "
       "Rosa de Copán.</p><p>Die Kirschen werden nach der Ernte 48 Stunden ohne Sauerstoff in verschlossenen "
       "Tanks fermentiert und anschließend gewaschen.</p><p>Wir rösten ihn mittelhell, damit die Frucht "
       "erhalten bleibt.</p>")
P(L, "Antigua Pastoral", [("250 g", "13.90", 250)], C(["GT"], "washed", "medium"),
  body="<p><strong>AUFBEREITUNG:</strong> Gewaschen<br><strong>RÖSTGRAD:</strong> Mittel</p>")
P(L, "Espresso Hausmischung", [("0,5 kg", "16.50", 500), ("1,0 kg", "29.90", 1000)],
  C(["BR", "IN"], None, "dark", blend=True), type="Kaffeebohnen",
  body="<p>Unsere Hausmischung aus Brasilien und Indien. Röstung: dunkel.</p>", opt="Gewicht")
P(L, "Caffè Crema Mischung", [("1 kg", "26.00", 1000)], C(["PE", "NI"], None, "medium", blend=True),
  tags=("Mischung", "Herkunft: Peru", "Herkunft: Nicaragua", "Röstgrad: Mittel"))
P(L, "Entkoffeiniert – Mexiko Chiapas", [("250 g", "9.90", 250), ("1 Pfund", "17.90", 500)],
  C(["MX"], None, "medium", decaf=True),
  body="<p>Schonend mit dem Swiss-Water-Verfahren entkoffeiniert. Röstgrad: mittel.</p>", opt="Gewicht")
P(L, "Ruanda Huye Mountain", [("250 g", "14.50", 250)], C(["RW"], "washed", "light"),
  body="<p>Origin / Herkunft: Rwanda / Ruanda<br>Process / Aufbereitung: Washed / Gewaschen<br>"
       "Roast / Röstung: Light / Hell</p>")
P(L, "Costa Rica Finca Don Mayo", [("250 g", "15.50", 250)], C(["CR"], "honey", "omni"),
  body="<p>Aufbereitung: Yellow Honey</p>", tags=("Omni Röstung", "Costa Rica"))
P(L, "Kaffeefilter Papier Größe 1x4 (100 Stück)", ONE, N("equipment"), type="Zubehör")
P(L, "Gutschein", [("25 €", "25.00", None)], N("gift card"))
P(L, "Barista-Kurs: Latte Art für Einsteiger", ONE, N("workshop/event"),
  body="<p>In drei Stunden lernst du Milch zu schäumen und Herzen zu gießen. Kaffee inklusive.</p>")

# --------------------------------------------------------------------------------------------- Spanish
L = "es"
P(L, "Finca La Divisa", [("250 g", "13.00", 250)], C(["CO"], "washed", "medium"),
  tags=("origen:colombia", "proceso:lavado", "tueste:medio"))
P(L, "Guatemala Huehuetenango – Natural – Tueste claro", [("250 g", "14.00", 250)],
  C(["GT"], "natural", "light"), body="<p>Frutos rojos, panela, cacao.</p>")
P(L, "Perú Cajamarca Cooperativa", [("250 g", "12.50", 250), ("1 kg", "42.00", 1000)],
  C(["PE"], "washed", "medium-light"), cats=("Café en grano",),
  extra="<p>PAÍS DE ORIGEN: Perú<br>PROCESO: Lavado<br>TUESTE: Medio-claro</p>")
P(L, "Finca Las Nubes", [("250 g", "14.50", 250)], C(["NI"], "natural", "light"),
  body="<p>La familia Ortiz cultiva café en las montañas de Jinotega, en el norte de Nicaragua, desde hace "
       "cuatro generaciones.</p><p>Tras la cosecha, las cerezas se secan enteras al sol durante tres semanas "
       "en camas africanas: un proceso natural que le da notas de fresa.</p><p>Lo tostamos claro, pensado "
       "para filtro.</p>")
P(L, "Tarrazú Santa María", [("250 g", "15.00", 250)], C(["CR"], "honey", "medium"),
  body="<p>Proceso: Honey (miel amarilla)<br>Tueste: Medio</p>")
P(L, "Blend Espresso Casa", [("250 gr", "10.00", 250), ("1 kg", "32.00", 1000)],
  C(["BR", "CO"], None, "dark", blend=True),
  body="<p>Mezcla de Brasil y Colombia para espresso con leche. Tueste oscuro.</p>", opt="Peso")
P(L, "Descafeinado Colombia", [("250 g", "12.00", 250)], C(["CO"], None, "medium", decaf=True),
  body="<p>Descafeinado con caña de azúcar (proceso EA). Tueste medio.</p>")
P(L, "Etiopía Guji Shakiso", [("250 g", "15.50", 250)], C(["ET"], "natural", "light"),
  body="<p>Origin: Ethiopia | Origen: Etiopía</p><p>Process: Natural | Proceso: Natural</p>"
       "<p>Roast: Light | Tueste: Claro</p>")
P(L, "Bolivia Caranavi", [("250 g", "17.00", 250)], C(["BO"], "anaerobic natural", "light"),
  type="Café de especialidad",
  body="<ul><li>Origen — Bolivia</li><li>Proceso — Natural anaeróbico</li><li>Tueste — Claro</li></ul>")
P(L, "México Chiapas Orgánico", [("0,5 kg", "19.00", 500), ("1,0 kg", "35.00", 1000)],
  C(["MX"], "washed", "medium-dark"), body="<p>Proceso: Lavado. Tueste: medio-oscuro.</p>", opt="Peso")
P(L, "Filtros de papel para café V60 (100 uds.)", ONE, N("equipment"), cats=("Accesorios",))
P(L, "Suscripción de café mensual", [("3 meses", "45.00", None)], N("subscription"),
  body="<p>Recibe cada mes un café de especialidad recién tostado.</p>")
P(L, "Chocolate a la taza 70 %", [("250 g", "6.50", None)], N("not coffee: tea/food"),
  body="<p>Cacao de Perú para preparar chocolate caliente.</p>")

# --------------------------------------------------------------------------------------------- Italian
L = "it"
P(L, "Finca El Roble", [("250 g", "14.00", 250)], C(["CR"], "honey", "light"),
  tags=("Origine_Costa Rica", "Processo_Honey", "Tostatura_Chiara"))
P(L, "Etiopia Yirgacheffe – Lavato – Tostatura Chiara", [("250 g", "13.50", 250)],
  C(["ET"], "washed", "light"), body="<p>Gelsomino, bergamotto, limone.</p>")
P(L, "Brasile Sul de Minas", [("250 g", "9.90", 250), ("1 kg", "32.00", 1000)], C(["BR"], "natural", "medium"),
  cats=("Caffè in grani",), extra="<p>Origine — Brasile<br>Processo — Naturale<br>Tostatura — Media</p>")
P(L, "Finca La Palma – San Ignacio", [("250 g", "14.50", 250)], C(["PE"], "washed", "medium-light"),
  body="<p>La fattoria di Juan Ramírez si trova a 1.800 metri sulle montagne del Perù settentrionale, vicino "
       "a San Ignacio.</p><p>Le ciliegie vengono spolpate e fermentate in acqua per 36 ore, poi il caffè viene "
       "lavato e asciugato su letti rialzati.</p><p>Abbiamo scelto una tostatura medio-chiara per esaltarne "
       "la dolcezza.</p>")
P(L, "Huila Los Naranjos", [("250 g", "13.00", 250)], C(["CO"], "washed", "medium"),
  body="<p>PROCESSO: Lavato / TOSTATURA: Media</p>")
P(L, "Miscela Bar 70/30", [("1 kg", "24.00", 1000)], C(["BR", "IN"], None, "dark", blend=True),
  body="<p>Miscela di Arabica del Brasile (70%) e Robusta dell'India (30%). Tostatura scura, per espresso.</p>")
P(L, "Miscela Moka", [("250 g", "7.50", 250)], C(["BR", "HN"], None, "medium", blend=True),
  tags=("Miscela", "Origine: Brasile", "Origine: Honduras", "Tostatura: Media"))
P(L, "Decaffeinato Colombia", [("0,5 kg", "17.00", 500), ("1,0 kg", "31.00", 1000)],
  C(["CO"], None, "medium", decaf=True),
  body="<p>Decaffeinizzato con metodo ad acqua (Swiss Water). Tostatura media.</p>", opt="Peso")
P(L, "Kenya Kirinyaga Kii", [("250 g", "16.00", 250)], C(["KE"], "washed", "light"),
  body="<p>Origin / Origine: Kenya<br>Process / Processo: Washed / Lavato<br>Roast / Tostatura: Light / Chiara</p>")
P(L, "Guatemala Acatenango", [("250 g", "15.00", 250)], C(["GT"], "anaerobic washed", "omni"),
  type="Caffè in grani", body="<p>Processo: Anaerobico lavato | Tostatura: Omni (filtro ed espresso)</p>")
P(L, "Filtri per caffè in carta n.4", ONE, N("equipment"))
P(L, "Buono regalo", [("30 €", "30.00", None)], N("gift card"))
P(L, "Tazza in ceramica — Caffè & Co.", ONE, N("merch"), type="Merchandising")

# ----------------------------------------------------------------------------------------------- Dutch
L = "nl"
P(L, "Kiamabara", [("250 g", "15.50", 250)], C(["KE"], "washed", "light"),
  tags=("Kenia", "Gewassen", "Lichte branding"))
P(L, "Colombia Huila – Natural – Lichte branding", [("250 g", "14.00", 250)], C(["CO"], "natural", "light"),
  body="<p>Aardbei, rode wijn, cacao.</p>")
P(L, "Brazilië Mogiana", [("250 g", "10.50", 250), ("1 kg", "34.00", 1000)],
  C(["BR"], "pulped natural", "medium"), cats=("Koffiebonen",),
  extra="<p>HERKOMST: Brazilië<br>PROCES: Pulped natural<br>BRANDING: Medium</p>")
P(L, "Finca Los Pirineos", [("250 g", "15.00", 250)], C(["SV"], "honey", "medium"),
  body="<p>Gilberto Baraona runt Los Pirineos op de flanken van de Tecapa-vulkaan in El Salvador.</p>"
       "<p>De bessen worden na het plukken ontpulpt en drogen daarna met een deel van het vruchtvlees op "
       "verhoogde bedden – een honey proces.</p><p>Wij branden hem medium, rond en zoet.</p>")
P(L, "Yirgacheffe Chelchele", [("250 g", "14.50", 250)], C(["ET"], "washed", "light"),
  body="<p>Proces | Gewassen<br>Branding | Licht</p>")
P(L, "Huismelange Espresso", [("250 g", "9.50", 250), ("1 kg", "30.00", 1000)],
  C(["BR", "GT"], None, "dark", blend=True), body="<p>Een melange van Brazilië en Guatemala. Branding: donker.</p>")
P(L, "Ochtendmelange", [("250 g", "9.00", 250)], C(["PE", "HN"], None, "medium", blend=True),
  tags=("Melange", "Herkomst: Peru", "Herkomst: Honduras", "Branding: Medium"))
P(L, "Cafeïnevrij – Peru", [("0,5 kg", "18.00", 500), ("1,0 kg", "33.00", 1000)],
  C(["PE"], None, "medium", decaf=True),
  body="<p>Cafeïnevrij gemaakt met het Swiss Water proces. Branding: medium.</p>", opt="Gewicht")
P(L, "Rwanda Kanzu", [("250 g", "15.00", 250)], C(["RW"], "natural", "light"),
  body="<p><b>Origin</b> Rwanda — <b>Herkomst</b> Rwanda</p><p><b>Process</b> Natural — <b>Proces</b> Natural</p>"
       "<p><b>Roast</b> Light — <b>Branding</b> Licht</p>")
P(L, "Panama Finca Deborah", [("100 g", "22.00", 100)], C(["PA"], "carbonic maceration", "light"),
  type="Koffiebonen", body="<p>Proces: Carbonic maceration<br>Branding: licht</p>")
P(L, "Koffiefilters nr. 4 (80 stuks)", ONE, N("equipment"))
P(L, "Cadeaubon", [("€ 25", "25.00", None)], N("gift card"))
P(L, "Losse thee – Earl Grey", [("100 g", "8.50", None)], N("not coffee: tea/food"), type="Thee")

# ------------------------------------------------------------------------------------------ Portuguese
L = "pt"
P(L, "Sítio São José", [("250 g", "45.00", 250)], C(["BR"], "natural", "medium"),
  tags=("origem:brasil", "processo:natural", "torra:media"), cur="BRL")
P(L, "Etiópia Guji – Natural – Torra Clara", [("250 g", "14.00", 250)], C(["ET"], "natural", "light"),
  body="<p>Mirtilo, chá preto, mel.</p>")
P(L, "Colômbia Nariño", [("250 g", "13.50", 250)], C(["CO"], "washed", "medium-light"), cats=("Café em grão",),
  extra="<p>Origem: Colômbia<br>Processo: Lavado<br>Torra: Média-clara</p>")
P(L, "Fazenda Santa Inês", [("250 g", "55.00", 250)], C(["BR"], "pulped natural", "medium"),
  body="<p>No alto da Serra da Mantiqueira, no sul de Minas Gerais, a família Pereira cultiva café há mais de "
       "cem anos; é uma das fazendas mais premiadas do Brasil.</p><p>Depois da colheita, os frutos são "
       "descascados e os grãos secam com a mucilagem no terreiro, o chamado cereja descascado.</p>"
       "<p>Fizemos uma torra média para realçar o chocolate.</p>", cur="BRL")
P(L, "Sidamo Bombe", [("250 g", "14.50", 250)], C(["ET"], "washed", "light"),
  body="<p>PROCESSO — Lavado<br>TORRA — Clara</p>")
P(L, "Blend da Casa", [("500g", "22.00", 500), ("1kg", "40.00", 1000)], C(["BR", "CO"], None, "medium-dark", blend=True),
  body="<p>Blend de cafés do Brasil e da Colômbia. Torra média-escura.</p>", opt="Peso")
P(L, "Descafeinado – Brasil Cerrado", [("0,5 kg", "19.00", 500)], C(["BR"], None, "medium", decaf=True),
  body="<p>Descafeinado pelo método Swiss Water. Torra média.</p>", opt="Peso")
P(L, "Quênia AA Kirinyaga", [("250 g", "16.00", 250)], C(["KE"], "washed", "light"),
  body="<p>Origin: Kenya / Origem: Quênia</p><p>Process: Washed / Processo: Lavado</p>"
       "<p>Roast: Light / Torra: Clara</p>")
P(L, "Brasil Fazenda Daterra – Fermentado", [("250 g", "79.00", 250)], C(["BR"], "anaerobic natural", "light"),
  type="Café especial", body="<p>Processo: Natural anaeróbico<br>Torra: Clara</p>", cur="BRL")
P(L, "Honduras Marcala", [("250 g", "13.00", 250)], C(["HN"], "honey", "medium"),
  body="<p>Processo: Honey. Torra: Média.</p>")
P(L, "Filtro de papel para café 102 (40 un.)", ONE, N("equipment"))
P(L, "Cartão Presente", [("R$ 100", "100.00", None)], N("gift card"), cur="BRL")
P(L, "Curso de barista – Métodos filtrados", ONE, N("workshop/event"),
  body="<p>Aprenda a preparar café em V60, Chemex e AeroPress.</p>")

# ---------------------------------------------------------------------------------------------- Polish
L = "pl"
P(L, "Gatomboya", [("250 g", "69.00", 250)], C(["KE"], "washed", "light"),
  tags=("kraj: Kenia", "obróbka: myta", "palenie: jasne"), cur="PLN")
P(L, "Etiopia Sidamo Bensa – naturalna – jasno palona", [("250 g", "65.00", 250)], C(["ET"], "natural", "light"),
  body="<p>Truskawka, jaśmin, kakao.</p>", cur="PLN")
P(L, "Kolumbia Tolima", [("250 g", "59.00", 250), ("1 kg", "199.00", 1000)], C(["CO"], "honey", "medium"),
  cats=("Kawa ziarnista",), extra="<p>KRAJ POCHODZENIA: Kolumbia<br>OBRÓBKA: Honey<br>STOPIEŃ PALENIA: Średni</p>",
  cur="PLN")
P(L, "Finca San Luis", [("250 g", "72.00", 250)], C(["GT"], "anaerobic natural", "light"),
  body="<p>Farma San Luis leży w Gwatemali, w regionie Huehuetenango, na wysokości 1700 m n.p.m.</p>"
       "<p>Owoce po zbiorze fermentowane są beztlenowo przez 96 godzin, a potem suszone w całości na "
       "afrykańskich łóżkach.</p><p>Kawę palimy jasno, pod przelew.</p>", cur="PLN")
P(L, "Yirgacheffe Kochere", [("250 g", "62.00", 250)], C(["ET"], "washed", "light"),
  body="<p>Obróbka: myta<br>Palenie: jasne</p>", cur="PLN")
P(L, "Mieszanka Espresso Klasyczna", [("250 g", "45.00", 250), ("1 kg", "149.00", 1000)],
  C(["BR", "IN"], None, "dark", blend=True),
  body="<p>Mieszanka kaw z Brazylii i Indii. Stopień palenia: ciemny.</p>", opt="Waga", cur="PLN")
P(L, "Bezkofeinowa Kolumbia", [("250 g", "55.00", 250)], C(["CO"], None, "medium", decaf=True),
  body="<p>Kawa bezkofeinowa, dekofeinizowana naturalnie metodą z trzciny cukrowej (EA). Palenie średnie.</p>",
  cur="PLN")
P(L, "Rwanda Gakenke", [("250 g", "64.00", 250)], C(["RW"], "natural", "light"),
  body="<p>Origin: Rwanda / Pochodzenie: Rwanda<br>Process: Natural / Obróbka: naturalna<br>"
       "Roast: Light / Palenie: jasne</p>", cur="PLN")
P(L, "Brazylia Cerrado", [("0,5 kg", "85.00", 500), ("1,0 kg", "159.00", 1000)],
  C(["BR"], "pulped natural", "medium-dark"), type="Kawa ziarnista",
  body="<p>Obróbka: pulped natural<br>Palenie: średnio-ciemne</p>", opt="Waga", cur="PLN")
P(L, "Honduras Santa Barbara", [("250 g", "60.00", 250)], C(["HN"], "washed", "omni"),
  body="<p>Obróbka — myta<br>Palenie — omni</p>", cur="PLN")
P(L, "Filtry papierowe do kawy V60 02", ONE, N("equipment"), cur="PLN")
P(L, "Karta podarunkowa", [("100 zł", "100.00", None)], N("gift card"), cur="PLN")
P(L, "Herbata liściasta – Sencha", [("100 g", "39.00", None)], N("not coffee: tea/food"), cur="PLN")

# --------------------------------------------------------------------------------------------- Swedish
L = "sv"
P(L, "Karogoto", [("250 g", "169", 250)], C(["KE"], "washed", "light"),
  tags=("Ursprung: Kenya", "Process: Tvättad", "Rostning: Ljus"), cur="SEK")
P(L, "Colombia Huila – Tvättad – Ljusrost", [("250 g", "149", 250)], C(["CO"], "washed", "light"),
  body="<p>Röda äpplen, karamell.</p>", cur="SEK")
P(L, "Brasilien Sul de Minas", [("250 g", "119", 250), ("1 kg", "399", 1000)], C(["BR"], "natural", "medium"),
  cats=("Kaffebönor",), extra="<p>URSPRUNG: Brasilien<br>PROCESS: Naturell<br>ROSTNING: Mellan</p>", cur="SEK")
P(L, "Finca Santa Elena", [("250 g", "159", 250)], C(["HN"], "natural", "light"),
  body="<p>Familjen Castillo odlar kaffe i bergen ovanför Marcala i Honduras.</p><p>Bären torkas hela i solen "
       "på upphöjda bäddar i nästan en månad – det som kallas naturell process.</p><p>Vi har rostat den ljust "
       "för filterbryggning.</p>", cur="SEK")
P(L, "Yirgacheffe Adado", [("250 g", "155", 250)], C(["ET"], "washed", "light"),
  body="<p>Process: Tvättad. Rostgrad: Ljus.</p>", cur="SEK")
P(L, "Espresso Blend Nr. 1", [("250 g", "119", 250), ("1 kg", "389", 1000)],
  C(["BR", "ET"], None, "dark", blend=True), body="<p>En blend av Brasilien och Etiopien. Rostning: Mörk.</p>",
  cur="SEK")
P(L, "Bryggkaffe Mellanrost", [("450 g", "139", 450)], C(["PE", "GT"], None, "medium", blend=True),
  body="<p>En blandning av Peru och Guatemala, mellanrostad för bryggaren.</p>", cur="SEK")
P(L, "Koffeinfritt – Colombia", [("0,5 kg", "229", 500), ("1,0 kg", "419", 1000)],
  C(["CO"], None, "medium", decaf=True),
  body="<p>Koffeinfritt genom sockerrörsmetoden. Rostning: mellan.</p>", opt="Vikt", cur="SEK")
P(L, "Rwanda Huye", [("250 g", "159", 250)], C(["RW"], "washed", "light"),
  body="<p>Origin / Ursprung: Rwanda — Process: Washed / Tvättad — Roast: Light / Ljus</p>", cur="SEK")
P(L, "Etiopien Guji Anaerob", [("250 g", "179", 250)], C(["ET"], "anaerobic natural", "light"),
  type="Kaffebönor", body="<p>Process: Anaerob naturell<br>Rostning: Ljus</p>", cur="SEK")
P(L, "Kaffefilter pappersfilter storlek 4", ONE, N("equipment"), cur="SEK")
P(L, "Presentkort", [("300 kr", "300", None)], N("gift card"), cur="SEK")
P(L, "Kaffeprenumeration – 3 månader", [("250 g / månad", "447", None)], N("subscription"), cur="SEK")

# ---------------------------------------------------------------------------------------------- Danish
L = "da"
P(L, "Chelbesa", [("250 g", "125", 250)], C(["ET"], "washed", "light"),
  tags=("Oprindelse: Etiopien", "Proces: Vasket", "Ristning: Lys"), cur="DKK")
P(L, "Kenya Nyeri AB – Vasket – Lys ristning", [("250 g", "135", 250)], C(["KE"], "washed", "light"),
  body="<p>Solbær, rabarber, rørsukker.</p>", cur="DKK")
P(L, "Colombia Cauca", [("250 g", "110", 250), ("1 kg", "380", 1000)], C(["CO"], "honey", "medium"),
  cats=("Kaffebønner",), extra="<p>OPRINDELSE: Colombia<br>PROCES: Honey<br>RISTNING: Medium</p>", cur="DKK")
P(L, "Finca El Limón", [("250 g", "120", 250)], C(["NI"], "natural", "light"),
  body="<p>Finca El Limón ligger i Nicaraguas nordlige bjerge, tæt på Jinotega.</p><p>Bærrene bliver tørret "
       "hele på afrikanske senge i tre uger – en naturlig proces, der giver noter af jordbær.</p><p>Vi rister "
       "den lyst til filterbrygning.</p>", cur="DKK")
P(L, "Antigua Finca Medina", [("250 g", "115", 250)], C(["GT"], "washed", "medium"),
  body="<p>Proces: Vasket<br>Ristning: Mellem</p>", cur="DKK")
P(L, "Husets Espresso", [("250 g", "95", 250), ("1 kg", "320", 1000)], C(["BR", "IN"], None, "dark", blend=True),
  body="<p>En blanding af kaffe fra Brasilien og Indien. Ristning: Mørk.</p>", cur="DKK")
P(L, "Morgenblanding", [("500 g", "150", 500)], C(["PE", "CO"], None, "medium", blend=True),
  tags=("Blend", "Oprindelse: Peru", "Oprindelse: Colombia", "Ristning: Medium"), cur="DKK")
P(L, "Koffeinfri Mexico", [("0,5 kg", "170", 500), ("1,0 kg", "310", 1000)], C(["MX"], None, "medium", decaf=True),
  body="<p>Koffeinfri via Swiss Water-metoden. Ristning: medium.</p>", opt="Vægt", cur="DKK")
P(L, "Rwanda Nyamasheke", [("250 g", "125", 250)], C(["RW"], "natural", "light"),
  body="<p>Origin / Oprindelse: Rwanda<br>Process / Proces: Natural / Naturlig<br>Roast / Ristning: Light / Lys</p>",
  cur="DKK")
P(L, "Indonesien Sumatra Gayo", [("250 g", "115", 250)], C(["ID"], "wet-hulled", "dark"), type="Kaffebønner",
  body="<p>Proces: Wet hulled<br>Ristning: Mørk</p>", cur="DKK")
P(L, "Kaffefiltre i papir str. 4", ONE, N("equipment"), cur="DKK")
P(L, "Gavekort", [("250 kr.", "250", None)], N("gift card"), cur="DKK")
P(L, "Kaffekursus: Brygning derhjemme", ONE, N("workshop/event"),
  body="<p>Lær at brygge kaffe på V60, Aeropress og stempelkande.</p>", cur="DKK")

# ------------------------------------------------------------------------------------------- Norwegian
L = "no"
P(L, "Kamwangi", [("250 g", "189", 250)], C(["KE"], "washed", "light"),
  tags=("Opprinnelse: Kenya", "Prosess: Vasket", "Brenning: Lys"), cur="NOK")
P(L, "Etiopia Guji – Naturell – Lys brent", [("250 g", "179", 250)], C(["ET"], "natural", "light"),
  body="<p>Blåbær, sjokolade, jasmin.</p>", cur="NOK")
P(L, "Colombia Huila Finca Tamana", [("250 g", "169", 250), ("1 kg", "549", 1000)], C(["CO"], "washed", "medium"),
  cats=("Kaffebønner",), extra="<p>OPPRINNELSE: Colombia<br>PROSESS: Vasket<br>BRENNING: Medium</p>", cur="NOK")
P(L, "Finca La Montaña", [("250 g", "185", 250)], C(["SV"], "honey", "light"),
  body="<p>Finca La Montaña ligger høyt oppe i fjellene i El Salvador, nær Santa Ana.</p><p>Etter plukking "
       "blir bærene pulpet, og bønnene tørkes med fruktkjøttet på – det som kalles honey-prosess.</p>"
       "<p>Vi har brent den lyst.</p>", cur="NOK")
P(L, "Tarrazú La Pastora", [("250 g", "175", 250)], C(["CR"], "washed", "light"),
  body="<p>Prosess: Vasket<br>Brenning: Lys</p>", cur="NOK")
P(L, "Espresso Blend", [("250 g", "149", 250), ("1 kg", "479", 1000)], C(["BR", "CO"], None, "dark", blend=True),
  body="<p>En blanding av Brasil og Colombia. Brenning: Mørk.</p>", cur="NOK")
P(L, "Husets Filterblanding", [("500 g", "259", 500)], C(["ET", "PE"], None, "medium", blend=True),
  body="<p>Blanding av kaffe fra Etiopia og Peru. Middels brent.</p>", cur="NOK")
P(L, "Koffeinfri Colombia", [("0,5 kg", "289", 500), ("1,0 kg", "529", 1000)],
  C(["CO"], None, "medium", decaf=True),
  body="<p>Koffeinfri, behandlet med sukkerrørmetoden (EA). Brenning: medium.</p>", opt="Vekt", cur="NOK")
P(L, "Burundi Kayanza", [("250 g", "179", 250)], C(["BI"], "washed", "light"),
  body="<p>Origin / Opprinnelse: Burundi<br>Process / Prosess: Washed / Vasket<br>Roast / Brenning: Light / Lys</p>",
  cur="NOK")
P(L, "Brasil Fazenda Ambiental", [("250 g", "199", 250)], C(["BR"], "anaerobic natural", "light"),
  type="Kaffebønner", body="<p>Prosess: Anaerob naturell<br>Brenning: Lys</p>", cur="NOK")
P(L, "Kaffefilter papir str. 4", ONE, N("equipment"), cur="NOK")
P(L, "Gavekort", [("500 kr", "500", None)], N("gift card"), cur="NOK")
P(L, "Kaffeabonnement", [("2 x 250 g / mnd", "349", None)], N("subscription"),
  body="<p>Ferskbrent kaffe i postkassen hver måned.</p>", cur="NOK")

# -------------------------------------------------------------------------------------------- Japanese
L = "ja"
P(L, "カラテ農園 AA", [("200g", "2200", 200)], C(["KE"], "washed", "light"),
  tags=("産地:ケニア", "精製:ウォッシュト", "焙煎:浅煎り"), cur="JPY")
P(L, "エチオピア イルガチェフェ ナチュラル 浅煎り", [("200g", "1900", 200)], C(["ET"], "natural", "light"),
  body="<p>ブルーベリー、ジャスミン。</p>", cur="JPY")
P(L, "コロンビア ウイラ", [("200g", "1700", 200), ("500g", "3900", 500)], C(["CO"], "washed", "medium"),
  cats=("コーヒー豆",), extra="<p>生産国：コロンビア<br>精製方法：ウォッシュト<br>焙煎度：中煎り</p>", cur="JPY")
P(L, "ラ・エスペランサ農園", [("200g", "2000", 200)], C(["GT"], "honey", "medium-dark"),
  body="<p>グアテマラ西部のウエウエテナンゴ県にある家族経営の農園です。</p><p>収穫したチェリーは果肉を除去し、"
       "ミューシレージを残したまま乾燥させるハニープロセスで仕上げられています。</p><p>当店では中深煎りに焙煎しました。</p>",
  cur="JPY")
P(L, "タラス ラ・カンデリージャ", [("200g", "2100", 200)], C(["CR"], "washed", "medium"),
  body="<p>産地／タラス<br>精製／ウォッシュト<br>焙煎／中煎り</p>", cur="JPY")
P(L, "オリジナルブレンド", [("200g", "1500", 200), ("500g", "3400", 500)], C(["BR", "CO"], None, "dark", blend=True),
  body="<p>ブラジルとコロンビアをブレンドしました。焙煎度：深煎り</p>", cur="JPY")
P(L, "デカフェ メキシコ", [("200g", "1800", 200), ("500g", "4000", 500)], C(["MX"], None, "medium", decaf=True),
  body="<p>スイスウォーター製法でカフェインを除去。焙煎度：中煎り</p>", opt="容量", cur="JPY")
P(L, "ルワンダ ニャマシェケ", [("200g", "2000", 200)], C(["RW"], "natural", "light"),
  body="<p>Origin 生産国: Rwanda ルワンダ<br>Process 精製: Natural ナチュラル<br>Roast 焙煎: Light 浅煎り</p>",
  cur="JPY")
P(L, "インドネシア マンデリン", [("200g", "1800", 200)], C(["ID"], "wet-hulled", "dark"), type="コーヒー豆",
  body="<p>精製方法：スマトラ式<br>焙煎度：深煎り</p>", cur="JPY")
P(L, "パナマ ゲイシャ アナエロビック", [("100g", "3500", 100), ("200g（約20杯分）", "6500", 200)],
  C(["PA"], "anaerobic natural", "light"), body="<p>精製：アナエロビック ナチュラル<br>焙煎：浅煎り</p>",
  opt="内容量", cur="JPY")
P(L, "コーヒーミル 手挽き セラミック刃", [("Default Title", "6800", None)], N("equipment"), cur="JPY")
P(L, "コーヒーフィルター 円錐形 02 (100枚)", [("Default Title", "550", None)], N("equipment"), cur="JPY")
P(L, "ギフトカード", [("5,000円", "5000", None)], N("gift card"), cur="JPY")

# ---------------------------------------------------------------------------------------------- Korean
L = "ko"
P(L, "와치로 AA", [("200g", "19000", 200)], C(["KE"], "washed", "light"),
  tags=("원산지:케냐", "가공:워시드", "로스팅:라이트"), cur="KRW")
P(L, "에티오피아 구지 내추럴 라이트 로스트", [("200g", "18000", 200)], C(["ET"], "natural", "light"),
  body="<p>블루베리, 자스민, 밀크초콜릿</p>", cur="KRW")
P(L, "콜롬비아 우일라", [("200g", "16000", 200), ("500g", "36000", 500)], C(["CO"], "honey", "medium"),
  cats=("원두",), extra="<p>원산지: 콜롬비아<br>가공방식: 허니<br>로스팅: 미디엄</p>", cur="KRW")
P(L, "엘 파라이소 농장", [("200g", "24000", 200)], C(["CR"], "anaerobic natural", "light"),
  body="<p>엘 파라이소는 코스타리카 웨스트 밸리 지역의 해발 1,900m에 자리한 작은 농장입니다.</p>"
       "<p>수확한 체리는 무산소 탱크에서 72시간 발효한 뒤 그대로 건조하는 무산소 내추럴 방식으로 가공됩니다.</p>"
       "<p>라이트하게 로스팅했습니다.</p>", cur="KRW")
P(L, "예가체프 코체레", [("200g", "17000", 200)], C(["ET"], "washed", "light"),
  body="<p>가공 | 워시드<br>로스팅 | 라이트</p>", cur="KRW")
P(L, "하우스 블렌드", [("200g", "13000", 200), ("1kg", "52000", 1000)], C(["BR", "CO"], None, "dark", blend=True),
  body="<p>브라질과 콜롬비아 원두를 블렌딩했습니다. 로스팅: 다크</p>", cur="KRW")
P(L, "디카페인 콜롬비아", [("200g", "17000", 200), ("500g", "38000", 500)], C(["CO"], None, "medium", decaf=True),
  body="<p>사탕수수 공법(EA)으로 카페인을 제거했습니다. 로스팅: 미디엄</p>", opt="용량", cur="KRW")
P(L, "르완다 후예", [("200g", "18000", 200)], C(["RW"], "washed", "light"),
  body="<p>Origin 원산지: Rwanda 르완다<br>Process 가공: Washed 워시드<br>Roast 로스팅: Light 라이트</p>",
  cur="KRW")
P(L, "과테말라 안티구아", [("200g", "16000", 200)], C(["GT"], "washed", "medium-dark"), type="원두",
  body="<p>가공: 워시드<br>로스팅: 미디엄 다크</p>", cur="KRW")
P(L, "인도네시아 수마트라 만델링", [("200g", "15000", 200), ("500g", "34000", 500), ("1kg", "62000", 1000)],
  C(["ID"], "wet-hulled", "dark"), body="<p>가공: 웻헐링<br>로스팅: 다크</p>", opt="중량", cur="KRW")
P(L, "커피 드리퍼 V60 세라믹 02", [("화이트", "28000", None)], N("equipment"), cur="KRW", opt="색상")
P(L, "모바일 상품권 5만원", [("Default Title", "50000", None)], N("gift card"), cur="KRW")
P(L, "핸드드립 원데이 클래스", [("Default Title", "60000", None)], N("workshop/event"),
  body="<p>커피 추출의 기본을 배우는 2시간 클래스입니다.</p>", cur="KRW")

# ---------------------------------------------------------------------------------- Chinese (simplified)
L = "zh"
P(L, "花魁 6.0", [("200克", "168", 200)], C(["ET"], "natural", "light"),
  tags=("产地:埃塞俄比亚", "处理法:日晒", "烘焙:浅烘"), cur="CNY")
P(L, "哥伦比亚 慧兰 水洗 中烘", [("200克", "98", 200)], C(["CO"], "washed", "medium"),
  body="<p>焦糖、坚果、红苹果。</p>", cur="CNY")
P(L, "巴西 喜拉多", [("500g", "128", 500)], C(["BR"], "pulped natural", "medium-dark"), cats=("咖啡豆",),
  extra="<p>产地：巴西<br>处理法：半日晒<br>烘焙度：中深烘焙</p>", cur="CNY")
P(L, "圣费利佩庄园", [("200克", "138", 200)], C(["GT"], "honey", "light"),
  body="<p>圣费利佩庄园位于危地马拉薇薇特南果产区，海拔1800米。</p><p>咖啡樱桃采摘后去皮，带着果胶晾晒干燥，"
       "是典型的蜜处理。</p><p>我们采用浅烘焙，保留花香与酸质。</p>", cur="CNY")
P(L, "耶加雪菲 沃卡", [("200克", "118", 200)], C(["ET"], "washed", "light"),
  body="<p>处理法／水洗<br>烘焙度／浅烘</p>", cur="CNY")
P(L, "意式拼配", [("500克", "99", 500), ("1千克", "188", 1000)], C(["BR", "CO"], None, "dark", blend=True),
  body="<p>由巴西与哥伦比亚咖啡豆拼配而成。烘焙度：深烘</p>", cur="CNY")
P(L, "低因咖啡 哥伦比亚", [("200克", "118", 200)], C(["CO"], None, "medium", decaf=True),
  body="<p>采用瑞士水处理法脱因。烘焙度：中烘</p>", cur="CNY")
P(L, "卢旺达 尼亚马舍凯", [("200克", "128", 200)], C(["RW"], "washed", "light"),
  body="<p>Origin 产地: Rwanda 卢旺达<br>Process 处理法: Washed 水洗<br>Roast 烘焙: Light 浅烘</p>", cur="CNY")
P(L, "肯尼亚 AA 涅里", [("227克（半磅）", "158", 227), ("454克（一磅）", "298", 454)], C(["KE"], "washed", "medium-light"),
  type="咖啡豆", body="<p>处理法：水洗；烘焙度：浅中烘</p>", opt="规格", cur="CNY")
P(L, "印尼 苏门答腊 曼特宁", [("200克", "98", 200)], C(["ID"], "wet-hulled", "dark"),
  body="<p>处理法：湿刨法<br>烘焙度：深烘</p>", cur="CNY")
P(L, "咖啡滤纸 V60 锥形 (100张)", [("默认", "25", None)], N("equipment"), cur="CNY")
P(L, "电子礼品卡", [("200元", "200", None)], N("gift card"), cur="CNY")
P(L, "咖啡订阅 每月精品豆", [("3个月", "399", None)], N("subscription"),
  body="<p>每月寄送一款新鲜烘焙的精品咖啡豆。</p>", cur="CNY")

# -------------------------------------------------------------------------------- Chinese (traditional)
L = "zht"
P(L, "聖塔莫妮卡莊園", [("半磅", "450", 227)], C(["SV"], "honey", "medium"),
  tags=("產地:薩爾瓦多", "處理法:蜜處理", "烘焙度:中焙"), cur="TWD")
P(L, "衣索比亞 古吉 日曬 淺焙", [("半磅", "480", 227)], C(["ET"], "natural", "light"),
  body="<p>藍莓、莓果、可可。</p>", cur="TWD")
P(L, "哥倫比亞 薇拉", [("半磅", "420", 227), ("一磅", "780", 454)], C(["CO"], "washed", "medium-light"),
  cats=("咖啡豆",), extra="<p>產區：哥倫比亞<br>處理法：水洗<br>烘焙度：淺中焙</p>", cur="TWD")
P(L, "翡翠莊園 艾絲美拉達", [("100克", "900", 100)], C(["PA"], "anaerobic natural", "light"),
  body="<p>翡翠莊園位於巴拿馬波奎特產區，海拔1700公尺。</p><p>咖啡櫻桃在無氧環境中發酵五天後，"
       "連同果皮一起日曬乾燥。</p><p>我們以淺焙呈現其花香。</p>", cur="TWD")
P(L, "安提瓜 聖塞巴斯提安", [("半磅", "400", 227)], C(["GT"], "washed", "medium"),
  body="<p>處理法／水洗<br>烘焙度／中焙</p>", cur="TWD")
P(L, "招牌配方豆", [("半磅", "350", 227), ("一磅", "650", 454)], C(["BR", "GT"], None, "medium-dark", blend=True),
  body="<p>巴西與瓜地馬拉拼配。烘焙度：中深焙</p>", cur="TWD")
P(L, "低咖啡因 哥倫比亞", [("半磅", "420", 227)], C(["CO"], None, "medium", decaf=True),
  body="<p>以甘蔗萃取法（EA）去除咖啡因。烘焙度：中焙</p>", cur="TWD")
P(L, "肯亞 AA 基里尼亞加", [("半磅", "520", 227)], C(["KE"], "washed", "light"),
  body="<p>Origin 產地: Kenya 肯亞<br>Process 處理法: Washed 水洗<br>Roast 烘焙: Light 淺焙</p>", cur="TWD")
P(L, "夏威夷 可娜 特級", [("半磅", "1200", 227), ("一磅", "2200", 454)], C(["US"], "washed", "medium"),
  type="咖啡豆", body="<p>處理法：水洗<br>烘焙度：中焙</p>", opt="重量", cur="TWD")
P(L, "印尼 蘇門答臘 曼特寧", [("半磅", "380", 227)], C(["ID"], "wet-hulled", "dark"),
  body="<p>處理法：濕剝法<br>烘焙度：深焙</p>", cur="TWD")
P(L, "咖啡濾紙 錐形 (100入)", [("預設", "120", None)], N("equipment"), cur="TWD")
P(L, "禮物卡", [("NT$1000", "1000", None)], N("gift card"), cur="TWD")
P(L, "手沖咖啡課程（初階）", [("預設", "1500", None)], N("workshop/event"),
  body="<p>三小時學會手沖咖啡的基本技巧。</p>", cur="TWD")
