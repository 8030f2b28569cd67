"""Hand-written products in 14 languages, the way roasters in those languages write them: labelled
lines (half- and full-width colons, 【】 brackets, tables), titles, prose; and the goods they also sell.

Each entry: (id, language, SourceProduct, expected). ``sizes``: (option value, price, expected grams).
Tasting notes and grinds are not labelled here (scored on the English corpus only).
"""
from __future__ import annotations

from coffee_scraper.items import SourceProduct, SourceVariant

def product_builder(into: list, id_prefix: str, variant_prefix: str = ""):
    """P(lang, name, sizes, exp, ...) appending (id, language, SourceProduct, expected) to ``into``, numbered
    per language: ids "<id_prefix>:<lang>:<n>", variant ids "<variant_prefix><lang><n><j>". The held-out sets
    (holdout.py, holdout2.py) build their products with it too."""
    counts: dict[str, int] = {}

    def P(lang, name, sizes, exp, *, body="", type=None, vendor=None, tags=(), cats=(), extra="", cur="EUR",
          opt="Size"):
        counts[lang] = counts.get(lang, 0) + 1
        i = counts[lang]
        vs, exp_vs = [], []
        for j, (value, price, grams) in enumerate(sizes):
            vid = f"{variant_prefix}{lang}{i:02d}{j}"
            options = [(opt, value)] if value is not None else []
            vs.append(SourceVariant(variant_id=vid, title=value, options=options, grams=0, price=price,
                                    currency=None, in_stock=True))
            exp_vs.append({"variant_id": vid, "weight_grams": grams, "price": price})
        src = SourceProduct(name=name, description_html=body, product_type=type, vendor=vendor, tags=list(tags),
                            categories=list(cats), extra_html=extra, default_currency=cur, variants=vs)
        e = dict(exp)
        if e["is_coffee"]:
            e["variants"] = exp_vs
        into.append((f"{id_prefix}:{lang}:{i:02d}", lang, src, e))

    return P


MULTILINGUAL: list = []
P = product_builder(MULTILINGUAL, "ml")


def C(origins=(), process=None, roast=None, blend=False, decaf=False):
    return {"is_coffee": True, "origin_countries": list(origins), "process": process, "roast_level": roast,
            "is_decaf": decaf, "is_blend": blend}


def N(reason):
    return {"is_coffee": False, "skip_reason": reason}


# ---------------------------------------------------------------------------------------------- French
L = "fr"
P(L, "Éthiopie Guji – Uraga", [("250g", "14.50", 250), ("1kg", "48.00", 1000)], C(["ET"], "natural", "light"),
  body="<p>Origine : Éthiopie<br>Région : Guji, Uraga<br>Procédé : Naturel<br>Torréfaction : claire<br>"
       "Variété : Heirloom<br>Altitude : 2100 m</p>", opt="Poids")
P(L, "Colombie Huila Finca El Mirador", [("250 grammes", "13.90", 250)], C(["CO"], "washed", "medium"),
  body="<ul><li>Pays : Colombie</li><li>Méthode de traitement : lavé</li><li>Degré de torréfaction : Moyenne</li></ul>",
  opt="Contenance")
P(L, "Kenya Nyeri AA", [("250 g", "16.00", 250), ("500 g", "30.00", 500)], C(["KE"], "washed", "light"),
  body="<p>Un café du Kenya, lavé puis séché sur lits africains. Torréfaction claire pour la méthode douce.</p>")
P(L, "Brésil Cerrado – Espresso", [("1 kg", "32.00", 1000)], C(["BR"], "natural", "medium-dark"),
  body="<table><tr><th>Pays</th><td>Brésil</td></tr><tr><th>Procédé</th><td>Nature</td></tr>"
       "<tr><th>Torréfaction</th><td>Moyenne foncée</td></tr></table>")
P(L, "Mélange Maison", [("250g", "11.00", 250), ("1kg", "38.00", 1000)], C(["BR", "ET"], None, "medium", blend=True),
  body="<p>Notre assemblage signature : Brésil et Éthiopie, torréfaction moyenne, idéal en espresso.</p>")
P(L, "Rwanda Nyamasheke – Honey", [("250g", "15.00", 250)], C(["RW"], "honey", "light"),
  body="<p>Origine: Rwanda · Process: Miel · Torréfaction: Claire</p>")
P(L, "Costa Rica Tarrazú Anaérobie", [("200 g", "18.00", 200)], C(["CR"], "anaerobic natural", "light"),
  body="<p>Procédé : Naturel anaérobie (fermentation 72 h)</p><p>Torréfaction : Légère</p>")
P(L, "Pérou Cajamarca Décaféiné", [("250g", "13.00", 250)], C(["PE"], None, "medium", decaf=True),
  body="<p>Décaféiné à l'eau (Swiss Water). Pays d'origine : Pérou. Torréfaction : moyenne.</p>")
P(L, "Guatemala Huehuetenango", [("250 gr", "14.00", 250), ("1 kilo", "46.00", 1000)], C(["GT"], "washed", "medium"),
  body="<p>Ce café guatémaltèque est lavé. Nous le torréfions de manière moyenne pour révéler le chocolat.</p>")
P(L, "Indonésie Sumatra Gayo", [("250g", "14.00", 250)], C(["ID"], "wet-hulled", "dark"),
  body="<p>Pays : Indonésie – Traitement : Semi-lavé (giling basah) – Torréfaction : Foncée</p>")
P(L, "Moulin à café manuel Comandante C40", [(None, "269.00", None)], N("equipment: grinder"), type="Accessoires")
P(L, "Carte cadeau", [("25 €", "25.00", None), ("50 €", "50.00", None)], N("gift card"))
P(L, "Tasse en grès – 20 cl", [(None, "18.00", None)], N("merch"), body="<p>Tasse artisanale émaillée.</p>")
P(L, "Fanion de la brûlerie", [(None, "12.00", None)], N("merch"), body="<p>Fanion en feutre, 30 cm.</p>")

# ---------------------------------------------------------------------------------------------- German
L = "de"
P(L, "Äthiopien Yirgacheffe – Filter", [("250g", "13.90", 250), ("1kg", "45.00", 1000)], C(["ET"], "washed", "light"),
  body="<p>Herkunft: Äthiopien<br>Region: Yirgacheffe<br>Aufbereitung: gewaschen<br>Röstgrad: hell</p>", opt="Größe")
