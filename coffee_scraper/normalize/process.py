"""Process: map roasters' process wording (tags, labels, titles, running text) to a closed vocabulary."""
from __future__ import annotations

import re
from functools import lru_cache

from . import lang
from .patterns import Anchored, Guarded, compile as compile_stored, fold
from .text import split_tag

# Closed vocabulary. Combinations name the fermentation first ("anaerobic natural").
# "experimental" is the documented home of roasters' own fermentation terms when no anaerobic or
# carbonic step is named: Thermal-Shock, culture-/yeast-inoculated ("Culture-Innoculated Washed",
# "Pichia Culture Washed"), bio-reactor, barrel-aged, koji, lactic, infused. When an anaerobic or
# carbonic step is named too ("Wine Yeast Anaerobic Naturals"), that wins: it is the more useful fact.
# "semi-washed" (Indonesia's giling basah) folds into wet-hulled; "Pulp Natural" into pulped natural.
PROCESSES: tuple[str, ...] = (
    "washed", "natural", "honey", "anaerobic", "anaerobic natural", "anaerobic washed", "anaerobic honey",
    "carbonic maceration", "wet-hulled", "pulped natural", "monsooned", "experimental",
)

_CM = compile_stored(r"carbonic\s*-?\s*maceration|\bCM\b|\bcarbonic\b", re.I)
_ANAEROBIC = compile_stored(r"an?aerob|\bASD\b|oxygen[- ]free|anoxic|anaerobico", re.I)
_EXPERIMENTAL = compile_stored(
    r"\bexperimental\b|thermal[\s-]*shock|in+oculat|\bcultures?d?\b|\byeast|bio[\s-]*reactor|barrel[\s-]*(?:aged|fermented)|"
    r"\bkoji\b|\blactic\b|\binfused\b|co-?ferment", re.I)
_PULPED = compile_stored(r"pulp(?:ed)?[\s-]+natural", re.I)
_WET_HULLED = compile_stored(r"wet[\s-]*hull|giling\s+basah|semi[\s-]*washed", re.I)
_HONEY = compile_stored(r"\bhoney\b|\bmiel\b|\bHSD\b", re.I)
_MONSOONED = compile_stored(r"\bmonsoon(?:ed|ing)?\b", re.I)
_NATURAL = compile_stored(r"\bnaturals?\b|\bnaturally\b|dry[\s-]*process|\bunwashed\b|\bdry\b|sun[\s-]*dried", re.I)
# "unwashed" is natural, "semi-washed" is handled above: a washed lot says "washed" on its own.
_WASHED = compile_stored(r"(?<![\w-])washed\b|wet[\s-]*process", re.I)
_DECAF_ONLY = compile_stored(r"swiss\s*water|decaf|sugar\s*cane|mountain\s*water|ethyl\s*acetate|\bEA\b|\bCO2\b", re.I)


# Guarded (patterns.py): titles and labels rarely hold more than one of these words.
_G_CM, _G_ANAEROBIC, _G_EXPERIMENTAL = Guarded(_CM), Guarded(_ANAEROBIC), Guarded(_EXPERIMENTAL)
_G_PULPED, _G_WET_HULLED, _G_HONEY = Guarded(_PULPED), Guarded(_WET_HULLED), Guarded(_HONEY)
_G_WASHED, _G_NATURAL, _G_MONSOONED = Guarded(_WASHED), Guarded(_NATURAL), Guarded(_MONSOONED)


def _base(text: str, folded: str) -> str | None:
    if _G_PULPED.search(text, folded):
        return "pulped natural"
    if _G_WET_HULLED.search(text, folded):
        return "wet-hulled"
    if _G_HONEY.search(text, folded):
        return "honey"
    washed = bool(_G_WASHED.search(text, folded))
    natural = bool(_G_NATURAL.search(text, folded))
    if washed and natural:
        return None  # "washed or unwashed": no single process
    if natural:
        return "natural"
    if washed:
        return "washed"
    if _G_MONSOONED.search(text, folded):
        return "monsooned"
    return None


