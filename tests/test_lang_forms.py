"""Adjectives in the gender and number the sentence needs, not only the forms a table lists."""
import pytest

from coffee_scraper.items import SourceProduct, SourceVariant
from coffee_scraper.normalize import normalize_product
from coffee_scraper.normalize.lang.forms import agreement_forms


def test_forms_of_a_multi_word_entry():
    assert {"medio-scuro", "media-scura", "medie-scure"} <= agreement_forms("medio-scura", "it")
    assert {"lavée", "lavés", "lavées"} <= agreement_forms("lavé", "fr")
    assert {"jasna", "jasno", "jasnego"} <= agreement_forms("jasny", "pl")
    assert {"ljusa", "ljust"} <= agreement_forms("ljus", "sv")
    assert agreement_forms("浅煎り", "ja") == {"浅煎り"}


@pytest.mark.parametrize("name, body, process, roast", [
    ("Brasile Cerrado", "<p>Caffè brasiliano lavorato con metodo naturale e tostato medio-scuro.</p>", "natural",
     "medium-dark"),
    ("Etiopia Guji", "<p>Chicchi lavati, tostatura chiara.</p>", "washed", "light"),
    ("Colombia Huila", "<p>Café colombiano, proceso lavado, tueste medio oscuro.</p>", "washed", "medium-dark"),
    ("Kenya Nyeri", "<p>Kawa z Kenii, obróbka myta, palona jasno.</p>", "washed", "light"),
    ("Rwanda", "<p>Torréfaction : claires et lumineuses. Procédé : lavées.</p>", "washed", "light"),
])
def test_prose_in_agreement(name, body, process, roast):
    n = normalize_product(SourceProduct(name=name, description_html=body,
                                        variants=[SourceVariant(variant_id="1", options=[("Size", "250g")],
                                                                price="12.00", currency="EUR")]))
    assert (n.process, n.roast_level) == (process, roast)


@pytest.mark.parametrize("body, process", [
    ("<p>来自中国云南普洱的日晒咖啡豆，中度烘焙。</p>", "natural"),
    ("<p>這支豆子是蜜處理，淺焙。</p>", "honey"),
    ("<p>非水洗式のエチオピア、浅煎り。</p>", "natural"),
])
def test_cjk_words_that_state_a_process_alone(body, process):
    n = normalize_product(SourceProduct(name="咖啡", description_html=body,
                                        variants=[SourceVariant(variant_id="1", options=[("Size", "250g")],
                                                                price="12.00", currency="EUR")]))
    assert n.process == process


def test_german_adjective_endings_and_no_english_words():
    assert {"gewaschene", "hellen", "brasilianischen"} <= (agreement_forms("gewaschen", "de")
                                                          | agreement_forms("hell", "de")
                                                          | agreement_forms("brasilianisch", "de"))
    assert "nature" not in agreement_forms("natur", "de")
