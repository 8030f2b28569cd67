"""Bag size: parse a variant's size text ("12 oz.", "250gms", "10oz Case Pack (6)", "200g x 4") to grams."""
from __future__ import annotations

import re
from functools import lru_cache
from decimal import Decimal

from . import lang
from .patterns import compile as compile_stored, fold

GRAMS_PER_UNIT = {
    "g": Decimal(1), "gm": Decimal(1), "gms": Decimal(1), "gr": Decimal(1), "grs": Decimal(1),
    "gram": Decimal(1), "grams": Decimal(1), "gramm": Decimal(1), "grammes": Decimal(1), "gramos": Decimal(1),
    "kg": Decimal(1000), "kgs": Decimal(1000), "kilo": Decimal(1000), "kilos": Decimal(1000),
    "kilogram": Decimal(1000), "kilograms": Decimal(1000),
    "oz": Decimal("28.349523125"), "ozs": Decimal("28.349523125"), "ounce": Decimal("28.349523125"),
    "ounces": Decimal("28.349523125"),
    "lb": Decimal("453.59237"), "lbs": Decimal("453.59237"), "pound": Decimal("453.59237"),
    "pounds": Decimal("453.59237"),
    # Cyrillic, as Eastern European shops label bags: "1 кг", "250 г", "250 гр"
    "кг": Decimal(1000), "г": Decimal(1), "гр": Decimal(1), "грамм": Decimal(1),
}
# Every language's units: "250 Gramm", "500 gramos", "1 chilo", "200グラム", "200그램", "200克", "1公斤".
for _unit, _grams in lang.UNITS.items():
    GRAMS_PER_UNIT.setdefault(_unit, Decimal(str(_grams)))
_UNIT_ALT = "|".join(re.escape(u) for u in sorted(GRAMS_PER_UNIT, key=len, reverse=True))
_NUM = r"\d+(?:[.,]\d+)?|[.,]\d+"
# "12 oz.", "250gms", "1Kg", "2.2 lb", "0,5 kg"; the unit must end the word ("12 ozark" is not 12 oz).
# Before the number: no letter of a word the number would belong to ("x2"), but "内容量200g" and codes
# like "PROMO_0814_240g" hold sizes.
# (Latin letters exclude × and ÷: "250g×4", "2×250g")
_LETTER = r"a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0400-\u04ff"
_QTY_RE = compile_stored(rf"(?<![0-9A-Z{_LETTER}.])({_NUM})\s*-?\s*({_UNIT_ALT})\.?(?![{_LETTER}])", re.I)
# Quantities written as a word: "½ kg", "半磅" (half a pound); Chinese shops sell "半磅 / 一磅 / 两磅".
_WORD_QUANTITY = {"½": (1, 2), "¼": (1, 4), "半": (1, 2), "一": (1, 1), "两": (2, 1), "兩": (2, 1)}
_QUANTITY_CHARS = frozenset(_WORD_QUANTITY)
_FRACTION_RE = compile_stored(rf"(?<![\d/])(?:({'|'.join(_WORD_QUANTITY)})|(\d)\s*/\s*(\d))\s*-?\s*({_UNIT_ALT})\.?(?![a-z])",
                              re.I)
# The same in Latin-script words (lang tables' QUANTITY_WORDS): "mezzo chilo", "ein Kilo", "un demi-kilo" ("demi"
# before the unit counts), "half a pound". Tried only on text holding no number.
_WORD_QTY_RE = compile_stored(
    rf"(?<![\w])({'|'.join(re.escape(w) for w in sorted(lang.QUANTITY_WORDS, key=len, reverse=True))})"
    rf"(?:[\s-]+an?)?[\s-]+({_UNIT_ALT})\.?(?![{_LETTER}])", re.I)
