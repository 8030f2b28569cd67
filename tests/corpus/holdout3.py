"""A third held-out multilingual set, written apart from the vocabularies, the rules and the other held-out
sets' products: in each of 15 languages, 10 coffees (single origins, two blends, a decaf, one named only by
a famous growing region, a couple stating the process or roast only in prose or the title) and 3 goods a
roaster also sells. Shapes from real shop pages: "Key: value" lines, <dl> lists, spec tables, <strong>Key</strong>
value without a colon, emoji bullets, WooCommerce short descriptions (extra_html), Shopify tags, upper-case
pipe titles, prose with other countries as asides, sizes written in the language, variant options in the
language.

Labelled as a careful cataloguer would: a region alone is labelled as its country (Yirgacheffe -> ET, Huila ->
CO, Antigua -> GT, Tarrazú -> CR, Mandheling/Sumatra -> ID); a decaffeination method (Swiss Water, sugarcane
EA, CO2) is no process; a blend of components with different processes has no one process; drip bags and
capsules are no coffee.

Same entry format as multilingual.py (its C and N helpers); ids "h3:<lang>:<n>".
"""
from __future__ import annotations

from multilingual import C, N, product_builder

HOLDOUT3: list = []
P = product_builder(HOLDOUT3, "h3", "h3")


def _table(*rows):
    return "<table><tbody>" + "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in rows) + "</tbody></table>"


def _dl(*rows):
    return "<dl>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows) + "</dl>"


def _strong(*rows):
    return "<p>" + "<br>".join(f"<strong>{k}</strong> {v}" for k, v in rows) + "</p>"


DEFAULT = "Default Title"

# ---------------------------------------------------------------------------------------------- English
L = "en"
P(L, "Kenya Gatomboya AA", [("250g", "16.50", 250), ("1kg", "52.00", 1000)], C(["KE"], "washed", "light"),
  body=_dl(("Country", "Kenya"), ("Region", "Nyeri"), ("Varietals", "SL28, SL34, Ruiru 11"),
           ("Processing", "Fully washed, dried on raised beds"), ("Roast Level", "Light")),
  cur="GBP")
P(L, "Yirgacheffe Konga", [("12 oz / Whole Bean", "21.00", 340), ("12 oz / Ground", "21.00", 340),
                           ("2 lb / Whole Bean", "52.00", 907)], C(["ET"], "washed", "light"),
  body="<p>Heirloom varieties from smallholders delivering cherry to the Konga station at 1,950–2,200 masl. "
       "The coffee is depulped, fermented overnight and washed in channels before drying.</p>",
  tags=["Light Roast", "Single Origin", "Filter"], cur="USD", opt="Size / Grind")
P(L, "Finca La Soledad", [("12oz", "19.50", 340), ("5lb", "120.00", 2268)], C(["GT"], "washed", "medium"),
  body="<p>Third harvest from the Zelaya family in Acatenango. We taste milk chocolate, red apple and almond.</p>",
  tags=["Origin: Guatemala", "Process: Washed", "Roast: Medium", "Flavor Profile: Chocolate"], cur="USD")
P(L, "House Espresso", [("1kg", "34.00", 1000), ("250g", "10.50", 250)], C(["BR", "CO"], None, "medium-dark", blend=True),
  body="<p><strong>Components:</strong> Brazil Cerrado (natural) 60%, Colombia Huila (washed) 40%<br>"
       "<strong>Roast:</strong> Medium-Dark<br>Built for milk; pull 18g in, 38g out.</p>", cur="GBP")
P(L, "Swiss Water Decaf – Peru Cajamarca", [("250g", "14.00", 250)], C(["PE"], "washed", "medium", decaf=True),
  body="<ul><li>Origin: Peru, Cajamarca</li><li>Process: Washed, then decaffeinated by the Swiss Water® Process</li>"
       "<li>Roast: Medium</li><li>Notes: cocoa, brown sugar</li></ul>", cur="GBP")
P(L, "SUMATRA | Wahana Estate | Wet Hulled", [("250g", "15.00", 250)], C(["ID"], "wet-hulled", "medium-dark"),
  body="<p>Giling basah, as is traditional in North Sumatra. We take it a touch further in the roaster to round out "
       "the cedar and tobacco: a medium-dark roast that loves a moka pot.</p>", cur="AUD")
P(L, "Costa Rica Las Lajas Perla Negra", [("250g", "22.00", 250)], C(["CR"], "natural", "light"),
  body="<p>Oscar and Francisca Chacón were among the first in Costa Rica to dry whole cherries in the sun after "
       "the 2008 earthquake cut their power. Perla Negra is their slowest-dried natural, turned every hour on "
       "shaded beds. Roasted light.</p>", cur="GBP")
P(L, "Colombia El Paraíso – Lychee", [("200g", "28.00", 200)], C(["CO"], "anaerobic washed", "light"),
  body=_table(("<strong>Producer</strong>", "Diego Samuel Bermúdez"), ("<strong>Region</strong>", "Cauca"),
              ("<strong>Process</strong>", "72-hour anaerobic fermentation, then washed"),
              ("<strong>Roast</strong>", "Light (filter)")), cur="GBP")
P(L, "Daterra Sweet Collection", [("250g", "15.50", 250), ("1kg", "48.00", 1000)], C(["BR"], "pulped natural", "medium"),
  body="<p>Process: Pulped Natural | Roast: Medium | Varietal: Mundo Novo, Yellow Bourbon | Elevation: 1,150 masl</p>",
  vendor="Cerrado Mineiro, Brazil", tags=["From: Brazil"], cur="GBP")
P(L, "Winter Blend 2026", [("340g", "18.00", 340)], C(["ET", "RW"], "washed", "medium", blend=True),
  body="<p>Our seasonal blend of Ethiopia Sidama and Rwanda Huye, both fully washed. Medium roast: bright enough "
       "for pour-over, round enough for a flat white. Last year's version used a Kenya; this year the Rwanda "
       "brings the red fruit.</p>", cur="USD")
P(L, "Comandante C40 MK4 Nitro Blade", [(DEFAULT, "259.00", None)], N("equipment"),
  body="<p>The hand grinder we use on bar. Stainless burrs, consistent from espresso to cold brew.</p>",
  type="Equipment", cur="GBP")
P(L, "Roaster's Choice Subscription", [("Every 2 weeks", "17.00", None), ("Monthly", "17.00", None)], N("subscription"),
  body="<p>A different single origin every delivery: think Ethiopia in spring, Colombia in summer, Kenya in "
       "autumn. 250g, roasted within 48 hours.</p>", cur="GBP", opt="Frequency")
P(L, "Enamel Camp Mug – Navy", [(DEFAULT, "14.00", None)], N("merch"),
  body="<p>12 oz enamel mug with our logo. Dishwasher safe.</p>", cur="GBP")

# ---------------------------------------------------------------------------------------------- French
L = "fr"
P(L, "ÉTHIOPIE | Guji | Nature", [("250 g", "14.90", 250), ("1 kg", "49.00", 1000)], C(["ET"], "natural", "light"),
  body="<p>Lot de petits producteurs de la zone de Guji, séché en cerise entière sur lits africains pendant trois "
       "semaines. Torréfaction claire, pensée pour la méthode douce.</p>", opt="Poids")
