"""A fifth held-out multilingual set, written apart from the vocabularies, the rules and the other held-out
sets' products: in each of 15 languages, 10 coffees (single origins, one blend, a decaf, one named only by a
famous growing region) and 3 goods a roaster also sells that look like coffee (capsules, drip bags, instant,
cold brew, green beans, coffee liqueur or chocolate, tea) or are gift cards, subscriptions, equipment.

It leans on shapes the earlier sets used less: origin stated only by an adjective or demonym in the language
("kolumbianischer Kaffee", "café éthiopien", "ケニア産", "에티오피아산", "哥伦比亚产"); roast stated only by
what it is for ("für Espresso", "pour filtre", "per moka", "手冲用") or on a numeric scale ("Röstgrad 4 von 5",
"●●●○○"); descriptions naming other coffees of the shop ("if you liked our Kenya ..."); blends given as
percentages in prose, lists and tables; decaf in each language's own wording with Swiss Water, Mountain Water
or sugarcane EA written in the language; sizes as "0,25 kg", "2 × 250 g", "250 g x 2", "1 lb (454 g)",
"12oz", "半磅", and sizes only in the title (a "Default Title" variant).

Labelled as a careful cataloguer would: a roast named only by its use or only by a number on a scale is None
(a level named next to the number is recorded); other coffees named in the prose are not origins; a
decaffeination method (and the country of its plant) is neither process nor origin; a blend states no one
process; a region alone is labelled as its country (Kona -> US, Yirgacheffe/Sidamo -> ET, Huila -> CO,
Antigua -> GT, Tarrazú -> CR); 云南 -> CN, 阿里山 -> TW; cereja descascado is pulped natural; "2 × 250 g" is
500 g (the variant's price buys both bags); 1 lb 454 g, 12 oz 340 g, 半磅 227 g.

Same entry format as multilingual.py (its C and N helpers); ids "h5:<lang>:<n>".
"""
from __future__ import annotations

from multilingual import C, N, product_builder

HOLDOUT5: list = []
P = product_builder(HOLDOUT5, "h5", "h5")

# ---------------------------------------------------------------------------------------------- English
L = "en"
P(L, "Ethiopian Natural — Guji Hambela", [("12oz", "21.00", 340), ("2lb", "52.00", 907)],
  C(["ET"], "natural", "light"),
  body="<p>An Ethiopian heirloom lot dried whole on raised beds for 21 days.</p><p>Light roast. We taste "
       "blueberry, jasmine and cocoa nib.</p>", type="Coffee", opt="Size")
P(L, "Colombian Supremo — Espresso Roast", [("12oz", "17.00", 340)], C(["CO"], "washed", None),
  body="<p>A Colombian coffee from smallholders around Pitalito, fully washed.</p><p>Roasted for espresso: "
       "syrupy with a milk-chocolate finish.</p>", type="Coffee")
P(L, "Kenyan AA Kiambu", [("12 oz.", "23.50", 340)], C(["KE"], "washed", "light"),
  body="<p>Process: Washed<br>Roast level: 2 of 5 (light)<br>Varietals: SL28, SL34</p>")
P(L, "Guatemalan Huehue — Finca La Bolsa", [("12oz / Whole Bean", "19.00", 340), ("12oz / Ground", "19.00", 340)],
  C(["GT"], "washed", None), opt="Size / Grind",
  body="<p>A Guatemalan classic from the highlands of Huehuetenango.</p><p>Process: Washed<br>"
       "Roast: ●●●○○<br>Elevation: 1,500 - 1,800 masl</p>")
P(L, "Rwanda Nyamasheke Honey", [("12oz", "20.00", 340)], C(["RW"], "honey", "light"),
  body="<p>If you liked our Kenya last month, this one is juicier; compared with our Brazil Cerrado it is "
       "far brighter, and it shares the stone fruit of our Ethiopia Guji.</p><p>Process: Honey<br>Light roast</p>")
P(L, "House Blend", [("12oz", "15.00", 340), ("5 lb", "58.00", 2268)], C(["BR", "ET"], None, "medium", blend=True),
  body="<p>Our everyday coffee.</p><ul><li>60% Brazil (natural)</li><li>40% Ethiopia (washed)</li></ul>"
       "<p>Medium roast.</p>")
P(L, "Decaf Peru — Mountain Water Process", [("12oz", "18.00", 340)], C(["PE"], None, "medium", decaf=True),
  body="<p>Grown by the Cenfrocafe cooperative in Cajamarca, Peru, then decaffeinated with glacier water by "
       "the Mountain Water Process at Descamex in Mexico.</p><p>Medium roast.</p>")
P(L, "Kona Extra Fancy", [("8 oz", "39.00", 227), ("1 lb (454 g)", "72.00", 454)], C(["US"], None, "medium-dark"),
  body="<p>Grown on the slopes of Hualālai on the Big Island. Medium-dark roast.</p>")
P(L, "Sumatran Aceh Gayo — Wet-Hulled", [("12oz", "18.00", 340), ("2 × 12oz", "34.00", 680)],
  C(["ID"], "wet-hulled", "dark"), tags=["Roast: Dark", "Process: Wet-Hulled"],
  body="<p>Earthy and full-bodied, from smallholders around Lake Laut Tawar.</p>")
P(L, "Costa Rican Anaerobic Honey – Las Lajas", [("12oz", "26.00", 340)], C(["CR"], "anaerobic honey", "light"),
  body="<p>From the Chacón family in Sabanilla de Alajuela. Process: Anaerobic Honey. Roast: Light.</p>")
P(L, "Nespresso®-Compatible Capsules — Ethiopia (10 pods)", [("Default Title", "7.50", None)],
  N("instant/sachet"), type="Coffee", body="<p>Our Ethiopian coffee in compostable capsules.</p>")
P(L, "Cold Brew Concentrate — 32oz", [("Default Title", "16.00", None)], N("ready-to-drink"), type="Coffee",
  body="<p>Brewed for 18 hours from our Colombian coffee. Mix 1:1 with water or milk.</p>")
P(L, "Green Coffee Beans — Brazil Cerrado (unroasted) 5 lb", [("5 lb", "32.00", None)],
  N("green coffee (unroasted)"), body="<p>Unroasted green beans for home roasters. Natural process.</p>")

# ---------------------------------------------------------------------------------------------- French
L = "fr"
P(L, "Café éthiopien – Bensa", [("250 g", "14.50", 250), ("1 kg", "49.00", 1000)], C(["ET"], "natural", "light"),
  body="<p>Un café éthiopien cultivé à 2 200 m.</p><p>Procédé : nature<br>Torréfaction : claire</p>", opt="Poids")
