"""Held-out products: written before reading the language tables, to measure the normalizer on wording
its vocabularies were not built from (issue 14). Never fed to tests/corpus/build.py: labelled.jsonl
and `make accuracy` stay the development set; tests/test_holdout.py scores this one.

Same shape as multilingual.py: (id, language, SourceProduct, expected); ``sizes`` are (option value,
price, expected grams). 14 languages with tables (zh split into zh/zht) plus English, and a few products
in languages with no table (fi, cs, tr, hu, ru) where only sizes, coffee/not-coffee and origin can be
expected. Labels are what a careful reader of that language would say, not what the code knows.
"""
from __future__ import annotations

from multilingual import C, N, product_builder

HOLDOUT: list = []
P = product_builder(HOLDOUT, "ho", "ho")


# ---------------------------------------------------------------------------------------------- English
L = "en"
P(L, "Ethiopia Hambela Buku – Natural", [("12oz", "21.00", 340), ("2lb", "48.00", 907)], C(["ET"], "natural", "light"),
  body="<p><strong>Region:</strong> Guji<br><strong>Processing:</strong> Full Natural, raised-bed dried<br>"
       "<strong>Roast Profile:</strong> Light</p>", cur="USD", opt="Weight")
P(L, "Finca Santa Rosa", [("340g", "16.00", 340)], C(["HN"], "washed", "medium-light"),
  body="<p>This year we're excited to bring back Finca Santa Rosa from Marcala, Honduras. The cherries are "
       "fully washed and dried on patios. We roast it light-medium to keep the stone fruit.</p>", cur="GBP")
P(L, "Decaf Colombia – Sugarcane EA", [("250g", "11.50", 250), ("1kg", "38.00", 1000)], C(["CO"], None, "medium", decaf=True),
  body="<p>Country: Colombia | Decaffeination: Sugarcane (Ethyl Acetate) | Roast: Medium</p>", cur="GBP")
P(L, "Sumatra Kerinci Honey", [("12 oz", "19.50", 340)], C(["ID"], "honey", "medium-dark"),
  body="<ul><li>Origin: Sumatra, Indonesia</li><li>Process: Yellow Honey</li><li>Roast Level: Medium-Dark</li></ul>",
  cur="USD")
P(L, "Big Sur Espresso", [("12oz", "17.00", 340), ("5lb", "85.00", 2268)], C(["BR", "CO", "ET"], None, "medium-dark", blend=True),
  body="<p>A blend of Brazil, Colombia and Ethiopia. Roasted medium-dark for a syrupy shot.</p>", cur="USD")
P(L, "Rwanda Kanzu Anaerobic Natural", [("8oz", "24.00", 227)], C(["RW"], "anaerobic natural", "light"),
  body="<p>Process: 72hr Anaerobic Natural<br>Roast: Light</p>", cur="USD")
P(L, "Burundi Kibingo 250g", [(None, "14.00", 250)], C(["BI"], "washed", "light"),
  body="<p>Origin: Burundi · Process: Washed · Roast: Light</p>", cur="GBP")
P(L, "Espresso Tamper 58mm", [(None, "45.00", None)], N("equipment: tamper"), cur="USD")
P(L, "Roastery Tote Bag", [(None, "20.00", None)], N("merch"), cur="USD", body="<p>100% organic cotton.</p>")
P(L, "Home Brewing Class", [("Saturday 10am", "60.00", None)], N("workshop/event"), cur="USD",
  body="<p>Two hours with our head barista: pour-over, French press and AeroPress.</p>", opt="Date")
P(L, "Single Origin Subscription", [("Every 2 weeks", "18.00", None)], N("subscription"), cur="USD",
  body="<p>A new single origin coffee delivered to your door, every two weeks.</p>", opt="Frequency")

# ---------------------------------------------------------------------------------------------- French
L = "fr"
P(L, "Colombie – Huila – Lot 7", [("250 g", "13.50", 250), ("1 kg", "45.00", 1000)], C(["CO"], "washed", "light"),
  body="<p>Cette année nous avons sélectionné un lot lavé de la région de Huila, en Colombie, cultivé par "
       "une coopérative de 40 familles. Nous l'avons torréfié clair pour préserver sa vivacité.</p>", opt="Poids")
P(L, "Éthiopie Sidamo Bensa", [("250g", "15.00", 250)], C(["ET"], "natural", "light"),
  body="<p><b>Pays d'origine</b> : Éthiopie<br><b>Méthode</b> : Voie sèche (nature)<br>"
       "<b>Niveau de torréfaction</b> : Léger</p>")
P(L, "Brésil Fazenda Santa Inês", [("½ kg", "19.00", 500), ("1 kilo", "34.00", 1000)], C(["BR"], "pulped natural", "medium"),
  body="<p>Provenance : Brésil, Minas Gerais<br>Process : Pulped natural<br>Torréfaction : Moyenne</p>")
P(L, "Kenya Kiambu AA lavé", [("250 g", "17.00", 250)], C(["KE"], "washed", "medium-light"),
  body="<p>Procédé : Voie humide<br>Torréfaction : Médium claire</p>")
P(L, "Espresso Bellevue", [("1kg", "32.00", 1000)], C(["BR", "IN"], None, "dark", blend=True),
  body="<p>Un assemblage de Brésil et d'Inde (robusta). Torréfaction foncée, à l'italienne.</p>")
P(L, "Décaféiné Mexique Chiapas", [("250 g", "14.00", 250)], C(["MX"], None, "medium", decaf=True),
  body="<p>Décaféiné sans solvant (procédé Swiss Water). Origine : Mexique. Torréfaction : moyenne.</p>")
P(L, "Salvador Santa Ana – Honey", [("250 g", "16.00", 250)], C(["SV"], "honey", "light"),
  body="<p>Origine : Salvador<br>Traitement : Honey (miel)<br>Torréfaction : Claire</p>")
P(L, "Théière en fonte 0,8 L", [(None, "45.00", None)], N("merch"))
P(L, "Filtres papier Chemex (100 pièces)", [(None, "12.00", None)], N("equipment: filters"))
P(L, "T-shirt Brûlerie", [("M", "25.00", None), ("L", "25.00", None)], N("merch"), opt="Taille")
P(L, "Atelier dégustation – initiation", [(None, "40.00", None)], N("workshop/event"),
  body="<p>Deux heures pour apprendre à déguster le café, en petit groupe.</p>")

# ---------------------------------------------------------------------------------------------- German
L = "de"
P(L, "Kenia AA gewaschen", [("250 g", "14.90", 250), ("1000 g", "49.00", 1000)], C(["KE"], "washed", "light"),
  body="<p>Röstung: hell – ideal für Filter und Handaufguss.</p>", opt="Inhalt")
