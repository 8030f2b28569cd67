"""Every language's vocabulary (one table per language in lang/<code>.py), merged and compiled once.

A language module defines LABELS (canonical label key -> spellings), PROCESS and ROAST (canonical
value -> words), PROCESS_CONTEXT / ROAST_CONTEXT (words that say a nearby word is a process or a
roast level), UNITS (unit -> grams), QUANTITY_WORDS (a number written as a word before a unit ->
(numerator, denominator): "mezzo chilo"), SIZE_OPTIONS, GRIND_OPTIONS and GRIND (grind option names and
values), COFFEE / BLEND / DECAF words, NON_COFFEE (skip
reason -> goods words), COUNTRIES (spellings CLDR lacks), ADJECTIVES, REGIONS (famous regions and
farms -> country), LOCALES (pycountry's CLDR-derived country-name translations), SCRIPT ("latin":
words have boundaries; "cjk": no spaces between words), COMPOUNDS (nouns join: "Kaffeemühle"), and
optionally STRONG_PROCESS_WORDS (process words that
are never a taste or an adjective), BAGS (bag words: "250 g Beutel"), SUBSCRIPTION_OPTIONS (option
names of a delivery rhythm), PURPOSE (the word before, in CJK after, a machine a coffee is for:
"für", "用") and inflect(country name) -> case forms ("z Etiopii"). UNTABLED_LOCALES name languages
with no table whose CLDR country names are read all the same.

Latin and CJK words are compiled into separate regexes: Latin ones ignore case and are prefix trees
(patterns.tree_alternation), CJK ones are only tried on text that is not ASCII.
"""
from __future__ import annotations

import gettext
import importlib
import itertools
import re
import unicodedata
from functools import lru_cache

import pycountry

from ..patterns import compile as compile_stored, fold, longest_first, tree_alternation
from .forms import agreement_forms


def rooted_alternation(names, sep: str | None = None, ignorecase: bool = True) -> str:
    """``tree_alternation`` with the root split by first character by hand: one name opening with a
    character the tree cannot factor ("średnie", "łyżka") would otherwise make the whole root a
    plain alternation of every name, scanned at every word start. First characters of different
    groups never match the same character here (none is one of the four special case folds)."""
    groups: dict[str, list[str]] = {}
    for n in names:
        groups.setdefault(n[0].lower() if ignorecase else n[0], []).append(n[1:])
    return "(?:" + "|".join(re.escape(c) + "(?:" + tree_alternation(rest, sep=sep, ignorecase=ignorecase) + ")"
                            for c, rest in groups.items()) + ")"

CODES = ("en", "fr", "de", "es", "it", "nl", "pt", "pl", "sv", "da", "no", "ja", "ko", "zh")
MODULES = tuple(importlib.import_module(f".{code}", __name__) for code in CODES)

_CJK_RE = compile_stored(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
_KATAKANA = "\u30a1-\u30fa\u30fc"  # (not the middle dot U+30FB: "エチオピア・グジ" is two words)
_SEP_KEY_RE = compile_stored(r"[\s\-_\u3000]+")


def is_cjk(word: str) -> bool:
    return _CJK_RE.search(word) is not None


def has_cjk(text: str) -> bool:
    """Whether CJK vocabulary could occur: a character-class scan, far cheaper than the CJK regexes."""
    return not text.isascii() and _CJK_RE.search(text) is not None


def looks_english(text: str) -> bool:
    """English running text (the English rules have read it): other languages' prose rarely holds both.
    ("The" opening a sentence counts: fold() is the text's cached lower case.)"""
    folded = fold(text)
    return " and " in folded and (" the " in folded or "\nthe " in folded or folded.startswith("the "))


_SENTENCE_END_RE = compile_stored(r"[.!?]\s|[。！？]")


def sentence_around(text: str, start: int, end: int, width: int) -> str:
    """Up to ``width`` characters either side of text[start:end], within its sentence: "...ist er
    kräftiger. Helle Röstung": "kräftiger" is no roast level."""
    left, right = max(0, start - width), end + width
    ends = [e.end() for e in _SENTENCE_END_RE.finditer(text, left, start)]
    if ends:
        left = ends[-1]
    after = _SENTENCE_END_RE.search(text, end, right)
    return text[left:after.start() if after else right]


def strip_accents(word: str) -> str:
    """'lavé' -> 'lave', 'Röstung' -> 'Rostung' (shops drop accents; ł and ø have no decomposition)."""
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("ł", "l").replace("ø", "o")


def key(text: str) -> str:
    """The lookup key of a matched word: lower case, accents kept, separators as one space."""
    return _SEP_KEY_RE.sub(" ", text.lower()).strip().replace("’", "'")


def _cjk_key(text: str) -> str:
    return _SEP_KEY_RE.sub("", text.lower())


def spellings(word: str) -> set[str]:
    """A vocabulary word and the spellings shops write it in (accents dropped, curly apostrophe)."""
    out = {word.lower()}
    if is_cjk(word):
        out.add(word)  # "Tシャツ", "T恤": CJK words are matched case-sensitively
    else:
        out.add(strip_accents(word).lower())
    for w in list(out):
        if "'" in w:
            out.add(w.replace("'", "’"))
    return out


class Hit:
    """Where a vocabulary word was found: the parts of a re.Match the rules use."""

    __slots__ = ("_start", "_end", "_text")

    def __init__(self, start: int, end: int, text: str):
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, _i: int = 0) -> str:
        return self._text


