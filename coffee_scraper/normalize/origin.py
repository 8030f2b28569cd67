"""Origin countries: ISO 3166-1 alpha-2 codes from titles, tags, vendor, labelled lines and text."""
from __future__ import annotations

import re
from functools import lru_cache

import pycountry

from . import lang
from .patterns import compile as compile_stored, factorable, fold, longest_first, tree_alternation
from .text import split_tag

# Coffee-growing countries only: a name outside this list ("Georgia peach", "Turkish", "French
# press", "Italian roast", "Vienna") is never an origin.
COFFEE_COUNTRIES = (
    "AO BI BO BR CD CF CI CM CN CO CR CU DO EC ET GH GN GT HN HT ID IN JM KE KH LA LK LR MG MM MW MX MY "
    "MZ NI NP PA PE PG PH PR PY RW SA SL SV TG TH TL TW TZ UG US VE VN YE ZM ZW AU"
).split()

_EXTRA_NAMES = {
    "BO": ["Bolivia"], "CD": ["DRC", "DR Congo", "Congo DRC", "Democratic Republic of Congo",
                              "Democratic Republic of the Congo", "Congo"],
    "CI": ["Ivory Coast", "Cote d'Ivoire"], "CO": ["Columbia"], "LA": ["Laos"], "MM": ["Burma", "Myanmar"],
    "PG": ["PNG", "Papua New Guinea"], "TL": ["East Timor", "Timor Leste", "Timor"], "TW": ["Taiwan"],
    "TZ": ["Tanzania"], "VE": ["Venezuela"], "VN": ["Vietnam", "Viet Nam"], "US": ["USA", "United States"],
    "SV": ["El Salvador", "Salvador"], "DO": ["Dominican Republic"], "YE": ["Yemen"],
}
# Adjectives name a country in titles and labels ("Ethiopian Yirgacheffe"); in running text they
# mislead ("a Brazilian Red Obata varietal" grown in India), so free text ignores them.
_ADJECTIVES = {
    "BI": "Burundian", "BO": "Bolivian", "BR": "Brazilian", "CD": "Congolese", "CN": "Chinese",
    "CO": "Colombian", "CR": "Costa Rican", "CU": "Cuban", "DO": "Dominican", "EC": "Ecuadorian|Ecuadorean",
    "ET": "Ethiopian", "GT": "Guatemalan", "HN": "Honduran", "HT": "Haitian", "ID": "Indonesian|Sumatran",
    "IN": "Indian", "JM": "Jamaican", "KE": "Kenyan", "MW": "Malawian", "MX": "Mexican", "MM": "Burmese",
    "NI": "Nicaraguan", "PA": "Panamanian", "PE": "Peruvian", "PG": "Papua New Guinean", "RW": "Rwandan",
    "SV": "Salvadoran|Salvadorean", "TL": "Timorese", "TZ": "Tanzanian", "UG": "Ugandan", "VN": "Vietnamese",
    "YE": "Yemeni", "ZM": "Zambian",
}
# Growing regions that name their country unambiguously (not Kivu: Lake Kivu is Rwanda's coffee shore as
# much as Congo's, "Rwanda Kivu" is one origin).
_REGIONS = {
    "CO": "Huila|Nariño|Narino|Cauca|Tolima|Antioquia|Santander|Quindío|Quindio|Risaralda|Caldas|Cundinamarca",
    "ET": "Yirgacheffe|Yirgachefe|Yirga Cheffe|Yirgacheff|Sidamo|Sidama|Guji|Gedeb|Gedeo|Limu|Jimma|Harrar|Harar|"
          "Kochere|Bench Maji|Bensa|Hambela|Shakiso|Uraga|Worka|Chelbesa|West Arsi|Arsi|Agaro|Banko Gotiti|Kaffa",
    "KE": "Nyeri|Kirinyaga|Embu|Murang'a|Muranga|Kiambu|Othaya|Thika",
    "BR": "Minas Gerais|Cerrado Mineiro|Cerrado|Mogiana|Sul de Minas|Mantiqueira|Chapada Diamantina|Espírito Santo",
    "GT": "Huehuetenango|Antigua|Atitlán|Atitlan|Acatenango|Fraijanes|Cobán|Coban",
    "CR": "Tarrazú|Tarrazu|Dota|Brunca|Tres Ríos|Tres Rios",
    "PA": "Boquete|Chiriquí|Chiriqui",
    "SV": "Chalatenango|Apaneca|Ahuachapán|Ahuachapan",
    "HN": "Marcala|Copán|Copan|Ocotepeque|Comayagua|Intibucá|Intibuca",
    "NI": "Jinotega|Matagalpa|Nueva Segovia",
    "PE": "Cajamarca|Puno",
    "MX": "Chiapas|Oaxaca|Veracruz",
    "RW": "Nyamasheke|Huye|Rusizi|Gakenke|Nyamagabe",
    "BI": "Kayanza|Ngozi",
    "UG": "Mount Elgon|Mt Elgon|Mt. Elgon|Bugisu|Rwenzori",
    "TZ": "Kilimanjaro|Mbeya",
    "YE": "Haraz|Bani Matar",
    "CN": "Yunnan",
    "BO": "Caranavi|Yungas",
    "EC": "Loja",
    "ID": "Sumatra|Aceh|Gayo|Sulawesi|Toraja|Kerinci|Bali Kintamani|Kintamani",
    "IN": "Karnataka|Chikmagalur|Chikkamagaluru|Chickmagalur|Coorg|Kodagu|Araku|Nagaland|Meghalaya|Sakleshpur|"
          "Bababudangiri|Baba Budangiri|Baba Budan|Nilgiris|Yercaud|Shevaroys|Shevaroy|Kerala|Tamil Nadu|Wayanad|"
          "Andhra Pradesh|Tripura|Manjarabad|Biligiri|BR Hills|Monsooned Malabar|Monsoon Malabar|Malabar|Kohima|Tuensang|"
          "Mizo Hills|Mizoram|Palani Hills|Pulney",
    "US": "Hawaii|Hawai'i|Kona|Ka'u|Maui",
    "JM": "Blue Mountain|Blue Mountains",
}
# Weak names: real places, but words that also mean something else ("Mocha Java" the blend, "Las
# Flores" a farm, "California" a roaster's home). Only a tag, the vendor or a labelled line counts.
_WEAK = {
    "ID": "Java|Flores|Bali", "US": "California", "SV": "Santa Ana", "CR": "West Valley|Naranjo|Central Valley",
    "PE": "Cusco|San Ignacio|Amazonas", "HN": "Santa Barbara|Santa Bárbara|Lempira", "KE": "Meru",
    "PA": "Volcán|Volcan", "EC": "Pichincha|Zamora", "TZ": "Arusha", "PR": "Puerto Rico",
}