P(L, "Kolumbien Huila Decaf", [("250 Gramm", "12.50", 250)], C(["CO"], None, "medium", decaf=True),
  body="<p>Entkoffeiniert mit Zuckerrohr (EA). Ursprungsland: Kolumbien. Röstung: Mittel.</p>", opt="Gewicht")
P(L, "Brasilien Mogiana Espresso", [("500 g", "16.90", 500), ("1000 g", "29.90", 1000)], C(["BR"], "natural", "dark"),
  body="<dl><dt>Herkunftsland</dt><dd>Brasilien</dd><dt>Aufbereitung</dt><dd>Natural</dd>"
       "<dt>Röstgrad</dt><dd>dunkel</dd></dl>", opt="Packungsgröße")
P(L, "Hausmischung Espresso", [("250g", "10.90", 250), ("1kg", "34.90", 1000)], C(["BR", "IN"], None, "medium-dark", blend=True),
  body="<p>Unsere Espresso-Mischung aus Brasilien und Indien, mittel bis dunkel geröstet.</p>")
P(L, "Kenia Kirinyaga AB", [("250 g", "15.90", 250)], C(["KE"], "washed", "light"),
  body="<p>Dieser Kaffee aus Kenia wurde nass aufbereitet und hell geröstet – ideal für Filterkaffee.</p>")
P(L, "Ruanda Huye Mountain", [("250g", "14.50", 250)], C(["RW"], "washed", "medium-light"),
  body="<ul><li>Land: Ruanda</li><li>Prozess: Gewaschen</li><li>Röstung: Mittelhell</li></ul>")
P(L, "Panama Boquete Geisha – anaerob", [("100g", "24.00", 100)], C(["PA"], "anaerobic natural", "light"),
  body="<p>Aufbereitung: Anaerobe Fermentation, natürlich getrocknet</p><p>Röstgrad: Hell</p>")
P(L, "Guatemala Antigua", [("250 g", "13.50", 250), ("1 kg", "44.00", 1000)], C(["GT"], "washed", "medium"),
  body="<p>Herkunft: Guatemala | Aufbereitung: Gewaschen | Röstung: Mittlere Röstung</p>")
P(L, "El Salvador Pacamara Honey", [("250g", "16.50", 250)], C(["SV"], "honey", "light"),
  body="<p>Honey-Aufbereitung, helle Röstung. Ein Kaffee aus El Salvador.</p>")
P(L, "Indien Monsooned Malabar", [("0,5 kg", "15.00", 500), ("1 kg", "28.00", 1000)], C(["IN"], "monsooned", "dark"),
  body="<p>Herkunft: Indien</p><p>Aufbereitung: Monsooned</p><p>Röstgrad: Dunkel</p>")
P(L, "Kaffeemühle Handmühle Timemore C3", [(None, "79.00", None)], N("equipment: grinder"), type="Zubehör")
P(L, "Geschenkgutschein", [("20 €", "20.00", None), ("50 €", "50.00", None)], N("gift card"), opt="Betrag")
P(L, "Espressotasse mit Untertasse", [(None, "14.00", None)], N("merch"), type="simple")
P(L, "Barista Grundkurs", [(None, "89.00", None)], N("workshop/event"), body="<p>3 Stunden in unserer Rösterei.</p>")

# --------------------------------------------------------------------------------------------- Spanish
L = "es"
P(L, "Colombia Nariño – La Esperanza", [("250 g", "12.00", 250), ("1 kg", "40.00", 1000)], C(["CO"], "washed", "medium-light"),
  body="<p>Origen: Colombia<br>Región: Nariño<br>Proceso: Lavado<br>Tueste: Medio claro<br>Variedad: Caturra</p>",
  opt="Peso")
P(L, "Etiopía Sidamo Natural", [("250 gramos", "13.50", 250)], C(["ET"], "natural", "light"),
  body="<p>País: Etiopía · Beneficio: Natural · Tueste: Claro</p>", opt="Tamaño")
P(L, "Brasil Sul de Minas", [("500 g", "14.00", 500), ("1 kilo", "26.00", 1000)], C(["BR"], "pulped natural", "medium"),
  body="<p>Proceso: Natural despulpado.</p><p>Nivel de tueste: medio.</p>")
P(L, "Mezcla Espresso Clásico", [("1 kg", "24.00", 1000)], C(["BR", "CO"], None, "dark", blend=True),
  body="<p>Nuestra mezcla de Brasil y Colombia, de tueste oscuro, pensada para espresso con leche.</p>")
P(L, "Honduras Marcala Honey", [("250g", "13.00", 250)], C(["HN"], "honey", "light"),
  body="<p>Café de Honduras con proceso honey (miel). Tostado claro para filtro.</p>")
P(L, "Guatemala Acatenango", [("250 g", "13.00", 250)], C(["GT"], "washed", "medium"),
  body="<table><tr><td>Origen</td><td>Guatemala</td></tr><tr><td>Proceso</td><td>Lavado</td></tr>"
       "<tr><td>Tostión</td><td>Media</td></tr></table>")
P(L, "Perú Cajamarca Descafeinado", [("250 g", "12.50", 250)], C(["PE"], None, "medium", decaf=True),
  body="<p>Descafeinado por el método Swiss Water. Origen: Perú. Tueste: Medio.</p>")
P(L, "Costa Rica Tarrazú – Anaeróbico", [("200 g", "17.00", 200)], C(["CR"], "anaerobic washed", "light"),
  body="<p>Proceso: Lavado anaeróbico<br>Tueste: Claro</p>")
P(L, "México Chiapas Orgánico", [("340 g", "220.00", 340), ("1 kg", "560.00", 1000)], C(["MX"], "washed", "dark"),
  body="<p>Café mexicano de altura, lavado y secado al sol. Tueste oscuro.</p>", cur="MXN")
P(L, "Kenia AA Gatomboya", [("250g", "16.00", 250)], C(["KE"], "washed", "light"),
  body="<p>País de origen: Kenia | Proceso: Lavado | Tueste: Ligero</p>")
