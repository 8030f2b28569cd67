"""Unit tests for each normalization rule; each names the real feed example that forced it."""
from __future__ import annotations

from decimal import Decimal

import pytest

from coffee_scraper.items import SourceProduct, SourceVariant
from coffee_scraper.normalize import GRINDS, PROCESSES, ROAST_LEVELS, NormalizedProduct, normalize_product
from coffee_scraper.normalize.facts import altitude_in_text, parse_altitude, parse_varieties, varieties_in
from coffee_scraper.normalize.grind import parse_grind
from coffee_scraper.normalize.notes import find_notes, notes_in_lists, notes_in_text
from coffee_scraper.normalize.origin import (countries_in_tags, countries_in_text, countries_in_title,
                                             countries_in_vendor)
from coffee_scraper.normalize.price import parse_price, price_per_kg, sale_compare_at
from coffee_scraper.normalize.process import parse_process
from coffee_scraper.normalize.roast import parse_roast
from coffee_scraper.normalize.text import extract_labels, html_to_text
from coffee_scraper.normalize.weight import parse_weight_grams, variant_weight


def product(name="Kenya Karumandi", body="", variants=None, **kw) -> SourceProduct:
    variants = variants or [SourceVariant("1", "12oz / Whole Bean", [("Size", "12oz"), ("Grind", "Whole Bean")],
                                          price="18.50")]
    return SourceProduct(name=name, description_html=body, variants=variants, default_currency="USD", **kw)


# --- interface ---------------------------------------------------------------------------------------
def test_interface_shape():
    n = normalize_product(product())
    assert isinstance(n, NormalizedProduct)
    assert set(n.variants[0]) == {"variant_id", "title", "weight_grams", "grind", "price", "currency",
                                  "price_per_kg", "compare_at_price", "in_stock", "sku"}
    assert ROAST_LEVELS == ("light", "medium-light", "medium", "medium-dark", "dark", "omni")
    assert {"washed", "natural", "honey", "anaerobic natural", "carbonic maceration", "experimental"} <= set(PROCESSES)
    assert {"whole bean", "espresso", "south indian filter", "turkish", "cold brew"} <= set(GRINDS)


# --- weight (REAL_FEEDS sizes; Rosette "200", "200g x 4"; Blue Tokai "100gms") ---------------------------
@pytest.mark.parametrize("text,grams", [
    ("12 oz.", 340), ("12oz", 340), ("10 OZ", 283), ("1lb", 454), ("2 lb.", 907), ("5 lb", 2268), ("125g", 125),
    ("125 g", 125), ("250gms", 250), ("1kg", 1000), ("1Kg", 1000), ("1000g", 1000), ("100gms", 100), ("75g", 75),
    ("200 g", 200), ("1 kg", 1000), ("2.2 lb", 998), ("0.5kg", 500), ("10oz Case Pack (6)", 1701),
    ("200g x 4", 800), ("200g x 5", 1000), ("4 x 200g", 800), ("12oz 2-Pack", 680), ("2 pound", 907),
    ("340 gr", 340), ("1,000g", 1000), ("0,5 kg", 500), ("Default Title", None), ("2 Bags", None), ("600ml", None),
])
def test_parse_weight_grams(text, grams):
    assert parse_weight_grams(text) == grams


def test_bare_number_in_size_option_is_grams():
    # Rosette "Monsoon Malabar AA": Size option "200".
    assert variant_weight([("Size", "200"), ("Grind Size", "Whole Beans")], "200 / Whole Beans", "Monsoon", 220, False)[0] == 200
    # Blue Tokai subscriptions: "Installments" 3/6/12 is not a size.
    assert variant_weight([("Installments", "3"), ("Size", "250g")], "3 / 250g", "Sub", 0, False)[0] == 250


def test_shipping_grams_only_a_fallback():
    # REAL_FEEDS: "12 oz." with grams 397 -> 340; "125g" with grams 454 -> 125.
    assert variant_weight([("Size", "12 oz.")], "12 oz.", "X", 397, True)[0] == 340
    assert variant_weight([("Size", "125g")], "125g", "X", 454, True)[0] == 125
    # Default Title single-SKU item: grams is all there is.
    assert variant_weight([("Title", "Default Title")], "Default Title", "Ethiopia", 340, True)[0] == 340
    # Blue Tokai "Silver Oak Cafe Blend 75g": the product name speaks for a lone variant.
    assert variant_weight([("Title", "Default Title")], "Default Title", "Silver Oak Cafe Blend 75g", 250, True)[0] == 75