P(L, "Colombien – pour espresso", [("250 g", "12.90", 250), ("1 kg", "42.00", 1000)], C(["CO"], "washed", None),
  body="<p>Café colombien lavé, torréfié pour l'espresso : rond, chocolaté, peu acide.</p>", opt="Poids")
P(L, "Kirinyaga AA – café kényan", [("250 g", "16.50", 250)], C(["KE"], "washed", "light"),
  body="<p>Procédé : lavé<br>Degré de torréfaction : 2 sur 5 (claire)</p>")
P(L, "Café brésilien – Fazenda Santa Inês", [("250 g", "12.00", 250)], C(["BR"], "natural", None),
  body="<p>Procédé : naturel<br>Torréfaction : ●●●○○<br>Variété : Bourbon jaune</p>")
P(L, "Burundi Kayanza – Ninga", [("250 g", "15.00", 250)], C(["BI"], "washed", "light"),
  body="<p>Si vous avez aimé notre Éthiopie Guji, essayez celui-ci : plus rond que notre Colombie, plus "
       "juteux que notre Brésil.</p><p>Procédé : lavé<br>Torréfaction : claire</p>")
P(L, "Mélange Maison", [("250 g", "11.00", 250), ("1 kg", "38.00", 1000)], C(["BR", "IN"], None, "medium", blend=True),
  body="<p>Assemblage : 70 % Brésil, 30 % Inde.<br>Torréfaction : moyenne</p>", opt="Poids")
P(L, "Déca Mexique – Swiss Water", [("250 g", "13.50", 250)], C(["MX"], None, "medium", decaf=True),
  body="<p>Un café mexicain du Chiapas, décaféiné à l'eau selon le procédé Swiss Water, sans solvant.</p>"
       "<p>Torréfaction moyenne.</p>")
P(L, "Yirgacheffe Kochere", [("250 g", "15.90", 250)], C(["ET"], "washed", "light"),
  body="<p>Procédé : lavé. Torréfaction claire, pour la méthode douce.</p>")
P(L, "Café guatémaltèque – Huehuetenango", [("0,25 kg", "13.00", 250), ("0,5 kg", "24.00", 500),
                                            ("1 kg", "45.00", 1000)], C(["GT"], "honey", "medium"),
  body="<p>Procédé : honey<br>Torréfaction : moyenne</p>", opt="Poids")
P(L, "Café panaméen Geisha – Finca Deborah", [("100 g", "29.00", 100)], C(["PA"], "anaerobic natural", None),
  body="<p>Procédé : naturel anaérobie<br>Torréfaction : pour filtre</p>")
P(L, "Capsules compatibles Nespresso® – Éthiopie", [("10 capsules", "4.90", None)], N("instant/sachet"),
  body="<p>Notre café éthiopien en capsules compostables.</p>", type="Café")
P(L, "Chocolat noir au café – 70 %", [("Default Title", "6.50", None)], N("not coffee: tea/food"),
  body="<p>Tablette de chocolat noir aux éclats de grains de café torréfiés.</p>")
P(L, "Carte cadeau", [("25 €", "25.00", None), ("50 €", "50.00", None)], N("gift card"))

# ---------------------------------------------------------------------------------------------- German
L = "de"
P(L, "Kolumbianischer Kaffee – Finca La Esperanza", [("250 g", "13.90", 250), ("1 kg", "46.00", 1000)],
  C(["CO"], "washed", "medium"), opt="Größe", body="<p>Aufbereitung: gewaschen<br>Röstgrad: mittel</p>")
P(L, "Äthiopischer Espresso – Guji", [("250 g", "14.50", 250), ("1 kg", "49.00", 1000)], C(["ET"], "natural", None),
  opt="Größe", body="<p>Ein äthiopischer Kaffee, geröstet für Espresso und Siebträger.</p><p>Aufbereitung: "
                    "Natur</p>")
P(L, "Kenianischer Kaffee AA", [("250 g", "16.90", 250)], C(["KE"], "washed", "light"),
  body="<p>Aufbereitung: gewaschen<br>Röstgrad 2/5 – helle Röstung</p>")
P(L, "Brasilianischer Kaffee – Cerrado Mineiro", [("250 g", "11.90", 250)], C(["BR"], "natural", None),
  body="<p>Aufbereitung: Natural<br>Röstgrad: 4 von 5</p>")
P(L, "Ruanda Huye Mountain", [("250 g", "15.50", 250)], C(["RW"], "honey", "light"),
  body="<p>Wer unseren Kenia mag, wird diesen lieben. Im Vergleich zu unserem Brasilien deutlich fruchtiger.</p>"
       "<p>Aufbereitung: Honey<br>Röstung: hell</p>")
P(L, "Espresso Hausmischung", [("500 g", "18.00", 500), ("1 kg", "33.00", 1000)],
  C(["BR", "IN", "ET"], None, "dark", blend=True), opt="Größe",
  body="<p>Zusammensetzung:</p><table><tr><td>Brasilien</td><td>50 %</td></tr><tr><td>Indien</td><td>30 %</td></tr>"
       "<tr><td>Äthiopien</td><td>20 %</td></tr></table><p>Röstgrad: dunkel</p>")
P(L, "Entkoffeinierter Kaffee – Kolumbien", [("250 g", "13.50", 250)], C(["CO"], None, "medium", decaf=True),
  body="<p>Schonend mit Ethylacetat aus Zuckerrohr entkoffeiniert (Zuckerrohr-Verfahren).</p><p>Röstgrad: mittel</p>")
P(L, "Antigua – Finca San Sebastián", [("250 g", "14.00", 250)], C(["GT"], "washed", "medium"),
  body="<p>Gewaschen, mittlere Röstung. Schokolade, Orange, Haselnuss.</p>")
P(L, "Honduranischer Kaffee Marcala – 500 g", [("Default Title", "18.90", 500)], C(["HN"], "washed", "light"),
  opt="Title", body="<p>Aufbereitung: gewaschen<br>Röstgrad: hell</p>")
P(L, "Panamaischer Geisha – Los Lajones", [("100 g", "24.00", 100), ("2 × 100 g", "45.00", 200)],
  C(["PA"], "anaerobic natural", None), body="<p>Aufbereitung: anaerob, natural<br>Röstung: für Filter</p>")
P(L, "Kaffeelikör – 0,5 l", [("Default Title", "22.00", None)], N("not coffee: tea/food"),
  body="<p>Likör aus unserem kolumbianischen Kaffee, 25 % vol.</p>")
P(L, "Rohkaffee Brasilien – ungeröstet, 1 kg", [("1 kg", "14.00", None)], N("green coffee (unroasted)"),
  body="<p>Grüne, ungeröstete Bohnen für das Rösten zu Hause.</p>")
