"""The normalizer's speed helpers (normalize/patterns.py) change no result.

Prefix-tree alternations must match exactly like the plain alternations they replace, required
words must never skip a regex that would have matched, and the fast whitespace path must equal
the regex it stands for.
"""
from __future__ import annotations

import functools
import importlib
import random
import re
import sys
from pathlib import Path

import pytest

from coffee_scraper.normalize.patterns import Guarded, GuardSet, fold, required_words, tree_alternation
from coffee_scraper.normalize.text import _SPACE_RE, clean_inline, html_to_text

ROOT = Path(__file__).resolve().parent.parent
MODULES = ["text", "classify", "origin", "notes", "facts", "weight", "grind", "price", "process", "roast"]
_mods = {name: importlib.import_module(f"coffee_scraper.normalize.{name}") for name in MODULES}
origin, text_mod, facts = _mods["origin"], _mods["text"], _mods["facts"]


def _plain(names, sep):
    return "|".join(re.escape(n).replace(r"\ ", sep) if sep else re.escape(n) for n in names)


# (label, names in try order, separator, ignorecase, template, flags): the regexes the modules build.
TREES = [
    ("title", sorted(list(origin._STRONG) + list(origin._ADJ), key=len, reverse=True), r"[\s_\-]+", True,
     r"(?<!\w)({})(?!\w)", re.I),
    ("label", sorted(list(origin._STRONG) + list(origin._ADJ) + list(origin._WEAK_NAMES), key=len, reverse=True),
     r"[\s_\-]+", True, r"(?<!\w)({})(?!\w)", re.I),
    ("colon", text_mod._ALL, r"\s+", True, r"(?:^|(?<=[\s|•·;,.]))(?:[-•*]\s*)?({})\s*[:：]\s*", re.I),
    ("upper", [s.upper() for s in text_mod._ALL if s not in text_mod._UPPER_SKIP], r"\s+", False, r"\b({})\b", 0),
    ("variety", sorted(facts.VARIETIES, key=len, reverse=True), None, True, r"(?<![\w-])({})(?![\w-])", re.I),
    ("toy", ["ab c", "ab-cd", "ab", "a", "abc", "x y", "x-y", "xy", "ǅa", "ıa", "ia"], r"[\s_\-]+", True,
     r"(?<!\w)({})(?!\w)", re.I),
]


def _random_text(r: random.Random, names: list[str]) -> str:
    seps = [" ", "  ", "-", "_", " - ", ", ", ". ", "", ":", " : ", "'", "\t", "\n", "ı", "K", "é", "İ", "ſ"]
    out = []
    for _ in range(r.randint(1, 8)):
        if r.random() < 0.6:
            n = r.choice(names)
            if r.random() < 0.3:
                n = n[: r.randint(1, len(n))]
            n = "".join(c.upper() if r.random() < 0.3 else c for c in n)
            if r.random() < 0.3:
                n = n.replace(" ", r.choice(["-", "_", "  ", " \t"]))
        else:
            n = "".join(r.choice("abcdeiklnorstuy ") for _ in range(r.randint(1, 6)))
        out += [n, r.choice(seps)]
    return "".join(out)


@pytest.mark.parametrize("label,names,sep,ignorecase,template,flags", TREES, ids=[t[0] for t in TREES])
def test_prefix_tree_matches_like_the_plain_alternation(label, names, sep, ignorecase, template, flags):
    plain = re.compile(template.format(_plain(names, sep)), flags)
    tree = re.compile(template.format(tree_alternation(names, sep=sep, ignorecase=ignorecase)), flags)
    r = random.Random(label)
    texts = [_random_text(r, names) for _ in range(3000)]
    for n in names:
        for v in {n, n.upper(), n.title(), n.replace(" ", "-"), n.replace(" ", "_"), n.replace(" ", "  ")}:
            texts += [v, f"x {v} y", f"{v}s", f"({v})", f"{v}: z"]
    for t in texts:
        assert [(m.span(), m.groups()) for m in plain.finditer(t)] == [(m.span(), m.groups()) for m in tree.finditer(t)], t
        a, b = plain.fullmatch(t.strip()), tree.fullmatch(t.strip())
        assert (a and a.groups()) == (b and b.groups()), t


