"""A second held-out multilingual set (issue 14), written apart from the vocabularies and from holdout.py:
products in the shapes real shop feeds have in 15 languages: Shopify spec tables, bullet facts,
<strong>Label</strong> values, emoji bullets, mixed-language pages, WooCommerce short descriptions, prose
about the farm that names other countries, shop-style titles, variant options in the language, and the
goods a roaster sells beside coffee.

Coffee-flavoured goods (coffee chocolate, coffee liqueur, canned or bottled cold brew, capsules, pods,
drip bags) are labelled not coffee: a human cataloguing coffee beans and ground coffee would leave them out.
A blend of components with different processes has no one process (None).

Same entry format as multilingual.py (its C and N helpers); ids "h2:<lang>:<n>".
"""
from __future__ import annotations

from multilingual import C, N, product_builder

HOLDOUT2: list = []
P = product_builder(HOLDOUT2, "h2", "h2")


def _table(*rows):
    return "<table><tbody>" + "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in rows) + "</tbody></table>"


# ---------------------------------------------------------------------------------------------- English
L = "en"
P(L, "ETHIOPIA • Guji • Natural • 250 g", [("250 g", "17.00", 250)], C(["ET"], "natural", "light"),
  body=_table(("<strong>Origin</strong>", "Ethiopia, Guji zone"), ("<strong>Process</strong>", "Natural"),
              ("<strong>Roast</strong>", "Light"), ("<strong>Altitude</strong>", "2,100 masl")))
P(L, "Colombia Decaf – Sugarcane", [("12 oz", "18.00", 340), ("2 lb", "44.00", 907)], C(["CO"], None, "medium", decaf=True),
  body="<p>Sugarcane (EA) decaffeinated. <strong>Origin:</strong> Colombia, Huila. <strong>Roast:</strong> Medium.</p>",
  cur="USD")
P(L, "Burundi Kayanza", [("250g", "16.50", 250)], C(["BI"], "washed", "light"),
  body="<p>After last month's Kenya we stay in East Africa with this fully washed lot from Burundi, imported by our "
       "friends in the Netherlands. We roast it light for filter.</p>", cur="GBP")
P(L, "Daily Driver", [("1kg", "34.00", 1000)], C(["BR", "CO"], None, "medium-dark", blend=True),
  body="<p>A blend of two origins, Brazil and Colombia, roasted medium-dark for espresso and milk.</p>", cur="GBP")
P(L, "Rwanda Nyamasheke", [("250 g", "15.00", 250), ("2 x 250 g", "28.00", 500)], C(["RW"], "honey", "medium-light"),
  body="<p>🌍 Origin: Rwanda<br>🍒 Process: Honey<br>🔥 Roast: Medium-light<br>☕ Tasting notes: plum, cocoa</p>")
P(L, "Costa Rica Anaerobic Natural", [("200g", "21.00", 200)], C(["CR"], "anaerobic natural", "light"),
  body="<ul><li>Country: Costa Rica</li><li>Process: Anaerobic natural, 96 h</li><li>Roast level: Light</li></ul>")
P(L, "Guatemala Huehuetenango", [("1 kilo", "40.00", 1000)], C(["GT"], "washed", "medium"),
  body="<p><strong>Country</strong> Guatemala</p><p><strong>Process</strong> Washed</p><p><strong>Roast</strong> Medium</p>")
P(L, "Coffee Liqueur 500ml", [(None, "29.00", None)], N("merch"),
  body="<p>Our house liqueur, made with cold-brewed Ethiopia natural. 25% ABV.</p>")
P(L, "Cold Brew Cans (4-pack)", [(None, "12.00", None)], N("ready-to-drink"),
  body="<p>Ready-to-drink cold brew from our Colombia washed, 4 x 250 ml cans.</p>", cur="USD")
P(L, "Dark Chocolate Coffee Bar 70%", [("80 g", "7.00", None)], N("merch"),
  body="<p>70% dark chocolate with ground coffee beans from Ethiopia.</p>")

# ---------------------------------------------------------------------------------------------- French
L = "fr"
P(L, "ÉTHIOPIE • Sidamo • Nature • 250 g", [("250 g", "13.50", 250)], C(["ET"], "natural", "light"),
  body=_table(("<strong>Origine</strong>", "Éthiopie, Sidama, Bensa"), ("<strong>Procédé</strong>", "Nature"),
              ("<strong>Torréfaction</strong>", "Claire"), ("<strong>Altitude</strong>", "2 200 m")), opt="Poids")
P(L, "Colombie – Finca La Esperanza", [("250 g", "14.00", 250), ("1 kg", "49.00", 1000)], C(["CO"], "washed", "medium"),
  body="<p><strong>Pays :</strong> Colombie<br><strong>Process :</strong> Lavé<br><strong>Torréfaction :</strong> "
       "Medium</p><p><strong>Tasting notes:</strong> red apple, caramel, milk chocolate</p>", opt="Poids")
P(L, "Burundi Kayanza – Lot 12", [("250g", "15.00", 250)], C(["BI"], "washed", "light"),
  body="<p>Après notre Kenya du mois dernier, place à un café du Burundi. Importé par nos amis de Belgique, ce lot "
       "lavé de la station de Kayanza est torréfié clair pour la méthode douce.</p>")
P(L, "Le Matinal", [("250g", "11.50", 250), ("1kg", "39.00", 1000)], C(["BR", "HN"], None, "medium-dark", blend=True),
  body="<p>Un assemblage de deux origines : un Brésil et un Honduras, en torréfaction moyenne-foncée pour l'espresso.</p>")
P(L, "Mexique Chiapas Décaféiné", [("250 g", "12.90", 250), ("1 kg", "42.00", 1000)], C(["MX"], None, "medium", decaf=True),
  body="<p>Décaféiné naturellement au procédé Swiss Water. Origine : Mexique (Chiapas). Torréfaction moyenne.</p>",
  opt="Poids")
P(L, "Pérou Cajamarca Bio", [("250 g", "12.00", 250), ("0,5 kg", "22.00", 500), ("1 kilo", "40.00", 1000)],
  C(["PE"], "washed", "medium-light"),
  body="<p>🌍 Origine : Pérou<br>⛰️ Altitude : 1 800 m<br>🍒 Process : Lavé<br>🔥 Torréfaction : Moyenne-claire</p>")
P(L, "Costa Rica Tarrazú Honey Jaune", [("250 g", "16.00", 250)], C(["CR"], "honey", "light"),
  body="<ul><li>Pays : Costa Rica</li><li>Traitement : Honey (yellow honey)</li><li>Niveau de torréfaction : clair</li></ul>")
P(L, "Rwanda Gakenke – 2 x 250 g", [("2 x 250 g", "26.00", 500)], C(["RW"], "washed", "light"),
  body="<p>Origine : Rwanda. Café lavé. Torréfaction claire.</p>")
P(L, "Chocolat noir au café – 70 %", [("80 g", "6.50", None)], N("merch"),
  body="<p>Tablette de chocolat noir 70 % aux éclats de grains de café d'Éthiopie.</p>")
P(L, "Liqueur de café artisanale 50 cl", [(None, "32.00", None)], N("merch"),
  body="<p>Macération de notre café du Brésil dans une eau-de-vie de Bourgogne.</p>")
P(L, "Filtres papier V60 02 (100 pièces)", [(None, "7.00", None)], N("equipment: filters"))
P(L, "Capsules compatibles Nespresso® – Éthiopie (x10)", [(None, "4.90", None)], N("instant/sachet"),
  body="<p>10 capsules compostables de notre Éthiopie, torréfaction moyenne.</p>")

# ---------------------------------------------------------------------------------------------- German
L = "de"
P(L, "Kolumbien Decaf Zuckerrohr", [("250 g", "11.90", 250), ("1 kg", "39.90", 1000)], C(["CO"], None, "medium", decaf=True),
  body="<p>Entkoffeiniert im Zuckerrohr-Verfahren (Ethylacetat).</p><ul><li>Herkunft: Kolumbien, Tolima</li>"
       "<li>Röstgrad: mittel</li></ul>", opt="Gewicht")
P(L, "Äthiopien Guji Hambela", [("250 g", "14.50", 250)], C(["ET"], "natural", "light"),
  body=_table(("Land", "Äthiopien"), ("Aufbereitung", "Trocken aufbereitet (Natural)"), ("Röstung", "Hell (Filter)")))
P(L, "Ruanda Nyamasheke", [("250 g", "13.90", 250)], C(["RW"], "washed", "light"),
  body="<p>Wie schon unser Kenia im Frühling kommt auch dieser Kaffee aus Ostafrika: aus Ruanda, vom Ufer des "
       "Kivusees. Die Kirschen werden gewaschen aufbereitet, wir rösten ihn hell.</p><p>Importiert von unseren "
       "Partnern aus den Niederlanden.</p>")
P(L, "Hausmischung „Bergfest“", [("500 g", "15.90", 500), ("1 kg", "28.90", 1000)], C(["BR", "IN"], None, "dark", blend=True),
  body="<p>Unsere Espresso-Mischung aus 70 % Brasilien und 30 % Indien, dunkel geröstet.</p>")
P(L, "Brasilien Cerrado Mineiro", [("500 g", "17.50", 500), ("1.000 g", "32.00", 1000)],
  C(["BR"], "pulped natural", "medium-dark"),
  body="<p><strong>Anbauland:</strong> Brasilien<br><strong>Aufbereitung:</strong> Pulped Natural<br>"
       "<strong>Röstgrad:</strong> mittel-dunkel</p>", opt="Menge")
P(L, "Honduras – Anaerob fermentiert", [("250 g", "16.90", 250)], C(["HN"], "anaerobic natural", "light"),
  body="<p>Herkunftsland: Honduras · Verarbeitung: anaerob fermentiert, natural · Röstung: helle Röstung</p>")
P(L, "El Salvador Santa Ana Honey", [("250 g", "14.90", 250)], C(["SV"], "honey", "medium"),
  body="<ul><li>Region: Santa Ana</li><li>Prozess: Honey</li><li>Röstgrad: Mittel</li></ul>")
P(L, "Peru Bio Espresso 1 kg", [("1 kg", "28.00", 1000)], C(["PE"], "washed", "medium"),
  body="<p>Bio-zertifizierter Kaffee aus Peru, gewaschen, mittlere Röstung für den Siebträger.</p>", opt="Inhalt")
P(L, "Kaffeelikör 0,5 l", [(None, "24.90", None)], N("merch"),
  body="<p>Likör aus unserem Espresso, 25 % vol.</p>")
P(L, "Kaffee-Schokolade Zartbitter 100 g", [("100 g", "4.90", None)], N("merch"),
  body="<p>Zartbitterschokolade mit gemahlenen Kaffeebohnen aus Äthiopien.</p>")
P(L, "Cold Brew Dose 250 ml (12er Pack)", [(None, "36.00", None)], N("ready-to-drink"),
  body="<p>Trinkfertiger Cold Brew aus Kolumbien.</p>")
P(L, "Handmühle Timemore C3", [(None, "79.00", None)], N("equipment: grinder"))

# ---------------------------------------------------------------------------------------------- Spanish
L = "es"
P(L, "ETIOPÍA • Guji • Natural • 250 g", [("250 g", "14.00", 250)], C(["ET"], "natural", "light"),
  body="<p><strong>Origen:</strong> Etiopía<br><strong>Proceso:</strong> Natural<br><strong>Tueste:</strong> Claro</p>",
  opt="Peso")
P(L, "Colombia Huila – Descafeinado", [("250 g", "12.50", 250)], C(["CO"], None, "medium", decaf=True),
  body="<p>Descafeinado natural con caña de azúcar. Origen: Colombia. Nivel de tueste: medio.</p>", opt="Peso")
P(L, "Guatemala Huehuetenango Finca La Bolsa", [("250 g", "15.00", 250), ("1 kg", "52.00", 1000)],
  C(["GT"], "washed", "medium-light"),
  body=_table(("País", "Guatemala"), ("Beneficio", "Lavado"), ("Tueste", "Medio-claro"), ("Variedad", "Bourbon, Caturra")))
P(L, "Nicaragua Jinotega", [("250 g", "13.50", 250)], C(["NI"], "honey", "medium"),
  body="<p>Después del éxito de nuestro Brasil, volvemos a Centroamérica con este café de Nicaragua, que importamos "
       "junto a una cooperativa de España. Proceso honey y tueste medio.</p>")
P(L, "Blend Espresso Casa", [("1 kg", "26.00", 1000)], C(["BR", "CO"], None, "dark", blend=True),
  body="<p>Una mezcla de café de Brasil y Colombia, tueste oscuro, ideal para espresso con leche.</p>")
P(L, "Perú Cajamarca", [("250 g", "12.00", 250), ("1 kilo", "38.00", 1000)], C(["PE"], "washed", "medium"),
  body="<p>🌍 Origen: Perú<br>🍒 Proceso: Lavado<br>🔥 Tueste: Medio</p>", opt="Formato")
P(L, "Costa Rica Tarrazú Anaeróbico", [("250 g", "18.00", 250)], C(["CR"], "anaerobic natural", "light"),
  body="<ul><li>País de origen: Costa Rica</li><li>Procesado: Natural anaeróbico</li><li>Grado de tueste: Claro</li></ul>")
P(L, "Brasil Mogiana – 1 kg", [("1 kg", "25.00", 1000)], C(["BR"], "natural", "medium-dark"),
  body="<p>Café de especialidad de Brasil, proceso natural, tueste medio-oscuro.</p>")
P(L, "Licor de café artesano 70 cl", [(None, "19.00", None)], N("merch"),
  body="<p>Elaborado con nuestro café de Colombia.</p>")
P(L, "Cápsulas compatibles Nespresso – Colombia (10 uds.)", [(None, "4.50", None)], N("instant/sachet"))
P(L, "Taza de cerámica 250 ml", [(None, "14.00", None)], N("merch"))
P(L, "Café frío en lata (cold brew) – pack de 6", [(None, "15.00", None)], N("ready-to-drink"),
  body="<p>Cold brew listo para beber, 6 latas de 250 ml.</p>")

# ---------------------------------------------------------------------------------------------- Italian
L = "it"
P(L, "Etiopia Yirgacheffe – Lavato", [("250 g", "13.00", 250), ("1 kg", "45.00", 1000)], C(["ET"], "washed", "light"),
  body="<p><strong>Origine:</strong> Etiopia<br><strong>Lavorazione:</strong> Lavato<br><strong>Tostatura:</strong> "
       "Chiara</p>", opt="Peso")
P(L, "Brasile Cerrado Naturale", [("250 g", "11.00", 250)], C(["BR"], "natural", "medium"),
  body=_table(("Paese", "Brasile"), ("Processo", "Naturale"), ("Tostatura", "Media")))
P(L, "Decaffeinato Colombia", [("250 g", "12.00", 250)], C(["CO"], None, "medium", decaf=True),
  body="<p>Caffè decaffeinato con metodo ad acqua (Swiss Water). Origine: Colombia. Tostatura media.</p>")
P(L, "Miscela Bar 80/20", [("1 kg", "22.00", 1000)], C(["BR", "IN"], None, "dark", blend=True),
  body="<p>Una miscela di 80% Arabica dal Brasile e 20% Robusta dall'India, tostatura scura per l'espresso al bar.</p>")
P(L, "Guatemala Antigua", [("250 g", "14.00", 250)], C(["GT"], "washed", "medium-light"),
  body="<p>Dopo il Kenya del mese scorso torniamo in America Centrale. Questo caffè del Guatemala, importato in "
       "Italia da una piccola cooperativa, è lavato e tostato medio-chiaro.</p>")
P(L, "Ruanda Huye", [("250 g", "15.00", 250)], C(["RW"], "honey", "medium-light"),
  body="<p>🌍 Provenienza: Ruanda<br>🍒 Processo: Honey<br>🔥 Tostatura: Media-chiara</p>")
P(L, "Kenya Nyeri AA – 500 g", [("500 g", "22.00", 500)], C(["KE"], "washed", "light"),
  body="<ul><li>Paese d'origine: Kenya</li><li>Metodo di lavorazione: lavato</li><li>Grado di tostatura: chiaro</li></ul>")
P(L, "Sumatra Mandheling", [("250 g", "14.00", 250), ("1,5 kg", "60.00", 1500)], C(["ID"], "wet-hulled", "dark"),
  body="<p>Origine: Indonesia · Lavorazione: Wet hulled (giling basah) · Tostatura: Scura</p>")
P(L, "Cioccolato fondente al caffè 70%", [("50 g", "4.50", None)], N("merch"),
  body="<p>Cioccolato fondente con chicchi di caffè macinati dal Brasile.</p>")
P(L, "Cialde ESE 44 mm – Miscela Bar (50 pz)", [(None, "14.00", None)], N("instant/sachet"))
P(L, "Macinacaffè manuale in legno", [(None, "39.00", None)], N("equipment: grinder"))
P(L, "Liquore al caffè 50 cl", [(None, "18.00", None)], N("merch"))

# ---------------------------------------------------------------------------------------------- Dutch
L = "nl"
P(L, "Ethiopië Sidamo – Natural", [("250 gram", "13.50", 250)], C(["ET"], "natural", "light"),
  body="<p><strong>Herkomst:</strong> Ethiopië<br><strong>Verwerking:</strong> Natural<br><strong>Branding:</strong> "
       "Licht</p>", opt="Gewicht")