def _names() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    strong: dict[str, str] = {}
    for code in COFFEE_COUNTRIES:
        c = pycountry.countries.get(alpha_2=code)
        for attr in ("name", "common_name", "official_name"):
            n = getattr(c, attr, None)
            if n and "," not in n:
                strong[n.lower()] = code
        for n in _EXTRA_NAMES.get(code, []):
            strong[n.lower()] = code
    for code, alts in _REGIONS.items():
        for n in alts.split("|"):
            strong[n.lower()] = code
    # Every language's names: CLDR translations (pycountry's locale files), case forms, shop spellings.
    for n, code in lang.country_names(COFFEE_COUNTRIES).items():
        strong.setdefault(n, code)
    for n, code in lang.regions().items():
        strong.setdefault(n, code)
    adjectives = {n.lower(): code for code, alts in _ADJECTIVES.items() for n in alts.split("|")}
    for n, code in lang.adjectives().items():
        adjectives.setdefault(n, code)
    weak = {n.lower(): code for code, alts in _WEAK.items() for n in alts.split("|")}
    return strong, adjectives, weak


_STRONG, _ADJ, _WEAK_NAMES = _names()
# Region and farm names: a country found only through one of them is flagged as inferred.
_REGION_KEYS = frozenset(_key_ for _key_ in (
    [n.lower() for alts in _REGIONS.values() for n in alts.split("|")] + list(lang.regions())))