P(L, "Äthiopien Guji Natural", [("250g", "15.50", 250)], C(["ET"], "natural", "medium-light"),
  body="<p>Provenienz: Äthiopien, Region Guji<br>Aufbereitungsmethode: Natural (trocken aufbereitet)<br>"
       "Röstung: mittel-hell</p>")
P(L, "Brasilien Fazenda Cachoeira", [("500 g", "17.90", 500), ("1 kg", "32.00", 1000)], C(["BR"], "natural", "medium"),
  body="<table><tr><td>Anbauland</td><td>Brasilien</td></tr><tr><td>Aufbereitung</td><td>Naturbelassen</td></tr>"
       "<tr><td>Röstgrad</td><td>Mittel</td></tr></table>")
P(L, "Espresso Classico", [("1 kg", "26.90", 1000)], C(["BR", "IN"], None, "dark", blend=True),
  body="<p>Unsere klassische Espressomischung aus Brasilien und Indien – dunkel geröstet, kräftig und schokoladig.</p>")
P(L, "Entkoffeinierter Kaffee Peru", [("250 g", "12.90", 250)], C(["PE"], None, "medium", decaf=True),
  body="<p>Schonend entkoffeiniert nach dem CO2-Verfahren. Herkunft: Peru. Röstgrad: mittel.</p>")
P(L, "Costa Rica Las Lajas Black Honey", [("250 g", "18.50", 250)], C(["CR"], "honey", "light"),
  body="<p>Ursprung: Costa Rica<br>Aufbereitung: Black Honey<br>Röstung: Helle Röstung</p>")
P(L, "Guatemala Finca La Soledad", [("250g", "14.50", 250)], C(["GT"], "washed", "medium-dark"),
  body="<p>Dieser Kaffee wird vollständig gewaschen und anschließend in der Sonne getrocknet. "
       "Wir rösten ihn mitteldunkel.</p>")
P(L, "Wasserkocher mit Schwanenhals", [(None, "69.00", None)], N("equipment: kettle"))
P(L, "Papierfilter Größe 4 (100 Stück)", [(None, "3.90", None)], N("equipment: filters"))
P(L, "Kaffee-Abo monatlich", [("1 Monat", "24.00", None)], N("subscription"), opt="Laufzeit",
  body="<p>Jeden Monat frisch gerösteter Kaffee aus unserer Rösterei.</p>")
P(L, "Trinkschokolade 250 g", [(None, "8.90", None)], N("merch"))

# --------------------------------------------------------------------------------------------- Spanish
L = "es"
P(L, "Etiopía Guji Uraga", [("250 g", "14.00", 250)], C(["ET"], "natural", "light"),
  body="<p>País de origen: Etiopía<br>Variedad botánica: Heirloom<br>Proceso de beneficio: Natural<br>"
       "Tipo de tueste: Claro</p>")
P(L, "Colombia Tolima Lavado", [("250 gr", "12.50", 250), ("1 kg", "42.00", 1000)], C(["CO"], "washed", "medium"),
  body="<p>Un café de Tolima, de beneficio húmedo, con tostado medio ideal para espresso y filtro.</p>")
P(L, "Guatemala Huehuetenango Finca El Injerto", [("250 g", "16.00", 250)], C(["GT"], "washed", "medium-light"),
  body="<ul><li>Procedencia: Guatemala</li><li>Proceso: Lavado</li><li>Nivel de tostado: Medio-claro</li></ul>")
P(L, "Brasil Cerrado Mineiro", [("½ kg", "15.00", 500), ("1 kilo", "27.00", 1000)], C(["BR"], "natural", "dark"),
  body="<p>Origen: Brasil. Proceso: Natural secado al sol. Tueste: Oscuro.</p>")
P(L, "Café descafeinado de Colombia", [("250 g", "12.00", 250)], C(["CO"], None, "medium", decaf=True),
  body="<p>Descafeinado con proceso de caña de azúcar. Tueste medio.</p>")
P(L, "Ruanda Nyamasheke Anaeróbico", [("200 g", "18.00", 200)], C(["RW"], "anaerobic natural", "light"),
  body="<p>Proceso: Natural anaeróbico<br>Tueste: Ligero</p>")
P(L, "Blend de la casa", [("1 kg", "22.00", 1000)], C(["BR", "HN"], None, "medium-dark", blend=True),
  body="<p>Mezcla de cafés de Brasil y Honduras, tostado medio-oscuro.</p>")
P(L, "Hervidor cuello de cisne 1L", [(None, "55.00", None)], N("equipment: kettle"))
P(L, "Tarjeta regalo", [("25 €", "25.00", None)], N("gift card"))
P(L, "Curso de barista nivel 1", [(None, "120.00", None)], N("workshop/event"),
  body="<p>Curso presencial de 6 horas en nuestro tostadero.</p>")
P(L, "Camiseta logo", [("M", "20.00", None)], N("merch"), opt="Talla")

# --------------------------------------------------------------------------------------------- Italian
L = "it"
P(L, "Etiopia Guji naturale", [("250 g", "14.50", 250), ("1 kg", "48.00", 1000)], C(["ET"], "natural", "light"),
  body="<p>Tostatura: chiara, pensata per il filtro.</p>", opt="Formato")
P(L, "Colombia Huila Supremo", [("250g", "12.90", 250)], C(["CO"], "washed", "medium"),
  body="<p>Paese di origine: Colombia<br>Metodo di lavorazione: Lavato<br>Tostatura: media</p>")
P(L, "Brasile Santos", [("500 g", "13.00", 500), ("1 kg", "24.00", 1000)], C(["BR"], "natural", "medium-dark"),
  body="<p>Caffè brasiliano lavorato con metodo naturale, tostatura medio-scura.</p>")
P(L, "Miscela Crema Bar 80/20", [("1 kg", "19.90", 1000)], C(["BR", "VN"], None, "dark", blend=True),
  body="<p>Miscela 80% Arabica Brasile e 20% Robusta Vietnam, tostatura scura per una crema densa.</p>")
P(L, "Decaffeinato Messico", [("250 g", "11.50", 250)], C(["MX"], None, "medium", decaf=True),
  body="<p>Decaffeinizzato ad acqua. Origine: Messico. Tostatura: media.</p>")
P(L, "Kenya Kirinyaga AB", [("250 g", "17.00", 250)], C(["KE"], "washed", "light"),
  body="<table><tr><td>Provenienza</td><td>Kenya</td></tr><tr><td>Processo</td><td>Lavato</td></tr>"
       "<tr><td>Grado di tostatura</td><td>Chiaro</td></tr></table>")
P(L, "Honduras Santa Barbara Honey", [("250 g", "16.00", 250)], C(["HN"], "honey", "medium-light"),
  body="<p>Origine: Honduras · Lavorazione: Honey · Tostatura: medio-chiara</p>")
