"""Grind: map a shop's grind option ("Cold Brew / Channi / French Press", "Mokapot") to a closed set."""
from __future__ import annotations

import re
from functools import lru_cache

from . import lang
from .patterns import compile as compile_stored

# The closed vocabulary. Several real options fold into one value, by grind size and brewer:
#   chemex / kalita / v60 / "pourover"         -> pour over
#   "coffee filter" / drip machine / batch brew -> filter
#   home / commercial espresso / picopresso     -> espresso
#   channi (an Indian cloth-bag cold brew)       -> cold brew
#   inverted aeropress                           -> aeropress
# A combined option ("Cold Brew / Channi / French Press") takes its first-named brewer: all of
# them are the same coarse setting, and first-named is predictable.
GRINDS: tuple[str, ...] = (
    "whole bean", "ground", "espresso", "moka pot", "aeropress", "pour over", "filter", "french press",
    "cold brew", "south indian filter", "turkish", "siphon",
)

_PATTERNS: list[tuple[str, str]] = [
    (r"whole\s*-?\s*beans?|beans?\s+only|wholebean|\bbeans?\b(?!\s*(?:grind|ground))", "whole bean"),
    (r"south\s*indian\s*(?:coffee\s*)?filter|indian\s+filter|filter\s+kaapi|kaapi", "south indian filter"),
    (r"espresso|picopresso|nanopresso", "espresso"),
    (r"moka|mocha\s*pot|stovetop|stove\s*top", "moka pot"),
    (r"aero\s*-?\s*press", "aeropress"),
    (r"pour\s*-?\s*overs?|chemex|kalita|v\s*-?60|hario|clever|melitta|wave|origami|pourover", "pour over"),
    (r"french\s*press|cafeti[eè]re|plunger|press\s*pot", "french press"),
    (r"cold\s*-?\s*brew|channi|toddy", "cold brew"),
    (r"turkish|ibrik|cezve", "turkish"),
    (r"s[iy]phon|vacuum", "siphon"),
    (r"drip|filter|batch\s*brew|auto\s*drip|coffee\s*maker|percolator", "filter"),
    (r"\bground\b|pre-?ground|grind(?:\s+for\s+me)?", "ground"),
]
# One alternation of named groups: the leftmost match wins, so a combined option keeps the brewer
# it names first ("Inverted Aeropress / Pourover" -> aeropress).
_GRIND_RE = compile_stored("|".join(f"(?P<g{i}>{p})" for i, (p, _) in enumerate(_PATTERNS)), re.I)
_VALUES = {f"g{i}": v for i, (_, v) in enumerate(_PATTERNS)}
_NOT_GRIND_OPTION_RE = compile_stored(r"size|weight|installment|frequency|city|date", re.I)
GRIND_OPTION_RE = compile_stored(r"\bgrind|\bground\b|\bbrew(?:ing)?\s*(?:method|type)?\b|\bformat\b|\bstyle\b", re.I)


@lru_cache(maxsize=4096)  # 13 grind options x every size: the same strings again and again
def parse_grind(text: str | None) -> str | None:
    """The GRINDS value ``text`` names, or None."""
    if not text:
        return None
    hits = [(m.start(), m.end(), _VALUES[m.lastgroup]) for m in _GRIND_RE.finditer(text)]
    # The shop's own language: "Grains entiers", "Moulu pour filtre", "豆のまま", "핸드드립". A longer
    # phrase beats the English word inside it ("cafetière italienne" is a moka pot, "Handfilter" a dripper).
    other = [(h.start(), h.end(), value) for h, value in lang.GRIND.find(text)]
    if other:
        hits = sorted([h for h in hits if not any(o[0] <= h[0] and h[1] <= o[1] and o[1] - o[0] > h[1] - h[0]
                                                  for o in other)]
                      + [o for o in other if not any(h[0] <= o[0] and o[1] <= h[1] for h in hits)])
    found = [value for _, _, value in hits]
    if not found:
        return None
    # "Ground - Drip", "Ground for Espresso": the brewer is the more specific fact.
    if found[0] == "ground":
        return next((g for g in found[1:] if g not in ("ground", "whole bean")), "ground")
    return found[0]


def variant_grind(options: list[tuple[str, str]], title: str | None) -> tuple[str | None, str | None]:
    """(grind, problem): a grind-named option first, then other option values, then the title."""
    options = tuple(options)
    try:
        return _variant_grind(options, title)
    except TypeError:  # unhashable options: no cache
        return _variant_grind.__wrapped__(options, title)


@lru_cache(maxsize=8192)  # the same option sets on every product of a shop
def _variant_grind(options: tuple, title: str | None) -> tuple[str | None, str | None]:
    named = [v for n, v in options if n and (GRIND_OPTION_RE.search(n) or lang.GRIND_OPTIONS.search(n))]
    for value in named:
        g = parse_grind(value)
        if g:
            return g, None
    if named:
        return None, f"unknown grind {named[0]!r}"
    for name, value in options:
        if _NOT_GRIND_OPTION_RE.search(name or "") or (name and lang.SIZE_OPTION_NAMES.search(name)):
            continue
        g = parse_grind(value)
        if g:
            return g, None
    if title and "/" in title:
        for part in title.split("/"):
            g = parse_grind(part)
            if g:
                return g, None
    return None, None