_KEY_RE = compile_stored(r"[\s_\-]+")


def _key(name: str) -> str:
    return _KEY_RE.sub(" ", name.lower()).strip()


_NAME_SEP = r"[\s_\-]+"


def _alternation(names) -> str:
    # Spaces match "-" and "_" too: "El-Salvador", "costa_rica"; longest first: "Papua New Guinea".
    # A prefix tree: hundreds of names, scanned at every word start (see patterns.py).
    return tree_alternation(sorted(names, key=longest_first), sep=_NAME_SEP)


def _compile(names) -> re.Pattern:
    return compile_stored(rf"(?<!\w)({_alternation(names)})(?!\w)", re.I)


_ALNUM_RUN_RE = compile_stored(r"[^\W_]+")


def _fold_safe(text: str) -> bool:
    """No character that re.I matches with an ASCII letter its lower case is not (patterns.fold)."""
    return not any(ch in text for ch in "\u0130\u0131\u017f\u212a")


class _Names:
    """``_compile(names)``, whose ``finditer`` tries the regex only where a name's first word stands.

    As one regex (re.I, a lookbehind first) it is entered at every position of a description. A match
    starts at a word whose letters are the first word of a name (the name's first run of letters and
    digits; the text's, in its lower case): the words of the text (lang.word_set, cached for the other
    vocabularies) say which names can match, and str.find where. Texts where lower case is not
    what re.I compares (the four characters fold() handles, "_" which joins words for \\w) take the regex.
    """

    __slots__ = ("regex", "firsts")

    def __init__(self, names: list[str]):
        self.regex = _compile(names)
        firsts = set()
        for n in names:
            m = _ALNUM_RUN_RE.match(n)
            if m is None or fold(n) != n.lower():
                firsts = None  # (a name opening with a sign, or folding apart: the regex only)
                break
            firsts.add(m.group(0).lower())
        self.firsts = frozenset(firsts) if firsts is not None else None

    def finditer(self, text: str) -> list[re.Match]:
        firsts = self.firsts
        if firsts is None or "_" in text or not (text.isascii() or _fold_safe(text)):
            return list(self.regex.finditer(text))
        lower = fold(text)  # (= text.lower() here, the same length)
        starts = []
        for w in lang.word_set(text):
            if w in firsts:
                pos = lower.find(w)
                while pos != -1:
                    if not (pos and ((c := lower[pos - 1]).isalnum() or c == "_")):
                        starts.append(pos)
                    pos = lower.find(w, pos + 1)
        if not starts:
            return []
        starts.sort()
        out, end, match = [], 0, self.regex.match
        for pos in starts:
            if pos >= end:
                m = match(text, pos)
                if m is not None:
                    out.append(m)
                    end = m.end()
        return out


_LOOKUP = {**{_key(k): v for k, v in _WEAK_NAMES.items()}, **{_key(k): v for k, v in _ADJ.items()},
           **{_key(k): v for k, v in _STRONG.items()}}
# A CJK name CLDR spaces ("콩고 민주 공화국") is matched as shops write it, unspaced ("콩고민주공화국").
_LOOKUP.update({_key(k).replace(" ", ""): v for k, v in _STRONG.items() if " " in k and lang.is_cjk(k)})


def _latin(name: str) -> bool:
    # A name opening with a letter the tree cannot factor ("Čína", "Эфиопия", "Αιθιοπία") would make its
    # root a plain alternation of every name, many times slower: those have a scan of their own.
    return factorable(name[0])


_TITLE = _Names([n for n in list(_STRONG) + list(_ADJ) if _latin(n)])
_LABEL = _Names([n for n in list(_STRONG) + list(_ADJ) + list(_WEAK_NAMES) if _latin(n)])
_TEXT = _Names([n for n in _STRONG if _latin(n)])
# Those names ("Эфиопия", "Αιθιοπία", "Šrí Lanka", from UNTABLED_LOCALES): rooted by first letter, and
# scanned only in text holding one of their first letters.
_OTHER_NAMES = sorted((n for n in _STRONG if not _latin(n) and not lang.is_cjk(n)), key=longest_first)
_OTHER_RE = compile_stored(rf"(?<!\w)({lang.rooted_alternation(_OTHER_NAMES, sep=_NAME_SEP)})(?!\w)", re.I) \
    if _OTHER_NAMES else None