@lru_cache(maxsize=4096)  # label values and tags repeat across a shop
def parse_process(text: str | None) -> str | None:
    """The PROCESSES value a process label, tag or title names ("ASD Natural" -> anaerobic natural)."""
    if not text:
        return None
    return _parse_english(translated(text))


def _parse_english(text: str) -> str | None:
    folded = fold(text)
    if _G_CM.search(text, folded):
        return "carbonic maceration"
    base = _base(text, folded)
    if _G_ANAEROBIC.search(text, folded):
        return f"anaerobic {base}" if base in ("natural", "washed", "honey") else "anaerobic"
    if _G_EXPERIMENTAL.search(text, folded):
        return "experimental"
    return base


def translated(text: str) -> str:
    """``text`` with every language's process words put in English ("Lavado anaeróbico" -> "washed
    anaerobic", "ウォッシュト" -> "washed"), for the English rules to read."""
    return _TRANSLATE.translate(text)


# Only the words the English rules do not already read the same way ("natural", "honey", "anaerobic"
# are left to them): most English titles and labels then hold none, and skip the translation.
_TRANSLATE = lang.Vocabulary({w: v for w, v in lang.merged("PROCESS").items() if _parse_english(w) != v})


def _near(text: str, m: re.Match, context: lang.Vocabulary, width: int = 30) -> bool:
    return context.search(lang.sentence_around(text, m.start(), m.end(), width)) is not None


def _decaf_sentence(text: str, m) -> bool:
    """Whether the process word ``m`` stands in a sentence about the decaffeination ("Descafeinado pelo método natural
    de acetato de etilo", "dekofeinizowana naturalnie metodą z trzciny cukrowej"): the method's words, no process."""
    sentence = lang.sentence_around(text, m.start(), m.end(), 60)
    return lang.DECAF.search(sentence) is not None or _DECAF_ONLY.search(sentence) is not None


def foreign_process_in_text(text: str) -> str | None:
    """A process stated in running text in any language: "kawa myta", "natürlich aufbereitet",
    "日晒处理". A word that is also a taste or an adjective (natural, miel, Honig, ナチュラル) counts
    only next to a process word."""
    values = []
    for m, value in lang.PROCESS.find(text):
        if value in lang.STRONG_PROCESSES or lang.key(m.group(0)) in lang.STRONG_PROCESS_WORDS or \
                _near(text, m, lang.PROCESS_CONTEXT):
            if value not in values and not _decaf_sentence(text, m):
                values.append(value)
    if not values:
        return None
    return parse_process(" ".join(values)) or parse_process(values[0])