P(L, "Colombie – Finca Los Naranjos", [("250 grammes", "13.50", 250), ("1 kilo", "45.00", 1000)], C(["CO"], "washed", "medium"),
  body="<p><strong>Pays</strong> : Colombie<br><strong>Région</strong> : Huila<br><strong>Variété</strong> : Caturra, "
       "Castillo<br><strong>Traitement</strong> : Lavé<br><strong>Torréfaction</strong> : Moyenne</p>", opt="Contenance")
P(L, "Yirgacheffe Chelchele", [("250 g", "15.90", 250)], C(["ET"], "washed", "light"),
  body="<ul><li>Process : lavé</li><li>Altitude : 2000 - 2200 m</li><li>Torréfaction : légère</li>"
       "<li>Notes : jasmin, bergamote, pêche blanche</li></ul>")
P(L, "Assemblage Maison – Espresso", [("1 kg", "32.00", 1000), ("0,5 kg", "17.00", 500)],
  C(["BR", "ET"], None, "medium-dark", blend=True),
  body="<p>Notre assemblage pour l'espresso : Brésil (nature) et Éthiopie (lavé). Torréfaction moyenne-foncée, "
       "corps rond et notes de cacao.</p>", opt="Poids")
P(L, "DÉCA – Mexique Chiapas", [("250 g", "13.00", 250)], C(["MX"], None, "medium", decaf=True),
  body="<p>Décaféiné à l'eau de montagne (procédé Mountain Water), sans solvant.<br>Origine : Mexique<br>"
       "Torréfaction : moyenne</p>")
P(L, "Kenya Kiambu AB", [("250 g", "16.50", 250)], C(["KE"], "washed", "light"),
  body="<p>Après le Burundi du mois dernier, on repart au Kenya avec ce lot de la coopérative de Kiambu, lavé selon "
       "la double fermentation kényane et séché sur lits surélevés. Torréfié clair pour garder tout le cassis.</p>")
P(L, "Brésil Cerrado Mineiro – Fazenda Boa Vista", [("250 g", "12.90", 250), ("1 kg", "39.00", 1000)],
  C(["BR"], "pulped natural", "medium"),
  extra="<p>Origine : Brésil<br>Traitement : nature dépulpé<br>Torréfaction : Moyenne<br>Variété : Catuaí jaune</p>",
  body="<p>Un Brésil tout en douceur, noisette et chocolat au lait.</p>")
P(L, "Costa Rica – Don Mayo – Miel", [("250 g", "17.00", 250)], C(["CR"], "honey", "light"),
  body=_table(("Pays", "Costa Rica"), ("Région", "Tarrazú"), ("Altitude", "1 800 m"),
              ("Traitement", "Honey (miel jaune)"), ("Torréfaction", "Claire")))
P(L, "Indonésie Sumatra – Gayo", [("250 g", "13.90", 250)], C(["ID"], "wet-hulled", "dark"),
  body="<p>Traitement : Giling Basah<br>Torréfaction : foncée</p><p>Épicé, boisé, une tasse pleine de corps.</p>")
P(L, "Rwanda Nyamasheke – Anaérobie", [("250 g", "18.50", 250)], C(["RW"], "anaerobic natural", "light"),
  body="<p>Fermentation anaérobie de 96 heures en cerise entière, puis séchage en nature sur lits africains. "
       "Torréfaction : claire.</p>")
P(L, "Moulin manuel Timemore C3", [(DEFAULT, "79.00", None)], N("equipment"),
  body="<p>Meules en acier inoxydable, mouture réglable de l'espresso à la cafetière à piston.</p>")
P(L, "Carte cadeau", [("25 €", "25.00", None), ("50 €", "50.00", None)], N("gift card"), opt="Montant")
P(L, "Atelier Latte Art – samedi 14 mars", [("1 place", "65.00", None)], N("workshop/event"),
  body="<p>Deux heures au bar avec notre barista : texture du lait, cœur, tulipe. Café et viennoiseries offerts.</p>",
  opt="Places")

# ---------------------------------------------------------------------------------------------- German
L = "de"
P(L, "Äthiopien Sidamo Bensa", [("250g", "14.90", 250), ("1000g", "48.00", 1000)], C(["ET"], "washed", "light"),
  body="<p>Herkunft: Äthiopien<br>Region: Sidama, Bensa<br>Aufbereitung: gewaschen<br>Röstgrad: hell<br>"
       "Varietät: 74110, 74112</p>", opt="Gewicht")
P(L, "Kolumbien – Finca El Diviso", [("250 g", "16.90", 250), ("0,5 kg", "31.00", 500)], C(["CO"], "natural", "medium"),
  body=_table(("Anbauland", "Kolumbien"), ("Region", "Huila"), ("Verarbeitung", "Natural"), ("Röstprofil", "mittel"),
              ("Höhe", "1.800 m ü. NN")), opt="Gewicht")
P(L, "Antigua – Finca San Sebastián", [("250 g", "15.50", 250)], C(["GT"], "washed", "medium-light"),
  body="<ul><li>Aufbereitung: washed</li><li>Röstgrad: mittelhell</li><li>Sorte: Bourbon</li></ul>")
P(L, "Espresso Milano", [("1 kg", "24.90", 1000), ("500 g", "13.90", 500)], C(["BR", "IN"], None, "dark", blend=True),
  body="<p>Unsere Espressomischung aus brasilianischem Arabica und indischem Robusta (70/30), dunkel geröstet "
       "im Trommelröster – ganz klassisch italienisch, mit viel Crema.</p>")
P(L, "Kolumbien Tolima – Entkoffeiniert", [("250 g", "14.50", 250)], C(["CO"], "washed", "medium", decaf=True),
  body="<p>Schonend mit Ethylacetat aus Zuckerrohr entkoffeiniert. Gewaschene Aufbereitung, mittlere Röstung.</p>")
P(L, "Kenia Nyeri Karogoto AA", [("250 g", "17.90", 250)], C(["KE"], "washed", "light"),
  body="<p>Nach dem Burundi aus dem Frühjahr wieder ein Kenianer: vollständig gewaschen, auf Hochbeeten getrocknet. "
       "Wir rösten ihn hell für den Handfilter.</p>")
P(L, "Brasilien Sul de Minas", [("250 g", "11.90", 250), ("1 kg", "38.00", 1000)], C(["BR"], "pulped natural", "medium-dark"),
  body="<ul><li>Land: Brasilien</li><li>Prozess: Pulped Natural</li><li>Röstgrad: mittel-dunkel</li></ul>")
P(L, "Honduras Marcala – Red Honey", [("250 g", "15.90", 250)], C(["HN"], "honey", "omni"),
  body="<p>🌱 Herkunft: Honduras, Marcala<br>⚙️ Aufbereitung: Red Honey<br>🔥 Röstgrad: Omni<br>"
       "☕ Geschmack: Karamell, Pflaume</p>")
