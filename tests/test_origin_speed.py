"""Speed shortcuts in origin/process/roast against the plain code: a pre-check may only skip a search
that cannot match (random texts built from the rules' own words, in odd cases and spellings)."""
from __future__ import annotations

import random

import pytest

from coffee_scraper.normalize import origin as O, process, roast

# Words the rules look for, their neighbours, and the characters re.IGNORECASE matches with ASCII letters
# ("İ", "ı" -> i, "ſ" -> s, Kelvin sign -> k).
_WORDS = [
    "light", "medium", "dark", "roast", "roasted", "roasts", "full", "city", "vienna", "profile", "level", "blend",
    "to", "a", "an", "the", "it", "our", "this", "at", "extra", "very", "cold", "brew",
    "natural", "naturally", "washed", "unwashed", "honey", "red", "black", "yellow", "golden", "white", "pulp",
    "pulped", "wet", "hulled", "giling", "basah", "monsoon", "monsooned", "monsooning", "processed", "process",
    "processing", "using", "with", "by", "via", "method", "lot", "coffee", "arabica", "robusta", "peaberry", "aa",
    "ab", "fully", "double", "sun", "dried", "carbonic", "maceration", "anaerobic", "fermentation",
    "LİGHT", "lıght", "roaſt", "waſhed", "DARK", "Medium-Dark", "proceſſed", "\u212aoji", "monſoon", "hulle\u0130",
    "Kaffee", "helle", "Röstung", "浅煎り", "ナチュラル", "Эфиопия", "Αιθιοπία", "",
]
_SEPS = [" ", "  ", "-", "_", " - ", "\n", ". ", ", ", "/", "–", "\u00a0"]


def _texts(seed: int, n: int):
    rng = random.Random(seed)
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(0, 9)):
            w = rng.choice(_WORDS)
            r = rng.random()
            w = w.upper() if r < 0.15 else w.title() if r < 0.3 else w
            if rng.random() < 0.05 and w:
                i = rng.randrange(len(w))
                w = w[:i] + rng.choice("İıſ\u212a_") + w[i + 1:]
            parts.append(w)
            parts.append(rng.choice(_SEPS))
        yield "".join(parts)


@pytest.mark.parametrize("seed", range(4))
def test_roast_text_prechecks_skip_only_texts_with_no_match(seed):
    for text in _texts(seed, 20000):
        expected = roast._TEXT_RE.search(text)
        if not (roast._TEXT.possible(text) and roast._TEXT_LEVEL.possible(text)):
            assert expected is None, text
        else:
            got = roast._TEXT_ANCHORED.search(text)
            assert (got and got.span()) == (expected and expected.span()), text


@pytest.mark.parametrize("seed", range(4))
def test_process_text_precheck_skips_only_texts_with_no_match(seed):
    for text in _texts(100 + seed, 20000):
        if not process._G_TEXT.possible(text):
            assert process._TEXT_RE.search(text) is None, text
            assert process._TEXT.search(text) is None, text


def test_prechecks_see_the_special_case_folds():
    assert roast._TEXT_LEVEL.possible("LİGHT") and roast._TEXT_RE.search("LİGHT roaſt")
    assert process._G_TEXT.possible("waſhed") and process._TEXT_RE.search("fully waſhed")


def _find_process_plain(title, tags, label_values, text, is_blend):
    """find_process as it was before its tag loop was merged (the reference)."""
    from coffee_scraper.normalize.text import split_tag
    P = process
    warnings = []
    for value in label_values:
        p = P.parse_process(value)
        if p:
            return P.upgrade(p, text) if p in ("natural", "washed", "honey") and not is_blend else p, warnings
        if not P._DECAF_ONLY.search(value):
            warnings.append(f"process: unrecognised {value!r}")
    keyed = [v for k, v in (split_tag(t) for t in tags) if k in P.PROCESS_TAG_KEYS]
    if keyed:
        p = P.parse_process(" ".join(keyed))
        if p:
            return p, warnings
    if not is_blend:
        bare = [t for t in tags if P._bare_process_tag(t)]
        if bare:
            p = P.parse_process(" ".join(bare))
            in_title = P.parse_process(title)
            if in_title and in_title != p and (in_title == "experimental" or in_title.startswith(("anaerobic", "carbonic"))):
                return in_title, warnings
            if p:
                return P.upgrade(p, text), warnings
    p = P.parse_process(title)
    if p == "anaerobic" and not is_blend:
        in_text = P.process_in_text(text, False)
        if in_text in ("natural", "washed", "honey", "anaerobic natural", "anaerobic washed", "anaerobic honey"):
            return P.parse_process(f"anaerobic {in_text}"), warnings
    if p:
        return (P.upgrade(p, text) if not is_blend else p), warnings
    return P.process_in_text(text, is_blend), warnings