P(L, "Macinacaffè manuale in acciaio", [(None, "65.00", None)], N("equipment: grinder"))
P(L, "Filtri in carta per V60 (100 pz)", [(None, "6.00", None)], N("equipment: filters"))
P(L, "Corso di latte art", [(None, "90.00", None)], N("workshop/event"))
P(L, "Tè verde Sencha 100 g", [(None, "9.00", None)], N("merch"))

# ----------------------------------------------------------------------------------------------- Dutch
L = "nl"
P(L, "Ethiopië Yirgacheffe gewassen", [("250 gram", "13.95", 250), ("1 kilo", "44.00", 1000)], C(["ET"], "washed", "light"),
  body="<p>Licht gebrand, ideaal voor filterkoffie.</p>")
P(L, "Brazilië Santa Lucia", [("500 gram", "16.50", 500)], C(["BR"], "natural", "medium"),
  body="<p>Land van oorsprong: Brazilië<br>Proces: Natural<br>Brandgraad: Medium</p>")
P(L, "Colombia Cauca", [("250g", "13.50", 250)], C(["CO"], "honey", "medium-light"),
  body="<p>Herkomst: Colombia<br>Bewerking: Honey<br>Branding: Licht tot medium</p>")
P(L, "Espresso Huisblend", [("1 kg", "29.00", 1000)], C(["BR", "IN"], None, "dark", blend=True),
  body="<p>Een melange van Braziliaanse en Indiase bonen, donker gebrand.</p>")
P(L, "Decaf Honduras", [("250g", "12.95", 250)], C(["HN"], None, "medium", decaf=True),
  body="<p>Cafeïnevrij gemaakt met de Swiss Water methode. Herkomst: Honduras. Branding: medium.</p>")
P(L, "Kenia Nyeri Peaberry", [("250 gr", "16.95", 250)], C(["KE"], "washed", "light"),
  body="<p>Deze Keniaanse peaberry is gewassen en licht geroosterd.</p>")
P(L, "Panama Finca Deborah Geisha", [("100 gram", "29.00", 100)], C(["PA"], "anaerobic natural", "light"),
  body="<p>Verwerking: anaeroob gefermenteerd, natural<br>Branding: Licht</p>")
P(L, "Waterkoker zwanenhals", [(None, "59.00", None)], N("equipment: kettle"))
P(L, "Koffiefilters nr. 4 (80 stuks)", [(None, "2.95", None)], N("equipment: filters"))
P(L, "Barista workshop", [(None, "75.00", None)], N("workshop/event"),
  body="<p>Leer in drie uur espresso zetten en melk opschuimen.</p>")
P(L, "Chocoladereep 72%", [(None, "4.50", None)], N("merch"))

# ------------------------------------------------------------------------------------------ Portuguese
L = "pt"
P(L, "Café Especial Mantiqueira – Cereja Descascado", [("250g", "45.00", 250), ("1kg", "150.00", 1000)],
  C(["BR"], "pulped natural", "medium-light"),
  body="<p>Origem: Brasil<br>Processo: Cereja Descascado (CD)<br>Ponto de torra: Médio claro</p>", cur="BRL")
P(L, "Etiópia Guji Natural", [("250 g", "16.00", 250)], C(["ET"], "natural", "light"),
  body="<p>País de origem: Etiópia<br>Processamento: Natural<br>Torrefação: Clara</p>")
P(L, "Café Sul de Minas Natural 500g", [(None, "69.00", 500)], C(["BR"], "natural", "medium"),
  body="<p>Café 100% arábica do Sul de Minas, processado por via seca (natural). Torra média.</p>", cur="BRL")
P(L, "Colômbia Huila Lavado", [("250g", "15.00", 250)], C(["CO"], "washed", "medium"),
  body="<ul><li>Origem: Colômbia</li><li>Método de processamento: Lavado</li><li>Perfil de torra: Médio</li></ul>")
P(L, "Blend Espresso Intenso", [("1kg", "99.00", 1000)], C(["BR"], None, "dark", blend=True),
  body="<p>Blend de cafés do Cerrado e da Mogiana, torra escura para espresso.</p>", cur="BRL")
P(L, "Café Descafeinado", [("250g", "42.00", 250)], C(["BR"], None, "medium", decaf=True),
  body="<p>Café brasileiro descafeinado, torra média.</p>", cur="BRL")
P(L, "Quénia Kirinyaga", [("250 g", "17.00", 250)], C(["KE"], "washed", "medium-light"),
  body="<p>Origem: Quénia · Processo: Lavado · Torra: Média-clara</p>")
P(L, "Chaleira Bico de Ganso", [(None, "249.00", None)], N("equipment: kettle"), cur="BRL")
P(L, "Filtro de papel 102 (100 unidades)", [(None, "19.90", None)], N("equipment: filters"), cur="BRL")
P(L, "Vale-presente", [("R$ 100", "100.00", None)], N("gift card"), cur="BRL")
P(L, "Curso de Métodos Filtrados", [(None, "350.00", None)], N("workshop/event"), cur="BRL",
  body="<p>Aula prática de 4 horas: V60, Chemex, prensa francesa.</p>")

# ---------------------------------------------------------------------------------------------- Polish
L = "pl"
P(L, "Etiopia Guji naturalna", [("250 g", "59.00", 250), ("1 kg", "199.00", 1000)], C(["ET"], "natural", "light"),
  body="<p>Kawa jasno palona, idealna do metod przelewowych.</p>", cur="PLN")
P(L, "Kolumbia Tolima", [("250g", "52.00", 250)], C(["CO"], "washed", "medium"),
  body="<p>Kraj pochodzenia: Kolumbia<br>Metoda obróbki: Myta<br>Stopień palenia: Średni</p>", cur="PLN")
P(L, "Brazylia Mogiana", [("1 kg", "129.00", 1000)], C(["BR"], "natural", "medium-dark"),
  body="<p>Proces: Natural<br>Profil palenia: średnio-ciemny</p><p>Kawa z Brazylii, do espresso.</p>", cur="PLN")
P(L, "Kenia Kiambu AA", [("250g", "69.00", 250)], C(["KE"], "washed", "light"),
  body="<ul><li>Pochodzenie: Kenia</li><li>Obróbka: mokra</li><li>Palenie: jasne</li></ul>", cur="PLN")
P(L, "Mieszanka Espresso Bracia", [("1 kg", "109.00", 1000)], C(["BR", "ET"], None, "medium", blend=True),
  body="<p>Blend kawy z Brazylii i Etiopii, średnio palona.</p>", cur="PLN")
P(L, "Kolumbia bezkofeinowa", [("250 g", "55.00", 250)], C(["CO"], None, "medium", decaf=True),
  body="<p>Kawa bezkofeinowa, dekofeinizowana metodą z trzciny cukrowej. Palenie: średnie.</p>", cur="PLN")
P(L, "Kostaryka Tarrazú Honey", [("250 g", "65.00", 250)], C(["CR"], "honey", "medium-light"),
  body="<p>Kraj: Kostaryka<br>Proces: miodowy<br>Palenie: średnio-jasne</p>", cur="PLN")
