"""Tasting notes: labelled lines, lead-in sentences ("Notes of ..."), dash/bullet lists, flavour tags."""
from __future__ import annotations

import re
from functools import lru_cache

from .patterns import Guarded, compile as compile_stored, fold
from .text import split_tag

# Lead-ins that open a list of notes in running text.
_LEAD_RE = compile_stored(
    r"(?:\bwe\s+taste|\bin\s+the\s+cup,?\s+(?:we\s+find|you(?:'ll|\s+will)\s+find|expect)|"
    r"\b(?:tasting\s+)?notes\s+(?:of|like)|\bflavou?rs?\s+of|\bhints\s+of|\blayers\s+of|\btastes\s+like|"
    r"\breminiscent\s+of|\bexpect\s+(?=[A-Z])|\bnotes[ \t]*:)[ \t]*",
    re.I,
)
# Where a sentence ends: r"\n|[.!?;:](?:\s|$)|\s[.!?](?:\s|$)" (or the end of the text), written to open
# with one character class (same match starts) so the engine skips ahead to those characters instead of
# entering the alternation at every position.
_SENTENCE_END_RE = compile_stored(r"[\s.!?;:](?:(?<=\n)|(?<=[.!?;:])(?:\s|$)|(?<=\s)[.!?](?:\s|$))")


def _sentence(text: str, start: int) -> str:
    """The text from ``start`` to its sentence's end."""
    end = _SENTENCE_END_RE.search(text, start)  # (from start: no copy of the rest of the text)
    return text[start:end.start() if end is not None else len(text)]
# (no \s* around the separators: every piece is stripped, and a regex opening with \s* is tried at
# every position of the text)
# It is r"[,;&+/•·|]|\band\b" with re.I, written to open with one character class: the regex engine
# then skips to the characters of that class instead of trying the pattern at every position (an "a"
# is the word "and" only after no word character: the lookbehind is that \b). Under re.I only "A"
# matches "a", "N" "n", "D" "d", so the spelled-out cases are the same matches.
_SPLIT_RE = compile_stored(r"[,;&+/•·|aA](?:(?<=[aA])(?<!\w[aA])[nN][dD]\b|(?<![aA]))")
# A list item that starts like this is the sentence going on, not a note: the list ends there.
_CLAUSE_START_RE = compile_stored(
    r"^(?:with|wrapped|complimented|that|which|making|adding|followed|leading|lifted|complemented|creating|finishing|"
    r"unfolding|ending|ends|every|each|all|it|this|the\s+(?:cup|finish|body)|a\s+\w+\s+(?:body|finish|mouthfeel|acidity)|"
    r"in\s+a|on\s+the|before|while|along|as|for|perfect|best|great|plus|then|giving|offering|rounded|"
    r"balanced\s+by|backed|supported|underpinned|over|into|to|is|are|has|have|was)\b", re.I)
# The word every _CLAUSE_START_RE alternative opens with: a piece whose first word is all letters and
# none of these cannot match, and most pieces are notes ("milk chocolate"): no regex for them.
_CLAUSE_FIRST = frozenset(
    "with wrapped complimented that which making adding followed leading lifted complemented creating finishing "
    "unfolding ending ends every each all it this the a in on before while along as for perfect best great plus "
    "then giving offering rounded balanced backed supported underpinned over into to is are has have was".split())


def _clause_start(piece: str) -> bool:
    """_CLAUSE_START_RE.match(piece), for a stripped, non-empty piece."""
    first = piece.split(None, 1)[0]
    # (fold: under re.I "İt" and "ıt" are "it" too; isalpha: "it's" and "with," still go to the regex)
    if first.isalpha() and (first.lower() if first.isascii() else fold(first)) not in _CLAUSE_FIRST:
        return False
    return _CLAUSE_START_RE.match(piece) is not None
_TRIM_RE = compile_stored(
    r"^(?:(?:and|a|an|some|subtle|hints?\s+of|a\s+touch\s+of|touch(?:es)?\s+of|gentle\s+hints?\s+of|notes?\s+of|"
    r"flavou?rs?\s+of|bright|rich|layered|"
    r"sweet\s+notes\s+of|plenty\s+of|lots\s+of|bold|juicy|delicate|soft|gentle|comforting\s+layers\s+of|layers\s+of)\s+)+",
    re.I)
# (and the verbs a sentence goes on with after its last note: "... and khasi mandarin carry through in each sip")
_CLAUSE_SPLIT_RE = compile_stored(r"\s+(?:with|that|which|wrapped|followed|leading|complemented|lifted|unfolding|"
                                  r"carry|carries|come|comes|linger|lingers|shine|shines|stand|stands|"
                                  r"emerge|emerges|dominate|dominates|round|rounds)\s+")