_TOKEN_RE = compile_stored(r"\w+")


# ASCII bytes that are not \w: blanked by bytes.translate, so split() gives findall(r"\w+")'s words.
_ASCII_NON_WORD = bytes(c if chr(c).isascii() and (chr(c).isalnum() or c == 95) else 32 for c in range(256))


# The same, keeping every byte of a multi-byte UTF-8 character (for text whose non-ASCII characters are all \w).
_ASCII_NON_WORD_KEEP_HIGH = bytes(c if c >= 128 or chr(c).isalnum() or c == 95 else 32 for c in range(256))
_NON_ASCII_NON_WORD_RE = compile_stored(r"[^\w\x00-\x7f]+")


@lru_cache(maxsize=256)  # one text is read by several vocabularies in a row; titles and tags recur
def _word_set(text: str) -> frozenset[str]:
    """The lower-case words of ``text``: ``findall(r"\\w+")``, as a byte translation (some 3x cheaper)."""
    lower = text.lower()
    if lower.isascii():
        return frozenset(lower.encode().translate(_ASCII_NON_WORD).decode().split())
    # Non-ASCII signs ("–", "’", emoji) become spaces in one C pass; then the letters that are left
    # are all word characters, and only ASCII ones separate words.
    lower = _NON_ASCII_NON_WORD_RE.sub(" ", lower)
    return frozenset(lower.encode().translate(_ASCII_NON_WORD_KEEP_HIGH).decode().split())


