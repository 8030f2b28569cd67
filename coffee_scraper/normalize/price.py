"""Prices: Decimal major units quantized to the currency's minor unit; price per kg; real sales only."""
from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

from price_parser import Price

# ISO 4217 minor units that are not 2 (everything else the feeds use has cents/paise/pence).
_MINOR_UNITS = {
    "BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "ISK": 0, "JPY": 0, "KMF": 0, "KRW": 0, "PYG": 0, "RWF": 0,
    "UGX": 0, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0, "XPF": 0,
    "BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
}
_QUANTS = {n: Decimal(1).scaleb(-n) for n in (0, 2, 3)}
_CENT = Decimal("0.01")
_PLAIN_RE = re.compile(r"^\s*-?\d+(?:\.\d+)?\s*$")
# "1E5", "1e+308", "2.5e-3": price-parser reads them as 1 (a wrong price stored as valid); no shop
# writes a price that way, so it is an error, not a value to guess at.
_EXPONENT_RE = re.compile(r"\d\s*[eE]\s*[-+]?\s*\d")
# Above this no bag of coffee sells in any currency (1 kg in VND or IDR is some millions); a
# 32-digit price would also overflow Decimal's 28-digit context in quantize().
MAX_PRICE = Decimal(10) ** 10
_CURRENCY_RE = re.compile(r"^[A-Z]{3}$")


def minor_unit(currency: str | None) -> int:
    return _MINOR_UNITS.get(currency or "", 2)


def parse_price(value, currency: str | None = None) -> Decimal | None:
    """'18.50' / '£12,50' / 18.5 -> Decimal in major units, quantized; None when there is no amount
    or it is not a price (see ``check_price`` for the reason)."""
    return check_price(value, currency)[0]


def check_price(value, currency: str | None = None) -> tuple[Decimal | None, str | None]:
    """(price, error): ``error`` says why a stated value is not a price (exponent notation, out of
    range, not a finite number); (None, None) when nothing was stated. Never raises."""
    if type(value) is str:  # what the feeds send: cached
        return _check_price_text(value, currency)
    if value is None:
        return _NOTHING
    return _check_price(value, currency)


_NOTHING = (None, None)


@lru_cache(maxsize=8192)  # "18.00", "24.50"... over and over
def _check_price_text(value: str, currency: str | None) -> tuple[Decimal | None, str | None]:
    return _check_price(value, currency)


def _check_price(value, currency: str | None) -> tuple[Decimal | None, str | None]:
    if isinstance(value, bool) or (isinstance(value, float) and not math.isfinite(value)):
        return None, f"{str(value)[:40]!r} is not a price"
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    else:
        # A float prints as "1e+308": the exponent test below catches it like the text "1E5".
        text = str(value).strip()
        if not text:
            return None, None
        if _EXPONENT_RE.search(text):
            return None, f"{text[:40]!r} uses exponent notation"
        try:
            # The common case ("18.50") needs no parser.
            amount = Decimal(text) if _PLAIN_RE.match(text) else Price.fromstring(text).amount
        except (InvalidOperation, ValueError, ArithmeticError):
            amount = None
        if amount is None:
            return None, None
    if not amount.is_finite():
        return None, f"{str(value)[:40]!r} is not a finite number"
    if amount < 0:
        return None, None
    if amount >= MAX_PRICE:
        return None, f"{str(value)[:40]!r} is out of range (must be below {MAX_PRICE})"
    try:
        return amount.quantize(_QUANTS[minor_unit(currency)], rounding=ROUND_HALF_UP), None
    except (InvalidOperation, ArithmeticError):  # (below MAX_PRICE this cannot happen; never raise)
        return None, f"{str(value)[:40]!r} is out of range"


@lru_cache(maxsize=8192)  # (the result depends on the values only, not on a Decimal's exponent)
def price_per_kg(price: Decimal | None, grams: int | None) -> Decimal | None:
    """Price per kilogram, 2 dp; None unless both are known and positive."""
    if price is None or not grams or grams <= 0 or price <= 0:
        return None
    return (price * 1000 / Decimal(grams)).quantize(_CENT, rounding=ROUND_HALF_UP)


def sale_compare_at(price: Decimal | None, compare_at: Decimal | None) -> Decimal | None:
    """compare_at_price only when it marks a real sale (above the price); feeds also send it equal or below."""
    if compare_at is None or price is None or compare_at <= price:
        return None
    return compare_at


@lru_cache(maxsize=256)
def valid_currency(code: str | None) -> str | None:
    code = (code or "").strip().upper()
    return code if _CURRENCY_RE.match(code) else None