_TAG_KEYS = ["Process", "process", "PROCESS", "Processing Method", "method", "Aufbereitung", "origin", "Roast",
             "process_", "Process ", "2process"]
_TAG_VALUES = ["Washed", "natural", "Anaerobic", "Honey", "red honey", "Fully Washed", "wet-hulled", "-", "_", " ",
               "Gewaschen", "ナチュラル", "水洗", "Lavado", "Natural Process", "Experimental", "Carbonic Maceration",
               "waſhed", "NATURAL", "Kenya", "Light", "pulped natural", "Giling Basah", ""]
_TAG_SEPS = [":", ": ", "__", "=", "：", " : ", "_", "-", " "]


def _tags(rng):
    out = []
    for _ in range(rng.randint(0, 6)):
        if rng.random() < 0.5:
            out.append(rng.choice(_TAG_KEYS) + rng.choice(_TAG_SEPS) + rng.choice(_TAG_VALUES))
        else:
            out.append(rng.choice(_TAG_VALUES))
    return out


@pytest.mark.parametrize("seed", range(3))
def test_find_process_tag_loop_matches_the_plain_code(seed):
    rng = random.Random(seed)
    texts = list(_texts(200 + seed, 300))
    for i in range(6000):
        title = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(0, 4)))
        labels = [rng.choice(_TAG_VALUES)] if rng.random() < 0.1 else []
        args = (title, _tags(rng), labels, rng.choice(texts), rng.random() < 0.3)
        assert process.find_process(*args) == _find_process_plain(*args), args



def _merge_plain(*lists):
    out = []
    for lst in lists:
        for c in lst:
            if c not in out:
                out.append(c)
    return out


def _find_origins_plain(title, tags, vendor, label_values, text, blend_hint, named=None):
    """(codes, warnings). Title, tags, vendor and labelled lines first; running text only as fallback.

    ``named``: collects the codes the title and running text state by a country name (see inferred_origins)."""
    warnings: list[str] = []
    in_title, title_named = O._title_codes(title)
    if named is not None:
        named.update(title_named)
    in_title = list(in_title)
    in_tags = O.countries_in_tags(tags) if tags else []
    in_vendor = O.countries_in_vendor(vendor)
    in_labels: list[str] = []
    for v in label_values:  # (one cached scan per value gives both)
        codes, value_named = O._label_scan(v)
        for c in codes:
            if c not in in_labels:
                in_labels.append(c)
        if named is not None:  # (inferred_origins then rarely reads the tags)
            named.update(value_named)
    if in_title and in_tags and not blend_hint and not set(in_title) & set(in_tags):
        warnings.append(
            f"origin_countries: title says {'/'.join(in_title)} but tags say {'/'.join(in_tags)}"
        )
        in_tags = []  # the title names the lot; a stray tag is the likelier mistake
    found = _merge_plain(in_title, in_tags, in_vendor, in_labels) if in_tags or in_vendor or in_labels else in_title
    if found:
        return found, warnings
    in_text = O._scan(O._TEXT, text, capitalised=True, named=named)
    if not in_text:
        # "100% arábica brasileiro", "ein äthiopischer Kaffee": an adjective, when no country is named
        if O._ADJ_WORDS.isdisjoint(O.lang.word_set(text)):
            return [], warnings
        return O._scan(O._ADJ_TEXT, text), warnings
    if blend_hint or len(in_text) < 2:
        return in_text, warnings
    # "Comme notre Kenya du mois dernier, ce café vient de Colombie": a country right after "our" is
    # another of the shop's coffees, when the text names one more.
    asides = O._asides(text)
    if set(in_text) <= asides:
        asides = set()  # "notre Éthiopie et notre Kenya": nothing else is named
    elif asides:
        in_text = [c for c in in_text if c not in asides]
        if len(in_text) < 2:
            return in_text, warnings
    # "Coffees from Ethiopia, Colombia and Brazil": one sentence listing several origins is a blend;
    # otherwise the first place named is the lot's and later ones are asides.
    for sentence in O._SENTENCE_RE.split(text):
        found = [c for c in O.countries_in_text(sentence) if c not in asides]
        if len(found) > 1:
            lot = O._lot_named_from(sentence)
            if lot in found:
                return [lot], warnings
        if found:
            return (found if len(found) > 1 else found[:1]), warnings
    return in_text[:1], warnings



