"""Roast level: tags, "Roast Level:" lines, titles and running text, mapped to a closed vocabulary."""
from __future__ import annotations

import re
from functools import lru_cache

from . import lang
from .patterns import Anchored, Guarded, compile as compile_stored
from .text import split_tag

ROAST_LEVELS: tuple[str, ...] = ("light", "medium-light", "medium", "medium-dark", "dark", "omni")

_L = r"(?:extra|ultra|very)?\s*(?:light|medium|dark)(?:\s*(?:-|to|/|\+)?\s*(?:light|medium|dark))?|omni(?:\s*-?\s*roast)?"
# Traditional names (Wikipedia's roast table): city = medium, full city = medium-dark, Vienna/French/Italian = dark.
_NAMED = [
    (compile_stored(r"omni", re.I), "omni"),
    (compile_stored(r"full\s*city", re.I), "medium-dark"),
    (compile_stored(r"half\s*city|light\s*city|cinnamon|new\s*england|nordic", re.I), "light"),
    (compile_stored(r"\bcity\b", re.I), "medium"),
    (compile_stored(r"vienna|french\s+roast|italian\s+roast|continental", re.I), "dark"),
]
# (CJK ranges: "浅煎り〜中煎り", "라이트~미디엄", "浅焙至中焙")
_PAIR_RE = compile_stored(r"(light|medium|dark)\s*(?:-|to|/|\+|–|~|〜|～|至)?\s*(light|medium|dark)?", re.I)


@lru_cache(maxsize=4096)  # label values and tags repeat across a shop
def parse_roast(text: str | None) -> str | None:
    """ROAST_LEVELS value of a roast label or tag value ("Medium Dark", "dark-roast", "City Roast")."""
    if not text:
        return None
    return _parse_english(translated(text.replace("_", " ")))


def _parse_english(t: str) -> str | None:
    for pattern, value in _NAMED:
        if pattern.search(t):
            return value
    m = _PAIR_RE.search(t)
    if not m:
        return None
    a, b = m.group(1).lower(), (m.group(2) or "").lower()
    pair = {a, b} - {""}
    if pair == {"light", "medium"}:
        return "medium-light"
    if pair == {"medium", "dark"}:
        return "medium-dark"
    if pair == {"light", "dark"}:
        return "omni"  # "light to dark": roasted for both
    return a


# Between two levels: "hell bis mittel", "claro a medio", "licht tot medium", "ljus till mellan".
_BETWEEN_RE = compile_stored(r"\b(light|medium|dark)\s+(?:bis|à|a|al|tot|do|till|til|até|alla|y|e|et|und|och|og|i|en|oder|ou|o|or)\s+"
                         r"(light|medium|dark)\b", re.I)


def translated(text: str) -> str:
    """``text`` with every language's roast words put in English ("Torréfaction moyenne foncée" ->
    "Torréfaction medium-dark", "浅煎り" -> "light"), for the English rules to read."""
    out = _TRANSLATE.translate(text)
    return out if out is text else _BETWEEN_RE.sub(r"\1-\2", out)


# Only the words the English rules do not already read the same way ("light", "medium", "dark").
_TRANSLATE = lang.Vocabulary({w: v for w, v in lang.merged("ROAST").items() if _parse_english(w) != v})


def foreign_roast_in_text(text: str) -> str | None:
    """A roast level in a title or running text in any language, next to a roasting word ("helle
    Röstung", "tostado medio", "深煎り", "약배전"): a bare "dunkel" or "다크" may be chocolate."""
    found = lang.ROAST.find(text)
    for i, (m, value) in enumerate(found):
        if _before_food(text, m):
            continue  # "dunkle Schokolade, geröstete Haselnüsse": a taste next to a roasting word
        word = m.group(0).lower()
        # "mörkrostad", "lysbrent", "浅煎り" carry their roasting word inside; a level between two
        # ("Mellanmörk", "mittel-dunkel", "moyenne foncée") is no taste
        if value in _BETWEEN_LEVELS or any(c in word for c in _CONTEXT_WORDS) or \
                lang.ROAST_CONTEXT.search(lang.sentence_around(text, m.start(), m.end(), 25)) is not None:
            if i + 1 < len(found) and (_GAP_RE.fullmatch(text, m.end(), found[i + 1][0].start())
                                       or _medium_pair(text, (m, value), found[i + 1])):
                # "Mittlere bis dunkle Röstung", "légère à moyenne": the range between the two
                return parse_roast(text[m.start():found[i + 1][0].end()]) or value
            if i and _medium_pair(text, found[i - 1], (m, value)):
                # "middels mørkbrent", "mellan mörkrostad": a medium word before a level that carries the roasting
                # word is the level between
                return parse_roast(text[found[i - 1][0].start():m.end()]) or value
            return value
    return None


def _medium_pair(text: str, first, second) -> bool:
    """Whether two roast words found in a row are a medium word and another level with only spaces between."""
    return "medium" in (first[1], second[1]) and first[1] != second[1] and \
        text[first[0].end():second[0].start()].isspace()