P(L, "Czajnik do parzenia kawy 1 l", [(None, "159.00", None)], N("equipment: kettle"), cur="PLN")
P(L, "Filtry papierowe V60 02 (100 szt.)", [(None, "29.00", None)], N("equipment: filters"), cur="PLN")
P(L, "Subskrypcja kawy – co miesiąc", [(None, "89.00", None)], N("subscription"), cur="PLN")
P(L, "Szkolenie baristyczne", [(None, "450.00", None)], N("workshop/event"), cur="PLN")

# --------------------------------------------------------------------------------------------- Swedish
L = "sv"
P(L, "Etiopien Yirgacheffe Tvättad", [("250 g", "145.00", 250), ("1 kg", "479.00", 1000)], C(["ET"], "washed", "light"),
  body="<p>Ljusrost, perfekt för filter och pour over.</p>", cur="SEK")
P(L, "Colombia El Paraíso", [("250g", "139.00", 250)], C(["CO"], "washed", "medium"),
  body="<p>Ursprung: Colombia<br>Process: Tvättad<br>Rostning: Mellanrost</p>", cur="SEK")
P(L, "Brasilien Daterra", [("500 g", "169.00", 500)], C(["BR"], "natural", "dark"),
  body="<p>Ett torrprocessat kaffe från Brasilien, mörkrostat för espresso.</p>", cur="SEK")
P(L, "Mörkrost Espresso", [("1 kg", "329.00", 1000)], C(["BR", "CO"], None, "dark", blend=True),
  body="<p>En blandning av bönor från Brasilien och Colombia.</p>", cur="SEK")
P(L, "Koffeinfritt Mexiko", [("250 g", "129.00", 250)], C(["MX"], None, "medium", decaf=True),
  body="<p>Ursprungsland: Mexiko · Koffeinfritt med Swiss Water · Rostningsgrad: mellan</p>", cur="SEK")
P(L, "Kenya Gakuyuini", [("250 g", "169.00", 250)], C(["KE"], "washed", "medium-light"),
  body="<table><tr><td>Land</td><td>Kenya</td></tr><tr><td>Beredning</td><td>Tvättad</td></tr>"
       "<tr><td>Rostprofil</td><td>Ljus-mellan</td></tr></table>", cur="SEK")
P(L, "Costa Rica Honey", [("250g", "155.00", 250)], C(["CR"], "honey", "light"),
  body="<p>Ursprung: Costa Rica · Process: Honey · Rostning: Ljus</p>", cur="SEK")
P(L, "Vattenkokare med svanhals", [(None, "599.00", None)], N("equipment: kettle"), cur="SEK")
P(L, "Kaffefilter 1x4 (100 st)", [(None, "29.00", None)], N("equipment: filters"), cur="SEK")
P(L, "Kaffeprenumeration", [("Varje månad", "199.00", None)], N("subscription"), cur="SEK")
P(L, "T-shirt med logga", [("M", "249.00", None)], N("merch"), cur="SEK", opt="Storlek")

# ---------------------------------------------------------------------------------------------- Danish
L = "da"
P(L, "Etiopien Sidamo – vasket", [("250 g", "99.00", 250), ("1 kg", "340.00", 1000)], C(["ET"], "washed", "light"),
  body="<p>Lysristet kaffe til filter og french press.</p>", cur="DKK")
P(L, "Colombia Finca La Esperanza", [("250 g", "105.00", 250)], C(["CO"], "natural", "medium"),
  body="<p>Oprindelsesland: Colombia<br>Proces: Natural<br>Ristegrad: Medium</p>", cur="DKK")
P(L, "Brasilien Sul de Minas", [("500 g", "129.00", 500)], C(["BR"], "pulped natural", "dark"),
  body="<p>Et brasiliansk kaffe, pulped natural, mørkristet til espresso.</p>", cur="DKK")
P(L, "Espresso Blend Nr. 1", [("1 kg", "259.00", 1000)], C(["BR", "GT"], None, "medium-dark", blend=True),
  body="<p>Vores espressoblend af bønner fra Brasilien og Guatemala. Ristning: Medium-mørk.</p>", cur="DKK")
P(L, "Koffeinfri Peru", [("250 g", "95.00", 250)], C(["PE"], None, "medium", decaf=True),
  body="<p>Koffeinfri kaffe fra Peru, mellemristet.</p>", cur="DKK")
P(L, "Kenya Kirinyaga Peaberry", [("250 g", "125.00", 250)], C(["KE"], "washed", "light"),
  body="<table><tr><td>Land</td><td>Kenya</td></tr><tr><td>Forarbejdning</td><td>Vasket</td></tr>"
       "<tr><td>Ristning</td><td>Lys</td></tr></table>", cur="DKK")
P(L, "Honduras Honey", [("250 g", "109.00", 250)], C(["HN"], "honey", "medium-light"),
  body="<p>Oprindelse: Honduras – Proces: Honey – Ristning: Lys-medium</p>", cur="DKK")
P(L, "Elkedel med svanehals", [(None, "549.00", None)], N("equipment: kettle"), cur="DKK")
P(L, "Papirfiltre str. 4 (100 stk.)", [(None, "25.00", None)], N("equipment: filters"), cur="DKK")
P(L, "Kaffeabonnement", [("Hver måned", "179.00", None)], N("subscription"), cur="DKK")
P(L, "Kaffekursus for begyndere", [(None, "395.00", None)], N("workshop/event"), cur="DKK")

# ------------------------------------------------------------------------------------------- Norwegian
L = "no"
P(L, "Etiopia Guji Natural", [("250 g", "175.00", 250), ("1 kg", "569.00", 1000)], C(["ET"], "natural", "light"),
  body="<p>Opprinnelse: Etiopia<br>Prosess: Natural<br>Rosting: lys</p>", cur="NOK")
P(L, "Colombia Nariño vasket", [("250g", "165.00", 250)], C(["CO"], "washed", "light"),
  body="<p>Lysbrent kaffe fra Nariño, Colombia.</p>", cur="NOK")
P(L, "Brasil Fazenda Ambiental", [("500 g", "219.00", 500)], C(["BR"], "natural", "medium"),
  body="<p>Land: Brasil<br>Prosessering: Naturell<br>Brenningsgrad: Middels</p>", cur="NOK")
P(L, "Espresso Nord", [("1 kg", "449.00", 1000)], C(["BR", "ET"], None, "dark", blend=True),
  body="<p>En blanding av kaffe fra Brasil og Etiopia, mørkbrent.</p>", cur="NOK")
P(L, "Koffeinfri Colombia", [("250 g", "159.00", 250)], C(["CO"], None, "medium", decaf=True),
  body="<p>Koffeinfri kaffe, middels brent.</p>", cur="NOK")