P(L, "Kaffee-Abo – monatlich", [("250 g / Monat", "14.00", None)], N("subscription"),
  body="<p>Jeden Monat ein frisch gerösteter Kaffee aus unserem Sortiment.</p>")

# ---------------------------------------------------------------------------------------------- Spanish
L = "es"
P(L, "Café colombiano – Finca El Paraíso", [("250 g", "14.00", 250)], C(["CO"], "washed", "medium"),
  body="<p>Proceso: lavado<br>Tueste: medio</p>", opt="Peso")
P(L, "Café etíope para espresso", [("250 g", "13.50", 250), ("1 kg", "45.00", 1000)], C(["ET"], "natural", None),
  body="<p>Un café etíope de proceso natural, tostado para espresso.</p>", opt="Peso")
P(L, "Café keniano AA", [("250 g", "16.00", 250)], C(["KE"], "washed", "light"),
  body="<p>Proceso: lavado<br>Tueste: 2 de 5 (claro)</p>")
P(L, "Café brasileño – Sul de Minas", [("250 g", "11.50", 250)], C(["BR"], "natural", None),
  body="<p>Proceso: natural<br>Tostado 3 de 5</p>")
P(L, "Café hondureño – Santa Bárbara", [("250 g", "14.50", 250)], C(["HN"], "honey", "light"),
  body="<p>Si te gustó nuestro Kenia, prueba este: más dulce que nuestro Guatemala y con menos cuerpo que "
       "nuestro Brasil.</p><p>Proceso: honey<br>Tueste: claro</p>")
P(L, "Mezcla de la casa", [("250 g", "10.50", 250), ("1 kg", "36.00", 1000)],
  C(["BR", "CO", "ET"], None, "medium", blend=True),
  body="<ul><li>Brasil 60%</li><li>Colombia 25%</li><li>Etiopía 15%</li></ul><p>Tueste medio.</p>")
P(L, "Descafeinado – Colombia", [("250 g", "13.00", 250)], C(["CO"], None, "medium", decaf=True),
  body="<p>Descafeinado de forma natural con acetato de etilo de caña de azúcar.</p><p>Tueste medio.</p>")
P(L, "Huila – Finca Los Naranjos", [("250 g", "14.00", 250)], C(["CO"], "washed", "light"),
  body="<p>Proceso lavado, tueste claro.</p>")
P(L, "Café peruano – Cajamarca", [("0,25 kg", "12.00", 250), ("1 kg", "40.00", 1000)], C(["PE"], "washed", "medium"),
  body="<p>Proceso: lavado<br>Tueste: medio</p>", opt="Peso")
P(L, "Café guatemalteco – Acatenango", [("250 g", "15.00", 250)], C(["GT"], "anaerobic washed", None),
  body="<p>Proceso: lavado anaeróbico<br>Tueste: para filtro</p>")
P(L, "Cápsulas compatibles Nespresso – Colombia", [("10 cápsulas", "4.50", None)], N("instant/sachet"),
  body="<p>Nuestro café colombiano en cápsulas de aluminio.</p>", type="Café")
P(L, "Cáscara – infusión de pulpa de café 100 g", [("100 g", "8.00", None)], N("not coffee: tea/food"),
  body="<p>La piel seca de la cereza del café, para infusionar como un té.</p>")
P(L, "Molinillo manual de café", [("Default Title", "59.00", None)], N("equipment"),
  body="<p>Muelas cónicas de acero, ajuste de molienda para espresso y filtro.</p>")

# ---------------------------------------------------------------------------------------------- Italian
L = "it"
P(L, "Caffè etiope – Guji Shakiso", [("250 g", "14.00", 250)], C(["ET"], "natural", "light"),
  body="<p>Processo: naturale<br>Tostatura: chiara</p>", opt="Formato")
P(L, "Caffè brasiliano per moka", [("250 g", "9.50", 250), ("1 kg", "32.00", 1000)], C(["BR"], "natural", None),
  body="<p>Un caffè brasiliano a processo naturale, tostato per moka.</p>", opt="Formato")
P(L, "Caffè keniota AA", [("250 g", "16.00", 250)], C(["KE"], "washed", "light"),
  body="<p>Processo: lavato<br>Tostatura 2/5 (chiara)</p>")
P(L, "Caffè colombiano – Nariño", [("250 g", "13.00", 250)], C(["CO"], "washed", None),
  body="<p>Processo: lavato<br>Grado di tostatura: 3 su 5</p>")
P(L, "Caffè guatemalteco – Huehuetenango", [("250 g", "13.50", 250)], C(["GT"], "washed", "medium"),
  body="<p>Se ti è piaciuto il nostro Etiopia, prova questo. Rispetto al nostro Brasile è più acido.</p>"
       "<p>Processo: lavato<br>Tostatura: media</p>")
P(L, "Miscela Bar", [("1 kg", "26.00", 1000)], C(["BR", "IN", "ET"], None, "dark", blend=True),
  body="<p>Composizione: 50% Brasile, 30% India (robusta), 20% Etiopia.</p><p>Tostatura: scura</p>")
P(L, "Decaffeinato – Messico", [("250 g", "12.50", 250)], C(["MX"], None, "medium", decaf=True),
  body="<p>Decaffeinato con metodo Swiss Water, solo acqua e nessun solvente.</p><p>Tostatura media.</p>")
P(L, "Tarrazú – Hacienda La Minita", [("250 g", "15.00", 250)], C(["CR"], "washed", "medium"),
  body="<p>Processo: lavato, tostatura media.</p>")
P(L, "Caffè honduregno – Marcala", [("250 g", "12.00", 250), ("250 g x 2", "22.00", 500)],
  C(["HN"], "honey", "medium"), body="<p>Processo: honey<br>Tostatura: media</p>", opt="Formato")
P(L, "Caffè panamense Geisha", [("100 g", "25.00", 100)], C(["PA"], "anaerobic natural", None),
  body="<p>Processo: naturale anaerobico<br>Tostatura: per filtro</p>")
P(L, "Cialde ESE in carta – 50 pezzi", [("Default Title", "14.00", None)], N("instant/sachet"),
  body="<p>Cialde in carta filtro 44 mm con la nostra miscela, per macchine ESE.</p>", type="Caffè")
P(L, "Liquore al caffè – 70 cl", [("Default Title", "24.00", None)], N("not coffee: tea/food"),
  body="<p>Liquore ottenuto per infusione del nostro caffè etiope, 28% vol.</p>")
P(L, "Abbonamento caffè – 3 mesi", [("250 g al mese", "39.00", None)], N("subscription"))