P(L, "Molinillo manual de café", [(None, "59.00", None)], N("equipment: grinder"))
P(L, "Taza de cerámica", [(None, "15.00", None)], N("merch"), type="simple")
P(L, "Suscripción mensual de café", [("3 meses", "45.00", None)], N("subscription"), opt="Duración")
P(L, "Filtros de papel V60 (100 uds)", [(None, "6.50", None)], N("equipment: filters"))

# --------------------------------------------------------------------------------------------- Italian
L = "it"
P(L, "Etiopia Guji Hambela", [("250g", "14.00", 250), ("1kg", "46.00", 1000)], C(["ET"], "natural", "light"),
  body="<p>Origine: Etiopia<br>Regione: Guji<br>Lavorazione: Naturale<br>Tostatura: Chiara</p>", opt="Peso")
P(L, "Miscela Bar Napoli", [("1 kg", "22.00", 1000)], C(["BR", "IN"], None, "dark", blend=True),
  body="<p>Miscela di Arabica del Brasile e Robusta dell'India. Tostatura scura all'italiana.</p>")
P(L, "Colombia Huila Monorigine", [("250 grammi", "13.00", 250)], C(["CO"], "washed", "medium"),
  body="<p>Paese: Colombia · Processo: Lavato · Tostatura: Media</p>", opt="Formato")
P(L, "Kenya Nyeri Peaberry", [("250g", "16.50", 250)], C(["KE"], "washed", "medium-light"),
  body="<p>Un caffè lavato del Kenya, tostatura medio chiara per filtro e espresso.</p>")
P(L, "Brasile Cerrado Mineiro", [("500 g", "15.00", 500), ("1 kg", "27.00", 1000)], C(["BR"], "natural", "medium-dark"),
  body="<p>Provenienza: Brasile<br>Processo: Naturale<br>Grado di tostatura: Medio scura</p>")
P(L, "Guatemala Antigua Decaffeinato", [("250 g", "13.50", 250)], C(["GT"], None, "medium", decaf=True),
  body="<p>Decaffeinato con metodo Swiss Water. Origine: Guatemala. Tostatura: Media.</p>")
P(L, "Costa Rica Honey Las Lajas", [("250 g", "17.00", 250)], C(["CR"], "honey", "light"),
  body="<p>Lavorazione: Honey<br>Tostatura: Chiara</p>")
P(L, "Ruanda Nyamagabe", [("250g", "14.50", 250)], C(["RW"], "washed", "light"),
  body="<table><tr><td>Paese</td><td>Ruanda</td></tr><tr><td>Lavorazione</td><td>Lavato</td></tr>"
       "<tr><td>Tostatura</td><td>Chiara</td></tr></table>")
P(L, "Panama Geisha Anaerobico", [("100g", "25.00", 100)], C(["PA"], "anaerobic natural", "light"),
  body="<p>Processo: Naturale anaerobico. Tostatura chiara.</p>")
P(L, "India Monsooned Malabar", [("250g", "11.00", 250)], C(["IN"], "monsooned", "dark"),
  body="<p>Origine: India – Lavorazione: Monsooned – Tostatura: Scura</p>")
P(L, "Moka Express Bialetti 3 tazze", [(None, "32.00", None)], N("equipment: brewer"))
P(L, "Capsule compatibili Nespresso – Intenso", [("10 capsule", "4.50", None)], N("instant/sachet"))
P(L, "Tazzina da espresso", [(None, "9.00", None)], N("merch"))
P(L, "Buono regalo", [("30 €", "30.00", None)], N("gift card"))

# ----------------------------------------------------------------------------------------------- Dutch
L = "nl"
P(L, "Ethiopië Guji Natural", [("250 gram", "12.95", 250), ("1 kilo", "42.00", 1000)], C(["ET"], "natural", "light"),
  body="<p>Herkomst: Ethiopië<br>Verwerking: Natuurlijk<br>Branding: Licht</p>", opt="Gewicht")
P(L, "Colombia Huila – Finca La Palma", [("250g", "13.50", 250)], C(["CO"], "washed", "medium"),
  body="<p>Land: Colombia · Proces: Gewassen · Branding: Medium</p>")
P(L, "Huismelange Espresso", [("1kg", "28.00", 1000)], C(["BR", "GT"], None, "medium-dark", blend=True),
  body="<p>Onze huismelange van koffie uit Brazilië en Guatemala, medium-donker gebrand.</p>")
P(L, "Kenia Kiambu AA", [("250 gr", "15.50", 250)], C(["KE"], "washed", "light"),
  body="<p>Deze Keniaanse koffie is gewassen en licht gebrand voor filter.</p>")
P(L, "Brazilië Mogiana", [("500g", "15.00", 500)], C(["BR"], "pulped natural", "dark"),
  body="<p>Verwerkingsmethode: Pulped natural</p><p>Brandingsgraad: donker</p>")
P(L, "Rwanda Gakenke Honey", [("250g", "14.95", 250)], C(["RW"], "honey", "medium-light"),
  body="<p>Oorsprong: Rwanda – Verwerking: Honing – Branding: Licht-medium</p>")
P(L, "Peru Cafeïnevrij", [("250 gram", "12.50", 250)], C(["PE"], None, "medium", decaf=True),
  body="<p>Cafeïnevrije koffie (Swiss Water) uit Peru. Branding: medium.</p>")
P(L, "Costa Rica Anaerobe Natural", [("200g", "17.50", 200)], C(["CR"], "anaerobic natural", "light"),
  body="<p>Verwerking: Anaerobe fermentatie, natuurlijk gedroogd<br>Branding: Licht</p>")
P(L, "Guatemala Huehuetenango", [("250g", "13.95", 250)], C(["GT"], "washed", "medium"),
  body="<table><tr><td>Herkomst</td><td>Guatemala</td></tr><tr><td>Verwerking</td><td>Gewassen</td></tr>"
       "<tr><td>Branding</td><td>Medium</td></tr></table>")
P(L, "Indonesië Sumatra Mandheling", [("250g", "13.50", 250)], C(["ID"], "wet-hulled", "dark"),
  body="<p>Land van herkomst: Indonesië<br>Verwerking: Semi-gewassen (giling basah)<br>Branding: Donker</p>")