P(L, "Kenya Karimikui", [("250 g", "199.00", 250)], C(["KE"], "washed", "medium-light"),
  body="<table><tr><td>Land</td><td>Kenya</td></tr><tr><td>Prosess</td><td>Vasket</td></tr>"
       "<tr><td>Brenning</td><td>Lys-middels</td></tr></table>", cur="NOK")
P(L, "Guatemala Honey", [("250 g", "179.00", 250)], C(["GT"], "honey", "light"),
  body="<p>Opprinnelsesland: Guatemala – Prosess: Honey – Brenning: lys</p>", cur="NOK")
P(L, "Vannkoker med svanehals", [(None, "899.00", None)], N("equipment: kettle"), cur="NOK")
P(L, "Kaffefilter str. 4 (80 stk)", [(None, "39.00", None)], N("equipment: filters"), cur="NOK")
P(L, "Kaffeabonnement", [("Hver måned", "249.00", None)], N("subscription"), cur="NOK")
P(L, "Baristakurs", [(None, "990.00", None)], N("workshop/event"), cur="NOK")

# -------------------------------------------------------------------------------------------- Japanese
# The Japanese eight-step roast scale: ライト/シナモン = 浅煎り, ミディアム/ハイ = 中煎り,
# シティ/フルシティ = 中深煎り, フレンチ/イタリアン = 深煎り.
L = "ja"
P(L, "エチオピア グジ ナチュラル", [("200グラム", "1900", 200), ("500グラム", "4300", 500)], C(["ET"], "natural", "light"),
  body="<p>精製：ナチュラル<br>焙煎：シナモンロースト</p>", cur="JPY")
P(L, "グアテマラ ウエウエテナンゴ", [("200g", "1700", 200)], C(["GT"], "washed", "medium-dark"),
  body="<p>生産国：グアテマラ<br>精製方法：ウォッシュト<br>焙煎：シティロースト</p>", cur="JPY")
P(L, "ブラジル サントス No.2", [("500g", "3000", 500)], C(["BR"], "natural", "dark"),
  body="<p>産地：ブラジル　精製：ナチュラル　焙煎度：フレンチロースト</p>", cur="JPY")
P(L, "コロンビア ナリーニョ", [("200g", "1800", 200)], C(["CO"], "washed", "medium"),
  body="<p>コロンビア・ナリーニョ県の小農家が育てた水洗式のコーヒーです。ハイローストで甘さを引き出しました。</p>",
  cur="JPY")
P(L, "マイルドブレンド", [("200g", "1400", 200)], C(["BR", "CO"], None, "medium-dark", blend=True),
  body="<p>ブラジルとコロンビアのブレンド。焙煎度：フルシティロースト</p>", cur="JPY")
P(L, "カフェインレス メキシコ", [("200g", "1800", 200)], C(["MX"], None, "medium", decaf=True),
  body="<p>生産国：メキシコ<br>カフェイン除去：マウンテンウォーター方式<br>焙煎度：中煎り</p>", cur="JPY")
P(L, "ケニア キリニャガ", [("100g", "1300", 100)], C(["KE"], "washed", "light"),
  body="<table><tr><th>生産国</th><td>ケニア</td></tr><tr><th>精製</th><td>フリーウォッシュト</td></tr>"
       "<tr><th>焙煎度</th><td>浅煎り</td></tr></table>", cur="JPY")
P(L, "コスタリカ ハニー 内容量200g", [(None, "2100", 200)], C(["CR"], "honey", "medium-light"),
  body="<p>生産国：コスタリカ　精製：イエローハニー　焙煎度：中浅煎り</p>", cur="JPY")
P(L, "電気ケトル 細口 0.8L", [(None, "9800", None)], N("equipment: kettle"), cur="JPY")
P(L, "コーヒーフィルター 100枚入", [(None, "450", None)], N("equipment: filters"), cur="JPY")
P(L, "手挽きコーヒーミル", [(None, "6800", None)], N("equipment: grinder"), cur="JPY")
P(L, "ギフトカード 5000円", [(None, "5000", None)], N("gift card"), cur="JPY")

# ---------------------------------------------------------------------------------------------- Korean
L = "ko"
P(L, "에티오피아 구지 내추럴", [("200그램", "19000", 200), ("500그램", "42000", 500)], C(["ET"], "natural", "light"),
  body="<p>가공 방식: 내추럴<br>로스팅 포인트: 라이트</p>", cur="KRW")
P(L, "콜롬비아 나리뇨 워시드", [("200g", "17000", 200)], C(["CO"], "washed", "medium-light"),
  body="<p>원산지 : 콜롬비아<br>프로세스 : 워시드<br>로스팅 포인트 : 미디엄 라이트</p>", cur="KRW")
P(L, "브라질 산토스", [("1키로", "29000", 1000)], C(["BR"], "natural", "medium-dark"),
  body="<p>국가: 브라질 / 가공: 내추럴 / 로스팅: 중강배전</p>", cur="KRW")
P(L, "시그니처 블렌드", [("500g", "23000", 500)], C(["BR", "ET", "CO"], None, "medium", blend=True),
  body="<p>브라질, 에티오피아, 콜롬비아 원두를 블렌딩했습니다. 로스팅 단계: 미디엄</p>", cur="KRW")
P(L, "디카페인 에티오피아", [("200g", "19000", 200)], C(["ET"], None, "medium", decaf=True),
  body="<p>스위스워터 공법으로 카페인을 제거한 디카페인 원두입니다. 중배전.</p>", cur="KRW")
P(L, "케냐 키리냐가 AA", [("200g", "23000", 200)], C(["KE"], "washed", "light"),
  body="<table><tr><td>원산지</td><td>케냐</td></tr><tr><td>가공방법</td><td>워시드</td></tr>"
       "<tr><td>배전도</td><td>약배전</td></tr></table>", cur="KRW")
P(L, "코스타리카 레드 허니", [("200g", "22000", 200)], C(["CR"], "honey", "light"),
  body="<p>생산 국가: 코스타리카 · 가공 방식: 레드 허니 · 로스팅: 라이트</p>", cur="KRW")
P(L, "드립 전용 전기 주전자", [(None, "89000", None)], N("equipment: kettle"), cur="KRW")
P(L, "커피 여과지 100매", [(None, "5000", None)], N("equipment: filters"), cur="KRW")
P(L, "수동 커피 그라인더", [(None, "79000", None)], N("equipment: grinder"), cur="KRW")
P(L, "기프트카드 5만원권", [(None, "50000", None)], N("gift card"), cur="KRW")

# --------------------------------------------------------------------------------- Chinese, simplified
L = "zh"
P(L, "埃塞俄比亚 古吉 日晒", [("半磅", "98.00", 227), ("一磅", "178.00", 454)], C(["ET"], "natural", "light"),
  body="<p>产区：古吉<br>处理方式：日晒<br>烘焙程度：浅度烘焙</p>", cur="CNY")
