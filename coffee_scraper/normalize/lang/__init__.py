"""Every language's vocabulary (one table per language in lang/<code>.py), merged and compiled once.

A language module defines LABELS (canonical label key -> spellings), PROCESS and ROAST (canonical
value -> words), PROCESS_CONTEXT / ROAST_CONTEXT (words that say a nearby word is a process or a
roast level), UNITS (unit -> grams), SIZE_OPTIONS, COFFEE / BLEND / DECAF words, NON_COFFEE (skip
reason -> goods words), COUNTRIES (spellings CLDR lacks), ADJECTIVES, REGIONS (famous regions and
farms -> country), LOCALES (pycountry's CLDR-derived country-name translations), SCRIPT ("latin":
words have boundaries; "cjk": no spaces between words), COMPOUNDS (nouns join: "Kaffeemühle"), and
optionally inflect(country name) -> case forms ("z Etiopii").

Latin and CJK words are compiled into separate regexes: Latin ones ignore case and are prefix trees
(patterns.tree_alternation), CJK ones are only tried on text that is not ASCII.
"""
from __future__ import annotations

import gettext
import importlib
import re
import unicodedata
from functools import lru_cache

import pycountry

from ..patterns import tree_alternation

CODES = ("en", "fr", "de", "es", "it", "nl", "pt", "pl", "sv", "da", "no", "ja", "ko", "zh")
MODULES = tuple(importlib.import_module(f".{code}", __name__) for code in CODES)

_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
_KATAKANA = "\u30a1-\u30fa\u30fc"  # (not the middle dot U+30FB: "エチオピア・グジ" is two words)
_SEP_KEY_RE = re.compile(r"[\s\-_\u3000]+")


def is_cjk(word: str) -> bool:
    return _CJK_RE.search(word) is not None


def strip_accents(word: str) -> str:
    """'lavé' -> 'lave', 'Röstung' -> 'Rostung' (shops drop accents; ł and ø have no decomposition)."""
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("ł", "l").replace("ø", "o")


def key(text: str) -> str:
    """The lookup key of a matched word: lower case, accents kept, separators as one space."""
    return _SEP_KEY_RE.sub(" ", text.lower()).strip().replace("’", "'")


def spellings(word: str) -> set[str]:
    """A vocabulary word and the spellings shops write it in (accents dropped, curly apostrophe)."""
    out = {word.lower()}
    if not is_cjk(word):
        out.add(strip_accents(word).lower())
    for w in list(out):
        if "'" in w:
            out.add(w.replace("'", "’"))
    return out


class Vocabulary:
    """Words -> values, with a Latin regex (word boundaries; compound heads) and a CJK regex.

    ``find(text)`` yields (match, value) in reading order.
    """

    def __init__(self, words: dict[str, str], compounds: frozenset[str] = frozenset(), *, latin_suffix: str = ""):
        self.values: dict[str, str] = {}
        latin, latin_compound, cjk_long, kana_short, hangul_short = set(), set(), set(), set(), set()
        for word, value in words.items():
            for w in spellings(word):
                self.values.setdefault(key(w), value)
                if is_cjk(w):
                    if re.fullmatch(f"[{_KATAKANA}]{{1,3}}", w):
                        kana_short.add(w)  # "ミル" is not the start of "ミルク"
                    elif re.fullmatch(r"[\uac00-\ud7af]{1,2}", w):
                        hangul_short.add(w)
                    else:
                        cjk_long.add(w)
                elif word in compounds and len(w) >= 5:
                    latin_compound.add(w)
                else:
                    latin.add(w)
        sep = r"[\s\-]+"
        parts = []
        if latin:
            parts.append(rf"(?<!\w)(?:{tree_alternation(sorted(latin, key=len, reverse=True), sep=sep)}){latin_suffix}(?!\w)")
        if latin_compound:
            parts.append(rf"(?:{tree_alternation(sorted(latin_compound, key=len, reverse=True), sep=sep)})(?!\w)")
        self.latin = re.compile("(" + "|".join(parts) + ")", re.I) if parts else None
        cparts = []
        if cjk_long:
            cparts.append(tree_alternation(sorted(cjk_long, key=len, reverse=True), sep=r"\s*", ignorecase=False))
        if kana_short:
            alt = tree_alternation(sorted(kana_short, key=len, reverse=True), ignorecase=False)
            cparts.append(rf"(?<![{_KATAKANA}])(?:{alt})(?![{_KATAKANA}])")
        if hangul_short:
            alt = tree_alternation(sorted(hangul_short, key=len, reverse=True), ignorecase=False)
            cparts.append(rf"(?<![\uac00-\ud7af])(?:{alt})")
        self.cjk = re.compile("(" + "|".join(cparts) + ")", re.I) if cparts else None

    def value(self, matched: str) -> str | None:
        return self.values.get(key(matched))

    def find(self, text: str):
        """(match, value) for every vocabulary word in ``text``, in reading order."""
        found = []
        if self.latin is not None:
            found += [(m, self.values.get(key(m.group(1)))) for m in self.latin.finditer(text)]
        if self.cjk is not None and not text.isascii():
            cjk = [(m, self.values.get(key(m.group(1)))) for m in self.cjk.finditer(text)]
            if cjk:
                found = sorted(found + cjk, key=lambda mv: mv[0].start())
        return found

    def search(self, text: str):
        """The first (match, value) in ``text``, or None."""
        if self.latin is not None:
            m = self.latin.search(text)
            if m:
                return m, self.values.get(key(m.group(1)))
        if self.cjk is not None and not text.isascii():
            m = self.cjk.search(text)
            if m:
                return m, self.values.get(key(m.group(1)))
        return None