@lru_cache(maxsize=64)
def _tokens(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, lower-case word) of every word."""
    return tuple((m.start(), m.end(), m.group(0).lower()) for m in _TOKEN_RE.finditer(text))


# Every Vocabulary's phrase-opening tokens -> the bits of the vocabularies they open a phrase of: a text's
# words are looked up once (_word_bits), and each vocabulary then tests one bit instead of every word.
_VOCAB_BITS: dict[str, int] = {}
_BIT_NUMBERS = itertools.count()
# Vocabularies with compound heads: a word ending with one of theirs sets their head bit.
_HEAD_VOCABULARIES: list[Vocabulary] = []
# Any word seen -> its phrase bits and head bits (words recur across texts: one dict probe per word instead of
# a probe per vocabulary with heads, on every find). Cleared with _word_bits, and when it grows large.
_WORD_BITS: dict[str, int] = {}


def _bits_of(word: str) -> int:
    bits = _VOCAB_BITS.get(word, 0)
    for v in _HEAD_VOCABULARIES:
        hs = v._head_tails.get(word[-3:])
        if hs is not None and word.endswith(hs):
            bits |= v._head_bit
    if len(_WORD_BITS) >= 1 << 17:
        _WORD_BITS.clear()
    _WORD_BITS[word] = bits
    return bits


@lru_cache(maxsize=256)  # (cleared whenever a vocabulary is built: its bit is new)
def _word_bits(text: str) -> int:
    bits, get = 0, _WORD_BITS.get
    for w in _word_set(text):
        b = get(w)
        bits |= _bits_of(w) if b is None else b
    return bits


class Vocabulary:
    """Words -> values. Latin-script words are looked up token by token (a dictionary probe per word
    of the text, far cheaper than a regex of hundreds of words); a multi-word entry matches the same
    words with any separators. CJK words have no boundaries: one regex, only on text holding CJK.

    ``prefixes``: a text word starting with a vocabulary word matches ("Röstungsgrad" for
    "röstung"); ``compounds``: these words also match at the end of a text word ("Kaffeemühle").
    ``find(text)`` gives (Hit, value) in reading order.
    """

    def __init__(self, words: dict[str, str], compounds: frozenset[str] = frozenset(), *, prefixes: bool = False):
        self.values: dict[str, str] = {}
        self._phrases: dict[str, list[int]] = {}  # first token -> token counts of the phrases it opens
        self._prefixes = prefixes
        compound_heads, cjk_long, kana_short, hangul_short = set(), set(), set(), set()
        for word, value in words.items():
            for w in spellings(word):
                self.values.setdefault(key(w), value)
                if is_cjk(w):
                    # the regex lets the spaces of a CJK entry go ("블랙 허니" matches "블랙허니"): its
                    # matches are looked up without spaces
                    self.values.setdefault(_cjk_key(w), value)
                    if re.fullmatch(f"[{_KATAKANA}]{{1,3}}", w):
                        kana_short.add(w)  # "ミル" is not the start of "ミルク"
                    elif re.fullmatch(r"[\uac00-\ud7af]{1,2}", w):
                        hangul_short.add(w)
                    else:
                        cjk_long.add(w)
                    continue
                toks = _TOKEN_RE.findall(w)
                if not toks:
                    continue
                self._tokens_key(toks, value)
                if word in compounds and len(w) >= 5 and len(toks) == 1:
                    compound_heads.add(toks[0])
        for counts in self._phrases.values():
            counts.sort(reverse=True)  # longest phrase first
        self._heads = tuple(sorted(compound_heads, key=longest_first))
        # A text word ending with a head: one scan of the lower-case text (heads are \w only, and a
        # word equal to a head is a phrase, tested apart), instead of an endswith per word.
        self._heads_re = compile_stored("(?:" + tree_alternation(self._heads, ignorecase=False) + r")(?!\w)") \
            if self._heads else None
        # A word can end with a head only if it ends with a head's last three characters: a dict probe
        # per word gives the few heads to test (endswith over every head touches hundreds of strings).
        by_tail: dict[str, list[str]] = {}
        for h in self._heads:
            by_tail.setdefault(h[-3:], []).append(h)
        self._head_tails = {t: tuple(hs) for t, hs in by_tail.items()}  # (longest first, as _heads)
        self._prefix_words = tuple(sorted({k for k in self.values if not is_cjk(k)}, key=len, reverse=True))
        self._bit = 1 << next(_BIT_NUMBERS)
        for tok in self._phrases:
            _VOCAB_BITS[tok] = _VOCAB_BITS.get(tok, 0) | self._bit
        self._head_bit = 0
        if self._heads:
            self._head_bit = 1 << next(_BIT_NUMBERS)
            _HEAD_VOCABULARIES.append(self)
        # (a word opening a phrase, or ending with a head: one test of the text's bits)
        self._any_bits = self._bit | self._head_bit
        _WORD_BITS.clear()
        _word_bits.cache_clear()
        # CJK: literals first (the regex engine then skips to their first characters); the short
        # katakana and hangul words' "not inside a longer word" test is made on each match.
        self._short = frozenset(kana_short | hangul_short)
        cjk_all = sorted(cjk_long | kana_short | hangul_short, key=longest_first)
        self.cjk = compile_stored("(" + rooted_alternation(cjk_all, sep=r"\s*", ignorecase=False) + ")") if cjk_all else None

    def _tokens_key(self, toks: list[str], value: str) -> None:
        k = " ".join(toks)
        self.values.setdefault(k, value)
        counts = self._phrases.setdefault(toks[0], [])
        if len(toks) not in counts:
            counts.append(len(toks))

    def _latin(self, text: str) -> list:
        out = []
        phrases, values, heads = self._phrases, self.values, self._heads
        if not self._prefixes:
            if not _word_bits(text) & self._any_bits:
                return out  # (the common case: one set test instead of a walk over the words)
        tokens = _tokens(text)
        i, n = 0, len(tokens)
        while i < n:
            start, end, tok = tokens[i]
            counts = phrases.get(tok)
            hit = None
            if counts:
                for c in counts:
                    if i + c <= n:
                        k = tok if c == 1 else " ".join(t[2] for t in tokens[i:i + c])
                        if k in values:
                            hit = (c, k)
                            break
            if hit:
                c, k = hit
                out.append((Hit(start, tokens[i + c - 1][1], text[start:tokens[i + c - 1][1]]), values[k]))
                i += c
                continue
            if self._prefixes and tok.startswith(self._prefix_words):
                w = next(p for p in self._prefix_words if tok.startswith(p))
                out.append((Hit(start, end, text[start:end]), values[w]))
            elif heads and len(tok) > 5 and (hs := self._head_tails.get(tok[-3:])) and tok.endswith(hs):
                h = next(h for h in hs if tok.endswith(h))
                out.append((Hit(end - len(h), end, text[end - len(h):end]), values[h]))
            i += 1
        return out

    def _head_possible(self, text: str) -> bool:
        """Whether a word of ``text`` ends with a compound head ("Kaffeemühle")."""
        # (the heads are \w only: _heads_re finds one in text.lower() exactly when a word of the
        # text, _word_set's \w+ runs of text.lower(), ends with one; _bits_of tests each word once)
        return self._head_bit != 0 and _word_bits(text) & self._head_bit != 0

    def _cjk_matches(self, text: str):
        for m in self.cjk.finditer(text):
            w = m.group(1)
            if w in self._short and not _standalone(text, m):
                continue
            yield m

    def value(self, matched: str) -> str | None:
        return self.values.get(key(matched))

    def find(self, text: str) -> list:
        """(match, value) for every vocabulary word in ``text``, in reading order."""
        if not self._prefixes and not _word_bits(text) & self._any_bits and (
                self.cjk is None or not has_cjk(text)):
            return []  # (the common case, some 10 times per product: no call further)
        found = self._latin(text) if self._phrases else []
        if self.cjk is not None and has_cjk(text):
            cjk = [(m, self.values.get(_cjk_key(m.group(1)))) for m in self._cjk_matches(text)]
            if cjk:
                found = sorted(found + cjk, key=lambda mv: mv[0].start())
        return found

    def translate(self, text: str) -> str:
        """``text`` with every vocabulary word replaced by its value, spaced apart, for English rules to read."""
        found = self.find(text)
        if not found:
            return text
        parts, pos = [], 0
        for m, value in found:
            parts += [text[pos:m.start()], f" {value} "]
            pos = m.end()
        parts.append(text[pos:])
        return "".join(parts)

    def search(self, text: str):
        """The first (match, value) in ``text``, or None."""
        found = self.find(text)
        return found[0] if found else None

    def search_any(self, texts) -> bool:
        """Whether a vocabulary word occurs in any of ``texts``."""
        for t in texts:
            # (a set test per text first: most texts hold no word of the vocabulary)
            if t and (_word_bits(t) & self._bit or self._heads or self._prefixes or
                      (self.cjk is not None and has_cjk(t))) and self.search(t):
                return True
        return False


def stems(keys, length: int = 5) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Few substrings, one of which a text must hold for a Vocabulary of ``keys`` (its ``values``) to
    match in it: the first ``length`` characters of each key's longest word (a phrase matches whatever
    separates its words; a prefix word starts a longer text word), none for a word holding a stem.
    (ASCII stems, all stems): an ASCII text can hold only the former."""
    out: list[str] = []
    for word in sorted({max(_TOKEN_RE.findall(k), key=len) for k in keys}, key=len):
        if not any(s in word for s in out):
            out.append(word[:length])
    return tuple(s for s in out if s.isascii()), tuple(out)