P(L, "Colombia Cauca Cafeïnevrij", [("250 gram", "12.50", 250)], C(["CO"], None, "medium", decaf=True),
  body="<p>Cafeïnevrij gemaakt met suikerriet (EA). Land: Colombia. Brandingsgraad: medium.</p>", opt="Gewicht")
P(L, "Brazilië Fazenda Santa Inês", [("250 g", "12.00", 250), ("1 kg", "40.00", 1000)],
  C(["BR"], "pulped natural", "medium-dark"),
  body=_table(("Land van herkomst", "Brazilië"), ("Proces", "Pulped natural"), ("Branding", "Middel-donker")))
P(L, "Huismelange Espresso", [("1 kg", "29.00", 1000)], C(["BR", "GT"], None, "dark", blend=True),
  body="<p>Onze huismelange: een blend van koffie uit Brazilië en Guatemala, donker gebrand.</p>")
P(L, "Kenia Kiambu", [("250 g", "16.00", 250)], C(["KE"], "washed", "light"),
  body="<p>Net als onze Ethiopië van vorige maand komt deze koffie uit Oost-Afrika. Deze gewassen Kenia is licht "
       "gebrand en geïmporteerd via België.</p>")
P(L, "Honduras Marcala", [("250 gram", "12.50", 250), ("1 kilo", "42.00", 1000)], C(["HN"], "washed", "medium"),
  body="<p>🌍 Herkomst: Honduras<br>🍒 Proces: Gewassen<br>🔥 Branding: Medium</p>")
P(L, "Rwanda Nyungwe Honey", [("250 g", "15.00", 250)], C(["RW"], "honey", "medium-light"),
  body="<ul><li>Land: Rwanda</li><li>Verwerking: honey</li><li>Brandingsgraad: licht-medium</li></ul>")
P(L, "Peru Bio – 2 x 500 g", [("2 x 500 g", "30.00", 1000)], C(["PE"], "washed", "medium"),
  body="<p>Biologische koffie uit Peru. Gewassen, middel gebrand.</p>")
P(L, "Koffielikeur 50 cl", [(None, "21.00", None)], N("merch"))
P(L, "Koffiebonen in chocolade (150 g)", [("150 g", "6.95", None)], N("merch"),
  body="<p>Geroosterde koffiebonen uit Brazilië, omhuld met pure chocolade.</p>")
P(L, "Dripbags Colombia (10 stuks)", [(None, "12.00", None)], N("instant/sachet"))
P(L, "Handmolen 1Zpresso J-Max", [(None, "199.00", None)], N("equipment: grinder"))

# ---------------------------------------------------------------------------------------------- Portuguese
L = "pt"
P(L, "Brasil Mantiqueira de Minas", [("250 g", "49.90", 250), ("1 kg", "169.90", 1000)], C(["BR"], "natural", "medium"),
  body="<p>🌍 Origem: Brasil<br>⛰️ Altitude: 1.200 m<br>🍒 Processo: Natural<br>🔥 Torra: Média</p>", cur="BRL",
  opt="Peso")
P(L, "Brasil Cerrado – Cereja Descascado", [("500 g", "79.90", 500)], C(["BR"], "pulped natural", "medium-dark"),
  body=_table(("Origem", "Brasil"), ("Processo", "Cereja descascado"), ("Torra", "Média-escura")), cur="BRL")
P(L, "Descafeinado Colômbia", [("250 g", "59.90", 250)], C(["CO"], None, "medium", decaf=True),
  body="<p>Café descafeinado pelo método Swiss Water. Origem: Colômbia. Torra média.</p>", cur="BRL")
P(L, "Blend da Casa", [("1 kg", "129.90", 1000)], C(["BR"], None, "medium-dark", blend=True),
  body="<p>Um blend de dois cafés do Brasil, Sul de Minas e Mogiana, em torra média-escura.</p>", cur="BRL")
P(L, "Etiópia Guji", [("250 g", "89.90", 250)], C(["ET"], "washed", "light"),
  body="<p>Depois do nosso Quênia do mês passado, trazemos este café da Etiópia, importado via Portugal. "
       "Processo lavado, torra clara.</p>", cur="BRL")
P(L, "Quênia Nyeri AA", [("250 g", "94.90", 250)], C(["KE"], "washed", "light"),
  body="<ul><li>País: Quênia</li><li>Processamento: Lavado</li><li>Nível de torra: Clara</li></ul>", cur="BRL")
P(L, "Honduras Santa Bárbara", [("250 g", "13.50", 250)], C(["HN"], "honey", "medium-light"),
  body="<p><strong>Origem:</strong> Honduras<br><strong>Processo:</strong> Honey<br><strong>Torra:</strong> "
       "Média-clara</p>")
P(L, "Café Fermentado – Brasil Anaeróbico", [("250 g", "69.90", 250)], C(["BR"], "anaerobic natural", "light"),
  body="<p>Fermentação anaeróbica, processo natural. Torra clara. Origem: Brasil.</p>", cur="BRL")
P(L, "Licor de café 500 ml", [(None, "59.90", None)], N("merch"), cur="BRL")
P(L, "Cápsulas de café compatíveis Nespresso (10 un.)", [(None, "24.90", None)], N("instant/sachet"), cur="BRL")
P(L, "Café gelado em lata – Cold Brew 269 ml", [(None, "12.90", None)], N("ready-to-drink"), cur="BRL")
P(L, "Caneca esmaltada", [(None, "69.90", None)], N("merch"), cur="BRL")

# ---------------------------------------------------------------------------------------------- Polish
L = "pl"
P(L, "ETIOPIA • Guji • Natural • 250 g", [("250 g", "59.00", 250)], C(["ET"], "natural", "light"),
  body="<p><strong>Kraj:</strong> Etiopia<br><strong>Obróbka:</strong> naturalna<br><strong>Stopień palenia:</strong> "
       "jasny</p>", cur="PLN", opt="Waga")
P(L, "Kolumbia Huila bezkofeinowa", [("250 g", "52.00", 250)], C(["CO"], None, "medium", decaf=True),
  body="<p>Kawa bezkofeinowa, dekofeinizowana metodą trzciny cukrowej. Kraj pochodzenia: Kolumbia. Palenie: średnie.</p>",
  cur="PLN")
P(L, "Brazylia Cerrado", [("1 kg", "149.00", 1000)], C(["BR"], "natural", "dark"),
  body=_table(("Pochodzenie", "Brazylia"), ("Proces", "Naturalny"), ("Stopień palenia", "Ciemny")), cur="PLN")
P(L, "Mieszanka Espresso Klasyk", [("1 kg", "119.00", 1000)], C(["BR", "IN"], None, "medium-dark", blend=True),
  body="<p>Mieszanka kaw z Brazylii i Indii, palona średnio-ciemno.</p>", cur="PLN")
P(L, "Kenia Kirinyaga", [("250 g", "69.00", 250)], C(["KE"], "washed", "light"),
  body="<p>Po naszej Etiopii z zeszłego miesiąca wracamy do Kenii. Kawa myta, palona jasno pod przelew. "
       "Importowana przez partnera z Niemiec.</p>", cur="PLN")
P(L, "Gwatemala Huehuetenango", [("250 g", "55.00", 250), ("1 kg", "180.00", 1000)], C(["GT"], "washed", "medium"),
  body="<p>🌍 Kraj: Gwatemala<br>🍒 Obróbka: myta<br>🔥 Palenie: średnie</p>", cur="PLN")
P(L, "Kostaryka Tarrazú Honey", [("250 g", "64.00", 250)], C(["CR"], "honey", "medium-light"),
  body="<ul><li>Region: Tarrazú</li><li>Metoda obróbki: honey</li><li>Stopień palenia: średnio-jasny</li></ul>",
  cur="PLN")
P(L, "Rwanda – 1 kg", [("1 kg", "199.00", 1000)], C(["RW"], "washed", "light"),
  body="<p>Kawa ziarnista z Rwandy, obróbka mokra, jasne palenie.</p>", cur="PLN")
P(L, "Czekolada z kawą 70%", [("100 g", "19.00", None)], N("merch"), cur="PLN",
  body="<p>Gorzka czekolada z dodatkiem mielonej kawy z Etiopii.</p>")
P(L, "Kawa w kapsułkach – Brazylia (10 szt.)", [(None, "22.00", None)], N("instant/sachet"), cur="PLN")
P(L, "Młynek ręczny do kawy", [(None, "249.00", None)], N("equipment: grinder"), cur="PLN")
P(L, "Karta podarunkowa 100 zł", [(None, "100.00", None)], N("gift card"), cur="PLN")

# ---------------------------------------------------------------------------------------------- Swedish
L = "sv"
P(L, "Etiopien Guji – Naturell", [("250 g", "129.00", 250)], C(["ET"], "natural", "light"),
  body="<p><strong>Ursprung:</strong> Etiopien<br><strong>Process:</strong> Naturell<br><strong>Rostning:</strong> "
       "Ljus</p>", cur="SEK", opt="Vikt")
P(L, "Colombia Huila – Koffeinfri", [("Hela bönor", "119.00", 250), ("Bryggmalet", "119.00", 250)],
  C(["CO"], None, "medium", decaf=True),
  body="<p>Koffeinfritt kaffe (sockerrörsmetoden).<br>Land: Colombia<br>Rostning: Mellan<br>Vikt: 250 g</p>",
  cur="SEK", opt="Malning")
P(L, "Brasilien Fazenda Ambiental", [("500 g", "179.00", 500)], C(["BR"], "pulped natural", "medium-dark"),
  body=_table(("Land", "Brasilien"), ("Process", "Pulped natural"), ("Rostgrad", "Mellanmörk")), cur="SEK")
P(L, "Husets Espressoblandning", [("1 kg", "299.00", 1000)], C(["BR", "ET"], None, "dark", blend=True),
  body="<p>En blandning av kaffe från Brasilien och Etiopien, mörkrostad.</p>", cur="SEK")
P(L, "Kenya Kiambu", [("250 g", "149.00", 250)], C(["KE"], "washed", "light"),
  body="<p>Precis som vår Etiopien förra månaden kommer denna från Östafrika. Tvättad process och ljusrostad, "
       "importerad via Danmark.</p>", cur="SEK")
P(L, "Rwanda Gakenke", [("250 g", "139.00", 250), ("1 kg", "469.00", 1000)], C(["RW"], "washed", "light"),
  body="<p>🌍 Ursprung: Rwanda<br>🍒 Process: Tvättad<br>🔥 Rostgrad: Ljus</p>", cur="SEK")
P(L, "Honduras – Honey", [("250 g", "135.00", 250)], C(["HN"], "honey", "medium"),
  body="<ul><li>Land: Honduras</li><li>Beredning: Honey</li><li>Rostning: Mellan</li></ul>", cur="SEK")
P(L, "Peru Ekologiskt Mellanrost 500 g", [("500 g", "99.00", 500)], C(["PE"], "washed", "medium"),
  body="<p>Ekologiskt kaffe från Peru. Tvättat.</p>", cur="SEK")
P(L, "Kaffelikör 50 cl", [(None, "259.00", None)], N("merch"), cur="SEK")
P(L, "Chokladkaka med kaffe 100 g", [("100 g", "59.00", None)], N("merch"), cur="SEK",
  body="<p>Mörk choklad med malet kaffe från Etiopien.</p>")
P(L, "Kaffefilter papper storlek 4 (80 st)", [(None, "29.00", None)], N("equipment: filters"), cur="SEK")
P(L, "Presentkort", [("500 kr", "500.00", None)], N("gift card"), cur="SEK", opt="Belopp")

# ---------------------------------------------------------------------------------------------- Danish
L = "da"
P(L, "Etiopien Yirgacheffe – Vasket", [("250 g", "110.00", 250), ("1 kg", "380.00", 1000)], C(["ET"], "washed", "light"),
  body="<p><strong>Oprindelse:</strong> Etiopien<br><strong>Proces:</strong> Vasket<br><strong>Ristning:</strong> "
       "Lys</p>", cur="DKK", opt="Vægt")
P(L, "Koffeinfri Colombia", [("250 g", "95.00", 250)], C(["CO"], None, "medium", decaf=True),
  body="<p>Koffeinfri kaffe (sukkerrør-metoden). Land: Colombia. Ristning: Medium.</p>", cur="DKK")
P(L, "Brasilien Sul de Minas", [("500 g", "140.00", 500)], C(["BR"], "natural", "medium-dark"),
  body=_table(("Land", "Brasilien"), ("Behandling", "Natural"), ("Ristegrad", "Mellemmørk")), cur="DKK")
P(L, "Husets blanding – Espresso", [("1 kg", "260.00", 1000)], C(["BR", "GT"], None, "dark", blend=True),
  body="<p>En blanding af bønner fra Brasilien og Guatemala, mørkristet.</p>", cur="DKK")
P(L, "Kenya Nyeri", [("250 g", "125.00", 250)], C(["KE"], "washed", "light"),
  body="<p>Ligesom vores Etiopien fra sidste måned kommer denne kaffe fra Østafrika. Vasket og lyst ristet. "
       "Importeret via Tyskland.</p>", cur="DKK")
P(L, "Rwanda Huye", [("250 g", "115.00", 250)], C(["RW"], "honey", "light"),
  body="<p>🌍 Land: Rwanda<br>🍒 Proces: Honey<br>🔥 Ristning: Lys</p>", cur="DKK")
P(L, "Guatemala Antigua 1 kilo", [("1 kilo", "320.00", 1000)], C(["GT"], "washed", "medium"),
  body="<ul><li>Oprindelsesland: Guatemala</li><li>Proces: vasket</li><li>Ristning: mellem</li></ul>", cur="DKK")
P(L, "Costa Rica Anaerob Natural", [("250 g", "145.00", 250)], C(["CR"], "anaerobic natural", "light"),
  body="<p>Oprindelse: Costa Rica. Proces: anaerob natural. Ristning: lys.</p>", cur="DKK")
P(L, "Kaffelikør 70 cl", [(None, "249.00", None)], N("merch"), cur="DKK")
P(L, "Chokolade med kaffe 100 g", [("100 g", "45.00", None)], N("merch"), cur="DKK",
  body="<p>Mørk chokolade med knuste kaffebønner fra Brasilien.</p>")
P(L, "Kaffekapsler – Nespresso kompatible (10 stk.)", [(None, "39.00", None)], N("instant/sachet"), cur="DKK")
P(L, "Kaffekværn manuel", [(None, "499.00", None)], N("equipment: grinder"), cur="DKK")

# ---------------------------------------------------------------------------------------------- Norwegian
L = "no"
P(L, "Etiopia Guji – Naturell", [("250 g", "149.00", 250)], C(["ET"], "natural", "light"),
  body="<p><strong>Opprinnelse:</strong> Etiopia<br><strong>Prosess:</strong> Naturell<br><strong>Brenning:</strong> "
       "Lys</p>", cur="NOK", opt="Vekt")
P(L, "Koffeinfri Colombia", [("250 g", "139.00", 250)], C(["CO"], None, "medium", decaf=True),
  body="<p>Koffeinfri kaffe, dekaffeinert med sukkerrør. Land: Colombia. Brenningsgrad: Medium.</p>", cur="NOK")
P(L, "Brasil Cerrado", [("500 g", "199.00", 500)], C(["BR"], "pulped natural", "medium-dark"),
  body=_table(("Land", "Brasil"), ("Prosess", "Pulped natural"), ("Brennegrad", "Middels mørk")), cur="NOK")
P(L, "Husets blanding", [("1 kg", "349.00", 1000)], C(["BR", "CO"], None, "dark", blend=True),
  body="<p>En blanding av kaffe fra Brasil og Colombia, mørkbrent for espresso.</p>", cur="NOK")
P(L, "Kenya Kirinyaga", [("250 g", "169.00", 250)], C(["KE"], "washed", "light"),
  body="<p>Som vår Etiopia forrige måned kommer denne fra Øst-Afrika. Vasket prosess, lysbrent. "
       "Importert via Sverige.</p>", cur="NOK")
P(L, "Rwanda Gakenke", [("250 g", "155.00", 250)], C(["RW"], "washed", "light"),
  body="<p>🌍 Opprinnelse: Rwanda<br>🍒 Prosess: Vasket<br>🔥 Brenning: Lys</p>", cur="NOK")
P(L, "Guatemala Huehuetenango 1 kg", [("1 kg", "499.00", 1000)], C(["GT"], "washed", "medium"),
  body="<ul><li>Land: Guatemala</li><li>Prosess: Vasket</li><li>Brenning: Middels</li></ul>", cur="NOK")
P(L, "Honduras Honey", [("250 g", "159.00", 250)], C(["HN"], "honey", "light"),
  body="<p>Opprinnelse: Honduras · Prosess: Honey · Brenning: Lys (filter)</p>", cur="NOK")
P(L, "Kaffelikør 50 cl", [(None, "399.00", None)], N("merch"), cur="NOK")
P(L, "Sjokolade med kaffe 100 g", [("100 g", "59.00", None)], N("merch"), cur="NOK",
  body="<p>Mørk sjokolade med malt kaffe fra Etiopia.</p>")
P(L, "Kaffekvern for hånd", [(None, "899.00", None)], N("equipment: grinder"), cur="NOK")
P(L, "Gavekort", [("500 kr", "500.00", None)], N("gift card"), cur="NOK", opt="Beløp")