# "1.000 g" is a thousand grams where a dot groups thousands (German, Dutch, Spanish...).
_THOUSANDS_DOT_RE = compile_stored(r"^\d{1,3}\.\d{3}$")
# "1 000 g": a space groups them (French, Nordic), the digits before the last three.
_THOUSANDS_SPACE_RE = compile_stored(r"(?<![\d.,])(\d{1,2})[ \u00a0\u202f]$")
# Multipliers around a size: "200g x 4", "4 x 200g", "10oz Case Pack (6)", "12oz 2-Pack", "Pack of 3".
_TIMES_AFTER_RE = compile_stored(r"^\s*(?:[x×*]\s*(\d{1,3})(?![\da-z])|(?:case\s*)?pack\s*(?:of\s*)?\(?\s*(\d{1,3})\s*\)?|\(\s*(\d{1,3})\s*(?:pack|bags?|x)?\s*\))", re.I)
_TIMES_BEFORE_RE = compile_stored(r"(?:\b(\d{1,3})\s*[x×*]|\b(\d{1,3})\s*(?:-\s*)?pack\s+(?:of\s+)?)\s*$", re.I)
_PACK_SUFFIX_RE = compile_stored(r"^\s*[-,/]?\s*(\d{1,3})\s*-?\s*(?:pack|pk|bags)\b", re.I)
_BARE_NUMBER_RE = compile_stored(r"^\s*(\d{2,5})\s*$")
SIZE_OPTION_RE = compile_stored(r"\b(size|weight|bag|amount|quantity|qty|volume|pack)\b|(?<!\w)(?:"
                            + "|".join(re.escape(w) for w in sorted(lang.SIZE_OPTIONS, key=len, reverse=True))
                            + r")(?!\w)", re.I)
_NON_SIZE_OPTION_RE = compile_stored(r"\b(installments?|frequency|deliver|every|city|date|colou?r|grind|roast)\b", re.I)
DEFAULT_TITLE = "default title"


def _number(text: str) -> Decimal:
    # "1,000" is a thousands separator; "0,5" a decimal comma.
    if "," in text:
        head, _, tail = text.partition(",")
        text = head + tail if len(tail) == 3 and head else head + "." + tail
    return Decimal(text)


@lru_cache(maxsize=4096)  # option strings repeat across variants and products
def parse_weight_grams(text: str | None, *, bare_number_is_grams: bool = False) -> int | None:
    """Grams in ``text`` or None. A multiplier multiplies ("200g x 4" = 800, "Case Pack (6)").

    ``bare_number_is_grams``: a size option holding only "200" means 200 g (a real Indian feed).
    """
    if not text:
        return None
    if text.strip().lower() == DEFAULT_TITLE:
        return None
    f = _FRACTION_RE.search(text) if ("/" in text or (not text.isascii() and not _QUANTITY_CHARS.isdisjoint(text))) \
        else None
    if f:  # "1/2 kilo", "½ kg", "1/4 lb", "半磅" (half a pound), "一磅"
        num, den = _WORD_QUANTITY[f.group(1)] if f.group(1) else (int(f.group(2)), int(f.group(3)))
        if den:
            grams = Decimal(num) / Decimal(den) * GRAMS_PER_UNIT[fold(f.group(4))]
            return int(grams.to_integral_value()) or None
    m = _QTY_RE.search(text)
    if not m:
        w = _WORD_QTY_RE.search(text) if not any(ch.isdigit() for ch in text) else None
        if w:  # "mezzo chilo", "ein Kilo", "half a pound"
            num, den = lang.QUANTITY_WORDS[fold(w.group(1))]
            return int((Decimal(num) / Decimal(den) * GRAMS_PER_UNIT[fold(w.group(2))]).to_integral_value()) or None
        if bare_number_is_grams:
            b = _BARE_NUMBER_RE.match(text)
            if b and 20 <= int(b.group(1)) <= 25000:
                return int(b.group(1))
        return None
    num, factor = m.group(1), GRAMS_PER_UNIT[fold(m.group(2))]
    start = m.start()
    if factor == 1 and _THOUSANDS_DOT_RE.match(num):
        num = num.replace(".", "")
    elif factor == 1 and len(num) == 3 and num.isdigit() and start:
        spaced = _THOUSANDS_SPACE_RE.search(text, 0, start)
        if spaced:  # "1 000 g": French and Nordic shops group thousands with a (narrow, no-break) space
            num, start = spaced.group(1) + num, spaced.start()
    grams = _number(num) * factor
    count = 1
    after = _TIMES_AFTER_RE.match(text[m.end():]) or _PACK_SUFFIX_RE.match(text[m.end():])
    before = _TIMES_BEFORE_RE.search(text[:start])
    if after:
        count = int(next(g for g in after.groups() if g))
    elif before:
        count = int(next(g for g in before.groups() if g))
    if count < 1:
        return None
    total = int((grams * count).to_integral_value())
    return total if total > 0 else None


def is_size_option(name: str | None) -> bool:
    return bool(name and SIZE_OPTION_RE.search(name) and not _NON_SIZE_OPTION_RE.search(name))


