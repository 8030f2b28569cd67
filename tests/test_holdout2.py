"""Accuracy on the second held-out multilingual set (tests/corpus/holdout2.py), per language, against the
issue-14 targets. Written apart from the vocabularies and from holdout.py; never part of labelled.jsonl.

    .venv/bin/python -m pytest -q tests/test_holdout2.py -s     # prints the per-language table
"""
from __future__ import annotations

import pytest

from tests.heldout_checks import LANGS, heldout_checks

from holdout2 import HOLDOUT2  # noqa: E402  (tests/corpus on the path: heldout_checks)

# Misses whose cause is not fixed yet, left out of the targets and pinned by test_known_misses (strict
# xfail: it fails once they are fixed, so that this list shrinks).
KNOWN_MISSES = {
    # English "Dark Chocolate Coffee Bar": the goods word is "bar", which names coffees too ("Espresso Bar").
    "h2:en:10",
    # English prose: "a blend of Ethiopian and Brazilian coffees" names no country (the adjectives of the
    # English rules are not read in blends), and "(60/40). Roast: medium-dark." is a label inside a line.
    "h2:en:12",
    # A blend whose prose gives one component's process ("Brasil natural e India"): the blend rule takes
    # a single process it reads as the blend's.
    "h2:es:14",
    # Polish "Brazylia i Indie": CLDR's "Indie" is left out of every language's names (English "indie").
    "h2:pl:34",
}


entries, test_report, test_language_meets_targets, test_language_decaf_and_blend, test_known_misses = \
    heldout_checks("holdout2", KNOWN_MISSES)


def test_holdout2_shape():
    assert {lang for _, lang, _, _ in HOLDOUT2} == set(LANGS)
    for code in LANGS:
        found = entries(code)
        assert len(found) >= 8, code
        assert any(not e["expected"]["is_coffee"] for e in found), code
        assert any(e["expected"].get("is_decaf") for e in found), code
        assert any(e["expected"].get("is_blend") for e in found), code



# ---- causes the held-out products found, pinned where they were fixed ------------------------------
def _normalize(name, body="", sizes=("250 g",), opt="Size"):
    from coffee_scraper.items import SourceProduct, SourceVariant
    from coffee_scraper.normalize import normalize_product

    vs = [SourceVariant(variant_id=str(i), title=s, options=[(opt, s)], grams=0, price="10.00", currency=None,
                        in_stock=True) for i, s in enumerate(sizes)]
    return normalize_product(SourceProduct(name=name, description_html=body, variants=vs, default_currency="EUR"))


@pytest.mark.parametrize("title,coffee", [
    ("Chocolat noir au café – 70 %", False), ("Cioccolato fondente al caffè", False), ("Licor de café 70 cl", False),
    ("Czekolada z kawą", False), ("Chokladkaka med kaffe", False), ("Kaffee-Schokolade Zartbitter", False),
    ("Koffiebonen in chocolade", False), ("コーヒーチョコレート", False), ("커피 초콜릿", False), ("咖啡巧克力", False),
    ("Coffee Liqueur", False), ("Kaffelikør", False), ("咖啡利口酒", False), ("Bombones de chocolate con café", False),
    ("Kenia – Kaffee mit Schokoladennoten", True), ("Caffè Brasile al cioccolato", True),
    ("Brasil – Schokolade & Nuss", True), ("ミルクチョコレート ブレンド", True), ("咖啡豆 巧克力风味", True),
    ("원두 초콜릿 향", True), ("咖啡巧克力 100g", False), ("Coffee Liqueur 500ml", False)])
def test_food_or_liqueur_made_with_coffee_is_no_coffee(title, coffee):
    """The food word is what is sold when the coffee word is joined before it (a compound, CJK) or follows it
    behind a linking word; a coffee named for its taste keeps the coffee word first."""
    assert _normalize(title, "<p>Origine: Brasil</p>").is_coffee is coffee