# ---------------------------------------------------------------------------------------------- Japanese
L = "ja"
P(L, "浅煎り エチオピア イルガチェフェ 200g", [("200g", "1800", 200)], C(["ET"], "washed", "light"),
  body="<table><tr><th>生産国</th><td>エチオピア</td></tr><tr><th>精製方法</th><td>ウォッシュト</td></tr>"
       "<tr><th>焙煎度</th><td>浅煎り</td></tr></table>", cur="JPY")
P(L, "【デカフェ】コロンビア ウィラ", [("100g", "1200", 100), ("200g", "2200", 200)], C(["CO"], None, "medium", decaf=True),
  body="<p>カフェインレス（マウンテンウォーター製法）。生産国：コロンビア／焙煎度：中煎り</p>", cur="JPY", opt="容量")
P(L, "ブラジル セラード ナチュラル", [("200g", "1400", 200), ("500g", "3200", 500)], C(["BR"], "natural", "medium-dark"),
  body="<ul><li>産地：ブラジル</li><li>精製：ナチュラル</li><li>焙煎：中深煎り</li></ul>", cur="JPY", opt="容量")
P(L, "オリジナルブレンド「朝」", [("200g", "1500", 200)], C(["BR", "GT"], None, "dark", blend=True),
  body="<p>ブラジルとグアテマラをブレンドした、深煎りのブレンドです。</p>", cur="JPY")
P(L, "ケニア ニエリ AA", [("200g", "2000", 200)], C(["KE"], "washed", "light"),
  body="<p>先月のエチオピアに続き、今月はケニアから。ウォッシュト精製の豆を浅煎りに仕上げました。</p>", cur="JPY")
P(L, "ルワンダ ギコンゴロ", [("200g", "1900", 200)], C(["RW"], "honey", "medium-light"),
  body="<p>🌍 生産国：ルワンダ<br>🍒 精製方法：ハニー<br>🔥 焙煎度：中浅煎り</p>", cur="JPY")
P(L, "コスタリカ 嫌気性発酵 ナチュラル", [("100g", "1800", 100)], C(["CR"], "anaerobic natural", "light"),
  body="<p>生産国：コスタリカ　精製：アナエロビック・ナチュラル　焙煎度：浅煎り</p>", cur="JPY")
P(L, "グアテマラ アンティグア 500g", [("500g", "3500", 500)], C(["GT"], "washed", "medium"),
  body="<p>【産地】グアテマラ【精製】水洗式【焙煎度】中煎り</p>", cur="JPY")
P(L, "コーヒーリキュール 500ml", [(None, "2800", None)], N("merch"), cur="JPY")
P(L, "コーヒーチョコレート", [(None, "800", None)], N("merch"), cur="JPY",
  body="<p>エチオピアの浅煎り豆を練り込んだチョコレート。</p>")
P(L, "リキッドアイスコーヒー 1L 無糖", [(None, "1000", None)], N("ready-to-drink"), cur="JPY")
P(L, "ドリップバッグ エチオピア 5個入", [(None, "900", None)], N("instant/sachet"), cur="JPY")

# ---------------------------------------------------------------------------------------------- Korean
L = "ko"
P(L, "[싱글오리진] 콜롬비아 우일라 워시드", [("200g", "15000", 200), ("1kg", "60000", 1000)], C(["CO"], "washed", "medium"),
  body="<p>원산지: 콜롬비아<br>가공방식: 워시드<br>로스팅 포인트: 미디엄</p>", cur="KRW", opt="중량")
P(L, "디카페인 에티오피아 시다마", [("200g", "16000", 200)], C(["ET"], None, "medium-light", decaf=True),
  body="<p>슈가케인 디카페인 공정. 원산지: 에티오피아. 로스팅: 미디엄 라이트</p>", cur="KRW", opt="중량")
P(L, "브라질 세하도 내추럴", [("500g", "22000", 500)], C(["BR"], "natural", "medium-dark"),
  body=_table(("생산국", "브라질"), ("가공", "내추럴"), ("로스팅", "미디엄 다크")), cur="KRW")
P(L, "하우스 블렌드 '데일리'", [("1kg", "38000", 1000)], C(["BR", "GT"], None, "dark", blend=True),
  body="<p>브라질과 과테말라 원두를 블렌딩한 다크 로스트 블렌드입니다.</p>", cur="KRW")
P(L, "케냐 키린야가 AA", [("200g", "19000", 200)], C(["KE"], "washed", "light"),
  body="<p>지난달 에티오피아에 이어 이번에는 케냐 커피입니다. 워시드 가공, 라이트 로스팅.</p>", cur="KRW")
P(L, "르완다 후예 허니", [("200g", "17000", 200)], C(["RW"], "honey", "light"),
  body="<p>🌍 원산지: 르완다<br>🍒 가공: 허니<br>🔥 로스팅: 라이트</p>", cur="KRW")
P(L, "코스타리카 타라주 무산소 내추럴", [("100g", "18000", 100)], C(["CR"], "anaerobic natural", "light"),
  body="<ul><li>국가: 코스타리카</li><li>프로세스: 애너로빅 내추럴</li><li>로스팅: 라이트</li></ul>", cur="KRW")
P(L, "과테말라 안티구아 1키로", [("1kg", "55000", 1000)], C(["GT"], "washed", "medium"),
  body="<p>원산지: 과테말라 / 가공방식: 워시드 / 로스팅: 미디엄</p>", cur="KRW")
P(L, "커피 리큐르 500ml", [(None, "32000", None)], N("merch"), cur="KRW")
P(L, "커피 초콜릿", [(None, "9000", None)], N("merch"), cur="KRW",
  body="<p>에티오피아 원두를 갈아 넣은 다크 초콜릿.</p>")
P(L, "콜드브루 원액 500ml", [(None, "18000", None)], N("ready-to-drink"), cur="KRW")
P(L, "캡슐 커피 10개입", [(None, "8000", None)], N("instant/sachet"), cur="KRW")

# -------------------------------------------------------------------------------- Chinese, simplified
L = "zh"
P(L, "云南 普洱 水洗", [("227g", "68.00", 227)], C(["CN"], "washed", "medium"),
  body="<p>产地：中国云南普洱<br>处理法：水洗<br>烘焙度：中焙</p>", cur="CNY")
P(L, "哥伦比亚 慧兰 低因", [("227g", "98.00", 227)], C(["CO"], None, "medium", decaf=True),
  body="<p>甘蔗脱因。产地：哥伦比亚 烘焙程度：中烘焙</p>", cur="CNY")
P(L, "巴西 喜拉多 半日晒", [("454g", "108.00", 454)], C(["BR"], "pulped natural", "medium-dark"),
  body=_table(("国家", "巴西"), ("处理方式", "半日晒"), ("烘焙", "中深烘焙")), cur="CNY")
P(L, "意式拼配 No.1", [("500g", "88.00", 500)], C(["BR", "CO"], None, "dark", blend=True),
  body="<p>巴西和哥伦比亚拼配，深烘，适合做奶咖。</p>", cur="CNY")
P(L, "肯尼亚 AA 涅里", [("200g", "118.00", 200)], C(["KE"], "washed", "light"),
  body="<p>继上个月的埃塞俄比亚之后，这次带来肯尼亚的水洗豆，浅度烘焙。</p>", cur="CNY")
P(L, "卢旺达 蜜处理", [("100g", "58.00", 100), ("227g", "118.00", 227)], C(["RW"], "honey", "medium-light"),
  body="<p>🌍 产地：卢旺达<br>🍒 处理法：蜜处理<br>🔥 烘焙度：中浅烘焙</p>", cur="CNY", opt="规格")
P(L, "埃塞俄比亚 耶加雪菲 日晒 227g", [("227g", "98.00", 227)], C(["ET"], "natural", "light"),
  body="<ul><li>产区：耶加雪菲</li><li>处理法：日晒</li><li>烘焙度：浅烘</li></ul>", cur="CNY")
P(L, "危地马拉 安提瓜 1公斤", [("1公斤", "298.00", 1000)], C(["GT"], "washed", "medium"),
  body="<p>产地：危地马拉｜处理法：水洗｜烘焙度：中度烘焙</p>", cur="CNY")
P(L, "咖啡利口酒 500ml", [(None, "128.00", None)], N("merch"), cur="CNY")
P(L, "咖啡巧克力 100g", [("100g", "39.00", None)], N("merch"), cur="CNY",
  body="<p>加入埃塞俄比亚咖啡豆粉的黑巧克力。</p>")
P(L, "冷萃咖啡 罐装 6罐", [(None, "59.00", None)], N("ready-to-drink"), cur="CNY")
P(L, "咖啡胶囊 10颗", [(None, "45.00", None)], N("instant/sachet"), cur="CNY")

# -------------------------------------------------------------------------------- Chinese, traditional
L = "zht"
P(L, "衣索比亞 古吉 日曬 半磅", [("半磅", "450", 227)], C(["ET"], "natural", "light"),
  body=_table(("產區", "衣索比亞 古吉"), ("處理方式", "日曬"), ("烘焙程度", "淺烘焙")), cur="TWD", opt="重量")
P(L, "哥倫比亞 低咖啡因", [("227g", "450", 227)], C(["CO"], None, "medium", decaf=True),
  body="<p>甘蔗低因處理。產地：哥倫比亞。烘焙度：中烘焙</p>", cur="TWD")
P(L, "配方豆 經典義式", [("454g", "520", 454)], C(["BR", "CO"], None, "dark", blend=True),
  body="<p>以巴西與哥倫比亞調配而成，深烘焙，適合拿鐵。</p>", cur="TWD")
P(L, "肯亞 AA 基里尼亞加", [("227g", "550", 227)], C(["KE"], "washed", "light"),
  body="<p>繼上個月的衣索比亞之後，這次帶來肯亞水洗豆，淺烘焙。</p>", cur="TWD")
P(L, "盧安達 蜜處理", [("227g", "480", 227)], C(["RW"], "honey", "medium-light"),
  body="<p>🌍 產地：盧安達<br>🍒 處理法：蜜處理<br>🔥 烘焙度：中淺焙</p>", cur="TWD")
P(L, "瓜地馬拉 安提瓜 水洗 1磅", [("1磅", "800", 454)], C(["GT"], "washed", "medium"),
  body="<p>產地：瓜地馬拉｜處理法：水洗｜烘焙度：中焙</p>", cur="TWD")
P(L, "巴西 喜拉朵 日曬", [("454g", "600", 454)], C(["BR"], "natural", "medium-dark"),
  body="<ul><li>國家：巴西</li><li>處理法：自然日曬</li><li>烘焙度：中深烘焙</li></ul>", cur="TWD")
P(L, "哥斯大黎加 厭氧 蜜處理", [("100g", "600", 100)], C(["CR"], "anaerobic honey", "light"),
  body="<p>產地：哥斯大黎加 處理法：厭氧蜜處理 烘焙度：淺焙</p>", cur="TWD")
P(L, "咖啡利口酒", [(None, "880", None)], N("merch"), cur="TWD")
P(L, "冷萃咖啡 瓶裝 6入", [(None, "540", None)], N("ready-to-drink"), cur="TWD")
P(L, "咖啡巧克力", [(None, "250", None)], N("merch"), cur="TWD",
  body="<p>以衣索比亞咖啡豆製成的黑巧克力。</p>")
P(L, "手搖磨豆機", [(None, "1800", None)], N("equipment: grinder"), cur="TWD")

# ===================================================================== second batch: prose, options, packs
L = "en"
P(L, "Huila Decaf", [("12oz", "17.00", 340)], C(["CO"], None, "medium", decaf=True), cur="USD",
  body="<p>Our decaf this season comes from Huila, Colombia. Decaffeinated using the sugarcane process and roasted to "
       "a medium profile.</p>")
P(L, "Espresso No. 5", [("1 kg", "36.00", 1000)], C(["ET", "BR"], None, "medium-dark", blend=True),
  body="<p>A seasonal espresso blend of Ethiopian and Brazilian coffees (60/40). Roast: medium-dark.</p>")
P(L, "Drip Bags – Ethiopia Guji (8 pack)", [(None, "12.00", None)], N("instant/sachet"))
P(L, "Ethiopia Yirgacheffe Konga", [("250g", "15.00", 250)], C(["ET"], "washed", "light"),
  body="<p>This washed Yirgacheffe is the lot we have been waiting for since our Kenya sold out. Light roast.</p>")
P(L, "Kenya Karimikui AB – 1kg", [("1kg", "52.00", 1000)], C(["KE"], "washed", "light"),
  body="<p>Process: Washed | Roast: Light | Varietal: SL28, SL34, Batian</p>")

L = "fr"
P(L, "Mexique Décaféiné Mountain Water", [("250 g", "12.50", 250)], C(["MX"], None, "medium", decaf=True),
  body="<p>Un déca doux et chocolaté, décaféiné à l'eau des montagnes au Mexique. Torréfaction moyenne.</p>")
P(L, "Espresso Cuvée Maison", [("1 kg", "36.00", 1000)], C(["BR", "CO"], None, "dark", blend=True),
  body="<p>Un assemblage de deux origines, Brésil (nature) et Colombie (lavé), torréfaction foncée.</p>")
P(L, "Éthiopie Yirgacheffe Kochere", [("250g", "14.00", 250), ("1 kg", "48.00", 1000)], C(["ET"], "washed", "light"),
  body="<p>Ce café lavé de la région de Yirgacheffe vient d'Éthiopie ; nous le torréfions clair. Notes de jasmin, "
       "citron et bergamote.</p>")
P(L, "Kenya Gakuyuni AA", [("250 g", "17.00", 250)], C(["KE"], "washed", "light"),
  body="<p><strong>Origin:</strong> Kenya<br><strong>Process:</strong> Washed<br><strong>Roast:</strong> Light</p>"
       "<p>Un café vif et juteux, notes de cassis.</p>")
P(L, "Sachets filtres (drip bags) – Colombie x 8", [(None, "9.00", None)], N("instant/sachet"))
P(L, "Café en grains Colombie 1 kilo", [("1 kilo", "39.00", 1000)], C(["CO"], "washed", "medium"),
  body="<p>Colombie, Huila. Café lavé, torréfaction moyenne.</p>")

L = "de"
P(L, "Espresso Crema – Bohnen 1 kg", [("1 kg", "24.90", 1000)], C(["BR", "IN"], None, "dark", blend=True),
  body="<p>Eine kräftige Mischung aus brasilianischem und indischem Kaffee, dunkel geröstet.</p>")
P(L, "Äthiopien Sidamo Bensa – Natural – 250 g", [("250 g", "14.90", 250)], C(["ET"], "natural", "light"),
  body="<p>Natural aufbereitet, helle Röstung, Noten von Erdbeere und Kakao.</p>")
P(L, "Kolumbien Entkoffeiniert", [("250 g", "11.90", 250), ("500 g", "21.90", 500)], C(["CO"], None, "medium", decaf=True),
  body="<p>Schonend entkoffeiniert (Zuckerrohr-Methode). Röstung: mittel. Herkunft: Kolumbien</p>", opt="Gewicht")
P(L, "Kenia Kiambu AA", [("250 g", "16.90", 250)], C(["KE"], "washed", "light"),
  body="<ul><li><strong>Land</strong>: Kenia</li><li><strong>Aufbereitung</strong>: Gewaschen</li>"
       "<li><strong>Röstgrad</strong>: Hell</li></ul>")
P(L, "Kaffeekapseln Espresso (10 Stück)", [(None, "3.90", None)], N("instant/sachet"))
P(L, "Filterkaffee Guatemala", [("1,5 kg", "45.00", 1500)], C(["GT"], "washed", "medium"),
  body="<p>Guatemala Huehuetenango, gewaschen, mittlere Röstung.</p>")

L = "es"
P(L, "Descafeinado Colombia – Proceso Caña de Azúcar", [("250 g", "12.00", 250), ("1 kilo", "40.00", 1000)],
  C(["CO"], None, "medium", decaf=True),
  body="<p>Descafeinado mediante el método de caña de azúcar. Tueste medio.</p><p>País: Colombia</p>")
P(L, "Mezcla Espresso Italiano", [("1 kg", "22.00", 1000)], C(["BR", "IN"], None, "dark", blend=True),
  body="<p>Un blend de dos orígenes: Brasil natural e India, tueste oscuro.</p>")
P(L, "Etiopía Yirgacheffe Aricha", [("250 g", "15.50", 250)], C(["ET"], "washed", "light"),
  body="<p>Lavado. Tueste claro para filtro. Notas de jazmín y melocotón.</p>")
P(L, "Kenia Nyeri Gatomboya AA", [("250 g", "17.00", 250)], C(["KE"], "washed", "light"),
  body="<p><strong>País</strong>: Kenia | <strong>Proceso</strong>: Lavado | <strong>Tueste</strong>: Claro</p>")
P(L, "Café en grano Honduras – 2 x 500 g", [("2 x 500 g", "30.00", 1000)], C(["HN"], "washed", "medium"),
  body="<p>Honduras, proceso lavado, tueste medio.</p>")
P(L, "Bombones de chocolate con café", [(None, "9.50", None)], N("not coffee: tea/food"))

L = "it"
P(L, "Miscela Espresso 100% Arabica", [("1 kg", "26.00", 1000)], C(["BR", "ET"], None, "medium", blend=True),
  body="<p>Una miscela di caffè brasiliano ed etiope, tostatura media.</p>")
