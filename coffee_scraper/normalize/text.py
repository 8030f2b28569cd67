"""Text helpers: HTML to plain text, and the "Label: value" lines roasters write facts in."""
from __future__ import annotations

import re

from w3lib.html import remove_comments, remove_tags, replace_entities

# Block-level tags become line breaks so that "<p>Origin: Kenya</p><p>Process: Washed</p>" stays
# two labelled lines instead of one run-on sentence.
_BLOCK_RE = re.compile(
    r"<\s*(?:br|/p|p|/div|div|/li|li|/h[1-6]|h[1-6]|/tr|tr|/ul|ul|/ol|ol|/table|table|hr|/blockquote)\b[^>]*>",
    re.I,
)
_CELL_RE = re.compile(r"<\s*/?\s*t[dh]\b[^>]*>", re.I)  # table cells: keep "ORIGIN Kenya" apart
_SCRIPT_RE = re.compile(r"<(script|style)\b.*?</\1\s*>", re.I | re.S)
_SPACE_RE = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_NEWLINES_RE = re.compile(r"\n\s*\n+")


def html_to_text(html: str | None) -> str:
    """Plain text: tags removed, entities decoded, spaces collapsed, one line per block."""
    if not html:
        return ""
    s = _SCRIPT_RE.sub(" ", html)
    s = remove_comments(s)
    s = _BLOCK_RE.sub("\n", s)
    s = _CELL_RE.sub(" ", s)
    s = remove_tags(s)
    s = replace_entities(s)
    lines = [_SPACE_RE.sub(" ", line).strip() for line in s.split("\n")]
    return "\n".join(line for line in lines if line)


def clean_inline(text: str | None) -> str:
    """Entities decoded, spaces collapsed (for names, tags, option values)."""
    if not text:
        return ""
    if "&" in text:
        text = replace_entities(text)
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
_ALL = sorted(_LABEL_TO_KEY, key=len, reverse=True)  # longest first: "roast level" before "roast"
_ALT = "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in _ALL)
# "Label:" anywhere in a line (flattened HTML puts several on one line); the label must start the
# line or follow a separator so "the notes: ..." inside a sentence is rare but "Origin: X" is found.
_COLON_LABEL_RE = re.compile(rf"(?:^|(?<=[\s|•·;,.]))(?:[-•*]\s*)?({_ALT})\s*[:：]\s*", re.I)
# Flattened tables: "ORIGIN Ethiopia PROCESS Washed ELEVATION 1900-2200m" (upper case, no colon).
_UPPER_SKIP = {"from", "state", "type", "estate", "mill", "in the cup", "we taste", "flavor", "flavour", "farm"}
_UPPER_ALT = "|".join(re.escape(s.upper()).replace(r"\ ", r"\s+") for s in _ALL if s not in _UPPER_SKIP)
_UPPER_LABEL_RE = re.compile(rf"\b({_UPPER_ALT})\b")

_WS_RE = re.compile(r"\s+")


def _key(label: str) -> str:
    return _LABEL_TO_KEY[_WS_RE.sub(" ", label.lower())]


def extract_labels(text: str) -> list[tuple[str, str]]:
    """(key, value) for every labelled fact in ``text``, in reading order. Empty values dropped."""
    out: list[tuple[str, str]] = []
    for line in text.split("\n"):
        if ":" in line or "：" in line:
            matches = list(_COLON_LABEL_RE.finditer(line))
            # A label must open the line, or the line holds several labels (a flattened list).
            if matches and (matches[0].start() <= 2 or len(matches) > 1):
                for i, m in enumerate(matches):
                    end = matches[i + 1].start() if i + 1 < len(matches) else len(line)
                    value = line[m.end():end].strip(" \t-–|;,")
                    if value:
                        out.append((_key(m.group(1)), value))
                continue
        uppers = list(_UPPER_LABEL_RE.finditer(line))
        if len(uppers) >= 2 or (uppers and uppers[0].start() == 0 and len(line) < 80):
            for i, m in enumerate(uppers):
                end = uppers[i + 1].start() if i + 1 < len(uppers) else len(line)
                value = line[m.end():end].strip(" \t:-–|;,")
                if value:
                    out.append((_key(m.group(1)), value))
    return out


def labelled(labels: list[tuple[str, str]], key: str) -> list[str]:
    return [v for k, v in labels if k == key]


_TAG_SPLIT_RE = re.compile(r"^\s*([A-Za-z][A-Za-z ]{1,30}?)\s*(?::|__|=)\s*(.+?)\s*$")


def split_tag(tag: str) -> tuple[str | None, str]:
    """'Process: Washed' -> ('process', 'Washed'); 'origin__colombia' -> ('origin', 'colombia')."""
    m = _TAG_SPLIT_RE.match(tag)
    if not m:
        return None, tag.strip()
    return m.group(1).strip().lower(), m.group(2).replace("-", " ").replace("_", " ").strip()