def test_unreadable_size_warns_naming_value_and_variant():
    n = normalize_product(product(variants=[SourceVariant("123", "2 Bags", [("Size", "2 Bags")], price="30.00")]))
    assert n.variants[0]["weight_grams"] is None
    assert "weight_grams: cannot parse size from '2 Bags' (variant 123)" in n.warnings


# --- grind (13 Blue Tokai options, Rosette combos, Baba's Beans slugs) --------------------------------------
@pytest.mark.parametrize("text,grind", [
    ("Whole Bean", "whole bean"), ("Whole Beans", "whole bean"), ("Aeropress", "aeropress"), ("Channi", "cold brew"),
    ("Coffee Filter", "filter"), ("Cold Brew", "cold brew"), ("Commercial Espresso", "espresso"),
    ("French Press", "french press"), ("Home Espresso", "espresso"), ("Inverted Aeropress", "aeropress"),
    ("Moka Pot", "moka pot"), ("Mokapot", "moka pot"), ("Mocha pot", "moka pot"), ("Pourover", "pour over"),
    ("South Indian Filter", "south indian filter"), ("Turkish", "turkish"), ("Chemex", "pour over"),
    ("Drip Machine", "filter"), ("Cold Brew / Channi / French Press", "cold brew"),
    ("French Press/ Cold Brew/ Channi", "french press"), ("Inverted Aeropress / Pourover", "aeropress"),
    ("Picopresso", "espresso"), ("Syphon", "siphon"), ("Ground", "ground"), ("Ground - Drip", "filter"),
    ("Cafetière", "french press"), ("Plunger", "french press"), ("Stovetop", "moka pot"),
])
def test_parse_grind(text, grind):
    assert parse_grind(text) == grind
    assert grind in GRINDS


# --- price ---------------------------------------------------------------------------------------------
def test_prices_are_decimal_major_units():
    assert parse_price("18.50", "USD") == Decimal("18.50")
    assert parse_price("£12,50", "GBP") == Decimal("12.50")
    assert parse_price("1,299.00", "USD") == Decimal("1299.00")
    assert parse_price("1500", "JPY") == Decimal("1500")
    assert parse_price(None) is None and parse_price("") is None
    assert price_per_kg(Decimal("18.00"), 340) == Decimal("52.94")
    assert price_per_kg(Decimal("0.00"), 340) is None and price_per_kg(Decimal("5"), None) is None


def test_compare_at_only_for_a_real_sale():
    # Rosette "Nagaland Tuensang Washed AA": 1kg at 3300 with compare_at 700 is not a sale.
    assert sale_compare_at(Decimal("3300.00"), Decimal("700.00")) is None
    assert sale_compare_at(Decimal("700.00"), Decimal("700.00")) is None
    # Baba's Beans "SOUTH INDIAN FILTER COFFEE": regular 30000 / sale 14900 minor units.
    assert sale_compare_at(Decimal("149.00"), Decimal("300.00")) == Decimal("300.00")


def test_zero_price_warns_and_currency_defaults():
    # Baba's Beans "Jampui Hills": price "0" on an unavailable product.
    v = SourceVariant("456", None, [], price="0.00", currency="INR", in_stock=False, sku="")
    n = normalize_product(product("Jampui Hills", variants=[v]))
    assert "price: 0 for variant 456" in n.warnings
    assert n.variants[0]["currency"] == "INR" and n.variants[0]["sku"] is None
    assert n.variants[0]["price_per_kg"] is None
    assert normalize_product(product()).variants[0]["currency"] == "USD"


# --- origin ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("title,codes", [
    ("Kenya Karumandi", ["KE"]), ("2026 Demeka Becha - Ethiopia", ["ET"]),
    ("LIMITED | PANAMA | Mama Cata | Pacamara | ASD Natural", ["PA"]),
    ("Costa Rica, Aquiares Estate Red Honey", ["CR"]), ("COLOMBIA | EA Decaf da Caña - Huila", ["CO"]),
    ("Mocha Java", []), ("Papua New Guinea Kindeng", ["PG"]), ("Monsoon Malabar AA", ["IN"]),
    ("French Roast", []), ("Turkish Delight Blend", []), ("Georgia Peach Espresso", []),
])
def test_countries_in_title(title, codes):
    assert countries_in_title(title) == codes


def test_countries_in_tags():
    assert countries_in_tags(["origin:California"]) == ["US"]
    assert countries_in_tags(["From: Brazil", "From: Colombia"]) == ["BR", "CO"]
    assert countries_in_tags(["Country: Ethiopia", "origin__colombia", "origin:Kenya"]) == ["ET", "CO", "KE"]
    assert countries_in_tags(["Rwanda", "El-Salvador", "Costa Rica"]) == ["RW", "SV", "CR"]
    assert countries_in_tags(["Kerala", "Tamil Nadu"]) == ["IN"]  # Blue Tokai "Amaltas Blend" facet tags
    assert countries_in_tags(["Caramel", "best-seller", "Georgia", "Java Blend"]) == []