P(L, "Etiopia Sidamo Naturale – 1 kg", [("1 kg", "42.00", 1000)], C(["ET"], "natural", "light"),
  body="<p>Processo naturale, tostatura chiara per filtro.</p>")
P(L, "Decaffeinato Messico Chiapas", [("250 g", "11.00", 250)], C(["MX"], None, "medium", decaf=True),
  body="<p>Decaffeinizzato con acqua di montagna. Paese: Messico. Tostatura: media</p>")
P(L, "Kenya Kirinyaga", [("250 g", "16.00", 250)], C(["KE"], "washed", "light"),
  body=_table(("<strong>Origine</strong>", "Kenya"), ("<strong>Processo</strong>", "Lavato"),
              ("<strong>Profilo di tostatura</strong>", "Chiaro")))
P(L, "Capsule compatibili Nespresso Etiopia (10 pz)", [(None, "4.00", None)], N("instant/sachet"))
P(L, "Colombia Huila – 2 x 250 g", [("2 x 250 g", "24.00", 500)], C(["CO"], "washed", "medium"),
  body="<p>Colombia, Huila. Lavato. Tostatura media.</p>")

L = "nl"
P(L, "Ethiopië Yirgacheffe Cafeïnevrij", [("250 g", "13.00", 250)], C(["ET"], None, "medium", decaf=True),
  body="<p>Cafeïnevrij via het Swiss Water-proces. Medium branding.</p>")
P(L, "Espresso Blend 'Donker'", [("1 kg", "28.00", 1000)], C(["BR", "IN"], None, "dark", blend=True),
  body="<p>Een melange van Braziliaanse en Indiase bonen, donker gebrand.</p>")
P(L, "Kenia Nyeri AA – 1 kilo", [("1 kilo", "55.00", 1000)], C(["KE"], "washed", "light"),
  body="<p>Gewassen proces, lichte branding, tonen van zwarte bes.</p>")
P(L, "Colombia Huila", [("250 g", "12.50", 250)], C(["CO"], "natural", "medium-dark"),
  body="<ul><li>Herkomst: Colombia</li><li>Proces: Natural</li><li>Branding: Medium-donker</li></ul>")
P(L, "Koffiecups Colombia (10 stuks)", [(None, "4.50", None)], N("instant/sachet"))
P(L, "Guatemala Antigua 0,5 kg", [("0,5 kg", "19.00", 500)], C(["GT"], "washed", "medium"),
  body="<p>Land: Guatemala. Verwerking: gewassen. Branding: medium.</p>")

L = "pt"
P(L, "Café Especial Etiópia Natural – 250g", [("250g", "79.90", 250)], C(["ET"], "natural", "light"), cur="BRL",
  body="<p>Café da Etiópia, processo natural, torra clara.</p>")
P(L, "Blend Espresso Tradicional", [("1 kg", "99.90", 1000)], C(["BR", "CO"], None, "dark", blend=True), cur="BRL",
  body="<p>Blend de grãos do Brasil e da Colômbia, torra escura.</p>")
P(L, "Café Descafeinado Brasil", [("250 g", "54.90", 250)], C(["BR"], None, "medium", decaf=True), cur="BRL",
  body="<p>Descafeinado pelo processo de água. Origem: Brasil. Torra: média.</p>")
P(L, "Quênia AA – Lavado", [("250 g", "99.90", 250)], C(["KE"], "washed", "light"), cur="BRL",
  body=_table(("Origem", "Quênia"), ("Processo", "Lavado"), ("Torra", "Clara")))
P(L, "Drip Coffee Etiópia (10 sachês)", [(None, "49.90", None)], N("instant/sachet"), cur="BRL")
P(L, "Café em Grãos Brasil Cerrado – 1 kilo", [("1 kilo", "119.90", 1000)], C(["BR"], "natural", "medium-dark"),
  cur="BRL", body="<p>Processo: Natural · Torra: Média-escura</p>")

L = "pl"
P(L, "Bezkofeinowa Brazylia", [("250 g", "49.00", 250)], C(["BR"], None, "medium", decaf=True), cur="PLN",
  body="<p>Kawa bez kofeiny (metoda Swiss Water). Kraj: Brazylia. Stopień palenia: średni.</p>")
P(L, "Blend Espresso Poranny", [("1 kg", "129.00", 1000)], C(["BR", "CO"], None, "dark", blend=True), cur="PLN",
  body="<p>Mieszanka dwóch kaw: z Brazylii i z Kolumbii. Palenie ciemne.</p>")
P(L, "Kenia AA Nyeri – 1 kg", [("1 kg", "249.00", 1000)], C(["KE"], "washed", "light"), cur="PLN",
  body="<p>Obróbka: myta · Palenie: jasne</p>")
P(L, "Kolumbia Huila Natural", [("250 g", "59.00", 250)], C(["CO"], "natural", "medium-dark"), cur="PLN",
  body="<ul><li>Kraj pochodzenia: Kolumbia</li><li>Metoda obróbki: naturalna</li><li>Palenie: średnio-ciemne</li></ul>")
P(L, "Drip bagi Etiopia – 10 szt.", [(None, "39.00", None)], N("instant/sachet"), cur="PLN")
P(L, "Gwatemala – 2 x 250 g", [("2 x 250 g", "99.00", 500)], C(["GT"], "washed", "medium"), cur="PLN",
  body="<p>Kawa z Gwatemali, obróbka myta, palona średnio.</p>")

L = "sv"
P(L, "Koffeinfritt Etiopien", [("250 g", "119.00", 250)], C(["ET"], None, "medium", decaf=True), cur="SEK",
  body="<p>Koffeinfritt med Swiss Water-metoden. Rostning: mellan.</p>")
P(L, "Mörkrost Blandning", [("1 kg", "289.00", 1000)], C(["BR", "IN"], None, "dark", blend=True), cur="SEK",
  body="<p>En blandning av brasilianskt och indiskt kaffe.</p>")
P(L, "Kenya Nyeri AA – 1 kg", [("1 kg", "499.00", 1000)], C(["KE"], "washed", "light"), cur="SEK",
  body="<p>Process: Tvättad · Rostning: Ljus</p>")
P(L, "Colombia Huila – Mellanmörk", [("250 g", "125.00", 250)], C(["CO"], "natural", "medium-dark"), cur="SEK",
  body="<ul><li>Land: Colombia</li><li>Process: Naturell</li></ul>")
P(L, "Kaffekapslar Etiopien (10 st)", [(None, "49.00", None)], N("instant/sachet"), cur="SEK")
P(L, "Guatemala – 0,5 kg", [("0,5 kg", "179.00", 500)], C(["GT"], "washed", "medium"), cur="SEK",
  body="<p>Guatemala Huehuetenango. Tvättat. Mellanrostat.</p>")

L = "da"
P(L, "Koffeinfri Etiopien", [("250 g", "99.00", 250)], C(["ET"], None, "medium", decaf=True), cur="DKK",
  body="<p>Koffeinfri via Swiss Water. Ristning: medium.</p>")
P(L, "Espressoblanding Mørk", [("1 kg", "270.00", 1000)], C(["BR", "IN"], None, "dark", blend=True), cur="DKK",
  body="<p>En blanding af brasiliansk og indisk kaffe, mørkristet.</p>")
P(L, "Kenya Nyeri AA – 1 kg", [("1 kg", "420.00", 1000)], C(["KE"], "washed", "light"), cur="DKK",
  body="<p>Proces: Vasket · Ristning: Lys</p>")
P(L, "Colombia Huila – Natural", [("250 g", "105.00", 250)], C(["CO"], "natural", "medium-dark"), cur="DKK",
  body="<ul><li>Land: Colombia</li><li>Proces: Natural</li><li>Ristning: Mellem-mørk</li></ul>")
P(L, "Drip bags Etiopien (8 stk.)", [(None, "79.00", None)], N("instant/sachet"), cur="DKK")
P(L, "Guatemala – 2 x 250 g", [("2 x 250 g", "189.00", 500)], C(["GT"], "washed", "medium"), cur="DKK",
  body="<p>Guatemala. Vasket. Mellemristet.</p>")

L = "no"
P(L, "Koffeinfri Etiopia", [("250 g", "139.00", 250)], C(["ET"], None, "medium", decaf=True), cur="NOK",
  body="<p>Koffeinfri med Swiss Water. Brenning: middels.</p>")
P(L, "Espressoblanding", [("1 kg", "379.00", 1000)], C(["BR", "IN"], None, "dark", blend=True), cur="NOK",
  body="<p>En blanding av brasiliansk og indisk kaffe, mørkbrent.</p>")
P(L, "Kenya Nyeri AA – 1 kg", [("1 kg", "599.00", 1000)], C(["KE"], "washed", "light"), cur="NOK",
  body="<p>Prosess: Vasket · Brenning: Lys</p>")
P(L, "Colombia Huila – Natural", [("250 g", "149.00", 250)], C(["CO"], "natural", "medium-dark"), cur="NOK",
  body="<ul><li>Land: Colombia</li><li>Prosess: Naturell</li><li>Brenning: Middels mørk</li></ul>")
P(L, "Kaffekapsler Etiopia (10 stk)", [(None, "59.00", None)], N("instant/sachet"), cur="NOK")
P(L, "Guatemala – 2 x 250 g", [("2 x 250 g", "269.00", 500)], C(["GT"], "washed", "medium"), cur="NOK",
  body="<p>Guatemala. Vasket. Middels brent.</p>")

L = "ja"
P(L, "デカフェ エチオピア", [("200g", "1900", 200)], C(["ET"], None, "medium", decaf=True), cur="JPY",
  body="<p>スイスウォーター方式でカフェインを除去。焙煎度：中煎り</p>")
P(L, "深煎りブレンド", [("200g", "1400", 200)], C(["BR", "ID"], None, "dark", blend=True), cur="JPY",
  body="<p>ブラジルとインドネシアの豆を使ったブレンド。</p>")
P(L, "ケニア ニエリ AA 1kg", [("1kg", "8000", 1000)], C(["KE"], "washed", "light"), cur="JPY",
  body="<p>精製方法：ウォッシュト／焙煎度：浅煎り</p>")
P(L, "コロンビア ウィラ", [("200g", "1600", 200)], C(["CO"], "natural", "dark"), cur="JPY",
  body="<ul><li>生産国：コロンビア</li><li>精製：ナチュラル</li><li>焙煎：深煎り</li></ul>")
P(L, "カフェオレベース 無糖 600ml", [(None, "1200", None)], N("instant/sachet"), cur="JPY")
P(L, "グアテマラ 中煎り 200g×2袋", [("200g×2袋", "3000", 400)], C(["GT"], "washed", "medium"), cur="JPY",
  body="<p>生産国：グアテマラ　精製方法：ウォッシュト</p>")

L = "ko"
P(L, "디카페인 콜롬비아", [("200g", "16000", 200)], C(["CO"], None, "medium", decaf=True), cur="KRW",
  body="<p>스위스 워터 프로세스 디카페인. 로스팅: 미디엄</p>")
P(L, "에스프레소 블렌드 '다크'", [("1kg", "40000", 1000)], C(["BR", "IN"], None, "dark", blend=True), cur="KRW",
  body="<p>브라질과 인도 원두 블렌드, 다크 로스팅.</p>")
P(L, "케냐 니에리 AA 1kg", [("1kg", "80000", 1000)], C(["KE"], "washed", "light"), cur="KRW",
  body="<p>가공방식: 워시드 / 로스팅: 라이트</p>")
P(L, "에티오피아 예가체프 내추럴", [("200g", "18000", 200)], C(["ET"], "natural", "medium-light"), cur="KRW",
  body="<ul><li>원산지: 에티오피아</li><li>가공방식: 내추럴</li><li>로스팅 포인트: 라이트 미디엄</li></ul>")
P(L, "드립백 세트 (10개입)", [(None, "15000", None)], N("instant/sachet"), cur="KRW")
P(L, "과테말라 안티구아 500g", [("500g", "30000", 500)], C(["GT"], "washed", "medium-dark"), cur="KRW",
  body="<p>원산지: 과테말라 / 가공: 워시드 / 로스팅: 미디엄 다크</p>")

L = "zh"
P(L, "低因咖啡豆 埃塞俄比亚", [("227g", "108.00", 227)], C(["ET"], None, "medium", decaf=True), cur="CNY",
  body="<p>瑞士水处理低因。烘焙度：中烘</p>")
P(L, "深烘拼配豆", [("500g", "89.00", 500)], C(["BR", "ID"], None, "dark", blend=True), cur="CNY",
  body="<p>巴西和印度尼西亚拼配。</p>")
P(L, "肯尼亚 AA 1公斤", [("1公斤", "398.00", 1000)], C(["KE"], "washed", "light"), cur="CNY",
  body="<p>处理法：水洗 / 烘焙度：浅烘</p>")
P(L, "哥伦比亚 慧兰 日晒", [("227g", "98.00", 227)], C(["CO"], "natural", "medium-dark"), cur="CNY",
  body="<ul><li>产地：哥伦比亚</li><li>处理法：日晒</li><li>烘焙度：中深烘</li></ul>")
P(L, "挂耳咖啡 埃塞俄比亚 10包", [(None, "49.00", None)], N("instant/sachet"), cur="CNY")
P(L, "危地马拉 水洗 半磅", [("半磅", "88.00", 227)], C(["GT"], "washed", "medium"), cur="CNY",
  body="<p>产地：危地马拉 处理法：水洗 烘焙度：中烘</p>")

L = "zht"
P(L, "低咖啡因 衣索比亞", [("227g", "480", 227)], C(["ET"], None, "medium", decaf=True), cur="TWD",
  body="<p>瑞士水低因處理。烘焙度：中烘焙</p>")
P(L, "深焙綜合豆", [("454g", "500", 454)], C(["BR", "ID"], None, "dark", blend=True), cur="TWD",
  body="<p>巴西與印尼綜合。</p>")
P(L, "肯亞 AA 1公斤", [("1公斤", "2000", 1000)], C(["KE"], "washed", "light"), cur="TWD",
  body="<p>處理法：水洗 / 烘焙度：淺焙</p>")
P(L, "哥倫比亞 日曬", [("227g", "450", 227)], C(["CO"], "natural", "medium-dark"), cur="TWD",
  body="<ul><li>產地：哥倫比亞</li><li>處理法：日曬</li><li>烘焙度：中深焙</li></ul>")
P(L, "濾掛咖啡 衣索比亞 10入", [(None, "300", None)], N("instant/sachet"), cur="TWD")
P(L, "瓜地馬拉 水洗 半磅", [("半磅", "420", 227)], C(["GT"], "washed", "medium"), cur="TWD",
  body="<p>產地：瓜地馬拉 處理法：水洗 烘焙度：中焙</p>")

# ============================================ third batch: size / grind variants, trade sizes, honey, gear
# "Café nature", "café natural", "caffè naturale", "kawa naturalna" beside a coffee name also mean plain
# coffee (no flavour, no torrefacto, not a substitute): no process stated. The Germanic "natural
# aufbereitet", "naturlig behandlet" state one.
L = "en"
P(L, "Ethiopia Sidamo Bombe – Natural Anaerobic", [("250g / Whole Bean", "18.00", 250), ("250g / Ground", "18.00", 250)],
  C(["ET"], "anaerobic natural", "light"), body="<p>Anaerobic natural. Light roast.</p>", opt="Size / Grind")
P(L, "Tasting Flight – 3 x 100 g", [(None, "24.00", None)], N("bundle/sampler"))
P(L, "Brazil Santos – 5 lb", [("5 lb", "60.00", 2268)], C(["BR"], "natural", "medium-dark"), cur="USD",
  body="<p>Natural process, medium-dark roast. Perfect for cafés.</p>")
P(L, "Guatemala Acatenango – Honey", [("250g", "15.00", 250)], C(["GT"], "honey", "medium"),
  body="<p>Origin: Guatemala<br>Process: Red Honey<br>Roast: Medium</p>")

L = "fr"
P(L, "Éthiopie Guji Anaérobie", [("250 g / Grains", "16.00", 250), ("250 g / Moulu filtre", "16.00", 250)],
  C(["ET"], "anaerobic natural", "light"), body="<p>Procédé : nature anaérobie. Torréfaction : claire.</p>", opt="Format")
P(L, "Coffret dégustation 3 cafés", [(None, "29.00", None)], N("bundle/sampler"))
P(L, "Brésil Santos – 2,5 kg", [("2,5 kg", "70.00", 2500)], C(["BR"], None, "medium-dark"),
  body="<p>Café nature du Brésil, torréfaction moyenne-foncée, idéal pour les professionnels.</p>")
P(L, "Guatemala Acatenango Honey", [("250 g", "15.00", 250)], C(["GT"], "honey", "medium"),
  body="<p>Pays : Guatemala<br>Procédé : Red Honey<br>Torréfaction : Moyenne</p>")
P(L, "Atelier latte art (2 h)", [(None, "45.00", None)], N("workshop/event"))

L = "de"
P(L, "Äthiopien Guji Anaerob", [("250 g / Ganze Bohne", "16.90", 250), ("250 g / Filter gemahlen", "16.90", 250)],
  C(["ET"], "anaerobic natural", "light"), body="<p>Aufbereitung: anaerob, natural. Röstung: hell.</p>", opt="Variante")