P(L, "PANAMA | Boquete | Geisha", [("100 g", "24.00", 100)], C(["PA"], "natural", "light"),
  body="<p>Eine Geisha von der Finca Elida, getrocknet in der ganzen Kirsche.</p>",
  tags=["Röstung: Hell", "Aufbereitung: Natural", "Filter"])
P(L, "Hausmischung „Feierabend“", [("500 g", "15.00", 500), ("1 kg", "28.00", 1000)],
  C(["BR", "GT", "ET"], None, "medium", blend=True),
  body=_strong(("Zusammensetzung:", "Brasilien, Guatemala, Äthiopien"), ("Röstgrad:", "Mittel"),
               ("Geeignet für:", "Vollautomat, Siebträger")))
P(L, "Handfilter V60 Keramik Größe 02", [(DEFAULT, "27.00", None)], N("equipment"),
  body="<p>Der Klassiker von Hario, aus japanischer Keramik. Für 1–4 Tassen.</p>")
P(L, "Kaffee-Abo", [("monatlich", "16.00", None), ("alle 2 Wochen", "16.00", None)], N("subscription"),
  body="<p>Jeden Monat ein frisch gerösteter Single Origin, 250 g, versandkostenfrei.</p>", opt="Intervall")
P(L, "Gutschein", [("25 €", "25.00", None), ("50 €", "50.00", None)], N("gift card"), opt="Wert")

# ---------------------------------------------------------------------------------------------- Spanish
L = "es"
P(L, "Etiopía Guji Hambela – Natural", [("250 gramos", "14.00", 250), ("1 kilo", "46.00", 1000)],
  C(["ET"], "natural", "light"),
  body="<p>Origen: Etiopía<br>Variedad: Heirloom<br>Proceso: Natural<br>Tueste: claro</p>", opt="Peso")
P(L, "Huila Pink Bourbon", [("250 g", "16.50", 250)], C(["CO"], "washed", "medium"),
  body="<ul><li>Variedad: Bourbon Rosado</li><li>Proceso: Lavado</li><li>Tueste: medio</li>"
       "<li>Altura: 1.750 msnm</li></ul>")
P(L, "Guatemala Huehuetenango – El Injerto", [("250 g", "17.00", 250), ("500 gramos", "32.00", 500)],
  C(["GT"], "washed", "medium-light"),
  body=_table(("País", "Guatemala"), ("Beneficio", "Lavado"), ("Tostado", "Medio-claro"), ("Altitud", "1.500 m")),
  opt="Formato")
P(L, "Blend Casa", [("1 kg", "28.00", 1000)], C(["BR", "PE"], None, "medium-dark", blend=True),
  body="<p>Mezcla de café de Brasil y Perú con tueste medio-oscuro, pensada para espresso y café con leche.</p>")
P(L, "Descafeinado Colombia (Caña de Azúcar)", [("250 g", "13.50", 250)], C(["CO"], None, "medium", decaf=True),
  body="<p>Descafeinado con acetato de etilo natural de la caña de azúcar.<br>Origen: Colombia<br>Tueste: medio</p>")
P(L, "Kenia Kirinyaga AA", [("250 g", "17.50", 250)], C(["KE"], "washed", "light"),
  body="<p>Como nuestro Ruanda de la temporada pasada, este café se lava y se seca en camas africanas. "
       "Lo tostamos claro para resaltar su acidez de grosella negra.</p>")
P(L, "Costa Rica – Tarrazú – Honey Amarillo", [("250 g", "16.00", 250)], C(["CR"], "honey", "light"),
  body="<p>Proceso: Honey (miel amarilla)<br>Tueste: Claro<br>Productor: familia Ureña</p>")
P(L, "Brasil Mogiana", [("500 g", "15.00", 500), ("1 kg", "27.00", 1000)], C(["BR"], "natural", "medium"),
  extra="<p>Región : Mogiana<br>Proceso : Natural<br>Tueste : Medio</p>", body="<p>Chocolate con leche y avellana.</p>")
P(L, "México Chiapas Orgánico", [("340 g", "14.00", 340)], C(["MX"], "washed", "dark"),
  body=_strong(("Origen", "México"), ("Proceso", "Lavado"), ("Nivel de tueste", "Oscuro")), cur="MXN")
P(L, "Panamá Geisha – Anaeróbico", [("100 g", "25.00", 100)], C(["PA"], "anaerobic natural", "light"),
  body="<p>Fermentación anaeróbica en cereza durante 120 horas y secado en cama como un natural. Tostado claro.</p>")
P(L, "Molinillo manual 1Zpresso J-Max", [(DEFAULT, "189.00", None)], N("equipment"),
  body="<p>Molinillo de muelas cónicas de acero, ideal para espresso.</p>")
P(L, "Tarjeta regalo", [("20 €", "20.00", None), ("50 €", "50.00", None)], N("gift card"), opt="Importe")
P(L, "Suscripción mensual de café", [("250 g / mes", "15.00", None), ("1 kg / mes", "42.00", None)], N("subscription"),
  body="<p>Cada mes un café de especialidad distinto: Etiopía, Colombia, Kenia…</p>", opt="Plan")

# ---------------------------------------------------------------------------------------------- Italian
L = "it"
P(L, "Etiopia Yirgacheffe Aricha", [("250 gr", "15.00", 250), ("1 kg", "50.00", 1000)], C(["ET"], "washed", "light"),
  body="<p>Origine: Etiopia<br>Lavorazione: lavato<br>Tostatura: chiara<br>Altitudine: 2.000 m s.l.m.</p>", opt="Formato")
P(L, "Brasile Cerrado", [("250 gr", "11.00", 250), ("1000 gr", "36.00", 1000)], C(["BR"], "natural", "medium"),
  body=_table(("Provenienza", "Brasile"), ("Processo", "Naturale"), ("Tostatura", "Media")), opt="Formato")
P(L, "Huila – Finca El Mirador", [("250 gr", "14.00", 250)], C(["CO"], "honey", "medium-light"),
  body="<p>Processo: Honey<br>Tostatura: medio-chiara<br>Varietà: Caturra</p>")
P(L, "Miscela Bar 80/20", [("1 kg", "22.00", 1000)], C(["BR", "IN"], None, "dark", blend=True),
  body="<p>Miscela di Arabica brasiliana e Robusta indiana, tostatura scura all'italiana. Crema densa e persistente.</p>")
P(L, "Decaffeinato Colombia", [("250 gr", "12.50", 250)], C(["CO"], None, "medium", decaf=True),
  body="<p>Decaffeinizzato ad acqua, senza solventi chimici. Origine: Colombia. Tostatura media.</p>")
P(L, "Kenya Kiambu AA", [("250 gr", "16.00", 250)], C(["KE"], "washed", "light"),
  body="<p>Dopo il Burundi dello scorso mese torniamo in Kenya con un lavato dalla classica doppia fermentazione. "
       "Tostatura chiara, ideale per il filtro.</p>")
P(L, "Guatemala Antigua – Finca La Azotea", [("250 gr", "13.50", 250), ("500 gr", "25.00", 500)],
  C(["GT"], "washed", "medium-dark"),
  body="<p>- Paese: Guatemala<br>- Processo: lavato<br>- Tostatura: medio-scura</p>")
