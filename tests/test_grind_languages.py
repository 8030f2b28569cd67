"""Grinds in the shop's own language: option names ("Mouture", "Mahlgrad", "挽き目") and values."""
import pytest

from coffee_scraper.normalize.grind import parse_grind, variant_grind
from coffee_scraper.normalize.weight import parse_weight_grams


@pytest.mark.parametrize("text, grind", [
    ("Grains entiers", "whole bean"), ("Moulu pour filtre", "filter"), ("Moulu – cafetière à piston", "french press"),
    ("Cafetière italienne", "moka pot"), ("Ganze Bohne", "whole bean"), ("Gemahlen für Siebträger", "espresso"),
    ("Handfilter", "pour over"), ("French Press", "french press"), ("En grano", "whole bean"),
    ("Molido para cafetera italiana", "moka pot"), ("Prensa francesa", "french press"), ("In grani", "whole bean"),
    ("Macinato per moka", "moka pot"), ("Hele bonen", "whole bean"), ("Gemalen voor filterkoffie", "filter"),
    ("Em grão", "whole bean"), ("Moído para coador", "filter"), ("Ziarnista", "whole bean"),
    ("Mielona do kawiarki", "moka pot"), ("Kawiarka", "moka pot"), ("Hela bönor", "whole bean"), ("Presskanna", "french press"),
    ("Hele bønner", "whole bean"), ("Stempelkande", "french press"), ("Filtermalt", "filter"),
    ("豆のまま", "whole bean"), ("粉（中細挽き）", "pour over"), ("フレンチプレス", "french press"),
    ("홀빈", "whole bean"), ("분쇄 안함", "whole bean"), ("핸드드립용 분쇄", "pour over"), ("咖啡豆", "whole bean"),
    ("不研磨", "whole bean"), ("研磨（手沖）", "pour over"), ("法壓壺", "french press"),
    # English is read by the English patterns as before
    ("Whole Bean", "whole bean"), ("Ground - Drip", "filter"), ("Espresso", "espresso"), ("Large", None),
])
def test_grind_values_in_every_language(text, grind):
    assert parse_grind(text) == grind


@pytest.mark.parametrize("name, value, grind", [
    ("Mouture", "Grains", "whole bean"), ("Mahlgrad", "Bohnen", "whole bean"), ("Molienda", "Molido", "ground"),
    ("Macinatura", "Moka", "moka pot"), ("Maling", "Gemalen", "ground"), ("Moagem", "Em grãos", "whole bean"),
    ("Mielenie", "Ziarno", "whole bean"), ("Malning", "Bryggmalet", "filter"), ("挽き目", "粉", "ground"),
    ("분쇄도", "에스프레소", "espresso"), ("研磨度", "意式", "espresso"),
])
def test_grind_option_named_in_the_shops_language(name, value, grind):
    assert variant_grind([("Poids", "250 g"), (name, value)], None) == (grind, None)


def test_unknown_value_of_a_named_grind_option_is_a_warning():
    grind, problem = variant_grind([("Mahlgrad", "Fein")], None)
    assert grind is None and "Fein" in problem


def test_size_options_in_other_languages_are_not_read_as_grinds():
    # "Taille: 100 filtres" is a pack of paper filters' count, not a filter grind.
    assert variant_grind([("Taille", "100 filtres")], None) == (None, None)


@pytest.mark.parametrize("text, grams", [("半磅", 227), ("1磅", 454), ("半磅 (227g)", 227), ("1ポンド", 454),
                                         ("1파운드", 454), ("1/2 lb", 227)])
def test_pounds_in_cjk(text, grams):
    assert parse_weight_grams(text) == grams