_OTHER_FIRST_RE = compile_stored("[" + re.escape("".join(sorted({c for n in _OTHER_NAMES for c in (n[0].lower(), n[0].upper())})))
                                 + "]")
# (English adjectives mislead in prose, see _ADJECTIVES; other languages' only speak when no name does)
_ADJ_TEXT = _Names([n for n in lang.adjectives() if not lang.is_cjk(n)])
_TITLE_RE, _LABEL_RE, _TEXT_RE, _ADJ_TEXT_RE = _TITLE.regex, _LABEL.regex, _TEXT.regex, _ADJ_TEXT.regex
_ADJ_WORDS = frozenset(w for n in lang.adjectives() for w in re.findall(r"\w+", n))
# CJK names have no word boundaries ("エチオピア産", "에티오피아의", "埃塞俄比亚耶加雪菲"): matched inside runs
# of text; katakana and hangul names must not continue a longer word of their script ("タイプ").
_CJK_NAMES = sorted((n for n in _STRONG if lang.is_cjk(n)), key=longest_first)
_CJK_ALT = tree_alternation(_CJK_NAMES, sep=r"[\s・]*", ignorecase=False)
_CJK_RE = compile_stored(rf"(?<![\u30a1-\u30fa\u30fc\uac00-\ud7af])({_CJK_ALT})")
_VENDOR_SPLIT_RE = compile_stored(r"[,|/]")
_SENTENCE_RE = compile_stored(r"(?<=[.!?])\s+|\n")
ORIGIN_TAG_KEYS = {"origin", "origins", "country", "from", "region", "location", "source", "coffee origin",
                   "country of origin", "producing country", *lang.label_spellings()["origin"],
                   *lang.label_spellings()["region"]}


@lru_cache(maxsize=4096)  # the same few place names over and over
def _code(match_text: str) -> str | None:
    k = _key(match_text)
    code = _LOOKUP.get(k)
    if code is None and " " in k and lang.has_cjk(k):
        code = _LOOKUP.get(k.replace(" ", ""))  # "콩고 민주공화국": spaced another way than CLDR
    return code


@lru_cache(maxsize=4096)
def _is_region(match_text: str) -> bool:
    return _key(match_text) in _REGION_KEYS


def _scan(names: _Names, text: str | None, *, capitalised: bool = False, named: set | None = None
          ) -> list[str]:
    """Codes named in ``text``; ``named`` collects the codes named by a country (not a region) name."""
    out: list[str] = []
    if not text:
        return out
    matches = names.finditer(text)
    if not text.isascii():
        other = list(_OTHER_RE.finditer(text)) if _OTHER_RE is not None and _OTHER_FIRST_RE.search(text) else []
        if lang.has_cjk(text):
            other += _CJK_RE.finditer(text)
        if other:
            matches = sorted(matches + other, key=lambda m: m.start())
    for m in matches:
        name = m.group(1)
        if capitalised and name[0].islower():
            continue
        code, by_name = _code_named(name)
        if code:
            if by_name and named is not None:
                named.add(code)
            if code not in out:
                out.append(code)
    return out


@lru_cache(maxsize=4096)  # (one look per match: _code and _is_region together)
def _code_named(match_text: str) -> tuple[str | None, bool]:
    """(the code a matched name gives, whether the name is a country's, not a region's)."""
    code = _code(match_text)
    return code, bool(code) and not _is_region(match_text)


def countries_in_title(title: str) -> list[str]:
    return _scan(_TITLE, title)


def countries_in_label(value: str) -> list[str]:
    return list(_label_codes(value))


