"""Speed rewrites in normalize/notes.py and normalize/text.py (branch speedB) give what the plain forms gave.

Each rewritten function is compared with the form it replaced (kept here as the reference) on random text
built from notes-like words, separators, odd whitespace and the characters re.IGNORECASE treats specially.
"""
from __future__ import annotations

import random

from coffee_scraper.normalize import notes

_ATOMS = ["and", "AND", "And", "band", ",", ";", "&", "+", "/", "•", "·", "|", " ", "  ", "\t", "\n", "\u00a0",
          "\u2003", "\u200b", "\u2028", "\x85", "\x00", "ſ", "İ", "ı", "\u212a", "with", "With", "wıth", "İt", "ıt",
          "it's", "the cup", "a full body", "in a", "balanced by", "chocolate", "Milk Chocolate", "cherry", "cocoa",
          "Cocoa", "notes of", "hints of", "a touch of", "bright", "juicy", "sweetness", "finish", "acidity", "coffee",
          "roasted", "1", "70%", "-", ".", "'", "\"", "(", ")", "产地", "キャラメル", "that", "carries", "lingers",
          "brown sugar", "red apple", "stone fruit", "long words run on here", "é", "ß", "x", "Fig Danish", "SL28-like"]


def _texts(n: int, seed: int):
    rnd = random.Random(seed)
    yield ""
    for _ in range(n):
        yield "".join(rnd.choice(_ATOMS) if rnd.random() < 0.9 else chr(rnd.randint(1, 0x3100))
                      for _ in range(rnd.randint(1, 14)))


def _split_notes_before(text: str) -> tuple[str, ...]:
    """notes._split_notes as it was before _piece (427dc76)."""
    out: list[str] = []
    seen: set[str] = set()
    for i, raw in enumerate(notes._SPLIT_RE.split(text)):
        raw = raw.strip()
        if not raw:
            continue
        if i > 0 and notes._clause_start(raw):
            break
        m = notes._CLAUSE_SPLIT_RE.search(raw)
        if m is not None:
            raw = raw[:m.start()]
        note = notes._tidy(raw)
        if note is None:
            if len(raw.split()) > 4:
                break
            continue
        low = note.lower()
        if low not in seen:
            seen.add(low)
            out.append(note)
    return tuple(out)


def test_split_notes_is_the_per_piece_form():
    for text in _texts(40000, 7):
        assert notes._split_notes.__wrapped__(text) == _split_notes_before(text), text


def test_sentence_end_is_the_plain_alternation():
    import re
    plain = re.compile(r"\n|[.!?;:](?:\s|$)|\s[.!?](?:\s|$)|$")
    extra = ["", ".", "\n", ". ", " .", " .\n", "a.\n", "x\n", "\n\n", "!?", ";", ":", "\u2028.", "\x85!", "\u00a0?"]
    for text in [*extra, *_texts(40000, 11)]:
        for start in {0, len(text) // 2, len(text)}:
            rest = text[start:]
            end = plain.search(rest)
            assert notes._sentence(text, start) == (rest[: end.start()] if end else rest), (text, start)


def test_spaced_dash_and_dash_line_are_the_plain_forms():
    import re
    plain = re.compile(r"\s[-–—•·|]\s")
    atoms = ["-", "–", "—", "•", "·", "|", " ", "\t", "\n", "\u00a0", "\u2028", "\x85", "x", "ab", "Cherry Cola",
             "Dried Fig", "medium-dark", ".", ":", "1", "ſ", "\x00", "产地"]
    rnd = random.Random(13)
    texts = [*_texts(20000, 17)]
    texts += ["".join(rnd.choice(atoms) for _ in range(rnd.randint(0, 16))) for _ in range(40000)]
    for text in texts:
        assert (notes._SPACED_DASH_RE.search(text) is None) == (plain.search(text) is None), text
        before = any(d in text for d in "-–—•·|") and notes._DASH_LINE_RE.match(text) is not None
        assert notes._dash_line(text) == before, text