_PLACES = ["Kenya", "KENYA", "kenia", "Colombia", "Colombie", "Kolumbien", "Ethiopia", "Äthiopien", "Éthiopie", "Etiopía",
           "Yirgacheffe", "Huila", "Brazil", "Brasil", "Brasilien", "Rwanda", "Burundi", "El Salvador", "El-Salvador",
           "costa_rica", "Costa Rica", "Papua New Guinea", "PNG", "Java", "Bali", "Flores", "Santa Ana", "Kona",
           "Ethiopian", "Kenyan", "brasileiro", "äthiopischer", "Эфиопия", "Кения", "Αιθιοπία", "エチオピア", "에티오피아",
           "埃塞俄比亚", "콩고민주공화국", "Šrí Lanka", "İndonesia", "ındia", "Sumatra", "ſumatra", "Kenya", "Honduras",
           "Guatemala", "Mexico", "Peru", "Yemen", "Congo", "DRC", "Timor", "Georgia", "Turkish", "Vienna", ""]
_TEXT_WORDS = ["our", "notre", "from", "aus", "de", "and", "et", ",", ".", "this", "coffee", "comes", "like",
               "Coffees", "Brazilian", "arábica", "ein", "Kaffee", "unser", "\n", "the", "a"]


def _place_text(rng, n):
    return " ".join(rng.choice(_PLACES if rng.random() < 0.4 else _TEXT_WORDS) for _ in range(rng.randint(0, n))
                    ).replace("\\n", "\n")


@pytest.mark.parametrize("seed", range(3))
def test_find_origins_matches_the_plain_code(seed):
    rng = random.Random(seed)
    for _ in range(4000):
        title = _place_text(rng, 4)
        tags = [rng.choice(["origin:", "Origin: ", "origin__", "From: ", "Country: ", "region=", "Process: ", ""])
                + rng.choice(_PLACES) for _ in range(rng.randint(0, 4))]
        vendor = rng.choice([None, "", "Huila, Colombia", "Beans - Limited", "Kenya", "Café Kenya", "Rwanda | Burundi"])
        labels = [_place_text(rng, 3) for _ in range(rng.randint(0, 2))]
        text = _place_text(rng, 25)
        blend = rng.random() < 0.3
        n1, n2 = set(), set()
        args = (title, tags, vendor, labels, text, blend)
        assert O.find_origins(*args, n1) == _find_origins_plain(*args, n2), args
        assert n1 == n2, args
        assert O.find_origins(*args) == _find_origins_plain(*args), args


def _scan_plain(names, text, *, capitalised=False, named=None):
    """origin._scan before its _code/_is_region looks were merged (the reference)."""
    out = []
    if not text:
        return out
    matches = names.finditer(text)
    if not text.isascii():
        other = list(O._OTHER_RE.finditer(text)) if O._OTHER_RE is not None and O._OTHER_FIRST_RE.search(text) else []
        if O.lang.has_cjk(text):
            other += O._CJK_RE.finditer(text)
        if other:
            matches = sorted(matches + other, key=lambda m: m.start())
    for m in matches:
        if capitalised and m.group(1)[0].islower():
            continue
        code = O._code(m.group(1))
        if code and named is not None and not O._is_region(m.group(1)):
            named.add(code)
        if code and code not in out:
            out.append(code)
    return out


@pytest.mark.parametrize("seed", range(3))
def test_scan_matches_the_plain_code(seed):
    rng = random.Random(seed)
    for _ in range(4000):
        text = _place_text(rng, 12)
        if rng.random() < 0.3:
            text = text.upper() if rng.random() < 0.5 else text.lower()
        for names in (O._TITLE, O._LABEL, O._TEXT, O._ADJ_TEXT):
            for capitalised in (False, True):
                n1, n2 = set(), set()
                assert O._scan(names, text, capitalised=capitalised, named=n1) == \
                    _scan_plain(names, text, capitalised=capitalised, named=n2), text
                assert n1 == n2, text
