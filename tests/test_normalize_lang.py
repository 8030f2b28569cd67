"""Multilingual rules (issue 14): label keys, process and roast words, sizes, goods and countries in
14 languages, and the general fixes for shops nobody here has seen. Each case is one a shop writes."""
from __future__ import annotations

import pytest

from coffee_scraper.items import SourceProduct, SourceVariant
from coffee_scraper.normalize import normalize_product
from coffee_scraper.normalize.process import parse_process
from coffee_scraper.normalize.roast import parse_roast
from coffee_scraper.normalize.text import extract_labels, html_to_text
from coffee_scraper.normalize.weight import parse_weight_grams


def product(name, body="", size="250g", type=None, cats=(), option="Size"):
    variants = [SourceVariant(variant_id="1", title=size, options=[(option, size)] if size else [], price="12.00")]
    return normalize_product(SourceProduct(name=name, description_html=body, product_type=type, categories=list(cats),
                                           default_currency="EUR", variants=variants))


@pytest.mark.parametrize("line,want", [
    ("Procédé : Naturel, Torréfaction : claire", [("process", "Naturel"), ("roast", "claire")]),
    ("Aufbereitung: gewaschen, Röstgrad: hell", [("process", "gewaschen"), ("roast", "hell")]),
    ("精製方法：ウォッシュト 焙煎度：浅煎り", [("process", "ウォッシュト"), ("roast", "浅煎り")]),
    ("가공방식: 워시드", [("process", "워시드")]),
    ("【産地】エチオピア【精製】ナチュラル", [("origin", "エチオピア"), ("process", "ナチュラル")]),
    ("國家：衣索比亞｜處理法：日曬", [("origin", "衣索比亞"), ("process", "日曬")]),
    ("産地 エチオピア", [("origin", "エチオピア")]),  # a flattened table row
    ("Obróbka: myta · Stopień palenia: jasne", [("process", "myta ·"), ("roast", "jasne")]),
])
def test_label_keys_in_every_script(line, want):
    assert extract_labels(line) == want


def test_a_definition_list_is_labelled_lines():
    assert extract_labels(html_to_text("<dl><dt>Herkunft</dt><dd>Brasilien</dd><dt>Röstgrad</dt><dd>dunkel</dd></dl>")) \
        == [("origin", "Brasilien"), ("roast", "dunkel")]


@pytest.mark.parametrize("value,want", [
    ("lavé", "washed"), ("Lave", "washed"), ("gewaschen", "washed"), ("lavado", "washed"), ("lavato", "washed"),
    ("gewassen", "washed"), ("myta", "washed"), ("tvättad", "washed"), ("vasket", "washed"), ("ウォッシュト", "washed"),
    ("워시드", "washed"), ("水洗", "washed"), ("naturel", "natural"), ("natur", "natural"), ("naturale", "natural"),
    ("natuurlijk", "natural"), ("naturalna", "natural"), ("ナチュラル", "natural"), ("내추럴", "natural"),
    ("日曬", "natural"), ("日晒", "natural"), ("miel", "honey"), ("蜜處理", "honey"),
    ("cereja descascado", "pulped natural"), ("Natural anaeróbico", "anaerobic natural"),
    ("anaerobe Fermentation, gewaschen", "anaerobic washed"), ("厌氧日晒", "anaerobic natural"),
])
def test_process_words(value, want):
    assert parse_process(value) == want


@pytest.mark.parametrize("value,want", [
    ("claire", "light"), ("moyenne", "medium"), ("foncée", "dark"), ("hell", "light"), ("mittel", "medium"),
    ("dunkel", "dark"), ("mittel bis dunkel", "medium-dark"), ("claro", "light"), ("Medio-Oscuro", "medium-dark"),
    ("chiara", "light"), ("scura", "dark"), ("licht", "light"), ("donker", "dark"), ("clara", "light"),
    ("média", "medium"), ("escura", "dark"), ("jasne", "light"), ("średnie", "medium"), ("ciemne", "dark"),
    ("ljus", "light"), ("mellan", "medium"), ("mörk", "dark"), ("lys", "light"), ("mørk", "dark"),
    ("浅煎り", "light"), ("中煎り", "medium"), ("中深煎り", "medium-dark"), ("深煎り", "dark"), ("라이트", "light"),
    ("미디엄", "medium"), ("다크", "dark"), ("淺焙", "light"), ("中焙", "medium"), ("深焙", "dark"),
])
def test_roast_words(value, want):
    assert parse_roast(value) == want