P(L, "Sumatra Mandheling", [("250 gr", "12.00", 250)], C(["ID"], "wet-hulled", "dark"),
  body="<p>Lavorazione: wet hulled (giling basah)<br>Tostatura: scura</p>")
P(L, "COSTA RICA | La Pastora | Anaerobic Honey", [("200 gr", "18.00", 200)], C(["CR"], "anaerobic honey", "light"),
  body="<p>Tostatura: chiara. Note di frutti rossi e miele.</p>")
P(L, "Miscela Espresso Classica", [("1 kg", "26.00", 1000), ("250 gr", "8.00", 250)],
  C(["BR", "CO", "ET"], None, "medium-dark", blend=True),
  body="<ul><li>Composizione: 60% Brasile, 30% Colombia, 10% Etiopia</li><li>Tostatura: medio-scura</li></ul>")
P(L, "Moka Bialetti 3 tazze", [(DEFAULT, "32.00", None)], N("equipment"),
  body="<p>La caffettiera originale in alluminio, per 3 tazzine di caffè.</p>")
P(L, "Buono regalo", [("30 €", "30.00", None), ("50 €", "50.00", None)], N("gift card"), opt="Importo")
P(L, "Tè verde Sencha", [("100 gr", "9.00", None)], N("not coffee: tea/food"),
  body="<p>Sencha giapponese in foglia, raccolto di primavera.</p>", opt="Formato")

# ---------------------------------------------------------------------------------------------- Dutch
L = "nl"
P(L, "Ethiopië Guji Shakiso", [("250 gram", "14.50", 250), ("1 kilo", "48.00", 1000)], C(["ET"], "natural", "light"),
  body="<p>Land: Ethiopië<br>Verwerking: natuurlijk<br>Branding: licht<br>Hoogte: 2.000 m</p>", opt="Gewicht")
P(L, "Colombia – Los Ídolos", [("250 gram", "15.00", 250)], C(["CO"], "washed", "medium"),
  body=_table(("Herkomst", "Colombia, Huila"), ("Proces", "Gewassen"), ("Brandingsgraad", "Medium")))
P(L, "Sidamo – Bensa", [("250 gram", "15.50", 250)], C(["ET"], "washed", "light"),
  body="<ul><li>Bewerking: gewassen</li><li>Branding: lichte branding</li><li>Variëteit: heirloom</li></ul>")
P(L, "Huismelange", [("1 kilo", "29.00", 1000), ("500 gram", "16.00", 500)], C(["BR", "CO"], None, "medium-dark", blend=True),
  body="<p>Onze huismelange van Braziliaanse en Colombiaanse bonen, middeldonker gebrand. Ideaal voor "
       "je volautomaat.</p>")
P(L, "Decaf Mexico – Mountain Water", [("250 gram", "13.00", 250)], C(["MX"], None, "medium", decaf=True),
  body="<p>Cafeïnevrij gemaakt met alleen water.<br>Herkomst: Mexico<br>Branding: medium</p>")
P(L, "Kenia Nyeri Othaya", [("250 gram", "17.00", 250)], C(["KE"], "washed", "light"),
  body="<p>Na de Rwanda van vorige maand weer een Keniaanse koffie: volledig gewassen en gedroogd op "
       "verhoogde bedden. Licht gebrand voor filter.</p>")
P(L, "Brazilië Mantiqueira", [("250 gram", "12.50", 250), ("0,5 kilo", "23.00", 500)],
  C(["BR"], "pulped natural", "medium-dark"),
  body="<p>• Land: Brazilië<br>• Verwerking: pulped natural<br>• Branding: medium-donker</p>")
P(L, "Costa Rica – Honey", [("250 gram", "16.00", 250)], C(["CR"], "honey", "medium-light"),
  body="<p>🌍 Land: Costa Rica<br>🍯 Verwerking: Honey<br>🔥 Branding: licht tot medium</p>")
P(L, "Rwanda Huye – Anaeroob Natural", [("250 gram", "18.00", 250)], C(["RW"], "anaerobic natural", "light"),
  body="<p>Branding: licht. Tonen van ananas en rum.</p>")
P(L, "Espresso Melange Donker", [("1 kilo", "26.00", 1000)], C(["BR", "IN", "VN"], None, "dark", blend=True),
  body=_strong(("Samenstelling:", "Brazilië, India, Vietnam"), ("Branding:", "donker")))
P(L, "Koffiemolen Baratza Encore", [(DEFAULT, "169.00", None)], N("equipment"),
  body="<p>Elektrische molen met 40 maalstanden, van espresso tot french press.</p>")
P(L, "Cadeaubon", [("€ 25", "25.00", None), ("€ 50", "50.00", None)], N("gift card"), opt="Waarde")
P(L, "Barista cursus voor thuis", [("za 21 maart", "85.00", None)], N("workshop/event"),
  body="<p>Leer in drie uur espresso zetten en melk opschuimen op je eigen machine.</p>", opt="Datum")

# ---------------------------------------------------------------------------------------------- Portuguese
L = "pt"
P(L, "Etiópia Guji – Natural", [("250 g", "69.90", 250), ("1 kg", "239.00", 1000)], C(["ET"], "natural", "light"),
  body="<p>Origem: Etiópia<br>Processo: Natural<br>Torra: Clara</p>", cur="BRL", opt="Peso")
P(L, "Fazenda Santa Lúcia – Cerrado Mineiro", [("250g", "49.90", 250), ("500g", "89.90", 500)],
  C(["BR"], "pulped natural", "medium"),
  body=_table(("Região", "Cerrado Mineiro, Brasil"), ("Processo", "Cereja Descascado"), ("Torra", "Média"),
              ("Pontuação SCA", "86")), cur="BRL", opt="Peso")
P(L, "Huila – Finca La Cristalina", [("250 g", "15.00", 250)], C(["CO"], "washed", "medium-light"),
  body="<p>Processo: Lavado<br>Torra: média clara<br>Variedade: Castillo</p>")
P(L, "Blend da Casa", [("1 quilo", "149.00", 1000), ("250 gramas", "44.90", 250)],
  C(["BR", "CO"], None, "medium-dark", blend=True),
  body="<p>Um blend de grãos do Brasil e da Colômbia com torra média-escura, feito para espresso.</p>", cur="BRL")
P(L, "Descafeinado – Colômbia", [("250 g", "12.50", 250)], C(["CO"], None, "medium", decaf=True),
  body="<p>Descafeinado pelo processo Swiss Water, sem químicos. Torra média.</p>")
P(L, "Quênia Kirinyaga AA", [("250 g", "89.00", 250)], C(["KE"], "washed", "light"),
  body="<p>Lavado e secado em terreiros suspensos, como manda a tradição queniana. Torramos claro para "
       "realçar a acidez de groselha.</p>", cur="BRL")
P(L, "Brasil Mogiana – Fermentado", [("250 g", "74.90", 250)], C(["BR"], "anaerobic natural", "light"),
  body="<p>Fermentação anaeróbica com o fruto inteiro por 72 horas e secagem natural no terreiro suspenso. "
       "Torra: clara.</p>", cur="BRL")