@lru_cache(maxsize=4096)  # label values and tag values repeat across a shop
def _label_scan(value: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(codes ``value`` names, those named by a country name, not a region): one scan for both."""
    named: set[str] = set()
    codes = tuple(_scan(_LABEL, value, named=named))
    # (tuples of strings: the garbage collector stops tracking them; a frozenset in a cache is traversed
    # at every collection, for as long as the process lives)
    return codes, tuple(named)


def _label_codes(value: str) -> tuple[str, ...]:
    return _label_scan(value)[0]


def countries_in_text(text: str) -> list[str]:
    return _scan(_TEXT, text, capitalised=True)


def countries_in_tags(tags: list[str]) -> list[str]:
    """`origin:Kenya`, `origin__colombia`, `From: Brazil`, `Country: Ethiopia`, or a bare `Rwanda`."""
    out: list[str] = []
    for tag in tags:
        for code in _tag_codes(tag):
            if code and code not in out:
                out.append(code)
    return out


@lru_cache(maxsize=8192)  # tags repeat across a shop
def _tag_codes(tag: str) -> tuple[str | None, ...]:
    key, value = split_tag(tag)
    if key is not None:
        return _label_codes(value) if key in ORIGIN_TAG_KEYS else ()
    # A bare tag counts only when it is a place name and nothing else ("Rwanda", "El-Salvador", "コロンビア").
    m = _LABEL_RE.fullmatch(tag.strip())
    if m is None and not tag.isascii():
        m = (_CJK_RE if lang.has_cjk(tag) else _OTHER_RE or _LABEL_RE).fullmatch(tag.strip())
    return (_code(m.group(1)),) if m else ()


def countries_in_vendor(vendor: str | None) -> list[str]:
    """A vendor that is a place ("Huila, Colombia"); "Beans - Limited" or a café name is not."""
    if not vendor:
        return []
    return list(_vendor_codes(vendor))


@lru_cache(maxsize=1024)  # one vendor name for most of a shop
def _vendor_codes(vendor: str) -> tuple[str, ...]:
    return tuple(_vendor_countries(vendor))


def _vendor_countries(vendor: str) -> list[str]:
    parts = [p.strip() for p in _VENDOR_SPLIT_RE.split(vendor) if p.strip()]
    if parts and any(_LABEL_RE.fullmatch(p) for p in parts):
        return countries_in_label(vendor)
    return []


@lru_cache(maxsize=8192)  # titles recur across a shop
def _title_codes(title: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(codes the title names, those named by a country name, not a region)."""
    named: set[str] = set()
    return tuple(_scan(_TITLE, title, named=named)), tuple(named)  # (tuples: see _label_scan)


def find_origins(title: str, tags: list[str], vendor: str | None, label_values: list[str], text: str,
                 blend_hint: bool, named: set | None = None) -> tuple[list[str], list[str]]:
    """(codes, warnings). Title, tags, vendor and labelled lines first; running text only as fallback.

    ``named``: collects the codes the title and running text state by a country name (see inferred_origins)."""
    warnings: list[str] = []
    in_title, title_named = _title_codes(title)
    if named is not None:
        named.update(title_named)
    in_tags = countries_in_tags(tags) if tags else []
    if in_title and in_tags and not blend_hint and not set(in_title) & set(in_tags):
        warnings.append(
            f"origin_countries: title says {'/'.join(in_title)} but tags say {'/'.join(in_tags)}"
        )
        in_tags = []  # the title names the lot; a stray tag is the likelier mistake
    # Title, tags, vendor, labelled lines, in that order, each code once (a title's codes are distinct).
    found = list(in_title)
    for c in in_tags:
        if c not in found:
            found.append(c)
    if vendor:
        for c in _vendor_codes(vendor):  # (countries_in_vendor's tuple, not copied)
            if c not in found:
                found.append(c)
    for v in label_values:  # (one cached scan per value gives both)
        codes, value_named = _label_scan(v)
        for c in codes:
            if c not in found:
                found.append(c)
        if named is not None:  # (inferred_origins then rarely reads the tags)
            named.update(value_named)
    if found:
        return found, warnings
    in_text = _scan(_TEXT, text, capitalised=True, named=named)
    if not in_text:
        # "100% arábica brasileiro", "ein äthiopischer Kaffee": an adjective, when no country is named
        if _ADJ_WORDS.isdisjoint(lang.word_set(text)):
            return [], warnings
        return _scan(_ADJ_TEXT, text), warnings
    if blend_hint or len(in_text) < 2:
        return in_text, warnings
    # "Comme notre Kenya du mois dernier, ce café vient de Colombie": a country right after "our" is
    # another of the shop's coffees, when the text names one more.
    asides = _asides(text)
    if set(in_text) <= asides:
        asides = set()  # "notre Éthiopie et notre Kenya": nothing else is named
    elif asides:
        in_text = [c for c in in_text if c not in asides]
        if len(in_text) < 2:
            return in_text, warnings
    # "Coffees from Ethiopia, Colombia and Brazil": one sentence listing several origins is a blend;
    # otherwise the first place named is the lot's and later ones are asides.
    for sentence in _SENTENCE_RE.split(text):
        found = [c for c in countries_in_text(sentence) if c not in asides]
        if len(found) > 1:
            lot = _lot_named_from(sentence)
            if lot in found:
                return [lot], warnings
        if found:
            return (found if len(found) > 1 else found[:1]), warnings
    return in_text[:1], warnings


# The word or list sign right before a name: "from", "aus", "d'", "de"; "and", "et", ",".
_PREVIOUS_RE = compile_stored(r"(?:(\w+)['’]?|([,&/+]))\s*$")


def _lot_named_from(sentence: str) -> str | None:
    """The one country of a sentence naming several that follows "from" ("aus", "de", "z"...), when no other
    follows "from" and none is listed after it: "Like Kenya, this one comes from Colombia" is Colombia,
    "Coffees from Ethiopia, Colombia and Brazil" a list."""
    froms, others = set(), set()
    for m in _TEXT.finditer(sentence):
        code = _code(m.group(1))
        if not code or m.group(1)[0].islower():
            continue
        prev = _PREVIOUS_RE.search(sentence, max(0, m.start() - 24), m.start())
        word = prev.group(1).lower() if prev is not None and prev.group(1) else None
        if word in lang.FROM:
            froms.add(code)
        elif word in lang.AND or (prev is not None and prev.group(2)):
            return None  # a list of origins
        else:
            others.add(code)
    return next(iter(froms)) if len(froms) == 1 and others - froms else None


_WORD_RE = compile_stored(r"\w+")


def _asides(text: str) -> set[str]:
    """Countries named right after a possessive ("notre Kenya", "unser Kenia", "our Ethiopia")."""
    if lang.OUR.isdisjoint(lang.word_set(text)):
        return set()
    words = list(_WORD_RE.finditer(text))
    out = set()
    for i, w in enumerate(words[:-1]):
        if w.group(0).lower() in lang.OUR:
            nxt = words[i + 1]
            two = text[nxt.start():words[i + 2].end()] if i + 2 < len(words) else None
            code = (_code(two) if two else None) or _code(nxt.group(0))
            if code:
                out.add(code)
    return out


def inferred_origins(codes: list[str], title: str, tags: list[str], vendor: str | None, label_values: list[str],
                     text_named: set) -> list[str]:
    """The codes in ``codes`` that no country name states, only a region or farm ("Yirgacheffe").
    ``text_named``: what find_origins' scans of the title and running text named."""
    if not codes:
        return []
    wanted = set(codes)
    if wanted <= text_named:
        return []  # (the common case: the title or text named them; no tag to split)
    named = set(text_named)
    for value in label_values:  # (find_origins has added these to text_named when it was given one)
        named.update(_label_named(value))
    if not wanted <= named:
        for t in tags:
            named.update(_tag_named(t))
            if wanted <= named:
                break
        else:
            named.update(_label_named(vendor or ""))
    return [c for c in codes if c not in named]


def _label_named(value: str) -> tuple[str, ...]:
    return _label_scan(value)[1]


@lru_cache(maxsize=8192)  # tags repeat across a shop
def _tag_named(tag: str) -> tuple[str, ...]:
    """The codes a tag's value names by a country name ("From: Honduras" -> HN)."""
    return _label_scan(split_tag(tag)[1])[1]





@lru_cache(maxsize=1024)
def region_alias(text: str) -> bool:
    """True when ``text`` is a known growing region or country name."""
    return bool(_LABEL_RE.fullmatch(text.strip()))