@pytest.mark.parametrize("title", ["Café frío en lata (cold brew)", "Café gelado – Cold Brew 269 ml", "冷萃咖啡 瓶裝 6入",
                                   "Kawa w kapsułkach (10 szt.)", "Drip bagi Etiopia – 10 szt."])
def test_ready_to_drink_and_capsules(title):
    assert not _normalize(title, sizes=("1",)).is_coffee


@pytest.mark.parametrize("body,process,roast", [
    ("<table><tr><td>Behandling</td><td>Natural</td></tr><tr><td>Ristegrad</td><td>Mellemmørk</td></tr></table>",
     "natural", "medium-dark"),
    ("<table><tr><td>Brennegrad</td><td>Middels mørk</td></tr></table>", None, "medium-dark")])
def test_a_spec_table_row_label_is_a_process_or_roast_context(body, process, roast):
    """A table row flattens to "Ristegrad Mellemmørk" (no colon): the label key is the roasting word."""
    n = _normalize("Brasilien Sul de Minas", body)
    assert (n.process, n.roast_level) == (process, roast)


def test_anaerobic_title_takes_the_base_from_the_text():
    n = _normalize("Café Fermentado – Brasil Anaeróbico", "<p>Fermentação anaeróbica, processo natural.</p>")
    assert n.process == "anaerobic natural"


@pytest.mark.parametrize("title,roast", [("Colombia Huila – Mellanmörk", "medium-dark"), ("Kenia – mittel-dunkel", "medium-dark"),
                                         ("Brasil – dunkel", None), ("Colombie – moyenne claire", "medium-light")])
def test_a_level_between_two_names_a_roast_on_its_own(title, roast):
    """"dunkel" alone may be chocolate; "Mellanmörk" is only ever a roast."""
    assert _normalize(title).roast_level == roast


@pytest.mark.parametrize("body,codes", [("<p>Łączy Brazylię i Gwatemalę.</p>", ["BR", "GT"]),
                                        ("<p>Mieszanka z Kenii i Rwandy.</p>", ["KE", "RW"]),
                                        ("<p>Kawa z Etiopią w tle.</p>", ["ET"])])
def test_polish_country_cases(body, codes):
    assert sorted(_normalize("Zima", body).origin_countries) == sorted(codes)


@pytest.mark.parametrize("body,grams", [("<p>中煎り。内容量 200g</p>", 200), ("<p>미디엄 로스팅. 용량 200그램</p>", 200),
                                        ("<p>中烘焙。净含量 250克</p>", 250), ("<p>Poids net 250 g.</p>", 250)])
def test_a_weight_label_before_a_single_bag_size(body, grams):
    from coffee_scraper.items import SourceProduct, SourceVariant
    from coffee_scraper.normalize import normalize_product

    n = normalize_product(SourceProduct(name="Peru", description_html=body, default_currency="EUR", variants=[
        SourceVariant(variant_id="1", title="Default Title", options=[("Title", "Default Title")], price="10.00")]))
    assert n.variants[0]["weight_grams"] == grams


@pytest.mark.parametrize("title,coffee", [("Mélange Moka – pour cafetière italienne", True),
                                          ("Mokka-Mischung für die Bialetti", True), ("Blend for Moka Pot", True),
                                          ("Koffie voor de french press", True), ("Kaffee gemahlen für French Press", True),
                                          ("Cafetière à piston 1 L", False), ("Bialetti Moka Express", False),
                                          ("Filters for V60", False), ("Coffee Filters for V60", False),
                                          ("Coffee Server for Chemex", False)])
def test_a_blend_for_a_machine_is_a_coffee(title, coffee):
    assert _normalize(title, "<p>Brasil</p>").is_coffee is coffee


@pytest.mark.parametrize("title,code", [("콩고민주공화국 키부", "CD"), ("콩고 민주공화국", "CD"),
                                        ("Kawa z Demokratycznej Republiki Konga", "CD"), ("DR Konga – Kivu", "CD")])