@pytest.mark.parametrize("text,want", [
    ("250 Gramm", 250), ("500 gramos", 500), ("1 kilo", 1000), ("250 gr", 250), ("内容量 200g", 200),
    ("内容量200g", 200), ("200그램", 200), ("1 кг", 1000), ("0,5 kg", 500), ("1,5 kg", 1500), ("1.000 g", 1000),
    ("PROMO_0814_240g", 240), ("250克", 250), ("1公斤", 1000), ("２００ｇ", 200), ("1/2 kilo", 500), ("½ kg", 500),
])
def test_sizes(text, want):
    assert parse_weight_grams(text) == want


@pytest.mark.parametrize("text,want", [
    ("Mezzo chilo", 500), ("un kilo", 1000), ("Ein Kilo", 1000), ("Halbes Kilo", 500), ("medio kilo", 500),
    ("meio quilo", 500), ("pół kilo", 500), ("een halve kilo", 500), ("un demi-kilo", 500), ("ett kilo", 1000),
    ("Half a pound", 227), ("two pounds", 907), ("half caff", None), ("uno", None), ("Pound Cake", None),
])
def test_quantities_written_as_words(text, want):
    assert parse_weight_grams(text) == want


@pytest.mark.parametrize("name", [
    "Tasse", "Kaffeemühle", "Geschenkgutschein", "Filtros de papel", "ドリッパー", "머그컵", "手沖壺", "Moulin à café",
    "Koffiemolen", "Presentkort", "Gavekort", "Młynek do kawy", "Caneca", "Kaffee-Abo", "Felt Pennant", "Art Print",
])
def test_goods_in_any_language_are_not_coffee(name):
    assert not product(name, size=None).is_coffee


def test_filter_roast_title_is_coffee():
    assert product("Äthiopien Guji – Filter", "<p>Röstgrad: hell</p>").is_coffee


def test_countries_from_cldr_names_and_case_forms():
    assert product("Kawa z Etiopii").origin_countries == ["ET"]
    assert product("Kolumbien Huila").origin_countries == ["CO"]
    assert product("エチオピア グジ").origin_countries == ["ET"]
    assert product("에티오피아산 원두").origin_countries == ["ET"]
    assert product("埃塞俄比亚 耶加雪菲").origin_countries == ["ET"]
    assert product("Quênia AA").origin_countries == ["KE"]


def test_no_coffee_evidence_is_not_coffee():
    n = product("Good Morning", "<p>A screen print by our friend Ana, 30 x 40 cm.</p>", size=None, type="simple")
    assert not n.is_coffee and n.skip_reason == "not coffee: no coffee evidence"


def test_platform_kind_is_not_a_category():
    assert product("Kenya Nyeri", type="variable").is_coffee
    assert product("Kenya Nyeri", type="simple").skip_reason is None


def test_blend_in_prose():
    assert product("Nightjar", "<p>Our espresso blend for milk drinks.</p>").is_blend
    assert product("Sunrise", "<p>A rotating two-part blend.</p>").is_blend
    assert product("Hausmarke", "<p>Unsere Espresso-Mischung aus Brasilien und Indien.</p>").is_blend


def test_region_resolves_to_country_flagged_as_inferred():
    n = product("Yirgacheffe Kochere")
    assert n.origin_countries == ["ET"] and n.origin_inferred
    n = product("Ethiopia Yirgacheffe")
    assert n.origin_countries == ["ET"] and not n.origin_inferred
    for name, code in (("Huila Pink Bourbon", "CO"), ("Boquete Estate", "PA"), ("Nyeri AA", "KE"),
                       ("耶加雪菲 水洗", "ET")):
        n = product(name)
        assert n.origin_countries == [code] and n.origin_inferred, name


