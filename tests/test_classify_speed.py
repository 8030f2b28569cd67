"""The classifier's speed paths give what the plain ones give (random titles in many scripts and cases)."""
import random
import re

from coffee_scraper.normalize import classify as _  # noqa: F401  (builds the vocabularies)
import sys

C = sys.modules["coffee_scraper.normalize.classify"]
from coffee_scraper.normalize import lang  # noqa: E402
from coffee_scraper.normalize.patterns import fold, folds_as_lower  # noqa: E402

_PIECES = [
    "Ethiopia", "Guji", "Kaffeemühle", "MÜHLE", "Geschenkgutschein", "ドリッパー", "머그컵", "咖啡", "Tシャツ",
    "gift", "card", "Subscription", "masterclass", "V60", "df64", "1zpresso", "Café", "İstanbul", "ı", "ſ", "K",
    "Kelvin", "ΣΟΦΙΑ", "tea", "TEA", "cups", "capsules", "burrs", "Wholesale", "espresso", "Espresso-Mischung",
    "Blend", "mélange", "decaf", "Swiss", "water", "–", "’", "_", "-", "/", "(", ")", "&", "250g", "1kg", "😀",
    "\u3000", "café_mühle", "kaffeekanne", "teekanne", "grinder", "Kaffeefilter", "papierfilter", "",
]


def _random_title(r: random.Random) -> str:
    parts = []
    for _ in range(r.randint(0, 7)):
        p = r.choice(_PIECES) if r.random() < 0.7 else "".join(
            chr(r.choice([r.randint(0x20, 0x7e), r.randint(0xc0, 0x24f), r.randint(0x370, 0x3ff),
                          r.randint(0x3040, 0x30ff), r.randint(0xac00, 0xac40), r.randint(0x4e00, 0x4e40),
                          0x130, 0x131, 0x17f, 0x212a, 0x307]))
            for _ in range(r.randint(1, 8)))
        parts.append(p.upper() if r.random() < 0.15 else p)
        parts.append(r.choice([" ", "", "-", " – ", "_", "\n", "/"]))
    return "".join(parts)


def _head_possible_plain(vocab, text: str) -> bool:
    if vocab._heads_re is None:
        return False
    return vocab._heads_re.search(text.lower()) is not None


def _word_bits_plain(text: str) -> int:
    bits = 0
    for w in re.findall(r"\w+", text.lower()):
        bits |= lang._VOCAB_BITS.get(w, 0)
    return bits


def test_title_words_fuzz():
    r = random.Random(14)
    guards = C._TITLE_GUARDS
    for _ in range(20000):
        t = _random_title(r)
        if folds_as_lower(t):
            assert guards.present_in_words(lang.word_set(t)) == guards.present(fold(t)), t
        for v in (lang.NON_COFFEE, lang.COFFEE, C._BLEND_WORDS, C._DECAF_WORDS):
            assert v._head_possible(t) == _head_possible_plain(v, t), t
        phrase_bits = lang._word_bits(t) & ~sum(v._head_bit for v in lang._HEAD_VOCABULARIES)
        assert phrase_bits == _word_bits_plain(t), t


def test_real_titles():
    from bench.items import raw_items
    guards = C._TITLE_GUARDS
    for item in raw_items(3000, seed=31):
        t = item["source"].name
        if folds_as_lower(t):
            assert guards.present_in_words(lang.word_set(t)) == guards.present(fold(t)), t
        assert lang.NON_COFFEE._head_possible(t) == _head_possible_plain(lang.NON_COFFEE, t), t


def test_folds_as_lower_fuzz():
    from coffee_scraper.normalize.patterns import _FOLD
    r = random.Random(3)
    for _ in range(20000):
        t = _random_title(r)
        assert folds_as_lower(t) == (t.translate(_FOLD) == t), t
        assert fold.__wrapped__(t) == t.translate(_FOLD).lower(), t