P(L, "哥伦比亚 纳里尼奥", [("250克", "88.00", 250)], C(["CO"], "washed", "medium-light"),
  body="<p>原产地：哥伦比亚<br>处理方式：水洗<br>烘焙程度：中浅烘焙</p>", cur="CNY")
P(L, "危地马拉 安提瓜 花神", [("227g", "98.00", 227)], C(["GT"], "washed", "medium"),
  body="<p>这款来自危地马拉安提瓜产区的咖啡豆采用水洗处理，中度烘焙。</p>", cur="CNY")
P(L, "巴西 喜拉多 半日晒", [("1千克", "158.00", 1000)], C(["BR"], "pulped natural", "medium-dark"),
  body="<p>国家：巴西　处理法：半日晒　烘焙：中深烘焙</p>", cur="CNY")
P(L, "经典意式拼配豆", [("500克", "118.00", 500)], C(["BR", "CO"], None, "dark", blend=True),
  body="<p>巴西和哥伦比亚咖啡豆拼配，深度烘焙，适合做拿铁。</p>", cur="CNY")
P(L, "低因咖啡豆 墨西哥", [("227g", "108.00", 227)], C(["MX"], None, "medium", decaf=True),
  body="<p>产地：墨西哥 瑞士水处理低因 烘焙度：中度烘焙</p>", cur="CNY")
P(L, "肯尼亚 基里尼亚加 AA", [("227g", "128.00", 227)], C(["KE"], "washed", "light"),
  body="<table><tr><td>国家</td><td>肯尼亚</td></tr><tr><td>处理方式</td><td>水洗</td></tr>"
       "<tr><td>烘焙程度</td><td>浅烘焙</td></tr></table>", cur="CNY")
P(L, "咖啡滤纸 100片", [(None, "25.00", None)], N("equipment: filters"), cur="CNY")
P(L, "手摇磨豆机", [(None, "299.00", None)], N("equipment: grinder"), cur="CNY")
P(L, "咖啡礼品卡", [(None, "200.00", None)], N("gift card"), cur="CNY")
P(L, "手冲咖啡课程", [(None, "399.00", None)], N("workshop/event"), cur="CNY")

# -------------------------------------------------------------------------------- Chinese, traditional
L = "zht"
P(L, "宏都拉斯 聖塔芭芭拉 蜜處理", [("半磅", "480", 227)], C(["HN"], "honey", "medium-light"),
  body="<p>產區：聖塔芭芭拉<br>處理方式：蜜處理<br>烘焙程度：中淺烘焙</p>", cur="TWD")
P(L, "盧安達 水洗", [("半磅", "450", 227), ("一磅", "850", 454)], C(["RW"], "washed", "light"),
  body="<p>國家：盧安達｜處理法：水洗｜烘焙度：淺焙</p>", cur="TWD")
P(L, "衣索比亞 古吉 日曬", [("200公克", "420", 200)], C(["ET"], "natural", "light"),
  body="<p>這支來自衣索比亞古吉產區的日曬豆，淺焙後帶有明亮的莓果風味。</p>", cur="TWD")
P(L, "巴西 喜拉朵", [("1公斤", "1200", 1000)], C(["BR"], "natural", "dark"),
  body="<p>產地：巴西<br>處理法：日曬<br>烘焙度：深烘焙</p>", cur="TWD")
P(L, "招牌綜合豆", [("半磅", "380", 227)], C(["BR", "CO"], None, "medium-dark", blend=True),
  body="<p>巴西與哥倫比亞綜合配方，中深烘焙。</p>", cur="TWD")
P(L, "低咖啡因 墨西哥", [("半磅", "450", 227)], C(["MX"], None, "medium", decaf=True),
  body="<p>產地：墨西哥　瑞士水低因處理　烘焙度：中烘焙</p>", cur="TWD")
P(L, "肯亞 基里尼亞加 AA", [("227g", "520", 227)], C(["KE"], "washed", "medium-light"),
  body="<table><tr><td>國家</td><td>肯亞</td></tr><tr><td>處理方式</td><td>水洗</td></tr>"
       "<tr><td>烘焙程度</td><td>中淺焙</td></tr></table>", cur="TWD")
P(L, "咖啡濾紙 100張", [(None, "120", None)], N("equipment: filters"), cur="TWD")
P(L, "手搖磨豆機", [(None, "2800", None)], N("equipment: grinder"), cur="TWD")
P(L, "手沖咖啡入門課程", [(None, "1500", None)], N("workshop/event"), cur="TWD")
P(L, "品牌帆布袋", [(None, "350", None)], N("merch"), cur="TWD")

# ------------------------------------------------------- Languages with no table: sizes, goods, origin
L = "fi"
P(L, "Etiopia Yirgacheffe", [("250 g", "14.90", 250), ("1 kg", "49.00", 1000)], C(["ET"], "washed", "light"),
  body="<p>Alkuperämaa: Etiopia<br>Prosessi: pesty<br>Paahtoaste: vaalea</p>")
P(L, "Kolumbia Huila", [("250 g", "13.50", 250)], C(["CO"], "washed", "medium"),
  body="<p>Kolumbialainen kahvi, pesty, keskipaahto.</p>")
P(L, "Brasilia Santos tumma paahto", [("500 g", "16.00", 500)], C(["BR"], None, "dark"),
  body="<p>Alkuperä: Brasilia</p>")
P(L, "Kahvimylly Hario Skerton", [(None, "49.00", None)], N("equipment: grinder"))
P(L, "Lahjakortti", [("50 €", "50.00", None)], N("gift card"))

L = "cs"
P(L, "Etiopie Guji – natural", [("250 g", "390.00", 250), ("1 kg", "1290.00", 1000)], C(["ET"], "natural", "light"),
  body="<p>Země původu: Etiopie<br>Zpracování: natural<br>Pražení: světlé</p>", cur="CZK")
P(L, "Kolumbie Huila", [("250 g", "350.00", 250)], C(["CO"], "washed", "medium"),
  body="<p>Výběrová káva z Kolumbie, praná, středně pražená.</p>", cur="CZK")
P(L, "Keňa Nyeri AA", [("250 g", "420.00", 250)], C(["KE"], "washed", "light"), cur="CZK",
  body="<p>Země: Keňa · Zpracování: praná · Pražení: světlé</p>")
P(L, "Hrnek s logem pražírny", [(None, "290.00", None)], N("merch"), cur="CZK")
P(L, "Dárkový poukaz", [("1000 Kč", "1000.00", None)], N("gift card"), cur="CZK")

L = "tr"
P(L, "Etiyopya Yirgacheffe", [("250 gr", "420.00", 250), ("1 kg", "1500.00", 1000)], C(["ET"], "washed", "light"),
  body="<p>Menşei: Etiyopya<br>İşleme: Yıkanmış<br>Kavurma: Açık</p>", cur="TRY")
