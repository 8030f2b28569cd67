"""The normalizer's stored build (normalize/built.py): a regex or alternation read back from the file is the one
a fresh build gives, and a missing, foreign or unwritable file only means building as usual."""
from __future__ import annotations

import importlib
import marshal
import os
import re
import subprocess
import sys

import pytest

from coffee_scraper.normalize import built, patterns

PATTERNS = [(r"(?<!\w)(kenya|costa[\s_\-]+rica)(?!\w)", re.I), (r"(?P<g0>espresso)|(?P<g1>moka)", re.I),
            (r"^\s*(\d{2,5})\s*$", 0), (r"[\u3040-\u30ff]+", 0)]
TEXTS = ["Costa-Rica and KENYA", "ſ Kenya", "moka or espresso", " 250 ", "エチオピア", ""]


def _fail():
    raise AssertionError("built again although stored")


def _same(a: re.Pattern, b: re.Pattern) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    for t in TEXTS:
        assert [m.span() for m in a.finditer(t)] == [m.span() for m in b.finditer(t)]
        assert [m.groups() for m in a.finditer(t)] == [m.groups() for m in b.finditer(t)]


def test_stored_regexes_and_alternations_read_back(tmp_path):
    path = tmp_path / "__pycache__" / "built.marshal"
    first = built.BuiltStore(path)
    compiled = [first.compile(p, f) for p, f in PATTERNS]
    alt = first.alternation(lambda: "a(?:b|c)", "tree", ("ab", "ac"), None, True)
    assert first.misses == len(PATTERNS) + 1
    first.save()
    assert path.exists()

    second = built.BuiltStore(path)
    for (p, f), c in zip(PATTERNS, compiled):
        again = second.compile(p, f)
        _same(again, c)
        _same(again, re.compile(p, f))
    assert second.alternation(_fail, "tree", ("ab", "ac"), None, True) == alt
    assert second.misses == 0
    # other inputs are other entries
    assert second.alternation(lambda: "x", "tree", ("ac", "ab"), None, True) == "x"


@pytest.mark.parametrize("content", [b"", b"not marshal", marshal.dumps(("old stamp", {})), marshal.dumps([1, 2])])
def test_a_foreign_or_broken_file_means_building(tmp_path, content):
    path = tmp_path / "built.marshal"
    path.write_bytes(content)
    store = built.BuiltStore(path)
    _same(store.compile(*PATTERNS[0]), re.compile(*PATTERNS[0]))
    assert store.misses == 1


def test_code_refused_by_sre_means_compiling_afresh(tmp_path):
    path = tmp_path / "built.marshal"
    store = built.BuiltStore(path)
    store.compile(*PATTERNS[0])
    store.save()
    stamp, entries = marshal.loads(path.read_bytes())
    for key, args in entries.items():
        entries[key] = (args[0], args[1], [999999, 1, 2], *args[3:])  # not SRE code
    path.write_bytes(marshal.dumps((stamp, entries)))
    _same(built.BuiltStore(path).compile(*PATTERNS[0]), re.compile(*PATTERNS[0]))


def test_an_unwritable_place_is_no_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache directory would be")
    store = built.BuiltStore(blocker / "__pycache__" / "built.marshal")
    store.compile(*PATTERNS[0])
    store.save()  # no exception, nothing written
    assert blocker.read_text().startswith("a file")


def test_the_package_regexes_equal_fresh_ones():
    """Every module-level regex of the normalizer (most from the stored build) is what re.compile gives."""
    names = ["text", "classify", "origin", "notes", "facts", "weight", "grind", "process", "roast", "lang"]
    seen = 0
    for name in names:
        mod = importlib.import_module(f"coffee_scraper.normalize.{name}")
        for value in vars(mod).values():
            if isinstance(value, re.Pattern):
                fresh = re.compile(value.pattern, value.flags)
                assert (value.flags, value.groups, value.groupindex) == (fresh.flags, fresh.groups, fresh.groupindex)
                seen += 1
    assert seen > 80


def test_alternations_do_not_depend_on_the_hash_seed():
    """The stored build is found again only if every process builds the same regexes (set order varies
    with PYTHONHASHSEED; alternations sort their names longest first, then alphabetically)."""
    code = ("import hashlib; from coffee_scraper.normalize import origin, text, lang; "
            "print(hashlib.sha1((origin._TITLE_RE.pattern + text._COLON_LABEL_RE.pattern + "
            "lang.NON_COFFEE.cjk.pattern).encode()).hexdigest())")
    out = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out.add(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                               check=True).stdout)
    assert len(out) == 1


def test_patterns_compile_is_the_store():
    p = patterns.compile(r"\bkaffee\b", re.I)
    assert p.search("Ein KAFFEE") and not p.search("Kaffeemühle")


def test_anchored_alternation_matches_as_the_alternation_does():
    from coffee_scraper.normalize.process import _TEXT

    texts = ["Fully WASHED", "naturally  processed", "processed using the Natural method", "İ washed coffee",
             "ſ natural lot", "a red honey lot and a washed lot", "honey-sun-dried", "monsooned", "MONSOONING coffee",
             "wet hulled", "giling basah", "PULPED natural", "natural and honey process", "washed aa", "nothing here",
             "carbonic  maceration after a natural process", "white honey", "the natural beauty of washed coffee",
             "Sun-dried natural.", "sunrise natural lot", "sun dried  natural", "a sunday sun-dried naturals"]
    for t in texts:
        want, got = _TEXT.regex.search(t), _TEXT.search(t)
        assert (want and (want.span(), want.group(0))) == (got and (got.span(), got.group(0))), t