def test_prose_roast_word_needs_a_roasting_word():
    # "dunkel"/"다크" next to chocolate is a taste, not a roast level
    assert product("Kenia", "<p>Noten von dunkler Schokolade.</p>").roast_level is None
    assert product("케냐", "<p>다크 초콜릿의 단맛</p>").roast_level is None
    assert product("Kenia", "<p>Wir rösten diesen Kaffee hell für Filter.</p>").roast_level == "light"


def test_units_the_regex_matches_by_case_folding_are_read_not_a_crash():
    # re.I matches "İ" (Turkish capital dotted i) and "ſ" (long s) as i and s, but str.lower() keeps them apart
    # from the unit table's keys: "1 KİLO" raised KeyError and took its product down.
    from coffee_scraper.normalize.weight import bag_size_in_text, parse_weight_grams

    assert parse_weight_grams("1 KİLO") == 1000
    assert parse_weight_grams("2 lbſ") == 907
    assert parse_weight_grams("EİN KİLO") == 1000
    assert parse_weight_grams("½ KİLO") == 500
    assert bag_size_in_text("Paket: 1 KİLO çekirdek") == 1000


@pytest.mark.parametrize("text, expected", [
    ("Fermentation anaérobie de 72 heures, puis séchage en nature sur lits africains.", "anaerobic natural"),
    ("Fermentación anaeróbica y secado como un natural en camas africanas.", "anaerobic natural"),
    ("Fermentação anaeróbica e secagem natural no terreiro.", "anaerobic natural"),
    ("Die Kirschen werden anaerob fermentiert und danach natürlich getrocknet.", "anaerobic natural"),
    ("Fermentazione anaerobica, poi essiccato come un naturale.", "anaerobic natural"),
    ("Anaerobe fermentatie, daarna gedroogd als natural.", "anaerobic natural"),
    ("Fermentacja beztlenowa, następnie suszona naturalnie.", "anaerobic natural"),
    ("嫌気性発酵の後、ナチュラルで乾燥させました。", "anaerobic natural"),
    ("Las cerezas se despulpan, se lava y se seca al sol.", "washed"),
])
def test_fermenting_and_drying_words_are_process_context(text, expected):
    # The step after an anaerobic fermentation names the base: the drying words are what make "natural" a process
    # and not a taste (a bare "natural"/"nature" in prose counts only near a process word).
    from coffee_scraper.normalize.process import process_in_text

    assert process_in_text(text, False) == expected


def test_spec_table_rows_with_a_label_cell_are_labelled_lines():
    # "<tr><td>Process</td><td>Washed</td>": a title-case key in a spec table has no colon, as a <dt> has none.
    html = ("<table><tr><td>Process</td><td>Fully washed</td></tr><tr><td><strong>Herkunft</strong></td>"
            "<td>Äthiopien</td></tr><tr><th>産地</th><td>エチオピア</td></tr><tr><td>Price</td><td>12</td></tr>"
            "<tr><td>Roast:</td><td>Light</td></tr><tr><td>ORIGIN</td><td>Kenya</td></tr>"
            "<tr><td>Process notes</td><td>x</td></tr></table>")
    text = html_to_text(html)
    assert text.split("\n") == ["Process: Fully washed", "Herkunft: Äthiopien", "産地: エチオピア", "Price 12",
                                "Roast: Light", "ORIGIN Kenya", "Process notes x"]
    assert extract_labels(text) == [("process", "Fully washed"), ("origin", "Äthiopien"), ("origin", "エチオピア"),
                                    ("roast", "Light"), ("origin", "Kenya")]


@pytest.mark.parametrize("value, expected", [("2 200 m", (2200, 2200)), ("1 800 - 2 000 m", (1800, 2000)),
                                             ("1,600 - 1,800 masl", (1600, 1800)), ("900m", (900, 900))])
def test_altitude_thousands_separated_by_a_space(value, expected):
    from coffee_scraper.normalize.facts import parse_altitude

    assert parse_altitude(value) == expected  # ("2 200 m" was 200 m)


@pytest.mark.parametrize("value", ["瑞士水洗法脫咖啡因", "瑞士水洗低因", "瑞士水处理", "スイスウォーター製法", "스위스워터"])
def test_a_decaf_method_named_with_water_is_no_washed_process(value):
    assert parse_process(value) is None  # (瑞士水洗法 is Swiss Water: its 水洗 is no washed process)