P(L, "Koffiemolen Hario Skerton", [(None, "45.00", None)], N("equipment: grinder"))
P(L, "Cadeaubon", [("€ 25", "25.00", None)], N("gift card"))
P(L, "Mok 'Goedemorgen'", [(None, "12.50", None)], N("merch"))

# ------------------------------------------------------------------------------------------ Portuguese
L = "pt"
P(L, "Brasil Mantiqueira de Minas – Sítio Pinheirinho", [("250g", "49.90", 250), ("1kg", "169.00", 1000)],
  C(["BR"], "pulped natural", "medium"),
  body="<p>Origem: Brasil<br>Região: Mantiqueira de Minas<br>Processo: Cereja descascado<br>Torra: Média</p>",
  cur="BRL", opt="Peso")
P(L, "Café Especial Cerrado Natural", [("500 gramas", "69.90", 500)], C(["BR"], "natural", "medium-dark"),
  body="<p>Processo: Natural · Torra: Média escura · Variedade: Catuaí</p>", cur="BRL", opt="Tamanho")
P(L, "Etiópia Yirgacheffe", [("250 g", "12.00", 250)], C(["ET"], "washed", "light"),
  body="<p>Um café etíope lavado, de torra clara, com notas florais.</p>")
P(L, "Blend da Casa", [("1 kg", "119.00", 1000)], C(["BR"], None, "dark", blend=True),
  body="<p>Nosso blend para espresso, torra escura, 100% arábica brasileiro.</p>", cur="BRL")
P(L, "Quénia Nyeri AA", [("250g", "15.00", 250)], C(["KE"], "washed", "light"),
  body="<p>País de origem: Quénia<br>Processamento: Lavado<br>Torra: Clara</p>")
P(L, "Colômbia Huila Descafeinado", [("250g", "13.00", 250)], C(["CO"], None, "medium", decaf=True),
  body="<p>Descafeinado pelo método Swiss Water. Origem: Colômbia. Torra média.</p>")
P(L, "Brasil Fermentado Anaeróbico", [("250g", "59.90", 250)], C(["BR"], "anaerobic natural", "light"),
  body="<p>Processo: Natural anaeróbico (fermentação 96h)<br>Torra: Clara</p>", cur="BRL")
P(L, "Guatemala Huehuetenango", [("250g", "14.00", 250)], C(["GT"], "washed", "medium"),
  body="<table><tr><td>Origem</td><td>Guatemala</td></tr><tr><td>Processo</td><td>Lavado</td></tr>"
       "<tr><td>Torra</td><td>Média</td></tr></table>")
P(L, "Costa Rica Honey", [("250 g", "16.00", 250)], C(["CR"], "honey", "medium-light"),
  body="<p>Processo: Honey (mel) – Torra: Média clara</p>")
P(L, "Ruanda Nyamasheke", [("250g", "14.50", 250)], C(["RW"], "washed", "light"),
  body="<p>Café da Ruanda, processo lavado e torra clara.</p>")
P(L, "Moedor de café manual", [(None, "299.00", None)], N("equipment: grinder"), cur="BRL")
P(L, "Caneca de cerâmica", [(None, "59.00", None)], N("merch"), cur="BRL")
P(L, "Assinatura Clube do Café – 3 meses", [(None, "180.00", None)], N("subscription"), cur="BRL")

# ---------------------------------------------------------------------------------------------- Polish
L = "pl"
P(L, "Etiopia Yirgacheffe Konga", [("250g", "54.00", 250), ("1kg", "189.00", 1000)], C(["ET"], "washed", "light"),
  body="<p>Kraj: Etiopia<br>Region: Yirgacheffe<br>Obróbka: myta<br>Stopień palenia: jasne</p>", cur="PLN",
  opt="Waga")
P(L, "Kolumbia Huila – kawa ziarnista", [("250 g", "49.00", 250)], C(["CO"], "washed", "medium"),
  body="<p>Kawa z Kolumbii, obróbka mokra, palenie średnie.</p>", cur="PLN", opt="Gramatura")
P(L, "Brazylia Santos", [("1 kg", "119.00", 1000)], C(["BR"], "natural", "dark"),
  body="<ul><li>Pochodzenie: Brazylia</li><li>Proces: naturalna</li><li>Palenie: ciemne</li></ul>", cur="PLN")
P(L, "Mieszanka Espresso Klasyczna", [("1 kg", "99.00", 1000)], C(["BR", "IN"], None, "medium-dark", blend=True),
  body="<p>Nasza mieszanka kawy z Brazylii i Indii, średnio ciemne palenie.</p>", cur="PLN")
P(L, "Kenia Nyeri AA", [("250g", "62.00", 250)], C(["KE"], "washed", "light"),
  body="<p>Kraj pochodzenia: Kenia · Obróbka: Washed · Palenie: Jasne</p>", cur="PLN")
P(L, "Rwanda Huye – miodowa", [("250g", "58.00", 250)], C(["RW"], "honey", "light"),
  body="<p>Obróbka: miodowa (honey)<br>Stopień palenia: jasny</p>", cur="PLN")
P(L, "Gwatemala Antigua bezkofeinowa", [("250g", "52.00", 250)], C(["GT"], None, "medium", decaf=True),
  body="<p>Kawa bezkofeinowa (metoda Swiss Water) z Gwatemali. Palenie: średnie.</p>", cur="PLN")
P(L, "Kostaryka Tarrazú anaerobowa", [("200 g", "69.00", 200)], C(["CR"], "anaerobic natural", "light"),
  body="<p>Obróbka: naturalna, fermentacja beztlenowa<br>Palenie: jasne</p>", cur="PLN")
P(L, "Peru Cajamarca", [("250 g", "47.00", 250)], C(["PE"], "washed", "medium-light"),
  body="<table><tr><td>Kraj</td><td>Peru</td></tr><tr><td>Obróbka</td><td>Myta</td></tr>"
       "<tr><td>Palenie</td><td>Średnio jasne</td></tr></table>", cur="PLN")
P(L, "Indonezja Sumatra Gayo", [("250 g", "55.00", 250)], C(["ID"], "wet-hulled", "dark"),
  body="<p>Kraj: Indonezja<br>Obróbka: wet hulled (giling basah)<br>Palenie: ciemne</p>", cur="PLN")
