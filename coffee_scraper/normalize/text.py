"""Text helpers: HTML to plain text, and the "Label: value" lines roasters write facts in."""
from __future__ import annotations

import re
from functools import lru_cache

import w3lib.html
from w3lib.html import remove_comments, remove_tags, replace_entities

from . import lang
from .patterns import compile as compile_stored, fold, longest_first, tree_alternation

# Block-level tags become line breaks so that "<p>Origin: Kenya</p><p>Process: Washed</p>" stays
# two labelled lines instead of one run-on sentence.
_BLOCK_RE = compile_stored(
    r"<\s*(?:br|/p|p|/div|div|/li|li|/h[1-6]|h[1-6]|/tr|tr|/ul|ul|/ol|ol|/table|table|hr|/blockquote)\b[^>]*>",
    re.I,
)
_CELL_RE = compile_stored(r"<\s*/?\s*t[dh]\b[^>]*>", re.I)  # table cells: keep "ORIGIN Kenya" apart
# A term closes with a colon: "<dt>Herkunft</dt><dd>Äthiopien</dd>" is the line "Herkunft: Äthiopien".
_TERM_END_RE = compile_stored(r"<\s*/\s*dt\s*>", re.I)
_DEF_END_RE = compile_stored(r"<\s*/\s*dd\s*>", re.I)
_DEF_TERM_RE = compile_stored(r"<\s*/\s*d[dt]\s*>", re.I)
_SCRIPT_RE = compile_stored(r"<(script|style)\b.*?</\1\s*>", re.I | re.S)
_SPACE_RE = compile_stored(r"[ \t\r\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_NEWLINES_RE = compile_stored(r"\n\s*\n+")
# w3lib's remove_tags(s) with neither which_ones nor keep removes every tag its regex finds, through a
# Python callback per tag; the same regex's sub("") does it in C (tests/test_normalize_equivalence.py).
_W3LIB_TAGS_RE = getattr(w3lib.html, "_tags_re", None)


def _remove_all_tags(s: str) -> str:
    return _W3LIB_TAGS_RE.sub("", s) if _W3LIB_TAGS_RE is not None else remove_tags(s)
# The only characters on which str.split()/strip() and _SPACE_RE disagree (newline aside): without
# them " ".join(s.split()) is _SPACE_RE.sub(" ", s).strip(), several times faster.
_SPLIT_UNSAFE = ("\x1c", "\x1d", "\x1e", "\x1f", "\x85", "\u1680", "\u200b", "\u2028", "\u2029")


def _split_safe(s: str) -> bool:
    for ch in _SPLIT_UNSAFE:
        if ch in s:
            return False
    return True


def html_to_text(html: str | None) -> str:
    """Plain text: tags removed, entities decoded, spaces collapsed, one line per block."""
    if not html:
        return ""
    # (no '"<s" in html' pre-check: the regex opens with "<", which the engine finds faster than a
    # two-character substring test)
    s = _SCRIPT_RE.sub(" ", html)
    if "<!--" in s:  # (the pre-checks skip work that could not change the text)
        s = remove_comments(s)
    # (the "</d" test is no mere pre-check: "</ dd >" is left alone unless a "</d" is in the text)
    if ("</d" in s or "</D" in s) and _DEF_TERM_RE.search(s):  # ("</d": "</div>" too)
        s = _DEF_END_RE.sub("\n", _TERM_END_RE.sub(": ", s))
    if "<t" in s or "<T" in s:
        s = _LABEL_ROW_RE.sub(_label_row, s)
    s = _BLOCK_RE.sub("\n", s)
    s = _CELL_RE.sub(" ", s)
    if "<" in s:
        s = _remove_all_tags(s)
    if "&" in s:
        s = replace_entities(s)
    # ("if line": block tags leave many empty lines; skipping them is cheaper than splitting them)
    if _split_safe(s):
        return "\n".join(filter(None, [" ".join(line.split()) for line in s.split("\n") if line]))
    return "\n".join(filter(None, [_SPACE_RE.sub(" ", line).strip() for line in s.split("\n") if line]))


@lru_cache(maxsize=16384)  # tags and option values repeat across a shop
def clean_inline(text: str | None) -> str:
    """Entities decoded, spaces collapsed (for names, tags, option values)."""
    if not text:
        return ""
    if "&" in text:
        text = replace_entities(text)
    if "\n" not in text and _split_safe(text):
        return " ".join(text.split())
    return _SPACE_RE.sub(" ", text).strip()


# Canonical key -> the label spellings roasters use ("Origins :", "Roast Profile :", "Varietals:").
LABELS: dict[str, tuple[str, ...]] = {
    "origin": ("country of origin", "coffee origin", "origin country", "origins", "origin", "country", "from"),
    "location": ("farm location", "location",),
    "region": ("growing region", "regions", "region", "sub-region", "subregion", "province", "department", "district", "state"),
    "process": ("processing method", "process method", "processing", "process"),
    "roast": ("roast level", "roast profile", "roast degree", "roast style", "roast"),
    "variety": ("varieties", "varietals", "varietal", "variety", "cultivars", "cultivar"),
    "altitude": ("altitudes", "altitude", "elevation", "grown at", "masl"),
    "producer": ("washing station", "producers", "producer", "farmers", "farmer", "growers", "grower",
                 "cooperative", "co-op", "farm", "estate", "mill"),
    "notes": ("tasting notes", "flavor notes", "flavour notes", "cup notes", "cupping notes", "coffee notes",
              "notes", "flavors", "flavours", "flavor", "flavour", "tastes like", "we taste", "in the cup"),
    "type": ("type",),
}
_LABEL_TO_KEY = {spelling: key for key, spellings in LABELS.items() for spelling in spellings}
# Every language's label keys (lang/<code>.py): "Procédé", "Röstgrad", "Obróbka", "精製方法", "가공방식".
# An English spelling keeps its English key.
for _key_name, _spellings in lang.label_spellings().items():
    for _s in _spellings:
        _LABEL_TO_KEY.setdefault(_s, _key_name)
_ALL = sorted((s for s in _LABEL_TO_KEY if not lang.is_cjk(s)), key=longest_first)  # "roast level" before "roast"
_CJK_ALL = sorted((s for s in _LABEL_TO_KEY if lang.is_cjk(s)), key=longest_first)
_ALT = tree_alternation(_ALL, sep=r"\s+")  # prefix tree: same matches, far fewer tries
# "Label:" anywhere in a line (flattened HTML puts several on one line); the label must start the
# line or follow a separator so "the notes: ..." inside a sentence is rare but "Origin: X" is found.
_COLON_LABEL_RE = compile_stored(rf"(?:^|(?<=[\s|•·;,.]))(?:[-•*]\s*)?({_ALT})\s*[:：]\s*", re.I)
# That regex is tried at every position of the line (it opens with a lookbehind). A label ends just
# before a colon (spaces aside), so a line where no colon follows one of these label endings (the last
# three letters, folded as re.I folds them) holds no match: "FOB cost: $5.87lb" needs no scan.
_LABEL_ENDS = frozenset(s.split()[-1][-3:] for s in _ALL)


def _colon_label_possible(line: str) -> bool:
    for colon in (":", "："):
        i = line.find(colon)
        while i >= 0:
            end = line[:i].rstrip()[-3:]
            # (fold's uncached form: three-letter strings would push descriptions out of its cache)
            end = end.lower() if end.isascii() else fold.__wrapped__(end)
            if end in _LABEL_ENDS or end[-2:] in _LABEL_ENDS or end[-1:] in _LABEL_ENDS:
                return True
            i = line.find(colon, i + 1)
    return False
_SEP_LABEL_RE = compile_stored(rf"(?:[-•*]\s*)?({_ALT})\s*(?:[|｜/／—–]|(?<=\s)-(?=\s))\s*", re.I)
_SEP_CHARS_RE = compile_stored(r"[|｜/／—–]|\s-\s")
# Flattened tables: "ORIGIN Ethiopia PROCESS Washed ELEVATION 1900-2200m" (upper case, no colon).
_UPPER_SKIP = {"from", "state", "type", "estate", "mill", "in the cup", "we taste", "flavor", "flavour", "farm"}
_ENGLISH = sorted({s for spellings in LABELS.values() for s in spellings}, key=longest_first)
_UPPER_ALT = tree_alternation([s.upper() for s in _ENGLISH if s not in _UPPER_SKIP], sep=r"\s+", ignorecase=False)
_UPPER_LABEL_RE = compile_stored(rf"\b({_UPPER_ALT})\b")
# Every upper-case label opens with two capitals: lines without a pair need no label scan.
_UPPER_PAIR_RE = compile_stored(r"[A-Z][A-Z]")
# CJK labels: "精製方法：ウォッシュト", "【産地】エチオピア", "■焙煎度：中煎り", "원산지 : 에티오피아", and in
# flattened tables "産地 エチオピア" (a label opening a short line, then a space).
_CJK_OPEN = "【\\[■◆●・★☆▪▶◎○◇*＊"
_CJK_ALT = tree_alternation(_CJK_ALL, sep=r"\s*", ignorecase=False)
_CJK_LABEL_RE = compile_stored(
    rf"(?:^|(?<=[\s|•·;,.、。/／（）()「」{_CJK_OPEN}】｜]))[{_CJK_OPEN}]?\s*({_CJK_ALT})\s*(?:[:：】\]／｜]|(?=\s))\s*")
_CJK_STRIP = " \t-–|;,　【】[]■◆●・★☆/｜、。"
# A table row opening with a label cell ("<tr><td>Process</td><td>Washed</td>", "<th>Herkunft</th>") is the line
# "Process: Washed", as a <dt>/<dd> pair is: title-case keys in a spec table have no colon. (Only a cell holding a
# label and nothing else, tags aside; a static replacement, no callback per row.)
_CELL_TAGS = r"(?:\s*<(?!\s*/?\s*t[dhr]\b)[^>]*>)*\s*"
# (an upper-case key, "ORIGIN", is read without a colon already: skipped at once)
_LABEL_ROW_RE = compile_stored(rf"(<\s*tr\b[^>]*>\s*<\s*t[dh]\b[^>]*>{_CELL_TAGS}(?!(?-i:[A-Z][A-Z ]*<))"
                               rf"(?:{_ALT}|{_CJK_ALT}){_CELL_TAGS})"
                               rf"(<\s*/\s*t[dh]\s*>\s*<\s*t[dh]\b)", re.I)


def _label_row(m: re.Match) -> str:  # (a function: a template string makes sub() hash this long pattern each call)
    return f"{m.group(1)}: {m.group(2)}"

_WS_RE = compile_stored(r"\s+")


@lru_cache(maxsize=1024)  # a few dozen label spellings
def _key(label: str) -> str | None:
    # fold(): the label regex ignores case, so "Locatİon" matched "location"; .lower() alone would
    # make "i̇" of "İ" (two characters) and no known label.
    return _LABEL_TO_KEY.get(_WS_RE.sub(" ", fold(label)))


def extract_labels(text: str) -> list[tuple[str, str]]:
    """(key, value) for every labelled fact in ``text``, in reading order. Empty values dropped."""
    out: list[tuple[str, str]] = []
    for line in text.split("\n"):
        out += _line_labels(line)
    return out


@lru_cache(maxsize=8192)  # boilerplate lines recur across a shop's descriptions
def _line_labels(line: str) -> tuple[tuple[str, str], ...]:
    if lang.has_cjk(line):
        cjk = _cjk_labels(line)
        if cjk:
            return cjk
    if (":" in line or "：" in line) and _colon_label_possible(line):
        matches = list(_COLON_LABEL_RE.finditer(line))
        # A label must open the line, or the line holds several labels (a flattened list).
        if matches and (matches[0].start() <= 2 or len(matches) > 1):
            return _label_values(line, matches, " \t-–|;,")
    uppers = list(_UPPER_LABEL_RE.finditer(line)) if _UPPER_PAIR_RE.search(line) else []
    if len(uppers) >= 2 or (uppers and uppers[0].start() == 0 and len(line) < 80):
        return _label_values(line, uppers, " \t:-–|;,")
    # "Roast | Light", "Proceso — Natural", "Origin - Kenya": a label opening the line, another separator than a colon
    if _SEP_CHARS_RE.search(line):
        m = _SEP_LABEL_RE.match(line)
        if m is not None:
            return _label_values(line, [m], " \t-–—|;,")
    return ()


def _label_values(line: str, matches: list, strip: str) -> tuple[tuple[str, str], ...]:
    # Each label's value runs to the next label (or the end of the line).
    out = []
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(line)
        value = line[m.end():end].strip(strip)
        key = _key(m.group(1))
        if value and key:
            out.append((key, value))
    return tuple(out)


def _cjk_labels(line: str) -> tuple[tuple[str, str], ...]:
    matches = [m for m in _CJK_LABEL_RE.finditer(line)]
    if not matches:
        return ()
    colon = [m for m in matches if m.group(0).rstrip()[-1:] in ":：】]／｜"]
    # A space after the label only counts on a short line that opens with it (a flattened table row).
    if not colon and not (matches[0].start() <= 2 and len(line) <= 60 and _key(matches[0].group(1)) != "notes"):
        return ()
    matches = colon or matches[:1]
    if matches[0].start() > 2 and len(matches) == 1:
        # one label inside a line (latin labels may also be there): merge with the latin ones
        latin = list(_COLON_LABEL_RE.finditer(line)) if (":" in line or "：" in line) else []
        if not latin:
            return ()
        matches = sorted(matches + latin, key=lambda m: m.start())
    elif ":" in line or "：" in line:
        latin = list(_COLON_LABEL_RE.finditer(line))
        if latin:
            matches = sorted(matches + latin, key=lambda m: m.start())
    return _label_values(line, matches, _CJK_STRIP)


def labelled(labels: list[tuple[str, str]], key: str) -> list[str]:
    return [v for k, v in labels if k == key]


# Keys in any script ("Röstgrad: Hell", "Obróbka: myta", "产地：哥伦比亚"), full-width colons too.
_TAG_SPLIT_RE = compile_stored(r"^\s*([^\W\d_](?:[^\W\d_]| ){1,30}?)\s*(?::|：|__|=)\s*(.+?)\s*$")
_TAG_LABEL_SEP_RE = compile_stored(r"^\s*([^\W\d_](?:[^\W\d_]| ){1,30}?)\s*[_-]\s*(.+?)\s*$")


@lru_cache(maxsize=8192)  # every rule splits every tag; tags repeat across a shop
def split_tag(tag: str) -> tuple[str | None, str]:
    """'Process: Washed' -> ('process', 'Washed'); 'origin__colombia' -> ('origin', 'colombia')."""
    m = _TAG_SPLIT_RE.match(tag)
    if not m:
        # "Origin_Ethiopia", "Procédé_Lavé", "process-natural": one "_" or "-" splits only after a label spelling
        # ("El-Salvador", "Light_Roast", "Semi-Washed" stay bare tags)
        m = _TAG_LABEL_SEP_RE.match(tag)
        if not m or _key(m.group(1).strip()) is None:
            return None, tag.strip()
    return m.group(1).strip().lower(), m.group(2).replace("-", " ").replace("_", " ").strip()