@pytest.mark.parametrize("label", ["title", "label", "text", "adj_text"])
def test_country_names_found_from_first_words_as_the_regex_finds_them(label):
    # origin._Names tries its regex only where a name's first word stands: the same matches as finditer.
    names = {"title": origin._TITLE, "label": origin._LABEL, "text": origin._TEXT, "adj_text": origin._ADJ_TEXT}[label]
    sample = sorted(origin._STRONG)[::7] + sorted(origin._ADJ)[::3] + ["Papua New Guinea", "El Salvador", "Côte d'Ivoire"]
    r = random.Random(label)
    texts = [_random_text(r, sample) for _ in range(3000)]
    for n in sample[::5]:
        for v in {n, n.upper(), n.title(), n.replace(" ", "-"), n.replace(" ", "_")}:
            texts += [v, f"x {v} y", f"{v}s", f"({v})", f"de{v}", f"🌋{v}, {v}."]
    for t in texts:
        assert [(m.span(), m.groups()) for m in names.finditer(t)] == \
            [(m.span(), m.groups()) for m in names.regex.finditer(t)], t


def test_anchored_roast_phrases_match_as_the_alternation_does():
    roast = _mods["roast"]
    words = ["light", "medium", "dark", "roast", "roasted", "roasts", "full city", "vienna", "profile", "level",
             "blend", "it", "to", "a", "the", "our", "espresso", "enlightened", "darkroast", "-", " ", "  ", ", ",
             "İ", "ſ", "\n", "Medium-Dark", "LIGHT", "to a"]
    r = random.Random("roast")
    texts = ["".join(r.choice(words) + r.choice(["", " ", "-"]) for _ in range(r.randint(1, 9))) for _ in range(20000)]
    for t in texts:
        want, got = roast._TEXT_RE.search(t), roast._TEXT_ANCHORED.search(t)
        # (each alternative has its own group: find_roast reads the first group that matched)
        assert (want and (want.span(), next(g for g in want.groups() if g))) == \
            (got and (got.span(), next(g for g in got.groups() if g))), t


def test_fold_covers_every_character_an_ascii_letter_matches():
    # Under re.IGNORECASE a lower-case ASCII letter matches exactly the characters fold() maps to it.
    letter = re.compile("[a-z]", re.I)
    for cp in range(0x110000):
        ch = chr(cp)
        if 0xD800 <= cp <= 0xDFFF:
            continue
        folded = fold.__wrapped__(ch)
        assert len(folded) == 1, hex(cp)
        if letter.fullmatch(ch):
            assert re.fullmatch(re.escape(folded), ch, re.I) and folded.isascii(), hex(cp)
        else:
            assert not (folded.isascii() and folded.isalpha()), hex(cp)


def _guards():
    """Every Guarded regex of the normalizer, plus required words for every module-level regex."""
    out = []
    for name, mod in _mods.items():
        for attr, value in vars(mod).items():
            if isinstance(value, Guarded):
                out.append((f"{name}.{attr}", value))
            elif isinstance(value, re.Pattern):
                out.append((f"{name}.{attr}", Guarded(value)))
            elif isinstance(value, list):
                for i, item in enumerate(value):
                    for part in item if isinstance(item, tuple) else (item,):
                        if isinstance(part, Guarded):
                            out.append((f"{name}.{attr}[{i}]", part))
                        elif isinstance(part, re.Pattern):
                            out.append((f"{name}.{attr}[{i}]", Guarded(part)))
    return out


@functools.lru_cache(maxsize=1)
def _sample_texts() -> list[str]:
    sys.path.insert(0, str(ROOT / "tests" / "corpus"))
    from build import load_corpus

    from coffee_scraper_shops.platforms.shopify import synthetic_shopify
    from coffee_scraper.spiders.shopify import source_product

    sources = [e["source"] for e in load_corpus()]
    sources += [source_product(p, "USD") for p in synthetic_shopify(80, seed=9)]
    texts = []
    for s in sources:
        body = html_to_text(s.description_html)
        texts += [s.name, s.name.upper(), body, s.product_type or "", s.vendor or "", *s.tags, *s.categories]
        texts += body.split("\n")
        texts += [val for v in s.variants for pair in v.options for val in pair]
    words = sorted({w for _, g in _guards() for w in g.words or ()})
    r = random.Random(5)
    for _ in range(1200):
        ws = [r.choice(words) for _ in range(r.randint(1, 5))]
        ws = [w.upper() if r.random() < 0.3 else w for w in ws]
        texts.append(r.choice(["", "the ", "A ", "our "]) + r.choice([" ", "-", "  ", "\n", ", "]).join(ws)
                     + r.choice(["", " 250g", " roast", ".", " blend"]))
    return texts