P(L, "Młynek ręczny do kawy", [(None, "249.00", None)], N("equipment: grinder"), cur="PLN")
P(L, "Karta podarunkowa 100 zł", [(None, "100.00", None)], N("gift card"), cur="PLN")
P(L, "Kubek ceramiczny", [(None, "45.00", None)], N("merch"), cur="PLN")

# --------------------------------------------------------------------------------------------- Swedish
L = "sv"
P(L, "Etiopien Sidamo Bensa", [("250 g", "139.00", 250), ("1 kg", "449.00", 1000)], C(["ET"], "natural", "light"),
  body="<p>Ursprung: Etiopien<br>Process: Naturell<br>Rostning: Ljus</p>", cur="SEK", opt="Vikt")
P(L, "Colombia Huila", [("250g", "129.00", 250)], C(["CO"], "washed", "medium"),
  body="<p>Land: Colombia · Beredning: Tvättad · Rostning: Mellan</p>", cur="SEK")
P(L, "Husets Espressoblandning", [("1 kg", "349.00", 1000)], C(["BR", "CO"], None, "dark", blend=True),
  body="<p>Vår blandning av kaffe från Brasilien och Colombia, mörkrostad för espresso.</p>", cur="SEK")
P(L, "Kenya Kiambu AA", [("250 g", "159.00", 250)], C(["KE"], "washed", "light"),
  body="<p>Ett tvättat kaffe från Kenya, ljusrostat för bryggkaffe.</p>", cur="SEK")
P(L, "Brasilien Cerrado", [("500g", "179.00", 500)], C(["BR"], "pulped natural", "medium-dark"),
  body="<p>Beredning: Pulped natural<br>Rostningsgrad: Mellanmörk</p>", cur="SEK")
P(L, "Rwanda Huye Honey", [("250g", "149.00", 250)], C(["RW"], "honey", "light"),
  body="<p>Process: Honey · Rostning: Ljus · Land: Rwanda</p>", cur="SEK")
P(L, "Guatemala Koffeinfri", [("250g", "129.00", 250)], C(["GT"], None, "medium", decaf=True),
  body="<p>Koffeinfritt kaffe från Guatemala (Swiss Water). Rostning: mellan.</p>", cur="SEK")
P(L, "Costa Rica Anaerob Natural", [("200g", "189.00", 200)], C(["CR"], "anaerobic natural", "light"),
  body="<p>Process: Anaerob, naturell<br>Rostning: Ljus</p>", cur="SEK")
P(L, "Peru Cajamarca", [("250 g", "125.00", 250)], C(["PE"], "washed", "medium-light"),
  body="<table><tr><td>Ursprung</td><td>Peru</td></tr><tr><td>Process</td><td>Tvättad</td></tr>"
       "<tr><td>Rostning</td><td>Ljus-mellan</td></tr></table>", cur="SEK")
P(L, "Burundi Kayanza", [("250 g", "145.00", 250)], C(["BI"], "washed", "light"),
  body="<p>Ursprungsland: Burundi – Beredning: tvättad – Rostning: ljusrost</p>", cur="SEK")
P(L, "Kaffekvarn för hand", [(None, "899.00", None)], N("equipment: grinder"), cur="SEK")
P(L, "Presentkort", [("500 kr", "500.00", None)], N("gift card"), cur="SEK")
P(L, "Mugg i stengods", [(None, "199.00", None)], N("merch"), cur="SEK")

# ---------------------------------------------------------------------------------------------- Danish
L = "da"
P(L, "Etiopien Guji Natural", [("250 g", "95.00", 250), ("1 kg", "320.00", 1000)], C(["ET"], "natural", "light"),
  body="<p>Oprindelse: Etiopien<br>Proces: Natural<br>Ristning: Lys</p>", cur="DKK", opt="Vægt")
P(L, "Colombia Huila – Finca El Paraíso", [("250g", "99.00", 250)], C(["CO"], "washed", "medium"),
  body="<p>Land: Colombia · Forarbejdning: Vasket · Ristning: Medium</p>", cur="DKK")
P(L, "Husets blanding", [("1 kg", "260.00", 1000)], C(["BR", "ET"], None, "medium-dark", blend=True),
  body="<p>En blanding af kaffe fra Brasilien og Etiopien, medium-mørk ristet til espresso.</p>", cur="DKK")
P(L, "Kenya Nyeri AA", [("250 g", "119.00", 250)], C(["KE"], "washed", "light"),
  body="<p>Vasket kaffe fra Kenya, lyst ristet til filter.</p>", cur="DKK")
P(L, "Brasilien Mogiana", [("500g", "139.00", 500)], C(["BR"], "natural", "dark"),
  body="<p>Proces: Naturlig<br>Ristningsgrad: Mørk</p>", cur="DKK")
P(L, "Rwanda Gakenke Honey", [("250g", "109.00", 250)], C(["RW"], "honey", "medium-light"),
  body="<p>Oprindelse: Rwanda – Proces: Honey – Ristning: Lys-medium</p>", cur="DKK")
P(L, "Guatemala Koffeinfri", [("250g", "95.00", 250)], C(["GT"], None, "medium", decaf=True),
  body="<p>Koffeinfri kaffe fra Guatemala, Swiss Water. Ristning: medium.</p>", cur="DKK")
P(L, "Panama Anaerob Natural", [("100g", "149.00", 100)], C(["PA"], "anaerobic natural", "light"),
  body="<p>Proces: Anaerob natural<br>Ristning: Lys</p>", cur="DKK")
P(L, "Peru Cajamarca", [("250 g", "92.00", 250)], C(["PE"], "washed", "medium"),
  body="<table><tr><td>Land</td><td>Peru</td></tr><tr><td>Proces</td><td>Vasket</td></tr>"
       "<tr><td>Ristning</td><td>Mellemristet</td></tr></table>", cur="DKK")
P(L, "Burundi Ngozi", [("250 g", "105.00", 250)], C(["BI"], "washed", "light"),
  body="<p>Oprindelsesland: Burundi · Proces: vasket · Ristning: lys</p>", cur="DKK")