P(L, "Probierset 3 x 250 g", [(None, "36.00", None)], N("bundle/sampler"))
P(L, "Brasilien Santos – 2,5 kg Gastro", [("2,5 kg", "62.00", 2500)], C(["BR"], "natural", "medium-dark"),
  body="<p>Natural aufbereiteter Kaffee aus Brasilien, mittel-dunkel geröstet.</p>")
P(L, "Guatemala Acatenango Honey", [("250 g", "14.90", 250)], C(["GT"], "honey", "medium"),
  body="<p>Herkunft: Guatemala<br>Aufbereitung: Red Honey<br>Röstgrad: Mittel</p>")
P(L, "Barista-Kurs für Einsteiger", [(None, "89.00", None)], N("workshop/event"))

L = "es"
P(L, "Etiopía Guji Anaeróbico", [("250 g / En grano", "16.00", 250), ("250 g / Molido", "16.00", 250)],
  C(["ET"], "anaerobic natural", "light"), body="<p>Proceso: natural anaeróbico. Tueste: claro.</p>", opt="Formato")
P(L, "Pack degustación 3 cafés", [(None, "27.00", None)], N("bundle/sampler"))
P(L, "Brasil Santos – 2,5 kg hostelería", [("2,5 kg", "55.00", 2500)], C(["BR"], None, "medium-dark"),
  body="<p>Café natural de Brasil, tueste medio-oscuro.</p>")
P(L, "Guatemala Acatenango Honey", [("250 g", "15.00", 250)], C(["GT"], "honey", "medium"),
  body="<p>Origen: Guatemala<br>Proceso: Honey rojo<br>Tueste: Medio</p>")
P(L, "Curso de barista", [(None, "80.00", None)], N("workshop/event"))

L = "it"
P(L, "Etiopia Guji Anaerobico", [("250 g / In grani", "16.00", 250), ("250 g / Macinato moka", "16.00", 250)],
  C(["ET"], "anaerobic natural", "light"), body="<p>Lavorazione: naturale anaerobica. Tostatura: chiara.</p>",
  opt="Formato")
P(L, "Kit degustazione 3 caffè", [(None, "30.00", None)], N("bundle/sampler"))
P(L, "Brasile Santos – 2,5 kg", [("2,5 kg", "48.00", 2500)], C(["BR"], None, "medium-dark"),
  body="<p>Caffè naturale dal Brasile, tostatura medio-scura.</p>")
P(L, "Guatemala Acatenango Honey", [("250 g", "15.00", 250)], C(["GT"], "honey", "medium"),
  body="<p>Origine: Guatemala<br>Processo: Red honey<br>Tostatura: Media</p>")
P(L, "Corso di latte art", [(None, "70.00", None)], N("workshop/event"))

L = "nl"
P(L, "Ethiopië Guji Anaeroob", [("250 g / Bonen", "16.00", 250), ("250 g / Gemalen", "16.00", 250)],
  C(["ET"], "anaerobic natural", "light"), body="<p>Verwerking: anaeroob natural. Branding: licht.</p>", opt="Variant")
P(L, "Proefpakket 3 koffies", [(None, "28.00", None)], N("bundle/sampler"))
P(L, "Brazilië Santos – 2,5 kg", [("2,5 kg", "60.00", 2500)], C(["BR"], "natural", "medium-dark"),
  body="<p>Natural verwerkte koffie uit Brazilië, middel-donker gebrand.</p>")
P(L, "Guatemala Acatenango Honey", [("250 g", "14.50", 250)], C(["GT"], "honey", "medium"),
  body="<p>Herkomst: Guatemala<br>Verwerking: Red honey<br>Branding: Medium</p>")
P(L, "Barista workshop", [(None, "65.00", None)], N("workshop/event"))

L = "pt"
P(L, "Etiópia Guji Anaeróbico", [("250 g / Grãos", "16.00", 250), ("250 g / Moído", "16.00", 250)],
  C(["ET"], "anaerobic natural", "light"), body="<p>Processo: natural anaeróbico. Torra: clara.</p>", opt="Opção")
P(L, "Kit degustação 3 cafés", [(None, "25.00", None)], N("bundle/sampler"))
P(L, "Brasil Santos – 2,5 kg", [("2,5 kg", "50.00", 2500)], C(["BR"], None, "medium-dark"),
  body="<p>Café natural do Brasil, torra média-escura.</p>")
P(L, "Guatemala Acatenango Honey", [("250 g", "14.00", 250)], C(["GT"], "honey", "medium"),
  body="<p>Origem: Guatemala<br>Processo: Honey vermelho<br>Torra: Média</p>")
P(L, "Curso de barista", [(None, "90.00", None)], N("workshop/event"))

L = "pl"
P(L, "Etiopia Guji Anaerobic", [("250 g / Ziarno", "69.00", 250), ("250 g / Mielona", "69.00", 250)],
  C(["ET"], "anaerobic natural", "light"), body="<p>Obróbka: naturalna anaerobowa. Palenie: jasne.</p>", cur="PLN",
  opt="Wariant")
P(L, "Zestaw degustacyjny 3 kawy", [(None, "99.00", None)], N("bundle/sampler"), cur="PLN")
P(L, "Brazylia Santos – 2,5 kg", [("2,5 kg", "249.00", 2500)], C(["BR"], None, "medium-dark"), cur="PLN",
  body="<p>Kawa naturalna z Brazylii, palona średnio-ciemno.</p>")
P(L, "Gwatemala Acatenango Honey", [("250 g", "59.00", 250)], C(["GT"], "honey", "medium"), cur="PLN",
  body="<p>Kraj: Gwatemala<br>Obróbka: red honey<br>Palenie: średnie</p>")
P(L, "Warsztaty baristyczne", [(None, "299.00", None)], N("workshop/event"), cur="PLN")

L = "sv"
P(L, "Etiopien Guji Anaerob", [("250 g / Hela bönor", "145.00", 250), ("250 g / Bryggmalet", "145.00", 250)],
  C(["ET"], "anaerobic natural", "light"), body="<p>Process: anaerob naturell. Rostning: ljus.</p>", cur="SEK",
  opt="Variant")
P(L, "Provsmakningspaket 3 kaffen", [(None, "299.00", None)], N("bundle/sampler"), cur="SEK")
P(L, "Brasilien Santos – 2,5 kg", [("2,5 kg", "599.00", 2500)], C(["BR"], "natural", "medium-dark"), cur="SEK",
  body="<p>Naturellt processat kaffe från Brasilien, mellanmörkrostat.</p>")
P(L, "Guatemala Acatenango Honey", [("250 g", "135.00", 250)], C(["GT"], "honey", "medium"), cur="SEK",
  body="<p>Ursprung: Guatemala<br>Process: Red honey<br>Rostning: Mellan</p>")
P(L, "Baristakurs", [(None, "995.00", None)], N("workshop/event"), cur="SEK")

L = "da"
P(L, "Etiopien Guji Anaerob", [("250 g / Hele bønner", "129.00", 250), ("250 g / Formalet", "129.00", 250)],
  C(["ET"], "anaerobic natural", "light"), body="<p>Proces: anaerob natural. Ristning: lys.</p>", cur="DKK",
  opt="Variant")
P(L, "Smagekasse med 3 kaffer", [(None, "299.00", None)], N("bundle/sampler"), cur="DKK")
P(L, "Brasilien Santos – 2,5 kg", [("2,5 kg", "550.00", 2500)], C(["BR"], "natural", "medium-dark"), cur="DKK",
  body="<p>Naturligt behandlet kaffe fra Brasilien, mellemmørk ristning.</p>")
P(L, "Guatemala Acatenango Honey", [("250 g", "115.00", 250)], C(["GT"], "honey", "medium"), cur="DKK",
  body="<p>Oprindelse: Guatemala<br>Proces: Red honey<br>Ristning: Medium</p>")
P(L, "Baristakursus", [(None, "800.00", None)], N("workshop/event"), cur="DKK")

L = "no"
P(L, "Etiopia Guji Anaerob", [("250 g / Hele bønner", "169.00", 250), ("250 g / Kvernet", "169.00", 250)],
  C(["ET"], "anaerobic natural", "light"), body="<p>Prosess: anaerob naturell. Brenning: lys.</p>", cur="NOK",
  opt="Variant")
P(L, "Smakspakke 3 kaffer", [(None, "399.00", None)], N("bundle/sampler"), cur="NOK")
P(L, "Brasil Santos – 2,5 kg", [("2,5 kg", "799.00", 2500)], C(["BR"], "natural", "medium-dark"), cur="NOK",
  body="<p>Naturlig prosessert kaffe fra Brasil, middels mørk brenning.</p>")
P(L, "Guatemala Acatenango Honey", [("250 g", "159.00", 250)], C(["GT"], "honey", "medium"), cur="NOK",
  body="<p>Opprinnelse: Guatemala<br>Prosess: Red honey<br>Brenning: Middels</p>")
P(L, "Baristakurs", [(None, "1200.00", None)], N("workshop/event"), cur="NOK")

L = "ja"
P(L, "エチオピア グジ アナエロビック", [("200g / 豆のまま", "2200", 200), ("200g / 中挽き", "2200", 200)],
  C(["ET"], "anaerobic natural", "light"), body="<p>精製方法：アナエロビック ナチュラル　焙煎度：浅煎り</p>", cur="JPY",
  opt="選択")
P(L, "飲み比べセット 3種", [(None, "3600", None)], N("bundle/sampler"), cur="JPY")
P(L, "ブラジル サントス 2.5kg 業務用", [("2.5kg", "9000", 2500)], C(["BR"], "natural", "medium-dark"), cur="JPY",
  body="<p>ナチュラル精製。中深煎り。</p>")
P(L, "グアテマラ アカテナンゴ ハニー", [("200g", "1800", 200)], C(["GT"], "honey", "medium"), cur="JPY",
  body="<p>生産国：グアテマラ<br>精製方法：レッドハニー<br>焙煎度：中煎り</p>")
P(L, "ハンドドリップ教室", [(None, "4000", None)], N("workshop/event"), cur="JPY")

L = "ko"
P(L, "에티오피아 구지 무산소", [("200g / 홀빈", "19000", 200), ("200g / 핸드드립 분쇄", "19000", 200)],
  C(["ET"], "anaerobic natural", "light"), body="<p>가공방식: 무산소 내추럴 / 로스팅: 라이트</p>", cur="KRW", opt="옵션")
P(L, "원두 샘플러 3종", [(None, "30000", None)], N("bundle/sampler"), cur="KRW")
P(L, "브라질 산토스 2.5kg 업소용", [("2.5kg", "60000", 2500)], C(["BR"], "natural", "medium-dark"), cur="KRW",
  body="<p>내추럴 가공, 미디엄 다크 로스팅.</p>")
P(L, "과테말라 아카테낭고 허니", [("200g", "16000", 200)], C(["GT"], "honey", "medium"), cur="KRW",
  body="<p>원산지: 과테말라<br>가공방식: 레드 허니<br>로스팅: 미디엄</p>")
P(L, "핸드드립 클래스", [(None, "50000", None)], N("workshop/event"), cur="KRW")

L = "zh"
P(L, "埃塞俄比亚 古吉 厌氧日晒", [("200g / 咖啡豆", "128.00", 200), ("200g / 手冲研磨", "128.00", 200)],
  C(["ET"], "anaerobic natural", "light"), body="<p>处理法：厌氧日晒 烘焙度：浅烘</p>", cur="CNY", opt="规格")
P(L, "咖啡豆品鉴套装 3款", [(None, "158.00", None)], N("bundle/sampler"), cur="CNY")
P(L, "巴西 山度士 2.5kg 商用", [("2.5kg", "268.00", 2500)], C(["BR"], "natural", "medium-dark"), cur="CNY",
  body="<p>日晒处理，中深烘焙。</p>")
P(L, "危地马拉 阿卡特南戈 红蜜", [("227g", "98.00", 227)], C(["GT"], "honey", "medium"), cur="CNY",
  body="<p>产地：危地马拉<br>处理法：红蜜处理<br>烘焙度：中烘</p>")
P(L, "手冲咖啡课程", [(None, "399.00", None)], N("workshop/event"), cur="CNY")

L = "zht"
P(L, "衣索比亞 古吉 厭氧日曬", [("200g / 咖啡豆", "650", 200), ("200g / 手沖研磨", "650", 200)],
  C(["ET"], "anaerobic natural", "light"), body="<p>處理法：厭氧日曬 烘焙度：淺焙</p>", cur="TWD", opt="規格")
P(L, "咖啡豆品嚐組 3款", [(None, "900", None)], N("bundle/sampler"), cur="TWD")
P(L, "巴西 山多士 2.5公斤 營業用", [("2.5公斤", "2200", 2500)], C(["BR"], "natural", "medium-dark"), cur="TWD",
  body="<p>日曬處理，中深焙。</p>")
P(L, "瓜地馬拉 阿卡特南果 紅蜜", [("227g", "480", 227)], C(["GT"], "honey", "medium"), cur="TWD",
  body="<p>產地：瓜地馬拉<br>處理法：紅蜜處理<br>烘焙度：中焙</p>")
P(L, "手沖咖啡課程", [(None, "1500", None)], N("workshop/event"), cur="TWD")

# ============================== fourth batch: prose only, region-only titles, one-variant bags, house blends
_D = [("Default Title", "12.00", 250)]
L = "en"
P(L, "La Palma y El Tucán – Geisha", [("100g", "25.00", 100)], C(["CO"], "washed", "light"),
  body="<p>A washed Geisha from Cundinamarca, Colombia, light roasted for filter.</p>")
P(L, "House Decaf", [("Default Title", "16.00", 340)], C(["PE"], None, "medium", decaf=True), opt="Title", cur="USD",
  body="<p>Swiss Water decaf from Peru. Medium roast. 340g bag.</p>")
P(L, "Nyeri Peaberry", [("250g", "16.00", 250)], C(["KE"], "washed", "light"),
  body="<p>A washed peaberry lot, light roast.</p>")
P(L, "Enamel Mug – Logo", [(None, "15.00", None)], N("merch"))
P(L, "Winter", [("250g", "13.00", 250)], C(["BR", "GT"], None, "medium", blend=True),
  body="<p>Our winter blend brings together Brazil and Guatemala, roasted medium.</p>")

L = "fr"
P(L, "Huila – Finca Los Naranjos", [("250 g", "15.00", 250)], C(["CO"], "washed", "light"),
  body="<p>Ce café lavé vient du Huila, en Colombie. Torréfaction claire.</p>")
P(L, "Le Déca", _D, C(["PE"], None, "medium", decaf=True), opt="Title",
  body="<p>Décaféiné au CO2, origine Pérou. Torréfaction moyenne. Sachet de 250 g.</p>")
P(L, "Yirgacheffe Chelbesa", [("250 g", "15.00", 250)], C(["ET"], "washed", "light"),
  body="<p>Un lavé floral, torréfaction claire.</p>")
P(L, "Mug émaillé bleu", [(None, "16.00", None)], N("merch"))
P(L, "L'Hiver", [("250 g", "12.00", 250)], C(["BR", "GT"], None, "medium", blend=True),
  body="<p>Notre assemblage d'hiver marie le Brésil et le Guatemala, torréfaction moyenne.</p>")

L = "de"
P(L, "Huila – Finca Los Naranjos", [("250 g", "15.00", 250)], C(["CO"], "washed", "light"),
  body="<p>Dieser gewaschene Kaffee stammt aus Huila in Kolumbien. Helle Röstung.</p>")
P(L, "Entkoffeiniert", _D, C(["PE"], None, "medium", decaf=True), opt="Title",
  body="<p>Entkoffeiniert mit CO2, Herkunft Peru. Mittlere Röstung. Im 250 g Beutel.</p>")
P(L, "Yirgacheffe Chelbesa", [("250 g", "15.00", 250)], C(["ET"], "washed", "light"),
  body="<p>Gewaschen, hell geröstet, blumig.</p>")
P(L, "Emaille-Becher", [(None, "16.00", None)], N("merch"))
P(L, "Winterröstung", [("250 g", "12.00", 250)], C(["BR", "GT"], None, "medium", blend=True),
  body="<p>Unsere Wintermischung vereint Brasilien und Guatemala, mittlere Röstung.</p>")

L = "es"
P(L, "Huila – Finca Los Naranjos", [("250 g", "15.00", 250)], C(["CO"], "washed", "light"),
  body="<p>Este café lavado viene del Huila, en Colombia. Tueste claro.</p>")
P(L, "Descafeinado de la casa", _D, C(["PE"], None, "medium", decaf=True), opt="Title",
  body="<p>Descafeinado con CO2, origen Perú. Tueste medio. Bolsa de 250 g.</p>")
P(L, "Yirgacheffe Chelbesa", [("250 g", "15.00", 250)], C(["ET"], "washed", "light"),
  body="<p>Lavado, tueste claro, floral.</p>")
P(L, "Taza esmaltada", [(None, "16.00", None)], N("merch"))
P(L, "Invierno", [("250 g", "12.00", 250)], C(["BR", "GT"], None, "medium", blend=True),
  body="<p>Nuestra mezcla de invierno une Brasil y Guatemala, tueste medio.</p>")

L = "it"
P(L, "Huila – Finca Los Naranjos", [("250 g", "15.00", 250)], C(["CO"], "washed", "light"),
  body="<p>Questo caffè lavato arriva dall'Huila, in Colombia. Tostatura chiara.</p>")