P(L, "Café Especial Honey – Fazenda Pinhal", [("250 g", "54.90", 250)], C(["BR"], "honey", "medium"),
  body="<p>Origem: Brasil, Sul de Minas<br>Processo: Honey<br>Torra: Média</p>", cur="BRL")
P(L, "Guatemala Huehuetenango", [("250 g", "14.00", 250)], C(["GT"], "washed", "medium-dark"),
  extra="<p>Origem : Guatemala<br>Processo : Lavado<br>Torra : média-escura</p>")
P(L, "Ruanda Nyamasheke", [("250 g", "15.50", 250)], C(["RW"], "washed", "light"),
  body="<p><b>Processo:</b> Lavado<br><b>Torra:</b> Clara<br><b>Notas:</b> chá preto, laranja</p>")
P(L, "Moedor manual Timemore C2", [(DEFAULT, "399.00", None)], N("equipment"),
  body="<p>Mós cônicas de aço inox, ajuste de moagem para coado e espresso.</p>", cur="BRL")
P(L, "Cartão-presente", [("R$ 100", "100.00", None), ("R$ 200", "200.00", None)], N("gift card"), cur="BRL",
  opt="Valor")
P(L, "Caneca esmaltada", [(DEFAULT, "59.00", None)], N("merch"),
  body="<p>Caneca de ágata com o nosso logotipo, 350 ml.</p>", cur="BRL")

# ---------------------------------------------------------------------------------------------- Polish
L = "pl"
P(L, "Etiopia Guji Hambela – Natural", [("250 g", "59.00", 250), ("1 kg", "199.00", 1000)], C(["ET"], "natural", "light"),
  body="<p>Kraj: Etiopia<br>Obróbka: naturalna<br>Stopień palenia: jasny</p>", cur="PLN", opt="Waga")
P(L, "Kolumbia Huila – Finca La Esperanza", [("250 g", "55.00", 250)], C(["CO"], "washed", "medium"),
  body=_table(("Kraj pochodzenia", "Kolumbia"), ("Proces", "Myty"), ("Palenie", "Średnie")), cur="PLN")
P(L, "Yirgacheffe Konga", [("250 g", "62.00", 250)], C(["ET"], "washed", "light"),
  body="<p>Metoda obróbki: mokra<br>Profil palenia: jasny (pod przelew)<br>Odmiana: heirloom</p>", cur="PLN")
P(L, "Mieszanka Espresso Klasyk", [("1 kg", "129.00", 1000), ("0,25 kg", "36.00", 250)],
  C(["BR", "GT"], None, "medium-dark", blend=True),
  body="<p>Mieszanka kaw z Brazylii i Gwatemali, palona średnio-ciemno. Do ekspresu i kawiarki.</p>", cur="PLN")
P(L, "Kolumbia Bezkofeinowa", [("250 g", "52.00", 250)], C(["CO"], None, "medium", decaf=True),
  body="<p>Kawa bezkofeinowa, dekofeinizowana metodą z trzciny cukrowej (Sugar Cane EA). Palenie: średnie.</p>",
  cur="PLN")
P(L, "Kenia Nyeri AA", [("250 g", "64.00", 250)], C(["KE"], "washed", "light"),
  body="<p>Po zeszłomiesięcznej Rwandzie wracamy do Kenii: kawa myta, suszona na podwyższonych stołach. "
       "Palimy ją jasno, pod metody alternatywne.</p>", cur="PLN")
P(L, "Brazylia Mogiana – Pulped Natural", [("250 g", "45.00", 250), ("1 kg", "149.00", 1000)],
  C(["BR"], "pulped natural", "medium"),
  body="<p>Obróbka: pulped natural<br>Stopień palenia: średni</p>", cur="PLN")
P(L, "Kostaryka Tarrazú – Honey", [("250 g", "58.00", 250)], C(["CR"], "honey", "light"),
  body="<p>🌍 Kraj: Kostaryka<br>⚙️ Obróbka: honey<br>🔥 Palenie: jasne</p>", cur="PLN")
P(L, "Indonezja Sumatra Gayo", [("250 g", "52.00", 250)], C(["ID"], "wet-hulled", "dark"),
  body="<p>Obróbka: giling basah (wet hulled)<br>Palenie: ciemne</p>", cur="PLN")
P(L, "Rwanda – Fermentacja Anaerobowa", [("250 g", "66.00", 250)], C(["RW"], "anaerobic natural", "light"),
  body="<p>Obróbka: anaerobowa naturalna<br>Palenie: jasne</p>", cur="PLN")
P(L, "Młynek ręczny Comandante C40", [(DEFAULT, "1199.00", None)], N("equipment"), cur="PLN")
P(L, "Karta podarunkowa", [("100 zł", "100.00", None), ("200 zł", "200.00", None)], N("gift card"), cur="PLN",
  opt="Kwota")
P(L, "Subskrypcja kawy – co miesiąc", [("250 g", "55.00", None), ("500 g", "99.00", None)], N("subscription"),
  body="<p>Co miesiąc nowa kawa speciality prosto z palarni.</p>", cur="PLN", opt="Ilość")

# ---------------------------------------------------------------------------------------------- Swedish
L = "sv"
P(L, "Etiopien Guji – Natural", [("250 g", "149.00", 250), ("1 kg", "499.00", 1000)], C(["ET"], "natural", "light"),
  body="<p>Ursprung: Etiopien<br>Process: Naturell<br>Rostning: Ljus</p>", cur="SEK", opt="Vikt")
P(L, "Colombia – La Pirámide", [("250 g", "139.00", 250)], C(["CO"], "washed", "medium"),
  body=_table(("Land", "Colombia"), ("Region", "Huila"), ("Beredning", "Tvättad"), ("Rostningsgrad", "Mellan")),
  cur="SEK")
P(L, "Antigua – Finca Medina", [("250 g", "145.00", 250)], C(["GT"], "washed", "light"),
  body="<ul><li>Process: tvättad</li><li>Rostgrad: ljusrost</li><li>Varietet: Bourbon</li></ul>", cur="SEK")
P(L, "Husets Blandning", [("500 g", "169.00", 500), ("1 kilo", "299.00", 1000)],
  C(["BR", "CO"], None, "medium-dark", blend=True),
  body="<p>En blandning av kaffe från Brasilien och Colombia, mellanmörkrostad. Perfekt till espresso och "
       "mjölkdrycker.</p>", cur="SEK")
P(L, "Koffeinfritt Colombia", [("250 g", "135.00", 250)], C(["CO"], None, "medium", decaf=True),
  body="<p>Koffeinfritt med sockerrörsmetoden (etylacetat).<br>Rostning: mellan</p>", cur="SEK")
P(L, "Kenya Kiambu AB", [("250 g", "165.00", 250)], C(["KE"], "washed", "light"),
  body="<p>Efter förra månadens Rwanda åker vi tillbaka till Kenya: ett tvättat kaffe torkat på upphöjda bäddar. "
       "Ljusrostat för filter.</p>", cur="SEK")