# Running text: only phrases that state the process ("a natural lot", "processed using the natural
# method", "washed peaberry"), never a bare "natural" ("natural and healthy ecosystem") or "honey"
# (a tasting note).
_TEXT = Anchored([
    (("carbonic",), r"carbonic\s+maceration"),
    (("red", "yellow", "black", "white", "golden"), r"\b(?:red|yellow|black|white|golden)\s+honey\b"),
    (("honey",), r"\bhoney[\s-]+(?:sun[\s-]+dried|process(?:ed|ing)?|lot|coffee|method)\b"),
    (("pulp",), r"pulp(?:ed)?[\s-]+natural"),
    (("wet",), r"wet[\s-]*hulled"),
    (("giling",), r"giling\s+basah"),
    (("natural", "washed", "honey"),
     r"\b(?:natural|washed|honey)[\s-]+(?:process(?:ed|ing)?|method|lot|coffee|arabica|robusta|peaberry|aa|ab|a)\b"),
    (("naturally",), r"\bnaturally\s+processed\b"),
    (("sun",), r"\bsun[\s-]*dried[\s-]+natural\b"),  # ("sun-dried" alone: washed lots are dried in the sun too)
    (("processed",), r"processed\s+(?:using|with|by|via)\s+the\s+(?:natural|washed|honey)\b"),
    (("fully", "double"), r"\b(?:fully|double)\s+washed\b"),
    (("monsoon",), r"\bmonsoon(?:ed|ing)\s+(?:process|coffee)"),
    (("monsooned",), r"\bmonsooned\b"),
    # The washing step told as the steps it follows: "depulped, fermented overnight and washed", "washed in channels"
    (("fermented", "depulped", "pulped", "soaked"),
     r"\b(?:fermented|depulped|pulped|soaked)\b[^.!?\n]{0,60}?\b(?:and|then)\s+(?:fully\s+)?washed\b"),
    (("washed",), r"\bwashed\s+(?:in|through)\s+(?:\w+\s+){0,2}(?:channels?|canals?|tanks?)\b"),
    (("dried",), r"(?<=\w-)dried[\s-]+natural\b"),  # "slow-dried natural", "raised-bed-dried natural"
    (("anaerobic",), r"\banaerobic[\s-]+(?:natural|washed|honey)\b"),  # "an anaerobic natural that keeps..."
])
# Prose that dries the whole cherry ("dry whole cherries in the sun", "dried in the cherry"): a natural process.
_DRIED_WHOLE = Anchored([
    (("dry", "dried", "drying"), r"\bdr(?:y|ied|ying)\s+(?:the\s+)?(?:whole|intact)\s+(?:coffee\s+)?cherr(?:y|ies)\b"),
    (("dried", "drying"), r"\bdr(?:ied|ying)\s+(?:whole\s+)?in\s+(?:the|their)\s+(?:cherry|cherries|fruit|skins?)\b"),
])
# After an anaerobic step, the base it ends with in the same sentence: "anaerobic fermentation, then washed".
_THEN_WASHED_RE = compile_stored(r"\b(?:then|and|before\s+being)\s+(?:fully\s+)?washed\b", re.I)
_DRIED_NATURAL_RE = compile_stored(r"\b(?:dried|finished)\s+(?:as\s+an?\s+)?natural\b", re.I)
_STEP_END_RE = compile_stored(r"[.!?](?:\s|$)|\n")
_TEXT_RE = _TEXT.regex
# (its required words, "honey", "natural", "washed"...: most texts hold none, and skip the Anchored
# search's find per opening word, ~3 us a text)
_G_TEXT = Guarded(_TEXT_RE)
_CARBONIC = compile_stored(r"carbonic", re.I)
_ANAEROBIC_STEP = compile_stored(r"\banaerobic\s+(?:process|fermentation|lot)", re.I)
_TEXT_ANAEROBIC = compile_stored(r"\ban?aerobic\b|oxygen[- ]free", re.I)
_BLEND_BASES = compile_stored(r"(?<![\w-])washed\b|\bunwashed\b|\bnatural(?:s|ly)?\b|\bhoney\b(?=[\s-]+(?:process|coffee|sun))|"
                          r"\b(?:black|red|yellow)\s+honey\b|\bmonsoon(?:ed)?\b", re.I)
_G_CARBONIC, _G_ANAEROBIC_STEP = Guarded(_CARBONIC), Guarded(_ANAEROBIC_STEP)
_G_TEXT_ANAEROBIC, _G_BLEND_BASES = Guarded(_TEXT_ANAEROBIC), Guarded(_BLEND_BASES)
_G_DRIED_WHOLE = Guarded(_DRIED_WHOLE.regex)


def process_in_text(text: str, is_blend: bool) -> str | None:
    if is_blend:
        bases = []
        if not _G_BLEND_BASES.possible(text):
            return None
        for m in _BLEND_BASES.finditer(text):
            b = parse_process(m.group(0).replace("unwashed", "natural"))
            if b and b not in bases:
                bases.append(b)
        return bases[0] if len(bases) == 1 else None
    if _G_CARBONIC.search(text):
        return "carbonic maceration"
    m = _TEXT.search(text) if _G_TEXT.possible(text) else None
    if not m:
        step = _G_ANAEROBIC_STEP.search(text)
        if step:
            base = _base_after(text, step.end())
            return f"anaerobic {base}" if base else "anaerobic"
        if _G_DRIED_WHOLE.possible(text) and _DRIED_WHOLE.search(text):
            return "natural"
        return None if lang.looks_english(text) else foreign_process_in_text(text)
    return upgrade(parse_process(m.group(0)), text)