P(L, "Decaffeinato della casa", _D, C(["PE"], None, "medium", decaf=True), opt="Title",
  body="<p>Decaffeinato con CO2, origine Perù. Tostatura media. Busta da 250 g.</p>")
P(L, "Yirgacheffe Chelbesa", [("250 g", "15.00", 250)], C(["ET"], "washed", "light"),
  body="<p>Lavato, tostatura chiara, floreale.</p>")
P(L, "Tazza smaltata", [(None, "16.00", None)], N("merch"))
P(L, "Inverno", [("250 g", "12.00", 250)], C(["BR", "GT"], None, "medium", blend=True),
  body="<p>La nostra miscela invernale unisce Brasile e Guatemala, tostatura media.</p>")

L = "nl"
P(L, "Huila – Finca Los Naranjos", [("250 g", "15.00", 250)], C(["CO"], "washed", "light"),
  body="<p>Deze gewassen koffie komt uit Huila, Colombia. Lichte branding.</p>")
P(L, "Cafeïnevrij", _D, C(["PE"], None, "medium", decaf=True), opt="Title",
  body="<p>Cafeïnevrij gemaakt met CO2, herkomst Peru. Medium branding. Zak van 250 gram.</p>")
P(L, "Yirgacheffe Chelbesa", [("250 g", "15.00", 250)], C(["ET"], "washed", "light"),
  body="<p>Gewassen, licht gebrand, bloemig.</p>")
P(L, "Emaille mok", [(None, "16.00", None)], N("merch"))
P(L, "Winter", [("250 g", "12.00", 250)], C(["BR", "GT"], None, "medium", blend=True),
  body="<p>Onze wintermelange combineert Brazilië en Guatemala, medium gebrand.</p>")

L = "pt"
P(L, "Huila – Finca Los Naranjos", [("250 g", "15.00", 250)], C(["CO"], "washed", "light"),
  body="<p>Este café lavado vem do Huila, na Colômbia. Torra clara.</p>")
P(L, "Descafeinado da casa", _D, C(["PE"], None, "medium", decaf=True), opt="Title",
  body="<p>Descafeinado com CO2, origem Peru. Torra média. Pacote de 250 g.</p>")
P(L, "Yirgacheffe Chelbesa", [("250 g", "15.00", 250)], C(["ET"], "washed", "light"),
  body="<p>Lavado, torra clara, floral.</p>")
P(L, "Caneca de cerâmica", [(None, "16.00", None)], N("merch"))
P(L, "Inverno", [("250 g", "12.00", 250)], C(["BR", "GT"], None, "medium", blend=True),
  body="<p>O nosso blend de inverno une Brasil e Guatemala, torra média.</p>")

L = "pl"
P(L, "Huila – Finca Los Naranjos", [("250 g", "65.00", 250)], C(["CO"], "washed", "light"), cur="PLN",
  body="<p>Ta myta kawa pochodzi z regionu Huila w Kolumbii. Jasne palenie.</p>")
P(L, "Bezkofeinowa", [("Default Title", "55.00", 250)], C(["PE"], None, "medium", decaf=True), opt="Title",
  cur="PLN", body="<p>Kawa bezkofeinowa (CO2) z Peru. Palenie średnie. Opakowanie 250 g.</p>")
P(L, "Yirgacheffe Chelbesa", [("250 g", "65.00", 250)], C(["ET"], "washed", "light"), cur="PLN",
  body="<p>Myta, jasno palona, kwiatowa.</p>")
P(L, "Kubek emaliowany", [(None, "69.00", None)], N("merch"), cur="PLN")
P(L, "Zima", [("250 g", "49.00", 250)], C(["BR", "GT"], None, "medium", blend=True), cur="PLN",
  body="<p>Nasza zimowa mieszanka łączy Brazylię i Gwatemalę, palenie średnie.</p>")

L = "sv"
P(L, "Huila – Finca Los Naranjos", [("250 g", "145.00", 250)], C(["CO"], "washed", "light"), cur="SEK",
  body="<p>Detta tvättade kaffe kommer från Huila i Colombia. Ljusrostat.</p>")
P(L, "Koffeinfritt", [("Default Title", "119.00", 250)], C(["PE"], None, "medium", decaf=True), opt="Title",
  cur="SEK", body="<p>Koffeinfritt (CO2) från Peru. Mellanrostat. Påse om 250 g.</p>")
P(L, "Yirgacheffe Chelbesa", [("250 g", "145.00", 250)], C(["ET"], "washed", "light"), cur="SEK",
  body="<p>Tvättat, ljusrostat, blommigt.</p>")
P(L, "Emaljmugg", [(None, "149.00", None)], N("merch"), cur="SEK")
P(L, "Vinter", [("250 g", "119.00", 250)], C(["BR", "GT"], None, "medium", blend=True), cur="SEK",
  body="<p>Vår vinterblandning förenar Brasilien och Guatemala, mellanrostad.</p>")

L = "da"
P(L, "Huila – Finca Los Naranjos", [("250 g", "125.00", 250)], C(["CO"], "washed", "light"), cur="DKK",
  body="<p>Denne vaskede kaffe kommer fra Huila i Colombia. Lyst ristet.</p>")
P(L, "Koffeinfri", [("Default Title", "99.00", 250)], C(["PE"], None, "medium", decaf=True), opt="Title", cur="DKK",
  body="<p>Koffeinfri (CO2) fra Peru. Mellemristet. Pose med 250 g.</p>")
P(L, "Yirgacheffe Chelbesa", [("250 g", "125.00", 250)], C(["ET"], "washed", "light"), cur="DKK",
  body="<p>Vasket, lyst ristet, blomstret.</p>")
P(L, "Emaljekrus", [(None, "129.00", None)], N("merch"), cur="DKK")
P(L, "Vinter", [("250 g", "99.00", 250)], C(["BR", "GT"], None, "medium", blend=True), cur="DKK",
  body="<p>Vores vinterblanding forener Brasilien og Guatemala, mellemristet.</p>")

L = "no"
P(L, "Huila – Finca Los Naranjos", [("250 g", "159.00", 250)], C(["CO"], "washed", "light"), cur="NOK",
  body="<p>Denne vaskede kaffen kommer fra Huila i Colombia. Lysbrent.</p>")
P(L, "Koffeinfri", [("Default Title", "139.00", 250)], C(["PE"], None, "medium", decaf=True), opt="Title",
  cur="NOK", body="<p>Koffeinfri (CO2) fra Peru. Middels brent. Pose på 250 g.</p>")
P(L, "Yirgacheffe Chelbesa", [("250 g", "159.00", 250)], C(["ET"], "washed", "light"), cur="NOK",
  body="<p>Vasket, lysbrent, blomstrete.</p>")
P(L, "Emaljekopp", [(None, "199.00", None)], N("merch"), cur="NOK")
P(L, "Vinter", [("250 g", "139.00", 250)], C(["BR", "GT"], None, "medium", blend=True), cur="NOK",
  body="<p>Vår vinterblanding forener Brasil og Guatemala, middels brent.</p>")

L = "ja"
P(L, "ウィラ フィンカ・ロス・ナランホス", [("200g", "2000", 200)], C(["CO"], "washed", "light"), cur="JPY",
  body="<p>コロンビア・ウィラ県の農園から届いたウォッシュトのコーヒー。浅煎りでお届けします。</p>")
P(L, "デカフェ", [("Default Title", "1500", 200)], C(["PE"], None, "medium", decaf=True), opt="Title", cur="JPY",
  body="<p>ペルー産のデカフェ（CO2製法）。中煎り。内容量 200g</p>")
P(L, "イルガチェフェ チェルベサ", [("200g", "1900", 200)], C(["ET"], "washed", "light"), cur="JPY",
  body="<p>ウォッシュト。浅煎り。華やかな香り。</p>")
P(L, "ホーローマグ", [(None, "2500", None)], N("merch"), cur="JPY")
P(L, "冬のブレンド", [("200g", "1500", 200)], C(["BR", "GT"], None, "medium", blend=True), cur="JPY",
  body="<p>ブラジルとグアテマラを合わせた冬限定ブレンド。中煎り。</p>")

L = "ko"
P(L, "우일라 핀카 로스 나랑호스", [("200g", "18000", 200)], C(["CO"], "washed", "light"), cur="KRW",
  body="<p>콜롬비아 우일라 지역 농장의 워시드 커피. 라이트 로스팅.</p>")
P(L, "디카페인", [("Default Title", "15000", 200)], C(["PE"], None, "medium", decaf=True), opt="Title", cur="KRW",
  body="<p>페루산 디카페인 (CO2 공법). 미디엄 로스팅. 용량 200그램</p>")
P(L, "예가체프 첼베사", [("200g", "18000", 200)], C(["ET"], "washed", "light"), cur="KRW",
  body="<p>워시드, 라이트 로스팅, 꽃향.</p>")
P(L, "법랑 머그", [(None, "22000", None)], N("merch"), cur="KRW")
P(L, "윈터 블렌드", [("200g", "14000", 200)], C(["BR", "GT"], None, "medium", blend=True), cur="KRW",
  body="<p>브라질과 과테말라를 섞은 겨울 한정 블렌드. 미디엄 로스팅.</p>")

L = "zh"
P(L, "慧兰 洛斯纳兰霍斯庄园", [("227g", "118.00", 227)], C(["CO"], "washed", "light"), cur="CNY",
  body="<p>来自哥伦比亚慧兰产区的水洗咖啡，浅烘焙。</p>")
P(L, "低因咖啡", [("Default Title", "98.00", 250)], C(["PE"], None, "medium", decaf=True), opt="Title", cur="CNY",
  body="<p>秘鲁低因（CO2脱因），中烘焙。净含量 250克</p>")
P(L, "耶加雪菲 切尔贝萨", [("227g", "108.00", 227)], C(["ET"], "washed", "light"), cur="CNY",
  body="<p>水洗，浅烘，花香。</p>")
P(L, "搪瓷杯", [(None, "69.00", None)], N("merch"), cur="CNY")
P(L, "冬季拼配", [("227g", "78.00", 227)], C(["BR", "GT"], None, "medium", blend=True), cur="CNY",
  body="<p>巴西与危地马拉拼配，中烘焙。</p>")

L = "zht"
P(L, "薇拉 洛斯納蘭霍斯莊園", [("227g", "520", 227)], C(["CO"], "washed", "light"), cur="TWD",
  body="<p>來自哥倫比亞薇拉產區的水洗咖啡，淺烘焙。</p>")
P(L, "低因咖啡", [("Default Title", "450", 250)], C(["PE"], None, "medium", decaf=True), opt="Title", cur="TWD",
  body="<p>秘魯低因（CO2脫因），中烘焙。淨重 250公克</p>")
P(L, "耶加雪菲 切爾貝薩", [("227g", "500", 227)], C(["ET"], "washed", "light"), cur="TWD",
  body="<p>水洗，淺焙，花香。</p>")
P(L, "琺瑯杯", [(None, "450", None)], N("merch"), cur="TWD")
P(L, "冬季配方豆", [("227g", "400", 227)], C(["BR", "GT"], None, "medium", blend=True), cur="TWD",
  body="<p>巴西與瓜地馬拉綜合，中焙。</p>")

# ================================= fifth batch: the gear, services and gifts a roaster sells, in each language
_G = [(None, "30.00", None)]
L = "en"
P(L, "Gooseneck Kettle 0.8 L", _G, N("equipment: kettle"))
P(L, "Airtight Coffee Canister", _G, N("equipment"))
P(L, "Milk Pitcher 350 ml", _G, N("equipment"))
P(L, "E-Gift Card", [("£25", "25.00", None)], N("gift card"), opt="Amount")
P(L, "Moka Pot Blend", [("250g", "11.00", 250)], C(["BR", "IN"], None, "dark", blend=True),
  body="<p>Brazil and India, roasted dark for the stovetop.</p>")

L = "fr"
P(L, "Bouilloire col de cygne 1 L", _G, N("equipment: kettle"))
P(L, "Balance de précision avec minuteur", _G, N("equipment: scale"))
P(L, "Pichet à lait inox 350 ml", _G, N("equipment"))
P(L, "Chèque cadeau", [("30 €", "30.00", None)], N("gift card"), opt="Montant")
P(L, "Abonnement café – 3 mois", [("250 g / mois", "39.00", None)], N("subscription"), opt="Formule")
P(L, "Mélange Moka – pour cafetière italienne", [("250 g", "10.50", 250)], C(["BR", "IN"], None, "dark", blend=True),
  body="<p>Brésil et Inde, torréfaction foncée pour la cafetière italienne.</p>")

L = "de"
P(L, "Wasserkocher mit Schwanenhals", _G, N("equipment: kettle"))
P(L, "Kaffeewaage mit Timer", _G, N("equipment: scale"))
P(L, "Milchkännchen Edelstahl 350 ml", _G, N("equipment"))
P(L, "Geschenkgutschein", [("25 €", "25.00", None)], N("gift card"), opt="Betrag")
P(L, "Kaffee-Abo", [("monatlich", "19.90", None)], N("subscription"), opt="Intervall")
P(L, "Mokka-Mischung für die Bialetti", [("250 g", "9.90", 250)], C(["BR", "IN"], None, "dark", blend=True),
  body="<p>Brasilien und Indien, dunkel geröstet für den Espressokocher.</p>")

L = "es"
P(L, "Hervidor cuello de cisne 1 L", _G, N("equipment: kettle"))
P(L, "Báscula con temporizador", _G, N("equipment: scale"))
P(L, "Jarra para leche 350 ml", _G, N("equipment"))
P(L, "Tarjeta regalo", [("30 €", "30.00", None)], N("gift card"), opt="Importe")
P(L, "Molinillo de café manual", _G, N("equipment: grinder"))
P(L, "Mezcla para cafetera italiana", [("250 g", "9.50", 250)], C(["BR", "IN"], None, "dark", blend=True),
  body="<p>Brasil e India, tueste oscuro para cafetera moka.</p>")

L = "it"
P(L, "Bollitore collo di cigno 1 L", _G, N("equipment: kettle"))
P(L, "Bilancia con timer", _G, N("equipment: scale"))
P(L, "Lattiera in acciaio 350 ml", _G, N("equipment"))
P(L, "Buono regalo", [("30 €", "30.00", None)], N("gift card"), opt="Importo")
P(L, "Abbonamento caffè mensile", [("1 mese", "20.00", None)], N("subscription"), opt="Durata")
P(L, "Miscela per Moka", [("250 g", "8.50", 250)], C(["BR", "IN"], None, "dark", blend=True),
  body="<p>Brasile e India, tostatura scura per la moka.</p>")

L = "nl"
P(L, "Waterkoker met zwanenhals", _G, N("equipment: kettle"))
P(L, "Koffieweegschaal met timer", _G, N("equipment: scale"))
P(L, "Melkkan RVS 350 ml", _G, N("equipment"))
P(L, "Cadeaubon", [("€25", "25.00", None)], N("gift card"), opt="Bedrag")
P(L, "Koffieabonnement", [("elke maand", "19.00", None)], N("subscription"), opt="Frequentie")
P(L, "Melange voor de mokapot", [("250 g", "9.50", 250)], C(["BR", "IN"], None, "dark", blend=True),
  body="<p>Brazilië en India, donker gebrand voor de mokapot.</p>")

L = "pt"
P(L, "Chaleira pescoço de ganso 1 L", _G, N("equipment: kettle"))
P(L, "Balança digital com timer", _G, N("equipment: scale"))
P(L, "Leiteira inox 350 ml", _G, N("equipment"))
P(L, "Vale-presente", [("R$ 100", "100.00", None)], N("gift card"), opt="Valor", cur="BRL")
P(L, "Moedor de café manual", _G, N("equipment: grinder"))
P(L, "Blend para cafeteira italiana", [("250 g", "39.90", 250)], C(["BR", "IN"], None, "dark", blend=True), cur="BRL",
  body="<p>Brasil e Índia, torra escura para moka.</p>")

L = "pl"
P(L, "Czajnik z gęsią szyjką 1 l", [(None, "199.00", None)], N("equipment: kettle"), cur="PLN")
P(L, "Waga do kawy z timerem", [(None, "149.00", None)], N("equipment: scale"), cur="PLN")
P(L, "Dzbanek do mleka 350 ml", [(None, "79.00", None)], N("equipment"), cur="PLN")
P(L, "Bon podarunkowy", [("100 zł", "100.00", None)], N("gift card"), opt="Kwota", cur="PLN")
P(L, "Subskrypcja kawy", [("co miesiąc", "79.00", None)], N("subscription"), opt="Częstotliwość", cur="PLN")
P(L, "Mieszanka do kawiarki", [("250 g", "39.00", 250)], C(["BR", "IN"], None, "dark", blend=True), cur="PLN",
  body="<p>Brazylia i Indie, ciemno palona do kawiarki.</p>")

L = "sv"
P(L, "Vattenkokare med svanhals", [(None, "599.00", None)], N("equipment: kettle"), cur="SEK")
P(L, "Kaffevåg med timer", [(None, "399.00", None)], N("equipment: scale"), cur="SEK")
P(L, "Mjölkkanna 350 ml", [(None, "199.00", None)], N("equipment"), cur="SEK")
P(L, "Kaffeprenumeration", [("varje månad", "199.00", None)], N("subscription"), opt="Leveransintervall", cur="SEK")
P(L, "Kaffekvarn manuell", [(None, "899.00", None)], N("equipment: grinder"), cur="SEK")
P(L, "Blandning för mokabryggare", [("250 g", "99.00", 250)], C(["BR", "IN"], None, "dark", blend=True), cur="SEK",
  body="<p>Brasilien och Indien, mörkrostad för mokabryggaren.</p>")

