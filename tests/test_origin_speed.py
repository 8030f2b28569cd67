"""Speed shortcuts in origin/process/roast against the plain code: a pre-check may only skip a search
that cannot match (random texts built from the rules' own words, in odd cases and spellings)."""
from __future__ import annotations

import random

import pytest

from coffee_scraper.normalize import process, roast

# Words the rules look for, their neighbours, and the characters re.IGNORECASE matches with ASCII letters
# ("İ", "ı" -> i, "ſ" -> s, Kelvin sign -> k).
_WORDS = [
    "light", "medium", "dark", "roast", "roasted", "roasts", "full", "city", "vienna", "profile", "level", "blend",
    "to", "a", "an", "the", "it", "our", "this", "at", "extra", "very", "cold", "brew",
    "natural", "naturally", "washed", "unwashed", "honey", "red", "black", "yellow", "golden", "white", "pulp",
    "pulped", "wet", "hulled", "giling", "basah", "monsoon", "monsooned", "monsooning", "processed", "process",
    "processing", "using", "with", "by", "via", "method", "lot", "coffee", "arabica", "robusta", "peaberry", "aa",
    "ab", "fully", "double", "sun", "dried", "carbonic", "maceration", "anaerobic", "fermentation",
    "LİGHT", "lıght", "roaſt", "waſhed", "DARK", "Medium-Dark", "proceſſed", "\u212aoji", "monſoon", "hulle\u0130",
    "Kaffee", "helle", "Röstung", "浅煎り", "ナチュラル", "Эфиопия", "Αιθιοπία", "",
]
_SEPS = [" ", "  ", "-", "_", " - ", "\n", ". ", ", ", "/", "–", "\u00a0"]


def _texts(seed: int, n: int):
    rng = random.Random(seed)
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(0, 9)):
            w = rng.choice(_WORDS)
            r = rng.random()
            w = w.upper() if r < 0.15 else w.title() if r < 0.3 else w
            if rng.random() < 0.05 and w:
                i = rng.randrange(len(w))
                w = w[:i] + rng.choice("İıſ\u212a_") + w[i + 1:]
            parts.append(w)
            parts.append(rng.choice(_SEPS))
        yield "".join(parts)


@pytest.mark.parametrize("seed", range(4))
def test_roast_text_prechecks_skip_only_texts_with_no_match(seed):
    for text in _texts(seed, 20000):
        expected = roast._TEXT_RE.search(text)
        if not (roast._TEXT.possible(text) and roast._TEXT_LEVEL.possible(text)):
            assert expected is None, text
        else:
            got = roast._TEXT_ANCHORED.search(text)
            assert (got and got.span()) == (expected and expected.span()), text


@pytest.mark.parametrize("seed", range(4))
def test_process_text_precheck_skips_only_texts_with_no_match(seed):
    for text in _texts(100 + seed, 20000):
        if not process._G_TEXT.possible(text):
            assert process._TEXT_RE.search(text) is None, text
            assert process._TEXT.search(text) is None, text


def test_prechecks_see_the_special_case_folds():
    assert roast._TEXT_LEVEL.possible("LİGHT") and roast._TEXT_RE.search("LİGHT roaſt")
    assert process._G_TEXT.possible("waſhed") and process._TEXT_RE.search("fully waſhed")