def test_congo_as_shops_write_it(title, code):
    """CLDR spaces "콩고 민주 공화국"; shops write it unspaced. Polish "Konga" is the genitive."""
    assert _normalize(title).origin_countries == [code]


def test_korean_carbonic_maceration_spelling():
    assert _normalize("콜롬비아", "<p>가공방식: 카보닉 매서레이션</p>").process == "carbonic maceration"


@pytest.mark.parametrize("title", ["Chicchi decaffeinati – Perù", "Bezkofeinowe ziarna kawy – Peru",
                                   "Colombia – descafeinadas", "Entkoffeinierten Kaffee"])
def test_decaf_words_agree_as_the_title_needs(title):
    assert _normalize(title).is_decaf


@pytest.mark.parametrize("title", ["Kaffeedose für 250 g Bohnen", "Boîte hermétique pour 500 g de café",
                                   "Bote para café 250 g", "Voorraadpot voor 250 g koffie", "Kaffeburk för 250 g",
                                   "Kaffedåse til 250 g", "Kaffeboks for 250 g", "원두 보관통 250g", "エスプレッソカップ",
                                   "에스프레소 잔"])
def test_a_canister_for_coffee_is_no_coffee(title):
    """The size a canister holds is no bag size; the four-letter "Dose", "burk", "dåse", "boks" are too short to be
    compound heads, so the compounds are listed."""
    assert not _normalize(title, sizes=("1",)).is_coffee


@pytest.mark.parametrize("body,process", [("<p>Beneficio húmedo.</p>", "washed"), ("<p>Lavorazione a umido.</p>", "washed"),
                                          ("<p>Honungsprocess.</p>", "honey"), ("<p>Honningproces.</p>", "honey"),
                                          ("<p>Honningprosess.</p>", "honey"), ("<p>Notas de miel y caramelo.</p>", None)])
def test_process_phrases_in_prose(body, process):
    """A honey-process compound carries its process word; a bare "miel" is a taste."""
    assert _normalize("Finca La Esperanza", body).process == process


@pytest.mark.parametrize("body,roast", [("<p>Torréfaction légère à moyenne.</p>", "medium-light"),
                                        ("<p>Mittlere bis dunkle Röstung.</p>", "medium-dark"),
                                        ("<p>Jasno do średnio palona.</p>", "medium-light"), ("<p>Hell geröstet.</p>", "light")])
def test_a_roast_range_in_prose(body, roast):
    assert _normalize("Finca La Esperanza", body).roast_level == roast


@pytest.mark.parametrize("body", [
    "<p>Comme notre Kenya du mois dernier, ce café vient de Colombie. Lavé.</p>",
    "<p>Wie unser Kenia vom letzten Monat kommt dieser Kaffee aus Kolumbien. Gewaschen.</p>",
    "<p>Como nuestro Kenia del mes pasado, este café viene de Colombia. Lavado.</p>",
    "<p>Come il nostro Kenya, questo caffè della Colombia è lavato.</p>",
    "<p>Net als onze Ethiopië komt deze koffie uit Colombia. Gewassen.</p>",
    "<p>Podobnie jak nasza Etiopia, ta kawa z Kolumbii jest myta.</p>",
    "<p>Precis som vår Etiopien kommer detta kaffe från Colombia. Tvättat.</p>",
    "<p>Like our Ethiopia, this Colombia is washed.</p>"])
def test_another_of_the_shops_coffees_named_in_prose_is_an_aside(body):
    """A farm-name title; the prose compares the lot with "notre Kenya": one origin, no blend."""
    n = _normalize("Finca La Esperanza", body)
    assert (n.origin_countries, n.is_blend, n.process) == (["CO"], False, "washed")


def test_only_our_coffees_named_stay_a_list():
    assert _normalize("Finca La Esperanza", "<p>Notre Éthiopie et notre Kenya.</p>").origin_countries == ["ET", "KE"]