L = "da"
P(L, "Elkedel med svanehals", [(None, "499.00", None)], N("equipment: kettle"), cur="DKK")
P(L, "Kaffevægt med timer", [(None, "349.00", None)], N("equipment: scale"), cur="DKK")
P(L, "Mælkekande 350 ml", [(None, "179.00", None)], N("equipment"), cur="DKK")
P(L, "Gavekort", [("200 kr", "200.00", None)], N("gift card"), opt="Beløb", cur="DKK")
P(L, "Kaffeabonnement", [("hver måned", "179.00", None)], N("subscription"), opt="Leveringsinterval", cur="DKK")
P(L, "Blanding til mokakande", [("250 g", "89.00", 250)], C(["BR", "IN"], None, "dark", blend=True), cur="DKK",
  body="<p>Brasilien og Indien, mørkristet til mokakanden.</p>")

L = "no"
P(L, "Vannkoker med svanehals", [(None, "799.00", None)], N("equipment: kettle"), cur="NOK")
P(L, "Kaffevekt med timer", [(None, "499.00", None)], N("equipment: scale"), cur="NOK")
P(L, "Melkekanne 350 ml", [(None, "249.00", None)], N("equipment"), cur="NOK")
P(L, "Kaffeabonnement", [("hver måned", "249.00", None)], N("subscription"), opt="Leveringsintervall", cur="NOK")
P(L, "Kaffekvern elektrisk", [(None, "1999.00", None)], N("equipment: grinder"), cur="NOK")
P(L, "Blanding til mokkakanne", [("250 g", "119.00", 250)], C(["BR", "IN"], None, "dark", blend=True), cur="NOK",
  body="<p>Brasil og India, mørkbrent for mokkakannen.</p>")

L = "ja"
P(L, "電気ケトル 細口 0.8L", [(None, "8800", None)], N("equipment: kettle"), cur="JPY")
P(L, "コーヒースケール タイマー付き", [(None, "5500", None)], N("equipment: scale"), cur="JPY")
P(L, "ミルクピッチャー 350ml", [(None, "2200", None)], N("equipment"), cur="JPY")
P(L, "ギフトカード", [("3000円", "3000", None)], N("gift card"), opt="金額", cur="JPY")
P(L, "コーヒーキャニスター 200g用", [(None, "3300", None)], N("equipment"), cur="JPY")
P(L, "マキネッタ用ブレンド", [("200g", "1300", 200)], C(["BR", "IN"], None, "dark", blend=True), cur="JPY",
  body="<p>ブラジルとインド。深煎り。</p>")

L = "ko"
P(L, "드립 주전자 0.8L", [(None, "45000", None)], N("equipment: kettle"), cur="KRW")
P(L, "커피 저울 타이머", [(None, "35000", None)], N("equipment: scale"), cur="KRW")
P(L, "스팀 피처 350ml", [(None, "18000", None)], N("equipment"), cur="KRW")
P(L, "기프트카드", [("30000원", "30000", None)], N("gift card"), opt="금액", cur="KRW")
P(L, "핸드 그라인더", [(None, "120000", None)], N("equipment: grinder"), cur="KRW")
P(L, "모카포트용 블렌드", [("250g", "14000", 250)], C(["BR", "IN"], None, "dark", blend=True), cur="KRW",
  body="<p>브라질과 인도, 다크 로스팅.</p>")

L = "zh"
P(L, "细口手冲壶 0.8L", [(None, "199.00", None)], N("equipment: kettle"), cur="CNY")
P(L, "咖啡电子秤 带计时", [(None, "129.00", None)], N("equipment: scale"), cur="CNY")
P(L, "拉花缸 350ml", [(None, "59.00", None)], N("equipment"), cur="CNY")
P(L, "礼品卡", [("200元", "200.00", None)], N("gift card"), opt="面额", cur="CNY")
P(L, "咖啡订阅 每月", [("每月", "99.00", None)], N("subscription"), opt="配送周期", cur="CNY")
P(L, "摩卡壶专用拼配", [("250g", "69.00", 250)], C(["BR", "IN"], None, "dark", blend=True), cur="CNY",
  body="<p>巴西和印度拼配，深烘。</p>")

L = "zht"
P(L, "細口手沖壺 0.8L", [(None, "1200", None)], N("equipment: kettle"), cur="TWD")
P(L, "咖啡電子秤 計時", [(None, "900", None)], N("equipment: scale"), cur="TWD")
P(L, "拉花杯 350ml", [(None, "450", None)], N("equipment"), cur="TWD")
P(L, "禮物卡", [("1000元", "1000", None)], N("gift card"), opt="面額", cur="TWD")
P(L, "咖啡訂閱 每月", [("每月", "600", None)], N("subscription"), opt="配送週期", cur="TWD")
P(L, "摩卡壺專用配方豆", [("250g", "380", 250)], C(["BR", "IN"], None, "dark", blend=True), cur="TWD",
  body="<p>巴西與印度綜合，深焙。</p>")

# ============== sixth batch: farm-name titles, facts only in tables and odd separators, categories in the language
L = "en"
P(L, "Finca Monte Verde", [("250g", "16.00", 250)], C(["HN"], "washed", "light"),
  body=_table(("Country", "Honduras"), ("Region", "Santa Bárbara"), ("Process", "Fully washed"), ("Roast", "Light")),
  type="Single Origin")
P(L, "El Vergel – Lychee", [("150g", "22.00", 150)], C(["CO"], "experimental", "light"),
  body="<p>ORIGIN – Colombia<br>PROCESS – Co-fermented with lychee<br>ROAST – Light</p>")
P(L, "Stovetop Espresso Maker 6 Cup", _G, N("equipment: brewer"), type="Brewing Gear")

L = "fr"
P(L, "Finca Monte Verde", [("250 g", "16.00", 250)], C(["HN"], "washed", "light"),
  body=_table(("Pays", "Honduras"), ("Région", "Santa Bárbara"), ("Procédé", "Lavé"), ("Torréfaction", "Claire")),
  cats=("Cafés", "Origines"))
P(L, "Domaine Kiamabara", [("250 g", "18.00", 250)], C(["KE"], "washed", "light"),
  body="<p>PAYS – KENYA<br>PROCÉDÉ – LAVÉ<br>TORRÉFACTION – CLAIRE</p>")
P(L, "Hario V60 02 céramique", _G, N("equipment: brewer"), cats=("Accessoires",))

L = "de"
P(L, "Finca Monte Verde", [("250 g", "16.00", 250)], C(["HN"], "washed", "light"),
  body=_table(("Land", "Honduras"), ("Region", "Santa Bárbara"), ("Aufbereitung", "Gewaschen"), ("Röstgrad", "Hell")),
  cats=("Kaffee", "Filterkaffee"))
P(L, "Kiamabara Estate", [("250 g", "18.00", 250)], C(["KE"], "washed", "light"),
  body="<p>HERKUNFT – KENIA<br>AUFBEREITUNG – GEWASCHEN<br>RÖSTUNG – HELL</p>")
P(L, "Hario V60 02 Keramik", _G, N("equipment: brewer"), cats=("Zubehör",))

L = "es"
P(L, "Finca Monte Verde", [("250 g", "16.00", 250)], C(["HN"], "washed", "light"),
  body=_table(("País", "Honduras"), ("Región", "Santa Bárbara"), ("Proceso", "Lavado"), ("Tueste", "Claro")),
  cats=("Cafés de especialidad",))
P(L, "Finca Kiamabara", [("250 g", "18.00", 250)], C(["KE"], "washed", "light"),
  body="<p>ORIGEN – KENIA<br>PROCESO – LAVADO<br>TUESTE – CLARO</p>")
P(L, "Hario V60 02 cerámica", _G, N("equipment: brewer"), cats=("Accesorios",))

L = "it"
P(L, "Finca Monte Verde", [("250 g", "16.00", 250)], C(["HN"], "washed", "light"),
  body=_table(("Paese", "Honduras"), ("Regione", "Santa Bárbara"), ("Lavorazione", "Lavato"), ("Tostatura", "Chiara")),
  cats=("Caffè in grani",))
P(L, "Tenuta Kiamabara", [("250 g", "18.00", 250)], C(["KE"], "washed", "light"),
  body="<p>ORIGINE – KENYA<br>LAVORAZIONE – LAVATO<br>TOSTATURA – CHIARA</p>")
P(L, "Hario V60 02 ceramica", _G, N("equipment: brewer"), cats=("Accessori",))

L = "nl"
P(L, "Finca Monte Verde", [("250 g", "16.00", 250)], C(["HN"], "washed", "light"),
  body=_table(("Land", "Honduras"), ("Regio", "Santa Bárbara"), ("Verwerking", "Gewassen"), ("Branding", "Licht")),
  cats=("Koffiebonen",))
P(L, "Kiamabara Estate", [("250 g", "18.00", 250)], C(["KE"], "washed", "light"),
  body="<p>HERKOMST – KENIA<br>VERWERKING – GEWASSEN<br>BRANDING – LICHT</p>")
P(L, "Hario V60 02 keramiek", _G, N("equipment: brewer"), cats=("Accessoires",))

L = "pt"
P(L, "Fazenda Monte Verde", [("250 g", "59.90", 250)], C(["BR"], "natural", "medium"), cur="BRL",
  body=_table(("País", "Brasil"), ("Região", "Sul de Minas"), ("Processo", "Natural"), ("Torra", "Média")),
  cats=("Cafés especiais",))
P(L, "Fazenda Kiamabara", [("250 g", "18.00", 250)], C(["KE"], "washed", "light"),
  body="<p>ORIGEM – QUÉNIA<br>PROCESSO – LAVADO<br>TORRA – CLARA</p>")
P(L, "Hario V60 02 cerâmica", _G, N("equipment: brewer"), cats=("Acessórios",))

L = "pl"
P(L, "Finca Monte Verde", [("250 g", "65.00", 250)], C(["HN"], "washed", "light"), cur="PLN",
  body=_table(("Kraj", "Honduras"), ("Region", "Santa Bárbara"), ("Obróbka", "Myta"), ("Palenie", "Jasne")),
  cats=("Kawa ziarnista",))
P(L, "Kiamabara Estate", [("250 g", "75.00", 250)], C(["KE"], "washed", "light"), cur="PLN",
  body="<p>KRAJ – KENIA<br>OBRÓBKA – MYTA<br>PALENIE – JASNE</p>")
P(L, "Hario V60 02 ceramiczny", [(None, "119.00", None)], N("equipment: brewer"), cur="PLN", cats=("Akcesoria",))

L = "sv"
P(L, "Finca Monte Verde", [("250 g", "145.00", 250)], C(["HN"], "washed", "light"), cur="SEK",
  body=_table(("Land", "Honduras"), ("Region", "Santa Bárbara"), ("Process", "Tvättad"), ("Rostning", "Ljus")),
  cats=("Kaffe",))
P(L, "Kiamabara Estate", [("250 g", "165.00", 250)], C(["KE"], "washed", "light"), cur="SEK",
  body="<p>URSPRUNG – KENYA<br>PROCESS – TVÄTTAD<br>ROSTNING – LJUS</p>")
P(L, "Hario V60 02 keramik", [(None, "249.00", None)], N("equipment: brewer"), cur="SEK", cats=("Tillbehör",))

L = "da"
P(L, "Finca Monte Verde", [("250 g", "125.00", 250)], C(["HN"], "washed", "light"), cur="DKK",
  body=_table(("Land", "Honduras"), ("Region", "Santa Bárbara"), ("Proces", "Vasket"), ("Ristning", "Lys")),
  cats=("Kaffe",))
P(L, "Kiamabara Estate", [("250 g", "145.00", 250)], C(["KE"], "washed", "light"), cur="DKK",
  body="<p>OPRINDELSE – KENYA<br>PROCES – VASKET<br>RISTNING – LYS</p>")
P(L, "Hario V60 02 keramik", [(None, "199.00", None)], N("equipment: brewer"), cur="DKK", cats=("Tilbehør",))

L = "no"
P(L, "Finca Monte Verde", [("250 g", "159.00", 250)], C(["HN"], "washed", "light"), cur="NOK",
  body=_table(("Land", "Honduras"), ("Region", "Santa Bárbara"), ("Prosess", "Vasket"), ("Brenning", "Lys")),
  cats=("Kaffe",))
P(L, "Kiamabara Estate", [("250 g", "189.00", 250)], C(["KE"], "washed", "light"), cur="NOK",
  body="<p>OPPRINNELSE – KENYA<br>PROSESS – VASKET<br>BRENNING – LYS</p>")
P(L, "Hario V60 02 keramikk", [(None, "299.00", None)], N("equipment: brewer"), cur="NOK", cats=("Tilbehør",))

L = "ja"
P(L, "モンテベルデ農園", [("200g", "1900", 200)], C(["HN"], "washed", "light"), cur="JPY",
  body=_table(("生産国", "ホンジュラス"), ("地域", "サンタバルバラ"), ("精製方法", "ウォッシュト"), ("焙煎度", "浅煎り")),
  cats=("コーヒー豆",))
P(L, "キアマバラ農園", [("200g", "2200", 200)], C(["KE"], "washed", "light"), cur="JPY",
  body="<p>■生産国：ケニア ■精製：ウォッシュト ■焙煎：浅煎り</p>")
P(L, "HARIO V60 透過ドリッパー02", [(None, "1100", None)], N("equipment: brewer"), cur="JPY", cats=("器具",))

L = "ko"
P(L, "몬테 베르데 농장", [("200g", "17000", 200)], C(["HN"], "washed", "light"), cur="KRW",
  body=_table(("원산지", "온두라스"), ("지역", "산타 바르바라"), ("가공방식", "워시드"), ("로스팅", "라이트")),
  cats=("원두",))
P(L, "키아마바라 농장", [("200g", "21000", 200)], C(["KE"], "washed", "light"), cur="KRW",
  body="<p>• 원산지 : 케냐 • 가공 : 워시드 • 로스팅 : 라이트</p>")
P(L, "하리오 V60 드리퍼 02", [(None, "12000", None)], N("equipment: brewer"), cur="KRW", cats=("커피용품",))

L = "zh"
P(L, "蒙特维尔德庄园", [("227g", "118.00", 227)], C(["HN"], "washed", "light"), cur="CNY",
  body=_table(("国家", "洪都拉斯"), ("产区", "圣巴巴拉"), ("处理法", "水洗"), ("烘焙度", "浅烘")),
  cats=("咖啡豆",))
P(L, "基亚马巴拉庄园", [("227g", "138.00", 227)], C(["KE"], "washed", "light"), cur="CNY",
  body="<p>★产地：肯尼亚 ★处理：水洗 ★烘焙：浅烘</p>")
P(L, "HARIO V60 滤杯 02", [(None, "89.00", None)], N("equipment: brewer"), cur="CNY", cats=("器具",))

L = "zht"
P(L, "蒙特維爾德莊園", [("227g", "520", 227)], C(["HN"], "washed", "light"), cur="TWD",
  body=_table(("國家", "宏都拉斯"), ("產區", "聖塔芭芭拉"), ("處理法", "水洗"), ("烘焙度", "淺焙")),
  cats=("咖啡豆",))
P(L, "基亞馬巴拉莊園", [("227g", "600", 227)], C(["KE"], "washed", "light"), cur="TWD",
  body="<p>★產地：肯亞 ★處理：水洗 ★烘焙：淺焙</p>")
P(L, "HARIO V60 濾杯 02", [(None, "450", None)], N("equipment: brewer"), cur="TWD", cats=("器材",))

# ===================== seventh batch: rarer origins, carbonic maceration, a two-origin lot, Yemen and Papua New Guinea
L = "en"
P(L, "Papua New Guinea – Sigri Estate", [("250g", "15.00", 250)], C(["PG"], "washed", "medium"),
  body="<p>Washed, medium roast.</p>")
P(L, "Yemen Haraz", [("100g", "28.00", 100)], C(["YE"], "natural", "light"), body="<p>Sun-dried natural. Light roast.</p>")
P(L, "DR Congo – Kivu", [("250g", "15.00", 250)], C(["CD"], "washed", "medium"), body="<p>Washed. Medium roast.</p>")
P(L, "Colombia Carbonic", [("250g", "20.00", 250)], C(["CO"], "carbonic maceration", "light"),
  body="<p>Process: carbonic maceration. Roast: light.</p>")

L = "fr"
P(L, "Papouasie-Nouvelle-Guinée – Sigri", [("250 g", "15.00", 250)], C(["PG"], "washed", "medium"),
  body="<p>Café lavé, torréfaction moyenne.</p>")
P(L, "Yémen Haraz", [("100 g", "28.00", 100)], C(["YE"], "natural", "light"),
  body="<p>Procédé : naturel, séché au soleil. Torréfaction : claire.</p>")
P(L, "RDC – Kivu", [("250 g", "15.00", 250)], C(["CD"], "washed", "medium"),
  body="<p>République démocratique du Congo, région du Kivu. Lavé. Torréfaction moyenne.</p>")
P(L, "Colombie Macération carbonique", [("250 g", "20.00", 250)], C(["CO"], "carbonic maceration", "light"),
  body="<p>Procédé : macération carbonique. Torréfaction : claire.</p>")