def test_vendor_as_place_and_not():
    assert countries_in_vendor("Huila, Colombia") == ["CO"]
    assert countries_in_vendor("Beans - Limited") == [] and countries_in_vendor("coffee") == []


def test_text_origin_avoids_false_positives():
    assert countries_in_text("Notes of Georgia peach and Turkish delight.") == []
    # Rosette "Melkodige": "a Brazilian Red Obata varietal" grown in Chikmagalur.
    assert countries_in_text("comes from Melkodige Estate, Chikmagalur and is a Brazilian Red Obata varietal") == ["IN"]
    # Rosette "Warsanlyngdoh": "Meghalaya's".
    assert countries_in_text("With Meghalaya's Warsanlyngdoh Coffee Collective") == ["IN"]


def test_body_labels_origin_location_region():
    n = normalize_product(product("Chelbesa", "<p>Location: Gedeb</p><p>Process: Washed</p>"))
    assert n.origin_countries == ["ET"] and n.region == "Gedeb"
    n = normalize_product(product("Tropical Weather", "<p>Origins : Ethiopia, Colombia</p>"))
    assert n.origin_countries == ["ET", "CO"] and n.is_blend
    # Baba's Beans "Hustler": WooCommerce short_description lines.
    n = normalize_product(product("Hustler", extra_html="<p>Region : Coorg, Karnataka<br />Roast Profile : Dark Roast</p>"))
    assert n.origin_countries == ["IN"] and n.region == "Coorg, Karnataka" and n.roast_level == "dark"


def test_title_tag_conflict_warns():
    n = normalize_product(product("Kenya Karumandi", tags=["Country: Ethiopia"]))
    assert n.origin_countries == ["KE"]
    assert "origin_countries: title says KE but tags say ET" in n.warnings


# --- process -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,process", [
    ("Fully washed", "washed"), ("Washed", "washed"), ("Wet Process", "washed"), ("- Washed Process -", "washed"),
    ("Natural", "natural"), ("| Honey", "honey"), ("Red Honey", "honey"), ("Honey Sun Dried", "honey"),
    ("ASD Natural", "anaerobic natural"), ("Anaerobic Washed", "anaerobic washed"),
    ("Yeast Anaerobic Naturals", "anaerobic natural"), ("CM Natural", "carbonic maceration"),
    ("Thermal-Shock", "experimental"), ("Culture-Innoculated Washed", "experimental"),
    ("Pulp Natural", "pulped natural"), ("Wet-hulled", "wet-hulled"), ("Semi-washed", "wet-hulled"),
    ("Monsoon Malabar AA", "monsooned"), ("Swiss Water", None), ("either the washed or the unwashed method", None),
])
def test_parse_process(text, process):
    assert parse_process(text) == process
    assert process is None or process in PROCESSES


def test_process_sources():
    # Several tags on one lot combine (REAL_FEEDS: Process: Anaerobic + Process: Washed).
    assert normalize_product(product("La Palma", tags=["Process: Anaerobic", "Process: Washed"])).process == "anaerobic washed"
    # Blue Tokai "Riverdale Estate - Gesha Natural": the body says carbonic maceration.
    n = normalize_product(product("Riverdale Estate - Gesha Natural", "<p>processed using the carbonic maceration method</p>"))
    assert n.process == "carbonic maceration"
    # Blue Tokai "Amaltas Blend": a bare Washed tag, but "a blend of washed and natural processed coffees".
    n = normalize_product(product("Amaltas Blend", "<p>A blend of washed and natural processed coffees.</p>", tags=["Washed"]))
    assert n.process is None and n.is_blend


# --- roast ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,level", [
    ("Light", "light"), ("dark-roast", "dark"), ("Medium Dark", "medium-dark"), ("medium roast", "medium"),
    ("Medium-light Roast", "medium-light"), ("light-medium", "medium-light"), ("Dark Roast", "dark"),
    ("City Roast", "medium"), ("Full City Roast", "medium-dark"), ("Omni", "omni"), ("Comforting", None),
    ("Espresso", None),
])
def test_parse_roast(text, level):
    assert parse_roast(text) == level