P(L, "Brasilien Sul de Minas", [("250 g", "119.00", 250)], C(["BR"], "pulped natural", "dark"),
  body="<p>• Land: Brasilien<br>• Process: Pulped natural<br>• Rostning: Mörkrost</p>", cur="SEK")
P(L, "Costa Rica Tarrazú", [("250 g", "155.00", 250)], C(["CR"], "honey", "medium-light"),
  body="<p>Bönorna torkas med en del av fruktköttet kvar, så kallad honey-process. Mellanljus rostning som "
       "passar både filter och espresso.</p>", cur="SEK")
P(L, "Rwanda Huye – Anaerob", [("250 g", "169.00", 250)], C(["RW"], "anaerobic natural", "light"),
  body=_strong(("Process:", "Anaerob naturell"), ("Rostning:", "Ljus")), cur="SEK")
P(L, "Mörk Espresso", [("1 kg", "279.00", 1000)], C(["BR", "IN"], None, "dark", blend=True),
  body="<p>Innehåll: Brasilien, Indien<br>Rostning: Mörk</p>", cur="SEK")
P(L, "Handkvarn Timemore C3", [(DEFAULT, "899.00", None)], N("equipment"), cur="SEK")
P(L, "Presentkort", [("300 kr", "300.00", None), ("500 kr", "500.00", None)], N("gift card"), cur="SEK", opt="Belopp")
P(L, "Kaffeprenumeration", [("Varannan vecka", "139.00", None), ("Varje månad", "139.00", None)], N("subscription"),
  body="<p>Nyrostat kaffe hem i brevlådan: 250 g per leverans.</p>", cur="SEK", opt="Leverans")

# ---------------------------------------------------------------------------------------------- Danish
L = "da"
P(L, "Etiopien Guji – Natural", [("250 g", "125.00", 250), ("1 kg", "420.00", 1000)], C(["ET"], "natural", "light"),
  body="<p>Oprindelse: Etiopien<br>Forarbejdning: Natural<br>Ristning: Lys</p>", cur="DKK", opt="Størrelse")
P(L, "Colombia Huila – El Carmen", [("250 g", "115.00", 250)], C(["CO"], "washed", "medium"),
  body=_table(("Land", "Colombia"), ("Proces", "Vasket"), ("Ristegrad", "Medium")), cur="DKK")
P(L, "Sidamo Shantawene", [("250 g", "125.00", 250)], C(["ET"], "washed", "light"),
  body="<p>Behandling: Vasket<br>Ristning: Lysristet<br>Varietet: Heirloom</p>", cur="DKK")
P(L, "Husets Espresso", [("1 kilo", "299.00", 1000), ("500 gram", "165.00", 500)],
  C(["BR", "GT"], None, "medium", blend=True),
  body="<p>En blanding af bønner fra Brasilien og Guatemala, mellemristet. Sød og rund i mælk.</p>", cur="DKK")
P(L, "Koffeinfri Colombia", [("250 g", "110.00", 250)], C(["CO"], None, "medium", decaf=True),
  body="<p>Koffeinfri via sukkerrørsmetoden.<br>Ristning: Medium</p>", cur="DKK")
P(L, "Kenya Nyeri Gatomboya", [("250 g", "145.00", 250)], C(["KE"], "washed", "light"),
  body="<p>Efter sidste måneds Rwanda tager vi tilbage til Kenya: en vasket kaffe tørret på afrikanske senge. "
       "Lyst ristet til filter.</p>", cur="DKK")
P(L, "Brasilien Cerrado", [("250 g", "95.00", 250)], C(["BR"], "pulped natural", "dark"),
  body="<ul><li>Land: Brasilien</li><li>Proces: Pulped natural</li><li>Ristning: Mørk</li></ul>", cur="DKK")
P(L, "Costa Rica – Honey", [("250 g", "135.00", 250)], C(["CR"], "honey", "medium-light"),
  body="<p>🌍 Land: Costa Rica<br>🍯 Proces: Honey<br>🔥 Ristning: Mellemlys</p>", cur="DKK")
P(L, "Rwanda Nyamasheke – Anaerob", [("250 g", "150.00", 250)], C(["RW"], "anaerobic natural", "light"),
  body="<p>Proces: Anaerob natural<br>Ristning: Lys</p>", cur="DKK")
P(L, "Mørk Blanding", [("1 kg", "260.00", 1000)], C(["BR", "IN", "VN"], None, "dark", blend=True),
  body=_dl(("Indhold", "Brasilien, Indien, Vietnam"), ("Ristning", "Mørk")), cur="DKK")
P(L, "Håndkværn Comandante C40", [(DEFAULT, "1895.00", None)], N("equipment"), cur="DKK")
P(L, "Gavekort", [("200 kr.", "200.00", None), ("500 kr.", "500.00", None)], N("gift card"), cur="DKK", opt="Beløb")
P(L, "Kaffeabonnement", [("Hver 14. dag", "120.00", None), ("Hver måned", "120.00", None)], N("subscription"),
  body="<p>Friskristet specialkaffe leveret til døren.</p>", cur="DKK", opt="Levering")

# ---------------------------------------------------------------------------------------------- Norwegian
L = "no"
P(L, "Etiopia Guji – Natural", [("250 g", "169.00", 250), ("1 kg", "560.00", 1000)], C(["ET"], "natural", "light"),
  body="<p>Opprinnelse: Etiopia<br>Prosess: Naturell<br>Brenning: Lys</p>", cur="NOK", opt="Størrelse")
P(L, "Colombia Huila – Monteblanco", [("250 g", "159.00", 250)], C(["CO"], "washed", "medium"),
  body=_table(("Land", "Colombia"), ("Prosessering", "Vasket"), ("Brennegrad", "Medium")), cur="NOK")
P(L, "Tarrazú – La Pastora", [("250 g", "165.00", 250)], C(["CR"], "washed", "light"),
  body="<p>Prosess: Vasket<br>Brenning: Lysbrent<br>Høyde: 1 700 moh.</p>", cur="NOK")
P(L, "Husblanding", [("500 g", "199.00", 500), ("1 kilo", "360.00", 1000)], C(["BR", "CO"], None, "medium-dark", blend=True),
  body="<p>En blanding av kaffe fra Brasil og Colombia, middels mørkbrent. God i melk.</p>", cur="NOK")
P(L, "Koffeinfri Colombia", [("250 g", "149.00", 250)], C(["CO"], None, "medium", decaf=True),
  body="<p>Koffeinfri (sukkerrørmetoden).<br>Brenning: Middels</p>", cur="NOK")
P(L, "Kenya Kirinyaga", [("250 g", "189.00", 250)], C(["KE"], "washed", "light"),
  body="<p>Etter forrige måneds Rwanda er vi tilbake i Kenya: en vasket kaffe tørket på afrikanske senger. "
       "Lysbrent for filter.</p>", cur="NOK")
P(L, "Brasil Sul de Minas", [("250 g", "139.00", 250)], C(["BR"], "pulped natural", "dark"),
  body="<ul><li>Land: Brasil</li><li>Prosess: Pulped natural</li><li>Brenning: Mørk</li></ul>", cur="NOK")