# Every language's bag words (a table's BAGS): "12 oz bag", "250 g Beutel", "200g入り", and the
# Romance order "Bolsa de 250 g", "Confezione da 1 kg" (one short word may stand between). Sizes are
# found first (a digit starts them) and the words around them looked up: one scan of the text.
_SIZE_IN_TEXT_RE = compile_stored(rf"(?<![\w.])(?:{_NUM})\s*-?\s*(?:{_UNIT_ALT})\.?(?![0-9{_LETTER}])", re.I)
_WORD_RE = compile_stored(r"\w+")
_DIGIT_RE = compile_stored(r"\d")
# A weight label right before the size says the same: "Poids net 250 g", "内容量 200g", "용량 200그램".
_BAG_WORDS = frozenset({"bag", "pouch", "tin", "box", *(b for b in lang.BAGS if not lang.is_cjk(b)),
                        *(w for w in lang.label_spellings()["weight"] if _WORD_RE.fullmatch(w))})
_CJK_BAGS = tuple(b for b in lang.BAGS if lang.is_cjk(b))


def bag_size_in_text(text: str | None) -> int | None:
    """'12 oz bag.', '250 g Beutel', 'Bolsa de 250 g' in a description: the size of a single-SKU product
    the options do not state."""
    digit = _DIGIT_RE.search(text or "")
    if digit is None:
        return None
    # Every size starts at a digit or at the "." / "," right before one: the scan (slow at each position
    # of the text, lookbehind first) begins there. (The lookbehind still sees the text before it.)
    for m in _SIZE_IN_TEXT_RE.finditer(text, max(0, digit.start() - 1)):
        after = text[m.end():m.end() + 16]
        word = _WORD_RE.match(after.lstrip(" -"))
        before = _WORD_RE.findall(text[max(0, m.start() - 24):m.start()].lower())[-2:]
        if (after[:1] in (" ", "-") and word and word.group(0).lower() in _BAG_WORDS) or \
                (_CJK_BAGS and after.lstrip(" /").startswith(_CJK_BAGS)) or \
                (before and (before[-1] in _BAG_WORDS or (len(before) == 2 and before[0] in _BAG_WORDS
                                                          and len(before[1]) <= 4))):
            return parse_weight_grams(m.group(0))
    return None


@lru_cache(maxsize=8192)  # the same option sets on every product of a shop
def _stated_weight(options: tuple, title: str | None) -> tuple[int | None, str | None, bool]:
    """(grams from the options or the variant title, the unreadable size value, any size option)."""
    size_values = [v for n, v in options if is_size_option(n)]
    for value in size_values:
        g = parse_weight_grams(value, bare_number_is_grams=True)
        if g:
            return g, None, True
    for name, value in options:
        if not is_size_option(name) and not _NON_SIZE_OPTION_RE.search(name or ""):
            g = parse_weight_grams(value)
            if g:
                return g, None, bool(size_values)
    g = parse_weight_grams(title)
    if g:
        return g, None, bool(size_values)
    unreadable = next((v for v in size_values if v and v.strip().lower() != DEFAULT_TITLE), None)
    return None, unreadable, bool(size_values)


def variant_weight(options: list[tuple[str, str]], title: str | None, product_name: str | None,
                   shipping_grams: int | None, single_variant: bool, description: str = ""
                   ) -> tuple[int | None, str | None]:
    """(grams, problem) for one variant: options and title first, Shopify `grams` (shipping weight) last.

    ``problem`` is a readable reason when a size was stated but could not be read.
    """
    options = tuple(options)
    try:
        stated = _stated_weight(options, title)
    except TypeError:  # unhashable options: no cache
        stated = _stated_weight.__wrapped__(options, title)
    return weight_from(stated, product_name, shipping_grams, single_variant, description)


def weight_from(stated: tuple[int | None, str | None, bool], product_name: str | None, shipping_grams: int | None,
                single_variant: bool, description: str = "") -> tuple[int | None, str | None]:
    """variant_weight, given ``_stated_weight``'s answer for the variant's options and title."""
    g, unreadable, sized = stated
    if g:
        return g, None
    # The product name ("Silver Oak Cafe Blend 75g") only speaks for a lone variant.
    if single_variant or not sized:
        g = parse_weight_grams(product_name) or (bag_size_in_text(description) if single_variant else None)
        if g:
            return g, None
    if shipping_grams and shipping_grams > 0 and not unreadable:
        return int(shipping_grams), None
    if unreadable:
        return None, f"cannot parse size from {unreadable!r}"
    return None, None