def any_stem(text: str, stems: tuple[tuple[str, ...], tuple[str, ...]]) -> bool:
    """Whether the lower-case ``text`` holds one of ``stems``: a few substring tests, far cheaper than
    splitting a long text into words."""
    # (fold: the description's lower case, cached for the other pre-checks; it differs from lower() only
    # where re.I matches an ASCII letter, which can only add a stem found)
    lower = fold(text)
    for s in stems[0] if lower.isascii() else stems[1]:  # (a plain loop: no generator frame per stem)
        if s in lower:
            return True
    return False


def word_set(text: str) -> frozenset[str]:
    """The lower-case words of ``text`` (cached: the vocabularies read the same texts)."""
    return _word_set(text)


_KANA_CHAR_RE = compile_stored(f"[{_KATAKANA}]")
_HANGUL_CHAR_RE = compile_stored("[\uac00-\ud7af]")


def _standalone(text: str, m: re.Match) -> bool:
    """A short katakana word not inside a longer one ("ミル" in "ミルク"); a short hangul word not
    ending a longer one (particles follow Korean words, so only the left side counts)."""
    before = text[m.start() - 1] if m.start() else ""
    after = text[m.end()] if m.end() < len(text) else ""
    if _KANA_CHAR_RE.match(m.group(1)):
        return not (before and _KANA_CHAR_RE.match(before)) and not (after and _KANA_CHAR_RE.match(after))
    return not (before and _HANGUL_CHAR_RE.match(before))