def test_required_words_never_skip_a_match():
    texts = _sample_texts()
    matched = 0
    for label, guard in _guards():
        for t in texts:
            if guard.regex.search(t):
                matched += 1
                assert guard.possible(t), (label, guard.words, t)
                assert guard.search(t) is not None, (label, t)
    assert matched > 3000


def test_required_words_examples():
    assert required_words(re.compile(r"\bdecaf(?:feinated)?\b|swiss\s*water", re.I)) == ("decaf", "swiss")
    assert required_words(re.compile(r"a?b|c")) == ("b", "c")
    assert required_words(re.compile(r"(?:x|)y+")) == ("y",)
    assert required_words(re.compile(r"[ab]c*")) is None
    assert required_words(re.compile(r"Kelvin", re.I)) == ("kelvin",)
    assert Guarded(re.compile(r"kelvin", re.I)).search("\u212aELVIN")  # Kelvin sign folds to k


def test_guard_set_finds_the_words_present():
    classify = _mods["classify"]
    texts = _sample_texts()
    words = sorted(set(classify._TITLE_GUARDS._prefixes))
    for t in texts:
        f = fold(t)
        assert classify._TITLE_GUARDS.present(f) == {w for w in words if w in f}, t
    guards = [g for _, g in _guards() if g.ignorecase]
    gs = GuardSet(guards)
    for t in texts[:2000]:
        present = gs.present(fold(t))
        for g in guards:
            assert (g.search_among(t, present) is None) == (g.search(t) is None), t


@pytest.mark.parametrize("s", ["a  b", " a\tb ", "a\u00a0b", "a\u200bb", "a\x1cb", "a\x85b", "a\u2028b", "a\nb",
                               "a \n b", "\u3000a\u2000\u2001b", "x\u1680y", "plain", "", "  ", "a&amp;b  c"])
def test_fast_whitespace_paths_equal_the_regex(s):
    from w3lib.html import replace_entities
    expected = _SPACE_RE.sub(" ", replace_entities(s) if "&" in s else s).strip() if s else ""
    assert clean_inline(s) == expected
    html = f"<p>{s}</p><p>x {s} y</p>"
    plain = replace_entities(re.sub(r"<[^>]+>", "\n", html))
    lines = [_SPACE_RE.sub(" ", line).strip() for line in plain.split("\n")]
    assert html_to_text(html) == "\n".join(line for line in lines if line)


def test_safe_tree_characters_never_match_the_same_character():
    # patterns._SAFE: prefix-tree siblings drawn from it can never both match one input character.
    from coffee_scraper.normalize.patterns import _SAFE
    keys = sorted(_SAFE)
    anyone = re.compile("|".join(f"(?:{re.escape(k)})" for k in keys), re.I)
    each = [re.compile(re.escape(k), re.I) for k in keys]
    for cp in range(0x110000):
        ch = chr(cp)
        if anyone.fullmatch(ch):
            assert sum(1 for p in each if p.fullmatch(ch)) == 1, hex(cp)


def test_removing_all_tags_equals_w3lib_remove_tags():
    sys.path.insert(0, str(ROOT / "tests" / "corpus"))
    from build import load_corpus

    samples = [e["source"].description_html or "" for e in load_corpus()] + _sample_texts()[:300] + [
        "<p>a</p><br/>b<div class='x'>c</div>", "<a href=\"x>y\">t</a>", "1 < 2 > 0", "<unterminated tag",
        "<P>Upper</P>", "<!doctype html><x-y z=1>w</x-y>", "< p>not a tag</ p>", "<ſcript>x</ſcript>"]
    for s in samples:
        assert text_mod._remove_all_tags(s) == text_mod.remove_tags(s), s


def test_compound_head_check_equals_the_heads_regex():
    """Vocabulary._head_possible tests the text's words with str.endswith; _heads_re over text.lower() says the same."""
    from coffee_scraper.normalize import lang

    vocab = lang.NON_COFFEE
    assert vocab._heads_re is not None
    texts = _sample_texts() + ["Kaffeemühle", "KAFFEEMÜHLE Deluxe", "ſtempelkanne", "Espressotasse!", "mühle", "x_mühle"]
    for t in texts:
        assert vocab._head_possible(t) == (vocab._heads_re.search(t.lower()) is not None), t
