"""Agreement forms of adjectives: a table lists a roast or process word once or twice, shops write it
in whatever gender and number the sentence needs ("tostatura medio-scura", "un caffè medio-scuro",
"café tostado medio oscuro", "caffè lavati", "jasno palona", "ljusa bönor"). Each rule swaps the
ending of every word of an entry among its language's endings (the words of an entry agree),
so tables need not spell them all; the tables' own forms stay."""
from __future__ import annotations

import re

# Per language: groups of interchangeable endings, longest first within a group. A word takes the
# first group one of whose endings it has (and that leaves a stem of at least 2 characters).
ENDINGS: dict[str, tuple[tuple[str, ...], ...]] = {
    "it": (("o", "a", "i", "e"),),
    "es": (("os", "as", "o", "a"),),
    "pt": (("os", "as", "o", "a"),),
    "fr": (("ées", "ée", "és", "é"), ("ennes", "enne", "ens", "en"), ("aires", "aire", "airs", "air"),
           ("ées", "ée", "és", "é")),
    "pl": (("iego", "iej", "ią", "ia", "ie", "io", "i"), ("ego", "ej", "ą", "y", "a", "e", "o")),
    # Germanic: endings are added to the bare word ("" first: it applies to any word ending in a
    # consonant, "gewaschen" -> "gewaschene"; a listed inflected form "helle" gives its bare word back).
    "de": (("", "e", "er", "es", "en", "em"),),
    "sv": (("ade", "at", "ad"), ("", "a", "t")),
    "da": (("", "e", "t"),),
    "no": (("", "e", "t"),),
    "nl": (("", "e"),),
}
_SPLIT_RE = re.compile(r"([\s\-]+)")
# Generated forms that are English words ("Natur" + "e"): English text must not read as German.
_NOT_FORMS = frozenset({"nature", "natures"})


def _word_forms(word: str, groups) -> list[str]:
    for group in groups:
        for ending in group:
            stem = word[: len(word) - len(ending)] if ending else word
            if word.endswith(ending) and len(stem) >= 2 and stem[-1].isalpha():
                if not ending and stem[-1] in "aeiouyåæøäöé":  # "" only after a consonant ("ljus", "mørk")
                    continue
                return [stem + e for e in group]
    return [word]


def agreement_forms(word: str, code: str) -> set[str]:
    """``word`` and its other genders and numbers in language ``code`` (just ``word`` if none). The
    words of an entry agree ("media oscura", "medios oscuros"); a first word may also stay as listed,
    an adverb before the adjective ("medio-scuri"). Not every mix: that multiplied the vocabularies'
    size (and their build at every start) for forms no shop writes."""
    groups = ENDINGS.get(code)
    if not groups:
        return {word}
    parts = _SPLIT_RE.split(word)
    choices = [_word_forms(p, groups) if i % 2 == 0 and p else [p] for i, p in enumerate(parts)]
    width = max(len(c) for c in choices)
    out = {word}
    for k in range(width):
        agreed = [c[min(k, len(c) - 1)] for c in choices]
        out.add("".join(agreed))
        out.add("".join([parts[0], *agreed[1:]]))
    return {f for f in out if f.lower() not in _NOT_FORMS}
