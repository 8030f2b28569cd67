"""Price parsing never raises and never stores a wrong price (issue 18: "1E5" was stored as 1.00)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from coffee_scraper.items import SourceProduct, SourceVariant
from coffee_scraper.normalize import normalize_product
from coffee_scraper.normalize.price import check_price, parse_price


@pytest.mark.parametrize("value", ["1E5", "1e5", 1e308, "1e-308", "2.5e-3", "1e+308", "1 E 5"])
def test_exponent_notation_is_an_error(value):
    price, error = check_price(value, "USD")
    assert price is None and "exponent notation" in error


@pytest.mark.parametrize("value", ["12345678901234567890123456789012", 10 ** 40, Decimal("1E+40")])
def test_out_of_range_is_an_error_not_an_exception(value):
    price, error = check_price(value, "USD")
    assert price is None and ("out of range" in error or "exponent" in error)


@pytest.mark.parametrize("value", [float("inf"), float("nan"), Decimal("NaN"), Decimal("Infinity"), True])
def test_non_numbers_are_errors(value):
    price, error = check_price(value, "EUR")
    assert price is None and error


@pytest.mark.parametrize("value,want", [("18.50", "18.50"), ("£12,50", "12.50"), ("1 234,50 €", "1234.50"),
                                        ("9999999999.99", "9999999999.99"), (18.5, "18.50"), ("1500", "1500")])
def test_plain_prices_unchanged(value, want):
    cur = "JPY" if value == "1500" else "EUR"
    assert check_price(value, cur) == (Decimal(want), None)
    assert parse_price(value, cur) == Decimal(want)


def test_nothing_stated_is_not_an_error():
    assert check_price(None) == (None, None) and check_price("  ") == (None, None)


def test_product_with_exponent_price_reports_the_field():
    src = SourceProduct(name="Kenya Nyeri AA", default_currency="EUR", variants=[
        SourceVariant(variant_id="1", title="250g", options=[("Size", "250g")], price="12.00"),
        SourceVariant(variant_id="2", title="1kg", options=[("Size", "1kg")], price="1E5")])
    norm = normalize_product(src)
    assert norm.variants[0]["price"] == Decimal("12.00") and norm.variants[1]["price"] is None
    assert norm.errors == ["variants/1/price: '1E5' uses exponent notation"]


def test_an_unreadable_stated_price_is_an_error_a_missing_one_a_warning():
    # "N/A" is stated and wrong: the item is kept as invalid; no price at all (a product not for sale) is valid.
    src = SourceProduct(name="Kenya Nyeri AA", default_currency="EUR", variants=[
        SourceVariant(variant_id="1", title="250g", options=[("Size", "250g")], price="N/A"),
        SourceVariant(variant_id="2", title="1kg", options=[("Size", "1kg")], price=None)])
    norm = normalize_product(src)
    assert [v["price"] for v in norm.variants] == [None, None]
    assert norm.errors == ["variants/0/price: cannot read 'N/A'"]
    assert "price: none stated for variant 2" in norm.warnings