# ---------------------------------------------------------------------------------------------- Dutch
L = "nl"
P(L, "Ethiopische koffie – Guji Uraga", [("250 gram", "14.50", 250)], C(["ET"], "natural", "light"),
  body="<p>Verwerking: natuurlijk<br>Branding: licht</p>", opt="Gewicht")
P(L, "Colombiaanse koffie voor espresso", [("250 gram", "12.50", 250), ("1 kilo", "42.00", 1000)],
  C(["CO"], "washed", None), opt="Gewicht",
  body="<p>Gewassen Colombiaanse koffie, gebrand voor espresso.</p>")
P(L, "Keniaanse koffie AA", [("250 gram", "16.50", 250)], C(["KE"], "washed", "light"),
  body="<p>Verwerking: gewassen<br>Brandingsgraad 2/5 (licht)</p>")
P(L, "Braziliaanse koffie – Mantiqueira de Minas", [("250 gram", "11.50", 250)], C(["BR"], "natural", None),
  body="<p>Verwerking: natuurlijk<br>Branding: 4 van 5</p>")
P(L, "Rwandese koffie – Gakenke", [("250 gram", "15.00", 250)], C(["RW"], "washed", "light"),
  body="<p>Vind je onze Kenia lekker, probeer dan deze. Zoeter dan onze Colombia.</p><p>Verwerking: gewassen<br>"
       "Branding: licht</p>")
P(L, "Huismelange", [("250 gram", "10.00", 250), ("1 kilo", "34.00", 1000)],
  C(["BR", "GT"], None, "medium", blend=True), body="<p>Samenstelling: 60% Brazilië, 40% Guatemala.<br>"
                                                     "Branding: medium</p>")
P(L, "Cafeïnevrije koffie – Peru", [("250 gram", "13.00", 250)], C(["PE"], None, "medium", decaf=True),
  body="<p>Cafeïnevrij gemaakt met het Swiss Water-proces, alleen water. Medium gebrand.</p>")
P(L, "Sidamo – Bensa", [("250 gram", "15.00", 250)], C(["ET"], "washed", "light"),
  body="<p>Gewassen. Licht gebrand.</p>")
P(L, "Guatemalteekse koffie – Huehuetenango", [("0,25 kg", "13.00", 250), ("1 kg", "45.00", 1000)],
  C(["GT"], "honey", "medium"), body="<p>Verwerking: honey<br>Branding: medium</p>", opt="Gewicht")
P(L, "Costa Ricaanse koffie – Las Lajas", [("250 gram", "17.00", 250)], C(["CR"], "anaerobic honey", None),
  body="<p>Verwerking: anaerobe honey<br>Branding: voor filter</p>")
P(L, "Koffiepads – Senseo-compatibel, 36 stuks", [("Default Title", "6.50", None)], N("instant/sachet"),
  body="<p>Onze huismelange in pads.</p>", type="Koffie")
P(L, "Groene koffiebonen – ongebrand, 1 kg", [("1 kg", "15.00", None)], N("green coffee (unroasted)"),
  body="<p>Ongebrande bonen uit Brazilië om zelf te branden.</p>")
P(L, "Cadeaubon", [("€ 25", "25.00", None), ("€ 50", "50.00", None)], N("gift card"))

# ---------------------------------------------------------------------------------------------- Portuguese
L = "pt"
P(L, "Café etíope – Guji", [("250 g", "14.00", 250)], C(["ET"], "natural", "light"),
  body="<p>Processo: natural<br>Torra: clara</p>", opt="Peso")
P(L, "Café brasileiro para espresso – Cerrado", [("250 g", "11.00", 250), ("1 kg", "38.00", 1000)],
  C(["BR"], "pulped natural", None), opt="Peso",
  body="<p>Café brasileiro de processo cereja descascado, torrado para espresso.</p>")
P(L, "Café queniano AA", [("250 g", "16.00", 250)], C(["KE"], "washed", "light"),
  body="<p>Processo: lavado<br>Torra 2/5 (clara)</p>")
P(L, "Café colombiano – Tolima", [("250 g", "13.00", 250)], C(["CO"], "washed", None),
  body="<p>Processo: lavado<br>Nível de torra: 3 de 5</p>")
P(L, "Café ruandês – Nyamasheke", [("250 g", "15.00", 250)], C(["RW"], "honey", "light"),
  body="<p>Se gostou do nosso Quénia, experimente este. Mais doce do que o nosso Brasil.</p><p>Processo: honey"
       "<br>Torra: clara</p>")
P(L, "Lote da Casa", [("250 g", "10.00", 250), ("1 kg", "34.00", 1000)], C(["BR", "UG"], None, "medium", blend=True),
  body="<p>Composição: 70% Brasil, 30% Uganda.<br>Torra média.</p>")
P(L, "Descafeinado – Colômbia", [("250 g", "13.00", 250)], C(["CO"], None, "medium", decaf=True),
  body="<p>Descafeinado pelo método natural de acetato de etilo da cana-de-açúcar.</p><p>Torra média.</p>")
P(L, "Antigua – Finca Santa Clara", [("250 g", "14.50", 250)], C(["GT"], "washed", "medium"),
  body="<p>Processo: lavado<br>Torra: média</p>")
P(L, "Café hondurenho – Marcala", [("0,25 kg", "12.00", 250), ("0,5 kg", "22.00", 500)],
  C(["HN"], "washed", "medium"), body="<p>Processo: lavado<br>Torra: média</p>", opt="Peso")
P(L, "Café costarriquenho – Tarrazú Anaeróbico", [("250 g", "18.00", 250)], C(["CR"], "anaerobic natural", None),
  body="<p>Processo: natural anaeróbico<br>Torra: para filtro</p>")
P(L, "Cápsulas compatíveis Nespresso – Brasil", [("10 cápsulas", "4.20", None)], N("instant/sachet"),
  body="<p>O nosso café brasileiro em cápsulas.</p>", type="Café")
P(L, "Café solúvel liofilizado – 100 g", [("100 g", "9.00", None)], N("instant/sachet"),
  body="<p>Café solúvel de especialidade, 100% arábica da Colômbia. Basta juntar água.</p>")
P(L, "Moinho de café manual", [("Default Title", "65.00", None)], N("equipment"),
  body="<p>Mós cónicas em aço inoxidável.</p>")

# ---------------------------------------------------------------------------------------------- Polish
L = "pl"
P(L, "Kawa etiopska – Guji Hambela", [("250 g", "59.00", 250), ("1 kg", "199.00", 1000)],
  C(["ET"], "natural", "light"), body="<p>Obróbka: naturalna<br>Stopień palenia: jasny</p>", cur="PLN",
  opt="Waga")