@pytest.mark.parametrize("body,blend", [
    ("<p>En tasse, un mélange de fruits rouges et de chocolat.</p>", False),
    ("<p>Im Geschmack eine Mischung aus Schokolade und roten Beeren.</p>", False),
    ("<p>I koppen en blandning av röda bär och choklad.</p>", False),
    ("<p>赤い果実とチョコレートがブレンドされたような味わい。</p>", False),
    ("<p>Un assemblage de deux origines : un Brésil et un Honduras.</p>", True),
    ("<p>Notre assemblage signature, torréfaction moyenne.</p>", True),
    ("<p>Eine Mischung aus Arabica und Robusta.</p>", True)])
def test_a_blend_noun_in_prose_names_coffees(body, blend):
    """A taste described as a mixture is no blend: the blend noun counts next to a country or coffee word,
    or after "our"."""
    assert _normalize("Finca La Esperanza", body).is_blend is blend


@pytest.mark.parametrize("text,grams", [("1 000 g", 1000), ("1\u00a0000 g", 1000), ("1\u202f000 g", 1000),
                                        ("2 × 1 000 g", 2000), ("2 x 250 g", 500), ("1 pond", 500), ("½ pond", 250)])
def test_thousands_grouped_by_a_space_and_the_dutch_pound(text, grams):
    from coffee_scraper.normalize.weight import parse_weight_grams

    assert parse_weight_grams(text) == grams


@pytest.mark.parametrize("title", ["Weihnachtsbox", "Cata de café", "Kaffekurs", "咖啡品鉴会"])
def test_boxes_tastings_and_courses(title):
    assert not _normalize(title, "<p>Brasil, Etiopía, Colombia.</p>").is_coffee


@pytest.mark.parametrize("title,coffee", [("Presse française 1 L", False), ("Porte-filtre", False), ("Montalatte", False),
                                          ("Spieniacz do mleka", False), ("Mjölkskummare", False), ("奶泡器", False),
                                          ("우유 거품기", False), ("Espresso para portafiltro – Brasil", True)])
def test_milk_frothers_and_portafilters(title, coffee):
    assert _normalize(title, "<p>Brasil</p>").is_coffee is coffee


@pytest.mark.parametrize("title", ["Sac en toile", "Pegatinas", "Borsa in tela", "Moletom com capuz", "Naklejki",
                                   "Klistermärken", "パーカー", "후드티", "连帽衫"])
def test_merch_words(title):
    assert not _normalize(title, "<p>Brasil</p>").is_coffee


def test_a_brewing_word_is_no_process_context():
    """"Préparation" keys a process line, but in prose it is the brewing: "douceur naturelle" is a taste."""
    assert _normalize("Finca", "<p>Une douceur naturelle, parfaite pour la préparation en V60.</p>").process is None
    assert _normalize("Finca", "<p>Préparation : nature</p>").process == "natural"


@pytest.mark.parametrize("body,codes", [
    ("<p>After last month's Kenya, this one comes from Colombia.</p>", ["CO"]),
    ("<p>Comme le Kenya du mois dernier, ce café vient de Colombie.</p>", ["CO"]),
    ("<p>Wie der Kenia im Frühling kommt dieser Kaffee aus Kolumbien.</p>", ["CO"]),
    ("<p>Coffees from Ethiopia, Colombia and Brazil.</p>", ["ET", "CO", "BR"]),
    ("<p>Café de Colombia y Brasil.</p>", ["CO", "BR"]),
    ("<p>Un café d'Éthiopie et du Kenya.</p>", ["ET", "KE"])])
def test_the_country_a_lot_comes_from_among_others_in_a_sentence(body, codes):
    """One name after "from" ("aus", "de"), the others after neither "from" nor a list word: that one."""
    assert _normalize("Finca La Esperanza", body).origin_countries == codes