P(L, "Kaffekværn Comandante", [(None, "1899.00", None)], N("equipment: grinder"), cur="DKK")
P(L, "Gavekort", [("200 kr", "200.00", None)], N("gift card"), cur="DKK")
P(L, "Stempelkande 1 liter", [(None, "299.00", None)], N("equipment: brewer"), cur="DKK")

# ------------------------------------------------------------------------------------------- Norwegian
L = "no"
P(L, "Etiopia Yirgacheffe", [("250 g", "169.00", 250), ("1 kg", "549.00", 1000)], C(["ET"], "washed", "light"),
  body="<p>Opprinnelse: Etiopia<br>Prosess: Vasket<br>Brenning: Lys</p>", cur="NOK", opt="Vekt")
P(L, "Colombia Huila", [("250g", "159.00", 250)], C(["CO"], "washed", "medium"),
  body="<p>Land: Colombia · Prosessering: Vasket · Brenning: Middels</p>", cur="NOK")
P(L, "Husets Espressoblanding", [("1 kg", "429.00", 1000)], C(["BR", "GT"], None, "dark", blend=True),
  body="<p>Vår blanding av kaffe fra Brasil og Guatemala, mørkbrent for espresso.</p>", cur="NOK")
P(L, "Kenya Kirinyaga", [("250 g", "189.00", 250)], C(["KE"], "washed", "light"),
  body="<p>En vasket kaffe fra Kenya, lysbrent for filter.</p>", cur="NOK")
P(L, "Brasil Sul de Minas", [("500g", "229.00", 500)], C(["BR"], "natural", "medium-dark"),
  body="<p>Prosess: Naturlig<br>Brenningsgrad: Medium-mørk</p>", cur="NOK")
P(L, "Rwanda Nyamasheke Honey", [("250g", "179.00", 250)], C(["RW"], "honey", "light"),
  body="<p>Opprinnelse: Rwanda – Prosess: Honning – Brenning: Lys</p>", cur="NOK")
P(L, "Guatemala Koffeinfri", [("250g", "159.00", 250)], C(["GT"], None, "medium", decaf=True),
  body="<p>Koffeinfri kaffe fra Guatemala (Swiss Water). Brenning: middels.</p>", cur="NOK")
P(L, "Costa Rica Anaerob", [("200g", "219.00", 200)], C(["CR"], "anaerobic natural", "light"),
  body="<p>Prosess: Anaerob, naturlig tørket<br>Brenning: Lys</p>", cur="NOK")
P(L, "Peru Cajamarca", [("250 g", "155.00", 250)], C(["PE"], "washed", "medium-light"),
  body="<table><tr><td>Land</td><td>Peru</td></tr><tr><td>Prosess</td><td>Vasket</td></tr>"
       "<tr><td>Brenning</td><td>Lys-medium</td></tr></table>", cur="NOK")
P(L, "Burundi Kayanza", [("250 g", "175.00", 250)], C(["BI"], "washed", "light"),
  body="<p>Opprinnelsesland: Burundi · Prosess: vasket · Brenning: lys</p>", cur="NOK")
P(L, "Kaffekvern for hånd", [(None, "1299.00", None)], N("equipment: grinder"), cur="NOK")
P(L, "Gavekort", [("500 kr", "500.00", None)], N("gift card"), cur="NOK")
P(L, "Krus med logo", [(None, "249.00", None)], N("merch"), cur="NOK")

# -------------------------------------------------------------------------------------------- Japanese
L = "ja"
P(L, "エチオピア イルガチェフェ G1", [("200g", "1800", 200), ("500g", "4000", 500)], C(["ET"], "washed", "light"),
  body="<p>生産国：エチオピア<br>地域：イルガチェフェ<br>精製方法：ウォッシュト<br>焙煎度：浅煎り</p>", cur="JPY",
  opt="内容量")
P(L, "コロンビア ウィラ スプレモ", [("200g", "1600", 200)], C(["CO"], "washed", "medium"),
  body="<p>【生産国】コロンビア【精製】ウォッシュト【焙煎度】中煎り</p>", cur="JPY")
P(L, "ブラジル セラード ナチュラル", [("500g", "3200", 500)], C(["BR"], "natural", "medium-dark"),
  body="<table><tr><th>産地</th><td>ブラジル</td></tr><tr><th>精製方法</th><td>ナチュラル</td></tr>"
       "<tr><th>焙煎度</th><td>中深煎り</td></tr></table>", cur="JPY")
P(L, "深煎りブレンド「夜」", [("200g", "1500", 200)], C(["BR", "ID"], None, "dark", blend=True),
  body="<p>ブラジルとインドネシアをブレンドした深煎りのコーヒーです。</p>", cur="JPY")
P(L, "ケニア ニエリ AA", [("100g", "1200", 100), ("200g", "2200", 200)], C(["KE"], "washed", "light"),
  body="<p>ケニア産のウォッシュトプロセスのコーヒー豆を浅煎りに仕上げました。</p>", cur="JPY")
P(L, "グアテマラ アンティグア", [("200g", "1700", 200)], C(["GT"], "washed", "medium"),
  body="<p>■生産国：グアテマラ<br>■精製：水洗式<br>■焙煎：中煎り（シティロースト）</p>", cur="JPY")
P(L, "デカフェ コロンビア", [("200g", "1800", 200)], C(["CO"], None, "medium", decaf=True),
  body="<p>カフェインを99.9%除去したデカフェです。生産国：コロンビア　焙煎度：中煎り</p>", cur="JPY")
P(L, "コスタリカ ハニープロセス", [("200g", "2000", 200)], C(["CR"], "honey", "medium-light"),
  body="<p>生産国：コスタリカ<br>精製方法：ハニー<br>焙煎度：中浅煎り</p>", cur="JPY")
P(L, "パナマ ゲイシャ アナエロビック", [("100g", "3500", 100)], C(["PA"], "anaerobic natural", "light"),
  body="<p>精製：アナエロビック・ナチュラル　焙煎度：浅煎り</p>", cur="JPY")
P(L, "インドネシア マンデリン G1", [("200g", "1600", 200)], C(["ID"], "wet-hulled", "dark"),
  body="<p>生産国：インドネシア<br>精製方法：スマトラ式<br>焙煎度：深煎り</p>", cur="JPY")