def _merged(attr: str, agreement: bool = False) -> dict[str, str]:
    """word -> value over every language (the first language to list a word names its value).
    ``agreement``: with each adjective's other genders and numbers (forms.py)."""
    out: dict[str, str] = {}
    for code, mod in zip(CODES, MODULES):
        for value, words in getattr(mod, attr, {}).items():
            for w in words:
                out.setdefault(w, value)
        if agreement:  # (after the tables' own words: a listed word keeps its own value)
            for value, words in getattr(mod, attr, {}).items():
                for w in words:
                    for f in sorted(agreement_forms(w, code)):
                        out.setdefault(f, value)
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
merged = _merged
PROCESS = Vocabulary(_merged("PROCESS", agreement=True))
ROAST = Vocabulary(_merged("ROAST", agreement=True))


def _context(attr: str, label: str) -> dict[str, str]:
    """A table's context words, and its label keys for the same fact: a spec table's row "Ristegrad
    Mellemmørk" (no colon once flattened) is a roast word next to a roasting word."""
    out = _words(attr)
    for mod in MODULES:
        # (not the English key itself: "Roast: medium-dark" is the English rules', and would let the
        # other languages' "medium" read half of it; nor the keys that in prose mean brewing: "pour la
        # préparation en V60, une douceur naturelle")
        out.update((w, w) for w in mod.LABELS.get(label, ()) if w != label and w not in _BREWING_KEYS)
    return out


_BREWING_KEYS = frozenset({"préparation", "preparo", "transformation"})


PROCESS_CONTEXT = Vocabulary(_context("PROCESS_CONTEXT", "process"), prefixes=True)
ROAST_CONTEXT = Vocabulary(_context("ROAST_CONTEXT", "roast"), prefixes=True)
# Washed, anaerobic, carbonic... words say "process" on their own; "natural", "miel", "honig"
# (also a taste) count in running text only next to a process word.
STRONG_PROCESSES = frozenset({"washed", "anaerobic", "carbonic maceration", "pulped natural", "wet-hulled"})
# Words of the other processes that state one on their own all the same (a table's STRONG_PROCESS_WORDS: "日晒").
STRONG_PROCESS_WORDS = frozenset(key(s) for mod in MODULES for w in getattr(mod, "STRONG_PROCESS_WORDS", ())
                                 for s in spellings(w))

# ---- goods, coffee words ------------------------------------------------------------------------
NON_COFFEE = Vocabulary(_merged("NON_COFFEE"), _compounds())
COFFEE = Vocabulary(_words("COFFEE"))
BLEND = Vocabulary(_words("BLEND"))
OUR = frozenset(w for mod in MODULES for w in getattr(mod, "OUR", ()))
FROM = frozenset(w for mod in MODULES for w in getattr(mod, "FROM", ()))
AND = frozenset(w for mod in MODULES for w in getattr(mod, "AND", ()))
# (decaf words are adjectives: "decaffeinati", "bezkofeinowe", "décaféinée" agree as the sentence needs)
DECAF = Vocabulary({f: f for code, mod in zip(CODES, MODULES) for w in getattr(mod, "DECAF", ())
                    for f in agreement_forms(w, code)})
# A table's PURPOSE words say that the goods word they go with names the machine a coffee is for
# ("Espresso für Siebträger", "Kaffe til espressomaskine", "エスプレッソマシン用ブレンド"): a Latin
# table's come before it (an article may follow them), a CJK table's right after it.
_PURPOSE_BEFORE = frozenset(s for mod in MODULES if mod.SCRIPT == "latin" for w in getattr(mod, "PURPOSE", ())
                            for s in spellings(w))
_PURPOSE_AFTER = tuple(w for mod in MODULES if mod.SCRIPT == "cjk" for w in getattr(mod, "PURPOSE", ()))


def opens_with_purpose(text: str) -> bool:
    """Whether ``text``'s first word is a purpose word ("für die Bialetti", "voor de french press")."""
    first = _TOKEN_RE.search(text)
    return first is not None and first.group(0).lower() in _PURPOSE_BEFORE