P(L, "Kawa kolumbijska do espresso", [("250 g", "49.00", 250), ("1 kg", "165.00", 1000)],
  C(["CO"], "washed", None), cur="PLN", opt="Waga",
  body="<p>Kolumbijska kawa myta, palona do espresso.</p>")
P(L, "Kawa kenijska AA", [("250 g", "69.00", 250)], C(["KE"], "washed", "light"), cur="PLN",
  body="<p>Obróbka: myta<br>Stopień palenia: 2/5 (jasny)</p>")
P(L, "Kawa brazylijska – Mogiana", [("250 g", "45.00", 250)], C(["BR"], "natural", None), cur="PLN",
  body="<p>Obróbka: naturalna<br>Stopień palenia: 3 z 5</p>")
P(L, "Kawa gwatemalska – Huehuetenango", [("250 g", "55.00", 250)], C(["GT"], "washed", "light"), cur="PLN",
  body="<p>Jeśli smakowała Ci nasza Kenia, spróbuj tej. W porównaniu z naszą Brazylią jest bardziej owocowa.</p>"
       "<p>Obróbka: myta<br>Palenie: jasne</p>")
P(L, "Mieszanka Espresso", [("1 kg", "129.00", 1000)], C(["BR", "IN"], None, "dark", blend=True), cur="PLN",
  body="<p>Skład: 60% Brazylia, 40% Indie.<br>Stopień palenia: ciemny</p>")
P(L, "Kawa bezkofeinowa – Meksyk", [("250 g", "52.00", 250)], C(["MX"], None, "medium", decaf=True), cur="PLN",
  body="<p>Dekofeinizowana metodą Swiss Water (tylko woda).<br>Stopień palenia: średni</p>")
P(L, "Yirgacheffe – Kochere", [("250 g", "62.00", 250)], C(["ET"], "washed", "light"), cur="PLN",
  body="<p>Obróbka: myta<br>Palenie: jasne</p>")
P(L, "Kawa peruwiańska – Cajamarca", [("250 g", "47.00", 250), ("2 × 250 g", "89.00", 500)],
  C(["PE"], "washed", "medium"), cur="PLN", opt="Waga", body="<p>Obróbka: myta<br>Palenie: średnie</p>")
P(L, "Kawa kostarykańska – Las Lajas", [("250 g", "75.00", 250)], C(["CR"], "anaerobic honey", None), cur="PLN",
  body="<p>Obróbka: anaerobowa miodowa (honey)<br>Palenie: do filtra</p>")
P(L, "Kapsułki kompatybilne z Nespresso – Kolumbia", [("10 szt.", "19.00", None)], N("instant/sachet"),
  cur="PLN", body="<p>Nasza kolumbijska kawa w kapsułkach.</p>", type="Kawa")
P(L, "Kawa rozpuszczalna – 200 g", [("200 g", "39.00", None)], N("instant/sachet"), cur="PLN",
  body="<p>Liofilizowana kawa rozpuszczalna z Brazylii.</p>")
P(L, "Karta podarunkowa", [("100 zł", "100.00", None)], N("gift card"), cur="PLN")

# ---------------------------------------------------------------------------------------------- Swedish
L = "sv"
P(L, "Etiopiskt kaffe – Guji", [("250 g", "149.00", 250)], C(["ET"], "natural", "light"), cur="SEK",
  body="<p>Process: naturell<br>Rostning: ljus</p>", opt="Vikt")
P(L, "Colombianskt kaffe för espresso", [("250 g", "129.00", 250), ("1 kg", "429.00", 1000)],
  C(["CO"], "washed", None), cur="SEK", opt="Vikt",
  body="<p>Tvättat colombianskt kaffe, rostat för espresso.</p>")
P(L, "Kenyanskt kaffe AA", [("250 g", "169.00", 250)], C(["KE"], "washed", "light"), cur="SEK",
  body="<p>Process: tvättad<br>Rostgrad 2/5 (ljusrost)</p>")
P(L, "Brasilianskt kaffe – Sul de Minas", [("250 g", "119.00", 250)], C(["BR"], "natural", None), cur="SEK",
  body="<p>Process: naturell<br>Rostgrad: 4 av 5</p>")
P(L, "Rwandiskt kaffe – Nyamasheke", [("250 g", "155.00", 250)], C(["RW"], "washed", "light"), cur="SEK",
  body="<p>Gillar du vår Kenya, prova den här. Jämfört med vår Brasilien är den mer syrlig.</p>"
       "<p>Process: tvättad<br>Ljusrost</p>")
P(L, "Husets blandning", [("500 g", "199.00", 500)], C(["BR", "CO", "ET"], None, "medium", blend=True), cur="SEK",
  body="<ul><li>Brasilien 50 %</li><li>Colombia 30 %</li><li>Etiopien 20 %</li></ul><p>Mellanrost.</p>")
P(L, "Koffeinfritt kaffe – Colombia", [("250 g", "139.00", 250)], C(["CO"], None, "medium", decaf=True), cur="SEK",
  body="<p>Koffeinfritt med sockerrörsmetoden (etylacetat). Mellanrost.</p>")
P(L, "Tarrazú – La Pastora", [("250 g", "159.00", 250)], C(["CR"], "washed", "light"), cur="SEK",
  body="<p>Process: tvättad. Ljusrost.</p>")
P(L, "Guatemalanskt kaffe – 0,25 kg", [("Default Title", "145.00", 250)], C(["GT"], "honey", "medium"), cur="SEK",
  opt="Title", body="<p>Process: honey<br>Rostning: mellan</p>")
P(L, "Panamanskt kaffe – Geisha", [("100 g", "249.00", 100)], C(["PA"], "anaerobic natural", None), cur="SEK",
  body="<p>Process: anaerob naturell<br>Rostning: för filter</p>")
P(L, "Kaffekapslar – Nespresso-kompatibla", [("10 st", "59.00", None)], N("instant/sachet"), cur="SEK",
  body="<p>Vårt etiopiska kaffe i komposterbara kapslar.</p>", type="Kaffe")
P(L, "Te – Earl Grey 100 g", [("100 g", "89.00", None)], N("not coffee: tea/food"), cur="SEK",
  body="<p>Svart te med bergamott.</p>")
P(L, "Kaffeprenumeration", [("250 g / månad", "149.00", None)], N("subscription"), cur="SEK",
  body="<p>Ett nyrostat kaffe varje månad.</p>")