@pytest.mark.parametrize("text, expected", [("middels mørkbrent", "medium-dark"), ("Brenning: middels mørkbrent", "medium-dark"),
                                            ("mellem mørkristet", "medium-dark"), ("mellan mörkrostad", "medium-dark"),
                                            ("middels lysbrent", "medium-light"), ("mørkbrent", "dark")])
def test_a_medium_word_before_a_roasted_level_is_the_level_between(text, expected):
    import importlib

    roast = importlib.import_module("coffee_scraper.normalize.roast")
    assert roast.foreign_roast_in_text(text) == expected


@pytest.mark.parametrize("tag, expected", [
    ("Origin_Ethiopia", ("origin", "Ethiopia")), ("Pays_Colombie", ("pays", "Colombie")),
    ("Procédé_Lavé", ("procédé", "Lavé")), ("process-natural", ("process", "natural")),
    ("Röstgrad-Hell", ("röstgrad", "Hell")), ("El-Salvador", (None, "El-Salvador")),
    ("Light_Roast", (None, "Light_Roast")), ("Semi-Washed", (None, "Semi-Washed")), ("best-seller", (None, "best-seller")),
])
def test_a_tag_splits_at_one_underscore_or_hyphen_only_after_a_label(tag, expected):
    from coffee_scraper.normalize.text import split_tag

    assert split_tag(tag) == expected


@pytest.mark.parametrize("line, expected", [
    ("Roast | Light", [("roast", "Light")]), ("Proceso — Natural anaeróbico", [("process", "Natural anaeróbico")]),
    ("Obróbka — myta", [("process", "myta")]), ("Origin - Kenya", [("origin", "Kenya")]),
    ("精製／ウォッシュト", [("process", "ウォッシュト")]), ("産地｜エチオピア", [("origin", "エチオピア")]),
    ("ORIGIN | Kenya | PROCESS | Washed", [("origin", "Kenya"), ("process", "Washed")]),
    ("Ethiopia - Guji", []),
])
def test_labels_with_a_bar_slash_or_dash_for_a_colon(line, expected):
    assert extract_labels(line) == expected


def test_more_phrasings_of_process_and_roast():
    import importlib

    from coffee_scraper.normalize.process import process_in_text

    roast = importlib.import_module("coffee_scraper.normalize.roast")
    assert process_in_text("They dry it on raised beds, an anaerobic natural that keeps its sweetness.", False) \
        == "anaerobic natural"
    assert process_in_text("Kawa fermentowana beztlenowo przez 72 godziny, a następnie suszone w całości.", False) \
        == "anaerobic natural"
    assert roast.parse_roast("浅中烘") == "medium-light" and roast.parse_roast("中深烘") == "medium-dark"


@pytest.mark.parametrize("title", ["Rohkaffee Brasilien – ungeröstet", "Groene koffiebonen – ongebrand", "Råkaffe – uristede bønner",
                                   "Café vert du Brésil", "Café verde de Colombia", "Zielona kawa Brazylia", "コーヒー生豆 エチオピア 1kg",
                                   "咖啡生豆 哥伦比亚", "에티오피아 생두 1kg", "Caffè verde crudo Brasile"])
def test_green_coffee_named_in_the_language_is_no_roasted_coffee(title):
    import importlib

    classify = importlib.import_module("coffee_scraper.normalize.classify")
    assert classify._foreign_goods(title, "", False) == "green coffee (unroasted)"


@pytest.mark.parametrize("text, expected", [
    ("Descafeinado pelo método natural de acetato de etilo da cana-de-açúcar.", None),
    ("Kawa dekofeinizowana naturalnie metodą z trzciny cukrowej (EA).", None),
    ("Kawa z Kolumbii, obróbka naturalna. Bezkofeinowa metodą EA.", "natural"),
    ("Kawa myta, palona jasno.", "washed"),
])
def test_a_decaffeination_sentence_states_no_process(text, expected):
    # The decaf method's words ("método natural", "naturalnie") are no process; the trade-off: a decaf that states its
    # process in the same sentence as the decaffeination loses it.
    from coffee_scraper.normalize.process import foreign_process_in_text

    assert foreign_process_in_text(text) == expected