def for_purpose(text: str, hit) -> bool:
    """Whether the goods word ``hit`` (a Vocabulary match in ``text``) is what a coffee is for."""
    if _PURPOSE_AFTER and text.startswith(_PURPOSE_AFTER, hit.end()):
        return True
    before = _TOKEN_RE.findall(text[max(0, hit.start() - 16):hit.start()].lower())[-2:]
    return not _PURPOSE_BEFORE.isdisjoint(before)

# ---- sizes --------------------------------------------------------------------------------------
UNITS: dict[str, int] = {}
for _mod in MODULES:
    for _unit, _grams in _mod.UNITS.items():
        UNITS.setdefault(_unit.lower(), _grams)
SIZE_OPTIONS: tuple[str, ...] = tuple(dict.fromkeys(w.lower() for mod in MODULES for w in mod.SIZE_OPTIONS))
# "mezzo chilo", "ein Kilo", "half pound": word -> (numerator, denominator), over every language's table
QUANTITY_WORDS: dict[str, tuple[int, int]] = {}
for _mod in MODULES:
    for _word, _fraction in getattr(_mod, "QUANTITY_WORDS", {}).items():
        QUANTITY_WORDS.setdefault(_word.lower(), _fraction)
SIZE_OPTION_NAMES = Vocabulary(_words("SIZE_OPTIONS"))
BAGS: tuple[str, ...] = tuple(dict.fromkeys(w.lower() for mod in MODULES for w in getattr(mod, "BAGS", ())))

# ---- grinds (English ones are grind.py's patterns) ------------------------------------------------
GRIND = Vocabulary(_merged("GRIND"))
GRIND_OPTIONS = Vocabulary(_words("GRIND_OPTIONS"))
# Option names of a delivery rhythm: the product is a subscription ("Lieferintervall", "配送頻度").
SUBSCRIPTION_OPTIONS = Vocabulary(_words("SUBSCRIPTION_OPTIONS"))


# ---- countries ----------------------------------------------------------------------------------
def _translations(locale: str):
    """``gettext.translation("iso3166-1", ..., languages=[locale])`` (None when there is none), without its
    process-wide cache: the catalogues of 26 locales are read once, at import, and then no longer needed
    (kept, they were some 2 MB and 25,000 objects in every crawler process)."""
    result = None
    for path in gettext.find("iso3166-1", pycountry.LOCALES_DIR, languages=[locale], all=True):
        with open(path, "rb") as fp:
            t = gettext.GNUTranslations(fp)
        if result is None:
            result = t
        else:
            result.add_fallback(t)
    return result


# Languages with no table (no coffee words of theirs are known): their CLDR country names still state
# an origin ("Etiyopya", "Эфиопия", "Brazílie"); sizes and goods do not depend on a table.
UNTABLED_LOCALES = ("fi", "cs", "sk", "tr", "hu", "ru", "uk", "ro", "hr", "sl", "el", "bg")


def country_names(codes) -> dict[str, str]:
    """name -> ISO code: CLDR-derived translations (pycountry's locale files) of ``codes`` in every
    language's locales (and UNTABLED_LOCALES'), their case forms, and the spellings shops use that CLDR lacks."""
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
                for attr in ("name", "common_name"):  # (no shop writes the official names)
                    english = getattr(c, attr, None)
                    if english:
                        translated = t.gettext(english)
                        if translated != english or mod.SCRIPT == "latin":
                            add(translated, code, mod)
        for code, names in mod.COUNTRIES.items():
            for n in names:
                add(n, code, mod)
    for locale in UNTABLED_LOCALES:  # (after the tables: a name a table knows keeps its code)
        t = _translations(locale)
        for code in codes if t is not None else ():
            c = pycountry.countries.get(alpha_2=code)
            for attr in ("name", "common_name"):
                english = getattr(c, attr, None)
                if english and t.gettext(english) != english:
                    add(t.gettext(english), code, None)
    return out


# Translations that are also ordinary words somewhere ("Indie" is India in Polish).
_NOT_NAMES = {"indie"}


def adjectives() -> dict[str, str]:
    return {s: country for lc, mod in zip(CODES, MODULES) for country, names in mod.ADJECTIVES.items() for n in names
            for f in sorted(agreement_forms(n, lc)) for s in spellings(f)}


def regions() -> dict[str, str]:
    return {s: code for mod in MODULES for code, names in mod.REGIONS.items() for n in names for s in spellings(n)}
