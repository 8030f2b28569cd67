"""The speed shortcuts in facts.py and weight.py give what the plain code gives."""
from __future__ import annotations

import random
import re

from coffee_scraper.normalize import facts, weight
from coffee_scraper.normalize.patterns import fold


def _title_varieties_plain(title: str) -> tuple[str, ...]:
    out: list[str] = []
    for m in facts._VARIETY_RE.finditer(title):
        v = facts._CANON.get(m.group(1).lower(), m.group(1))
        if v not in out and v not in ("Arabica", "Robusta", "Java", "Lempira"):
            out.append(v)
    return tuple(out)


def _bag_size_plain(text: str | None) -> int | None:
    for m in weight._SIZE_IN_TEXT_RE.finditer(text or ""):
        after = text[m.end():m.end() + 16]
        word = weight._WORD_RE.match(after.lstrip(" -"))
        before = weight._WORD_RE.findall(text[max(0, m.start() - 24):m.start()].lower())[-2:]
        if (after[:1] in (" ", "-") and word and word.group(0).lower() in weight._BAG_WORDS) or \
                (weight._CJK_BAGS and after.lstrip(" /").startswith(weight._CJK_BAGS)) or \
                (before and (before[-1] in weight._BAG_WORDS or (len(before) == 2 and before[0] in weight._BAG_WORDS
                                                                 and len(before[1]) <= 4))):
            return weight.parse_weight_grams(m.group(0))
    return None


def _varieties_plain(text: str | None) -> list[str]:
    out: list[str] = []
    for part in facts._LIST_SPLIT_RE.split(text or ""):
        part = part.strip(" .")
        if part and len(part.split()) <= 4 and part.lower() not in (o.lower() for o in out):
            out.append(part)
    return out


def test_variety_names_fold_as_re_ignorecase_matches():
    # _ANY_VARIETY_RE scans fold(title): every character re.I matches to a name's character must fold to it
    chars = sorted(set("".join(facts._CANON)))
    everything = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    for ch in chars:
        for m in re.finditer(re.escape(ch), everything, re.I):
            assert fold(m.group(0)) == ch, (ch, m.group(0))


def test_title_varieties_random():
    rng = random.Random(5)
    pieces = [*facts.VARIETIES, *(v.upper() for v in facts.VARIETIES), "ſidra", "SİDRA", "\u212aent", "tabı",
              "catuaÍ", "Gesha-", "-Gesha", "_", " | ", "x", "9", "ß", "İ", "ı", "ſ", "\u212a", "SL  28"]
    for _ in range(20000):
        title = "".join(rng.choice(pieces) if rng.random() < 0.5 else rng.choice("abcs -|/ıİſ\u212aÍí")
                        for _ in range(rng.randint(0, 6)))
        assert facts._title_varieties.__wrapped__(title) == _title_varieties_plain(title), title


def test_bag_size_in_text_random():
    rng = random.Random(3)
    alpha = [*"0123456789.,- x×/()abgkzo", " g", "kg", "oz", " bag", " Beutel", "Bolsa de ", "袋", "١٢٣", "１２３",
             "²", "G", "lb", "\n", "1.000", "Poids net "]
    cases = [None, "", ".5 kg bag", ",5 kg bag", "a.5 kg bag", "x250g bag", "250g bag", "Bolsa de 250 g", "a,5 kg bag"]
    cases += ["".join(rng.choice(alpha) for _ in range(rng.randint(0, 14))) for _ in range(20000)]
    for text in cases:
        assert weight.bag_size_in_text(text) == _bag_size_plain(text), text


def test_varieties_cached_copies():
    for text in (None, "", "Caturra, Castillo", "caturra / CATURRA & Typica", "SL28; SL34 and Ruiru 11", " . , "):
        assert facts.parse_varieties(text) == _varieties_plain(text)
    got = facts.parse_varieties("Caturra, Castillo")
    got.append("x")  # the caller's list is its own
    assert facts.parse_varieties("Caturra, Castillo") == ["Caturra", "Castillo"]