P(L, "Costa Rica – Honey", [("250 g", "175.00", 250)], C(["CR"], "honey", "light"),
  body="<p>🌍 Land: Costa Rica<br>🍯 Prosess: Honey<br>🔥 Brenning: Lys</p>", cur="NOK")
P(L, "Rwanda – Anaerob Natural", [("250 g", "195.00", 250)], C(["RW"], "anaerobic natural", "light"),
  body="<p>Brenning: Lys. Smaker av ananas og mørk rom.</p>", cur="NOK")
P(L, "Mørk Espresso", [("1 kg", "330.00", 1000)], C(["BR", "IN"], None, "dark", blend=True),
  body=_strong(("Innhold:", "Brasil, India"), ("Brenning:", "Mørk")), cur="NOK")
P(L, "Håndkvern Timemore C2", [(DEFAULT, "799.00", None)], N("equipment"), cur="NOK")
P(L, "Gavekort", [("300 kr", "300.00", None), ("500 kr", "500.00", None)], N("gift card"), cur="NOK", opt="Beløp")
P(L, "Kaffeabonnement", [("Hver 14. dag", "159.00", None), ("Hver måned", "159.00", None)], N("subscription"),
  body="<p>Nybrent kaffe rett i postkassen.</p>", cur="NOK", opt="Levering")

# ---------------------------------------------------------------------------------------------- Japanese
L = "ja"
P(L, "エチオピア グジ ナチュラル", [("200g", "1800", 200), ("500g", "4200", 500)], C(["ET"], "natural", "light"),
  body="<p>【生産国】エチオピア<br>【精製方法】ナチュラル<br>【焙煎度】浅煎り</p>", cur="JPY", opt="内容量")
P(L, "コロンビア ウイラ", [("200g", "1600", 200)], C(["CO"], "washed", "medium"),
  body=_table(("生産国", "コロンビア"), ("精製", "ウォッシュド"), ("焙煎度", "中煎り")), cur="JPY")
P(L, "イルガチェフェ コチェレ", [("200g", "1900", 200)], C(["ET"], "washed", "light"),
  body="<p>精製方法：ウォッシュド<br>焙煎度：浅煎り<br>品種：在来種</p>", cur="JPY")
P(L, "オリジナルブレンド", [("200g", "1400", 200), ("500g", "3200", 500)], C(["BR", "CO"], None, "dark", blend=True),
  body="<p>ブラジルとコロンビアをベースにした当店定番のブレンド。深煎りで、ミルクとの相性も抜群です。</p>", cur="JPY")
P(L, "デカフェ コロンビア", [("200g", "1700", 200)], C(["CO"], None, "medium-dark", decaf=True),
  body="<p>カフェインレス（スイスウォーター製法）。<br>焙煎度：中深煎り</p>", cur="JPY")
P(L, "ケニア ニエリ AA", [("200g", "2100", 200)], C(["KE"], "washed", "light"),
  body="<p>水洗式で丁寧に精製されたケニア。浅煎りで、カシスのような明るい酸味をお楽しみください。</p>", cur="JPY")
P(L, "ブラジル セラード", [("200g", "1300", 200), ("1kg", "5500", 1000)], C(["BR"], "pulped natural", "medium-dark"),
  body="<p>・生産国：ブラジル<br>・精製方法：パルプドナチュラル<br>・焙煎度：中深煎り</p>", cur="JPY")
P(L, "コスタリカ ハニー", [(DEFAULT, "1900", 200)], C(["CR"], "honey", "medium-light"),
  body="<p>精製：ハニープロセス<br>焙煎：中浅煎り<br>内容量：200g</p>", cur="JPY")
P(L, "マンデリン G1", [("200g", "1500", 200), ("200g×2袋", "2900", 400)], C(["ID"], "wet-hulled", "dark"),
  body="<p>精製：スマトラ式<br>焙煎度：深煎り</p>", cur="JPY")
P(L, "ルワンダ アナエロビック ナチュラル", [("100g", "1500", 100)], C(["RW"], "anaerobic natural", "light"),
  body="<p>焙煎度：浅煎り。パイナップルのような甘さ。</p>", cur="JPY")
P(L, "ハンドドリップ ケトル 0.9L", [(DEFAULT, "6800", None)], N("equipment"),
  body="<p>細口で注ぎやすいステンレス製のドリップポット。</p>", cur="JPY")
P(L, "ギフトカード", [("3,000円", "3000", None), ("5,000円", "5000", None)], N("gift card"), cur="JPY", opt="金額")
P(L, "ドリップバッグ 10袋セット", [("10袋", "2000", None)], N("instant/sachet"),
  body="<p>人気のブレンドを1杯分ずつ。お湯を注ぐだけ。</p>", cur="JPY", opt="数量")

# ---------------------------------------------------------------------------------------------- Korean
L = "ko"
P(L, "에티오피아 구지 내추럴", [("200g", "18000", 200), ("500g", "40000", 500)], C(["ET"], "natural", "light"),
  body="<p>원산지: 에티오피아<br>가공방식: 내추럴<br>로스팅: 라이트</p>", cur="KRW", opt="용량")
P(L, "콜롬비아 우일라", [("200g", "16000", 200)], C(["CO"], "washed", "medium"),
  body=_table(("생산국", "콜롬비아"), ("가공", "워시드"), ("로스팅 포인트", "미디엄")), cur="KRW")
P(L, "예가체프 코케", [("200g", "19000", 200)], C(["ET"], "washed", "light"),
  body="<p>가공방식: 워시드<br>로스팅: 라이트 로스팅<br>품종: 에어룸</p>", cur="KRW")
P(L, "하우스 블렌드", [("500g", "25000", 500), ("1kg", "45000", 1000)], C(["BR", "CO"], None, "medium-dark", blend=True),
  body="<p>브라질과 콜롬비아를 블렌딩한 데일리 커피. 미디엄 다크 로스팅으로 고소하고 묵직합니다.</p>", cur="KRW")
P(L, "디카페인 콜롬비아", [("200g", "17000", 200)], C(["CO"], None, "medium", decaf=True),
  body="<p>슈가케인 공법으로 카페인을 제거했습니다.<br>로스팅: 미디엄</p>", cur="KRW")
P(L, "케냐 니에리 AA", [("200g", "21000", 200)], C(["KE"], "washed", "light"),
  body="<p>워시드 방식으로 가공된 케냐 커피. 약배전으로 밝은 산미를 살렸습니다.</p>", cur="KRW")
P(L, "브라질 세하도", [("200g", "14000", 200), ("1킬로", "52000", 1000)], C(["BR"], "pulped natural", "medium"),
  body="<p>• 국가: 브라질<br>• 프로세스: 펄프드 내추럴<br>• 배전도: 중배전</p>", cur="KRW")
P(L, "코스타리카 허니", [("200그램", "19000", 200)], C(["CR"], "honey", "medium-light"),
  body="<p>가공: 허니<br>로스팅: 미디엄 라이트</p>", cur="KRW")
P(L, "인도네시아 만델링", [("200g", "15000", 200)], C(["ID"], "wet-hulled", "dark"),
  body="<p>가공방식: 웻헐드 (길링 바사)<br>로스팅: 다크</p>", cur="KRW")
