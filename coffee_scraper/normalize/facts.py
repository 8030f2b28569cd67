"""Lot facts stated in labelled lines or text: varieties, altitude (metres), region, producer."""
from __future__ import annotations

import re
from functools import lru_cache

from .patterns import Guarded, compile as compile_stored, fold, longest_first, tree_alternation

# Known varieties: read from title segments ("| Pacamara |") and "X varietal" phrases in text.
VARIETIES = (
    "Pink Bourbon", "Yellow Bourbon", "Red Bourbon", "Bourbon", "Caturra", "Typica", "Gesha", "Geisha", "Pacamara",
    "Pacas", "SL28", "SL34", "SL 28", "SL 34", "Ruiru 11", "Batian", "Heirloom", "74110", "74112", "74158",
    "Castillo", "Catuai", "Catuaí", "Catimor", "Maragogipe", "Maragogype", "Sidra", "Wush Wush", "Laurina",
    "Mundo Novo", "Red Obata", "Obata", "Parainema", "Marsellesa", "Tabi", "Villa Sarchi", "Villalobos", "Kent",
    "S795", "SLN 9", "SLN9", "SLN 795", "Chandragiri", "Selection 9", "Cauvery", "Java", "Mokka", "Eugenioides",
    "Arabica", "Robusta", "Liberica", "Excelsa", "Ethiopian Landrace", "Landrace", "Caturra Chiroso", "Chiroso",
    "Bourbon Aruzi", "Tekisic", "Costa Rica 95", "Lempira", "IHCAFE 90", "Anacafe 14", "Bernardina", "Ombligon",
)
_VARIETY_RE = compile_stored(r"(?<![\w-])(" + tree_alternation(sorted(VARIETIES, key=len, reverse=True)) + r")(?![\w-])", re.I)
_CANON = {v.lower(): v for v in VARIETIES}
# The names alone, lower case, no lookarounds: this scan skips ahead to their first letters; on the folded
# title (what re.I compares) it tells in half _VARIETY_RE's time that a title (most) names none.
_ANY_VARIETY_RE = compile_stored(tree_alternation(sorted(_CANON, key=longest_first), ignorecase=False))
_LIST_SPLIT_RE = compile_stored(r"\s*(?:,|/|&|\+|;|\band\b|\|)\s*", re.I)

# (thousands written with a space too: French "2 200 m")
_NUM = r"\d{1,2}[,. ]?\d{3}|\d{3,4}"
_ALT_RE = compile_stored(
    rf"({_NUM})\s*(m|masl|meters?|metres?|ft|feet|foot)?\.?\s*(?:a\.?s\.?l\.?|masl)?"
    rf"(?:\s*(?:-|–|—|to)\s*({_NUM})\s*(m|masl|meters?|metres?|ft|feet|foot)?\.?\s*(?:a\.?s\.?l\.?|masl)?)?",
    re.I,
)
# Running text: a number with an altitude unit ("1450 masl", "1,600 - 1,800 masl", "1900-2200m").
_TEXT_ALT_RE = compile_stored(
    rf"({_NUM})(?:\s*(?:m|ft|feet)\b)?(?:\s*(?:-|–|—|to)\s*({_NUM}))?\s*(masl|m\.?a\.?s\.?l\.?|meters above sea level|"
    rf"metres above sea level|ft\.?\s*a\.?s\.?l\.?|feet above sea level|m\b(?=\s*(?:altitude|elevation)))",
    re.I,
)
FT = 0.3048
_SEPARATORS_RE = compile_stored(r"[,. ]")
_FEET_RE = compile_stored(r"\bf(?:ee)?t\b", re.I)


def _int(num: str) -> int:
    return int(_SEPARATORS_RE.sub("", num))


def _metres(value: int, unit: str | None) -> int:
    if unit and unit.lower().startswith(("f",)):
        return round(value * FT)
    return value


@lru_cache(maxsize=1024)  # label values ("1500 masl") and the text's matches repeat across a shop
def parse_altitude(text: str | None) -> tuple[int | None, int | None]:
    """'1900-2200m' -> (1900, 2200); '2800 Ft – 3600 Ft ASL' -> (853, 1097); '1,600 - 1,800 masl'."""
    if not text:
        return None, None
    m = _ALT_RE.search(text)
    if not m:
        return None, None
    lo, lo_unit, hi, hi_unit = m.group(1), m.group(2), m.group(3), m.group(4)
    unit = lo_unit or hi_unit
    if unit is None and _FEET_RE.search(text):
        unit = "ft"
    a = _metres(_int(lo), lo_unit or unit)
    b = _metres(_int(hi), hi_unit or unit) if hi else a
    if a > b:
        a, b = b, a
    if not (100 <= a <= 6000 and 100 <= b <= 6000):
        return None, None
    return a, b


# Every _TEXT_ALT_RE match holds three digits in a row, at most 3 characters after its start
# ("1,600"): the scan can begin there instead of at the start of the text.
_THREE_DIGITS_RE = compile_stored(r"\d\d\d")


def altitude_in_text(text: str) -> tuple[int | None, int | None]:
    digits = _THREE_DIGITS_RE.search(text)
    if not digits:
        return None, None
    m = _TEXT_ALT_RE.search(text, max(0, digits.start() - 3))
    if not m:
        return None, None
    return parse_altitude(m.group(0))


def parse_varieties(text: str | None) -> list[str]:
    """'Heirloom' / 'Arabica & Robusta' / 'Caturra, Castillo' -> items as written, trimmed."""
    return list(_varieties(text))


@lru_cache(maxsize=1024)  # label values ("Caturra, Castillo") repeat across a shop
def _varieties(text: str | None) -> tuple[str, ...]:
    out: list[str] = []
    seen: set[str] = set()  # (lower-cased)
    for part in _LIST_SPLIT_RE.split(text or ""):
        part = part.strip(" .")
        if part and len(part.split()) <= 4 and part.lower() not in seen:
            out.append(part)
            seen.add(part.lower())
    return tuple(out)


_VARIETAL_WORD_RE = compile_stored(r"\b(?:varietal|variety|cultivar)\b", re.I)
_VARIETAL_WORD = Guarded(_VARIETAL_WORD_RE)


@lru_cache(maxsize=8192)  # titles recur across a shop
def _title_varieties(title: str) -> tuple[str, ...]:
    if _ANY_VARIETY_RE.search(fold(title)) is None:
        return ()
    out: list[str] = []
    for m in _VARIETY_RE.finditer(title):
        v = _CANON.get(m.group(1).lower(), m.group(1))
        if v not in out and v not in ("Arabica", "Robusta", "Java", "Lempira"):
            out.append(v)
    return tuple(out)


def varieties_in(title: str, text: str) -> list[str]:
    """Title pipe/dash segments naming a variety, else "SLN 9 varietal"-style phrases in text."""
    out = list(_title_varieties(title))
    if out:
        return out
    if not _VARIETAL_WORD.possible(text):
        return out
    for m in _VARIETAL_WORD_RE.finditer(text):
        for v in _VARIETY_RE.findall(text[max(0, m.start() - 30):m.start()]):
            v = _CANON.get(v.lower(), v)
            if v not in out:
                out.append(v)
    return out


def clean_value(value: str | None, limit: int = 120) -> str | None:
    if not value:
        return None
    value = value.strip(" .;,-–")
    return value[:limit] if value else None