def test_roast_traps_and_sources():
    # "Roast Level: Comforting" is a taste word; "recommended use: Espresso" and "profile:modern" are no roast.
    n = normalize_product(product("Hair Bender", "<p>Roast Level: Comforting</p><p>recommended use: Espresso</p>",
                                  tags=["profile:modern"]))
    assert n.roast_level is None
    assert any("Comforting" in w for w in n.warnings)
    assert normalize_product(product(tags=["roastlevel__dark-roast"])).roast_level == "dark"
    assert normalize_product(product(tags=["Medium Dark"])).roast_level == "medium-dark"
    assert normalize_product(product(body="<p>Intro.</p><p>Medium-light Roast</p>")).roast_level == "medium-light"
    # Blue Tokai "Baarbara Estate": "roasted medium-dark"; Rosette "Truffle Twilight": "medium- dark level".
    assert normalize_product(product(body="<p>Beans roasted medium-dark, have</p>")).roast_level == "medium-dark"
    assert normalize_product(product(body="<p>roasted to a medium- dark level</p>")).roast_level == "medium-dark"


# --- tasting notes -------------------------------------------------------------------------------------
def test_notes_lead_ins_lists_and_tags():
    assert notes_in_text("We taste blackcurrant, grapefruit and brown sugar.") == ["Blackcurrant", "Grapefruit", "Brown Sugar"]
    assert notes_in_text("In the cup we find red apple, caramel and orange.") == ["Red Apple", "Caramel", "Orange"]
    # Blue Tokai "Kuttinkhan Upper Estate": the list ends where the sentence goes on.
    assert notes_in_text("notes of red grapes, sweet lime, and cane sugar, wrapped in a syrupy and sweet mouthfeel.") == [
        "Red Grapes", "Sweet Lime", "Cane Sugar"]
    assert notes_in_text("with flavors of milk chocolate and peanut butter.") == ["Milk Chocolate", "Peanut Butter"]
    assert notes_in_lists("Cherry Cola - Dried Fig - Brown Sugar") == ["Cherry Cola", "Dried Fig", "Brown Sugar"]
    assert notes_in_lists("Prunes • Fig Danish • Nutmeg") == ["Prunes", "Fig Danish", "Nutmeg"]
    assert find_notes([], "", ["Flavor Profile: Chocolate", "best-seller"]) == ["Chocolate"]
    assert find_notes([], "", ["Caramel", "Brown Sugar", "chocolatey"]) == ["Caramel", "Brown Sugar"]
    # Baba's Beans "ROBUSTA KAAPI ROYALE": an empty "Coffee Notes :" line is no note.
    assert find_notes([], "Coffee Notes :\nBrewing Tip :", []) == []


# --- facts ---------------------------------------------------------------------------------------------
def test_altitude_variety_region():
    assert parse_altitude("1900-2200m") == (1900, 2200)
    assert parse_altitude("1,600 - 1,800 masl") == (1600, 1800)
    assert parse_altitude("2800 Ft – 3600 Ft ASL") == (853, 1097)  # Baba's Beans "Hustler"
    assert parse_altitude("3050 Ft ASL – 3300 Ft ASL") == (930, 1006)  # "Jampui Hills"
    assert altitude_in_text("FOB cost: $4.78lb / $10.53kg Landed cost") == (None, None)
    assert altitude_in_text("the SLN9 varietal grows at 1450 masl") == (1450, 1450)
    assert parse_varieties("Heirloom") == ["Heirloom"]
    assert parse_varieties("Arabica & Robusta") == ["Arabica", "Robusta"]
    assert varieties_in("LIMITED | PANAMA | Mama Cata | Pacamara | ASD Natural", "") == ["Pacamara"]
    n = normalize_product(product("X", "<p>Varietals: Heirloom</p><p>Elevation: 1900-2200m</p><p>Producer: Tesfaye Bekele</p>"))
    assert (n.varieties, n.altitude_min_m, n.altitude_max_m, n.producer) == (["Heirloom"], 1900, 2200, "Tesfaye Bekele")


# --- text ------------------------------------------------------------------------------------------------
def test_html_to_text():
    html = "<p>Origin:&nbsp;Kenya &amp; more</p>\n<!---->\n<p>  Notes   of fig.<br>Line two 🍒</p>"
    assert html_to_text(html) == "Origin: Kenya & more\nNotes of fig.\nLine two 🍒"
    assert extract_labels("ORIGIN Ethiopia PROCESS Washed ELEVATION 1900-2200m") == [
        ("origin", "Ethiopia"), ("process", "Washed"), ("altitude", "1900-2200m")]