P(L, "ハンドドリップ用 ドリッパー 02", [(None, "2200", None)], N("equipment: brewer"), cur="JPY")
P(L, "ドリップバッグ 10個セット", [(None, "1500", None)], N("instant/sachet"), cur="JPY")
P(L, "オリジナル マグカップ", [(None, "2500", None)], N("merch"), cur="JPY")
P(L, "コーヒー定期便（毎月お届け）", [(None, "3000", None)], N("subscription"), cur="JPY")

# ---------------------------------------------------------------------------------------------- Korean
L = "ko"
P(L, "에티오피아 예가체프 G1", [("200g", "18000", 200), ("500g", "40000", 500)], C(["ET"], "washed", "light"),
  body="<p>원산지: 에티오피아<br>가공방식: 워시드<br>로스팅: 라이트</p>", cur="KRW", opt="용량")
P(L, "콜롬비아 후일라 수프리모", [("200그램", "16000", 200)], C(["CO"], "washed", "medium"),
  body="<p>생산국 : 콜롬비아 / 가공 : 워시드 / 로스팅 포인트 : 미디엄</p>", cur="KRW")
P(L, "브라질 세하도 내추럴", [("1kg", "32000", 1000)], C(["BR"], "natural", "medium-dark"),
  body="<table><tr><td>원산지</td><td>브라질</td></tr><tr><td>가공방식</td><td>내추럴</td></tr>"
       "<tr><td>로스팅</td><td>미디엄 다크</td></tr></table>", cur="KRW")
P(L, "하우스 블렌드", [("500g", "22000", 500)], C(["BR", "CO"], None, "dark", blend=True),
  body="<p>브라질과 콜롬비아 원두를 블렌딩한 다크 로스팅 에스프레소 블렌드입니다.</p>", cur="KRW")
P(L, "케냐 니에리 AA", [("200g", "22000", 200)], C(["KE"], "washed", "light"),
  body="<p>케냐산 워시드 원두를 약배전으로 로스팅했습니다.</p>", cur="KRW")
P(L, "과테말라 안티구아", [("200g", "17000", 200)], C(["GT"], "washed", "medium"),
  body="<p>국가: 과테말라 · 가공방식: 워시드 · 배전도: 중배전</p>", cur="KRW")
P(L, "디카페인 콜롬비아", [("200g", "18000", 200)], C(["CO"], None, "medium", decaf=True),
  body="<p>디카페인 원두 (슈가케인 공법). 원산지: 콜롬비아. 로스팅: 미디엄</p>", cur="KRW")
P(L, "코스타리카 허니", [("200g", "21000", 200)], C(["CR"], "honey", "medium-light"),
  body="<p>원산지: 코스타리카<br>가공방식: 허니<br>로스팅: 미디엄 라이트</p>", cur="KRW")
P(L, "파나마 게이샤 무산소 내추럴", [("100g", "35000", 100)], C(["PA"], "anaerobic natural", "light"),
  body="<p>가공: 무산소 발효 내추럴 / 로스팅: 라이트</p>", cur="KRW")
P(L, "인도네시아 만델링", [("200g", "16000", 200)], C(["ID"], "wet-hulled", "dark"),
  body="<p>원산지: 인도네시아<br>가공방식: 웻헐링<br>로스팅: 다크</p>", cur="KRW")
P(L, "핸드드립 드리퍼", [(None, "15000", None)], N("equipment: brewer"), cur="KRW")
P(L, "로고 머그컵", [(None, "12000", None)], N("merch"), cur="KRW")
P(L, "드립백 커피 10개입", [(None, "15000", None)], N("instant/sachet"), cur="KRW")
P(L, "커피 정기구독", [("4주", "40000", None)], N("subscription"), cur="KRW", opt="주기")

# --------------------------------------------------------------------------------- Chinese, simplified
L = "zh"
P(L, "埃塞俄比亚 耶加雪菲 G1", [("227g", "88.00", 227), ("454g", "158.00", 454)], C(["ET"], "washed", "light"),
  body="<p>产地：埃塞俄比亚<br>产区：耶加雪菲<br>处理法：水洗<br>烘焙度：浅焙</p>", cur="CNY", opt="规格")
P(L, "哥伦比亚 慧兰 精品咖啡豆", [("250克", "78.00", 250)], C(["CO"], "washed", "medium"),
  body="<p>国家：哥伦比亚 处理方式：水洗 烘焙程度：中焙</p>", cur="CNY")
P(L, "巴西 喜拉朵 日晒", [("500g", "98.00", 500)], C(["BR"], "natural", "medium-dark"),
  body="<table><tr><td>产地</td><td>巴西</td></tr><tr><td>处理法</td><td>日晒</td></tr>"
       "<tr><td>烘焙度</td><td>中深焙</td></tr></table>", cur="CNY")
P(L, "意式拼配咖啡豆", [("1公斤", "168.00", 1000)], C(["BR", "ET"], None, "dark", blend=True),
  body="<p>巴西与埃塞俄比亚拼配，深度烘焙，适合意式浓缩。</p>", cur="CNY")
P(L, "云南 保山 小粒咖啡", [("250g", "58.00", 250)], C(["CN"], "washed", "medium"),
  body="<p>中国云南保山出产，水洗处理，中度烘焙。</p>", cur="CNY")
P(L, "肯尼亚 涅里 AA", [("227g", "108.00", 227)], C(["KE"], "washed", "light"),
  body="<p>【产地】肯尼亚【处理法】水洗【烘焙度】浅烘焙</p>", cur="CNY")
P(L, "低因 哥伦比亚", [("227g", "98.00", 227)], C(["CO"], None, "medium", decaf=True),
  body="<p>低因咖啡（甘蔗脱因）。产地：哥伦比亚。烘焙度：中焙</p>", cur="CNY")
P(L, "哥斯达黎加 红蜜处理", [("227g", "118.00", 227)], C(["CR"], "honey", "medium-light"),
  body="<p>产地：哥斯达黎加<br>处理法：红蜜<br>烘焙度：中浅焙</p>", cur="CNY")