P(L, "르완다 애너로빅 내추럴", [("100g", "17000", 100)], C(["RW"], "anaerobic natural", "light"),
  body="<p>로스팅: 라이트. 열대과일의 단맛.</p>", cur="KRW")
P(L, "코만단테 C40 핸드밀", [(DEFAULT, "390000", None)], N("equipment"), cur="KRW")
P(L, "기프트 카드", [("3만원", "30000", None), ("5만원", "50000", None)], N("gift card"), cur="KRW", opt="금액")
P(L, "원두 정기구독", [("2주마다", "18000", None), ("매월", "18000", None)], N("subscription"),
  body="<p>매달 새로운 스페셜티 원두를 보내드립니다. 200g.</p>", cur="KRW", opt="주기")

# ---------------------------------------------------------------------------------------------- Chinese (simplified)
L = "zh"
P(L, "埃塞俄比亚 古吉 日晒", [("200克", "98", 200), ("半磅（227g）", "108", 227)], C(["ET"], "natural", "light"),
  body="<p>产地：埃塞俄比亚<br>处理法：日晒<br>烘焙度：浅烘</p>", cur="CNY", opt="规格")
P(L, "哥伦比亚 慧兰", [("250g", "88", 250)], C(["CO"], "washed", "medium"),
  body=_table(("国家", "哥伦比亚"), ("处理方式", "水洗"), ("烘焙程度", "中烘焙")), cur="CNY")
P(L, "耶加雪菲 科契尔", [("200克", "108", 200)], C(["ET"], "washed", "light"),
  body="<p>处理法：水洗<br>烘焙度：浅度烘焙<br>品种：原生种</p>", cur="CNY")
P(L, "意式拼配", [("500g", "128", 500), ("1公斤", "238", 1000)], C(["BR", "CO"], None, "medium-dark", blend=True),
  body="<p>巴西与哥伦比亚拼配，中深烘焙，适合意式浓缩与奶咖。</p>", cur="CNY")
P(L, "低因 哥伦比亚", [("200克", "98", 200)], C(["CO"], None, "medium", decaf=True),
  body="<p>甘蔗脱因处理。<br>烘焙度：中烘</p>", cur="CNY")
P(L, "肯尼亚 涅里 AA", [("200克", "128", 200)], C(["KE"], "washed", "light"),
  body="<p>经典水洗处理的肯尼亚咖啡，浅烘焙呈现明亮的黑加仑酸质。</p>", cur="CNY")
P(L, "巴西 喜拉朵", [("250g", "68", 250)], C(["BR"], "pulped natural", "medium-dark"),
  body="<p>· 产地：巴西<br>· 处理法：半日晒（Pulped Natural）<br>· 烘焙度：中深</p>", cur="CNY")
P(L, "哥斯达黎加 塔拉珠 蜜处理", [("200克", "118", 200)], C(["CR"], "honey", "medium-light"),
  body="<p>烘焙度：中浅烘焙</p>", cur="CNY")
P(L, "印尼 曼特宁", [("200克", "88", 200)], C(["ID"], "wet-hulled", "dark"),
  body="<p>处理法：湿刨法<br>烘焙度：深烘</p>", cur="CNY")
P(L, "卢旺达 厌氧日晒", [("100克", "78", 100)], C(["RW"], "anaerobic natural", "light"),
  body="<p>烘焙度：浅烘。菠萝、朗姆酒的风味。</p>", cur="CNY")
P(L, "手冲壶 600ml", [(DEFAULT, "268", None)], N("equipment"), body="<p>不锈钢细口壶，控流稳定。</p>", cur="CNY")
P(L, "挂耳咖啡 10片装", [("10片", "59", None)], N("instant/sachet"), body="<p>每片10克，方便携带。</p>", cur="CNY")
P(L, "帆布袋", [(DEFAULT, "49", None)], N("merch"), body="<p>印有我们logo的帆布袋。</p>", cur="CNY")

# ---------------------------------------------------------------------------------------------- Chinese (traditional)
L = "zht"
P(L, "衣索比亞 古吉 日曬", [("半磅", "450", 227), ("1磅", "800", 454)], C(["ET"], "natural", "light"),
  body="<p>產地：衣索比亞<br>處理法：日曬<br>烘焙度：淺焙</p>", cur="TWD", opt="重量")
P(L, "哥倫比亞 薇拉", [("半磅", "420", 227)], C(["CO"], "washed", "medium"),
  body=_table(("國家", "哥倫比亞"), ("處理方式", "水洗"), ("烘焙度", "中焙")), cur="TWD")
P(L, "耶加雪菲 沃卡", [("半磅", "480", 227)], C(["ET"], "washed", "light"),
  body="<p>處理法：水洗<br>烘焙：淺烘焙<br>品種：原生種</p>", cur="TWD")
P(L, "招牌綜合豆", [("半磅", "350", 227), ("一磅", "600", 454)], C(["BR", "GT"], None, "medium-dark", blend=True),
  body="<p>以巴西與瓜地馬拉為基底的綜合配方，中深焙，適合義式與拿鐵。</p>", cur="TWD")
P(L, "低咖啡因 哥倫比亞", [("半磅", "420", 227)], C(["CO"], None, "medium", decaf=True),
  body="<p>瑞士水洗法脫咖啡因。<br>烘焙度：中焙</p>", cur="TWD")
P(L, "肯亞 涅里 AA", [("半磅", "520", 227)], C(["KE"], "washed", "light"),
  body="<p>經典肯亞水洗處理，淺焙帶出明亮的莓果酸質。</p>", cur="TWD")
P(L, "巴西 喜拉朵", [("200g", "300", 200), ("500公克", "650", 500)], C(["BR"], "pulped natural", "medium-dark"),
  body="<p>● 產地：巴西<br>● 處理法：半日曬<br>● 烘焙度：中深焙</p>", cur="TWD")
P(L, "哥斯大黎加 塔拉珠 蜜處理", [("半磅", "500", 227)], C(["CR"], "honey", "medium-light"),
  body="<p>烘焙度：中淺焙</p>", cur="TWD")
P(L, "印尼 曼特寧", [("半磅", "380", 227), ("1公斤", "1400", 1000)], C(["ID"], "wet-hulled", "dark"),
  body="<p>處理法：濕剝法<br>烘焙度：深焙</p>", cur="TWD")
P(L, "盧安達 厭氧日曬", [("100g", "400", 100)], C(["RW"], "anaerobic natural", "light"),
  body="<p>烘焙度：淺焙。鳳梨、蘭姆酒風味。</p>", cur="TWD")
P(L, "手沖細口壺", [(DEFAULT, "1680", None)], N("equipment"), body="<p>不鏽鋼材質，出水穩定。</p>", cur="TWD")
P(L, "濾掛咖啡 10入", [("10入", "350", None)], N("instant/sachet"), body="<p>每包10克，隨時隨地享受精品咖啡。</p>",
  cur="TWD")
P(L, "電子禮物卡", [("NT$1000", "1000", None)], N("gift card"), cur="TWD", opt="面額")