# --- decaf and blend -------------------------------------------------------------------------------------
@pytest.mark.parametrize("name,decaf", [
    ("Decaf Urcunina", True), ("COLOMBIA | EA Decaf da Caña - Huila", True), ("Swiss Water Decaf - PNG", True),
    ("Colombia Sugarcane Decaf", True), ("Kenya Karumandi", False), ("Decaffeinated Peru", True),
])
def test_decaf(name, decaf):
    assert normalize_product(product(name)).is_decaf is decaf


def test_blend():
    assert normalize_product(product("Amaltas Blend")).is_blend
    assert normalize_product(product("Streetlevel", tags=["Espresso blend"])).is_blend
    assert normalize_product(product("Southern Weather", tags=["From: Brazil", "From: Colombia"])).is_blend
    assert not normalize_product(product("Nicaragua Single Origin Espresso")).is_blend
    assert not normalize_product(product("Kenya Karumandi", product_type="Single Origin")).is_blend


# --- classify --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name,kw,reason", [
    ("Kenya Karumandi (Subscription)", {}, "subscription"),
    ("Extra Bag (Add-On)", {}, "subscription"),
    ("Baarbara Estate Subscription", {"product_type": "Subscription"}, "subscription"),
    ("Gift Card", {"product_type": "Gift Card"}, "gift card"),
    ("Timemore Chestnut C2 Manual Grinder", {"vendor": "grinders"}, "equipment: grinder"),
    ("Baratza Encore ESP", {}, "equipment: grinder"),
    ("French Press 600 ml", {"product_type": "Manual Brewing"}, "equipment: brewer"),
    ("Onyx Tote Bag", {"product_type": "Merch"}, "merch"),
    ("Brew Guide Postcards", {"product_type": "Collateral"}, "zero-priced collateral"),
    ("Instant Coffee - Colombia (6 pack)", {"product_type": "Coffee"}, "instant/sachet"),
    ("Holiday Landing", {"tags": ["hidden"]}, "hidden product"),
    ("Hologram", {"vendor": "Wholesale"}, "wholesale duplicate"),
    ("Big Trouble", {"tags": ["Wholesale"]}, "wholesale duplicate"),
    ("Decaf Urcunina", {"tags": ["Normal Wholesale", "tier2"]}, "wholesale duplicate"),
    ("Meghmalhar Gift Hamper", {"product_type": "Gifting"}, "gift hamper"),
    ("Coffee Sampler Box", {}, "bundle/sampler"),
    ("SKIA Coffee (Pack of 2)", {}, "bundle/sampler"),
])
def test_not_coffee(name, kw, reason):
    price = "0.00" if reason == "zero-priced collateral" else "20.00"
    n = normalize_product(product(name, variants=[SourceVariant("1", "Default Title", [("Title", "Default Title")], price=price)], **kw))
    assert not n.is_coffee and n.skip_reason == reason


def test_workshop_variants_are_city_and_date():
    # Blue Tokai "Matcha Brewing Workshop": variants are "Mumbai - 20th September 2025 - Saturday".
    v = SourceVariant("1", "Mumbai - 20th September 2025 - Saturday", [("City", "Mumbai - 20th September 2025 - Saturday")], price="1000.00")
    assert normalize_product(product("A Peek into Specialty Coffee", variants=[v])).skip_reason == "workshop/event"


@pytest.mark.parametrize("name,kw", [
    ("Archival Release: Finca El Paraiso", {"product_type": "Archival Release", "tags": ["Freezer Friday"]}),
    ("Cup of Excellence #3 Guatemala", {"product_type": "Coffee"}),
    ("Riverdale Estate N72", {"tags": ["Subscription", "subscriptioncoffee", "SamplerCoffee"]}),
    ("Silver Oak Cafe Blend 75g", {"tags": ["hideproduct"], "product_type": "Single Estate Coffee"}),
    ("French Press Blend", {}),
])
def test_real_coffees_with_odd_types_stay_coffee(name, kw):
    n = normalize_product(product(name, **kw))
    assert n.is_coffee and n.skip_reason is None


@pytest.mark.parametrize("text, expected", [
    ("The coffee is depulped, fermented overnight and washed in channels before drying.", "washed"),
    ("They dry whole cherries in the sun on raised beds.", "natural"),
    ("Perla Negra is their slowest-dried natural, turned every hour.", "natural"),
    ("A 72-hour anaerobic fermentation, then washed.", "anaerobic washed"),
    ("Anaerobic fermentation for 48 hours, then dried in the cherry on raised beds.", "anaerobic natural"),
    ("Anaerobic fermentation. Notes of honey and plum.", "anaerobic"),
    ("We taste dried cherry, plum and cocoa.", None),
])
def test_process_told_as_its_steps_in_english_prose(text, expected):
    from coffee_scraper.normalize.process import process_in_text

    assert process_in_text(text, False) == expected