P(L, "巴拿马 瑰夏 厌氧日晒", [("100g", "198.00", 100)], C(["PA"], "anaerobic natural", "light"),
  body="<p>处理法：厌氧日晒　烘焙度：浅焙</p>", cur="CNY")
P(L, "印尼 曼特宁 G1", [("227g", "78.00", 227)], C(["ID"], "wet-hulled", "dark"),
  body="<p>产地：印度尼西亚<br>处理法：湿刨法<br>烘焙度：深焙</p>", cur="CNY")
P(L, "手冲壶 不锈钢细口壶", [(None, "199.00", None)], N("equipment: kettle"), cur="CNY")
P(L, "挂耳咖啡 10片装", [(None, "59.00", None)], N("instant/sachet"), cur="CNY")
P(L, "品牌马克杯", [(None, "69.00", None)], N("merch"), cur="CNY")
P(L, "电动磨豆机", [(None, "399.00", None)], N("equipment: grinder"), cur="CNY")

# -------------------------------------------------------------------------------- Chinese, traditional
L = "zht"
P(L, "衣索比亞 耶加雪菲 水洗", [("半磅 227g", "450", 227), ("一磅 454g", "850", 454)], C(["ET"], "washed", "light"),
  body="<p>產地：衣索比亞<br>處理法：水洗<br>烘焙度：淺焙</p>", cur="TWD", opt="規格")
P(L, "哥倫比亞 薇拉 莊園", [("227公克", "420", 227)], C(["CO"], "washed", "medium"),
  body="<p>國家：哥倫比亞｜處理法：水洗｜烘焙度：中焙</p>", cur="TWD")
P(L, "巴西 日曬 喜拉朵", [("454g", "600", 454)], C(["BR"], "natural", "medium-dark"),
  body="<table><tr><td>產地</td><td>巴西</td></tr><tr><td>處理法</td><td>日曬</td></tr>"
       "<tr><td>烘焙度</td><td>中深焙</td></tr></table>", cur="TWD")
P(L, "綜合豆 招牌配方", [("454g", "550", 454)], C(["BR", "GT"], None, "dark", blend=True),
  body="<p>巴西與瓜地馬拉綜合，深焙，適合義式咖啡。</p>", cur="TWD")
P(L, "肯亞 涅里 AA", [("227g", "520", 227)], C(["KE"], "washed", "light"),
  body="<p>【產地】肯亞【處理法】水洗【烘焙度】淺烘焙</p>", cur="TWD")
P(L, "瓜地馬拉 安提瓜", [("227g", "420", 227)], C(["GT"], "washed", "medium"),
  body="<p>產地：瓜地馬拉 處理法：水洗 烘焙度：中烘焙</p>", cur="TWD")
P(L, "低咖啡因 哥倫比亞", [("227g", "450", 227)], C(["CO"], None, "medium", decaf=True),
  body="<p>低因咖啡（瑞士水處理）。產地：哥倫比亞。烘焙度：中焙</p>", cur="TWD")
P(L, "哥斯大黎加 黑蜜處理", [("227g", "550", 227)], C(["CR"], "honey", "medium-light"),
  body="<p>產地：哥斯大黎加<br>處理法：黑蜜<br>烘焙度：中淺焙</p>", cur="TWD")
P(L, "巴拿馬 藝伎 厭氧日曬", [("100g", "990", 100)], C(["PA"], "anaerobic natural", "light"),
  body="<p>處理法：厭氧日曬　烘焙度：淺焙</p>", cur="TWD")
P(L, "印尼 曼特寧 黃金", [("227g", "420", 227)], C(["ID"], "wet-hulled", "dark"),
  body="<p>產地：印尼<br>處理法：濕刨法<br>烘焙度：深焙</p>", cur="TWD")
P(L, "手沖壺 600ml", [(None, "1200", None)], N("equipment: kettle"), cur="TWD")
P(L, "濾掛咖啡 10入", [(None, "350", None)], N("instant/sachet"), cur="TWD")
P(L, "陶瓷馬克杯", [(None, "480", None)], N("merch"), cur="TWD")
P(L, "電子禮品卡", [("1000元", "1000", None)], N("gift card"), cur="TWD")

# ------------------------------------------------------------------- English: unseen-shop classes (issue 14)
L = "en"
P(L, "Felt Pennant", [(None, "25.00", None)], N("merch"), body="<p>Hang it in your kitchen. Made in Portland.</p>",
  type="simple", cur="USD")
P(L, "The Coffee Roaster's Companion (book)", [(None, "35.00", None)], N("merch"), cur="USD")
P(L, "Limited Art Print – 'Morning'", [(None, "40.00", None)], N("merch"), cur="USD",
  body="<p>Giclée print on archival paper, signed by the artist.</p>")
P(L, "Sticker Pack", [(None, "5.00", None)], N("merch"), cur="USD", type="variable")
P(L, "Good Morning", [(None, "30.00", None)], N("not coffee: no coffee evidence"), cur="USD", type="simple",
  body="<p>A limited edition screen print by our friend Ana. 30 x 40 cm.</p>")
P(L, "Nightjar", [("12 oz", "18.00", 340)], C([], None, "dark", blend=True), cur="USD", type="variable",
  body="<p>Our espresso blend for milk drinks: a rotating two-part blend, roasted dark.</p>")
P(L, "PROMO_0814_240g Daybreak", [(None, "12.00", 240)], C(["CO"], "washed", "medium"), cur="USD", type="simple",
  body="<p>A washed coffee from Colombia, medium roast.</p>")
P(L, "Yirgacheffe Kochere", [("12oz", "19.00", 340)], C(["ET"], "washed", "light"), cur="USD",
  body="<p>Process: Washed</p><p>Roast: Light</p>")
P(L, "Boquete Estate Reserve", [("8oz", "28.00", 227)], C(["PA"], "natural", "light"), cur="USD",
  body="<p>Process: Natural · Roast: Light</p>")
P(L, "Nyeri Gatomboya AA", [("250g", "21.00", 250)], C(["KE"], "washed", "light"), cur="USD",
  body="<p>Process: Washed<br>Roast level: Light</p>")
P(L, "Huila Las Flores", [("340g", "18.00", 340)], C(["CO"], "honey", "medium"), cur="USD",
  body="<p>Process: Red Honey<br>Roast: Medium</p>")