_TAIL_RE = compile_stored(r"\s+(?:notes?|tones?|flavou?rs?|undertones?|finish|aftertaste|sweetness)$", re.I)
_BAD_NOTE_RE = compile_stored(r"\d|%|\bacidity\b|\bbody\b|\bmouthfeel\b|\bcup\b|\bcoffee\b|\broast(?:ing|er|ery)?\b", re.I)
_DESCRIPTORS = frozenset(
    "bright juicy sweet sweetness clean balanced smooth syrupy creamy silky complex vibrant layered rich round "
    "delicate crisp lively structured lingering long short heavy light medium full bodied body finish aftertaste "
    "acidity acidic fruity floral nutty chocolatey earthy bold intense subtle soft gentle deep refreshing tart "
    "tangy mellow winey boozy funky lots more".split())
_DASH_LINE_RE = compile_stored(r"^[^.!?:\d]{2,40}(?:\s+[-–—•·|]\s+[^.!?:\d]{2,40}){1,7}$")
_DASH_SPLIT_RE = compile_stored(r"\s+[-–—•·|]\s+")
_LEAD = Guarded(_LEAD_RE)
# _DASH_LINE_RE needs one of its separators between spaces: a text without this holds no list line (a hyphen
# inside a word is no separator). It is r"\s[-–—•·|]\s" (only ever searched for, so the match start does not
# matter), written to open with the separator: the engine skips ahead to those characters.
_SPACED_DASH_RE = compile_stored(r"[-–—•·|](?<=\s.)\s")
NOTE_TAG_KEYS = {"flavor profile", "flavour profile", "flavor", "flavour", "flavors", "flavours", "notes",
                 "tasting notes", "tasting note", "taste", "tastes", "cup notes", "note"}


@lru_cache(maxsize=8192)  # the same notes and phrases recur across a shop
def _tidy(item: str) -> str | None:
    item = item.strip(" \t-–—•·*\"'“”‘’()[]")
    item = _TRIM_RE.sub("", item)
    item = _TAIL_RE.sub("", item).strip(" .,")
    if not item or _BAD_NOTE_RE.search(item):
        return None
    if all(w.lower().strip(",.") in _DESCRIPTORS for w in item.split()):
        return None  # "a bright, juicy sweetness": how it tastes, not what
    words = item.split()
    if not 1 <= len(words) <= 4 or len(item) > 40:
        return None
    # Title-case lower-case notes; keep a roaster's own capitals ("SL28-like", "Fig Danish").
    return " ".join(w[:1].upper() + w[1:] if w.islower() else w for w in words)


def split_notes(text: str) -> list[str]:
    """'Cocoa, Sweet Spices, and Jaggery' -> ['Cocoa', 'Sweet Spices', 'Jaggery']."""
    return list(_split_notes(text))


@lru_cache(maxsize=4096)
def _split_notes(text: str) -> tuple[str, ...]:
    out: list[str] = []
    seen: set[str] = set()  # (lower case: "Cocoa" and "cocoa" are one note)
    for i, raw in enumerate(_SPLIT_RE.split(text)):
        raw = raw.strip()
        if not raw:
            continue
        clause, note, low, long = _piece(raw)
        if i > 0 and clause:
            break
        if note is None:
            if long:
                break  # the sentence has moved on
            continue
        if low not in seen:
            seen.add(low)
            out.append(note)
    return tuple(out)


@lru_cache(maxsize=8192)  # most sentences are new, their pieces ("milk chocolate") recur
def _piece(raw: str) -> tuple[bool, str | None, str | None, bool]:
    """A stripped list piece: (whether it opens a clause, its note, the note in lower case, whether it
    holds over four words)."""
    clause = _clause_start(raw)
    # "chocolate with naturals adding ..." -> "chocolate"
    m = _CLAUSE_SPLIT_RE.search(raw)
    if m is not None:
        raw = raw[:m.start()]
    note = _tidy(raw)
    if note is None:
        return clause, None, None, len(raw.split()) > 4
    return clause, note, note.lower(), False


def _dash_line(line: str) -> bool:
    return _SPACED_DASH_RE.search(line) is not None and _DASH_LINE_RE.match(line) is not None


def notes_in_text(text: str) -> list[str]:
    if not _LEAD.possible(text):
        return []
    for m in _LEAD_RE.finditer(text):
        notes = split_notes(_sentence(text, m.end()))
        if notes:
            return notes
    return []


def notes_in_lists(text: str) -> list[str]:
    """Dash and bullet lines: "Cherry Cola - Dried Fig - Brown Sugar", "Prunes • Fig Danish • Nutmeg"."""
    if not _SPACED_DASH_RE.search(text):
        return []
    for line in text.split("\n"):
        if _dash_line(line.strip()):
            notes = [n for n in (_tidy(p) for p in _DASH_SPLIT_RE.split(line.strip())) if n]
            if len(notes) >= 2:
                return notes
    return []