P(L, "Kolombiya Huila Filtre Kahve", [("250 gr", "390.00", 250)], C(["CO"], "washed", "medium"),
  body="<p>Kolombiya'dan yıkanmış çekirdek kahve, orta kavrulmuş.</p>", cur="TRY")
P(L, "Brezilya Santos", [("500 gr", "650.00", 500)], C(["BR"], "natural", "dark"),
  body="<p>Menşei: Brezilya · Koyu kavrum</p>", cur="TRY")
P(L, "Kahve Değirmeni Manuel", [(None, "1800.00", None)], N("equipment: grinder"), cur="TRY")
P(L, "Seramik Kupa", [(None, "350.00", None)], N("merch"), cur="TRY")

L = "hu"
P(L, "Etiópia Sidamo", [("250 g", "4990", 250), ("1 kg", "16990", 1000)], C(["ET"], "washed", "light"),
  body="<p>Származási ország: Etiópia<br>Feldolgozás: mosott<br>Pörkölés: világos</p>", cur="HUF")
P(L, "Kolumbia Huila", [("250 g", "4590", 250)], C(["CO"], "washed", "medium"),
  body="<p>Kolumbiai specialty kávé, mosott feldolgozás, közepes pörkölés.</p>", cur="HUF")
P(L, "Brazília Mogiana", [("1 kg", "12990", 1000)], C(["BR"], "natural", "dark"), cur="HUF",
  body="<p>Ország: Brazília · Feldolgozás: natúr · Pörkölés: sötét</p>")
P(L, "Ajándékutalvány", [("10 000 Ft", "10000", None)], N("gift card"), cur="HUF")
P(L, "Kávédaráló kézi", [(None, "24990", None)], N("equipment: grinder"), cur="HUF")

L = "ru"
P(L, "Эфиопия Иргачефф", [("250 г", "990.00", 250), ("1 кг", "3290.00", 1000)], C(["ET"], "washed", "light"),
  body="<p>Страна: Эфиопия<br>Обработка: мытая<br>Обжарка: светлая</p>", cur="RUB")
P(L, "Колумбия Уила", [("250 г", "890.00", 250)], C(["CO"], "washed", "medium"),
  body="<p>Кофе в зёрнах из Колумбии, мытая обработка, средняя обжарка.</p>", cur="RUB")
P(L, "Бразилия Серрадо", [("1 кг", "2490.00", 1000)], C(["BR"], "natural", "dark"), cur="RUB",
  body="<p>Страна происхождения: Бразилия · Обработка: натуральная · Обжарка: тёмная</p>")
P(L, "Кофемолка ручная", [(None, "3990.00", None)], N("equipment: grinder"), cur="RUB")
P(L, "Подарочный сертификат", [("3000 ₽", "3000.00", None)], N("gift card"), cur="RUB")
P(L, "Кружка с логотипом", [(None, "790.00", None)], N("merch"), cur="RUB")

# ============================================================ second batch: other shops, other habits
# Variant titles that carry grind and size together, capitalised labels, dashes for colons, spelling
# variants (ウォッシュド/ウォッシュト, 내츄럴/내추럴), roast words inflected the way prose inflects them.
L = "en"
P(L, "COLOMBIA – EL DIVISO – PINK BOURBON", [("250g / Whole Bean", "19.00", 250), ("1kg / Whole Bean", "62.00", 1000)],
  C(["CO"], "washed", "light"), body="<p>PROCESS – WASHED<br>ROAST – LIGHT (FILTER)</p>", cur="GBP", opt="Option")
P(L, "Ceramic Pour Over Dripper", [(None, "28.00", None)], N("equipment: brewer"), cur="USD")

L = "fr"
P(L, "Éthiopie Yirgacheffe – Moulu", [("Grains / 250 g", "14.00", 250), ("Moulu filtre / 250 g", "14.00", 250)],
  C(["ET"], "washed", "light"), body="<p>PAYS : ÉTHIOPIE<br>PROCESS : LAVÉ<br>TORRÉFACTION : BLONDE</p>",
  opt="Mouture")
P(L, "Nicaragua Jinotega", [("1 kg", "39.00", 1000)], C(["NI"], "natural", "medium-dark"),
  body="<p>Un nicaraguayen travaillé en nature (séché en cerise), à la torréfaction mi-foncée.</p>")
P(L, "Chocolat noir 70 % Pérou", [(None, "6.50", None)], N("merch"))

L = "de"
P(L, "Ruanda Gitesi", [("250g - ganze Bohne", "15.90", 250), ("250g - gemahlen", "15.90", 250)],
  C(["RW"], "washed", "light"), body="<p>HERKUNFT – Ruanda<br>AUFBEREITUNG – Gewaschen<br>RÖSTGRAD – Hell</p>",
  opt="Variante")
P(L, "Tansania Kilimanjaro Peaberry", [("500 g", "19.90", 500)], C(["TZ"], "washed", "medium"),
  body="<p>Ein nass aufbereiteter Kaffee aus Tansania, mittlere Röstung.</p>")
P(L, "Siebträger-Tamper 58 mm", [(None, "39.00", None)], N("equipment: tamper"))

L = "es"
P(L, "Nicaragua Nueva Segovia", [("Grano / 250 g", "13.00", 250), ("Molido / 250 g", "13.00", 250)],
  C(["NI"], "honey", "medium"), body="<p>PROCESO: HONEY<br>TUESTE: MEDIO<br>PAÍS: NICARAGUA</p>", opt="Formato")
P(L, "Perú Cajamarca – Lavado", [("1 kg", "32.00", 1000)], C(["PE"], "washed", "medium-dark"),
  body="<p>Café peruano lavado, de tueste medio oscuro.</p>")
P(L, "Jarra para leche 600 ml", [(None, "19.00", None)], N("equipment: milk jug"))

L = "it"
P(L, "Burundi Kayanza lavato", [("250 g – in grani", "15.00", 250), ("250 g – macinato moka", "15.00", 250)],
  C(["BI"], "washed", "medium-light"), body="<p>Tostatura: medio-chiara</p>", opt="Macinatura")
P(L, "Nicaragua Maragogype", [("1 kg", "29.00", 1000)], C(["NI"], "natural", "dark"),
  body="<p>PAESE: NICARAGUA – PROCESSO: NATURALE – TOSTATURA: SCURA</p>")
P(L, "Cioccolatini al caffè (confezione 150 g)", [(None, "8.00", None)], N("merch"))

L = "nl"
P(L, "Rwanda Huye Mountain", [("250 gr - bonen", "14.50", 250), ("250 gr - gemalen", "14.50", 250)],
  C(["RW"], "washed", "medium-light"), body="<p>HERKOMST: RWANDA<br>VERWERKING: GEWASSEN<br>BRANDING: LICHT-MEDIUM</p>",
  opt="Maling")