# ---------------------------------------------------------------------------------------------- Danish
L = "da"
P(L, "Etiopisk kaffe – Guji", [("250 g", "110.00", 250)], C(["ET"], "natural", "light"), cur="DKK",
  body="<p>Proces: natural<br>Ristning: lys</p>", opt="Vægt")
P(L, "Colombiansk kaffe til espresso", [("250 g", "95.00", 250), ("1 kg", "320.00", 1000)],
  C(["CO"], "washed", None), cur="DKK", opt="Vægt", body="<p>Vasket colombiansk kaffe, ristet til espresso.</p>")
P(L, "Kenyansk kaffe AA", [("250 g", "125.00", 250)], C(["KE"], "washed", "light"), cur="DKK",
  body="<p>Proces: vasket<br>Ristningsgrad 2/5 (lys)</p>")
P(L, "Brasiliansk kaffe – Cerrado", [("250 g", "89.00", 250)], C(["BR"], "natural", None), cur="DKK",
  body="<p>Proces: natural<br>Ristningsgrad: 3 ud af 5</p>")
P(L, "Burundisk kaffe – Kayanza", [("250 g", "115.00", 250)], C(["BI"], "washed", "light"), cur="DKK",
  body="<p>Kan du lide vores Kenya, så prøv denne. Sammenlignet med vores Brasilien er den mere frugtig.</p>"
       "<p>Proces: vasket<br>Ristning: lys</p>")
P(L, "Husets blanding", [("500 g", "150.00", 500)], C(["BR", "GT"], None, "medium", blend=True), cur="DKK",
  body="<p>Blanding: 60% Brasilien, 40% Guatemala. Mellemristet.</p>")
P(L, "Koffeinfri kaffe – Peru", [("250 g", "99.00", 250)], C(["PE"], None, "medium", decaf=True), cur="DKK",
  body="<p>Koffeinfri via Swiss Water-metoden, kun vand. Mellemristet.</p>")
P(L, "Huila – Finca La Palma", [("250 g", "115.00", 250)], C(["CO"], "washed", "light"), cur="DKK",
  body="<p>Proces: vasket<br>Ristning: lys</p>")
P(L, "Honduransk kaffe – Marcala", [("250 g", "95.00", 250), ("2 x 250 g", "180.00", 500)],
  C(["HN"], "honey", "medium"), cur="DKK", opt="Vægt", body="<p>Proces: honey<br>Mellemristet</p>")
P(L, "Costaricansk kaffe – Las Lajas", [("250 g", "140.00", 250)], C(["CR"], "anaerobic washed", None), cur="DKK",
  body="<p>Proces: anaerob vasket<br>Ristning: til filter</p>")
P(L, "Kaffekapsler – Nespresso-kompatible", [("10 stk.", "45.00", None)], N("instant/sachet"), cur="DKK",
  body="<p>Vores colombianske kaffe i kapsler.</p>", type="Kaffe")
P(L, "Råkaffe – uristede bønner 1 kg", [("1 kg", "120.00", None)], N("green coffee (unroasted)"), cur="DKK",
  body="<p>Grønne, uristede bønner fra Brasilien til hjemmeristning.</p>")
P(L, "Gavekort", [("200 kr.", "200.00", None)], N("gift card"), cur="DKK")

# ---------------------------------------------------------------------------------------------- Norwegian
L = "no"
P(L, "Etiopisk kaffe – Guji", [("250 g", "179.00", 250)], C(["ET"], "natural", "light"), cur="NOK",
  body="<p>Prosess: naturell<br>Brenning: lys</p>", opt="Vekt")
P(L, "Colombiansk kaffe til espresso", [("250 g", "159.00", 250), ("1 kg", "549.00", 1000)],
  C(["CO"], "washed", None), cur="NOK", opt="Vekt", body="<p>Vasket colombiansk kaffe, brent for espresso.</p>")
P(L, "Kenyansk kaffe AA", [("250 g", "199.00", 250)], C(["KE"], "washed", "light"), cur="NOK",
  body="<p>Prosess: vasket<br>Brenngrad 2/5 (lysbrent)</p>")
P(L, "Brasiliansk kaffe – Mogiana", [("250 g", "149.00", 250)], C(["BR"], "natural", None), cur="NOK",
  body="<p>Prosess: naturell<br>Brenningsgrad: 4 av 5</p>")
P(L, "Rwandisk kaffe – Gakenke", [("250 g", "185.00", 250)], C(["RW"], "washed", "light"), cur="NOK",
  body="<p>Liker du vår Kenya, prøv denne. Sammenlignet med vår Etiopia er den søtere.</p>"
       "<p>Prosess: vasket<br>Lysbrent</p>")
P(L, "Husets blanding", [("500 g", "249.00", 500)], C(["BR", "CO"], None, "medium", blend=True), cur="NOK",
  body="<p>Blanding: 50% Brasil, 50% Colombia. Mellombrent.</p>")
P(L, "Koffeinfri kaffe – Colombia", [("250 g", "169.00", 250)], C(["CO"], None, "medium", decaf=True), cur="NOK",
  body="<p>Koffeinfri, behandlet med etylacetat fra sukkerrør. Mellombrent.</p>")
P(L, "Antigua – Finca Medina", [("250 g", "179.00", 250)], C(["GT"], "washed", "medium"), cur="NOK",
  body="<p>Prosess: vasket<br>Brenning: middels</p>")
P(L, "Honduransk kaffe – Marcala", [("0,25 kg", "159.00", 250), ("1 kg", "549.00", 1000)],
  C(["HN"], "honey", "light"), cur="NOK", opt="Vekt", body="<p>Prosess: honning<br>Lysbrent</p>")
P(L, "Panamansk kaffe – Geisha", [("100 g", "299.00", 100)], C(["PA"], "anaerobic natural", None), cur="NOK",
  body="<p>Prosess: anaerob naturell<br>Brenning: for filter</p>")
P(L, "Kaffekapsler – Nespresso-kompatible", [("10 stk", "69.00", None)], N("instant/sachet"), cur="NOK",
  body="<p>Vår etiopiske kaffe i kapsler.</p>", type="Kaffe")
P(L, "Kaldbrygget kaffe – 6 bokser", [("6 x 250 ml", "199.00", None)], N("ready-to-drink"), cur="NOK",
  body="<p>Kaldbrygget i 16 timer av vår colombianske kaffe. Klar til å drikke.</p>")
P(L, "Kaffekvern – manuell", [("Default Title", "899.00", None)], N("equipment"), cur="NOK",
  body="<p>Koniske kverner i stål, for espresso og filter.</p>")

# ---------------------------------------------------------------------------------------------- Japanese
L = "ja"
P(L, "ケニア産 キリニャガ AA", [("200g", "1800", 200)], C(["KE"], "washed", "light"), cur="JPY",
  body="<p>精製：ウォッシュト<br>焙煎度：浅煎り</p>", opt="内容量")
