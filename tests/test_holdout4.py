"""Accuracy on the fourth held-out multilingual set (tests/corpus/holdout4.py), per language, against the
issue-14 targets. Written apart from the vocabularies, the rules and the other held-out sets; never part of
labelled.jsonl.

    .venv/bin/python -m pytest -q tests/test_holdout4.py -s     # prints the per-language table
"""
from __future__ import annotations

from tests.heldout_checks import LANGS, heldout_checks

from holdout4 import HOLDOUT4  # noqa: E402  (tests/corpus on the path: heldout_checks)

# Misses whose cause is not fixed yet, left out of the targets and pinned by test_known_misses (strict
# xfail: it fails once they are fixed, so that this list shrinks).
KNOWN_MISSES = {
    # German "48 Stunden ohne Sauerstoff ... fermentiert und anschließend gewaschen" read as plain washed
    # ("ohne Sauerstoff" is no anaerobic word: packaging is sealed without oxygen too).
    "h4:de:04",
}


entries, test_report, test_language_meets_targets, test_language_decaf_and_blend, test_known_misses = \
    heldout_checks("holdout4", KNOWN_MISSES)


def test_holdout4_shape():
    assert {lang for _, lang, _, _ in HOLDOUT4} == set(LANGS)
    for code in LANGS:
        found = entries(code)
        assert len(found) == 13, code
        assert sum(not e["expected"]["is_coffee"] for e in found) == 3, code
        assert any(e["expected"].get("is_decaf") for e in found), code
        # (en, de, it, nl, sv, da, no have two blends, the others one)
        assert any(e["expected"].get("is_blend") for e in found), code