def _merged(attr: str) -> dict[str, str]:
    """word -> value over every language (the first language to list a word names its value)."""
    out: dict[str, str] = {}
    for mod in MODULES:
        for value, words in getattr(mod, attr, {}).items():
            for w in words:
                out.setdefault(w, value)
    return out


def _words(attr: str) -> dict[str, str]:
    return {w: w for mod in MODULES for w in getattr(mod, attr, ())}


def _compounds() -> frozenset[str]:
    out = set()
    for mod in MODULES:
        if getattr(mod, "COMPOUNDS", False):
            for words in getattr(mod, "NON_COFFEE", {}).values():
                out.update(words)
    return frozenset(out)


# ---- label keys ----------------------------------------------------------------------------------
def label_spellings() -> dict[str, set[str]]:
    """canonical key -> every language's spellings (with their accent-free forms)."""
    out: dict[str, set[str]] = {}
    for mod in MODULES:
        for k, words in mod.LABELS.items():
            for w in words:
                out.setdefault(k, set()).update(spellings(w))
    return out


# ---- process, roast -----------------------------------------------------------------------------
PROCESS = Vocabulary(_merged("PROCESS"))
ROAST = Vocabulary(_merged("ROAST"))
PROCESS_CONTEXT = Vocabulary(_words("PROCESS_CONTEXT"), latin_suffix=r"\w*")
ROAST_CONTEXT = Vocabulary(_words("ROAST_CONTEXT"), latin_suffix=r"\w*")
# Washed, anaerobic, carbonic... words say "process" on their own; "natural", "miel", "honig"
# (also a taste) count in running text only next to a process word.
STRONG_PROCESSES = frozenset({"washed", "anaerobic", "carbonic maceration", "pulped natural", "wet-hulled"})

# ---- goods, coffee words ------------------------------------------------------------------------
NON_COFFEE = Vocabulary(_merged("NON_COFFEE"), _compounds())
COFFEE = Vocabulary(_words("COFFEE"))
BLEND = Vocabulary(_words("BLEND"))
DECAF = Vocabulary(_words("DECAF"))

# ---- sizes --------------------------------------------------------------------------------------
UNITS: dict[str, int] = {}
for _mod in MODULES:
    for _unit, _grams in _mod.UNITS.items():
        UNITS.setdefault(_unit.lower(), _grams)
SIZE_OPTIONS: tuple[str, ...] = tuple(dict.fromkeys(w.lower() for mod in MODULES for w in mod.SIZE_OPTIONS))


# ---- countries ----------------------------------------------------------------------------------
@lru_cache(maxsize=None)
def _translations(locale: str):
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale])
    except OSError:
        return None


def country_names(codes) -> dict[str, str]:
    """name -> ISO code: CLDR-derived translations (pycountry's locale files) of ``codes`` in every
    language's locales, their case forms, and the spellings shops use that CLDR lacks."""
    out: dict[str, str] = {}

    def add(name: str, code: str, mod) -> None:
        name = name.split(",")[0].split(" (")[0].strip()
        if not name or name.lower() in _NOT_NAMES:
            return
        forms = [name, *getattr(mod, "inflect", lambda n: ())(name)]
        for form in forms:
            for s in spellings(form):
                out.setdefault(s, code)

    for mod in MODULES:
        for locale in mod.LOCALES:
            t = _translations(locale)
            if t is None:
                continue
            for code in codes:
                c = pycountry.countries.get(alpha_2=code)
                for attr in ("name", "common_name", "official_name"):
                    english = getattr(c, attr, None)
                    if english:
                        translated = t.gettext(english)
                        if translated != english or mod.SCRIPT == "latin":
                            add(translated, code, mod)
        for code, names in mod.COUNTRIES.items():
            for n in names:
                add(n, code, mod)
    return out


# Translations that are also ordinary words somewhere ("Indie" is India in Polish).
_NOT_NAMES = {"indie"}


def adjectives() -> dict[str, str]:
    return {s: code for mod in MODULES for code, names in mod.ADJECTIVES.items() for n in names for s in spellings(n)}


def regions() -> dict[str, str]:
    return {s: code for mod in MODULES for code, names in mod.REGIONS.items() for n in names for s in spellings(n)}