# Between two roast words, what makes them a range ("hell bis mittel", "ljus till mellan", "中煎り〜深煎り").
_GAP_RE = compile_stored(r"\s+(?:bis|à|a|al|tot|do|till|til|até|alla|to|ou|oder|or|o)\s+|\s*[-–/~〜～]\s*", re.I)
_BETWEEN_LEVELS = ("medium-light", "medium-dark")


def _before_food(text: str, m) -> bool:
    """Whether a food word ("Schokolade", "chocolade", "초콜릿") follows the roast word ``m`` at once."""
    found = lang.NON_COFFEE.search(text[m.end():m.end() + 16])
    return found is not None and found[1] == "not coffee: tea/food" and found[0].start() <= 2


_CONTEXT_WORDS = tuple(k for k in lang.ROAST_CONTEXT.values if len(k) >= 4 or lang.is_cjk(k))
# A roast level in text counts only with a roasting word, in it or near it: a text holding none of
# these holds no roasting word.
_CONTEXT_STEMS = lang.stems(lang.ROAST_CONTEXT.values)


ROAST_TAG_KEYS = {"roast", "roast level", "roastlevel", "roast profile", "roast degree", "roast style", "roasting",
                  *lang.label_spellings()["roast"]}
_BARE_TAG_RE = compile_stored(rf"^(?:{_L})[\s-]*roast(?:ed)?$|^(?:light|medium)[\s-]+(?:light|medium|dark)$|^omni$", re.I)
_LEVEL = r"(?:light|medium|dark)(?:\s*(?:-|–|to|/)\s*(?:light|medium|dark))?"
_TITLE_RE = compile_stored(rf"\b({_LEVEL}|vienna|french|italian|full\s+city|city|omni)[\s-]+roast\b", re.I)
# Running text: "a medium-dark roast", "roasted it light", "roasted to a medium- dark level",
# "a medium-dark profile", "our versatile medium-dark cold brew blend", a "Medium-light Roast" line.
# Searched from each alternative's opening words (Anchored): as one re.I regex it was tried at every
# position of the text. Each alternative has one group, so the first group that matched is the level.
_LEVELS = ("light", "medium", "dark")
_TEXT_ANCHORED = Anchored([
    ((*_LEVELS, "full", "vienna"), rf"\b({_LEVEL}|full\s+city|vienna)[\s-]+roast(?:ed)?\b"),
    (("roast",), rf"\broast(?:ed|s)?\s+(?:(?:it|this|the|our|them)\s+(?:\w+\s+)?)?(?:to\s+|at\s+)?(?:an?\s+|the\s+)?"
                 rf"({_LEVEL})\b"),
    (_LEVELS, rf"\b({_LEVEL})\s+(?:profile|roast\s+level|level)\b"),
    (_LEVELS, rf"\b({_LEVEL})\s+(?:\w+\s+){{0,2}}blend\b"),
])
_TEXT_RE = _TEXT_ANCHORED.regex  # (the plain alternation: the reference the tests compare with)


_TITLE = Guarded(_TITLE_RE)
_TEXT = Guarded(_TEXT_RE)  # (its required words: most texts need no search at all)
# Every alternative also names a level (or "full city", "vienna"): of the texts holding "roast",
# "profile", "level" or "blend", about half name none.
_TEXT_LEVEL = Guarded(compile_stored(r"light|medium|dark|full|vienna", re.I))


@lru_cache(maxsize=8192)
def _tag_roast(tag: str) -> str | None:
    """The roast level a `Roast: Medium` or bare `medium-roast` tag names."""
    key, value = split_tag(tag)
    if key is not None and key.replace("_", " ") in ROAST_TAG_KEYS:
        return parse_roast(value)
    elif key is None and _BARE_TAG_RE.match(tag.strip().replace("_", " ")):
        return parse_roast(tag)
    elif key is None:  # "Helle Röstung", "Tueste medio", "浅煎り", "약배전": read as in a title
        return foreign_roast_in_text(tag)
    return None


@lru_cache(maxsize=8192)  # titles recur across a shop
def _title_roast(title: str) -> tuple[bool, str | None]:
    """(whether the title states a roast, the level): "Dark Roast" states one even where unreadable."""
    m = _TITLE.search(title)
    if m:
        return True, parse_roast(m.group(0))
    r = foreign_roast_in_text(title)
    return bool(r), r


def find_roast(title: str, tags: list[str], label_values: list[str], text: str) -> tuple[str | None, list[str]]:
    warnings: list[str] = []
    for value in label_values:
        r = parse_roast(value)
        if r:
            return r, warnings
        # "Roast Level: Comforting" is a taste word, not a level.
        warnings.append(f"roast_level: {value!r} is not a roast level")
    for tag in tags:
        r = _tag_roast(tag)
        if r:
            return r, warnings
    stated, r = _title_roast(title)
    if stated:
        return r, warnings
    m = _TEXT_ANCHORED.search(text) if _TEXT.possible(text) and _TEXT_LEVEL.possible(text) else None
    if m:
        return parse_roast(next(g for g in m.groups() if g)), warnings
    if lang.looks_english(text) or not lang.any_stem(text, _CONTEXT_STEMS):
        return None, warnings  # (most texts: no roasting word, so no foreign roast level to read)
    return foreign_roast_in_text(text), warnings