def notes_in_tags(tags: list[str]) -> list[str]:
    out: list[str] = []
    for tag in tags:
        key, value = split_tag(tag)
        if key in NOTE_TAG_KEYS:
            for note in split_notes(value):
                if note not in out:
                    out.append(note)
    return out


# Bare tags are notes only when they are common flavour words ("Caramel", "Brown Sugar"); other bare
# tags are shop facets ("best-seller", "chocolatey", "low acidity").
FLAVOUR_WORDS = frozenset("""
chocolate|dark chocolate|milk chocolate|cocoa|cacao|caramel|brown sugar|toffee|molasses|vanilla|hazelnut|almond|
walnut|pecan|peanut|cherry|blueberry|raspberry|strawberry|blackberry|berries|lemon|lime|orange|grapefruit|tangerine|
mandarin|bergamot|peach|apricot|plum|apple|green apple|pear|grape|raisin|fig|date|pineapple|mango|papaya|
passion fruit|melon|watermelon|jasmine|rose|hibiscus|lavender|black tea|green tea|earl grey|cinnamon|clove|nutmeg|
maple|maple syrup|butterscotch|marzipan|nougat|praline|cola|red wine|rum|tropical fruit|stone fruit|citrus|
cranberry|blackcurrant|pomegranate|lychee|kiwi|guava|sugarcane|panela|jaggery|malt|honey|nectarine|cantaloupe|
orange blossom|lemongrass|ginger|cardamom|tobacco|cedar|grapefruit zest|red apple|baking spice|fudge|brownie
""".replace("\n", "").split("|"))


def notes_in_bare_tags(tags: list[str]) -> list[str]:
    return [_tidy(t) or t for t in tags if t.strip().lower() in FLAVOUR_WORDS]


# Prose that names flavours without a list lead-in (Blue Tokai, "Kolli Berri Estate": "a medium-dark roast with
# chocolatey and nutty flavours ... starting with the aroma of dried fruits"): the aroma's list, and flavour
# adjectives just before "flavours"/"notes"/"tones", read as the nouns they come from.
_AROMA_RE = compile_stored(r"\baromas?\s+of\s+", re.I)
_TASTE_NOUN_RE = compile_stored(r"\b(?:flavou?rs?|notes|tones|undertones|aftertaste|finish)\b", re.I)
_AROMA = Guarded(_AROMA_RE)
_TASTE_NOUN = Guarded(_TASTE_NOUN_RE)
_WORDS_BEFORE_RE = compile_stored(r"[\w-]+|[,&]")
FLAVOUR_ADJECTIVES = {
    "chocolatey": "Chocolate", "chocolaty": "Chocolate", "nutty": "Nuts", "fruity": "Fruit", "spicy": "Spice",
    "caramelly": "Caramel", "caramelised": "Caramel", "caramelized": "Caramel", "citrusy": "Citrus",
    "citric": "Citrus", "floral": "Floral", "malty": "Malt", "smoky": "Smoke", "honeyed": "Honey",
    "buttery": "Butter", "toasty": "Toast", "winey": "Wine", "berry": "Berry", "jammy": "Jam", "herbal": "Herbal",
    "earthy": "Earthy", "woody": "Wood", "cocoa": "Cocoa", "vanilla": "Vanilla", "tropical": "Tropical Fruit",
}
# Words a run of flavour adjectives may hold besides them: "sweet, nutty and spicy tones".
_ADJECTIVE_RUN = frozenset({"and", "&", ",", *_DESCRIPTORS})


def notes_in_prose(text: str) -> list[str]:
    out: list[str] = []
    if _TASTE_NOUN.possible(text):
        for m in _TASTE_NOUN_RE.finditer(text):
            found = []
            for word in reversed(_WORDS_BEFORE_RE.findall(text, max(0, m.start() - 60), m.start())):
                w = word.lower()
                if w in FLAVOUR_ADJECTIVES:
                    found.append(FLAVOUR_ADJECTIVES[w])
                elif w not in _ADJECTIVE_RUN:
                    break
            out += reversed(found)
    if _AROMA.possible(text):
        for m in _AROMA_RE.finditer(text):
            out += split_notes(_sentence(text, m.end()))
    return list(dict.fromkeys(out))


def find_notes(label_values: list[str], text: str, tags: list[str]) -> list[str]:
    """First source that yields wins: labelled lines, lead-in sentences, list lines, tags, then prose."""
    for value in label_values:
        notes = split_notes(value) if not _dash_line(value) else notes_in_lists(value)
        if notes:
            return notes
    return (notes_in_text(text) or notes_in_lists(text) or notes_in_tags(tags) or notes_in_bare_tags(tags)
            or notes_in_prose(text))