P(L, "Peru Norte", [("1 kilo", "31.00", 1000)], C(["PE"], "washed", "dark"),
  body="<p>Een gewassen Peruaanse koffie, donker gebrand voor espresso met melk.</p>")
P(L, "Melkkan 600 ml", [(None, "22.00", None)], N("equipment: milk jug"))

L = "pt"
P(L, "Ruanda Nyungwe", [("Grãos / 250g", "16.00", 250), ("Moído / 250g", "16.00", 250)],
  C(["RW"], "washed", "light"), body="<p>ORIGEM: RUANDA<br>PROCESSO: LAVADO<br>TORRA: CLARA</p>", opt="Moagem")
P(L, "Café do Cerrado Mineiro – Fermentado", [("500g", "79.00", 500)], C(["BR"], "anaerobic natural", "medium"),
  body="<p>Natural com fermentação anaeróbica de 72 horas. Torra média.</p>", cur="BRL")
P(L, "Prensa francesa 600 ml", [(None, "149.00", None)], N("equipment: brewer"), cur="BRL")

L = "pl"
P(L, "Rwanda Kivu", [("250 g / ziarno", "55.00", 250), ("250 g / mielona", "55.00", 250)],
  C(["RW"], "washed", "light"), body="<p>KRAJ: RWANDA<br>OBRÓBKA: MYTA<br>STOPIEŃ WYPALENIA: JASNY</p>", cur="PLN",
  opt="Wariant")
P(L, "Peru Cajamarca Organic", [("1 kg", "139.00", 1000)], C(["PE"], "washed", "dark"),
  body="<p>Myta kawa z Peru, ciemno palona, do ekspresu kolbowego.</p>", cur="PLN")
P(L, "Dzbanek do mleka 350 ml", [(None, "69.00", None)], N("equipment: milk jug"), cur="PLN")

L = "sv"
P(L, "Rwanda Kanzu", [("250 g / Hela bönor", "155.00", 250), ("250 g / Malet", "155.00", 250)],
  C(["RW"], "washed", "light"), body="<p>LAND: RWANDA<br>BEREDNING: TVÄTTAD<br>ROSTNING: LJUS</p>", cur="SEK",
  opt="Malning")
P(L, "Nicaragua Mellanrost", [("500 g", "179.00", 500)], C(["NI"], "natural", "medium"),
  body="<p>Naturellt processat kaffe från Nicaragua.</p>", cur="SEK")
P(L, "Mjölkkanna 600 ml", [(None, "299.00", None)], N("equipment: milk jug"), cur="SEK")

L = "da"
P(L, "Rwanda Nyamasheke", [("250 g / Hele bønner", "109.00", 250), ("250 g / Formalet", "109.00", 250)],
  C(["RW"], "washed", "light"), body="<p>LAND: RWANDA<br>PROCES: VASKET<br>RISTNING: LYS</p>", cur="DKK",
  opt="Kværning")
P(L, "Nicaragua Natural", [("1 kg", "279.00", 1000)], C(["NI"], "natural", "dark"),
  body="<p>Natural-processeret kaffe fra Nicaragua, mørkristet.</p>", cur="DKK")
P(L, "Mælkekande 600 ml", [(None, "249.00", None)], N("equipment: milk jug"), cur="DKK")

L = "no"
P(L, "Rwanda Gitesi", [("250 g / Hele bønner", "179.00", 250), ("250 g / Malt", "179.00", 250)],
  C(["RW"], "washed", "light"), body="<p>LAND: RWANDA<br>PROSESS: VASKET<br>BRENNING: LYS</p>", cur="NOK",
  opt="Kverning")
P(L, "Nicaragua Naturell", [("1 kg", "469.00", 1000)], C(["NI"], "natural", "dark"),
  body="<p>Naturlig prosessert kaffe fra Nicaragua, mørkbrent for espresso.</p>", cur="NOK")
P(L, "Melkemugge 600 ml", [(None, "329.00", None)], N("equipment: milk jug"), cur="NOK")

L = "ja"
P(L, "ルワンダ ギテシ", [("豆のまま / 200g", "1900", 200), ("中挽き / 200g", "1900", 200)],
  C(["RW"], "washed", "light"), body="<p>生産国：ルワンダ<br>精製：ウォッシュド<br>焙煎度：浅煎り</p>", cur="JPY",
  opt="挽き方")
P(L, "インドネシア スマトラ マンデリン", [("200g", "1600", 200)], C(["ID"], "wet-hulled", "dark"),
  body="<p>精製：スマトラ式（ウェットハル）　焙煎度：イタリアンロースト</p>", cur="JPY")
P(L, "ミルクピッチャー 350ml", [(None, "3200", None)], N("equipment: milk jug"), cur="JPY")

L = "ko"
P(L, "르완다 기테시", [("원두 / 200g", "18000", 200), ("분쇄 / 200g", "18000", 200)],
  C(["RW"], "washed", "light"), body="<p>원산지: 르완다<br>가공: 워시드<br>로스팅: 라이트</p>", cur="KRW", opt="분쇄")
P(L, "브라질 옐로우 버번 내츄럴", [("500g", "25000", 500)], C(["BR"], "natural", "medium-dark"),
  body="<p>가공방식: 내츄럴<br>로스팅 포인트: 풀시티</p>", cur="KRW")
P(L, "스팀 피쳐 600ml", [(None, "25000", None)], N("equipment: milk jug"), cur="KRW")

L = "zh"
P(L, "卢旺达 基伍湖 水洗", [("227g 咖啡豆", "98.00", 227), ("227g 研磨", "98.00", 227)],
  C(["RW"], "washed", "light"), body="<p>产国：卢旺达<br>处理法：水洗法<br>烘焙度：浅烘</p>", cur="CNY", opt="规格")
P(L, "印尼 苏门答腊 曼特宁", [("净含量 250g", "88.00", 250)], C(["ID"], "wet-hulled", "dark"),
  body="<p>湿刨法处理，深烘焙。</p>", cur="CNY")
P(L, "拉花缸 350ml", [(None, "69.00", None)], N("equipment: milk jug"), cur="CNY")

L = "zht"
P(L, "盧安達 基伍 水洗", [("半磅 / 咖啡豆", "450", 227), ("半磅 / 研磨", "450", 227)],
  C(["RW"], "washed", "medium-light"), body="<p>產國：盧安達<br>處理法：水洗法<br>烘焙度：淺中焙</p>", cur="TWD", opt="規格")
P(L, "印尼 蘇門答臘 曼特寧", [("一磅", "800", 454)], C(["ID"], "wet-hulled", "dark"),
  body="<p>濕剝處理，深焙。</p>", cur="TWD")
P(L, "拉花鋼杯 350ml", [(None, "650", None)], N("equipment: milk jug"), cur="TWD")