def _base_after(text: str, start: int) -> str | None:
    """The base an anaerobic step ends with, told later in its sentence: "..., then washed", "dried in the cherry"."""
    end = _STEP_END_RE.search(text, start)
    rest = text[start:end.start() if end else len(text)]
    if _THEN_WASHED_RE.search(rest):
        return "washed"
    if _DRIED_NATURAL_RE.search(rest) or (_G_DRIED_WHOLE.possible(rest) and _DRIED_WHOLE.search(rest)):
        return "natural"
    return None


def upgrade(base: str | None, text: str) -> str | None:
    """A title's plain "Natural" plus the description's carbonic or anaerobic step: the fuller fact."""
    if base in ("natural", "washed", "honey"):
        if _G_CARBONIC.search(text):
            return "carbonic maceration"
        if _G_TEXT_ANAEROBIC.search(text):
            return f"anaerobic {base}"
    return base


PROCESS_TAG_KEYS = {"process", "processing", "process method", "processing method", "method",
                    *lang.label_spellings()["process"]}
_BARE_PROCESS_TAG = compile_stored(
    r"^(?:fully\s+)?(?:washed|natural|honey|red honey|black honey|yellow honey|anaerobic(?:\s+\w+)?|"
    r"pulped natural|wet[\s-]hulled|carbonic maceration)(?:\s+process(?:ed)?)?$", re.I)


@lru_cache(maxsize=8192)
def _bare_process_tag(tag: str) -> bool:
    if _BARE_PROCESS_TAG.match(tag.strip()) is not None:
        return True
    found = lang.PROCESS.search(tag.strip())  # "Gewaschen", "ナチュラル", "水洗"
    return found is not None and found[0].group(0) == tag.strip()


@lru_cache(maxsize=8192)  # tags repeat across a shop
def _process_tag(tag: str) -> tuple[str | None, bool]:
    """(the value of a `Process: Washed` tag, whether the tag is a bare process: "Washed", "ナチュラル")."""
    k, v = split_tag(tag)
    return (v if k in PROCESS_TAG_KEYS else None), _bare_process_tag(tag)


def find_process(title: str, tags: list[str], label_values: list[str], text: str, is_blend: bool
                 ) -> tuple[str | None, list[str]]:
    """(process, warnings): labelled lines, then `Process:` tags, bare tags, the title, running text."""
    warnings: list[str] = []
    for value in label_values:
        p = parse_process(value)
        if p:
            return upgrade(p, text) if p in ("natural", "washed", "honey") and not is_blend else p, warnings
        if not _DECAF_ONLY.search(value):
            warnings.append(f"process: unrecognised {value!r}")
    keyed, bare = [], []
    for t in tags:  # (one cached look per tag gives both lists; a plain loop, no comprehension frames)
        v, is_bare = _process_tag(t)
        if v is not None:
            keyed.append(v)
        if is_bare:
            bare.append(t)
    if keyed:
        # Several tags on one lot combine: "Process: Anaerobic" + "Process: Washed".
        p = parse_process(" ".join(keyed))
        if p:
            return p, warnings
    if not is_blend:
        if bare:
            p = parse_process(" ".join(bare))
            in_title = parse_process(title)
            if in_title and in_title != p and (in_title == "experimental" or in_title.startswith(("anaerobic", "carbonic"))):
                return in_title, warnings
            if p:
                return upgrade(p, text), warnings
    p = parse_process(title)
    if p == "anaerobic" and not is_blend:
        # "Brasil Anaeróbico" over "Fermentação anaeróbica, processo natural": the text names the base
        in_text = process_in_text(text, False)
        if in_text in ("natural", "washed", "honey", "anaerobic natural", "anaerobic washed", "anaerobic honey"):
            return parse_process(f"anaerobic {in_text}"), warnings
    if p:
        return (upgrade(p, text) if not is_blend else p), warnings
    return process_in_text(text, is_blend), warnings