L = "de"
P(L, "Papua-Neuguinea – Sigri", [("250 g", "15.00", 250)], C(["PG"], "washed", "medium"),
  body="<p>Gewaschen, mittlere Röstung.</p>")
P(L, "Jemen Haraz", [("100 g", "28.00", 100)], C(["YE"], "natural", "light"),
  body="<p>Aufbereitung: natural, sonnengetrocknet. Röstung: hell.</p>")
P(L, "DR Kongo – Kivu", [("250 g", "15.00", 250)], C(["CD"], "washed", "medium"),
  body="<p>Demokratische Republik Kongo, Kivu. Gewaschen. Mittlere Röstung.</p>")
P(L, "Kolumbien Kohlensäuremazeration", [("250 g", "20.00", 250)], C(["CO"], "carbonic maceration", "light"),
  body="<p>Aufbereitung: Carbonic Maceration (Kohlensäuremazeration). Röstung: hell.</p>")

L = "es"
P(L, "Papúa Nueva Guinea – Sigri", [("250 g", "15.00", 250)], C(["PG"], "washed", "medium"),
  body="<p>Lavado, tueste medio.</p>")
P(L, "Yemen Haraz", [("100 g", "28.00", 100)], C(["YE"], "natural", "light"),
  body="<p>Proceso: natural, secado al sol. Tueste: claro.</p>")
P(L, "RD Congo – Kivu", [("250 g", "15.00", 250)], C(["CD"], "washed", "medium"),
  body="<p>República Democrática del Congo, Kivu. Lavado. Tueste medio.</p>")
P(L, "Colombia Maceración Carbónica", [("250 g", "20.00", 250)], C(["CO"], "carbonic maceration", "light"),
  body="<p>Proceso: maceración carbónica. Tueste: claro.</p>")

L = "it"
P(L, "Papua Nuova Guinea – Sigri", [("250 g", "15.00", 250)], C(["PG"], "washed", "medium"),
  body="<p>Lavato, tostatura media.</p>")
P(L, "Yemen Haraz", [("100 g", "28.00", 100)], C(["YE"], "natural", "light"),
  body="<p>Lavorazione: naturale, essiccato al sole. Tostatura: chiara.</p>")
P(L, "RD Congo – Kivu", [("250 g", "15.00", 250)], C(["CD"], "washed", "medium"),
  body="<p>Repubblica Democratica del Congo, Kivu. Lavato. Tostatura media.</p>")
P(L, "Colombia Macerazione Carbonica", [("250 g", "20.00", 250)], C(["CO"], "carbonic maceration", "light"),
  body="<p>Lavorazione: macerazione carbonica. Tostatura: chiara.</p>")

L = "nl"
P(L, "Papoea-Nieuw-Guinea – Sigri", [("250 g", "15.00", 250)], C(["PG"], "washed", "medium"),
  body="<p>Gewassen, medium gebrand.</p>")
P(L, "Jemen Haraz", [("100 g", "28.00", 100)], C(["YE"], "natural", "light"),
  body="<p>Verwerking: natural, in de zon gedroogd. Branding: licht.</p>")
P(L, "DR Congo – Kivu", [("250 g", "15.00", 250)], C(["CD"], "washed", "medium"),
  body="<p>Democratische Republiek Congo, Kivu. Gewassen. Medium branding.</p>")
P(L, "Colombia Carbonic Maceration", [("250 g", "20.00", 250)], C(["CO"], "carbonic maceration", "light"),
  body="<p>Verwerking: koolzuurmaceratie. Branding: licht.</p>")

L = "pt"
P(L, "Papua-Nova Guiné – Sigri", [("250 g", "15.00", 250)], C(["PG"], "washed", "medium"),
  body="<p>Lavado, torra média.</p>")
P(L, "Iémen Haraz", [("100 g", "28.00", 100)], C(["YE"], "natural", "light"),
  body="<p>Processo: natural, seco ao sol. Torra: clara.</p>")
P(L, "RD Congo – Kivu", [("250 g", "15.00", 250)], C(["CD"], "washed", "medium"),
  body="<p>República Democrática do Congo, Kivu. Lavado. Torra média.</p>")
P(L, "Colômbia Maceração Carbônica", [("250 g", "79.90", 250)], C(["CO"], "carbonic maceration", "light"), cur="BRL",
  body="<p>Processo: maceração carbônica. Torra: clara.</p>")

L = "pl"
P(L, "Papua-Nowa Gwinea – Sigri", [("250 g", "65.00", 250)], C(["PG"], "washed", "medium"), cur="PLN",
  body="<p>Obróbka myta, palenie średnie.</p>")
P(L, "Jemen Haraz", [("100 g", "119.00", 100)], C(["YE"], "natural", "light"), cur="PLN",
  body="<p>Obróbka: naturalna, suszona w słońcu. Palenie: jasne.</p>")
P(L, "DR Konga – Kivu", [("250 g", "65.00", 250)], C(["CD"], "washed", "medium"), cur="PLN",
  body="<p>Demokratyczna Republika Konga, region Kivu. Obróbka: myta. Palenie: średnie.</p>")
P(L, "Kolumbia Maceracja Węglowa", [("250 g", "89.00", 250)], C(["CO"], "carbonic maceration", "light"), cur="PLN",
  body="<p>Obróbka: maceracja węglowa (carbonic maceration). Palenie: jasne.</p>")

L = "sv"
P(L, "Papua Nya Guinea – Sigri", [("250 g", "145.00", 250)], C(["PG"], "washed", "medium"), cur="SEK",
  body="<p>Tvättad, mellanrostad.</p>")
P(L, "Jemen Haraz", [("100 g", "249.00", 100)], C(["YE"], "natural", "light"), cur="SEK",
  body="<p>Process: naturell, soltorkad. Rostning: ljus.</p>")
P(L, "DR Kongo – Kivu", [("250 g", "145.00", 250)], C(["CD"], "washed", "medium"), cur="SEK",
  body="<p>Demokratiska republiken Kongo, Kivu. Tvättad. Mellanrostad.</p>")
P(L, "Colombia Kolsyremaceration", [("250 g", "189.00", 250)], C(["CO"], "carbonic maceration", "light"), cur="SEK",
  body="<p>Process: kolsyremaceration. Rostning: ljus.</p>")

L = "da"
P(L, "Papua Ny Guinea – Sigri", [("250 g", "125.00", 250)], C(["PG"], "washed", "medium"), cur="DKK",
  body="<p>Vasket, mellemristet.</p>")
P(L, "Yemen Haraz", [("100 g", "229.00", 100)], C(["YE"], "natural", "light"), cur="DKK",
  body="<p>Proces: natural, soltørret. Ristning: lys.</p>")
P(L, "DR Congo – Kivu", [("250 g", "125.00", 250)], C(["CD"], "washed", "medium"), cur="DKK",
  body="<p>Den Demokratiske Republik Congo, Kivu. Vasket. Mellemristet.</p>")
P(L, "Colombia Kulsyremaceration", [("250 g", "169.00", 250)], C(["CO"], "carbonic maceration", "light"), cur="DKK",
  body="<p>Proces: kulsyremaceration. Ristning: lys.</p>")

L = "no"
P(L, "Papua Ny-Guinea – Sigri", [("250 g", "159.00", 250)], C(["PG"], "washed", "medium"), cur="NOK",
  body="<p>Vasket, middels brent.</p>")
P(L, "Jemen Haraz", [("100 g", "299.00", 100)], C(["YE"], "natural", "light"), cur="NOK",
  body="<p>Prosess: naturell, soltørket. Brenning: lys.</p>")
P(L, "DR Kongo – Kivu", [("250 g", "159.00", 250)], C(["CD"], "washed", "medium"), cur="NOK",
  body="<p>Den demokratiske republikken Kongo, Kivu. Vasket. Middels brent.</p>")
P(L, "Colombia Karbonisk maserasjon", [("250 g", "219.00", 250)], C(["CO"], "carbonic maceration", "light"), cur="NOK",
  body="<p>Prosess: karbonisk maserasjon. Brenning: lys.</p>")

L = "ja"
P(L, "パプアニューギニア シグリ農園", [("200g", "1600", 200)], C(["PG"], "washed", "medium"), cur="JPY",
  body="<p>精製方法：ウォッシュト　焙煎度：中煎り</p>")
P(L, "イエメン ハラズ", [("100g", "3000", 100)], C(["YE"], "natural", "light"), cur="JPY",
  body="<p>精製方法：ナチュラル（天日乾燥）　焙煎度：浅煎り</p>")
P(L, "コンゴ民主共和国 キブ", [("200g", "1700", 200)], C(["CD"], "washed", "medium"), cur="JPY",
  body="<p>精製方法：ウォッシュト　焙煎度：中煎り</p>")
P(L, "コロンビア カーボニックマセレーション", [("100g", "2200", 100)], C(["CO"], "carbonic maceration", "light"),
  cur="JPY", body="<p>精製方法：カーボニックマセレーション　焙煎度：浅煎り</p>")

L = "ko"
P(L, "파푸아뉴기니 시그리", [("200g", "16000", 200)], C(["PG"], "washed", "medium"), cur="KRW",
  body="<p>가공방식: 워시드 / 로스팅: 미디엄</p>")
P(L, "예멘 하라즈", [("100g", "30000", 100)], C(["YE"], "natural", "light"), cur="KRW",
  body="<p>가공방식: 내추럴 / 로스팅: 라이트</p>")
P(L, "콩고민주공화국 키부", [("200g", "17000", 200)], C(["CD"], "washed", "medium"), cur="KRW",
  body="<p>가공방식: 워시드 / 로스팅: 미디엄</p>")
P(L, "콜롬비아 카보닉 매서레이션", [("100g", "22000", 100)], C(["CO"], "carbonic maceration", "light"), cur="KRW",
  body="<p>가공방식: 카보닉 매서레이션 / 로스팅: 라이트</p>")

L = "zh"
P(L, "巴布亚新几内亚 西格里庄园", [("227g", "98.00", 227)], C(["PG"], "washed", "medium"), cur="CNY",
  body="<p>处理法：水洗 烘焙度：中烘</p>")
P(L, "也门 哈拉兹", [("100g", "198.00", 100)], C(["YE"], "natural", "light"), cur="CNY",
  body="<p>处理法：日晒 烘焙度：浅烘</p>")
P(L, "刚果（金）基伍", [("227g", "98.00", 227)], C(["CD"], "washed", "medium"), cur="CNY",
  body="<p>产地：刚果民主共和国 处理法：水洗 烘焙度：中烘</p>")
P(L, "哥伦比亚 二氧化碳浸渍", [("100g", "128.00", 100)], C(["CO"], "carbonic maceration", "light"), cur="CNY",
  body="<p>处理法：二氧化碳浸渍 烘焙度：浅烘</p>")

L = "zht"
P(L, "巴布亞紐幾內亞 西格里莊園", [("227g", "450", 227)], C(["PG"], "washed", "medium"), cur="TWD",
  body="<p>處理法：水洗 烘焙度：中焙</p>")
P(L, "葉門 哈拉茲", [("100g", "900", 100)], C(["YE"], "natural", "light"), cur="TWD",
  body="<p>處理法：日曬 烘焙度：淺焙</p>")
P(L, "剛果民主共和國 基伍", [("227g", "450", 227)], C(["CD"], "washed", "medium"), cur="TWD",
  body="<p>處理法：水洗 烘焙度：中焙</p>")
P(L, "哥倫比亞 二氧化碳浸漬", [("100g", "600", 100)], C(["CO"], "carbonic maceration", "light"), cur="TWD",
  body="<p>處理法：二氧化碳浸漬 烘焙度：淺焙</p>")

# ================== eighth batch: decaf words in the gender and number the title needs, roast only in the title
L = "en"
P(L, "Decaffeinated Beans – Colombia", [("250g", "13.00", 250)], C(["CO"], None, "medium", decaf=True),
  body="<p>Sugarcane process. Medium roast.</p>")
P(L, "Light Roast – Kenya Nyeri", [("250g", "16.00", 250)], C(["KE"], "washed", "light"), body="<p>Washed.</p>")

L = "fr"
P(L, "Grains décaféinés – Pérou", [("250 g", "12.00", 250)], C(["PE"], None, "medium", decaf=True),
  body="<p>Torréfaction moyenne.</p>")
P(L, "Kenya Nyeri – torréfaction claire", [("250 g", "16.00", 250)], C(["KE"], "washed", "light"), body="<p>Lavé.</p>")

L = "de"
P(L, "Entkoffeinierte Bohnen – Peru", [("250 g", "12.00", 250)], C(["PE"], None, "medium", decaf=True),
  body="<p>Mittlere Röstung.</p>")
P(L, "Kenia Nyeri – helle Röstung", [("250 g", "16.00", 250)], C(["KE"], "washed", "light"), body="<p>Gewaschen.</p>")

L = "es"
P(L, "Granos descafeinados – Perú", [("250 g", "12.00", 250)], C(["PE"], None, "medium", decaf=True),
  body="<p>Tueste medio.</p>")
P(L, "Kenia Nyeri – tueste claro", [("250 g", "16.00", 250)], C(["KE"], "washed", "light"), body="<p>Lavado.</p>")

L = "it"
P(L, "Chicchi decaffeinati – Perù", [("250 g", "12.00", 250)], C(["PE"], None, "medium", decaf=True),
  body="<p>Tostatura media.</p>")
P(L, "Kenya Nyeri – tostatura chiara", [("250 g", "16.00", 250)], C(["KE"], "washed", "light"), body="<p>Lavato.</p>")

L = "nl"
P(L, "Cafeïnevrije bonen – Peru", [("250 g", "12.00", 250)], C(["PE"], None, "medium", decaf=True),
  body="<p>Medium branding.</p>")
P(L, "Kenia Nyeri – lichte branding", [("250 g", "16.00", 250)], C(["KE"], "washed", "light"), body="<p>Gewassen.</p>")

L = "pt"
P(L, "Grãos descafeinados – Peru", [("250 g", "12.00", 250)], C(["PE"], None, "medium", decaf=True),
  body="<p>Torra média.</p>")
P(L, "Quênia Nyeri – torra clara", [("250 g", "89.90", 250)], C(["KE"], "washed", "light"), cur="BRL",
  body="<p>Lavado.</p>")

L = "pl"
P(L, "Bezkofeinowe ziarna kawy – Peru", [("250 g", "49.00", 250)], C(["PE"], None, "medium", decaf=True), cur="PLN",
  body="<p>Palenie średnie.</p>")
P(L, "Kenia Nyeri – jasno palona", [("250 g", "69.00", 250)], C(["KE"], "washed", "light"), cur="PLN",
  body="<p>Myta.</p>")

L = "sv"
P(L, "Koffeinfria bönor – Peru", [("250 g", "119.00", 250)], C(["PE"], None, "medium", decaf=True), cur="SEK",
  body="<p>Mellanrostat.</p>")
P(L, "Kenya Nyeri – ljusrost", [("250 g", "159.00", 250)], C(["KE"], "washed", "light"), cur="SEK",
  body="<p>Tvättat.</p>")

L = "da"
P(L, "Koffeinfrie bønner – Peru", [("250 g", "99.00", 250)], C(["PE"], None, "medium", decaf=True), cur="DKK",
  body="<p>Mellemristet.</p>")
P(L, "Kenya Nyeri – lys ristning", [("250 g", "135.00", 250)], C(["KE"], "washed", "light"), cur="DKK",
  body="<p>Vasket.</p>")

L = "no"
P(L, "Koffeinfrie bønner – Peru", [("250 g", "139.00", 250)], C(["PE"], None, "medium", decaf=True), cur="NOK",
  body="<p>Middels brent.</p>")
P(L, "Kenya Nyeri – lysbrent", [("250 g", "179.00", 250)], C(["KE"], "washed", "light"), cur="NOK",
  body="<p>Vasket.</p>")

L = "ja"
P(L, "カフェインレス ペルー", [("200g", "1500", 200)], C(["PE"], None, "medium", decaf=True), cur="JPY",
  body="<p>中煎り。</p>")
P(L, "ケニア ニエリ 浅煎り", [("200g", "2000", 200)], C(["KE"], "washed", "light"), cur="JPY",
  body="<p>ウォッシュト。</p>")

L = "ko"
P(L, "디카페인 원두 페루", [("200g", "15000", 200)], C(["PE"], None, "medium", decaf=True), cur="KRW",
  body="<p>미디엄 로스팅.</p>")
P(L, "케냐 니에리 라이트 로스트", [("200g", "19000", 200)], C(["KE"], "washed", "light"), cur="KRW",
  body="<p>워시드.</p>")

L = "zh"
P(L, "无咖啡因 秘鲁", [("227g", "88.00", 227)], C(["PE"], None, "medium", decaf=True), cur="CNY",
  body="<p>中烘焙。</p>")
P(L, "肯尼亚 涅里 浅烘", [("227g", "118.00", 227)], C(["KE"], "washed", "light"), cur="CNY",
  body="<p>水洗。</p>")

L = "zht"
P(L, "無咖啡因 秘魯", [("227g", "420", 227)], C(["PE"], None, "medium", decaf=True), cur="TWD",
  body="<p>中焙。</p>")
P(L, "肯亞 涅里 淺焙", [("227g", "520", 227)], C(["KE"], "washed", "light"), cur="TWD",
  body="<p>水洗。</p>")
