"""The speed rewrites in normalize/text.py and normalize/notes.py give what the plain forms gave.

Each rewritten regex or pre-check is compared with the plain regex it stands for, on the characters
re.IGNORECASE treats specially ("ſ", "İ", "ı", the Kelvin sign), odd whitespace and random text.
"""
from __future__ import annotations

import random
import re

import pytest

from coffee_scraper.normalize import notes, text

_ATOMS = ["and", "AND", "aNd", "And", "andes", "band", "_and", "9and", "éand", "andé", "Ⅸand", "a", "A", "n", "d",
          ",", ";", "&", "+", "/", "•", "·", "|", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u200b", "\u2028", "\x85",
          "\x00", "ſ", "İ", "ı", "\u212a", "with", "With", "WITH", "wıth", "İt", "ıt", "it's", "it", "the cup", "The  Cup",
          "the", "a full body", "in a", "on the", "balanced by", "Balanced\tBy", "chocolate", "Cherry", "é", "ß", "1", "-",
          ".", "'", "_", "x", "产地", "ſuch", "eaKh", "each", "Each,", "every"]


def _texts(n: int, seed: int, atoms: list[str] = _ATOMS, p_atom: float = 0.85, longest: int = 10):
    rnd = random.Random(seed)
    yield ""
    for _ in range(n):
        yield "".join(rnd.choice(atoms) if rnd.random() < p_atom else chr(rnd.randint(1, 0x3100))
                      for _ in range(rnd.randint(1, longest)))


def test_split_regex_is_the_plain_one():
    plain = re.compile(r"[,;&+/•·|]|\band\b", re.I)
    for text in _texts(50000, 1):
        assert notes._SPLIT_RE.split(text) == plain.split(text), text


def test_clause_first_words_are_every_alternatives_first_word():
    body = notes._CLAUSE_START_RE.pattern[len("^(?:"):-len(")\\b")]
    depth, alternatives, start = 0, [], 0
    for i, ch in enumerate(body):  # the top-level alternatives
        depth += ch == "(" and body[i - 1] != "\\"
        depth -= ch == ")" and body[i - 1] != "\\"
        if ch == "|" and depth == 0:
            alternatives.append(body[start:i])
            start = i + 1
    alternatives.append(body[start:])
    assert {re.match(r"[a-z]+", a).group(0) for a in alternatives} == notes._CLAUSE_FIRST


@pytest.mark.parametrize("seed", [2, 3])
def test_clause_start_is_the_regex(seed):
    for text in _texts(50000, seed):
        piece = text.strip()
        if piece:
            assert notes._clause_start(piece) == (notes._CLAUSE_START_RE.match(piece) is not None), piece


_SPECIAL = {"i": ["İ", "ı", "I"], "s": ["ſ", "S"], "k": ["\u212a", "K"]}


def _label_lines(n: int, seed: int):
    rnd = random.Random(seed)
    spellings = text._ALL
    for _ in range(n):
        parts = []
        for _ in range(rnd.randint(1, 4)):
            label = rnd.choice(spellings)
            label = "".join(rnd.choice(_SPECIAL[c]) if c in _SPECIAL and rnd.random() < 0.3 else
                            c.upper() if rnd.random() < 0.2 else c for c in label)
            label = label.replace(" ", rnd.choice([" ", "  ", "\t", "\u00a0", "\u3000", "\u2028"]))
            parts.append(rnd.choice(["", "-", "• ", "|", ".", "x", "é", " "]) + label
                         + rnd.choice(["", " ", "\t", "\u2003", "\x85", "s", "x", "-"]) + rnd.choice([":", "：", "", ";"])
                         + rnd.choice([" Kenya", "", " 1900 masl", "cost: $5"]))
        yield rnd.choice([" ", "", ", ", " | "]).join(parts)


@pytest.mark.parametrize("seed", [4, 5])
def test_colon_label_possible_never_skips_a_match(seed):
    seen = 0
    for line in _label_lines(20000, seed):
        if text._COLON_LABEL_RE.search(line):
            seen += 1
            assert text._colon_label_possible(line), line
    assert seen > 5000