P(L, "エスプレッソ用 コロンビア産", [("200g", "1500", 200), ("500g", "3400", 500)], C(["CO"], "washed", None),
  cur="JPY", opt="内容量", body="<p>コロンビア産のウォッシュト。エスプレッソ用に焙煎しました。</p>")
P(L, "エチオピア産 グジ", [("200g", "1900", 200)], C(["ET"], "natural", "light"), cur="JPY",
  body="<p>精製：ナチュラル<br>焙煎度：●●○○○（浅煎り）</p>")
P(L, "ブラジル産 セラード", [("200g", "1300", 200)], C(["BR"], "natural", None), cur="JPY",
  body="<p>精製：ナチュラル<br>焙煎度：●●●●○</p>")
P(L, "ルワンダ産 ニャマシェケ", [("200g", "1800", 200)], C(["RW"], "washed", "medium"), cur="JPY",
  body="<p>当店のケニアがお好きな方におすすめ。ブラジルと比べて明るい酸味です。</p><p>精製：ウォッシュト<br>"
       "焙煎度：中煎り</p>")
P(L, "オリジナルブレンド", [("200g", "1400", 200), ("500g", "3200", 500)],
  C(["BR", "CO", "ET"], None, "dark", blend=True), cur="JPY", opt="内容量",
  body="<p>配合：ブラジル 50%、コロンビア 30%、エチオピア 20%<br>焙煎度：深煎り</p>")
P(L, "デカフェ メキシコ産", [("200g", "1600", 200)], C(["MX"], None, "medium", decaf=True), cur="JPY",
  body="<p>カフェインレス。マウンテンウォーター製法でカフェインを99.9%除去しました。<br>焙煎度：中煎り</p>")
P(L, "コナ エクストラファンシー", [("200g", "4500", 200)], C(["US"], None, "medium-dark"), cur="JPY",
  body="<p>ハワイ島の火山の斜面で育ったコーヒー。<br>焙煎度：中深煎り</p>")
P(L, "グアテマラ産 ウエウエテナンゴ", [("200g", "1600", 200), ("200g × 2", "3000", 400)],
  C(["GT"], "washed", "medium"), cur="JPY", opt="内容量", body="<p>精製：ウォッシュト<br>焙煎度：中煎り</p>")
P(L, "パナマ産 ゲイシャ アナエロビックナチュラル", [("100g", "3800", 100)], C(["PA"], "anaerobic natural", "light"),
  cur="JPY", body="<p>精製：アナエロビック ナチュラル<br>焙煎度：浅煎り</p>")
P(L, "ドリップバッグ 10袋セット", [("Default Title", "1500", None)], N("instant/sachet"), cur="JPY",
  body="<p>エチオピア産とブラジル産のドリップバッグ詰め合わせ。</p>", type="コーヒー")
P(L, "コーヒー生豆 ブラジル産 1kg", [("1kg", "2500", None)], N("green coffee (unroasted)"), cur="JPY",
  body="<p>焙煎前の生豆です。ご家庭での焙煎用に。</p>")
P(L, "ギフトカード", [("3,000円", "3000", None)], N("gift card"), cur="JPY")

# ---------------------------------------------------------------------------------------------- Korean
L = "ko"
P(L, "에티오피아산 구지 내추럴", [("200g", "18000", 200)], C(["ET"], "natural", "light"), cur="KRW",
  body="<p>가공 방식: 내추럴<br>로스팅: 라이트</p>", opt="용량")
P(L, "에스프레소용 콜롬비아산", [("200g", "15000", 200), ("1kg", "55000", 1000)], C(["CO"], "washed", None),
  cur="KRW", opt="용량", body="<p>콜롬비아산 워시드 커피를 에스프레소용으로 로스팅했습니다.</p>")
P(L, "케냐산 AA 키암부", [("200g", "21000", 200)], C(["KE"], "washed", "light"), cur="KRW",
  body="<p>가공: 워시드<br>로스팅 단계: 2/5 (라이트)</p>")
P(L, "브라질산 세하도", [("200g", "13000", 200)], C(["BR"], "natural", None), cur="KRW",
  body="<p>가공: 내추럴<br>로스팅 단계: 3/5</p>")
P(L, "르완다산 냐마셰케", [("200g", "19000", 200)], C(["RW"], "washed", "medium"), cur="KRW",
  body="<p>저희 케냐를 좋아하셨다면 이 커피를 추천합니다. 브라질과 비교하면 산미가 밝습니다.</p>"
       "<p>가공: 워시드<br>로스팅: 미디엄</p>")
P(L, "하우스 블렌드", [("500g", "25000", 500), ("1kg", "45000", 1000)],
  C(["BR", "ET"], None, "medium-dark", blend=True), cur="KRW", opt="용량",
  body="<p>구성: 브라질 60%, 에티오피아 40%<br>로스팅: 미디엄 다크</p>")
P(L, "디카페인 콜롬비아", [("200g", "17000", 200)], C(["CO"], None, "medium", decaf=True), cur="KRW",
  body="<p>사탕수수 유래 에틸아세테이트(EA) 공법으로 카페인을 제거했습니다.<br>로스팅: 미디엄</p>")
P(L, "예가체프 코체레", [("200g", "20000", 200)], C(["ET"], "washed", "light"), cur="KRW",
  body="<p>가공: 워시드, 로스팅: 라이트</p>")
P(L, "온두라스산 마르칼라", [("200g", "16000", 200), ("200g x 2", "30000", 400)], C(["HN"], "honey", "medium"),
  cur="KRW", opt="용량", body="<p>가공: 허니<br>로스팅: 미디엄</p>")
P(L, "코스타리카산 라스 라하스", [("200g", "26000", 200)], C(["CR"], "anaerobic honey", None), cur="KRW",
  body="<p>가공: 애너로빅 허니<br>로스팅: 필터용</p>")
P(L, "캡슐 커피 – 네스프레소 호환 10개입", [("Default Title", "9000", None)], N("instant/sachet"), cur="KRW",
  body="<p>에티오피아산 원두를 캡슐에 담았습니다.</p>", type="커피")
P(L, "콜드브루 원액 500ml", [("Default Title", "15000", None)], N("ready-to-drink"), cur="KRW",
  body="<p>콜롬비아산 원두로 18시간 추출한 콜드브루 원액입니다.</p>")
P(L, "커피 정기구독", [("월 200g", "18000", None)], N("subscription"), cur="KRW",
  body="<p>매달 새로 로스팅한 원두를 보내드립니다.</p>")