def _plain_html_to_text(html):
    """html_to_text before its speed-ups: every step unconditional except the "</d" test (which
    decides whether "</ dd >" becomes a line end), the per-line collapse through _SPACE_RE."""
    if not html:
        return ""
    s = text._SCRIPT_RE.sub(" ", html)
    s = text.remove_comments(s)
    if "</d" in s or "</D" in s:
        s = text._DEF_END_RE.sub("\n", text._TERM_END_RE.sub(": ", s))
    s = text._CELL_RE.sub(" ", text._BLOCK_RE.sub("\n", s))
    s = text.replace_entities(text.remove_tags(s))
    return "\n".join(filter(None, [text._SPACE_RE.sub(" ", line).strip() for line in s.split("\n")]))


_HTML_ATOMS = ["<p>", "</p>", "<br>", "<BR/>", "<div>", "</div>", "<td>", "</td>", "< td >", "<tr>", "<dt>", "</dt>",
               "<dd>", "</dd>", "</ dd >", "</DT>", "<script>x</script>", "<STYLE>y</style >", "<ſcript>z</ſcript>",
               "<s", "<S", "<ſ", "<!--", "-->", "&amp;", "&nbsp;", "&#160;", "<strong>", "<a href=\"x>y\">", "<", ">",
               "\n", "\n\n", " ", "\t", "\r", "\x0b", "\x1c", "\x85", "\u00a0", "\u200b", "\u2028", "\u3000", "Origin:",
               "Kenya", "é", "産地", "\x00", "İ"]


@pytest.mark.parametrize("seed", [6, 7])
def test_html_to_text_is_the_plain_pipeline(seed):
    rnd = random.Random(seed)
    for _ in range(20000):
        html = "".join(rnd.choice(_HTML_ATOMS) if rnd.random() < 0.9 else chr(rnd.randint(1, 0x3100))
                       for _ in range(rnd.randint(0, 14)))
        assert text.html_to_text(html) == _plain_html_to_text(html), html


# ---- notes (branch speedB): each rewritten function against the form it replaced, kept here as the reference, on
# random text built from notes-like words, separators, odd whitespace and the characters re.I treats specially
_NOTE_ATOMS = ["and", "AND", "And", "band", ",", ";", "&", "+", "/", "•", "·", "|", " ", "  ", "\t", "\n", "\u00a0",
          "\u2003", "\u200b", "\u2028", "\x85", "\x00", "ſ", "İ", "ı", "\u212a", "with", "With", "wıth", "İt", "ıt",
          "it's", "the cup", "a full body", "in a", "balanced by", "chocolate", "Milk Chocolate", "cherry", "cocoa",
          "Cocoa", "notes of", "hints of", "a touch of", "bright", "juicy", "sweetness", "finish", "acidity", "coffee",
          "roasted", "1", "70%", "-", ".", "'", "\"", "(", ")", "产地", "キャラメル", "that", "carries", "lingers",
          "brown sugar", "red apple", "stone fruit", "long words run on here", "é", "ß", "x", "Fig Danish", "SL28-like"]


def _note_texts(n: int, seed: int):
    return _texts(n, seed, _NOTE_ATOMS, 0.9, 14)


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
    for text in _note_texts(40000, 7):
        assert notes._split_notes.__wrapped__(text) == _split_notes_before(text), text


def test_sentence_end_is_the_plain_alternation():
    import re
    plain = re.compile(r"\n|[.!?;:](?:\s|$)|\s[.!?](?:\s|$)|$")
    extra = ["", ".", "\n", ". ", " .", " .\n", "a.\n", "x\n", "\n\n", "!?", ";", ":", "\u2028.", "\x85!", "\u00a0?"]
    for text in [*extra, *_note_texts(40000, 11)]:
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
    texts = [*_note_texts(20000, 17)]
    texts += ["".join(rnd.choice(atoms) for _ in range(rnd.randint(0, 16))) for _ in range(40000)]
    for text in texts:
        assert (notes._SPACED_DASH_RE.search(text) is None) == (plain.search(text) is None), text
        before = any(d in text for d in "-–—•·|") and notes._DASH_LINE_RE.match(text) is not None
        assert notes._dash_line(text) == before, text