# ---------------------------------------------------------------------------------------------- Chinese (simplified)
L = "zh"
P(L, "哥伦比亚产 考卡 水洗", [("250g", "98", 250)], C(["CO"], "washed", "medium"), cur="CNY",
  body="<p>处理法：水洗<br>烘焙度：中烘</p>", opt="规格")
P(L, "意式浓缩用 埃塞俄比亚咖啡豆", [("250g", "88", 250), ("1kg", "298", 1000)], C(["ET"], "natural", None),
  cur="CNY", opt="规格", body="<p>埃塞俄比亚产日晒豆，专为意式浓缩烘焙。</p>")
P(L, "肯尼亚产 AA", [("250g", "128", 250)], C(["KE"], "washed", "light"), cur="CNY",
  body="<p>处理法：水洗<br>烘焙度：2/5（浅烘）</p>")
P(L, "巴西产 喜拉多", [("250g", "68", 250)], C(["BR"], "natural", None), cur="CNY",
  body="<p>处理法：日晒<br>烘焙度：●●●○○</p>")
P(L, "卢旺达产 咖啡豆", [("250g", "108", 250)], C(["RW"], "washed", "light"), cur="CNY",
  body="<p>如果你喜欢我们的肯尼亚，不妨试试这款。与我们的巴西相比，酸质更明亮。</p><p>处理法：水洗<br>"
       "烘焙度：浅烘</p>")
P(L, "招牌拼配", [("500g", "138", 500)], C(["BR", "CO"], None, "medium-dark", blend=True), cur="CNY",
  body="<p>拼配比例：巴西 60%，哥伦比亚 40%<br>烘焙度：中深烘</p>")
P(L, "低因咖啡豆 墨西哥", [("250g", "98", 250)], C(["MX"], None, "medium", decaf=True), cur="CNY",
  body="<p>采用瑞士水处理法脱因，去除99.9%咖啡因。<br>烘焙度：中烘</p>")
P(L, "耶加雪菲 科契尔", [("250g", "118", 250)], C(["ET"], "washed", "light"), cur="CNY",
  body="<p>处理法：水洗<br>烘焙度：浅烘</p>")
P(L, "云南保山 咖啡豆", [("半磅", "78", 227), ("1磅", "148", 454)], C(["CN"], "honey", "medium"), cur="CNY",
  opt="规格", body="<p>处理法：蜜处理<br>烘焙度：中烘</p>")
P(L, "巴拿马产 瑰夏 厌氧日晒", [("100g", "198", 100)], C(["PA"], "anaerobic natural", None), cur="CNY",
  body="<p>处理法：厌氧日晒<br>烘焙度：手冲用</p>")
P(L, "挂耳咖啡 10包", [("Default Title", "59", None)], N("instant/sachet"), cur="CNY",
  body="<p>埃塞俄比亚与哥伦比亚挂耳咖啡组合。</p>", type="咖啡")
P(L, "冷萃咖啡液 6瓶装", [("Default Title", "89", None)], N("ready-to-drink"), cur="CNY",
  body="<p>使用哥伦比亚咖啡豆冷萃18小时，开瓶即饮。</p>")
P(L, "咖啡生豆 1公斤 巴西", [("1kg", "80", None)], N("green coffee (unroasted)"), cur="CNY",
  body="<p>未烘焙的生豆，适合家庭烘焙。</p>")

# ---------------------------------------------------------------------------------------------- Chinese (traditional)
L = "zht"
P(L, "衣索比亞產 古吉 日曬", [("半磅", "450", 227)], C(["ET"], "natural", "light"), cur="TWD",
  body="<p>處理法：日曬<br>烘焙度：淺焙</p>", opt="規格")
P(L, "義式濃縮用 哥倫比亞咖啡豆", [("半磅", "380", 227), ("一磅", "700", 454)], C(["CO"], "washed", None),
  cur="TWD", opt="規格", body="<p>哥倫比亞產水洗豆，為義式濃縮烘焙。</p>")
P(L, "肯亞產 AA", [("半磅", "520", 227)], C(["KE"], "washed", "light"), cur="TWD",
  body="<p>處理法：水洗<br>烘焙度：2/5（淺焙）</p>")
P(L, "巴西產 喜拉朵", [("半磅", "350", 227)], C(["BR"], "natural", None), cur="TWD",
  body="<p>處理法：日曬<br>烘焙度：●●●●○</p>")
P(L, "瓜地馬拉產 薇薇特南果", [("半磅", "420", 227)], C(["GT"], "washed", "medium"), cur="TWD",
  body="<p>喜歡我們的肯亞嗎？這支也很推薦。和我們的巴西相比，更有果香。</p><p>處理法：水洗<br>烘焙度：中焙</p>")
P(L, "招牌配方豆", [("半磅", "320", 227), ("一磅", "600", 454)],
  C(["BR", "ET", "CO"], None, "medium-dark", blend=True), cur="TWD", opt="規格",
  body="<p>配方：巴西 50%、衣索比亞 30%、哥倫比亞 20%<br>烘焙度：中深焙</p>")
P(L, "低咖啡因 哥倫比亞", [("半磅", "400", 227)], C(["CO"], None, "medium", decaf=True), cur="TWD",
  body="<p>以甘蔗萃取的乙酸乙酯（EA）脫除咖啡因。<br>烘焙度：中焙</p>")
P(L, "塔拉珠 拉米尼塔莊園", [("半磅", "480", 227)], C(["CR"], "washed", "light"), cur="TWD",
  body="<p>處理法：水洗<br>烘焙度：淺焙</p>")
P(L, "台灣阿里山 咖啡豆", [("半磅", "900", 227), ("一磅", "1700", 454)], C(["TW"], "honey", "medium-light"),
  cur="TWD", opt="規格", body="<p>處理法：蜜處理<br>烘焙度：淺中焙</p>")
P(L, "巴拿馬產 藝伎 厭氧日曬", [("100g", "800", 100)], C(["PA"], "anaerobic natural", None), cur="TWD",
  body="<p>處理法：厭氧日曬<br>烘焙度：手沖用</p>")
P(L, "濾掛咖啡 10入", [("Default Title", "350", None)], N("instant/sachet"), cur="TWD",
  body="<p>衣索比亞與哥倫比亞濾掛咖啡綜合組。</p>", type="咖啡")
P(L, "咖啡生豆 1公斤 巴西", [("1公斤", "400", None)], N("green coffee (unroasted)"), cur="TWD",
  body="<p>未烘焙的生豆，適合在家自行烘焙。</p>")
P(L, "禮物卡", [("NT$1000", "1000", None)], N("gift card"), cur="TWD")
